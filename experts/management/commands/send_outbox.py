"""Send the outbox messages that are due: after a mail-server outage, or from cron as a safety net
beside the task worker (`manage.py db_worker`)."""

import time

from django.core.management.base import BaseCommand

from experts.outbox import send_due


class Command(BaseCommand):
    help = "Send pending outbox e-mails that are due (use --all to ignore back-off times)."

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="Also messages waiting to retry.")
        parser.add_argument(
            "--loop", type=float, metavar="SECONDS", help="Keep going, every SECONDS seconds."
        )

    def handle(self, *args, **options):
        while True:
            counts = send_due(include_future=options["all"])
            if options["verbosity"] and (counts or not options["loop"]):
                summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
                self.stdout.write(summary or "Nothing to send.")
            if not options["loop"]:
                return
            time.sleep(options["loop"])
