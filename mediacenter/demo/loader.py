"""Builds the bilingual demo site from `content.py`, idempotently and in one transaction.

Every object is found by a stable key before anything is created: images and documents by title,
topics and organisations by slug and locale, press contacts by e-mail and locale, pages by slug
under their parent, translations by translation key. A second run therefore creates nothing and
publishes nothing. Existing pages are left as they are (an editor may have changed them), with
two deliberate exceptions that keep the demo alive over time: an "upcoming" event that has
ended is moved forward again, and the demo embargo is renewed once it has lifted.

Expert profiles come from `experts.json` through `import_experts` (matched by external_id, so a
second import changes nothing); portraits, press items' related experts and demo contact
requests (by their fixed MC-DEMO-… reference) are then added where missing.
"""

from __future__ import annotations

import datetime
import io
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.db import models, transaction
from django.utils import timezone
from wagtail.coreutils import find_available_slug
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Revision, Site

from experts.models import (
    ContactRequest,
    ContactRequestEvent,
    ExpertIndexPage,
    ExpertPage,
    Organisation,
)
from mediacenter.demo import content, knowledge
from mediacenter.demo.images import ImageSpec, render_fact_sheet, render_image
from mediacenter.demo.indexing import deferred_indexing, indexes_itself
from mediacenter.demo.knowledge_loader import KnowledgeLoaderMixin
from mediacenter.models import (
    ExplainerPage,
    FactSheetPage,
    GlossaryPage,
    GlossaryTermPage,
    HomePage,
    KnowledgeIndexPage,
    OrganisationSettings,
    Topic,
    TopicIndexPage,
)
from press.models import (
    EventIndexPage,
    EventPage,
    MediaKitAsset,
    MediaKitPage,
    PartnerFeed,
    PartnerNewsIndexPage,
    PartnerNewsItem,
    PressContact,
    PressIndexPage,
    PressReleasePage,
)
from search.transliteration import to_latin

SOURCE, TARGET = "bg", "en"
LANGUAGES = (SOURCE, TARGET)
EXPERTS_PATH = Path(__file__).resolve().parent / content.EXPERTS_FILE


class DemoLoader(KnowledgeLoaderMixin):
    def __init__(
        self, now: datetime.datetime | None = None, log: Callable[[str], None] | None = None
    ):
        self.now = now or timezone.now()
        self.tz = ZoneInfo(settings.TIME_ZONE)
        self.log = log or (lambda message: None)
        self.created: Counter[str] = Counter()
        self.updated: Counter[str] = Counter()

    # --- entry point ---------------------------------------------------------------------------

    def load(self) -> dict[str, int]:
        with transaction.atomic(), deferred_indexing():
            self.locales = {
                code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES
            }
            self.collection = Collection.get_first_root_node()
            self.images = {
                spec.key: self._image(spec)
                for spec in [*content.IMAGES, *knowledge.KNOWLEDGE_IMAGES]
            }
            self.documents = {spec.key: self._document(spec) for spec in content.FACT_SHEETS}
            self.topics = self._topics()
            self.organisations = self._organisations()
            self.contacts = self._press_contacts()
            site, homes = self._homes()
            press = self._section(homes, PressIndexPage, "press")
            events = self._section(homes, EventIndexPage, "events")
            knowledge_index = self._knowledge_sections(homes)
            self._section(homes, PartnerNewsIndexPage, "partner-news")
            self._partner_feeds()
            self._press_items(press)
            self._events(events)
            self._media_kit(homes)
            self._organisation_settings(site)
            self._section(homes, ExpertIndexPage, "experts")
            self._import_experts()
            experts = self._demo_experts()
            self._expert_extras(experts)
            self._press_experts(press, experts)
            self._contact_requests(experts)
            self._knowledge_pages(knowledge_index, experts)
        return self.counts()

    def counts(self) -> dict[str, int]:
        return {
            "home pages": HomePage.objects.count(),
            "section pages": PressIndexPage.objects.count()
            + EventIndexPage.objects.count()
            + MediaKitPage.objects.count()
            + ExpertIndexPage.objects.count()
            + TopicIndexPage.objects.count()
            + KnowledgeIndexPage.objects.count()
            + GlossaryPage.objects.count()
            + PartnerNewsIndexPage.objects.count(),
            "experts": ExpertPage.objects.count(),
            "contact requests": ContactRequest.objects.count(),
            "press items": PressReleasePage.objects.count(),
            "embargoed": PressReleasePage.objects.embargoed(self.now).count(),
            "events": EventPage.objects.count(),
            "explainers": ExplainerPage.objects.count(),
            "glossary terms": GlossaryTermPage.objects.count(),
            "fact sheets": FactSheetPage.objects.count(),
            "partner news items": PartnerNewsItem.objects.count(),
            "upcoming events": EventPage.objects.filter(end__gte=self.now).count(),
            "topics": Topic.objects.count(),
            "organisations": Organisation.objects.count(),
            "press contacts": PressContact.objects.count(),
            "images": get_image_model().objects.count(),
            "documents": get_document_model().objects.count(),
            "media kit assets": MediaKitAsset.objects.count(),
        }

    # --- bookkeeping ---------------------------------------------------------------------------

    def _did(self, counter: Counter, what: str, label: object) -> None:
        counter[what] += 1
        verb = "created" if counter is self.created else "updated"
        self.log(f"  {verb} {what}: {label}")

    def _update(self, obj: models.Model, values: dict, what: str) -> None:
        """Set the fields that differ from `values` and save, or do nothing if none do."""
        changed = [name for name, value in values.items() if getattr(obj, name) != value]
        if changed:
            for name in changed:
                setattr(obj, name, values[name])
            obj.save()
            self._did(self.updated, what, obj)

    # --- dates ---------------------------------------------------------------------------------

    def _local(self, year: int, month: int, day: int, hour: int = 0, minute: int = 0):
        return datetime.datetime(year, month, day, hour, minute, tzinfo=self.tz)

    def _relative(self, days: int, time: tuple[int, int]) -> datetime.datetime:
        """A day counted from the run's local date, at a fixed Sofia time (DST-safe)."""
        day = timezone.localtime(self.now, self.tz).date() + datetime.timedelta(days=days)
        return datetime.datetime.combine(day, datetime.time(*time), tzinfo=self.tz)

    def _when(self, value) -> datetime.datetime:
        if isinstance(value, dict):
            return self._relative(value["days"], value["time"])
        return self._local(*value)

    # --- files ---------------------------------------------------------------------------------

    @staticmethod
    def _file_exists(field_file) -> bool:
        return bool(field_file and field_file.name) and field_file.storage.exists(field_file.name)

    def _image(self, spec):
        Image = get_image_model()
        image = Image.objects.filter(title=spec.title).order_by("pk").first()
        if image is not None and self._file_exists(image.file):
            return image
        if image is None:
            image = Image(title=spec.title, collection=self.collection)
            counter = self.created
        else:  # the row survived but its file is gone (e.g. the media folder was cleared)
            image.renditions.all().delete()
            counter = self.updated
        if hasattr(image, "description"):
            image.description = spec.description
        image.file = ImageFile(io.BytesIO(render_image(spec)), name=spec.filename)
        image._set_image_file_metadata()
        image.save()
        self._did(counter, "image", spec.title)
        return image

    def _document(self, spec):
        Document = get_document_model()
        document = Document.objects.filter(title=spec.title).order_by("pk").first()
        if document is not None and self._file_exists(document.file):
            return document
        counter = self.updated if document is not None else self.created
        if document is None:
            document = Document(title=spec.title, collection=self.collection)
        document.file = ContentFile(render_fact_sheet(spec), name=spec.filename)
        document._set_document_file_metadata()
        document.save()
        self._did(counter, "document", spec.title)
        return document

    # --- translatable snippets -----------------------------------------------------------------

    def _translatable(self, model, lookup: dict, values: dict[str, dict], what: str) -> dict:
        """The Bulgarian row found by `lookup` and its English translation, both up to date."""
        source_locale, target_locale = self.locales[SOURCE], self.locales[TARGET]
        source = model.objects.filter(locale=source_locale, **lookup).first()
        if source is None:
            source = model(locale=source_locale, **lookup, **values[SOURCE])
            source.save()
            self._did(self.created, what, source)
        else:
            self._update(source, values[SOURCE], what)
        translation = source.get_translation_or_none(target_locale)
        if translation is None:
            # An English row with the same key made by hand: adopt it as the translation.
            translation = model.objects.filter(locale=target_locale, **lookup).first()
            if translation is not None:
                translation.translation_key = source.translation_key
                translation.save(update_fields=["translation_key"])
        if translation is None:
            translation = source.copy_for_translation(target_locale)
            for name, value in values[TARGET].items():
                setattr(translation, name, value)
            translation.save()
            self._did(self.created, what, translation)
        else:
            self._update(translation, values[TARGET], what)
        return {SOURCE: source, TARGET: translation}

    def _topics(self) -> dict[str, dict]:
        topics: dict[str, dict] = {}
        for spec in content.TOPICS:  # a parent comes before its children in content.TOPICS
            parent = topics[spec["parent"]] if spec["parent"] else None
            values = {
                code: {**spec[code], "parent": parent[code] if parent else None}
                for code in LANGUAGES
            }
            topics[spec["slug"]] = self._translatable(
                Topic, {"slug": spec["slug"]}, values, "topic"
            )
        return topics

    def _organisations(self) -> dict[str, dict]:
        organisations = {}
        for spec in content.ORGANISATIONS:
            shared = {
                "kind": spec["kind"],
                "website": spec["website"],
                "logo": self.images[spec["logo"]] if spec.get("logo") else None,
            }
            values = {code: {**spec[code], **shared} for code in LANGUAGES}
            organisations[spec["slug"]] = self._translatable(
                Organisation, {"slug": spec["slug"]}, values, "organisation"
            )
        return organisations

    def _press_contacts(self) -> dict[str, dict]:
        contacts = {}
        for spec in content.PRESS_CONTACTS:
            shared = {"phone": spec["phone"], "photo": self.images[spec["photo"]]}
            values = {code: {**spec[code], **shared} for code in LANGUAGES}
            contacts[spec["email"]] = self._translatable(
                PressContact, {"email": spec["email"]}, values, "press contact"
            )
        return contacts

    # --- pages ---------------------------------------------------------------------------------

    @staticmethod
    def _child(parent: Page, model, slug: str):
        return model.objects.child_of(parent).filter(slug=slug).first()

    @staticmethod
    def _set_relations(page: Page, relations: dict[str, Iterable]) -> None:
        for name, objects in relations.items():
            getattr(page, name).set(list(objects))

    def _publish_new(self, parent: Page, page: Page, relations: dict | None = None) -> Page:
        """Add `page` under `parent` as a draft, then publish it: it gets a revision like any other."""
        page.live = False
        parent.add_child(instance=page)
        self._set_relations(page, relations or {})
        page.save_revision().publish()
        self._did(self.created, type(page).__name__, f"{page.locale} {page.url_path}")
        return page

    def _translation(
        self, source: Page, fields: dict, relations: dict | None = None, before_publish=None
    ):
        """The English translation of `source`: found by translation key, or copied and published."""
        target_locale = self.locales[TARGET]
        page = source.get_translation_or_none(target_locale)
        if page is not None:
            return page.specific
        page = source.copy_for_translation(target_locale)
        for name, value in fields.items():
            setattr(page, name, value)
        self._set_relations(page, relations or {})
        if before_publish:
            before_publish(page)
        page.save_revision().publish()
        self._did(self.created, type(page).__name__, f"{page.locale} {page.url_path}")
        return page

    def _republish(self, page: Page, values: dict, what: str) -> None:
        for name, value in values.items():
            setattr(page, name, value)
        page.save_revision().publish()
        self._did(self.updated, what, f"{page.locale} {page.url_path}")

    def _homes(self) -> tuple[Site, dict[str, HomePage]]:
        root = Page.get_first_root_node()
        source_locale = self.locales[SOURCE]
        home = HomePage.objects.child_of(root).filter(locale=source_locale).first()
        if home is None:
            # Wagtail's "Welcome to your new Wagtail site!" page (a bare Page) is in the way: its
            # site moves to the tree root first, or deleting the page would delete the site too.
            plain_page = ContentType.objects.get_for_model(Page)
            for welcome in Page.objects.child_of(root).filter(content_type=plain_page, numchild=0):
                Site.objects.filter(root_page=welcome).update(root_page=root)
                self.log(f"  deleted Wagtail's default page: {welcome.title}")
                welcome.delete()
            values = content.HOME[SOURCE]
            home = self._publish_new(
                root,
                HomePage(
                    title=values["title"],
                    slug=find_available_slug(root, "home"),
                    locale=source_locale,
                    intro=values["intro"],
                    mission=values["mission"],
                ),
            )
        homes = {SOURCE: home, TARGET: self._translation(home, content.HOME[TARGET])}

        site = (
            Site.objects.filter(is_default_site=True).first() or Site.objects.order_by("pk").first()
        )
        # The site's address is the public one the settings name, so absolute URLs (canonical,
        # sitemap, feeds) match where it is served: http://127.0.0.1:8000 for `make run`.
        public_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        site_values = {
            "hostname": public_url.hostname or "localhost",
            "port": public_url.port or (443 if public_url.scheme == "https" else 80),
            "site_name": content.SITE_NAME,
            "root_page": home,
            "is_default_site": True,
        }
        if site is None:
            site = Site.objects.create(**site_values)
            self._did(self.created, "site", site)
        else:
            site_values["root_page_id"] = site_values.pop("root_page").pk
            self._update(site, site_values, "site")
        Site.objects.filter(is_default_site=True).exclude(pk=site.pk).update(is_default_site=False)
        return site, homes

    def _section(
        self, homes: dict, model, slug: str, relations: dict | None = None, before_publish=None
    ) -> dict:
        """One section page (newsroom, events, media kit) under each home page."""
        texts = content.SECTIONS[slug]
        relations = relations or {}
        page = self._child(homes[SOURCE], model, slug)
        if page is None:
            page = model(
                title=texts[SOURCE]["title"],
                slug=slug,
                locale=self.locales[SOURCE],
                intro=texts[SOURCE]["intro"],
                show_in_menus=True,
            )
            if before_publish:
                before_publish(page, SOURCE)
            page = self._publish_new(homes[SOURCE], page, relations.get(SOURCE))
        translation = self._translation(
            page,
            texts[TARGET],
            relations.get(TARGET),
            before_publish=(lambda p: before_publish(p, TARGET)) if before_publish else None,
        )
        return {SOURCE: page, TARGET: translation}

    def _body(self, blocks: list[dict], code: str) -> list[dict]:
        """Body blocks with image, document and fact-sheet keys replaced by the items' ids."""
        body = []
        for block in blocks:
            value = block["value"]
            if block["type"] == "image":
                value = {**value, "image": self.images[value["image"]].pk}
            elif block["type"] == "document":
                value = {**value, "document": self.documents[value["document"]].pk}
            elif block["type"] == "fact_sheet":
                value = self.fact_sheets[value][code].pk
            body.append({"type": block["type"], "value": value})
        return body

    def _relations(self, spec: dict, code: str) -> dict[str, list]:
        return {
            "topics": [self.topics[slug][code] for slug in spec["topics"]],
            "organisations": [self.organisations[slug][code] for slug in spec["organisations"]],
        }

    def _press_items(self, index: dict) -> None:
        for spec in content.PRESS_ITEMS:
            embargo_until = (
                self._relative(spec["embargo_days"], (10, 0)) if spec.get("embargo_days") else None
            )
            published = embargo_until or self._when(spec["published"])
            funders = spec.get("funders", {})

            def texts(code, spec=spec, funders=funders):
                return {
                    "title": spec[code]["title"],
                    "lead": spec[code]["lead"],
                    "body": self._body(spec[code]["body"], code),
                    "funders": funders.get(code, ""),
                    "press_contact": self.contacts[spec["contact"]][code],
                }

            page = self._child(index[SOURCE], PressReleasePage, spec["slug"])
            if page is None:
                page = self._publish_new(
                    index[SOURCE],
                    PressReleasePage(
                        slug=spec["slug"],
                        locale=self.locales[SOURCE],
                        kind=spec["kind"],
                        evidence=spec.get("evidence", PressReleasePage.Evidence.NOT_RESEARCH),
                        publication_date=published,
                        embargo_until=embargo_until,
                        featured_image=self.images.get(spec.get("image")),
                        **texts(SOURCE),
                    ),
                    self._relations(spec, SOURCE),
                )
            translation = self._translation(page, texts(TARGET), self._relations(spec, TARGET))
            if not embargo_until:
                self._backdate(page, published)
                self._backdate(translation, published)
            if embargo_until:
                for item in (page, translation):
                    if item.embargo_until and item.embargo_until <= self.now:
                        self._republish(
                            item,
                            {"embargo_until": embargo_until, "publication_date": embargo_until},
                            "embargo renewed",
                        )

    @staticmethod
    def _backdate(page: Page, published: datetime.datetime) -> None:
        """First publication at the item's own date, so the admin and API agree with the newsroom."""
        if page.first_published_at != published:
            Page.objects.filter(pk=page.pk).update(first_published_at=published)
            page.first_published_at = published

    def _event_times(self, spec: dict) -> tuple[datetime.datetime, datetime.datetime]:
        start = spec["start"]
        if isinstance(start, dict):
            begins = self._relative(start["days"], start["time"])
            return begins, begins + datetime.timedelta(minutes=start["minutes"])
        return self._local(*start), self._local(*spec["end"])

    def _events(self, index: dict) -> None:
        for spec in content.EVENTS:
            start, end = self._event_times(spec)

            def texts(code, spec=spec):
                return {
                    "title": spec[code]["title"],
                    "lead": spec[code]["lead"],
                    "venue": spec[code]["venue"],
                    "city": spec[code]["city"],
                    "body": self._body(spec[code]["body"], code),
                }

            page = self._child(index[SOURCE], EventPage, spec["slug"])
            if page is None:
                page = self._publish_new(
                    index[SOURCE],
                    EventPage(
                        slug=spec["slug"],
                        locale=self.locales[SOURCE],
                        start=start,
                        end=end,
                        online_url=spec.get("online_url", ""),
                        registration_url=spec.get("registration_url", ""),
                        featured_image=self.images.get(spec.get("image")),
                        **texts(SOURCE),
                    ),
                    self._relations(spec, SOURCE),
                )
            translation = self._translation(page, texts(TARGET), self._relations(spec, TARGET))
            if isinstance(spec["start"], dict):  # an "always upcoming" event that has ended
                for item in (page, translation):
                    if item.end < self.now:
                        self._republish(item, {"start": start, "end": end}, "event moved forward")

    def _partner_feeds(self) -> None:
        """Partners' feeds with a few items as if fetched (found by URL and GUID: once each)."""
        for spec in content.PARTNER_FEEDS:
            feed = PartnerFeed.objects.filter(url=spec["url"]).first()
            if feed is None:
                feed = PartnerFeed.objects.create(
                    name=spec["name"],
                    url=spec["url"],
                    website=spec["website"],
                    language=spec["language"],
                    last_status=PartnerFeed.Status.OK,
                    last_fetched_at=self.now,
                    last_success_at=self.now,
                    last_new_items=len(spec["items"]),
                )
                feed.topics.set([self.topics[slug][spec["language"]] for slug in spec["topics"]])
                feed.save()  # a ClusterableModel writes its many-to-many links on save
                self._did(self.created, "partner feed", feed)
            for item in spec["items"]:
                if not feed.items.filter(guid=item["guid"]).exists():
                    feed.items.create(
                        guid=item["guid"],
                        link=item["link"],
                        title=item["title"],
                        summary=item["summary"],
                        published_at=self.now - datetime.timedelta(days=item["published"]),
                    )
                    self._did(self.created, "partner news item", item["guid"])

    def _media_kit(self, homes: dict) -> None:
        kit = content.MEDIA_KIT

        def contacts(code):
            return [self.contacts[email][code] for email in kit["contacts"]]

        def fill(page, code):
            self._sync_assets(page, code)

        pages = self._section(
            homes,
            MediaKitPage,
            "media-kit",
            relations={code: {"press_contacts": contacts(code)} for code in LANGUAGES},
            before_publish=fill,
        )
        for code, page in pages.items():  # an existing kit: publish again only if it differs
            page = MediaKitPage.objects.get(pk=page.pk)
            wrong_contacts = {c.pk for c in page.press_contacts.all()} != {
                c.pk for c in contacts(code)
            }
            if self._sync_assets(page, code) or wrong_contacts:
                self._set_relations(page, {"press_contacts": contacts(code)})
                self._republish(page, {}, "media kit")

    def _sync_assets(self, page: MediaKitPage, code: str) -> bool:
        """Make the page's assets match the content (in memory); True if anything had to change."""
        specs = content.MEDIA_KIT["assets"]
        wanted = [
            {
                "kind": spec["kind"],
                "title": spec["title"][code],
                "image": self.images[spec["image"]] if spec.get("image") else None,
                "document": self.documents[spec["document"]] if spec.get("document") else None,
                "credit": spec["credit"][code],
                "licence": spec["licence"][code],
            }
            for spec in specs
        ]
        # English assets share the translation key of the Bulgarian asset for the same file.
        keys = None
        if code == TARGET:
            source = page.get_translation(self.locales[SOURCE])
            keys = {
                (a.image_id, a.document_id): a.translation_key
                for a in MediaKitAsset.objects.filter(page=source)
            }
        existing = list(page.assets.all()) if page.pk else []

        def state(asset):
            return (
                asset.kind,
                asset.title,
                asset.image_id,
                asset.document_id,
                asset.credit,
                asset.licence,
            )

        def wanted_state(values):
            image, document = values["image"], values["document"]
            return (
                values["kind"],
                values["title"],
                image.pk if image else None,
                document.pk if document else None,
                values["credit"],
                values["licence"],
            )

        same = [state(a) for a in existing] == [wanted_state(v) for v in wanted]
        if same and keys is not None:
            same = all(keys.get((a.image_id, a.document_id)) == a.translation_key for a in existing)
        if same and existing:
            return False
        by_file = {(a.image_id, a.document_id): a for a in existing}
        assets = []
        for order, values in enumerate(wanted):
            file_key = wanted_state(values)[2:4]
            asset = by_file.pop(file_key, None) or MediaKitAsset(locale=page.locale)
            if keys is not None and keys.get(file_key):
                asset.translation_key = keys[file_key]
            for name, value in values.items():
                setattr(asset, name, value)
            asset.sort_order = order
            assets.append(asset)
        page.assets = assets
        return True

    def _organisation_settings(self, site: Site) -> None:
        values = {**content.ORGANISATION_SETTINGS}
        values["logo"] = self.images[values["logo"]]
        existing = OrganisationSettings.objects.filter(site=site).first()
        if existing is None:
            OrganisationSettings.objects.create(site=site, **values)
            self._did(self.created, "organisation settings", site)
        else:
            self._update(existing, values, "organisation settings")

    # --- experts -------------------------------------------------------------------------------

    def _import_experts(self) -> None:
        """The profiles of experts.json, through the same import staff use for a spreadsheet: it
        matches rows by external_id, so a second run creates and changes nothing."""
        expert_type = ContentType.objects.get_for_model(ExpertPage)
        pages_before = ExpertPage.objects.count()
        revisions_before = Revision.objects.filter(content_type=expert_type).count()
        output = io.StringIO()
        with indexes_itself():
            call_command(
                "import_experts",
                str(EXPERTS_PATH),
                create_missing=True,
                stdout=output,
                stderr=output,
            )
        for line in output.getvalue().splitlines():
            self.log(f"  import_experts: {line}")
        created = ExpertPage.objects.count() - pages_before
        updated = Revision.objects.filter(content_type=expert_type).count() - revisions_before
        updated -= created  # each new page has one revision
        if created:
            self.created["expert profile"] += created
            self.log(f"  created expert profiles: {created} pages")
        if updated > 0:
            self.updated["expert profile"] += updated
            self.log(f"  updated expert profiles: {updated} pages")

    @staticmethod
    def _demo_experts() -> dict[str, dict[str, ExpertPage]]:
        """external_id → {language code: live profile} for the profiles experts.json made."""
        experts: dict[str, dict[str, ExpertPage]] = {}
        pages = ExpertPage.objects.filter(external_id__startswith="demo-").select_related("locale")
        for page in pages.order_by("pk"):
            experts.setdefault(page.external_id, {})[page.locale.language_code] = page
        return experts

    def _expert_extras(self, experts: dict[str, dict[str, ExpertPage]]) -> None:
        """What the import format has no column for: a portrait placeholder for some experts.
        Only where a profile has no photo, so an editor's choice stays."""
        for external_id, pages in sorted(experts.items()):
            colours = content.EXPERT_PORTRAITS.get(external_id)
            if colours is None:
                continue
            # Looked up (and drawn again if its file is gone) even when the pages have it.
            photo = self._image(self._portrait_spec(external_id, pages, colours))
            for code, page in pages.items():
                if page.photo_id is None:
                    values = {"photo": photo, "photo_credit": content.EXPERT_PHOTO_CREDIT[code]}
                    self._fill_in(page, values, "expert photo")

    def _fill_in(self, page: Page, values: dict, what: str) -> None:
        """Set empty fields of a page the import has just published, in its live revision too.

        Publishing a second revision of each of some eighty profiles would double the first
        run's time; a page with nothing but its live revision gets the values written into
        that revision instead (so the editor shows them), any other page is published again.
        """
        if not (
            page.live
            and not page.has_unpublished_changes
            and page.latest_revision_id
            and page.latest_revision_id == page.live_revision_id
        ):
            self._republish(page, values, what)
            return
        for name, value in values.items():
            setattr(page, name, value)
        data = page.serializable_data()
        revision = page.latest_revision
        revision.content = {**revision.content, **{name: data[name] for name in values}}
        revision.save(update_fields=["content"])
        page.save(clean=False, update_fields=list(values))
        self._did(self.updated, what, f"{page.locale} {page.url_path}")

    @staticmethod
    def _portrait_spec(external_id: str, pages: dict, colours: tuple[str, str]) -> ImageSpec:
        page = pages.get(TARGET) or pages[SOURCE]
        label = f"{page.first_name[:1]}. {page.last_name}"
        if page.locale.language_code != TARGET:  # Cyrillic: the drawn label is Latin only
            label = to_latin(label)
        return ImageSpec(
            f"expert-{external_id}",
            f"Expert portrait — {external_id}",
            "portrait",
            (480, 600),
            colours,
            label,
            description="Portrait placeholder",
        )

    def _press_experts(self, press: dict, experts: dict[str, dict[str, ExpertPage]]) -> None:
        """Experts who can comment on some press items, in each item's language where the profile
        has one. Items that already name experts are left alone."""
        for slug, external_ids in content.PRESS_EXPERTS.items():
            source = self._child(press[SOURCE], PressReleasePage, slug)
            if source is None:
                continue
            items = {SOURCE: source, TARGET: source.get_translation_or_none(self.locales[TARGET])}
            for code, item in items.items():
                if item is None or item.specific.related_experts.exists():
                    continue
                item = item.specific
                profiles = [
                    experts[external_id].get(code) or next(iter(experts[external_id].values()))
                    for external_id in external_ids
                    if external_id in experts
                ]
                item.related_experts.set(profiles)
                self._republish(item, {}, "press item experts")

    def _contact_requests(self, experts: dict[str, dict[str, ExpertPage]]) -> None:
        """Requests in every status with their history, found by their fixed reference."""
        existing = set(
            ContactRequest.objects.filter(
                reference__in=[spec["reference"] for spec in content.CONTACT_REQUESTS]
            ).values_list("reference", flat=True)
        )
        for spec in content.CONTACT_REQUESTS:
            if spec["reference"] in existing:
                continue
            received = self.now + datetime.timedelta(days=spec["received_days"])
            expert = experts.get(spec["expert"] or "", {}).get(SOURCE)
            topic = self.topics.get(spec.get("topic") or "", {}).get(SOURCE)
            final = spec["history"][-1][2]
            request = ContactRequest.objects.create(
                reference=spec["reference"],
                created_at=received,
                expert=expert,
                topic=topic,
                journalist_name=spec["journalist_name"],
                outlet=spec["outlet"],
                email=spec["email"],
                phone=spec["phone"],
                deadline=self.now + datetime.timedelta(days=spec["deadline_days"]),
                media_format=spec["media_format"],
                language=spec["language"],
                site_language=spec["site_language"],
                questions=spec["questions"],
                consent_at=received,
                status=final,
            )
            for kind, from_status, to_status, message, after_days in spec["history"]:
                at = received + datetime.timedelta(days=after_days)
                if kind == ContactRequestEvent.Kind.FORWARDED:
                    request.forwarded_at = at
                if to_status not in ContactRequest.OPEN_STATUSES:
                    request.closed_at = at
                ContactRequestEvent.objects.create(
                    request=request,
                    at=at,
                    kind=kind,
                    from_status=from_status,
                    to_status=to_status,
                    message=message,
                )
            request.save(update_fields=["forwarded_at", "closed_at"])
            self._did(self.created, "contact request", request.reference)
