"""The bench server's WSGI application (bench/serve.sh): the site's own (mediacenter.wsgi) plus
uploaded media, which production leaves to the web server in front of gunicorn (nginx serves
MEDIA_ROOT at /media/). Without it, images 404 on the bench and Lighthouse counts the errors."""

from django.conf import settings
from whitenoise import WhiteNoise

from mediacenter.wsgi import application as site

# autorefresh: renditions are written while pages render, after the server started.
application = WhiteNoise(
    site,
    root=settings.MEDIA_ROOT,
    prefix=settings.MEDIA_URL,
    autorefresh=True,
    max_age=60 * 60 * 24 * 30,
)
