"""`manage.py import_experts`: a directory manager loads a spreadsheet of experts, both languages in
one row; a bad file changes nothing and the same file twice changes nothing the second time."""

from __future__ import annotations

import csv
import datetime
import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone, translation
from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from experts.models import ExpertContact, ExpertIndexPage, ExpertLink, ExpertPage, Organisation
from mediacenter.models import Topic
from search.transliteration import to_latin
from tests import factories

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).parent / "fixtures"
JSON_FILE = FIXTURES / "experts.json"
CSV_FILE = FIXTURES / "experts.csv"


@pytest.fixture
def directory(site_tree):
    """The site with the topics and organisations the fixture files name, in both languages."""
    topics = {}
    for slug, bg, en in [
        ("personalised-medicine", "Персонализирана медицина", "Personalised medicine"),
        ("genomics", "Геномика", "Genomics"),
        ("clinical-trials", "Клинични изпитвания", "Clinical trials"),
        ("rare-diseases", "Редки болести", "Rare diseases"),
    ]:
        topic = factories.TopicFactory(name=bg, slug=slug)
        topics[slug] = (topic, factories.translate_snippet(topic, "en", name=en))
    organisations = {}
    for slug, bg, en, city in [
        (
            "mu-plovdiv",
            "Медицински университет – Пловдив",
            "Medical University of Plovdiv",
            "Пловдив",
        ),
        ("trakia", "Тракийски университет", "Trakia University", "Стара Загора"),
        ("mu-pleven", "Медицински университет – Плевен", "Medical University of Pleven", "Плевен"),
        ("biocat", "Биокат", "Biocat", "Барселона"),
    ]:
        organisation = factories.OrganisationFactory(name=bg, slug=slug, city=city)
        organisations[slug] = (
            organisation,
            factories.translate_snippet(organisation, "en", name=en),
        )
    site_tree.topics = topics
    site_tree.organisations = organisations
    return site_tree


def run_import(path, **options) -> str:
    """Run the command as the directory manager would, in English, and return what it printed."""
    out = io.StringIO()
    with translation.override("en"):
        call_command("import_experts", str(path), stdout=out, stderr=io.StringIO(), **options)
    return out.getvalue()


def import_error(path, **options) -> str:
    with pytest.raises(CommandError) as error, translation.override("en"):
        call_command("import_experts", str(path), stdout=io.StringIO(), **options)
    return str(error.value)


def write_json(tmp_path, rows, name="experts.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return path


def fixture_rows() -> list[dict]:
    return json.loads(JSON_FILE.read_text(encoding="utf-8"))


def expert(external_id: str, language: str) -> ExpertPage:
    return ExpertPage.objects.get(external_id=external_id, locale__language_code=language)


def database_state() -> dict[str, int]:
    return {
        "pages": Page.objects.count(),
        "experts": ExpertPage.objects.count(),
        "revisions": Revision.objects.count(),
        "contacts": ExpertContact.objects.count(),
        "links": ExpertLink.objects.count(),
        "organisations": Organisation.objects.count(),
        "topics": Topic.objects.count(),
        "history": PageLogEntry.objects.count(),
        "references": ReferenceIndex.objects.count(),
        "search index": IndexEntry.objects.count(),
    }


# --- JSON --------------------------------------------------------------------------------------


def test_json_import_creates_published_bilingual_profiles(client, directory):
    output = run_import(JSON_FILE, create_missing=True)

    assert "3 experts: 3 created, 0 updated, 0 unchanged" in output
    assert "Bulgarian profiles: 2 created" in output
    assert "English profiles: 2 created" in output
    bg, en = expert("HLSCB-001", "bg"), expert("HLSCB-001", "en")
    assert bg.get_parent().pk == directory.experts_bg.pk
    assert en.get_parent().pk == directory.experts_en.pk
    assert bg.translation_key == en.translation_key
    assert bg.live and en.live and not bg.has_unpublished_changes
    assert (bg.title, en.title) == ("Проф. д-р Елица Вълканова", "Prof. Dr. Elitsa Valkanova")
    assert en.position == "Head of the Personalised Medicine Laboratory"
    assert bg.short_bio.startswith("Изследва как генетичният профил")
    assert (bg.keywords, en.keywords) == (
        "фармакогеномика, онкология",
        "pharmacogenomics, oncology",
    )
    assert bg.languages == ["bg", "en", "de"] and bg.media_formats == ["tv", "online"]
    assert bg.media_trained and bg.availability == "available"
    assert en.declaration_of_interests.startswith("Takes part in the PRECISEU project")
    assert bg.interests_declared_on == timezone.localdate()

    bg_page = client.get(bg.url)
    en_page = client.get(en.url)
    assert bg_page.status_code == en_page.status_code == 200
    assert "Вълканова" in bg_page.text and "Valkanova" in en_page.text


def test_each_language_points_at_its_own_topics_and_organisation(directory):
    run_import(JSON_FILE, create_missing=True)

    bg, en = expert("HLSCB-001", "bg"), expert("HLSCB-001", "en")
    assert sorted(t.name for t in bg.topics.all()) == ["Геномика", "Персонализирана медицина"]
    assert sorted(t.name for t in en.topics.all()) == ["Genomics", "Personalised medicine"]
    # The file named the university in English; each page links its own language's row.
    assert bg.organisation.name == "Медицински университет – Пловдив"
    assert en.organisation.name == "Medical University of Plovdiv"


def test_organisation_is_matched_in_either_language_whatever_the_case(directory):
    run_import(JSON_FILE, create_missing=True)

    # "тракийски университет" in the file, "Тракийски университет" in the database.
    assert expert("HLSCB-002", "bg").organisation == directory.organisations["trakia"][0]
    assert Organisation.objects.filter(slug="trakia").count() == 2


def test_one_language_profiles_exist_in_that_language_only(directory):
    run_import(JSON_FILE, create_missing=True)

    assert list(
        ExpertPage.objects.filter(external_id="HLSCB-002").values_list(
            "locale__language_code", flat=True
        )
    ) == ["bg"]
    assert list(
        ExpertPage.objects.filter(external_id="HLSCB-003").values_list(
            "locale__language_code", flat=True
        )
    ) == ["en"]
    english_only = expert("HLSCB-003", "en")
    assert english_only.get_parent().pk == directory.experts_en.pk
    assert english_only.live and english_only.title == "Dr. Laura Pujolràs"
    bulgarian_only = expert("HLSCB-002", "bg")
    assert bulgarian_only.media_trained is True  # "да"
    assert bulgarian_only.availability == "away"
    assert bulgarian_only.away_until == datetime.date(2031, 9, 30)
    assert bulgarian_only.media_formats == ["radio", "print"]


def test_contacts_links_and_topics_are_set(directory):
    run_import(JSON_FILE, create_missing=True)

    bg = expert("HLSCB-001", "bg")
    contact = ExpertContact.objects.get(expert=bg)
    assert (contact.email, contact.phone) == (
        "e.valkanova@mu-plovdiv.example.bg",
        "+359 32 000 101",
    )
    assert contact.consent_date == timezone.localdate()
    assert ExpertContact.for_expert(expert("HLSCB-001", "en")) == contact
    for page in (bg, expert("HLSCB-001", "en")):
        assert [(link.kind, link.url) for link in page.links.order_by("sort_order")] == [
            ("orcid", "https://orcid.org/0000-0002-1825-0097"),
            ("publications", "https://pubmed.ncbi.nlm.nih.gov/?term=Valkanova+E"),
        ]
    assert [link.kind for link in expert("HLSCB-002", "bg").links.all()] == ["website"]
    # An English-only profile keeps its contact on its only page; a phone alone is enough.
    english_contact = ExpertContact.objects.get(expert=expert("HLSCB-003", "en"))
    assert (english_contact.email, english_contact.phone) == ("", "+34 93 000 0000")
    assert english_contact.preferred_channel == ExpertContact.Channel.PHONE
    assert ExpertContact.objects.count() == 3


def test_imported_pages_are_ordinary_wagtail_pages(admin_client, directory):
    """Pages made in bulk look exactly as add_child + save_revision + publish leaves them: a sound
    tree, one revision that is live, history entries, references, and an editor can edit them."""
    run_import(JSON_FILE, create_missing=True)

    assert Page.find_problems() == ([], [], [], [], [])
    assert ExpertIndexPage.objects.get(pk=directory.experts_bg.pk).numchild == 2
    for page in ExpertPage.objects.all():
        assert page.live_revision_id == page.latest_revision_id is not None
        assert page.url_path == f"{page.get_parent().url_path}{page.slug}/"
        revision = page.get_latest_revision_as_object()
        assert (revision.title, revision.position) == (page.title, page.position)
        assert [link.url for link in revision.links.all()] == [
            link.url for link in page.links.order_by("sort_order")
        ]
        assert set(PageLogEntry.objects.filter(page=page).values_list("action", flat=True)) == {
            "wagtail.create",
            "wagtail.publish",
        }
    bg = expert("HLSCB-001", "bg")
    university = directory.organisations["mu-plovdiv"][0]
    assert [int(r.object_id) for r in ReferenceIndex.get_references_to(university)] == [bg.pk]

    edit = admin_client.get(f"/admin/pages/{bg.pk}/edit/")
    assert edit.status_code == 200 and "Вълканова" in edit.text
    bg.position = "Заместник-ректор"
    bg.save_revision().publish()
    assert expert("HLSCB-001", "bg").position == "Заместник-ректор"


def test_imported_experts_are_found_by_the_database_search(directory):
    entries = IndexEntry.objects.count()

    run_import(JSON_FILE, create_missing=True)

    # Four expert pages, one new topic in two languages: each indexed once.
    assert IndexEntry.objects.count() == entries + 6

    results = get_search_backend("default").search("Шидеров", ExpertPage)

    assert [page.title for page in results] == ["Доц. Калин Шидеров"]


def test_contact_details_never_reach_the_public_page(client, directory):
    run_import(JSON_FILE, create_missing=True)

    response = client.get(expert("HLSCB-001", "bg").url)

    assert "e.valkanova@mu-plovdiv.example.bg" not in response.text
    assert "000 101" not in response.text


# --- CSV ---------------------------------------------------------------------------------------


def test_csv_with_bom_and_semicolon_lists(directory):
    output = run_import(CSV_FILE)

    assert "2 experts: 2 created" in output
    bg, en = expert("CSV-101", "bg"), expert("CSV-101", "en")
    assert (bg.first_name, bg.last_name) == ("Цветелина", "Ангелова-Щерева")
    assert (en.first_name, en.last_name) == ("Tsvetelina", "Angelova-Shtereva")
    assert bg.organisation == directory.organisations["mu-pleven"][0]
    assert en.organisation == directory.organisations["mu-pleven"][1]
    assert sorted(t.slug for t in bg.topics.all()) == ["genomics", "rare-diseases"]
    assert bg.languages == ["bg", "en"] and bg.media_trained is True
    assert [link.kind for link in bg.links.order_by("sort_order")] == ["orcid", "publications"]
    assert ExpertContact.objects.get(expert=bg).email == "ts.angelova@mu-pleven.example.bg"

    only_bg = ExpertPage.objects.filter(external_id="CSV-102")
    assert [p.locale.language_code for p in only_bg] == ["bg"]
    assert only_bg[0].title == "Ясен Чолаков"
    assert only_bg[0].keywords == "дигитално здраве, мобилни приложения"
    assert only_bg[0].media_trained is False  # "не"
    assert not ExpertContact.objects.filter(expert=only_bg[0]).exists()  # no e-mail, no phone


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_cyrillic_names_survive_a_csv_round_trip(directory, tmp_path, delimiter):
    """A spreadsheet saved as "CSV UTF-8" (with BOM) by Excel in a Bulgarian or English locale."""
    names = ("Живка", "Щъркелова-Йорданова", "Ст. н. с. д-р")
    path = tmp_path / "experts.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file, delimiter=delimiter)
        writer.writerow(["external_id", "first_name_bg", "last_name_bg", "honorific_bg", "topics"])
        writer.writerow(["RT-1", names[0], names[1], names[2], "genomics;rare-diseases"])

    run_import(path)

    page = expert("RT-1", "bg")
    assert (page.first_name, page.last_name, page.honorific) == names
    assert page.slug == "zhivka-shtarkelova-yordanova"
    assert page.topics.count() == 2


def test_csv_errors_name_the_spreadsheet_row(directory, tmp_path):
    path = tmp_path / "experts.csv"
    path.write_text(
        "external_id;first_name_bg;last_name_bg;email\n"
        "A1;Мария;Петрова;maria@example.bg\n"
        "A2;Иван;Иванов;not-an-address\n",
        encoding="utf-8",
    )

    message = import_error(path)

    assert "row 3 (external_id A2): invalid e-mail address 'not-an-address'" in message
    assert "row 2" not in message


# --- snippets created on the way ---------------------------------------------------------------


def test_create_missing_creates_organisation_and_topic_in_both_languages(site_tree, tmp_path):
    path = write_json(
        tmp_path,
        [
            {
                "external_id": "NEW-1",
                "first_name_bg": "Боряна",
                "last_name_bg": "Кръстева",
                "first_name_en": "Boryana",
                "last_name_en": "Krasteva",
                "organisation": "Институт по молекулярна биология",
                "topics": [
                    {
                        "slug": "epigenetics",
                        "name_bg": "Епигенетика",
                        "name_en": "Epigenetics",
                        "synonyms_bg": ["епигеном", "метилиране на ДНК"],
                        "synonyms_en": "epigenome; DNA methylation",
                    }
                ],
            }
        ],
    )

    output = run_import(path, create_missing=True)

    assert "New organisations: Институт по молекулярна биология" in output
    assert "New topics: epigenetics" in output
    organisations = Organisation.objects.order_by("locale__language_code")
    assert [(o.locale.language_code, o.name) for o in organisations] == [
        ("bg", "Институт по молекулярна биология"),
        ("en", "Институт по молекулярна биология"),
    ]
    assert organisations[0].translation_key == organisations[1].translation_key
    assert organisations[0].slug == "institut-po-molekulyarna-biologia"  # final -ия is -ia
    assert organisations[0].kind == Organisation.Kind.INSTITUTE
    topics = {t.locale.language_code: t for t in Topic.objects.filter(slug="epigenetics")}
    assert (topics["bg"].name, topics["en"].name) == ("Епигенетика", "Epigenetics")
    assert topics["bg"].synonyms == "епигеном, метилиране на ДНК"
    assert topics["en"].synonyms == "epigenome, DNA methylation"
    assert topics["bg"].translation_key == topics["en"].translation_key
    assert list(expert("NEW-1", "en").topics.all()) == [topics["en"]]
    assert expert("NEW-1", "en").organisation == organisations[1]


def test_a_bulgarian_only_row_creates_a_bulgarian_only_organisation(site_tree, tmp_path):
    path = write_json(
        tmp_path,
        [
            {
                "external_id": "NEW-2",
                "first_name_bg": "Веселин",
                "last_name_bg": "Тодоров",
                "organisation": "УМБАЛ „Света Марина“",
                "topics": ["cardiology"],
            }
        ],
    )

    run_import(path, create_missing=True)

    organisation = Organisation.objects.get()
    assert organisation.locale.language_code == "bg"
    assert organisation.kind == Organisation.Kind.HOSPITAL
    topic = Topic.objects.get()
    assert (topic.locale.language_code, topic.slug) == ("bg", "cardiology")


def test_an_unknown_topic_fails_without_create_missing_and_writes_nothing(directory):
    before = database_state()

    message = import_error(JSON_FILE)

    # "Biocat" is the English name of a known organisation; the topic "atmp" is not known.
    assert message == (
        "1 problem(s) found; nothing was imported:\n"
        "row 3 (external_id HLSCB-003): unknown topic 'atmp' "
        "(check the slug, or use --create-missing)"
    )
    assert database_state() == before


def test_unknown_organisation_is_reported(directory, tmp_path):
    rows = fixture_rows()[:1]
    rows[0]["organisation"] = "Институт за несъществуващи науки"

    message = import_error(write_json(tmp_path, rows))

    assert (
        "row 1 (external_id HLSCB-001): unknown organisation 'Институт за несъществуващи науки'"
        in message
    )


# --- dry run -----------------------------------------------------------------------------------


def test_dry_run_writes_nothing(directory):
    before = database_state()

    output = run_import(JSON_FILE, dry_run=True, create_missing=True)

    assert "Dry run, nothing was written." in output
    assert "3 experts: 3 created, 0 updated, 0 unchanged" in output
    assert "New topics: atmp" in output
    assert database_state() == before


def test_dry_run_of_a_changed_file_reports_updates_and_writes_nothing(directory, tmp_path):
    run_import(JSON_FILE, create_missing=True)
    rows = fixture_rows()
    rows[1]["position_bg"] = "Заместник-ректор по научната дейност"
    before = database_state()

    output = run_import(write_json(tmp_path, rows), dry_run=True)

    assert "3 experts: 0 created, 1 updated, 2 unchanged" in output
    assert database_state() == before
    assert expert("HLSCB-002", "bg").position == "Клиничен фармаколог"


def test_dry_run_leaves_the_search_engine_alone_and_an_import_indexes_once(
    directory, search_engine
):
    from experts.models import ExpertPage as Model

    def found(query: str) -> list[str]:
        search_engine.refresh()
        return [page.title for page in search_engine.backend.search(query, Model)]

    run_import(JSON_FILE, dry_run=True, create_missing=True)
    assert found("Шидеров") == []

    run_import(JSON_FILE, create_missing=True)
    assert found("Шидеров") == ["Доц. Калин Шидеров"]
    assert "Prof. Dr. Elitsa Valkanova" in found("Valkanova")


# --- bad rows ----------------------------------------------------------------------------------


def test_bad_rows_roll_back_the_whole_file_and_every_bad_row_is_reported(directory, tmp_path):
    good = fixture_rows()[0]
    rows = [
        good,
        {**good, "external_id": "", "email": "x@example.bg"},
        {**good, "external_id": "BAD-3", "email": "no-at-sign"},
        {**good, "external_id": "BAD-4", "languages": ["bg", "xx"], "media_formats": "podcast"},
        {**good, "external_id": "BAD-5", "availability": "busy", "away_until": "30.09.2031"},
        {**good, "external_id": "BAD-6", "links": ["not a url"], "media_trained": "maybe"},
        {**good, "external_id": "HLSCB-001"},
        {**good, "external_id": "BAD-8", "last_name_bg": "", "last_name_en": ""},
        {**good, "external_id": "BAD-9", "position_bg": "я" * 201, "topics": ["no-such-topic"]},
    ]
    before = database_state()

    message = import_error(write_json(tmp_path, rows))

    expected = [
        "row 2: external_id is required",
        "row 3 (external_id BAD-3): invalid e-mail address 'no-at-sign'",
        "row 4 (external_id BAD-4): unknown languages code 'xx'",
        "row 4 (external_id BAD-4): unknown media_formats code 'podcast'",
        "row 5 (external_id BAD-5): unknown availability 'busy'",
        "row 5 (external_id BAD-5): away_until '30.09.2031' is not a date in the form YYYY-MM-DD",
        "row 6 (external_id BAD-6): invalid link 'not a url'",
        "row 6 (external_id BAD-6): media_trained must be true or false, not 'maybe'",
        "row 7 (external_id HLSCB-001): external_id is also used in row 1",
        "row 8 (external_id BAD-8): a first and last name are required",
        "row 9 (external_id BAD-9): position_bg is 201 characters long; at most 200 fit",
        "row 9 (external_id BAD-9): unknown topic 'no-such-topic'",
    ]
    for problem in expected:
        assert problem in message
    assert message.startswith("12 problem(s) found; nothing was imported")
    assert "row 1 " not in message
    assert database_state() == before


@pytest.mark.parametrize(
    "content, expected",
    [
        ("{not json", "not valid JSON"),
        ('{"external_id": "X"}', "must hold a list of experts"),
        ("first_name_bg,last_name_bg\nМария,Петрова\n", "no external_id column"),
    ],
)
def test_an_unreadable_file_is_a_clear_error(site_tree, tmp_path, content, expected):
    path = tmp_path / ("experts.json" if content.startswith("{") else "experts.csv")
    path.write_text(content, encoding="utf-8")

    assert expected in import_error(path)


def test_a_file_in_another_encoding_is_a_clear_error(site_tree, tmp_path):
    path = tmp_path / "experts.csv"
    path.write_bytes("external_id,first_name_bg,last_name_bg\n1,Мария,Петрова\n".encode("cp1251"))

    assert "is not UTF-8 text" in import_error(path)


def test_no_bulgarian_directory_is_a_clear_error(site_tree):
    ExpertIndexPage.objects.filter(pk=site_tree.experts_bg.pk).update(live=False)

    assert "There is no live Bulgarian expert directory" in import_error(
        JSON_FILE, create_missing=True
    )
    assert not ExpertPage.objects.exists()


def test_no_english_directory_is_a_clear_error(site_tree):
    site_tree.experts_en.delete()

    assert "There is no English expert directory" in import_error(JSON_FILE, create_missing=True)
    assert not ExpertPage.objects.exists()


# --- running again -----------------------------------------------------------------------------


def test_a_second_identical_import_changes_nothing(directory):
    run_import(JSON_FILE, create_missing=True)
    before = database_state()
    published = dict(ExpertPage.objects.values_list("pk", "last_published_at"))

    output = run_import(JSON_FILE, create_missing=True)

    assert "3 experts: 0 created, 0 updated, 3 unchanged" in output
    assert "Bulgarian profiles: 0 created, 0 updated, 2 unchanged" in output
    assert database_state() == before
    assert dict(ExpertPage.objects.values_list("pk", "last_published_at")) == published


def test_a_second_identical_csv_import_changes_nothing(directory):
    run_import(CSV_FILE)
    revisions = Revision.objects.count()

    assert "0 created, 0 updated, 2 unchanged" in run_import(CSV_FILE)
    assert Revision.objects.count() == revisions


def test_a_changed_row_updates_the_same_pages_in_place(directory, tmp_path):
    run_import(JSON_FILE, create_missing=True)
    ids = dict(ExpertPage.objects.values_list("pk", "translation_key"))
    bg, en = expert("HLSCB-001", "bg"), expert("HLSCB-001", "en")
    link = bg.links.get(kind="orcid")
    link.label = "ORCID"
    link.save()
    unchanged = expert("HLSCB-002", "bg")
    rows = fixture_rows()
    rows[0].update(
        position_en="Deputy Rector for Research",
        topics=["genomics", "rare-diseases"],
        organisation="Trakia University",
        email="elitsa.valkanova@mu-plovdiv.example.bg",
        links=[
            "https://orcid.org/0000-0002-1825-0097",
            "https://www.researchgate.net/profile/Elitsa-Valkanova",
        ],
        availability="away",
        away_until="2031-01-15",
    )

    output = run_import(write_json(tmp_path, rows), create_missing=True)

    assert "3 experts: 0 created, 1 updated, 2 unchanged" in output
    assert dict(ExpertPage.objects.values_list("pk", "translation_key")) == ids
    bg, en = ExpertPage.objects.get(pk=bg.pk), ExpertPage.objects.get(pk=en.pk)
    assert en.position == "Deputy Rector for Research"
    assert en.title == "Prof. Dr. Elitsa Valkanova" and en.slug == "elitsa-valkanova"
    assert bg.position == "Ръководител на Лабораторията по персонализирана медицина"
    assert sorted(t.name for t in bg.topics.all()) == ["Геномика", "Редки болести"]
    assert sorted(t.name for t in en.topics.all()) == ["Genomics", "Rare diseases"]
    assert (bg.organisation.name, en.organisation.name) == (
        "Тракийски университет",
        "Trakia University",
    )
    trakia, plovdiv = directory.organisations["trakia"][0], directory.organisations["mu-plovdiv"][0]
    assert bg.pk in [int(r.object_id) for r in ReferenceIndex.get_references_to(trakia)]
    assert bg.pk not in [int(r.object_id) for r in ReferenceIndex.get_references_to(plovdiv)]
    assert bg.availability == "away" and en.away_until == datetime.date(2031, 1, 15)
    assert [(x.kind, x.label) for x in bg.links.order_by("sort_order")] == [
        ("orcid", "ORCID"),
        ("publications", ""),
    ]
    assert ExpertContact.for_expert(en).email == "elitsa.valkanova@mu-plovdiv.example.bg"
    assert ExpertContact.objects.count() == 3
    assert bg.live and en.live and not en.has_unpublished_changes
    assert ExpertPage.objects.get(pk=unchanged.pk).last_published_at == unchanged.last_published_at
    assert Revision.objects.filter(object_id=str(unchanged.pk)).count() == 1


def test_a_file_without_a_column_leaves_that_field_alone(directory, tmp_path):
    """A quick availability update: only the columns it needs; what editors wrote stays."""
    run_import(JSON_FILE, create_missing=True)
    page = expert("HLSCB-002", "bg")
    page.short_bio = "Дълга история, дописана от редактора."
    page.save_revision().publish()
    path = tmp_path / "availability.csv"
    path.write_text(
        "external_id,first_name_bg,last_name_bg,availability,away_until\n"
        "HLSCB-002,Калин,Шидеров,available,\n",
        encoding="utf-8",
    )

    assert "1 experts: 0 created, 1 updated, 0 unchanged" in run_import(path)

    page = expert("HLSCB-002", "bg")
    assert (page.availability, page.away_until) == ("available", None)
    assert page.short_bio == "Дълга история, дописана от редактора."
    assert page.title == "Доц. Калин Шидеров"
    assert [t.slug for t in page.topics.all()] == ["clinical-trials"]
    assert [link.kind for link in page.links.all()] == ["website"]
    assert page.organisation == directory.organisations["trakia"][0]
    assert ExpertContact.for_expert(page).email == "k.shiderov@trakia.example.bg"
    assert page.get_latest_revision_as_object().short_bio == page.short_bio
    assert "0 created, 0 updated, 1 unchanged" in run_import(path)


def test_adding_english_to_a_bulgarian_only_profile_translates_it(directory, tmp_path):
    run_import(JSON_FILE, create_missing=True)
    bulgarian = expert("HLSCB-002", "bg")
    rows = fixture_rows()
    rows[1].update(first_name_en="Kalin", last_name_en="Shiderov", position_en="Pharmacologist")

    output = run_import(write_json(tmp_path, rows), create_missing=True)

    assert "English profiles: 1 created, 0 updated, 2 unchanged" in output
    english = expert("HLSCB-002", "en")
    assert english.translation_key == bulgarian.translation_key
    assert english.get_parent().pk == directory.experts_en.pk
    assert english.title == "Kalin Shiderov" and english.live
    assert [t.name for t in english.topics.all()] == ["Clinical trials"]
    assert ExpertPage.objects.get(pk=bulgarian.pk).last_published_at == bulgarian.last_published_at


# --- slugs -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "cyrillic, latin",
    [
        ("Шидеров", "Shiderov"),
        ("Щерева", "Shtereva"),
        ("ЖИВКОВ", "ZHIVKOV"),
        ("Юлия Цветкова", "Yulia Tsvetkova"),
        ("Ъглов", "Aglov"),
        ("Стара Загора", "Stara Zagora"),
        ("PRECISEU и ATMP", "PRECISEU i ATMP"),
    ],
)
def test_bulgarian_is_transliterated_by_the_official_system(cyrillic, latin):
    assert to_latin(cyrillic) == latin


def test_slugs_are_latin_and_unique_under_their_parent(directory, tmp_path):
    rows = fixture_rows()
    namesake = {
        "external_id": "HLSCB-004",
        "first_name_bg": "Калин",
        "last_name_bg": "Шидеров",
        "first_name_en": "Kalin",
        "last_name_en": "Shiderov",
    }

    run_import(write_json(tmp_path, [*rows, namesake]), create_missing=True)

    assert expert("HLSCB-002", "bg").slug == "kalin-shiderov"  # from the Bulgarian name
    assert expert("HLSCB-004", "bg").slug == "kalin-shiderov-1"
    assert expert("HLSCB-004", "en").slug == "kalin-shiderov"  # free under the English index
    assert expert("HLSCB-001", "bg").slug == "elitsa-valkanova"  # from the English name
    assert expert("HLSCB-003", "en").slug == "laura-pujolras"


# --- speed -------------------------------------------------------------------------------------


def test_checking_a_file_takes_the_same_queries_for_any_number_of_rows(
    directory, tmp_path, django_assert_max_num_queries
):
    """Lookups are made up front, never per row: a 200-row file costs what a 2-row file does."""

    def rows(count: int) -> list[dict]:
        template = fixture_rows()[0]
        return [{**template, "external_id": f"Q-{n}"} for n in range(count)]

    run_import(write_json(tmp_path, rows(2)[:1], "seed.json"))  # one existing expert to compare
    small, large = write_json(tmp_path, rows(2), "small.json"), write_json(tmp_path, rows(200))

    with django_assert_max_num_queries(20) as small_queries:
        run_import(small, dry_run=True)
    with django_assert_max_num_queries(len(small_queries)) as large_queries:
        run_import(large, dry_run=True)
    assert len(large_queries) == len(small_queries)
