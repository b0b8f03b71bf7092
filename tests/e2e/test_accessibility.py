"""Accessibility in a real browser: axe-core (WCAG 2.1 A/AA and best practices) on the pages a
journalist uses, in Bulgarian and English: home, newsroom, a press release, find-an-expert with
results and facets, an expert profile, the contact form showing its errors, a topic hub and an
explainer. No violation of impact "serious" or "critical" is allowed; each page is saved as a
screenshot under var/test-output/e2e/.
"""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from experts.models import Availability
from experts.models.expert import ExpertLink
from mediacenter.models import Topic
from tests import factories
from tests.e2e.axe import blocking, describe, run_axe
from tests.e2e.conftest import SCREENSHOTS

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

QUERY = {"bg": "епигенетика", "en": "epigenetics"}


def _topic(name_bg: str, name_en: str, slug: str, description_bg: str, description_en: str):
    topic = factories.TopicFactory(name=name_bg, slug=slug, description=description_bg)
    factories.translate_snippet(topic, "en", name=name_en, description=description_en)
    return topic


@pytest.fixture
def newsroom(site_tree):
    """A small but complete site in two languages: topics with hubs, experts with photos and
    links, a press release with every common block, an explainer with every kind of section."""
    epigenetics = _topic(
        "Епигенетика",
        "Epigenetics",
        "epigenetics",
        "Как средата и начинът на живот променят активността на гените, без да променят ДНК.",
        "How environment and lifestyle change what genes do without changing the DNA itself.",
    )
    atmp = _topic(
        "Модерни терапии (ATMP)",
        "Advanced therapies (ATMP)",
        "atmp",
        "Генни и клетъчни терапии и продукти на тъканното инженерство.",
        "Gene and cell therapies and tissue-engineered products.",
    )
    plovdiv = factories.OrganisationFactory(
        name="Медицински университет – Пловдив",
        slug="mu-plovdiv",
        city="Пловдив",
        website="https://mu-plovdiv.bg/",
    )
    factories.translate_snippet(plovdiv, "en", name="Medical University of Plovdiv")
    sofia = factories.OrganisationFactory(
        name="Медицински университет – София", slug="mu-sofia", city="София"
    )
    factories.translate_snippet(sofia, "en", name="Medical University of Sofia")

    experts = []
    for first, last, first_en, last_en, organisation, city, city_en, topics in [
        ("Калина", "Шидерова", "Kalina", "Shiderova", plovdiv, "Пловдив", "Plovdiv", [epigenetics]),
        ("Петър", "Ескенази", "Petar", "Eskenazi", sofia, "София", "Sofia", [epigenetics, atmp]),
        ("Десислава", "Бонева", "Desislava", "Boneva", sofia, "София", "Sofia", [atmp]),
    ]:
        expert = factories.ExpertPageFactory(
            parent=site_tree.experts_bg,
            honorific="Доц. д-р",
            first_name=first,
            last_name=last,
            slug=f"{first_en}-{last_en}".lower(),
            position="Ръководител на лаборатория по епигенетика и клетъчна терапия",
            organisation=organisation,
            city=city,
            short_bio="Изследва как средата променя активността на гените при рак на гърдата.",
            bio="<p>Работи по проекта PRECISEU за персонализирана медицина в 12 европейски региона.</p>",
            keywords="епигенетика, метилиране на ДНК, клетъчна терапия",
            photo=factories.ImageFactory(title=f"{first} {last}"),
            photo_credit="БКЗНЖ",
            media_trained=True,
            availability=Availability.AVAILABLE if city == "Пловдив" else Availability.LIMITED,
            declaration_of_interests="Консултант на Клъстера за здраве и науки за живота.",
        )
        expert.topics.set(topics)
        expert.links.add(
            ExpertLink(kind=ExpertLink.Kind.ORCID, url="https://orcid.org/0000-0002-1825-0097")
        )
        expert.save_revision().publish()
        factories.translate(
            expert,
            "en",
            honorific="Assoc. Prof.",
            first_name=first_en,
            last_name=last_en,
            position="Head of the epigenetics and cell therapy laboratory",
            city=city_en,
            short_bio="Studies how the environment changes gene activity in breast cancer.",
            bio="<p>Works on PRECISEU, personalised medicine across 12 European regions.</p>",
            keywords="epigenetics, DNA methylation, cell therapy",
            declaration_of_interests="Adviser to the Health & Life Sciences Cluster Bulgaria.",
        )
        experts.append(expert)

    contact = factories.PressContactFactory(
        name="Мария Петрова",
        role="Медиен координатор",
        email="media@biocluster.example.bg",
        phone="+359 2 555 0101",
    )
    factories.translate_snippet(contact, "en", name="Maria Petrova", role="Media coordinator")

    releases = []
    for n in range(3):
        release = factories.PressReleasePageFactory(
            parent=site_tree.press_bg,
            title=f"Клъстерът се присъединява към PRECISEU, долина за персонализирана медицина {n}",
            slug=f"preciseu-{n}",
            lead=(
                "Консорциумът от 25 партньора от 12 региона на ЕС, воден от Biocat, свързва "
                "иновационни екосистеми за модерни терапии и здравни данни."
            ),
            funders="Хоризонт Европа",
            press_contact=contact,
            featured_image=factories.ImageFactory(title=f"Старт на PRECISEU {n}"),
            body=[
                {"type": "paragraph", "value": "<p>Официалният старт беше в Барселона.</p>"},
                {"type": "heading", "value": "Какво следва"},
                {
                    "type": "quote",
                    "value": {
                        "text": "Свързваме българските учени с европейските иновационни долини.",
                        "attribution": "Председател на клъстера",
                    },
                },
                {
                    "type": "fact_box",
                    "value": {
                        "title": "Накратко",
                        "facts": ["25 партньора", "12 региона на ЕС", "10 държави членки"],
                    },
                },
            ],
        )
        release.topics.set([atmp, epigenetics])
        release.organisations.set([sofia])
        release.related_experts.set(experts[:2])
        release.save_revision().publish()
        factories.translate(
            release,
            "en",
            title=f"The cluster joins PRECISEU, a valley for personalised medicine {n}",
            lead="A consortium of 25 partners from 12 EU regions, led by Biocat, links innovation "
            "ecosystems for advanced therapies and health data.",
            funders="Horizon Europe",
            body=[
                {"type": "paragraph", "value": "<p>The official start was in Barcelona.</p>"},
                {"type": "heading", "value": "What comes next"},
                {
                    "type": "quote",
                    "value": {
                        "text": "We connect Bulgarian scientists with Europe's innovation valleys.",
                        "attribution": "Chair of the cluster",
                    },
                },
                {
                    "type": "fact_box",
                    "value": {
                        "title": "In short",
                        "facts": ["25 partners", "12 EU regions", "10 member states"],
                    },
                },
            ],
        )
        releases.append(release)
    factories.EventPageFactory(parent=site_tree.events_bg, title="Spinoff Bulgaria")

    topics_bg = factories.TopicIndexPageFactory(parent=site_tree.home_bg)
    factories.translate(topics_bg, "en", title="Topics")
    knowledge_bg = factories.KnowledgeIndexPageFactory(parent=site_tree.home_bg)
    factories.translate(knowledge_bg, "en", title="Knowledge base")
    glossary_bg = factories.GlossaryPageFactory(parent=knowledge_bg)
    factories.translate(glossary_bg, "en", title="Glossary")
    term = factories.GlossaryTermPageFactory(
        parent=glossary_bg,
        title="Метилиране на ДНК",
        other_language_term="DNA methylation",
        definition="<p>Химичен белег върху ДНК, който включва и изключва гени.</p>",
    )
    term.topics.add(epigenetics)
    term.save_revision().publish()
    factories.translate(term, "en", title="DNA methylation", other_language_term="Метилиране")
    sheet = factories.FactSheetPageFactory(parent=knowledge_bg, title="Модерните терапии в числа")
    sheet.topics.add(atmp)
    sheet.save_revision().publish()
    factories.translate(sheet, "en", title="Advanced therapies in figures")
    explainer = factories.ExplainerPageFactory(
        parent=knowledge_bg,
        title="Модерни терапии: какво трябва да знае журналистът",
        slug="atmp-explained",
        last_reviewed=timezone.localdate() - datetime.timedelta(days=20),
        reviewed_by=experts[2],
        sections=[
            {"type": "heading", "value": "Три вида продукти"},
            {
                "type": "paragraph",
                "value": "<p>Генната терапия внася генетичен материал в клетките на пациента; "
                "клетъчната използва живи клетки; тъканното инженерство възстановява тъкани.</p>",
            },
            {
                "type": "key_facts",
                "value": {"title": "Накратко", "facts": ["Регламент (ЕО) № 1394/2007"]},
            },
            {
                "type": "mistakes",
                "value": {
                    "items": [
                        {
                            "mistake": "Всяка клетъчна терапия е стволова.",
                            "correction": "CAR-T клетките са Т-лимфоцити, не стволови клетки.",
                        }
                    ]
                },
            },
            {
                "type": "expert_quote",
                "value": {"expert": experts[2].pk, "text": "Пациентите чакат тези терапии."},
            },
            {"type": "fact_sheet", "value": sheet.pk},
        ],
        sources=[
            {
                "type": "source",
                "value": {"title": "EMA: ATMP", "url": "https://www.ema.europa.eu/en/atmp"},
            }
        ],
    )
    explainer.topics.add(atmp)
    explainer.related_experts.add(experts[2])
    explainer.save_revision().publish()
    factories.translate(
        explainer,
        "en",
        title="Advanced therapies: what a journalist needs",
        summary="Advanced therapy medicinal products are gene and cell therapies and "
        "tissue-engineered products, authorised EU-wide through one central procedure.",
        sections=[
            {"type": "heading", "value": "Three kinds of product"},
            {
                "type": "paragraph",
                "value": "<p>Gene therapy brings genetic material into the patient's cells; "
                "cell therapy uses living cells; tissue engineering repairs tissue.</p>",
            },
            {
                "type": "key_facts",
                "value": {"title": "In short", "facts": ["Regulation 1394/2007"]},
            },
            {
                "type": "mistakes",
                "value": {
                    "items": [
                        {
                            "mistake": "Every cell therapy is a stem-cell therapy.",
                            "correction": "CAR-T cells are T lymphocytes, not stem cells.",
                        }
                    ]
                },
            },
            {
                "type": "expert_quote",
                "value": {"expert": experts[2].pk, "text": "Patients are waiting for these."},
            },
            {"type": "fact_sheet", "value": sheet.pk},
        ],
    )
    return {"expert": experts[0], "release": releases[0], "explainer": explainer, "topic": atmp}


def pages_to_check(language: str, newsroom) -> list[tuple[str, str]]:
    """(name, path) of each page, in `language`."""
    expert = newsroom["expert"].get_translation(factories.locale(language))
    release = newsroom["release"].get_translation(factories.locale(language))
    explainer = newsroom["explainer"].get_translation(factories.locale(language))
    slug = Topic.objects.get(pk=newsroom["topic"].pk).slug
    return [
        ("home", f"/{language}/"),
        ("press-index", release.get_parent().url),
        ("press-release", release.url),
        ("find-an-expert", f"{expert.get_parent().url}?q={QUERY[language]}"),
        ("expert-profile", expert.url),
        ("contact-form-errors", f"/{language}/request-contact/?expert={expert.pk}"),
        ("topic-hub", f"/{language}/topics/{slug}/"),
        ("explainer", explainer.url),
    ]


@pytest.fixture(params=["bg", "en"])
def language(request) -> str:
    return request.param


def test_pages_have_no_serious_accessibility_violations(live_server, browser, newsroom, language):
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, timezone_id="Europe/Sofia", locale=language
    )
    context.set_default_timeout(15_000)
    page = context.new_page()
    screenshots = SCREENSHOTS / f"accessibility-{language}"
    screenshots.mkdir(parents=True, exist_ok=True)
    failures, notes = [], []
    try:
        # The harness itself: axe runs in this browser and reports a missing alt text as critical.
        page.set_content('<html lang="en"><title>t</title><main><img src="data:,"></main></html>')
        assert "image-alt" in {v["id"] for v in blocking(run_axe(page))}
        for name, path in pages_to_check(language, newsroom):
            response = page.goto(live_server.url + path)
            assert response.status == 200, f"{name}: {path} answered {response.status}"
            assert page.locator("html").get_attribute("lang") == language
            if name == "find-an-expert":
                # The search found experts and offers facets to narrow them.
                assert page.get_by_test_id("expert-card").count() >= 2
                assert page.locator("fieldset.facet").count() >= 2
            if name == "contact-form-errors":
                page.locator("form[method=post] button[type=submit]").click()
                page.wait_for_load_state()
                assert page.locator(".error-summary").is_visible()
                # Focus moves to the summary, so a screen reader or keyboard user starts there.
                assert page.evaluate("document.activeElement.id") == "error-summary"
                assert page.locator("[aria-invalid=true]").count() >= 3
            page.screenshot(path=str(screenshots / f"{name}.png"), full_page=True)
            violations = run_axe(page)
            serious = blocking(violations)
            if serious:
                failures.append(describe(f"{name} ({path})", serious))
            minor = [v for v in violations if v not in serious]
            if minor:
                notes.append(describe(f"{name} ({path})", minor))
    finally:
        context.close()
    if notes:
        print("Minor/moderate findings (not failing):\n" + "\n".join(notes))
    assert not failures, "Serious or critical axe-core violations:\n" + "\n".join(failures)
