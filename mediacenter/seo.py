"""What the web around the site reads: share images, plain-text summaries and schema.org JSON-LD.

Feeds, the sitemap, Open Graph tags and JSON-LD all describe the same pages; the helpers here keep
them saying the same thing (one share image, one description, one publisher).
"""

from __future__ import annotations

import json
import logging
import mimetypes
import re
from collections.abc import Callable
from dataclasses import dataclass

from bs4 import BeautifulSoup
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Prefetch
from django.http import HttpRequest
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext
from wagtail.images import get_image_model
from wagtail.models import Page

from mediacenter.models import OrganisationSettings

logger = logging.getLogger(__name__)

# One rendition serves Open Graph, Twitter cards, JSON-LD and feed enclosures (1.91:1, as
# Facebook, LinkedIn and X crop it), so a page shared anywhere costs one generated file.
SHARE_IMAGE_SPEC = "fill-1200x630"

# Open Graph wants territory-qualified locales.
OG_LOCALES = {"bg": "bg_BG", "en": "en_US"}

_WHITESPACE = re.compile(r"\s+")
# The same escapes as django.utils.html.json_script: nothing in the data can close the <script>.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def site_name() -> str:
    return f"{gettext('Media Center')} · {gettext('Health & Life Sciences Cluster Bulgaria')}"


def iso_datetime(value) -> str:
    """ISO 8601 in the site's time zone, with its offset, to the second: 2025-06-03T10:00:00+03:00."""
    return timezone.localtime(value).replace(microsecond=0).isoformat()


def plain_text(html: str) -> str:
    """Visible text of an HTML fragment, on one line."""
    text = BeautifulSoup(html or "", "html.parser").get_text(" ")
    return _WHITESPACE.sub(" ", text).strip()


def absolutize_html(html: str, request: HttpRequest) -> str:
    """The fragment with every link and image pointing at an absolute URL (feed readers need them)."""
    soup = BeautifulSoup(html or "", "html.parser")
    for tag, attribute in (("a", "href"), ("img", "src"), ("source", "src"), ("iframe", "src")):
        for element in soup.find_all(tag, attrs={attribute: True}):
            value = element[attribute]
            if not value.startswith(("#", "mailto:", "tel:", "data:")):
                element[attribute] = request.build_absolute_uri(value)
    for element in soup.find_all(["img", "source"], attrs={"srcset": True}):
        candidates = []
        for candidate in element["srcset"].split(","):
            url, _space, descriptor = candidate.strip().partition(" ")
            candidates.append(f"{request.build_absolute_uri(url)} {descriptor}".strip())
        element["srcset"] = ", ".join(candidates)
    return str(soup)


def share_renditions_prefetch(lookup: str) -> Prefetch:
    """Prefetch only the share-image rendition of a related image (`<lookup>__renditions`)."""
    rendition_model = get_image_model().get_rendition_model()
    return Prefetch(
        f"{lookup}__renditions",
        queryset=rendition_model.objects.filter(filter_spec=SHARE_IMAGE_SPEC),
    )


@dataclass
class ShareImage:
    url: str
    width: int
    height: int
    mime_type: str
    length: int | None  # bytes; None when the file cannot be read from storage


def share_image(image, request: HttpRequest) -> ShareImage | None:
    """The share-size rendition of an image, with an absolute URL."""
    if image is None:
        return None
    rendition = image.get_rendition(SHARE_IMAGE_SPEC)
    try:
        length = rendition.file.size
    except OSError:
        # A rendition row whose file is gone (media not copied across): share it without a size.
        logger.warning("Rendition file missing: %s", rendition.file.name)
        length = None
    return ShareImage(
        url=request.build_absolute_uri(rendition.url),
        width=rendition.width,
        height=rendition.height,
        mime_type=mimetypes.guess_type(rendition.file.name)[0] or "image/jpeg",
        length=length,
    )


def page_description(page: Page) -> str:
    """The sentence a search result or a shared link shows under the title."""
    for candidate in (
        getattr(page, "search_description", ""),
        getattr(page, "lead", ""),
        getattr(page, "summary", ""),
        getattr(page, "short_bio", ""),
        plain_text(str(getattr(page, "definition", "") or "")),
        plain_text(str(getattr(page, "intro", "") or "")),
        getattr(page, "mission", ""),
    ):
        if candidate and str(candidate).strip():
            return str(candidate).strip()
    return gettext(
        "The Media Center of the Health & Life Sciences Cluster Bulgaria: accurate information "
        "straight from the source, and the experts who can explain it."
    )


def page_image(page: Page | None, organisation: OrganisationSettings | None):
    """The image to share a page with: its featured image (an expert's photo), else the cluster's logo."""
    image = None
    if page is not None:
        image = getattr(page, "featured_image", None) or getattr(page, "photo", None)
    return image or (organisation.logo if organisation else None)


def jsonld_script_content(data: dict) -> SafeString:
    """JSON for a <script type="application/ld+json"> element, safe against `</script>` in data."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=None)
    return mark_safe(text.translate(_JSON_SCRIPT_ESCAPES))  # escaped just above


# --- schema.org ------------------------------------------------------------------------------


def organization_jsonld(organisation: OrganisationSettings, request: HttpRequest) -> dict:
    """The cluster as publisher. Only its public press address: never a person's contact details."""
    data: dict = {"@type": "Organization", "name": organisation.name, "url": organisation.url}
    logo = share_image(organisation.logo, request) if organisation.logo_id else None
    if logo:
        data["logo"] = {"@type": "ImageObject", "url": logo.url}
    if organisation.email:
        data["email"] = organisation.email
    if organisation.twitter_handle:
        data["sameAs"] = [f"https://x.com/{organisation.twitter_handle.lstrip('@')}"]
    return data


def _home_jsonld(page, request: HttpRequest, organisation: OrganisationSettings) -> dict:
    data = organization_jsonld(organisation, request)
    data["description"] = page_description(page)
    return data


def _press_release_jsonld(page, request: HttpRequest, organisation: OrganisationSettings) -> dict:
    publisher = organization_jsonld(organisation, request)
    data: dict = {
        "@type": "NewsArticle",
        "headline": page.title[:110],
        "description": page.lead,
        "url": page.full_url,
        "mainEntityOfPage": page.full_url,
        "inLanguage": page.locale.language_code,
        "datePublished": iso_datetime(page.publication_date),
        "dateModified": iso_datetime(page.last_published_at or page.publication_date),
        "publisher": publisher,
        "author": {"@type": "Organization", "name": organisation.name, "url": organisation.url},
        "articleSection": page.get_kind_display(),
    }
    image = share_image(page.featured_image, request)
    if image:
        data["image"] = [image.url]
    topics = page.localized_topics
    if topics:
        data["about"] = [{"@type": "Thing", "name": topic.name} for topic in topics]
        data["keywords"] = ", ".join(topic.name for topic in topics)
    return data


def _event_jsonld(page, request: HttpRequest, organisation: OrganisationSettings) -> dict:
    places: list[dict] = []
    if page.venue or page.city:
        place: dict = {"@type": "Place", "name": page.venue or page.city}
        if page.city:
            place["address"] = {"@type": "PostalAddress", "addressLocality": page.city}
        places.append(place)
    if page.online_url:
        places.append({"@type": "VirtualLocation", "url": page.online_url})
    if len(places) > 1:
        mode = "MixedEventAttendanceMode"
    elif page.online_url:
        mode = "OnlineEventAttendanceMode"
    else:
        mode = "OfflineEventAttendanceMode"
    data: dict = {
        "@type": "Event",
        "name": page.title,
        "description": page.lead or page_description(page),
        "url": page.full_url,
        "inLanguage": page.locale.language_code,
        "startDate": iso_datetime(page.start),
        "endDate": iso_datetime(page.end),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": f"https://schema.org/{mode}",
        "location": places[0] if len(places) == 1 else places,
        "organizer": {"@type": "Organization", "name": organisation.name, "url": organisation.url},
    }
    image = share_image(page.featured_image, request)
    if image:
        data["image"] = [image.url]
    return data


def _expert_jsonld(page, request: HttpRequest, organisation: OrganisationSettings) -> dict:
    """schema.org Person from the public profile only. Never an e-mail or a telephone: an expert is
    reached through the Media Center's request form, not directly."""
    from experts.profile import (
        PROFILE_PHOTO_SPEC,
        localized_organisation,
        profile_links,
        profile_photo,
        topic_names,
    )

    data: dict = {
        "@type": "Person",
        "name": page.name,
        "url": page.full_url,
        "mainEntityOfPage": page.full_url,
    }
    if page.honorific:
        data["honorificPrefix"] = page.honorific
    if page.position:
        data["jobTitle"] = page.position
    if page.short_bio:
        data["description"] = page.short_bio
    affiliation = localized_organisation(page)
    if affiliation is not None:
        data["affiliation"] = {"@type": "Organization", "name": affiliation.name}
        if affiliation.website:
            data["affiliation"]["url"] = affiliation.website
    if page.city:
        data["address"] = {"@type": "PostalAddress", "addressLocality": page.city}
    photo = profile_photo(page)
    if photo is not None:
        data["image"] = request.build_absolute_uri(photo.get_rendition(PROFILE_PHOTO_SPEC).url)
    links = [link.url for link in profile_links(page)]
    if links:
        data["sameAs"] = links
    topics = topic_names(page)
    if topics:
        data["knowsAbout"] = topics
    if page.languages:
        data["knowsLanguage"] = list(page.languages)
    return data


JsonLdBuilder = Callable[[Page, HttpRequest, OrganisationSettings], dict]


# Page types that describe a schema.org thing, by model label; other pages carry no JSON-LD.
def _explainer_jsonld(page, request: HttpRequest, organisation: OrganisationSettings) -> dict:
    data: dict = {
        "@type": "Article",
        "headline": page.title[:110],
        "description": page.summary,
        "url": page.full_url,
        "mainEntityOfPage": page.full_url,
        "inLanguage": page.locale.language_code,
        "dateModified": iso_datetime(page.last_published_at) if page.last_published_at else None,
        "publisher": organization_jsonld(organisation, request),
        "timeRequired": f"PT{page.reading_minutes}M",
    }
    topics = page.localized_topics
    if topics:
        data["about"] = [{"@type": "Thing", "name": topic.name} for topic in topics]
    return {key: value for key, value in data.items() if value is not None}


def _glossary_term_jsonld(page, request: HttpRequest, organisation: OrganisationSettings) -> dict:
    glossary = page.get_parent()
    return {
        "@type": "DefinedTerm",
        "name": page.title,
        "description": plain_text(page.definition),
        "url": page.full_url,
        "inLanguage": page.locale.language_code,
        "inDefinedTermSet": {
            "@type": "DefinedTermSet",
            "name": glossary.title,
            "url": glossary.full_url,
        },
    }


JSONLD_BUILDERS: dict[str, JsonLdBuilder] = {
    "mediacenter.explainerpage": _explainer_jsonld,
    "mediacenter.glossarytermpage": _glossary_term_jsonld,
    "mediacenter.homepage": _home_jsonld,
    "press.pressreleasepage": _press_release_jsonld,
    "press.eventpage": _event_jsonld,
    "experts.expertpage": _expert_jsonld,
}


def page_jsonld(page: Page, request: HttpRequest) -> dict | None:
    builder = JSONLD_BUILDERS.get(page._meta.label_lower)
    if builder is None:
        return None
    data = builder(page, request, OrganisationSettings.for_request(request))
    return {"@context": "https://schema.org", **data}
