"""`python manage.py import_experts FILE [--dry-run] [--create-missing]`: expert profiles from a
JSON or CSV file (format: docs/expert-import.md). All rows or none; a second run changes nothing."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from experts.importer import ExpertImporter, ImportFileError, ImportReport, ImportRowsError

STATUSES = ("created", "updated", "unchanged")


class Command(BaseCommand):
    help = (
        "Create or update expert profiles (Bulgarian and English pages, contact, links, topics) "
        "from a JSON or CSV file, matched by external_id. Nothing is written if any row is wrong."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="A .json file (a list of objects) or a .csv file (UTF-8).")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            dest="dry_run",
            help="Check the file and report what would change, writing nothing.",
        )
        parser.add_argument(
            "--create-missing",
            action="store_true",
            dest="create_missing",
            help="Create organisations and topics the file names but the site does not have.",
        )

    def handle(self, *args, **options):
        verbosity = options["verbosity"]
        importer = ExpertImporter(
            create_missing=options["create_missing"],
            log=self.stdout.write if verbosity >= 3 else None,
        )
        try:
            report = importer.run(options["file"], dry_run=options["dry_run"])
        except ImportFileError as error:
            raise CommandError(str(error)) from error
        except ImportRowsError as error:
            raise CommandError(
                _("%(count)s problem(s) found; nothing was imported:")
                % {"count": len(error.problems)}
                + "\n"
                + "\n".join(error.problems)
            ) from error
        if verbosity:
            self._print(report, verbosity)

    def _print(self, report: ImportReport, verbosity: int) -> None:
        for warning in report.warnings:
            self.stderr.write(self.style.WARNING(warning))
        if verbosity >= 2:
            for line in report.row_lines:
                self.stdout.write(line)
        counts = report.counts
        summary = _(
            "%(rows)s experts: %(created)s created, %(updated)s updated, %(unchanged)s unchanged."
        ) % {
            "rows": report.rows,
            "created": counts["created"],
            "updated": counts["updated"],
            "unchanged": counts["unchanged"],
        }
        if report.dry_run:
            summary = _("Dry run, nothing was written.") + " " + summary
        else:
            summary += " " + _("(%(seconds).1f s)") % {"seconds": report.seconds}
        self.stdout.write(self.style.SUCCESS(summary))
        lines = {
            "bg": _(
                "Bulgarian profiles: %(created)s created, %(updated)s updated, "
                "%(unchanged)s unchanged"
            ),
            "en": _(
                "English profiles: %(created)s created, %(updated)s updated, "
                "%(unchanged)s unchanged"
            ),
        }
        for code, line in lines.items():
            language = report.by_language.get(code)
            if language:
                self.stdout.write("  " + line % {k: language[k] for k in STATUSES})
        if report.contacts:
            self.stdout.write(
                "  "
                + _("Contacts: %(created)s created, %(updated)s updated")
                % {"created": report.contacts["created"], "updated": report.contacts["updated"]}
            )
        if report.new_organisations:
            self.stdout.write(
                "  "
                + _("New organisations: %(names)s") % {"names": ", ".join(report.new_organisations)}
            )
        if report.new_topics:
            self.stdout.write(
                "  " + _("New topics: %(slugs)s") % {"slugs": ", ".join(report.new_topics)}
            )
