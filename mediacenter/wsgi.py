import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mediacenter.settings.production")

django_application = get_wsgi_application()

# Imported once settings are configured. Page cache hits are answered before Django builds a
# request, with the final response's headers (mediacenter.cache.FastPathApplication).
from mediacenter.cache import FastPathApplication  # noqa: E402

application = FastPathApplication(django_application)
