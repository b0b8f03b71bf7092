"""Relevance, measured: every case of `relevance.py` through the expert search, on the embedded
database backend and on the real search engine, over one imported corpus.

Each backend runs all cases and reports every miss at once, as a table (query, kind, wanted, the
top three it gave), with the mean reciprocal rank of the first required expert. On the engine
every case must pass; on the database backend every case not marked `db=False` must.
"""

from __future__ import annotations

import io
import json
from collections import Counter, defaultdict
from dataclasses import dataclass

import pytest
from django.core.management import call_command

from search.experts import search_experts
from search.normalize import words
from tests.search import relevance
from tests.search.relevance import CASES, KINDS, TOP, Case

pytestmark = pytest.mark.django_db


@dataclass
class Outcome:
    case: Case
    got: list[str]  # external_ids, best first
    fallback: bool  # the database backend answered because the engine failed

    @property
    def ok(self) -> bool:
        return relevance.found(self.got, self.case)

    @property
    def reciprocal_rank(self) -> float:
        return relevance.reciprocal_rank(self.got, self.case.top3)

    def rank_of(self, external_id: str) -> str:
        return str(self.got.index(external_id) + 1) if external_id in self.got else "-"


@pytest.fixture(params=["database", pytest.param("engine", marks=pytest.mark.engine)])
def backend(request, relevance_corpus) -> str:
    """The expert search on the database backend, or on the engine with the corpus indexed."""
    if request.param == "engine":
        engine = request.getfixturevalue("engine_as_default")
        # The corpus was committed before the engine fixture emptied the index: index it (and
        # any index of the engine's own that update_index rebuilds) from the database.
        call_command("update_index", backend_name="default", stdout=io.StringIO())
        engine.refresh()
    return request.param


def run(case: Case, corpus) -> Outcome:
    result = search_experts(case.query, language=case.lang)
    return Outcome(case, [corpus.external_id(hit.pk) for hit in result.hits], result.fallback)


def table(outcomes: list[Outcome]) -> str:
    header = ("query", "lang", "kind", "wanted (rank)", f"got top {TOP}")
    rows = [
        (
            repr(o.case.query),
            o.case.lang,
            o.case.kind + ("" if o.case.db else " (engine only)"),
            ", ".join(f"{wanted} ({o.rank_of(wanted)})" for wanted in o.case.top3),
            ", ".join(o.got[:TOP]) or "(nothing)",
        )
        for o in outcomes
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def line(cells) -> str:
        return " | ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True))

    head, rule = line(header), "-+-".join("-" * width for width in widths)
    lines = [line(row).rstrip() for row in rows]
    return "\n".join([head, rule, *lines])


def summary(backend: str, outcomes: list[Outcome]) -> str:
    by_kind: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_kind[outcome.case.kind].append(outcome)
    mrr = relevance.mean_reciprocal_rank([o.reciprocal_rank for o in outcomes])
    passed = sum(o.ok for o in outcomes)
    lines = [f"relevance on {backend}: {passed}/{len(outcomes)} cases found, MRR {mrr:.3f}"]
    for kind in KINDS:
        group = by_kind[kind]
        kind_mrr = relevance.mean_reciprocal_rank([o.reciprocal_rank for o in group])
        lines.append(
            f"  {kind:<20} {sum(o.ok for o in group):>3}/{len(group):<3} MRR {kind_mrr:.3f}"
        )
    return "\n".join(lines)


def test_required_experts_are_in_the_top_three(backend, relevance_corpus, capsys):
    outcomes = [run(case, relevance_corpus) for case in CASES]
    required = [o for o in outcomes if backend == "engine" or o.case.db]
    misses = [o for o in required if not o.ok]
    excused = [o for o in outcomes if o not in required and not o.ok]
    fell_back = [o for o in outcomes if o.fallback]

    report = summary(backend, outcomes)  # MRR over every case, so the backends compare
    if excused:
        reasons = "; ".join(sorted({o.case.db_reason for o in excused}))
        report += f"\n\nNot required on {backend} ({reasons}):\n{table(excused)}"
    with capsys.disabled():
        print("\n" + report)

    if backend == "engine" and fell_back:
        pytest.fail(
            f"{len(fell_back)} queries were answered by the database fallback, not the engine: "
            + ", ".join(repr(o.case.query) for o in fell_back),
            pytrace=False,
        )
    if misses:
        pytest.fail(
            f"{len(misses)} of {len(required)} required cases missed on {backend}:\n"
            f"{table(misses)}\n\n{summary(backend, outcomes)}",
            pytrace=False,
        )


def test_cases_are_well_formed():
    """The relevance set is what the issue asks for, and names only experts of the corpus."""
    external_ids = {
        row["external_id"]
        for path in relevance.CORPUS_FILES
        for row in json.loads(path.read_text(encoding="utf-8"))
    }
    kinds = Counter(case.kind for case in CASES)

    assert len(CASES) >= 45
    assert set(kinds) == set(KINDS) and min(kinds.values()) >= 5, kinds
    assert len({(case.query, case.lang) for case in CASES}) == len(CASES), "a case is repeated"
    for case in CASES:
        assert case.lang in ("bg", "en"), case
        assert 1 <= len(case.top3) <= TOP and set(case.top3) <= external_ids, case
        assert case.db or case.db_reason, f"{case.query!r}: say why the database cannot do it"
        if case.kind == "typo":
            assert any(len(word) >= 5 for word in words(case.query)), case
