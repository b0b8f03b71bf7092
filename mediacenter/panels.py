"""Admin panels of the site core's page types."""

from __future__ import annotations

from django.conf import settings
from wagtail.admin.panels import HelpPanel


class StaleFiguresPanel(HelpPanel):
    """A warning at the top of a fact sheet's editor listing its figures that need checking."""

    def __init__(self, **kwargs):
        # HelpPanel renders `template`; its bound panel ignores a class-level template_name.
        kwargs.setdefault("template", "mediacenter/admin/stale_figures_panel.html")
        super().__init__(**kwargs)

    class BoundPanel(HelpPanel.BoundPanel):
        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            instance = self.instance
            context["stale_figures"] = instance.stale_figures() if instance.pk else []
            context["max_age_days"] = settings.FACT_SHEET_MAX_AGE_DAYS
            return context

        def is_shown(self) -> bool:
            return bool(self.instance.pk and self.instance.stale_figures())
