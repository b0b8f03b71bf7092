"""What an expert's profile page shows beyond its own fields (being built)."""

from __future__ import annotations


def profile_context(page, request) -> dict:
    return {}
