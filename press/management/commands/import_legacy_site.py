"""`python manage.py import_legacy_site PATH [--dry-run] [--publish] [--allow-images-from PREFIX]`:
news items of the old website's saved HTML pages as press items in both language trees (see
docs/legacy-import.md). Bad pages are reported, never a traceback; a second run changes nothing."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from press.legacy_import import LegacyFileError, LegacySiteImporter


class Command(BaseCommand):
    help = (
        "Import news items from saved HTML pages of the old website (a file or a folder) as "
        "press items, Bulgarian and English, as drafts unless --publish is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="An .html file or a folder of saved pages.")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            dest="dry_run",
            help="Do everything and report it, then roll back: nothing is written.",
        )
        parser.add_argument(
            "--publish",
            action="store_true",
            help="Publish the items created or changed (by default they are drafts).",
        )
        parser.add_argument(
            "--allow-images-from",
            action="append",
            default=[],
            dest="allow_images_from",
            metavar="PREFIX",
            help=(
                "Fetch images whose address starts with PREFIX (repeatable; adds to "
                "settings.LEGACY_IMPORT_ALLOWED_IMAGE_PREFIXES). Local files next to the pages "
                "are always read; nothing else is fetched."
            ),
        )

    def handle(self, *args, **options):
        importer = LegacySiteImporter(
            publish=options["publish"], allowed_image_prefixes=options["allow_images_from"]
        )
        try:
            report = importer.run(options["path"], dry_run=options["dry_run"])
        except LegacyFileError as error:
            raise CommandError(str(error)) from error
        if options["verbosity"] == 0:
            return
        lines = report.text().splitlines()
        for line in lines[:-1]:
            self.stdout.write(line)
        summary = lines[-1]
        if report.dry_run:
            summary = _("Dry run, nothing was written.") + " " + summary
        style = self.style.WARNING if report.counts["failed"] else self.style.SUCCESS
        self.stdout.write(style(summary))
