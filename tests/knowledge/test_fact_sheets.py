"""Fact sheets: key figures with source and date, on their own page, inside press releases, and
flagged to editors when a figure is older than FACT_SHEET_MAX_AGE_DAYS."""

from __future__ import annotations

import datetime

import pytest
from bs4 import BeautifulSoup, Tag
from django.urls import reverse
from django.utils import timezone

from tests import factories

pytestmark = pytest.mark.django_db

EC_URL = "https://research-and-innovation.ec.europa.eu/funding/funding-opportunities/"
SPINOFF_URL = "https://spinoff.bg/"


def days_ago(days: int) -> datetime.date:
    return timezone.localdate() - datetime.timedelta(days=days)


def figure(label: str, value: str, source: str, as_of: datetime.date, source_url: str = "") -> dict:
    return {
        "type": "figure",
        "value": {
            "label": label,
            "value": value,
            "source": source,
            "source_url": source_url,
            "as_of": as_of.isoformat(),
        },
    }


def soup_of(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def source_text(cell: Tag) -> str:
    """The source as written, without the date that follows it in the same cell."""
    text = "".join(string for string in cell.strings if string.find_parent("time") is None)
    return text.strip().rstrip(",").strip()


def figure_rows(root: Tag) -> list[dict]:
    """What a reader sees in each row of a key-figures table."""
    rows = []
    for row in root.select("section.key-figures tbody tr"):
        cells = row.find_all("td")
        source = cells[1]
        link = source.find("a")
        rows.append(
            {
                "value": row.select_one(".key-figures__value").get_text(strip=True),
                "label": row.find("th", scope="row").get_text(strip=True),
                "source": link.get_text(strip=True) if link else source_text(source),
                "source_url": link["href"] if link else None,
                "as_of": source.find("time")["datetime"],
            }
        )
    return rows


@pytest.fixture
def cluster_sheet(knowledge_tree):
    """A Bulgarian fact sheet with recent figures, and its English translation."""
    horizon_date = days_ago(60)
    preciseu_date = days_ago(45)
    spinoff_date = days_ago(90)
    sheet = factories.FactSheetPageFactory(
        parent=knowledge_tree.knowledge_bg,
        title="Клъстерът и Европа в числа",
        intro="Числата, които журналистите питат най-често.",
        figures=[
            figure(
                "Бюджет на „Хоризонт Европа“ за 2021–2027 г.",
                "95,5 млрд. евро",
                "Европейска комисия",
                horizon_date,
                EC_URL,
            ),
            figure(
                "Партньори в консорциума PRECISEU",
                "25 от 12 региона",
                "Консорциум PRECISEU",
                preciseu_date,
            ),
            figure(
                "Нови технологични стартъпи до 2030 г. (цел на Spinoff Bulgaria)",
                "100",
                "Spinoff Bulgaria",
                spinoff_date,
                SPINOFF_URL,
            ),
        ],
    )
    english = factories.translate(
        sheet,
        "en",
        title="The cluster and Europe in numbers",
        intro="The figures journalists ask for most.",
        figures=[
            figure(
                "Horizon Europe budget, 2021–2027",
                "€95.5 billion",
                "European Commission",
                horizon_date,
                EC_URL,
            ),
            figure("PRECISEU consortium partners", "25 from 12 regions", "PRECISEU", preciseu_date),
            figure(
                "New tech start-ups by 2030 (Spinoff Bulgaria's goal)",
                "100",
                "Spinoff Bulgaria",
                spinoff_date,
                SPINOFF_URL,
            ),
        ],
    )
    sheet.refresh_from_db()
    return sheet, english


# --- the public page ---------------------------------------------------------------------------


def test_fact_sheet_page_shows_each_figure_with_value_label_source_and_date(client, cluster_sheet):
    sheet, _english = cluster_sheet

    soup = soup_of(client.get(sheet.url))

    assert soup.find("h1").get_text(strip=True) == "Клъстерът и Европа в числа"
    assert figure_rows(soup.select_one("article")) == [
        {
            "value": "95,5 млрд. евро",
            "label": "Бюджет на „Хоризонт Европа“ за 2021–2027 г.",
            "source": "Европейска комисия",
            "source_url": EC_URL,
            "as_of": days_ago(60).isoformat(),
        },
        {
            "value": "25 от 12 региона",
            "label": "Партньори в консорциума PRECISEU",
            "source": "Консорциум PRECISEU",
            "source_url": None,
            "as_of": days_ago(45).isoformat(),
        },
        {
            "value": "100",
            "label": "Нови технологични стартъпи до 2030 г. (цел на Spinoff Bulgaria)",
            "source": "Spinoff Bulgaria",
            "source_url": SPINOFF_URL,
            "as_of": days_ago(90).isoformat(),
        },
    ]


def test_english_fact_sheet_page_shows_the_english_figures(client, cluster_sheet):
    _sheet, english = cluster_sheet

    soup = soup_of(client.get(english.url))

    rows = figure_rows(soup.select_one("article"))
    assert [(row["value"], row["label"]) for row in rows] == [
        ("€95.5 billion", "Horizon Europe budget, 2021–2027"),
        ("25 from 12 regions", "PRECISEU consortium partners"),
        ("100", "New tech start-ups by 2030 (Spinoff Bulgaria's goal)"),
    ]
    assert rows[0]["source_url"] == EC_URL


# --- the block inside a press release ----------------------------------------------------------


def press_release_with_sheet(site_tree, sheet):
    return factories.PressReleasePageFactory(
        parent=site_tree.press_bg,
        title="Клъстерът се присъединява към PRECISEU",
        lead="Консорциумът свързва 25 партньора от 12 европейски региона.",
        body=[
            {
                "type": "paragraph",
                "value": "<p>Проектът се финансира по програма „Хоризонт Европа“.</p>",
            },
            {"type": "fact_sheet", "value": sheet.pk},
        ],
    )


def test_fact_sheet_block_in_a_press_release_shows_the_figures(client, site_tree, cluster_sheet):
    sheet, _english = cluster_sheet
    release = press_release_with_sheet(site_tree, sheet)

    soup = soup_of(client.get(release.url))

    body = soup.select_one("article .body")
    (section,) = body.select("section.key-figures")
    title_link = section.select_one(".key-figures__title a")
    assert title_link["href"] == sheet.url
    assert title_link.get_text(strip=True) == "Клъстерът и Европа в числа"
    rows = figure_rows(body)
    assert [row["value"] for row in rows] == ["95,5 млрд. евро", "25 от 12 региона", "100"]
    assert rows[0]["source_url"] == EC_URL
    assert rows[0]["as_of"] == days_ago(60).isoformat()


def test_english_press_release_shows_the_english_translation_of_the_sheet(
    client, site_tree, cluster_sheet
):
    sheet, english_sheet = cluster_sheet
    release = press_release_with_sheet(site_tree, sheet)
    english = factories.translate(
        release,
        "en",
        title="The cluster joins PRECISEU",
        lead="The consortium links 25 partners from 12 European regions.",
    )
    # wagtail-localize copies the block as it is: it still points at the Bulgarian sheet.
    assert english.body[1].value.pk == sheet.pk

    soup = soup_of(client.get(english.url))

    body = soup.select_one("article .body")
    title_link = body.select_one("section.key-figures .key-figures__title a")
    assert title_link["href"] == english_sheet.url
    assert title_link.get_text(strip=True) == "The cluster and Europe in numbers"
    assert [row["label"] for row in figure_rows(body)] == [
        "Horizon Europe budget, 2021–2027",
        "PRECISEU consortium partners",
        "New tech start-ups by 2030 (Spinoff Bulgaria's goal)",
    ]
    assert "95,5 млрд. евро" not in body.get_text()


def test_english_press_release_falls_back_to_the_bulgarian_sheet_without_a_translation(
    client, site_tree, knowledge_tree
):
    sheet = factories.FactSheetPageFactory(parent=knowledge_tree.knowledge_bg)
    release = press_release_with_sheet(site_tree, sheet)
    english = factories.translate(release, "en", title="The cluster joins PRECISEU")

    body = soup_of(client.get(english.url)).select_one("article .body")

    assert [row["value"] for row in figure_rows(body)] == ["95,5 млрд. евро"]
    assert body.select_one(".key-figures__title a")["href"] == sheet.url


def test_unpublished_fact_sheet_is_not_shown_in_a_press_release(client, site_tree, cluster_sheet):
    sheet, english_sheet = cluster_sheet
    release = press_release_with_sheet(site_tree, sheet)
    english = factories.translate(release, "en", title="The cluster joins PRECISEU")
    sheet.unpublish()
    english_sheet.unpublish()

    for page in (release, english):
        body = soup_of(client.get(page.url)).select_one("article .body")
        assert body.select("section.key-figures") == []
        assert "95,5" not in body.get_text() and "95.5" not in body.get_text()
        # The rest of the release is still there.
        assert body.find("p") is not None


def test_deleted_fact_sheet_leaves_the_press_release_readable(client, site_tree, knowledge_tree):
    sheet = factories.FactSheetPageFactory(parent=knowledge_tree.knowledge_bg)
    release = press_release_with_sheet(site_tree, sheet)
    sheet.delete()

    body = soup_of(client.get(release.url)).select_one("article .body")

    assert body.select("section.key-figures") == []
    assert "Хоризонт Европа" in body.get_text()


# --- stale figures -----------------------------------------------------------------------------


@pytest.fixture
def ageing_sheet(knowledge_tree):
    """A sheet with one figure from 400 days ago and one from 30 days ago."""
    return factories.FactSheetPageFactory(
        parent=knowledge_tree.knowledge_bg,
        title="Биотехнологиите в България",
        figures=[
            figure(
                "Партньори в консорциума PRECISEU",
                "25 от 12 региона",
                "Консорциум PRECISEU",
                days_ago(400),
            ),
            figure(
                "Бюджет на „Хоризонт Европа“ за 2021–2027 г.",
                "95,5 млрд. евро",
                "Европейска комисия",
                days_ago(30),
                EC_URL,
            ),
        ],
    )


@pytest.fixture
def fresh_sheet(knowledge_tree):
    return factories.FactSheetPageFactory(
        parent=knowledge_tree.knowledge_bg,
        title="Spinoff Bulgaria в числа",
        figures=[
            figure("Нови стартъпи до 2030 г.", "100", "Spinoff Bulgaria", days_ago(10)),
        ],
    )


def report_rows(admin_client) -> list[str]:
    soup = soup_of(admin_client.get(reverse("stale_figures")))
    table = soup.select_one('[data-testid="stale-figures"]')
    if table is None:
        return []
    return [row.get_text(" ", strip=True) for row in table.select("tbody tr")]


def test_report_lists_a_figure_older_than_the_allowed_age(
    admin_client, settings, ageing_sheet, fresh_sheet
):
    settings.FACT_SHEET_MAX_AGE_DAYS = 365

    soup = soup_of(admin_client.get(reverse("stale_figures")))

    rows = soup.select('[data-testid="stale-figures"] tbody tr')
    assert len(rows) == 1
    text = rows[0].get_text(" ", strip=True)
    assert "Партньори в консорциума PRECISEU: 25 от 12 региона" in text
    assert "Биотехнологиите в България" in text
    edit = rows[0].find("a", href=reverse("wagtailadmin_pages:edit", args=[ageing_sheet.pk]))
    assert edit is not None
    page_text = soup.get_text()
    assert "95,5 млрд. евро" not in page_text
    assert "Spinoff Bulgaria в числа" not in page_text


def test_report_follows_the_setting(admin_client, settings, ageing_sheet, fresh_sheet):
    settings.FACT_SHEET_MAX_AGE_DAYS = 20

    rows = report_rows(admin_client)

    assert len(rows) == 2
    assert any("Партньори в консорциума PRECISEU" in row for row in rows)
    assert any("95,5 млрд. евро" in row for row in rows)
    assert not any("Нови стартъпи до 2030 г." in row for row in rows)


def test_report_lists_stale_figures_of_english_sheets_too(admin_client, settings, ageing_sheet):
    settings.FACT_SHEET_MAX_AGE_DAYS = 365
    factories.translate(
        ageing_sheet,
        "en",
        title="Biotech in Bulgaria",
        figures=[
            figure("PRECISEU consortium partners", "25 from 12 regions", "PRECISEU", days_ago(400))
        ],
    )

    rows = report_rows(admin_client)

    assert len(rows) == 2
    assert any("PRECISEU consortium partners: 25 from 12 regions" in row for row in rows)


def test_report_says_so_when_nothing_is_stale(admin_client, settings, fresh_sheet):
    settings.FACT_SHEET_MAX_AGE_DAYS = 365

    soup = soup_of(admin_client.get(reverse("stale_figures")))

    assert soup.select('[data-testid="stale-figures"]') == []
    assert soup.select_one('[data-testid="no-stale-figures"]') is not None


def test_report_is_for_editors_only(client, ageing_sheet):
    response = client.get(reverse("stale_figures"))

    assert response.status_code == 302
    assert "Партньори в консорциума PRECISEU" not in response.content.decode()


def test_dashboard_summary_only_when_something_is_stale(
    admin_client, settings, ageing_sheet, fresh_sheet
):
    settings.FACT_SHEET_MAX_AGE_DAYS = 365
    summary = soup_of(admin_client.get("/admin/")).select_one(
        '[data-testid="stale-figures-summary"]'
    )
    assert summary is not None
    assert summary.find("a", href=reverse("stale_figures")) is not None
    assert "1" in summary.get_text()

    settings.FACT_SHEET_MAX_AGE_DAYS = 500
    dashboard = soup_of(admin_client.get("/admin/"))
    assert dashboard.select('[data-testid="stale-figures-summary"]') == []


def test_editor_warns_about_the_stale_figures_of_the_sheet(admin_client, settings, ageing_sheet):
    settings.FACT_SHEET_MAX_AGE_DAYS = 365

    soup = soup_of(admin_client.get(reverse("wagtailadmin_pages:edit", args=[ageing_sheet.pk])))

    warning = soup.select_one('[data-testid="stale-figures-warning"]')
    assert warning is not None
    items = [item.get_text(" ", strip=True) for item in warning.select("li")]
    assert len(items) == 1
    assert items[0].startswith("Партньори в консорциума PRECISEU: 25 от 12 региона")


def test_editor_of_a_current_sheet_has_no_warning(admin_client, settings, fresh_sheet):
    settings.FACT_SHEET_MAX_AGE_DAYS = 365

    soup = soup_of(admin_client.get(reverse("wagtailadmin_pages:edit", args=[fresh_sheet.pk])))

    assert soup.select_one("form") is not None
    assert soup.select('[data-testid="stale-figures-warning"]') == []


def test_public_pages_never_show_the_stale_warning(client, settings, site_tree, ageing_sheet):
    settings.FACT_SHEET_MAX_AGE_DAYS = 20
    release = press_release_with_sheet(site_tree, ageing_sheet)

    for page in (ageing_sheet, release):
        soup = soup_of(client.get(page.url))
        assert soup.select('[data-testid^="stale-figures"]') == []
        assert soup.select(".help-warning") == []
        # The reader still sees every figure with its date, old or not.
        assert [row["as_of"] for row in figure_rows(soup)] == [
            days_ago(400).isoformat(),
            days_ago(30).isoformat(),
        ]
