"""{% glossary_links %}…{% endglossary_links %}: the enclosed HTML with the first mention of each
glossary term of the active language linked to its page (mediacenter.glossary_links)."""

from __future__ import annotations

from django import template
from django.utils.safestring import mark_safe
from wagtail.models import Locale

from mediacenter.cache import cached_glossary_terms, cached_link_terms

register = template.Library()


class GlossaryLinksNode(template.Node):
    def __init__(self, nodelist: template.NodeList):
        self.nodelist = nodelist

    def render(self, context) -> str:
        html = self.nodelist.render(context)
        # Parts of one page (lead, body) share the terms and which of them are linked already.
        state = context.render_context.setdefault(self.__class__, {})
        if "terms" not in state:
            request = context.get("request")
            page = context.get("page")
            # Kept per language and cache generation, the linked HTML per content (mediacenter.cache).
            state["terms"] = cached_glossary_terms(Locale.get_active(), request)
            state["skip_url"] = page.get_url(request) if hasattr(page, "get_url") else ""
            state["linked"] = set()
        return mark_safe(
            cached_link_terms(
                html, state["terms"], skip_url=state["skip_url"], linked=state["linked"]
            )
        )


@register.tag
def glossary_links(parser, token) -> GlossaryLinksNode:
    nodelist = parser.parse(("endglossary_links",))
    parser.delete_first_token()
    return GlossaryLinksNode(nodelist)
