"""Reading a page's <head> the way a crawler, a feed reader or a social network does."""

from __future__ import annotations

import json

from bs4 import BeautifulSoup


def get_soup(client, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.text, "html.parser")


def meta(soup: BeautifulSoup, key: str) -> str | None:
    """The content of <meta property=key> (Open Graph) or <meta name=key> (Twitter)."""
    tag = soup.find("meta", attrs={"property": key}) or soup.find("meta", attrs={"name": key})
    return tag["content"] if tag else None


def meta_all(soup: BeautifulSoup, key: str) -> list[str]:
    return [tag["content"] for tag in soup.find_all("meta", attrs={"property": key})]


def jsonld(soup: BeautifulSoup) -> list[dict]:
    return [
        json.loads(script.string)
        for script in soup.find_all("script", attrs={"type": "application/ld+json"})
    ]
