"""Send the search engine the changes it missed while it was down (run it from cron)."""

from django.core.management.base import BaseCommand

from search.backlog import catch_up


class Command(BaseCommand):
    help = "Send the search engine the changes it missed while it was down or slow."

    def add_arguments(self, parser):
        parser.add_argument("--backend", help="Only this backend (a WAGTAILSEARCH_BACKENDS name).")

    def handle(self, *args, backend=None, **options):
        done, pending = catch_up(backend)
        self.stdout.write(f"{done} changes caught up, {pending} still pending.")
        if pending:
            self.stderr.write("The engine is still unreachable; run this again later.")
