"""The relevance set: queries a journalist types and the experts that must come back first.

Plain data (no pytest, no Django), so the relevance test and the search benchmark share it. The
corpus is the demo experts (`mediacenter/demo/experts.json`, ids `demo-…`) plus
`tests/search/fixtures/relevance_experts.json` (ids `rel-…`), imported with `import_experts`
over the demo topics and organisations.

Each case names the expert(s) that must ALL be among the first three results. The answers come
from what the profiles say, not from what a search engine returned: the expert whose name was
typed, or for a topic the expert(s) whose position or keywords name it. When several experts
share a topic, only the one(s) that are clearly the best answer are required.

`db=False` marks what the database backend cannot do by design (a phrase matched inside a longer
topic name in the other language needs the engine's analyzers); such cases are required on the
search engine only, and `db_reason` says why. Typos are required on both (fuzzy matching on the
engine, spelling corrections on the database backend).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

KINDS = (
    "bg",  # Bulgarian query, Cyrillic
    "en",  # English query
    "latin_name",  # a Bulgarian name typed in Latin letters, in any common spelling
    "cyrillic_for_latin",  # a Latin-script name typed in Cyrillic
    "translit_words",  # Bulgarian words typed in Latin letters
    "typo",  # one or two wrong letters in a word of five letters or more
    "synonym",  # a synonym of a topic, not the words of the profile
    "cross_language",  # a query in one language for a profile in the other only
    "multi_word",  # several words about one topic
)

REPOSITORY = Path(__file__).resolve().parents[2]
DEMO_EXPERTS = REPOSITORY / "mediacenter" / "demo" / "experts.json"
EXTRA_EXPERTS = Path(__file__).resolve().parent / "fixtures" / "relevance_experts.json"
CORPUS_FILES = (DEMO_EXPERTS, EXTRA_EXPERTS)  # imported in this order
TOP = 3

NO_PARTIAL_PHRASE = (
    "the English words for the query are part of a longer topic name ('Technology transfer & "
    "spin-offs'); matching part of it in a position needs the engine's analyzers"
)


@dataclass(frozen=True)
class Case:
    query: str
    lang: str  # the site language the query is typed on: "bg" or "en"
    top3: tuple[str, ...]  # external_ids that must all be among the first three hits
    kind: str
    note: str = ""
    db: bool = True  # required on the database backend too
    db_reason: str = ""  # why not, when db is False


def _typo(query: str, lang: str, top3: tuple[str, ...], note: str) -> Case:
    # Required on both: the engine's fuzzy matching, the database backend's spelling corrections
    # (search/spelling.py).
    return Case(query, lang, top3, "typo", note)


EPIGENETICS = ("demo-001", "demo-020")  # both positions name epigenetics
TELEMEDICINE = ("demo-006", "demo-033")  # both positions say "telemedicine"

CASES: tuple[Case, ...] = (
    # --- Bulgarian -----------------------------------------------------------------------------
    Case("епигенетика", "bg", EPIGENETICS, "bg", "a lab head and a researcher in epigenetics"),
    Case("Кристина Ескенази", "bg", ("rel-001",), "bg", "full name"),
    Case("Шидеров", "bg", ("rel-002",), "bg", "surname only"),
    Case("телемедицина", "bg", TELEMEDICINE, "bg", "in both positions"),
    Case("клинични изпитвания", "bg", ("demo-039",), "bg", "keyword, bio and topic"),
    Case("розово масло", "bg", ("demo-040",), "bg", "keyword of a Bulgarian-only profile"),
    Case("бактериофаги", "bg", ("demo-014",), "bg"),
    Case("биостатистика", "bg", ("demo-017",), "bg", "professor of biostatistics"),
    Case("хематолог", "bg", ("demo-016",), "bg", "the position"),
    Case("ЯМР", "bg", ("demo-041",), "bg", "a three-letter abbreviation (MRI)"),
    Case("Ваня Грозева", "bg", ("demo-028",), "bg", "full name"),
    Case("пробиотици", "bg", ("demo-008", "rel-007"), "bg", "both work on probiotics"),
    # --- English -------------------------------------------------------------------------------
    Case("epigenetics", "en", EPIGENETICS, "en"),
    Case("telemedicine", "en", TELEMEDICINE, "en"),
    Case("Lukas Brenner", "en", ("demo-044",), "en", "full name"),
    Case("Whitford", "en", ("demo-043",), "en", "surname only"),
    Case("haematologist", "en", ("demo-016",), "en", "the position"),
    Case("gene editing", "en", ("demo-024",), "en", "keyword and bio"),
    Case("stents", "en", ("demo-015",), "en"),
    Case("Montse Daban", "en", ("rel-008",), "en", "full name"),
    Case("probiotics", "en", ("demo-008",), "en"),
    Case("CRISPR", "en", ("demo-024",), "en"),
    Case("Cleantech Bulgaria", "en", ("rel-003",), "en", "the organisation she directs"),
    # --- Bulgarian names typed in Latin letters --------------------------------------------------
    Case("Eskenazi", "bg", ("rel-001",), "latin_name", "Bulgarian-only profile"),
    Case("Kristina Eskenazi", "en", ("rel-001",), "latin_name", "Bulgarian-only, English site"),
    Case("Shiderov", "en", ("rel-002",), "latin_name", "Bulgarian-only profile"),
    Case("Martin Shideroff", "bg", ("rel-002",), "latin_name", "-off for -ов"),
    Case("Boyadjiev", "en", ("demo-032",), "latin_name", "j for ж; the profile has Boyadzhiev"),
    Case("Tchakarov", "bg", ("demo-034",), "latin_name", "French tch for ч; profile: Chakarov"),
    Case("Cvetelina Iankova", "en", ("demo-030",), "latin_name", "c for ц, ia for я"),
    Case("Tzvetelin Tzolov", "bg", ("rel-004",), "latin_name", "tz for ц; Bulgarian-only"),
    Case("Mariana Khamanova", "en", ("rel-003",), "latin_name", "kh for х; profile: Hamanova"),
    Case("Zheni Aleksandrova", "en", ("rel-005",), "latin_name", "profile: Jeny Alexandrova"),
    Case("Asia Paskaleva", "en", ("rel-006",), "latin_name", "ia for я; Bulgarian-only"),
    Case("Albert Krastanov", "bg", ("rel-007",), "latin_name", "Bulgarian-only profile"),
    Case("Liubomir Stefanov", "bg", ("demo-025",), "latin_name", "iu for ю; profile: Lyubomir"),
    Case("Nikolai Peneff", "en", ("demo-006",), "latin_name", "-eff for -ев; profile: Nikolay"),
    Case("Joana Kostova", "bg", ("demo-018",), "latin_name", "German j for й; profile: Yoana"),
    Case("Khristo Blagoev", "en", ("demo-019",), "latin_name", "kh for х; profile: Hristo"),
    Case("Stoian Peev", "en", ("demo-039",), "latin_name", "ia for я; Bulgarian-only"),
    Case("Plamen Jordanov", "en", ("demo-041",), "latin_name", "j for й; Bulgarian-only"),
    # --- Latin-script names typed in Cyrillic ----------------------------------------------------
    Case("Бренер", "bg", ("demo-044",), "cyrillic_for_latin", "English-only profile: Brenner"),
    Case("Лукас Бренер", "en", ("demo-044",), "cyrillic_for_latin"),
    Case("Дабан", "bg", ("rel-008",), "cyrillic_for_latin", "English-only profile: Daban"),
    Case("Монсерат Дабан", "en", ("rel-008",), "cyrillic_for_latin", "Montse is Montserrat"),
    Case("Вангавис", "bg", ("demo-011",), "cyrillic_for_latin", "organisation Vangavis"),
    Case("Оксентия", "bg", ("demo-043",), "cyrillic_for_latin", "organisation Oxentia"),
    # --- Bulgarian words typed in Latin letters --------------------------------------------------
    Case("klinichni izpitvania", "bg", ("demo-039",), "translit_words", "клинични изпитвания"),
    Case("telemeditsina", "bg", TELEMEDICINE, "translit_words", "телемедицина"),
    Case("rozovo maslo", "en", ("demo-040",), "translit_words", "розово масло, Bulgarian-only"),
    Case("izkustven intelekt", "bg", ("demo-026",), "translit_words", "AI regulation expert"),
    Case("mashinno obuchenie", "bg", ("demo-005",), "translit_words", "in the position"),
    Case("vodorasli", "bg", ("demo-009",), "translit_words", "водорасли (algae)"),
    Case("epigenetika", "en", EPIGENETICS, "translit_words"),
    Case("bakteriofagi", "bg", ("demo-014",), "translit_words"),
    # --- Typos -----------------------------------------------------------------------------------
    _typo("epigenitika", "bg", EPIGENETICS, "Latin, one wrong letter"),
    _typo("епигенитика", "bg", EPIGENETICS, "one wrong letter"),
    _typo("Atanasoba", "bg", ("demo-010",), "b for v"),
    _typo("clinicla trials", "en", ("demo-002",), "swapped letters; designs clinical trials"),
    _typo("Eskenasi", "bg", ("rel-001",), "s for z, Bulgarian-only profile"),
    _typo("Shidarov", "en", ("rel-002",), "a for e, Bulgarian-only profile"),
    _typo("telemedicne", "en", TELEMEDICINE, "a letter missing"),
    _typo("bacteriphages", "en", ("demo-014",), "a letter missing"),
    _typo("Грозеба", "bg", ("demo-028",), "б for в"),
    _typo("neurosurgoen", "en", ("demo-023",), "swapped letters"),
    _typo("Brenmer", "en", ("demo-044",), "m for n"),
    _typo("хематолок", "bg", ("demo-016",), "к for г"),
    # --- Synonyms (from the topics' per-language synonyms) ---------------------------------------
    Case("ИИ", "bg", ("demo-026",), "synonym", "AI regulation expert"),
    Case("AI", "en", ("demo-026",), "synonym", "AI regulation expert"),
    Case("изкуствен интелект", "bg", ("demo-026",), "synonym", "AI regulation expert"),
    Case("artificial intelligence", "en", ("demo-026",), "synonym", "AI regulation expert"),
    Case("machine learning", "en", ("demo-005",), "synonym", "machine learning researcher"),
    Case("машинно обучение", "bg", ("demo-005",), "synonym", "machine learning researcher"),
    Case("CAR-T", "bg", ("demo-003", "demo-016"), "synonym", "ATMP synonym; both work on CAR-T"),
    Case("генна терапия", "bg", ("demo-003",), "synonym", "ATMP synonym; gene therapies"),
    Case("спин-оф", "bg", ("demo-010",), "synonym", "spin-off programme manager"),
    Case("medtech", "en", ("demo-004",), "synonym", "medical devices and the MDR"),
    Case("EHDS", "en", ("demo-025",), "synonym", "health data synonym; follows the EHDS"),
    Case("зоонози", "bg", ("demo-034",), "synonym", "One Health topic synonym"),
    Case("One Health", "en", ("demo-034",), "synonym", "topic created by the import"),
    Case("informed consent", "en", ("demo-013",), "synonym", "bioethics synonym; medical ethics"),
    Case("кръгова икономика", "bg", ("demo-009",), "synonym", "bioeconomy synonym; keyword"),
    Case("Horizon Europe", "en", ("demo-030",), "synonym", "EU funding synonym; proposals"),
    Case("ATMP", "en", ("demo-003",), "synonym", "advanced therapies reaching patients"),
    # --- Across languages ------------------------------------------------------------------------
    Case("venture building", "en", ("rel-002", "demo-010"), "cross_language", "rel-002 bg-only"),
    Case("women entrepreneurs", "en", ("demo-012", "rel-001"), "cross_language", "rel-001 bg-only"),
    Case("bioethics", "en", ("rel-006",), "cross_language", "bg-only; heads a bioethics centre"),
    Case("EU projects", "en", ("demo-042",), "cross_language", "bg-only; European projects"),
    Case("clinical trials Plovdiv", "en", ("demo-039",), "cross_language", "bg-only, Пловдив"),
    Case(
        "трансфер на технологии",
        "bg",
        ("demo-043",),
        "cross_language",
        "en-only consultant",
        db=False,
        db_reason=NO_PARTIAL_PHRASE,
    ),
    Case("клетъчна терапия", "bg", ("demo-044", "demo-003"), "cross_language", "demo-044 en-only"),
    Case("Ескенази", "en", ("rel-001",), "cross_language", "Cyrillic on the English site"),
    # --- Several words about one topic -----------------------------------------------------------
    Case("ветеринарна микробиология", "bg", ("demo-034",), "multi_word"),
    Case("Black Sea algae", "en", ("demo-009",), "multi_word"),
    Case("soil bacteria fertilisers", "en", ("demo-037",), "multi_word"),
    Case("роботизирана хирургия", "bg", ("demo-023",), "multi_word"),
    Case("3D printed implants", "en", ("demo-004", "demo-027"), "multi_word"),
    Case("антибиотична резистентност", "bg", ("demo-014",), "multi_word"),
    Case("wearable sensors heart rhythm", "en", ("demo-038",), "multi_word"),
    Case("European Health Data Space", "en", ("demo-025",), "multi_word"),
    Case("етична комисия клинични изпитвания", "bg", ("demo-022",), "multi_word"),
    Case("digital pathology cancer screening", "en", ("demo-019",), "multi_word"),
    Case("стволови клетки хроматин", "bg", ("demo-028",), "multi_word"),
    Case("безопасност на храните опаковки", "bg", ("demo-029",), "multi_word"),
)


def reciprocal_rank(got: Sequence[str], wanted: Iterable[str]) -> float:
    """1/position of the first wanted expert in the results (1 for the first), 0 if absent."""
    wanted = set(wanted)
    for position, external_id in enumerate(got, start=1):
        if external_id in wanted:
            return 1 / position
    return 0.0


def found(got: Sequence[str], case: Case) -> bool:
    """Every required expert is among the first TOP results."""
    return set(case.top3) <= set(got[:TOP])


def mean_reciprocal_rank(ranks: Sequence[float]) -> float:
    return sum(ranks) / len(ranks) if ranks else 0.0
