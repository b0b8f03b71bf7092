"""Head tags for the web around the site: feed autodiscovery, Open Graph / Twitter cards, JSON-LD."""

from __future__ import annotations

from dataclasses import dataclass, field

from django import template
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Page

from mediacenter import seo
from mediacenter.models import OrganisationSettings, Topic, localized_instances
from mediacenter.templatetags.mediacenter_tags import language_links_for

register = template.Library()


@dataclass
class FeedLink:
    type: str
    title: str
    url: str


RSS = "application/rss+xml"
ATOM = "application/atom+xml"


def _filtered_topic(context) -> Topic | None:
    """The topic a newsroom listing is filtered by (?topic=slug), in the active language."""
    from press.models import PressIndexPage

    if isinstance(context.get("topic"), Topic):  # a topic hub
        return context["topic"]
    request = context.get("request")
    if request is None or not isinstance(context.get("page"), PressIndexPage):
        return None
    slug = request.GET.get("topic", "")
    topic = Topic.objects.filter(slug=slug).first() if slug else None
    return localized_instances([topic])[0] if topic else None


@register.simple_tag(takes_context=True)
def feed_autodiscovery(context) -> list[FeedLink]:
    """The active language's press and events feeds, plus the topic's feeds on a filtered newsroom."""
    request = context.get("request")

    def absolute(name: str, **kwargs) -> str:
        url = reverse(f"feeds:{name}", kwargs=kwargs or None)
        return request.build_absolute_uri(url) if request else url

    links = []
    topic = _filtered_topic(context)
    if topic:
        title = gettext("Press releases on %(topic)s") % {"topic": topic.name}
        links += [
            FeedLink(RSS, f"{title} (RSS)", absolute("topic_rss", slug=topic.slug)),
            FeedLink(ATOM, f"{title} (Atom)", absolute("topic_atom", slug=topic.slug)),
        ]
    press, events = gettext("Press releases"), gettext("Events")
    links += [
        FeedLink(RSS, f"{press} (RSS)", absolute("press_rss")),
        FeedLink(ATOM, f"{press} (Atom)", absolute("press_atom")),
        FeedLink(RSS, f"{events} (RSS)", absolute("events_rss")),
        FeedLink("text/calendar", f"{events} (iCalendar)", absolute("events_ics")),
    ]
    return links


@dataclass
class SocialMeta:
    title: str
    description: str
    url: str
    type: str
    site_name: str
    locale: str
    locale_alternates: list[str]
    image: seo.ShareImage | None = None
    twitter_site: str = ""
    published_time: str = ""
    modified_time: str = ""
    tags: list[str] = field(default_factory=list)

    @property
    def twitter_card(self) -> str:
        return "summary_large_image" if self.image else "summary"


@register.simple_tag(takes_context=True)
def social_meta(context) -> SocialMeta | None:
    """Open Graph and Twitter card values for the page being rendered."""
    from press.models import PressReleasePage

    request = context.get("request")
    if request is None:
        return None
    page = context.get("page") if isinstance(context.get("page"), Page) else None
    organisation = OrganisationSettings.for_request(request)
    current = translation.get_language()
    meta = SocialMeta(
        title=(page.seo_title or page.title) if page else seo.site_name(),
        description=seo.page_description(page) if page else "",
        url=page.full_url if page and page.full_url else request.build_absolute_uri(),
        type="website",
        site_name=seo.site_name(),
        locale=seo.OG_LOCALES.get(current, current),
        locale_alternates=[
            seo.OG_LOCALES.get(link.code, link.code)
            for link in language_links_for(context)
            if link.is_translation and link.code != current
        ],
        twitter_site=(
            f"@{organisation.twitter_handle.lstrip('@')}" if organisation.twitter_handle else ""
        ),
    )
    topic = context.get("topic")
    if isinstance(topic, Topic) and context.get("canonical_url"):  # a topic hub
        meta.title, meta.url = topic.name, context["canonical_url"]
        meta.description = topic.description or meta.description
    image = seo.page_image(page, organisation)
    if image is not None:
        meta.image = seo.share_image(image, request)
    if isinstance(page, PressReleasePage):
        meta.type = "article"
        meta.published_time = seo.iso_datetime(page.publication_date)
        if page.last_published_at:
            meta.modified_time = seo.iso_datetime(page.last_published_at)
        meta.tags = [topic.name for topic in page.localized_topics]
    return meta


@register.inclusion_tag("includes/jsonld.html", takes_context=True)
def page_jsonld(context) -> dict:
    """schema.org JSON-LD for pages that describe an organisation, an article or an event."""
    request, page = context.get("request"), context.get("page")
    data = seo.page_jsonld(page, request) if request and isinstance(page, Page) else None
    return {"jsonld": seo.jsonld_script_content(data) if data else ""}
