import pytest

pytestmark = [pytest.mark.django_db, pytest.mark.smoke]


def test_home_renders_in_both_languages(client, site_tree):
    bg = client.get("/bg/")
    en = client.get("/en/")
    assert bg.status_code == 200 and en.status_code == 200
    assert '<html lang="bg">' in bg.text
    assert '<html lang="en">' in en.text
    assert "Media Center" in en.text


def test_root_redirects_by_accept_language(client, site_tree):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    assert response.status_code == 302
    assert response["Location"] == "/en/"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="bg,en;q=0.5")
    assert response["Location"] == "/bg/"
