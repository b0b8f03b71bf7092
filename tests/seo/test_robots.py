import pytest
from django.contrib.staticfiles import finders

pytestmark = [pytest.mark.django_db, pytest.mark.smoke]


def test_robots_txt_points_at_the_absolute_sitemap(client, site_tree):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.text.splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines
    sitemap_url = next(line.split(" ", 1)[1] for line in lines if line.startswith("Sitemap:"))
    assert client.get(sitemap_url.removeprefix("http://testserver")).status_code == 200


def test_favicon_ico_leads_to_the_icon_the_pages_link(client, site_tree):
    """Feed readers ask for /favicon.ico: they get the site's icon, not a 404 page."""
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    icon = response["Location"]
    assert f'rel="icon" href="{icon}"' in client.get("/bg/").text
    assert icon.endswith("/favicon.svg") and finders.find("favicon.svg")
