"""sitemap.xml: the live pages of every language, each with hreflang alternates and x-default."""

from __future__ import annotations

from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap over the site's root page in every language, without aliases.

    Each page's own `get_sitemap_urls` decides whether it is listed (an embargoed press release
    returns none), and a translation is offered as an alternate only if it is listed itself.
    """

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_some_root = Q()
        for root in roots:
            in_some_root |= Page.objects.descendant_of_q(root, inclusive=True)
        return (
            Page.objects.filter(in_some_root)
            .live()
            .public()
            .filter(alias_of__isnull=True)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        alternates = self._alternates({p.translation_key for p in pages})
        urls = []
        last_mods = set()
        for item in pages:
            for url_info in item.get_sitemap_urls(self.request):
                # A page's sub-routes (topic hubs) bring their own alternates.
                url_info.setdefault("alternates", alternates.get(item.translation_key, []))
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    def _alternates(self, translation_keys: set) -> dict:
        """translation_key → [{lang_code, location}] for each listed translation, then x-default."""
        language_codes = dict(Locale.objects.values_list("pk", "language_code"))
        locations: dict = defaultdict(dict)
        for translation in self.items().filter(translation_key__in=translation_keys):
            urls = translation.get_sitemap_urls(self.request)
            if urls:
                code = language_codes[translation.locale_id]
                locations[translation.translation_key][code] = urls[0]["location"]
        return {key: alternate_links(by_code) for key, by_code in locations.items()}


def alternate_links(by_code: dict[str, str]) -> list[dict]:
    """Sitemap alternates of one page from {language code: location}, in the site's language
    order, then x-default: like the page head, the default language's version, else the first."""
    links = [
        {"lang_code": code, "location": by_code[code]}
        for code, _name in settings.LANGUAGES
        if code in by_code
    ]
    default = by_code.get(settings.LANGUAGE_CODE) or links[0]["location"]
    return [*links, {"lang_code": "x-default", "location": default}]
