import pytest

from tests.feeds.newsroom import build_newsroom


@pytest.fixture
def newsroom(site_tree):
    return build_newsroom(site_tree)
