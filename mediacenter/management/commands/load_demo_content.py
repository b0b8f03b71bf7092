"""`python manage.py load_demo_content`: the bilingual demo site, safe to run on every start."""

import time

from django.core.management.base import BaseCommand

from mediacenter.demo.loader import DemoLoader


class Command(BaseCommand):
    help = (
        "Create or complete the bilingual (bg/en) demo content: home pages, newsroom, events, "
        "media kit, experts, contact requests, topics, organisations and press contacts. Idempotent: a second run creates "
        "nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--quiet", action="store_true", help="Print nothing (same as -v 0).")

    def handle(self, *args, **options):
        verbosity = 0 if options["quiet"] else options["verbosity"]
        log = self.stdout.write if verbosity >= 2 else None
        started = time.monotonic()
        loader = DemoLoader(log=log)
        counts = loader.load()
        if verbosity < 1:
            return
        created, updated = sum(loader.created.values()), sum(loader.updated.values())
        c = counts
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready in {time.monotonic() - started:.1f} s: "
                f"{created} created, {updated} updated."
            )
        )
        self.stdout.write(
            f"  pages (bg + en): {c['home pages']} home, {c['section pages']} sections, "
            f"{c['press items']} press items ({c['embargoed']} embargoed), "
            f"{c['events']} events ({c['upcoming events']} upcoming), {c['experts']} experts\n"
            f"  knowledge base (bg + en): {c['explainers']} explainers, "
            f"{c['glossary terms']} glossary terms, {c['fact sheets']} fact sheets\n"
            f"  snippets (bg + en): {c['topics']} topics, {c['organisations']} organisations, "
            f"{c['press contacts']} press contacts\n"
            f"  contact requests: {c['contact requests']}\n"
            f"  files: {c['images']} images, {c['documents']} documents, "
            f"{c['media kit assets']} media kit entries (bg + en)"
        )
