"""Signals: the directory index follows a publish once the page's topics are saved too.

Wagtail indexes a page from `post_save`, which fires before the page's many-to-many relations
(its topics) are written; `page_published` comes after them, so the directory's documents are
rebuilt from it with the topics as published.
"""

from __future__ import annotations

from modelsearch.index import get_search_backends_with_name
from wagtail.signals import page_published


def refresh_expert_document(sender, instance, **kwargs) -> None:
    for _name, backend in get_search_backends_with_name(with_auto_update=True):
        if hasattr(backend, "refresh_directory"):
            backend.refresh_directory(instance)


def connect() -> None:
    from experts.models import ExpertPage

    page_published.connect(
        refresh_expert_document, sender=ExpertPage, dispatch_uid="directory-index-on-publish"
    )
