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


WORD = re.compile(r"\w+")
Candidates = dict[str, list[tuple[re.Pattern, GlossaryTerm]]]


def _candidates(terms: list[GlossaryTerm]) -> Candidates:
    """First word of a form (case-folded) → (that form's pattern, its term), longest form first.

    Looking up each word of the text in this dict, then trying only the forms that start with
    it, costs one dict lookup per word, where one regular expression with every form as an
    alternative would try them all at every character.
    """
    candidates: dict[str, list[tuple[int, re.Pattern, GlossaryTerm]]] = {}
    for term in terms:
        for form in term.forms:
            first = WORD.match(form.casefold())
            if first is None:
                continue
            # Any run of spaces in the text matches a space in the form; whole words only.
            body = r"\s+".join(re.escape(word) for word in form.split())
            pattern = re.compile(rf"{body}(?![\w-])", re.IGNORECASE)
            candidates.setdefault(first.group(0), []).append((len(form), pattern, term))
    return {
        word: [(pattern, term) for _length, pattern, term in sorted(forms, key=lambda f: -f[0])]
        for word, forms in candidates.items()
    }


def _mentions(text: str, candidates: Candidates):
    """(start, end, term) of each mention in the text, left to right, the longest form winning
    where forms overlap; a word right after a hyphen does not start a mention."""
    position = 0
    for word in WORD.finditer(text):
        start = word.start()
        if start < position or (start and text[start - 1] == "-"):
            continue
        for pattern, term in candidates.get(word.group(0).casefold(), ()):
            match = pattern.match(text, start)
            if match:
                position = match.end()
                yield start, position, term
                break


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
    candidates = _candidates(terms)
    if not candidates or not html:
        return html
    soup = BeautifulSoup(html, "html.parser")
    wanted = len(linked | {term.key for term in terms})
    for node in list(soup.find_all(string=True)):
        if type(node) is not NavigableString or _skipped(node):  # comments, CDATA: left alone
            continue
        text = str(node)
        pieces: list = []
        position = 0
        for start, end, term in _mentions(text, candidates):
            if term.key in linked:
                continue
            linked.add(term.key)
            pieces.append(text[position:start])
            link = soup.new_tag(
                "a", href=term.url, attrs={"class": "glossary-term", "title": term.title}
            )
            link.string = text[start:end]
            pieces.append(link)
            position = end
        if pieces:
            pieces.append(text[position:])
            node.replace_with(*[piece for piece in pieces if piece != ""])
        if len(linked) == wanted:
            break
    return str(soup)
