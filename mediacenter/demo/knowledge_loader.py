"""The knowledge base part of the demo loader: topics index, knowledge base, glossary, fact sheets
and explainers (mediacenter/demo/knowledge.py), in both languages, found by slug before anything
is created, like the rest of the demo."""

from __future__ import annotations

import datetime

from django.utils.html import escape

from experts.models import ExpertPage
from mediacenter.demo import knowledge
from mediacenter.models import (
    ExplainerPage,
    FactSheetPage,
    GlossaryPage,
    GlossaryTermPage,
    KnowledgeIndexPage,
    TopicIndexPage,
)

SOURCE, TARGET = "bg", "en"
LANGUAGES = (SOURCE, TARGET)


class KnowledgeLoaderMixin:
    """Used by DemoLoader (self.locales, self.topics, self.images, _section, _child,
    _publish_new, _translation come from it)."""

    fact_sheets: dict[str, dict[str, FactSheetPage]]

    def _knowledge_sections(self, homes: dict) -> dict:
        """The topics index and the knowledge base with its glossary, under each home page; then
        the fact sheets, which press items may show."""
        self._section(homes, TopicIndexPage, "topics")
        index = self._section(homes, KnowledgeIndexPage, "knowledge")
        self.glossary = self._section(index, GlossaryPage, "glossary")
        self.fact_sheets = {
            spec["slug"]: self._pair(index[SOURCE], FactSheetPage, spec, self._fact_sheet_texts)
            for spec in knowledge.FACT_SHEETS
        }
        return index

    def _knowledge_pages(self, index: dict, experts: dict[str, dict[str, ExpertPage]]) -> None:
        """Glossary terms and explainers (explainers quote and name demo experts)."""
        self.demo_experts = experts
        for spec in knowledge.GLOSSARY_TERMS:
            self._pair(self.glossary[SOURCE], GlossaryTermPage, spec, self._term_texts)
        for spec in knowledge.EXPLAINERS:
            self._pair(index[SOURCE], ExplainerPage, spec, self._explainer_texts)

    # --- one page in both languages -----------------------------------------------------------

    def _pair(self, parent, model, spec: dict, texts) -> dict:
        page = self._child(parent, model, spec["slug"])
        if page is None:
            page = self._publish_new(
                parent,
                model(slug=spec["slug"], locale=self.locales[SOURCE], **texts(spec, SOURCE)),
                self._knowledge_relations(spec, SOURCE),
            )
        translation = self._translation(
            page, texts(spec, TARGET), self._knowledge_relations(spec, TARGET)
        )
        return {SOURCE: page, TARGET: translation}

    def _knowledge_relations(self, spec: dict, code: str) -> dict:
        relations = {"topics": [self.topics[slug][code] for slug in spec["topics"]]}
        if "experts" in spec:
            relations["related_experts"] = [self._expert(key, code) for key in spec["experts"]]
        return relations

    def _expert(self, external_id: str, code: str) -> ExpertPage:
        pages = self.demo_experts[external_id]
        return pages.get(code) or next(iter(pages.values()))

    # --- what each kind of page holds ---------------------------------------------------------

    @staticmethod
    def _fact_sheet_texts(spec: dict, code: str) -> dict:
        figures = [
            {
                "type": "figure",
                "value": {
                    **figure[code],
                    "source_url": figure["source_url"],
                    "as_of": datetime.date(*figure["as_of"]).isoformat(),
                },
            }
            for figure in spec["figures"]
        ]
        return {"title": spec[code]["title"], "intro": spec[code]["intro"], "figures": figures}

    @staticmethod
    def _term_texts(spec: dict, code: str) -> dict:
        texts = spec[code]
        return {
            "title": texts["term"],
            "other_language_term": texts["other_language_term"],
            "forms": texts["forms"],
            "definition": f"<p>{escape(texts['definition'])}</p>",
        }

    def _explainer_texts(self, spec: dict, code: str) -> dict:
        texts = spec[code]
        return {
            "title": texts["title"],
            "summary": texts["summary"],
            "sections": [self._explainer_block(block, code) for block in texts["sections"]],
            "sources": [
                {"type": "source", "value": {"title": source[code], "url": source["url"]}}
                for source in spec["sources"]
            ],
            "last_reviewed": datetime.date(*spec["reviewed"]),
            "reviewed_by": self._expert(spec["reviewer"], code),
        }

    def _explainer_block(self, block: dict, code: str) -> dict:
        """A block of knowledge.py with its keys (image, expert, fact sheet) turned into ids."""
        kind, value = block["type"], block["value"]
        if kind == "figure":
            value = {**value, "image": self.images[value["image"]].pk}
        elif kind == "expert_quote":
            value = {**value, "expert": self._expert(value["expert"], code).pk}
        elif kind == "fact_sheet":
            value = self.fact_sheets[value][code].pk
        return {"type": kind, "value": value}
