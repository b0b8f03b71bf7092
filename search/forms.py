from django import forms
from django.utils.translation import gettext_lazy as _


class SiteSearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search"),
        max_length=200,
        required=False,
        error_messages={"max_length": _("Please use at most %(limit_value)d characters.")},
    )
