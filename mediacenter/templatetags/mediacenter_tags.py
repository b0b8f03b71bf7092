"""Template tags for language switching, hreflang alternates and localized taxonomy."""

from __future__ import annotations

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page

from mediacenter.models import localized_instances

register = template.Library()


@dataclass
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    is_translation: bool  # False: no version of this page in that language, the link goes home


def _visible(page: Page) -> bool:
    is_embargoed = getattr(page, "is_embargoed", None)
    return page.live and not (is_embargoed and is_embargoed())


def _home_url(code: str, request) -> str:
    from mediacenter.models import HomePage

    home = HomePage.objects.live().filter(locale__language_code=code).first()
    return home.get_url(request) if home else f"/{code}/"


def language_links_for(context) -> list[LanguageLink]:
    """One link per language: this page's translation where there is one, else that language's home."""
    if "_language_links" in context:
        return context["_language_links"]
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    links = []
    # A routable page's sub-route (a topic hub: "atmp/") exists under each translation too.
    suffix = context.get("route_suffix", "")
    translations: dict[str, Page] = {}
    if isinstance(page, Page):
        for candidate in page.get_translations(inclusive=True).live().specific():
            if _visible(candidate):
                translations[candidate.locale.language_code] = candidate
    for code, name in settings.LANGUAGES:
        if isinstance(page, Page):
            target = translations.get(code)
            url = target.get_url(request) + suffix if target else _home_url(code, request)
            is_translation = target is not None
        else:
            url = translate_url(request.get_full_path() if request else "/", code)
            is_translation = True
        links.append(LanguageLink(code, name, url, code == current, is_translation))
    context["_language_links"] = links
    return links


@register.inclusion_tag("includes/language_switch.html", takes_context=True)
def language_switch(context):
    return {"links": language_links_for(context), "request": context.get("request")}


@register.inclusion_tag("includes/hreflang.html", takes_context=True)
def hreflang_links(context):
    request = context.get("request")
    links = [link for link in language_links_for(context) if link.is_translation]
    absolute = [
        {"code": link.code, "url": request.build_absolute_uri(link.url) if request else link.url}
        for link in links
    ]
    default = next(
        (a for a in absolute if a["code"] == settings.LANGUAGE_CODE),
        absolute[0] if absolute else None,
    )
    return {"alternates": absolute, "x_default": default}


@register.filter
def localized(objects):
    """Translatable snippets (a manager, queryset or list) in the active language."""
    if hasattr(objects, "all"):
        objects = objects.all()
    return localized_instances(objects)


@register.inclusion_tag("includes/navigation.html", takes_context=True)
def site_navigation(context):
    """The active language's home page and its menu children."""
    from mediacenter.models import HomePage

    request = context.get("request")
    home = HomePage.objects.live().filter(locale__language_code=translation.get_language()).first()
    children = home.get_children().live().in_menu() if home else []
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    items = [(child, current_path.startswith(child.path)) for child in children]
    return {"home": home, "items": items, "request": request}
