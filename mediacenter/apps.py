from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MediaCenterConfig(AppConfig):
    name = "mediacenter"
    verbose_name = _("Media Center")
