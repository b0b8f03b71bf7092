"""A media officer triages contact requests in the Wagtail admin: the list (filters, search,
ordering, CSV export, no N+1), one request (details, staff-only contact, history, notes), and
the moves, each recorded with the officer and mailed only through the outbox."""

from __future__ import annotations

import csv
import datetime
import io
import re
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from experts import triage
from experts.models import ContactRequest, ContactRequestEvent, OutboxMessage
from tests import factories

pytestmark = pytest.mark.django_db

LIST = "/admin/experts/contact-requests/"
Status = ContactRequest.Status


def detail_url(contact_request: ContactRequest) -> str:
    return f"{LIST}{contact_request.pk}/"


def action_url(contact_request: ContactRequest) -> str:
    return f"{LIST}{contact_request.pk}/action/"


def staff_user(django_user_model, group: str, username: str, **names):
    """A staff member in one of the roles, reading the admin in English."""
    user = django_user_model.objects.create_user(username=username, password="x", **names)
    user.groups.add(Group.objects.get(name=group))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def officer(django_user_model):
    return staff_user(
        django_user_model, "Media officers", "officer", first_name="Мария", last_name="Петрова"
    )


@pytest.fixture
def officer_client(client, officer):
    client.force_login(officer)
    return client


@dataclass
class Directory:
    genomics_bg: object
    genomics_en: object
    trials_bg: object
    ivanova_bg: object
    ivanova_en: object
    ivanova_contact: object
    georgiev: object
    georgiev_contact: object
    petkov_no_contact: object


@pytest.fixture
def directory(site_tree) -> Directory:
    genomics_bg = factories.TopicFactory(name="Геномика", slug="genomics")
    genomics_en = factories.translate_snippet(genomics_bg, "en", name="Genomics")
    trials_bg = factories.TopicFactory(name="Клинични изпитвания", slug="clinical-trials")
    ivanova_bg = factories.ExpertPageFactory(
        parent=site_tree.experts_bg, first_name="Мария", last_name="Иванова", topics=[genomics_bg]
    )
    ivanova_en = factories.translate(
        ivanova_bg, "en", first_name="Maria", last_name="Ivanova", title="Prof. Maria Ivanova"
    )
    georgiev = factories.ExpertPageFactory(
        parent=site_tree.experts_bg, first_name="Георги", last_name="Георгиев", topics=[genomics_bg]
    )
    petkov = factories.ExpertPageFactory(
        parent=site_tree.experts_bg, first_name="Петър", last_name="Петков", topics=[trials_bg]
    )
    return Directory(
        genomics_bg=genomics_bg,
        genomics_en=genomics_en,
        trials_bg=trials_bg,
        ivanova_bg=ivanova_bg,
        ivanova_en=ivanova_en,
        ivanova_contact=factories.ExpertContactFactory(
            expert=ivanova_bg, email="m.ivanova@genomics.example.bg", phone="+359 88 700 1122"
        ),
        georgiev=georgiev,
        georgiev_contact=factories.ExpertContactFactory(
            expert=georgiev, email="g.georgiev@plovdiv-uni.example.bg"
        ),
        petkov_no_contact=petkov,
    )


def rows(response) -> dict[str, str]:
    """The list's table rows, keyed by the request reference they show."""
    page = response.content.decode()
    found = {}
    for row in re.findall(r"<tr.*?</tr>", page, flags=re.S):
        match = re.search(r"MC-[0-9A-Z]{4}-[0-9A-Z]{4}", row)
        if match:
            found[match.group(0)] = row
    return found


def listed(client, **query) -> list[str]:
    response = client.get(LIST, query)
    assert response.status_code == 200
    return list(rows(response))


# The list ---------------------------------------------------------------------------------


def test_list_shows_each_request_with_its_target_outlet_status_and_overdue_flag(
    officer_client, directory
):
    for_expert = factories.ContactRequestFactory(expert=directory.ivanova_bg, outlet="Дневник")
    on_topic = factories.ContactRequestFactory(topic=directory.genomics_bg, outlet="БНР")
    late = factories.ContactRequestFactory(
        expert=directory.georgiev,
        outlet="Капитал",
        deadline=timezone.now() - datetime.timedelta(hours=3),
    )
    late_but_closed = factories.ContactRequestFactory(
        deadline=timezone.now() - datetime.timedelta(hours=3), status=Status.CONNECTED
    )

    response = officer_client.get(LIST)

    table = rows(response)
    assert set(table) == {r.reference for r in (for_expert, on_topic, late, late_but_closed)}
    assert "Иванова" in table[for_expert.reference]
    assert "Дневник" in table[for_expert.reference]
    # The admin reads in English, so the topic is named in English.
    assert "any expert on Genomics" in table[on_topic.reference]
    assert "In progress" not in table[on_topic.reference]
    assert "New" in table[on_topic.reference]
    assert "data-overdue" in table[late.reference]
    assert "data-overdue" not in table[for_expert.reference]
    assert "data-overdue" not in table[late_but_closed.reference]
    assert f'href="{detail_url(late)}"' in table[late.reference]


def test_list_filters_by_status_overdue_expert_and_topic(officer_client, directory):
    new = factories.ContactRequestFactory(expert=directory.ivanova_bg)
    # Made from the English profile: the same expert.
    via_english = factories.ContactRequestFactory(
        expert=directory.ivanova_en, status=Status.FORWARDED
    )
    on_topic = factories.ContactRequestFactory(topic=directory.genomics_bg, status=Status.EXPIRED)
    overdue = factories.ContactRequestFactory(
        expert=directory.petkov_no_contact,
        status=Status.IN_PROGRESS,
        deadline=timezone.now() - datetime.timedelta(days=1),
    )

    assert listed(officer_client, status="new") == [new.reference]
    assert set(listed(officer_client, status=["new", "in_progress"])) == {
        new.reference,
        overdue.reference,
    }
    assert listed(officer_client, overdue="yes") == [overdue.reference]
    assert overdue.reference not in listed(officer_client, overdue="no")
    assert set(listed(officer_client, expert=directory.ivanova_bg.pk)) == {
        new.reference,
        via_english.reference,
    }
    # On the topic: "any expert on genomics", and requests for experts who speak on it.
    assert set(listed(officer_client, topic=directory.genomics_bg.pk)) == {
        new.reference,
        via_english.reference,
        on_topic.reference,
    }
    assert listed(officer_client, topic=directory.trials_bg.pk) == [overdue.reference]


def test_list_filters_by_deadline_range(officer_client, directory):
    soon = factories.ContactRequestFactory(deadline=timezone.now() + datetime.timedelta(days=1))
    later = factories.ContactRequestFactory(deadline=timezone.now() + datetime.timedelta(days=20))
    start = timezone.localdate() + datetime.timedelta(days=10)
    end = timezone.localdate() + datetime.timedelta(days=30)

    found = listed(officer_client, deadline_from=start.isoformat(), deadline_to=end.isoformat())

    assert found == [later.reference]
    assert soon.reference not in found


def test_list_search_finds_reference_name_outlet_and_e_mail(officer_client, directory):
    elena = factories.ContactRequestFactory(
        journalist_name="Елена Димитрова", outlet="Дневник", email="elena@dnevnik.example.bg"
    )
    ivan = factories.ContactRequestFactory(
        journalist_name="Иван Стоянов", outlet="bTV", email="ivan.stoyanov@btv.example.bg"
    )

    assert listed(officer_client, q="Димитрова") == [elena.reference]
    assert listed(officer_client, q="btv") == [ivan.reference]
    assert listed(officer_client, q="elena@dnevnik") == [elena.reference]
    assert listed(officer_client, q=ivan.reference) == [ivan.reference]
    assert listed(officer_client, q="Капитал") == []


def test_list_orders_by_deadline_and_received(officer_client, directory):
    now = timezone.now()
    first_in = factories.ContactRequestFactory(
        created_at=now - datetime.timedelta(hours=5), deadline=now + datetime.timedelta(days=3)
    )
    second_in = factories.ContactRequestFactory(
        created_at=now - datetime.timedelta(hours=2), deadline=now + datetime.timedelta(hours=6)
    )

    assert listed(officer_client) == [second_in.reference, first_in.reference]
    assert listed(officer_client, ordering="deadline") == [second_in.reference, first_in.reference]
    assert listed(officer_client, ordering="-deadline") == [first_in.reference, second_in.reference]
    assert listed(officer_client, ordering="created_at") == [
        first_in.reference,
        second_in.reference,
    ]


def test_list_queries_do_not_grow_with_the_number_of_requests(officer_client, directory):
    def make(count: int) -> None:
        for i in range(count):
            if i % 2:
                factories.ContactRequestFactory(topic=directory.genomics_bg)
            else:
                factories.ContactRequestFactory(
                    expert=[directory.ivanova_bg, directory.georgiev][i % 4 // 2]
                )

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            response = officer_client.get(LIST)
        assert response.status_code == 200
        return len(captured)

    make(3)
    officer_client.get(LIST)  # warm the per-process caches (content types, locales)
    with_three = queries()
    make(17)
    with_twenty = queries()

    assert len(rows(officer_client.get(LIST))) == 20
    assert with_twenty == with_three


# CSV export --------------------------------------------------------------------------------


def exported(client, **query) -> list[dict[str, str]]:
    response = client.get(LIST, {"export": "csv", **query})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_export_follows_the_filters_and_carries_the_request_details(officer_client, directory):
    forwarded_at = timezone.now() - datetime.timedelta(hours=1)
    forwarded = factories.ContactRequestFactory(
        expert=directory.ivanova_bg,
        outlet="Дневник",
        journalist_name="Елена Димитрова",
        status=Status.FORWARDED,
        forwarded_at=forwarded_at,
    )
    factories.ContactRequestFactory(topic=directory.genomics_bg)

    lines = exported(officer_client, status="forwarded")

    assert len(lines) == 1
    line = lines[0]
    assert line["Reference"] == forwarded.reference
    assert line["Status"] == "Forwarded to expert"
    assert line["Expert"] == directory.ivanova_bg.title
    assert line["Media outlet"] == "Дневник"
    assert line["Journalist"] == "Елена Димитрова"
    assert line["Forwarded"] == timezone.localtime(forwarded_at).strftime("%Y-%m-%d %H:%M")
    assert line["Closed"] == ""


def test_csv_export_quotes_cells_a_spreadsheet_would_run_as_formulas(officer_client, directory):
    factories.ContactRequestFactory(
        journalist_name="@SUM(1+1)",
        outlet='=HYPERLINK("http://evil.example","Дневник")',
        phone="+359 88 123 4567",
        questions="-2+3",
    )

    line = exported(officer_client)[0]

    assert line["Journalist"] == "'@SUM(1+1)"
    assert line["Media outlet"] == '\'=HYPERLINK("http://evil.example","Дневник")'
    assert line["Phone"] == "'+359 88 123 4567"


def test_spreadsheet_formats_other_than_csv_are_not_offered(officer_client, directory):
    factories.ContactRequestFactory()
    page = officer_client.get(LIST).content.decode()
    assert "export=csv" in page
    assert "export=xlsx" not in page


# One request -------------------------------------------------------------------------------


def test_detail_shows_the_journalist_the_expert_contact_and_the_history(
    officer_client, officer, directory
):
    contact_request = factories.ContactRequestFactory(
        expert=directory.ivanova_bg,
        journalist_name="Елена Димитрова",
        outlet="Дневник",
        email="elena@dnevnik.example.bg",
        phone="+359 88 123 4567",
        questions="Как ще промени проектът PRECISEU лечението на редките болести?",
        anonymous=True,
    )
    contact_request.record(ContactRequestEvent.Kind.RECEIVED)
    contact_request.record(ContactRequestEvent.Kind.NOTE, user=officer, message="Обадих се.")

    response = officer_client.get(detail_url(contact_request))

    assert response.status_code == 200
    page = response.content.decode()
    for text in (
        contact_request.reference,
        "Елена Димитрова",
        "Дневник",
        "elena@dnevnik.example.bg",
        "+359 88 123 4567",
        "PRECISEU",
        "m.ivanova@genomics.example.bg",  # staff-only, shown to staff here
        "+359 88 700 1122",
        f"/admin/pages/{directory.ivanova_bg.pk}/edit/",
        "Обадих се.",
        "Мария Петрова",
    ):
        assert text in page, text
    history = page[page.index("data-history") :]
    assert history.index("Received") < history.index("Обадих се.")


def test_unknown_request_is_a_404_not_an_error(officer_client, directory):
    assert officer_client.get(f"{LIST}999999/").status_code == 404


def test_a_staff_note_is_added_with_its_author(officer_client, officer, directory):
    contact_request = factories.ContactRequestFactory(expert=directory.ivanova_bg)

    response = officer_client.post(
        f"{detail_url(contact_request)}note/", {"text": "Експертът е в Пловдив до петък."}
    )

    assert response.status_code == 302
    note = contact_request.events.get(kind=ContactRequestEvent.Kind.NOTE)
    assert (note.user, note.message) == (officer, "Експертът е в Пловдив до петък.")
    assert "Експертът е в Пловдив до петък." in officer_client.get(detail_url(contact_request)).text

    officer_client.post(f"{detail_url(contact_request)}note/", {"text": "   "})
    assert contact_request.events.count() == 1


# The moves ---------------------------------------------------------------------------------


def test_take_records_the_officer_and_the_time(officer_client, officer, directory):
    contact_request = factories.ContactRequestFactory(expert=directory.ivanova_bg)
    before = timezone.now()

    officer_client.post(action_url(contact_request), {"action": "take"})

    contact_request.refresh_from_db()
    assert contact_request.status == Status.IN_PROGRESS
    event = contact_request.events.get()
    assert (event.kind, event.user, event.from_status, event.to_status) == (
        ContactRequestEvent.Kind.STATUS,
        officer,
        Status.NEW,
        Status.IN_PROGRESS,
    )
    assert before <= event.at <= timezone.now()
    assert not OutboxMessage.objects.exists()  # nobody told


def test_forward_mails_the_expert_the_journalist_and_the_questions(
    officer_client, officer, directory, django_capture_on_commit_callbacks
):
    contact_request = factories.ContactRequestFactory(
        expert=directory.ivanova_bg,
        journalist_name="Елена Димитрова",
        outlet="Дневник",
        email="elena@dnevnik.example.bg",
        questions="Какво показва новото изследване по геномика от София?",
    )

    with django_capture_on_commit_callbacks(execute=True):
        response = officer_client.post(action_url(contact_request), {"action": "forward"})

    assert response.status_code == 302
    contact_request.refresh_from_db()
    assert contact_request.status == Status.FORWARDED
    assert contact_request.forwarded_at is not None
    message = OutboxMessage.objects.get()
    assert message.kind == OutboxMessage.Kind.FORWARD
    assert message.recipients == ["m.ivanova@genomics.example.bg"]
    assert message.contact_request == contact_request
    assert "Какво показва новото изследване по геномика от София?" in message.body
    assert "Елена Димитрова" in message.body
    assert "elena@dnevnik.example.bg" in message.body
    assert contact_request.reference in message.subject
    # Delivered from the outbox once the transaction committed.
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["m.ivanova@genomics.example.bg"]
    assert mail.outbox[0].body == message.body
    event = contact_request.events.get(kind=ContactRequestEvent.Kind.FORWARDED)
    assert (event.user, event.from_status, event.to_status) == (
        officer,
        Status.NEW,
        Status.FORWARDED,
    )


def test_forward_of_an_anonymous_request_hides_who_is_asking(
    officer_client, directory, django_capture_on_commit_callbacks
):
    contact_request = factories.ContactRequestFactory(
        expert=directory.ivanova_bg,
        journalist_name="Елена Димитрова",
        outlet="Дневник",
        email="elena@dnevnik.example.bg",
        phone="+359 88 123 4567",
        questions="Кога ще има резултати от клиничните изпитвания във Варна?",
        anonymous=True,
    )

    with django_capture_on_commit_callbacks(execute=True):
        officer_client.post(action_url(contact_request), {"action": "forward"})

    body = mail.outbox[0].body
    assert "Кога ще има резултати от клиничните изпитвания във Варна?" in body
    for identity in ("Елена", "Димитрова", "Дневник", "elena@dnevnik", "123 4567"):
        assert identity not in body
        assert identity not in mail.outbox[0].subject
    assert mail.outbox[0].reply_to == ["media-officer@biocluster.test"]


def test_a_topic_request_is_forwarded_to_the_expert_the_officer_chooses(
    officer_client, directory, django_capture_on_commit_callbacks
):
    contact_request = factories.ContactRequestFactory(topic=directory.genomics_bg)
    page = officer_client.get(detail_url(contact_request)).content.decode()
    select = page[
        page.index('name="expert"') : page.index("</select>", page.index('name="expert"'))
    ]
    # Experts on the topic come first, under their own heading.
    on_topic = select[: select.index("Other experts")]
    assert "Георгиев" in on_topic and "Иванова" in on_topic
    assert "Петков" not in on_topic

    # No expert chosen: refused, nothing changed.
    officer_client.post(action_url(contact_request), {"action": "forward"})
    contact_request.refresh_from_db()
    assert (contact_request.status, contact_request.expert) == (Status.NEW, None)
    assert not OutboxMessage.objects.exists()

    with django_capture_on_commit_callbacks(execute=True):
        officer_client.post(
            action_url(contact_request), {"action": "forward", "expert": directory.georgiev.pk}
        )

    contact_request.refresh_from_db()
    assert contact_request.status == Status.FORWARDED
    assert contact_request.expert.specific == directory.georgiev
    assert [m.to for m in mail.outbox] == [["g.georgiev@plovdiv-uni.example.bg"]]


def test_forward_to_an_expert_without_contact_details_is_refused(officer_client, directory):
    contact_request = factories.ContactRequestFactory(expert=directory.petkov_no_contact)

    response = officer_client.post(
        action_url(contact_request), {"action": "forward", "tell_journalist": "on"}, follow=True
    )

    contact_request.refresh_from_db()
    assert contact_request.status == Status.NEW
    assert not contact_request.events.exists()
    assert not OutboxMessage.objects.exists()
    assert "no contact details" in response.content.decode()


@pytest.mark.parametrize(
    ("site_language", "expert_name", "topic_text"),
    [("en", "Maria Ivanova", "agreed to talk"), ("bg", "Мария Иванова", None)],
)
def test_mark_connected_and_tell_the_journalist_in_their_language(
    officer_client,
    officer,
    directory,
    django_capture_on_commit_callbacks,
    site_language,
    expert_name,
    topic_text,
):
    contact_request = factories.ContactRequestFactory(
        expert=directory.ivanova_bg,
        status=Status.FORWARDED,
        forwarded_at=timezone.now() - datetime.timedelta(hours=2),
        email="elena@dnevnik.example.bg",
        site_language=site_language,
    )

    with django_capture_on_commit_callbacks(execute=True):
        officer_client.post(
            action_url(contact_request), {"action": "connected", "tell_journalist": "on"}
        )

    contact_request.refresh_from_db()
    assert contact_request.status == Status.CONNECTED
    assert contact_request.closed_at is not None
    message = OutboxMessage.objects.get()
    assert message.kind == OutboxMessage.Kind.STATUS_CHANGE
    assert message.recipients == ["elena@dnevnik.example.bg"]
    assert contact_request.reference in message.subject
    # The expert is named as the journalist's language has the profile.
    assert expert_name in message.body
    if topic_text:
        assert topic_text in message.body
    assert mail.outbox[0].to == ["elena@dnevnik.example.bg"]
    kinds = list(contact_request.events.values_list("kind", "user"))
    assert kinds == [
        (ContactRequestEvent.Kind.STATUS, officer.pk),
        (ContactRequestEvent.Kind.EMAILED, officer.pk),
    ]


@pytest.mark.parametrize(
    ("status", "action"),
    [
        (Status.NEW, "connected"),  # nobody has asked the expert yet
        (Status.FORWARDED, "take"),
        (Status.FORWARDED, "forward"),
        (Status.EXPIRED, "declined"),
        (Status.CONNECTED, "expired"),
        (Status.NEW, "delete-everything"),
    ],
)
def test_invalid_moves_are_refused_and_change_nothing(officer_client, directory, status, action):
    contact_request = factories.ContactRequestFactory(expert=directory.ivanova_bg, status=status)

    response = officer_client.post(
        action_url(contact_request), {"action": action, "tell_journalist": "on"}, follow=True
    )

    assert response.status_code == 200
    contact_request.refresh_from_db()
    assert contact_request.status == status
    assert contact_request.closed_at is None
    assert not contact_request.events.exists()
    assert not OutboxMessage.objects.exists()
    assert response.context["messages"] and all(
        m.level_tag == "error" for m in response.context["messages"]
    )


def test_declined_and_expired_close_the_request(officer_client, directory):
    declined = factories.ContactRequestFactory(expert=directory.ivanova_bg)
    expired = factories.ContactRequestFactory(expert=directory.ivanova_bg, status=Status.FORWARDED)

    officer_client.post(action_url(declined), {"action": "declined", "note": "Извън темата."})
    officer_client.post(action_url(expired), {"action": "expired"})

    declined.refresh_from_db()
    expired.refresh_from_db()
    assert (declined.status, expired.status) == (Status.DECLINED, Status.EXPIRED)
    assert declined.closed_at and expired.closed_at
    assert declined.events.get().message == "Извън темата."
    # A closed request offers no more moves.
    assert 'name="action"' not in officer_client.get(detail_url(expired)).content.decode()


def test_moves_need_the_csrf_token(officer, directory):
    contact_request = factories.ContactRequestFactory(expert=directory.ivanova_bg)
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(officer)

    response = browser.post(action_url(contact_request), {"action": "take"})

    assert response.status_code == 403
    contact_request.refresh_from_db()
    assert contact_request.status == Status.NEW


def test_moves_are_posts_only(officer_client, directory):
    contact_request = factories.ContactRequestFactory(expert=directory.ivanova_bg)
    assert officer_client.get(action_url(contact_request), {"action": "take"}).status_code == 405
    contact_request.refresh_from_db()
    assert contact_request.status == Status.NEW


# The dashboard -----------------------------------------------------------------------------


def test_dashboard_numbers_and_median_time_to_forward(officer_client, directory):
    now = timezone.now()

    def forwarded(after: datetime.timedelta, days_ago: int = 1) -> None:
        received = now - datetime.timedelta(days=days_ago) - after
        factories.ContactRequestFactory(
            created_at=received,
            forwarded_at=received + after,
            status=Status.FORWARDED,
            deadline=now + datetime.timedelta(days=1),
        )

    forwarded(datetime.timedelta(hours=1))
    forwarded(datetime.timedelta(hours=2, minutes=15))
    forwarded(datetime.timedelta(hours=30))
    forwarded(datetime.timedelta(days=20), days_ago=120)  # outside the 90 days
    factories.ContactRequestFactory(deadline=now - datetime.timedelta(hours=1))  # overdue
    factories.ContactRequestFactory(status=Status.CONNECTED)  # closed

    numbers = triage.triage_numbers(now)
    assert (numbers.open, numbers.overdue, numbers.forwarded) == (5, 1, 3)
    assert numbers.median_to_forward == datetime.timedelta(hours=2, minutes=15)

    page = officer_client.get("/admin/").content.decode()
    assert 'data-open-count="5"' in page
    assert 'data-overdue-count="1"' in page
    assert 'data-median-to-forward="2 h 15 min"' in page
    assert f"{LIST}?overdue=yes" in page

    forwarded(datetime.timedelta(hours=3))  # an even count: the mean of the middle two
    assert triage.triage_numbers(now).median_to_forward == datetime.timedelta(
        hours=2, minutes=37, seconds=30
    )


@pytest.mark.parametrize(
    ("delta", "text"),
    [
        (datetime.timedelta(seconds=20), "under a minute"),
        (datetime.timedelta(minutes=45), "45 min"),
        (datetime.timedelta(hours=2, minutes=15), "2 h 15 min"),
        (datetime.timedelta(hours=3), "3 h"),
        (datetime.timedelta(days=3, hours=4, minutes=10), "3 d 4 h"),
    ],
)
def test_durations_read_as_an_officer_says_them(delta, text):
    with translation.override("en"):
        assert triage.human_duration(delta) == text
