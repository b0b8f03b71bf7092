"""`manage.py import_legacy_site`: the old WordPress-style site's saved pages become press items in
the right language tree, bg/en versions of one story become translations, and a second run
changes nothing. Fixtures under fixtures/ are shaped like the cluster's old site (header, menus,
sidebar, footer, trackers, share buttons, "Read more HERE"), built from the seeds' facts."""

from __future__ import annotations

import datetime
import hashlib
import http.server
import io
import json
import re
import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup
from django.core.management import CommandError, call_command
from django.utils import timezone, translation
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from press.legacy_import import detect_language, find_dates, pick_date
from press.models import LegacyImportRun, LegacyItem, PressReleasePage

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).parent / "fixtures"
SITE = FIXTURES / "site"
BROKEN = FIXTURES / "broken"
SOFIA = ZoneInfo("Europe/Sofia")
REMOTE_IMAGE = "https://www.biocluster.bg/wp-content/uploads/"

VELES_BG = "novini.html#post-412"
PRECISEU_BG = "novini.html#post-530"
SPINOFF_BG = "novini.html#post-601"
TRAKIA_BG = "novini.html#post-615"
SURVEY_EN = "novini.html#post-640"  # an English item on the Bulgarian listing
VELES_EN = "en/news.html#post-413"
PRECISEU_EN = "en/news.html#post-532"
HELLENIC_EN = "en/news.html#post-377"
EBW_EN = "en/spinoff-european-biotech-week.html#post-588"
SITE_KEYS = {
    VELES_BG,
    PRECISEU_BG,
    SPINOFF_BG,
    TRAKIA_BG,
    SURVEY_EN,
    VELES_EN,
    PRECISEU_EN,
    HELLENIC_EN,
    EBW_EN,
}


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path) -> Path:
    """Each test stores images in its own folder, and no prefix is allowed unless a test says so."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.LEGACY_IMPORT_ALLOWED_IMAGE_PREFIXES = []
    return settings.MEDIA_ROOT


def run_import(path, **options) -> str:
    """Run the command as staff would, in English, and return what it printed."""
    out = io.StringIO()
    with translation.override("en"):
        call_command("import_legacy_site", str(path), stdout=out, stderr=io.StringIO(), **options)
    return out.getvalue()


def page(source_key: str) -> PressReleasePage:
    return LegacyItem.objects.get(source_key=source_key).page


def latest(source_key: str) -> PressReleasePage:
    """The item as an editor sees it (a draft's newest revision)."""
    return page(source_key).get_latest_revision_as_object()


def sofia_date(value: datetime.datetime) -> datetime.date:
    return timezone.localtime(value, SOFIA).date()


def item_lines(output: str, source_key: str) -> list[str]:
    """The report line of one item and its warnings."""
    lines = output.splitlines()
    for index, line in enumerate(lines):
        if re.match(rf"\[\w+\] {re.escape(source_key)}( |:|$)", line):
            following = []
            for next_line in lines[index + 1 :]:
                if not next_line.startswith("    ! "):
                    break
                following.append(next_line)
            return [line, *following]
    raise AssertionError(f"{source_key} is not in the report:\n{output}")


def body_html(item: PressReleasePage) -> str:
    return json.dumps(list(item.body.raw_data), ensure_ascii=False)


def link_texts(item: PressReleasePage) -> dict[str, str]:
    """href → text of every link in the item's paragraphs."""
    links = {}
    for block in item.body:
        if block.block_type == "paragraph":
            for anchor in BeautifulSoup(block.value.source, "html.parser").find_all("a"):
                links[anchor["href"]] = anchor.get_text()
    return links


def snapshot() -> dict:
    """What a run may write: pages, revisions, imported items, runs, images, and who is live."""
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "items": LegacyItem.objects.count(),
        "runs": LegacyImportRun.objects.count(),
        "images": get_image_model().objects.count(),
        "latest": dict(PressReleasePage.objects.values_list("pk", "latest_revision_id")),
        "live": dict(PressReleasePage.objects.values_list("pk", "live")),
    }


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def png(size: tuple[int, int], colour: tuple[int, int, int]) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def site_copy(tmp_path) -> Path:
    target = tmp_path / "site"
    shutil.copytree(SITE, target)
    return target


@dataclass
class ImageServer:
    url: str
    root: Path
    hits: list[str] = field(default_factory=list)


@pytest.fixture
def image_server(tmp_path):
    """A real HTTP server on 127.0.0.1 with the old site's uploads folder, counting requests."""
    root = tmp_path / "served"
    uploads = root / "wp-content" / "uploads" / "2023" / "09"
    uploads.mkdir(parents=True)
    (uploads / "european-biotech-week-2023.png").write_bytes(png((120, 60), (0, 120, 80)))
    hits: list[str] = []

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(root), **kwargs)

        def do_GET(self):
            hits.append(self.path)
            if self.path.startswith("/wp-content/uploads/moved/"):
                self.send_response(302)
                self.send_header("Location", "/private/european-biotech-week-2023.png")
                self.end_headers()
                return
            super().do_GET()

        def log_message(self, format, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield ImageServer(f"http://127.0.0.1:{server.server_port}", root, hits)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def serve_remote_images(site: Path, server: ImageServer) -> None:
    """Point the single post's image at the local server instead of the old site."""
    post = site / "en" / "spinoff-european-biotech-week.html"
    post.write_text(
        post.read_text(encoding="utf-8").replace(REMOTE_IMAGE, f"{server.url}/wp-content/uploads/"),
        encoding="utf-8",
    )


# --- items, languages, dates ------------------------------------------------------------------


def test_each_news_item_becomes_a_press_item_in_its_language_with_its_date(site_tree):
    before = timezone.now()
    output = run_import(SITE)
    after = timezone.now()

    assert set(LegacyItem.objects.values_list("source_key", flat=True)) == SITE_KEYS
    bg = {p.title: p for p in PressReleasePage.objects.child_of(site_tree.press_bg)}
    en = {p.title: p for p in PressReleasePage.objects.child_of(site_tree.press_en)}
    assert set(bg) == {
        "Успешен старт на проекта VELES",
        "Официален старт на PRECISEU в Барселона",
        "Второто издание на Spinoff Bulgaria събра учени, инвеститори и предприемачи",
        "Тракийски университет и клъстерът подписаха меморандум за сътрудничество",
    }
    # The English item on the Bulgarian listing goes to the English newsroom.
    assert set(en) == {
        "Successful start of the VELES project",
        "PRECISEU officially started in Barcelona",
        "Participation in the 3rd Hellenic Biocluster Forum",
        "Health and Life Sciences Market Research Survey '23",
        "Spinoff Bulgaria is part of European Biotech Week 2023",
    }
    assert {p.locale.language_code for p in bg.values()} == {"bg"}
    assert {p.locale.language_code for p in en.values()} == {"en"}
    assert {item.language for item in LegacyItem.objects.filter(source_key__startswith="en/")} == {
        "en"
    }
    assert LegacyItem.objects.get(source_key=SURVEY_EN).language == "en"

    # "10-11.07.2024" and its range's first day, in both languages
    assert sofia_date(page(PRECISEU_BG).publication_date) == datetime.date(2024, 7, 10)
    assert sofia_date(page(PRECISEU_EN).publication_date) == datetime.date(2024, 7, 10)
    # "28-29 септември 2023 г."
    assert sofia_date(page(SPINOFF_BG).publication_date) == datetime.date(2023, 9, 28)
    # the post's own <time datetime="2021-05-12…">
    assert sofia_date(page(TRAKIA_BG).publication_date) == datetime.date(2021, 5, 12)
    # "June 15-17, 2023"
    assert sofia_date(page(HELLENIC_EN).publication_date) == datetime.date(2023, 6, 15)
    # the single post's date line "September 20, 2023"
    assert sofia_date(page(EBW_EN).publication_date) == datetime.date(2023, 9, 20)
    # "28-29 юни" has no year: skipped and reported; the item gets the time of the run.
    assert before <= page(VELES_BG).publication_date <= after
    veles = "\n".join(item_lines(output, VELES_BG))
    assert "date without a year skipped: “28-29 юни”" in veles
    assert "no date found: the publication date is the time of the run" in veles
    assert "no date found" in "\n".join(item_lines(output, SURVEY_EN))
    assert "no date found" not in "\n".join(item_lines(output, SPINOFF_BG))

    # The lead is the first short paragraph, taken out of the body.
    veles_bg = page(VELES_BG)
    assert veles_bg.lead == (
        "Срещата за официалния старт на проекта VELES се проведе на 28-29 юни в София."
    )
    assert "Срещата за официалния старт" not in body_html(veles_bg)
    assert page(SPINOFF_BG).kind == PressReleasePage.Kind.NEWS

    # Latin slugs, transliterated from Bulgarian titles.
    assert veles_bg.slug == "uspeshen-start-na-proekta-veles"
    assert page(VELES_EN).slug == "successful-start-of-the-veles-project"
    assert all(re.fullmatch(r"[a-z0-9-]+", p.slug) for p in PressReleasePage.objects.all())

    # Where each item came from.
    veles_item = LegacyItem.objects.get(source_key=VELES_BG)
    assert veles_item.source_url == "https://www.biocluster.bg/2023/07/uspeshen-start-veles/"
    assert len(veles_item.content_hash) == 64

    run = LegacyImportRun.objects.get()
    assert (run.created, run.updated, run.skipped, run.failed) == (9, 0, 0, 0)
    assert not run.dry_run and run.finished_at is not None
    assert run.path == str(SITE)
    assert VELES_BG in run.report and "Created: 9, updated: 0, skipped: 0, failed: 0" in run.report
    assert "Created: 9, updated: 0, skipped: 0, failed: 0" in output


def test_same_story_in_both_languages_becomes_translations_and_english_only_items_stand_alone(
    site_tree,
):
    output = run_import(SITE)

    for bg_key, en_key in [(VELES_BG, VELES_EN), (PRECISEU_BG, PRECISEU_EN)]:
        bg, en = page(bg_key), page(en_key)
        assert bg.translation_key == en.translation_key
        assert en.get_translation(bg.locale).pk == bg.pk
        assert en.get_parent().pk == site_tree.press_en.pk
        assert f"the English translation of {bg_key}" in item_lines(output, en_key)[0]
    # The copy holds the English text, not the Bulgarian it was copied from.
    veles_en = page(VELES_EN)
    assert veles_en.title == "Successful start of the VELES project"
    assert veles_en.lead.startswith("The kick-off meeting of the VELES project")
    assert not re.search("[а-яА-Я]", body_html(veles_en))
    assert latest(VELES_EN).title == "Successful start of the VELES project"

    for alone in (HELLENIC_EN, SURVEY_EN, EBW_EN, SPINOFF_BG, TRAKIA_BG):
        item = page(alone)
        assert PressReleasePage.objects.filter(translation_key=item.translation_key).count() == 1


def test_a_bulgarian_item_saved_later_joins_the_english_page_of_its_story(site_tree, site_copy):
    held_back = site_copy.parent / "novini.html"
    (site_copy / "novini.html").rename(held_back)
    run_import(site_copy)
    veles_en = page(VELES_EN)
    assert PressReleasePage.objects.filter(locale__language_code="bg").count() == 0

    held_back.rename(site_copy / "novini.html")
    output = run_import(site_copy)

    veles_bg = page(VELES_BG)
    assert veles_bg.translation_key == veles_en.translation_key
    assert veles_en.get_translation(veles_bg.locale).pk == veles_bg.pk
    assert f"the Bulgarian version of {VELES_EN}" in item_lines(output, VELES_BG)[0]
    assert item_lines(output, VELES_EN)[0].endswith(": unchanged")


# --- cleaning, links, blocks ------------------------------------------------------------------


def test_stored_bodies_have_no_scripts_styles_trackers_frames_or_boilerplate(site_tree):
    output = run_import(SITE)

    for item in PressReleasePage.objects.all():
        for stored in (body_html(item), body_html(item.get_latest_revision_as_object())):
            for unwanted in (
                "<script",
                "<style",
                "style=",
                "class=",
                "onclick",
                "<iframe",
                "youtube.com/embed",
                "<span",
                "<img",
                "facebook.com/tr",
                "pixel.wp.com",
                "googletagmanager",
                "?share=",
                "#respond",
                "Leave a comment",
                "Оставете коментар",
                "Сподели",
                "Share this",
                "Like this",
                "Подобни",
                "&nbsp;",
                "<p></p>",
                "Последни публикации",
                "Sofia Tech Park, Sofia, Bulgaria",
            ):
                assert unwanted not in stored, (item.title, unwanted)
    assert "an embedded frame was removed (youtube.com)" in "\n".join(
        item_lines(output, PRECISEU_BG)
    )

    # Headings, lists, bold and italic become blocks and rich text.
    veles = page(VELES_BG)
    assert [block.block_type for block in veles.body] == ["paragraph", "heading", "paragraph"]
    assert veles.body[1].value == "Какво ще направи VELES"
    assert "<b>иновационни постижения</b>" in veles.body[0].value.source
    assert "<i>големи данни</i>" in veles.body[2].value.source
    assert (
        "<ul><li>България, Румъния, Гърция и Кипър – основен фокус на проекта;</li>"
        in veles.body[2].value.source
    )
    spinoff = page(SPINOFF_BG)
    assert [block.block_type for block in spinoff.body] == ["paragraph", "quote", "paragraph"]
    assert spinoff.body[1].value["attribution"] == "Кристина Ескенази"
    assert spinoff.body[1].value["text"].startswith("Спиноф компаниите носят висока добавена")
    assert "<ol><li>Най-добър български Spinoff</li>" in spinoff.body[2].value.source


def test_bare_here_and_read_more_links_get_meaningful_text(site_tree):
    run_import(SITE)

    bare = {"here", "тук", "read more", "прочетете повече", "повече"}
    for item in PressReleasePage.objects.all():
        for text in link_texts(item).values():
            assert text.strip().lower() not in bare, (item.title, text)

    veles_url = "https://veles-project.eu/news/kick-off-meeting-sofia/"
    assert link_texts(page(VELES_BG)) == {veles_url: "veles-project.eu/news/kick-off-meeting-sofia"}
    assert "Повече информация: <a" in body_html(page(VELES_BG))
    assert link_texts(page(VELES_EN)) == {veles_url: "veles-project.eu/news/kick-off-meeting-sofia"}
    assert "Read more: <a" in body_html(page(VELES_EN))
    assert link_texts(page(SPINOFF_BG)) == {
        "https://spinoff.bg/2023/galeria/": "spinoff.bg/2023/galeria"
    }
    biocat = "https://www.biocat.cat/en/news/preciseu-kick-off-barcelona"
    assert link_texts(page(PRECISEU_EN)) == {
        biocat: "Read more: PRECISEU officially started in Barcelona"
    }
    assert link_texts(page(PRECISEU_BG)) == {
        biocat: "Прочетете повече: Официален старт на PRECISEU в Барселона"
    }


# --- images -----------------------------------------------------------------------------------


def test_a_local_image_next_to_the_page_becomes_a_wagtail_image_block(site_tree):
    run_import(SITE)

    Image = get_image_model()
    fixture = (SITE / "novini_files" / "preciseu-kickoff.png").read_bytes()
    image = Image.objects.get()  # the English page's copy of the file is the same image
    assert (image.width, image.height) == (64, 40)
    assert image.file_hash == hashlib.sha1(fixture).hexdigest()  # Wagtail's file hash
    assert image.title == "Партньорите на PRECISEU в Барселона"
    image.file.open()
    assert image.file.read() == fixture

    bg_block = page(PRECISEU_BG).body[0]
    assert bg_block.block_type == "image"
    assert bg_block.value["image"].pk == image.pk
    assert bg_block.value["caption"] == "Партньорите на PRECISEU на срещата в Барселона"
    en_blocks = [b for b in page(PRECISEU_EN).body if b.block_type == "image"]
    assert [b.value["image"].pk for b in en_blocks] == [image.pk]


def test_a_remote_image_is_not_fetched_by_default(site_tree, site_copy, image_server):
    serve_remote_images(site_copy, image_server)

    output = run_import(site_copy)

    assert image_server.hits == []
    assert "image" not in [block.block_type for block in page(EBW_EN).body]
    warning = (
        "image not fetched (its address is not an allowed prefix; see --allow-images-from): "
        f"{image_server.url}/wp-content/uploads/2023/09/european-biotech-week-2023.png"
    )
    assert f"    ! {warning}" in item_lines(output, EBW_EN)


@pytest.mark.parametrize("given_by", ["option", "setting"])
def test_a_remote_image_is_fetched_when_its_prefix_is_allowed(
    site_tree, site_copy, image_server, settings, given_by
):
    serve_remote_images(site_copy, image_server)
    prefix = f"{image_server.url}/wp-content/uploads/"
    if given_by == "setting":
        settings.LEGACY_IMPORT_ALLOWED_IMAGE_PREFIXES = [prefix]
        output = run_import(site_copy)
    else:
        output = run_import(site_copy, allow_images_from=[prefix])

    assert image_server.hits == ["/wp-content/uploads/2023/09/european-biotech-week-2023.png"]
    images = [block for block in page(EBW_EN).body if block.block_type == "image"]
    assert len(images) == 1
    image = images[0].value["image"]
    assert (image.width, image.height) == (120, 60)
    assert images[0].value["caption"] == "European Biotech Week 2023 events across Europe"
    assert "not fetched" not in "\n".join(item_lines(output, EBW_EN))


def test_a_redirect_to_an_address_that_is_not_allowed_is_not_followed(
    site_tree, tmp_path, image_server
):
    (image_server.root / "private").mkdir()
    (image_server.root / "private" / "european-biotech-week-2023.png").write_bytes(
        png((80, 40), (200, 0, 0))
    )
    folder = tmp_path / "moved"
    folder.mkdir()
    (folder / "post.html").write_text(
        '<html lang="en"><body><article class="post"><h1 class="entry-title">European Biotech '
        "Week 2023 in Sofia</h1><p>The week of biotechnology events reaches Sofia on 28 "
        f'September 2023.</p><img src="{image_server.url}/wp-content/uploads/moved/ebw.png" '
        'alt="EBW"></article></body></html>',
        encoding="utf-8",
    )

    output = run_import(folder, allow_images_from=[f"{image_server.url}/wp-content/uploads/"])

    assert image_server.hits == ["/wp-content/uploads/moved/ebw.png"]  # /private/ never asked
    assert get_image_model().objects.count() == 0
    assert "which is not allowed" in output


# --- idempotence, updates, dry run ------------------------------------------------------------


def test_a_second_run_changes_nothing(site_tree):
    run_import(SITE)
    before = snapshot()

    output = run_import(SITE)

    run = LegacyImportRun.objects.order_by("-pk").first()
    assert (run.created, run.updated, run.skipped, run.failed) == (0, 0, 9, 0)
    assert "Created: 0, updated: 0, skipped: 9, failed: 0" in output
    assert item_lines(output, VELES_EN)[0].endswith(": unchanged")
    after = snapshot()
    assert after["runs"] == before["runs"] + 1
    assert {k: v for k, v in after.items() if k != "runs"} == {
        k: v for k, v in before.items() if k != "runs"
    }


def test_a_changed_item_is_updated_alone(site_tree, site_copy):
    run_import(site_copy)
    before = snapshot()
    listing = site_copy / "novini.html"
    old = "Темите включваха европейски и национални политики"
    new = "Сред темите бяха европейските и националните политики"
    listing.write_text(listing.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")

    output = run_import(site_copy)

    run = LegacyImportRun.objects.order_by("-pk").first()
    assert (run.created, run.updated, run.skipped, run.failed) == (0, 1, 8, 0)
    assert item_lines(output, SPINOFF_BG)[0].startswith(f"[updated] {SPINOFF_BG}")
    spinoff = page(SPINOFF_BG)
    after = snapshot()
    assert after["revisions"] == before["revisions"] + 1
    assert after["pages"] == before["pages"] and after["items"] == before["items"]
    changed = {pk for pk, rev in after["latest"].items() if rev != before["latest"][pk]}
    assert changed == {spinoff.pk}
    assert new in body_html(latest(SPINOFF_BG))
    assert not spinoff.live  # a draft stays a draft


def test_a_changed_item_that_was_live_is_published_again(site_tree, site_copy, client):
    run_import(site_copy, publish=True)
    listing = site_copy / "en" / "news.html"
    listing.write_text(
        listing.read_text(encoding="utf-8").replace(
            "A new MetaCluster for personalised medicine was born at the forum",
            "A new MetaCluster for personalised medicine was founded at the forum",
        ),
        encoding="utf-8",
    )

    run_import(site_copy)  # no --publish: it was live, so the new text goes live

    hellenic = page(HELLENIC_EN)
    assert hellenic.live and not hellenic.has_unpublished_changes
    response = client.get(hellenic.url)
    assert response.status_code == 200
    assert "was founded at the forum" in response.content.decode()


def test_an_item_edited_in_the_admin_is_not_overwritten(site_tree, site_copy, admin_user):
    run_import(site_copy)
    edited = latest(TRAKIA_BG)
    edited.lead = "Редакторът преработи увода."
    edited.save_revision(user=admin_user)
    listing = site_copy / "novini.html"
    listing.write_text(
        listing.read_text(encoding="utf-8").replace("биоинженеринг, ", ""), encoding="utf-8"
    )

    output = run_import(site_copy)

    assert item_lines(output, TRAKIA_BG)[0].startswith(f"[skipped] {TRAKIA_BG}")
    assert "edited in the admin" in item_lines(output, TRAKIA_BG)[0]
    assert latest(TRAKIA_BG).lead == "Редакторът преработи увода."


def test_dry_run_writes_nothing_and_reports_the_same(site_tree, media_root):
    before = snapshot()

    dry = run_import(SITE, dry_run=True)

    assert snapshot() == before
    assert files_under(media_root) == []  # the image file stored on the way is gone again
    assert "dry run: nothing was written" in dry
    assert "Dry run, nothing was written. Created: 9" in dry

    real = run_import(SITE)

    def items_of(output: str) -> list[str]:
        return [line for line in output.splitlines() if line.startswith(("[", "    !"))]

    assert items_of(dry) == items_of(real)
    assert len(items_of(real)) >= 9
    assert LegacyItem.objects.count() == 9
    assert len(files_under(media_root)) == 1


# --- broken pages -----------------------------------------------------------------------------


def test_a_broken_site_imports_what_it_can_and_reports_the_rest(site_tree, tmp_path):
    folder = tmp_path / "broken"
    shutil.copytree(BROKEN, folder)
    (folder / "garbled.html").write_bytes(b"<html><body><h2>\x98\x98\xff</h2></body></html>")
    (folder / "saved-as-folder.html").mkdir()
    before = timezone.now()

    output = run_import(folder)

    assert "Traceback" not in output
    run = LegacyImportRun.objects.get()
    assert (run.created, run.updated, run.skipped, run.failed) == (3, 0, 1, 2)
    # Unclosed <p>, <b> and a stray </div>: the items around them are still found.
    varna = page("arhiv-2020.html#varna-bioikonomika")
    assert varna.title == "Клъстерът на българо-румънска конференция за биоикономиката"
    assert sofia_date(varna.publication_date) == datetime.date(2020, 9, 28)  # "28-29.9.2020"
    assert "покани партньори от двете страни на Дунав" in body_html(varna)
    radev = page("arhiv-2020.html#sreshta-s-evrodeputata-emil-radev")
    assert before <= radev.publication_date
    radev_lines = "\n".join(item_lines(output, "arhiv-2020.html#sreshta-s-evrodeputata-emil-radev"))
    assert "no date found" in radev_lines
    assert "sreshta-radev.jpg" in radev_lines  # its image was not fetched, and says so
    # A heading with no text: the item is left out and reported.
    assert (
        item_lines(output, "arhiv-2020.html#item-2")[0]
        == "[skipped] arhiv-2020.html#item-2: no title"
    )
    # A windows-1251 page reads as Bulgarian.
    echa = PressReleasePage.objects.get(locale__language_code="bg", title__contains="ECHAlliance")
    assert echa.title == "Биотехнологичният и здравен клъстер стана част от ECHAlliance"
    assert sofia_date(echa.publication_date) == datetime.date(2023, 9, 29)  # "29.09.2023"
    assert "(read as windows-1251)" in output
    # Files that cannot be read at all are failures in the report, not errors.
    assert (
        "[failed] garbled.html: the file could not be read: it is neither UTF-8 nor windows-1251 text"
        in output
    )
    assert item_lines(output, "saved-as-folder.html")[0].startswith(
        "[failed] saved-as-folder.html: the file could not be read"
    )


def test_a_missing_path_is_a_clear_error(site_tree, tmp_path):
    with pytest.raises(CommandError, match="No such file or folder"), translation.override("en"):
        call_command("import_legacy_site", str(tmp_path / "nowhere"), stdout=io.StringIO())
    assert LegacyImportRun.objects.count() == 0


# --- drafts and publishing --------------------------------------------------------------------


def test_items_are_drafts_by_default(site_tree, client):
    run_import(SITE)

    items = list(PressReleasePage.objects.all())
    assert len(items) == 9
    for item in items:
        assert not item.live and item.has_unpublished_changes
        assert item.latest_revision_id is not None
    assert client.get(page(VELES_BG).url).status_code == 404
    assert "Успешен старт" not in client.get(site_tree.press_bg.url).content.decode()


def test_publish_makes_the_items_live(site_tree, client):
    run_import(SITE, publish=True)

    assert all(item.live for item in PressReleasePage.objects.all())
    response = client.get(page(VELES_EN).url)
    assert response.status_code == 200
    assert "Successful start of the VELES project" in response.content.decode()
    listing = client.get(site_tree.press_bg.url).content.decode()
    assert "Успешен старт на проекта VELES" in listing


def test_publishing_drafts_later_adds_no_revision(site_tree):
    run_import(SITE)
    revisions = Revision.objects.count()

    output = run_import(SITE, publish=True)

    assert all(item.live for item in PressReleasePage.objects.all())
    assert Revision.objects.count() == revisions
    assert "published; the content is unchanged" in item_lines(output, VELES_BG)[0]


# --- the rules on their own -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Конференцията се проведе на 28-29 септември 2023 г. в София.", (2023, 9, 28)),
        ("The official start was held on 10-11.07.2024 in Barcelona.", (2024, 7, 10)),
        ("Published September 28, 2023 by the cluster", (2023, 9, 28)),
        ("Меморандумът е от 29.09.2023 г.", (2023, 9, 29)),
        ("ще се проведе на 20 и 21 юни 2024 г. в София Тех Парк", (2024, 6, 20)),
        ("On the 20th June 2023, HaDEA is organising an event in Rome", (2023, 6, 20)),
        ("from 30 September – 1 October 2023 in Varna", (2023, 9, 30)),
        ("Save the date: 27-28.06 2024!", (2024, 6, 27)),
        ("16-17 November 2023, Sinaia", (2023, 11, 16)),
    ],
)
def test_dates_in_words_and_numbers(text, expected):
    day, warnings = pick_date([], [], text)
    assert day == datetime.date(*expected)
    assert warnings == []


def test_dates_without_a_year_or_that_do_not_exist_are_not_used():
    with translation.override("en"):
        day, warnings = pick_date([], [], "Срещата беше на 28 юни, а 31.02.2024 не съществува.")
    assert day is None
    assert warnings == ["date without a year skipped: “28 юни”"]
    assert find_dates("invest 10-20 years of committed efforts") == []


def test_language_from_script_and_words():
    assert detect_language("Клъстерът подписа меморандум с Oxentia и Sofia Tech Park") == "bg"
    assert detect_language("The cluster joined EuropaBio, Европейската асоциация") == "en"
    assert detect_language("2024 — 25/09") is None
