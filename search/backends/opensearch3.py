"""Wagtail's OpenSearch 3 backend with the directory index and the backlog (search.backends.base)."""

from wagtail.search.backends.opensearch3 import OpenSearch3SearchBackend

from search.backends.base import DirectoryIndexMixin


class SearchBackend(DirectoryIndexMixin, OpenSearch3SearchBackend):
    pass
