"""The query log (search.querylog) and the staff report "Search terms" built on it: what visitors
search most and what they search without finding anything, per period, language and place."""

from __future__ import annotations

import datetime
import threading

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission
from django.db import connection
from django.utils import timezone
from wagtail.users.models import UserProfile

from search.models import SearchQueryDay
from search.querylog import record_query
from tests import factories

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/search-terms/"


def row(query: str, language: str = "bg", scope: str = "site") -> SearchQueryDay:
    return SearchQueryDay.objects.get(query=query, language=language, scope=scope)


def test_searches_and_empty_searches_are_counted_per_day_language_and_place():
    record_query("Епигенетика", language="bg", scope="site", found=3)
    record_query("  епигенетика ", language="bg", scope="site", found=0)
    record_query("ЕПИГЕНЕТИКА", language="bg", scope="experts", found=2)
    record_query("epigenetics", language="en", scope="site", found=0)

    assert (row("епигенетика").searches, row("епигенетика").empty_searches) == (2, 1)
    assert row("епигенетика", scope="experts").searches == 1
    assert row("epigenetics", language="en").empty_searches == 1
    assert SearchQueryDay.objects.count() == 3


def test_queries_are_normalised_and_empty_ones_skipped():
    record_query("Кристина   Ескенази\tБНР", language="bg", scope="site", found=1)
    record_query("кристина ескенази бнр", language="bg", scope="site", found=1)
    record_query("   ", language="bg", scope="site", found=0)
    record_query("", language="bg", scope="site", found=0)
    record_query("ДНК " * 100, language="bg", scope="site", found=0)

    assert row("кристина ескенази бнр").searches == 2
    assert len(SearchQueryDay.objects.get(query__startswith="днк").query) <= 200
    assert SearchQueryDay.objects.count() == 2


def test_a_new_day_starts_a_new_row():
    with time_machine.travel(
        datetime.datetime(2025, 3, 10, 23, 50, tzinfo=timezone.get_current_timezone())
    ):
        record_query("Spinoff Bulgaria", language="bg", scope="site", found=1)
    with time_machine.travel(
        datetime.datetime(2025, 3, 11, 0, 10, tzinfo=timezone.get_current_timezone())
    ):
        record_query("Spinoff Bulgaria", language="bg", scope="site", found=1)

    assert sorted(SearchQueryDay.objects.values_list("date", "searches")) == [
        (datetime.date(2025, 3, 10), 1),
        (datetime.date(2025, 3, 11), 1),
    ]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_first_searches_of_the_day_are_all_counted():
    """Two requests searching the same new query at once: both are counted, none fails on the
    unique constraint."""
    barrier = threading.Barrier(6)
    errors = []

    def search():
        try:
            barrier.wait()
            record_query("PRECISEU", language="bg", scope="site", found=0)
        except Exception as error:  # reported by the assertion below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=search) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert (row("preciseu").searches, row("preciseu").empty_searches) == (6, 6)


def test_site_search_logs_each_search_once_with_what_it_found(client, site_tree):
    factories.PressReleasePageFactory(
        parent=site_tree.press_bg,
        title="Национален иновационен форум в София",
        lead="Кристина Ескенази води церемонията на форума.",
    )

    client.get("/bg/search/", {"q": "Иновационен форум"})
    client.get("/bg/search/", {"q": "иновационен  форум", "type": "press"})  # a tab
    client.get("/bg/search/", {"q": "иновационен форум", "page": "2"})  # a further page
    client.get("/bg/search/", {"q": "хемокин"})
    client.get("/en/search/", {"q": "хемокин"})
    client.get("/bg/search/", {"q": ""})

    assert (row("иновационен форум").searches, row("иновационен форум").empty_searches) == (1, 0)
    assert (row("хемокин").searches, row("хемокин").empty_searches) == (1, 1)
    assert row("хемокин", language="en").searches == 1
    assert SearchQueryDay.objects.count() == 3


def test_find_an_expert_logs_its_searches(client, site_tree):
    factories.ExpertPageFactory(
        parent=site_tree.experts_bg,
        first_name="Кристина",
        last_name="Ескенази",
        keywords="иновационни екосистеми",
    ).save_revision().publish()

    client.get(site_tree.experts_bg.url, {"q": "Ескенази"})
    client.get(site_tree.experts_bg.url, {"q": "телеметрия"})
    client.get(site_tree.experts_bg.url)  # the directory without a query: not a search

    assert row("ескенази", scope="experts").empty_searches == 0
    assert row("телеметрия", scope="experts").empty_searches == 1
    assert SearchQueryDay.objects.count() == 2


# The report ---------------------------------------------------------------------------------


def staff(django_user_model, username: str, *, can_view: bool):
    """A staff member who may enter the admin (in English), with or without the report's
    permission (the lead gives it to the Media officers and Editors groups)."""
    user = django_user_model.objects.create_user(username=username, password="x")
    codenames = ["access_admin"] + (["view_searchqueryday"] if can_view else [])
    user.user_permissions.add(*Permission.objects.filter(codename__in=codenames))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def log(
    query: str, *, days_ago: int = 0, language: str = "bg", scope: str = "site", searches=1, empty=0
):
    SearchQueryDay.objects.create(
        date=timezone.localdate() - datetime.timedelta(days=days_ago),
        language=language,
        scope=scope,
        query=query,
        searches=searches,
        empty_searches=empty,
    )


@pytest.fixture
def searches_logged():
    log("епигенетика", searches=9, empty=0)
    log("епигенетика", days_ago=3, searches=4, empty=0)
    log("епигенетика", scope="experts", searches=5, empty=1)
    log("хемокин", days_ago=1, searches=3, empty=3)
    log("spinoff bulgaria", language="en", searches=6, empty=0)
    log("biopharma regulations", language="en", days_ago=2, searches=2, empty=2)
    log("preciseu", days_ago=20, searches=50, empty=0)  # only in the 30- and 90-day periods
    log("innaxe", days_ago=60, searches=70, empty=70)  # only in the 90-day period


def table(response, testid: str) -> list[tuple[str, str, int, int]]:
    assert response.status_code == 200
    section = BeautifulSoup(response.content.decode(), "html.parser").select_one(
        f"[data-testid={testid}]"
    )
    rows = []
    for tr in section.select("tbody tr"):
        query, language, searches, empty = (td.get_text(strip=True) for td in tr.select("td"))
        rows.append((query, language, int(searches), int(empty)))
    return rows


def test_report_lists_top_queries_and_queries_with_no_results(
    client, django_user_model, searches_logged
):
    client.force_login(staff(django_user_model, "officer", can_view=True))

    week = client.get(REPORT, {"period": "7"})

    assert table(week, "top-queries") == [
        ("епигенетика", "bg", 18, 1),
        ("spinoff bulgaria", "en", 6, 0),
        ("хемокин", "bg", 3, 3),
        ("biopharma regulations", "en", 2, 2),
    ]
    assert table(week, "empty-queries") == [
        ("хемокин", "bg", 3, 3),
        ("biopharma regulations", "en", 2, 2),
        ("епигенетика", "bg", 18, 1),
    ]
    assert table(client.get(REPORT), "top-queries")[0] == ("preciseu", "bg", 50, 0)  # 30 days
    assert table(client.get(REPORT, {"period": "90"}), "empty-queries")[0] == (
        "innaxe",
        "bg",
        70,
        70,
    )


def test_report_filters_by_language_and_place(client, django_user_model, searches_logged):
    client.force_login(staff(django_user_model, "officer", can_view=True))

    english = client.get(REPORT, {"period": "7", "language": "en"})
    experts = client.get(REPORT, {"period": "7", "scope": "experts"})

    assert [r[0] for r in table(english, "top-queries")] == [
        "spinoff bulgaria",
        "biopharma regulations",
    ]
    assert table(experts, "top-queries") == [("епигенетика", "bg", 5, 1)]


def test_report_with_bad_filters_shows_the_default_period(
    client, django_user_model, searches_logged
):
    client.force_login(staff(django_user_model, "officer", can_view=True))

    response = client.get(REPORT, {"period": "365", "language": "xx", "scope": "<b>"})

    assert table(response, "top-queries")[0] == ("preciseu", "bg", 50, 0)


def test_report_is_in_the_reports_menu_for_those_who_may_see_it(client, django_user_model):
    client.force_login(staff(django_user_model, "officer", can_view=True))
    assert REPORT in client.get("/admin/").content.decode()

    client.force_login(staff(django_user_model, "writer", can_view=False))
    assert REPORT not in client.get("/admin/").content.decode()


def test_report_is_forbidden_without_the_permission(client, django_user_model, searches_logged):
    client.force_login(staff(django_user_model, "writer", can_view=False))

    response = client.get(REPORT)

    assert response.status_code == 302
    assert response.url == "/admin/"
    assert "епигенетика" not in client.get(REPORT, follow=True).content.decode()


def test_superusers_always_see_the_report(client, django_user_model, searches_logged):
    admin = django_user_model.objects.create_superuser("admin", "admin@example.bg", "x")
    client.force_login(admin)

    assert table(client.get(REPORT, {"period": "7"}), "top-queries")[0][0] == "епигенетика"


def test_anonymous_visitors_are_sent_to_log_in(client, searches_logged):
    response = client.get(REPORT)

    assert response.status_code == 302
    assert "/admin/login/" in response.url
