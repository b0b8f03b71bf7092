"""Alphabetical order and A–Z letters for each site language.

Bulgarian words sort by the Bulgarian alphabet (А Б В … Щ Ъ Ь Ю Я), whatever the case, the
database's collation or the letters' Unicode order elsewhere; Latin-script words in a Bulgarian
list (ATMP, CAR-T) come after the Cyrillic ones, under one "A–Z" heading.
"""

from __future__ import annotations

import unicodedata

BULGARIAN = "абвгдежзийклмнопрстуфхцчшщъьюя"
LATIN = "abcdefghijklmnopqrstuvwxyz"
ALPHABETS = {"bg": BULGARIAN, "en": LATIN}
OTHER = "#"


def alphabet(language: str) -> str:
    """The letters of the A–Z index of a language, in order."""
    return ALPHABETS.get(language, LATIN)


def _base_letter(char: str) -> str:
    """The letter without accents, lower case: "Ѝ" → "и", "É" → "e"; "й" stays a letter of its own."""
    char = char.casefold()
    if char in BULGARIAN:
        return char
    decomposed = unicodedata.normalize("NFD", char)
    return decomposed[0] if decomposed else char


def sort_key(text: str, language: str) -> tuple:
    """A key that sorts words as a dictionary of `language` does: by its alphabet first, then by
    the other script's letters, then digits; spaces and hyphens come before any letter."""
    own = alphabet(language)
    other = LATIN if own is BULGARIAN else BULGARIAN
    key = []
    for char in text.strip():
        letter = _base_letter(char)
        if letter in own:
            key.append((1, own.index(letter)))
        elif letter in other:
            key.append((2, other.index(letter)))
        elif letter.isdigit():
            key.append((3, int(letter)))
        elif letter.isspace() or letter in "-–—":
            key.append((0, 0))
        # Other punctuation (quotes, brackets) does not count.
    return (tuple(key), text.casefold())


def index_letter(text: str, language: str) -> str:
    """The A–Z heading a word is listed under: its first letter, upper case, when it belongs to the
    language's alphabet; "A–Z" for Latin words in a Bulgarian list; "#" for anything else."""
    for char in text.strip():
        letter = _base_letter(char)
        if letter in alphabet(language):
            return letter.upper()
        if language != "en" and letter in LATIN:
            return "A–Z"
        if letter.isalnum():
            return OTHER
    return OTHER
