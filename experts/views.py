"""Request-contact views (being built)."""

from django.http import HttpRequest, HttpResponse


def request_contact(request: HttpRequest) -> HttpResponse:
    return HttpResponse(status=501)


def request_sent(request: HttpRequest) -> HttpResponse:
    return HttpResponse(status=501)
