"""Factories for test data. Facts come from the cluster's own projects (see shared/seeds)."""

from __future__ import annotations

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.models import Collection, Locale, Page

from experts.models import (
    Availability,
    ContactRequest,
    ExpertContact,
    ExpertIndexPage,
    ExpertPage,
    MediaFormat,
    Organisation,
)
from mediacenter.models import (
    ExplainerPage,
    FactSheetPage,
    GlossaryPage,
    GlossaryTermPage,
    HomePage,
    KnowledgeIndexPage,
    Topic,
    TopicIndexPage,
)
from press.models import (
    EventIndexPage,
    EventPage,
    MediaKitAsset,
    MediaKitPage,
    PressContact,
    PressIndexPage,
    PressReleasePage,
)


def locale(code: str) -> Locale:
    return Locale.objects.get(language_code=code)


class ImageFactory(wagtail_factories.ImageFactory):
    collection = factory.LazyFunction(Collection.get_first_root_node)
    title = factory.Sequence(lambda n: f"Photo {n}")


class DocumentFactory(wagtail_factories.DocumentFactory):
    collection = factory.LazyFunction(Collection.get_first_root_node)


class TopicFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    locale = factory.LazyFunction(lambda: locale("bg"))

    class Meta:
        model = Topic


class OrganisationFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Organisation {n}")
    slug = factory.Sequence(lambda n: f"organisation-{n}")
    kind = Organisation.Kind.UNIVERSITY
    city = "София"
    locale = factory.LazyFunction(lambda: locale("bg"))

    class Meta:
        model = Organisation


class PressContactFactory(DjangoModelFactory):
    name = "Мария Петрова"
    role = "Връзки с медиите"
    email = "press@biocluster.bg"
    phone = "+359 2 000 0000"
    locale = factory.LazyFunction(lambda: locale("bg"))

    class Meta:
        model = PressContact


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Медиен център"
    slug = "home"

    class Meta:
        model = HomePage


class PressIndexPageFactory(wagtail_factories.PageFactory):
    title = "Прессъобщения"
    slug = "press"
    show_in_menus = True

    class Meta:
        model = PressIndexPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Събития"
    slug = "events"
    show_in_menus = True

    class Meta:
        model = EventIndexPage


class MediaKitPageFactory(wagtail_factories.PageFactory):
    title = "Медиен пакет"
    slug = "media-kit"
    show_in_menus = True

    class Meta:
        model = MediaKitPage


class PressReleasePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Стартира проектът PRECISEU {n}")
    slug = factory.Sequence(lambda n: f"press-item-{n}")
    lead = "Клъстерът се присъединява към консорциум от 25 партньора от 12 европейски региона."
    kind = PressReleasePage.Kind.PRESS_RELEASE
    publication_date = factory.Sequence(lambda n: timezone.now() - datetime.timedelta(days=n + 1))
    body = factory.LazyFunction(
        lambda: [
            {
                "type": "paragraph",
                "value": "<p>Проектът свързва иновационни екосистеми в Европа.</p>",
            }
        ]
    )

    class Meta:
        model = PressReleasePage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Spinoff Bulgaria {2024 + n}")
    slug = factory.Sequence(lambda n: f"event-{n}")
    lead = "Международна конференция за технологичния трансфер."
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=8))
    venue = "София Тех Парк"
    city = "София"

    class Meta:
        model = EventPage


def translate(page: Page, language_code: str, **fields) -> Page:
    """A published translation of page, made the way wagtail-localize does (copy_for_translation)."""
    translation = page.specific.copy_for_translation(locale(language_code))
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation.specific


def translate_snippet(obj, language_code: str, **fields):
    translation = obj.copy_for_translation(locale(language_code))
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return translation


class MediaKitAssetFactory(DjangoModelFactory):
    """A media kit photo (1200×800) by default. Pass page=; for a fact sheet pass
    kind=MediaKitAsset.Kind.FACT_SHEET, image=None, document=DocumentFactory()."""

    kind = MediaKitAsset.Kind.PHOTO
    title = factory.Sequence(lambda n: f"Екипът на клъстера {n}")
    image = factory.SubFactory(ImageFactory, file__width=1200, file__height=800)
    document = None
    credit = "БКЗНЖ / Иван Иванов"
    licence = "CC BY 4.0"
    locale = factory.LazyAttribute(lambda o: o.page.locale)

    class Meta:
        model = MediaKitAsset


class ExpertIndexPageFactory(wagtail_factories.PageFactory):
    title = "Намерете експерт"
    slug = "experts"
    show_in_menus = True

    class Meta:
        model = ExpertIndexPage


class ExpertPageFactory(wagtail_factories.PageFactory):
    """A Bulgarian profile; the title is set from the name, as the admin does."""

    honorific = "Проф. д-р"
    first_name = factory.Sequence(lambda n: f"Мария{n}")
    last_name = "Иванова"
    title = factory.LazyAttribute(lambda o: f"{o.honorific} {o.first_name} {o.last_name}".strip())
    slug = factory.Sequence(lambda n: f"expert-{n}")
    position = "Ръководител на лаборатория по геномика"
    city = "София"
    short_bio = "Изследва генетичните основи на редките заболявания."
    keywords = "геномика, редки болести"
    languages = factory.LazyFunction(lambda: ["bg", "en"])
    media_formats = factory.LazyFunction(lambda: [MediaFormat.TV, MediaFormat.ONLINE])
    availability = Availability.AVAILABLE

    class Meta:
        model = ExpertPage


class ExpertContactFactory(DjangoModelFactory):
    email = factory.Sequence(lambda n: f"expert{n}@lab.example.bg")
    phone = factory.Sequence(lambda n: f"+359 88 {n:03d} 4477")
    consent_date = factory.LazyFunction(lambda: timezone.localdate())

    class Meta:
        model = ExpertContact


class ContactRequestFactory(DjangoModelFactory):
    journalist_name = "Елена Димитрова"
    outlet = "Дневник"
    email = factory.Sequence(lambda n: f"journalist{n}@newsroom.example.bg")
    deadline = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=1))
    media_format = MediaFormat.ONLINE
    language = ContactRequest.Language.BG
    questions = "Какво означава новото изследване за пациентите с редки болести?"
    consent_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = ContactRequest


# --- knowledge base ---------------------------------------------------------------------------


class TopicIndexPageFactory(wagtail_factories.PageFactory):
    title = "Теми"
    slug = "topics"
    show_in_menus = True

    class Meta:
        model = TopicIndexPage


class KnowledgeIndexPageFactory(wagtail_factories.PageFactory):
    title = "База знания"
    slug = "knowledge"
    show_in_menus = True

    class Meta:
        model = KnowledgeIndexPage


class GlossaryPageFactory(wagtail_factories.PageFactory):
    title = "Речник"
    slug = "glossary"

    class Meta:
        model = GlossaryPage


class ExplainerPageFactory(wagtail_factories.PageFactory):
    """A Bulgarian explainer; sections are raw StreamField data (a list of {"type", "value"})."""

    title = factory.Sequence(lambda n: f"Какво са модерните терапии {n}")
    slug = factory.Sequence(lambda n: f"explainer-{n}")
    summary = (
        "Лекарствата за модерна терапия са генни и клетъчни терапии и продукти на тъканното "
        "инженерство, които ЕС разрешава по централизирана процедура."
    )
    sections = factory.LazyFunction(
        lambda: [
            {"type": "heading", "value": "Три вида продукти"},
            {
                "type": "paragraph",
                "value": "<p>Генната терапия внася генетичен материал в клетките на пациента.</p>",
            },
        ]
    )

    class Meta:
        model = ExplainerPage


class GlossaryTermPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Биомаркер {n}")
    slug = factory.Sequence(lambda n: f"term-{n}")
    other_language_term = "Biomarker"
    definition = "<p>Измерим белег на биологичен процес или на отговор към лечение.</p>"

    class Meta:
        model = GlossaryTermPage


class FactSheetPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Клъстерът в числа {n}")
    slug = factory.Sequence(lambda n: f"fact-sheet-{n}")
    intro = "Основни факти за Биотехнологичния и здравен клъстер България."
    figures = factory.LazyFunction(
        lambda: [
            {
                "type": "figure",
                "value": {
                    "label": "Бюджет на „Хоризонт Европа“ за 2021–2027 г.",
                    "value": "95,5 млрд. евро",
                    "source": "Европейска комисия",
                    "source_url": "https://research-and-innovation.ec.europa.eu/",
                    "as_of": (timezone.localdate() - datetime.timedelta(days=30)).isoformat(),
                },
            }
        ]
    )

    class Meta:
        model = FactSheetPage
