"""The journalist's side of contact requests, under the language prefix (/bg/…, /en/…)."""

from django.urls import path

from experts import views

app_name = "experts"
urlpatterns = [
    # ?expert=<page id> for one expert, ?topic=<slug> for "any expert on this topic".
    path("request-contact/", views.request_contact, name="request_contact"),
    path("request-contact/sent/", views.request_sent, name="request_sent"),
]
