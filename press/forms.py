"""The newsroom's filters: kind, topic and year, read from the query string."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from django import forms
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from mediacenter.models import Topic
from press.models import PressReleasePage, PressReleaseQuerySet


class PressFilterForm(forms.Form):
    """Validates ?kind=&topic=&year=. An invalid value is reported and ignored, never an error page.

    The topic is given by slug and matched across languages through its translation_key, so
    a link to ?topic=clinical-trials works in either language whichever row the page points at.
    """

    kind = forms.ChoiceField(
        label=_("Kind"),
        required=False,
        choices=[("", _("All kinds")), *PressReleasePage.Kind.choices],
        error_messages={
            "invalid_choice": _("There is no kind “%(value)s”. Choose one from the list.")
        },
    )
    # Plain CharFields shown as selects: the value is checked in clean_*(), so that an unknown
    # value gets a message saying what is wrong with it rather than "not one of the choices".
    topic = forms.CharField(label=_("Topic"), required=False, widget=forms.Select)
    year = forms.CharField(label=_("Year"), required=False, widget=forms.Select)

    def __init__(self, data, *, topics: Sequence[Topic], years: Sequence[int], **kwargs):
        super().__init__(data, **kwargs)
        self.topics = list(topics)
        self.years = list(years)
        self.fields["topic"].widget.choices = [("", _("All topics"))] + [
            (topic.slug, topic.name) for topic in self.topics
        ]
        self.fields["year"].widget.choices = [("", _("All years"))] + [
            (str(year), str(year)) for year in self.years
        ]

    def clean_topic(self) -> uuid.UUID | None:
        slug = self.cleaned_data["topic"].strip()
        if not slug:
            return None
        for topic in self.topics:
            if topic.slug == slug:
                return topic.translation_key
        # A topic without items here yet, or one whose slug differs in the other language.
        slug_field = Topic._meta.get_field("slug")
        key = None
        if len(slug) <= slug_field.max_length:
            key = Topic.objects.filter(slug=slug).values_list("translation_key", flat=True).first()
        if key is None:
            raise forms.ValidationError(
                _("There is no topic “%(value)s”. Choose one from the list."),
                code="invalid_choice",
                params={"value": Truncator(slug).chars(40)},
            )
        return key

    def clean_year(self) -> int | None:
        value = self.cleaned_data["year"].strip()
        if not value:
            return None
        if not value.isascii() or not value.isdigit():
            raise forms.ValidationError(
                _("Give the year as a number, for example 2025."), code="invalid"
            )
        year = int(value) if len(value) <= 4 else None
        if year not in self.years:
            raise forms.ValidationError(
                _("Nothing was published in %(year)s. Choose a year from the list."),
                code="invalid_choice",
                params={"year": Truncator(value).chars(10)},
            )
        return year

    def filter(self, items: PressReleaseQuerySet) -> PressReleaseQuerySet:
        """items narrowed by the valid filters."""
        filters = self.filters
        if "kind" in filters:
            items = items.filter(kind=filters["kind"])
        if "topic" in filters:
            # Pages link topic rows of any language; the translation_key is common to all of them.
            tagged = PressReleasePage.objects.filter(topics__translation_key=filters["topic"])
            items = items.filter(pk__in=tagged.values("pk"))
        if "year" in filters:
            items = items.filter(publication_date__year=filters["year"])  # in Sofia time
        return items

    @property
    def filters(self) -> dict:
        """The filters that passed validation; invalid ones are left out (and shown as errors)."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}
