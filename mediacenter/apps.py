from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MediaCenterConfig(AppConfig):
    name = "mediacenter"
    verbose_name = _("Media Center")

    def ready(self) -> None:
        # Publishing, saving or deleting content leaves cached pages behind, in every process
        # (publish_scheduled runs outside the web server): mediacenter.cache.
        from mediacenter.cache import connect_signals

        connect_signals()
