"""Spelling-insensitive forms of text, shared by both search engines.

Journalists type Bulgarian names and words in Latin letters in many ways: the official system
("Boyadzhiev", "Tsvetelina"), French or German habits ("Boyadjiev", "Tchakarov", "Cvetelina",
"Penev"/"Peneff"), or drop the "y" ("Iankova"). `fold()` maps all of them, and the Cyrillic
original, to one Latin skeleton, so a search that compares skeletons finds "Ескенази" from
"Eskenazi" and "Eskenazi" from "Ескенази". The engines index the skeleton of every profile beside
the original text (a field of their own); queries are folded the same way.

The skeleton is deliberately lossy (it merges "zh" and "j", "y" and "i", double letters); it is
only ever used as a second, lower-boosted way to match, never shown.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from search.transliteration import to_latin

WORD = re.compile(r"[^\W_]+")

# Applied in order, on lower-case Latin text.
_RULES: tuple[tuple[re.Pattern, str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"tch", "ch"),  # Tchakarov (French) → Chakarov
        (r"sch", "sh"),  # German ш
        (r"chr", "hr"),  # Christova → Hristova
        (r"kh", "h"),  # Khristov (English-style х)
        (r"ck", "k"),
        (r"ph", "f"),
        (r"tz", "ts"),  # Tzvetkov
        (r"c(?!h)", "ts"),  # Cvetelina (ц in the old Latin spelling)
        (r"zh", "j"),  # Zhivkov, Jivkov; Boyadzhiev, Boyadjiev
        (r"w", "v"),  # Ivanow
        (r"x", "ks"),
        (r"q", "k"),
        (r"y", "i"),  # Yankova/Iankova, Mariya/Maria, Nikolay/Nikolai
        (r"off\b", "ov"),  # Peneff/Penoff → Penev/Penov
        (r"eff\b", "ev"),
        (r"(\w)\1+", r"\1"),  # double letters: Eskenazzi, Mariia
    )
)


@lru_cache(maxsize=4096)
def _fold_word(word: str) -> str:
    latin = to_latin(word).casefold()
    latin = "".join(
        char for char in unicodedata.normalize("NFKD", latin) if not unicodedata.combining(char)
    )
    for pattern, replacement in _RULES:
        latin = pattern.sub(replacement, latin)
    return latin


def words(text: str) -> list[str]:
    """The words of text (letters and digits), in order."""
    return WORD.findall(text or "")


def fold(text: str) -> str:
    """The Latin skeleton of text: words folded and joined by single spaces."""
    return " ".join(_fold_word(word) for word in words(text))


def fold_variants(text: str) -> list[str]:
    """The skeleton of text and, when it has a "j", the reading of "j" as "й" (Jordan → Йордан):
    "j" is "ж" to a French speaker and "й" to a German one."""
    folded = fold(text)
    variants = [folded]
    if "j" in folded:
        variants.append(re.sub(r"\bj(?=[aeiou])", "i", folded))
    return [
        variant for i, variant in enumerate(variants) if variant and variant not in variants[:i]
    ]


# A light stemmer for matching words across inflections ("клинични"/"клинично",
# "изпитвания"/"изпитване", "trials"/"trial"), on skeletons; the engines do real stemming.
_ENDINGS = (
    "iiata",
    "iata",
    "iia",
    "ia",
    "ite",
    "ata",
    "ove",
    "eve",
    "ing",
    "es",
    "ta",
    "to",
    "te",
    "at",
    "a",
    "e",
    "i",
    "o",
    "u",
    "s",
)


@lru_cache(maxsize=4096)
def stem(folded_word: str) -> str:
    """A crude stem of one folded word; words of four letters or fewer are left alone."""
    for ending in _ENDINGS:
        if folded_word.endswith(ending) and len(folded_word) - len(ending) >= 4:
            return folded_word[: -len(ending)]
    return folded_word


def match_key(word: str) -> str:
    """The key two spellings of one word share: the stemmed skeleton for words of four letters or
    more; short words (abbreviations like "ИИ", "AI", "ДНК") only match as typed."""
    if len(word) < 4:
        return word.casefold()
    return stem(_fold_word(word))


def match_keys(text: str) -> tuple[str, ...]:
    return tuple(match_key(word) for word in words(text))


def is_latin(text: str) -> bool:
    """True when text has Latin letters and no Cyrillic ones."""
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and not any("\u0400" <= char <= "\u04ff" for char in letters)
