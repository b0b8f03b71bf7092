"""The site's engine backends: Wagtail's, plus the directory index and the outage backlog."""
