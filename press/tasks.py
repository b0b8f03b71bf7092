"""Background tasks of the newsroom.

Partner feeds are fetched on a schedule by cron or a systemd timer running
`manage.py fetch_partner_feeds` (django-tasks has no scheduler); this task runs the same
`fetch_all()` when something wants a fetch now without waiting for the next run.
"""

from __future__ import annotations

from django_tasks import task

from press.partner_feeds import fetch_all


@task()
def fetch_partner_feeds() -> dict[str, int]:
    """Fetch every active partner feed; counts of feeds by outcome and of new/updated items."""
    results = fetch_all()
    counts = {"feeds": len(results), "ok": 0, "not_modified": 0, "error": 0}
    for result in results:
        counts[str(result.status)] = counts.get(str(result.status), 0) + 1
    counts["new_items"] = sum(result.new for result in results)
    counts["updated_items"] = sum(result.updated for result in results)
    return counts
