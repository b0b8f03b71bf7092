"""Link the first mention of each glossary term in an explainer or press release to its page.

Rules: a term links once per page (its first mention, in reading order); never inside a heading,
an existing link or code; the longest term wins where terms overlap ("клинично изпитване фаза 3"
before "клинично изпитване"). Matching ignores case and needs whole words, in either script;
the term's other forms (plurals, articled forms, abbreviations) count as mentions of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, NavigableString
from django.http import HttpRequest
from django.utils.text import Truncator
from wagtail.models import Locale

# Text inside these is never linked.
SKIPPED_TAGS = {
    "a",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "button",
    "code",
    "pre",
    "script",
    "style",
    "textarea",
    "label",
    "select",
    "option",
}
TITLE_WORDS = 25


@dataclass(frozen=True)
class GlossaryTerm:
    """What linking needs of one term: where it points, how it reads and its short definition."""

    key: int
    url: str
    forms: tuple[str, ...]
    title: str


def _english_plural(form: str) -> str:
    if re.search(r"[^aeiou]y$", form):
        return form[:-1] + "ies"  # antibody → antibodies
    return form + "s"


def term_forms(headword: str, forms: list[str], language: str) -> tuple[str, ...]:
    """The headword and its other forms, spaces normalised; English headwords and forms also
    match their regular plural."""
    result = [" ".join(form.split()) for form in (headword, *forms)]
    result = [form for form in result if form]
    if language == "en":
        result += [_english_plural(form) for form in result if not form.endswith("s")]
    return tuple(dict.fromkeys(result))


def glossary_terms(locale: Locale, request: HttpRequest | None = None) -> list[GlossaryTerm]:
    """The live terms of a language (one query; their URLs come from the cached site root)."""
    from mediacenter.models import GlossaryTermPage

    terms = GlossaryTermPage.objects.live().public().filter(locale=locale)
    return [
        GlossaryTerm(
            key=term.pk,
            url=term.get_url(request),
            forms=term_forms(term.title, term.form_list, locale.language_code),
            title=Truncator(term.definition_text).words(TITLE_WORDS),
        )
        for term in terms.only("pk", "title", "forms", "definition", "url_path", "locale")
    ]


def _pattern(terms: list[GlossaryTerm]) -> tuple[re.Pattern, dict[str, GlossaryTerm]] | None:
    by_form = {}
    for term in terms:
        for form in term.forms:
            by_form.setdefault(form.casefold(), term)
    if not by_form:
        return None
    # Longest first, so that the alternation prefers the longer of two overlapping terms; any run
    # of spaces in the text matches a space in a term.
    alternatives = sorted(by_form, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(word) for word in form.split()) for form in alternatives)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE), by_form


def _skipped(node: NavigableString) -> bool:
    return any(parent.name in SKIPPED_TAGS for parent in node.parents)


def link_terms(
    html: str, terms: list[GlossaryTerm], *, skip_url: str = "", linked: set[int] | None = None
) -> str:
    """`html` with the first mention of each term linked to it (see the module's rules).
    `skip_url`: a page never links to itself. `linked`: keys of terms already linked elsewhere on
    the page (a page made of several parts passes the same set to each); updated in place."""
    linked = set() if linked is None else linked
    # Terms linked earlier on the page stay in the pattern, so that a later mention of a long
    # term is still taken whole and never links a shorter term inside it.
    terms = [term for term in terms if term.url and term.url != skip_url]
    compiled = _pattern(terms)
    if compiled is None or not html:
        return html
    pattern, by_form = compiled
    soup = BeautifulSoup(html, "html.parser")
    wanted = len(linked | {term.key for term in terms})
    for node in list(soup.find_all(string=True)):
        if type(node) is not NavigableString or _skipped(node):  # comments, CDATA: left alone
            continue
        text = str(node)
        pieces: list = []
        position = 0
        for match in pattern.finditer(text):
            term = by_form[" ".join(match.group(0).split()).casefold()]
            if term.key in linked:
                continue
            linked.add(term.key)
            pieces.append(text[position : match.start()])
            link = soup.new_tag(
                "a", href=term.url, attrs={"class": "glossary-term", "title": term.title}
            )
            link.string = match.group(0)
            pieces.append(link)
            position = match.end()
        if pieces:
            pieces.append(text[position:])
            node.replace_with(*[piece for piece in pieces if piece != ""])
        if len(linked) == wanted:
            break
    return str(soup)
