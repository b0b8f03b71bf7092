"""Feed URLs, included inside the language prefix: /bg/feeds/…, /en/feeds/… (namespace "feeds")."""

from django.urls import path

from press import feeds

app_name = "feeds"

urlpatterns = [
    path("press/rss/", feeds.PressFeed(), name="press_rss"),
    path("press/atom/", feeds.PressAtomFeed(), name="press_atom"),
    path("topics/<slug:slug>/rss/", feeds.TopicPressFeed(), name="topic_rss"),
    path("topics/<slug:slug>/atom/", feeds.TopicPressAtomFeed(), name="topic_atom"),
    path("events/rss/", feeds.EventFeed(), name="events_rss"),
    path("events/atom/", feeds.EventAtomFeed(), name="events_atom"),
    path("events/ics/", feeds.events_calendar, name="events_ics"),
]
