"""The JSON API at /api/v1/ (django-ninja), with its OpenAPI schema at /api/v1/openapi.json."""

from ninja import NinjaAPI

api = NinjaAPI(
    title="Media Center API",
    version="1",
    urls_namespace="api-v1",
    description="Find experts and search the Media Center. No contact details are ever returned.",
)
