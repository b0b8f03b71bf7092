"""Find an expert: search, facets and pagination for the directory page (being built)."""

from __future__ import annotations


def directory_context(index_page, request) -> dict:
    return {}
