"""Bulgarian Cyrillic → Latin by the official Streamlined System (Transliteration Act, 2009).

Used for Latin slugs of imported experts, organisations and topics, and by search so that a name
typed in Latin letters ("Shiderov") finds the Cyrillic one ("Шидеров").
"""

from __future__ import annotations

import re

_LETTERS = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "h",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "sht",
    "ъ": "a",
    "ь": "y",
    "ю": "yu",
    "я": "ya",
    "ѝ": "i",
}

# The Act's one contextual rule: "ия" at the end of a word is "ia" (България → Bulgaria).
_FINAL_IA = re.compile(r"(и)(я)(?![^\W\d_])", re.IGNORECASE)


def _letter(text: str, position: int) -> str:
    char = text[position]
    latin = _LETTERS.get(char.lower())
    if latin is None:
        return char
    if not char.isupper():
        return latin
    # A capital inside an all-capitals word stays all capitals (ЩЕРЕВ → SHTEREV, Щерев → Shterev).
    after = text[position + 1 : position + 2]
    before = text[position - 1 : position] if position else ""
    if (after.isalpha() and after.isupper()) or (
        not after.isalpha() and before.isalpha() and before.isupper()
    ):
        return latin.upper()
    return latin.capitalize()


def to_latin(text: str) -> str:
    """`text` with every Bulgarian Cyrillic letter spelled in Latin letters; anything else kept."""
    if not text:
        return ""
    result = []
    position = 0
    while position < len(text):
        match = _FINAL_IA.match(text, position)
        if match:
            i_upper, ya_upper = text[position].isupper(), text[position + 1].isupper()
            result.append(("I" if i_upper else "i") + ("A" if ya_upper else "a"))
            position += 2
            continue
        result.append(_letter(text, position))
        position += 1
    return "".join(result)
