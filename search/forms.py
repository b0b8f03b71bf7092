"""The site search form: whatever a visitor sends gives a search, never an error page."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.core.validators import ProhibitNullCharactersValidator
from django.utils.text import Truncator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from search.models import SearchQueryDay
from search.query import MAX_QUERY_LENGTH, clean_query
from search.site_search import ALL, kind_choices


class LenientCharField(forms.CharField):
    """Text as typed, NUL characters included: search.query.clean_query drops control characters
    instead of rejecting the search (Django's CharField refuses NUL with a form error)."""

    def __init__(self, **kwargs):
        super().__init__(required=False, strip=False, **kwargs)
        self.validators = [
            validator
            for validator in self.validators
            if not isinstance(validator, ProhibitNullCharactersValidator)
        ]


class SiteSearchForm(forms.Form):
    """q: the query, cleaned and cut to 200 characters (with a notice); type: a result kind, or
    all of them (an unknown kind shows all, with a notice)."""

    q = LenientCharField(label=_("Search"))
    type = LenientCharField(label=_("Type"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.notices: list[str] = []

    def clean_q(self) -> str:
        query, was_cut = clean_query(self.cleaned_data.get("q") or "")
        if was_cut:
            self.notices.append(
                gettext("Your search was shortened to its first %(limit)d characters.")
                % {"limit": MAX_QUERY_LENGTH}
            )
        return query

    def clean_type(self) -> str:
        kind = (self.cleaned_data.get("type") or "").strip()
        if not kind:
            return ALL
        if kind not in kind_choices():
            shown = Truncator(clean_query(kind)[0]).chars(40)
            self.notices.append(
                gettext("There is no result type “%(type)s”; all results are shown.")
                % {"type": shown}
            )
            return ALL
        return kind


PERIODS = (7, 30, 90)
DEFAULT_PERIOD = 30


class SearchTermsFilterForm(forms.Form):
    """Filters of the staff report of search terms; bad values fall back to the defaults."""

    period = forms.TypedChoiceField(
        label=_("Period"),
        coerce=int,
        required=False,
        empty_value=DEFAULT_PERIOD,
    )
    language = forms.ChoiceField(label=_("Language"), required=False)
    scope = forms.ChoiceField(label=_("Where"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["period"].choices = [
            (days, gettext("Last %(days)d days") % {"days": days}) for days in PERIODS
        ]
        self.fields["language"].choices = [("", _("All languages")), *settings.LANGUAGES]
        self.fields["scope"].choices = [("", _("Everywhere")), *SearchQueryDay.Scope.choices]

    def values(self) -> dict:
        """The filters to apply: the valid ones, the defaults for the rest."""
        self.is_valid()  # the fields that are valid are in cleaned_data either way
        cleaned = self.cleaned_data
        return {
            "period": cleaned.get("period") or DEFAULT_PERIOD,
            "language": cleaned.get("language", ""),
            "scope": cleaned.get("scope", ""),
        }
