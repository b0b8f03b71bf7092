"""A URLconf for tests only: the site's own URLs plus views that fail, on a public path and under
the API prefix (one plain Django view, one django-ninja endpoint)."""

from django.http import HttpRequest
from django.urls import path
from ninja import NinjaAPI

from mediacenter.urls import urlpatterns as site_urlpatterns

SECRET = "postgres://media:hunter2@db.internal/mediacenter"


def explode(request: HttpRequest):
    raise RuntimeError(f"could not connect to {SECRET}")


faults_api = NinjaAPI(title="Faults", urls_namespace="security-test-faults")


@faults_api.get("/boom/")
def boom(request: HttpRequest):
    raise RuntimeError(f"could not connect to {SECRET}")


urlpatterns = [
    path("bg/explode/", explode),
    path("api/explode/", explode),
    path("api/faults/", faults_api.urls),
    *site_urlpatterns,
]
