"""The journalist's request-contact form: server-side validation, a honeypot and a signed
timestamp against bots. Every message is translatable, so it reaches the visitor in the language
of the page (/bg/ or /en/)."""

from __future__ import annotations

import datetime
import re
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from experts.models import ContactRequest, ExpertPage, MediaFormat
from mediacenter.models import Topic

STAMP_SALT = "experts.request_contact.stamp"
# Anything str.splitlines() breaks on: a line break in a name or address could reach a mail header.
LINE_BREAKS = re.compile(r"[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
PHONE_CHARACTERS = re.compile(r"^[0-9 +\-()]+$")
PHONE_DIGITS = (6, 20)
MAX_DEADLINE_AHEAD = datetime.timedelta(days=365)

LINE_BREAK_MESSAGE = _("Please keep this on one line: line breaks are not allowed here.")
TOO_FAST_MESSAGE = _(
    "Please take a moment to check your request before sending it, then send it again."
)
GENERIC_REJECTION_MESSAGE = _(
    "Your request could not be sent. Please check the form and try again."
)


def make_stamp() -> str:
    """A signed note of when the form was shown; a person takes a few seconds to fill it in."""
    return signing.dumps(time.time(), salt=STAMP_SALT)


def stamp_age(value: str) -> float | None:
    """Seconds since the stamp was made, or None when it is missing or was not signed by us."""
    if not value:
        return None
    try:
        issued = signing.loads(value, salt=STAMP_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(issued, int | float):
        return None
    return time.time() - issued


class SingleLineMixin:
    """Rejects line breaks with a clear message before any other check runs."""

    def to_python(self, value):
        value = super().to_python(value)
        if value and LINE_BREAKS.search(value):
            raise ValidationError(LINE_BREAK_MESSAGE, code="line_break")
        return value


class SingleLineCharField(SingleLineMixin, forms.CharField):
    pass


class SingleLineEmailField(SingleLineMixin, forms.EmailField):
    pass


class ContactRequestForm(forms.Form):
    """What a journalist tells us to be put in touch with an expert.

    `with_topic_choice` adds a topic select (a general request, neither expert nor topic given).
    """

    journalist_name = SingleLineCharField(
        label=_("Your name"), max_length=120, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    outlet = SingleLineCharField(
        label=_("Media outlet"),
        max_length=160,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    email = SingleLineEmailField(
        label=_("E-mail"),
        max_length=254,
        help_text=_("We send the confirmation and the expert's answer here."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = SingleLineCharField(
        label=_("Phone (optional)"),
        max_length=40,
        required=False,
        help_text=_("Digits, spaces, +, - and brackets, for example +359 88 123 4567."),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    deadline = forms.DateTimeField(
        label=_("Your deadline"),
        help_text=_("Date and time, Sofia time."),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    media_format = forms.ChoiceField(label=_("Format"), choices=MediaFormat.choices)
    language = forms.ChoiceField(
        label=_("Interview language"), choices=ContactRequest.Language.choices
    )
    topic = forms.ModelChoiceField(
        label=_("Topic"),
        queryset=Topic.objects.none(),
        required=False,
        empty_label=_("Not sure / any topic"),
    )
    questions = forms.CharField(
        label=_("Your questions"),
        max_length=4000,
        help_text=_(
            "What you want to ask, and anything the expert should know. At most 4000 characters."
        ),
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    anonymous = forms.BooleanField(
        label=_("Keep my name and outlet from the expert until they agree to talk"),
        required=False,
    )
    consent = forms.BooleanField(
        label=_("I have read the privacy notice and agree that my request is stored and passed on"),
        error_messages={
            "required": _(
                "Please accept the privacy notice: we cannot pass on your request without it."
            )
        },
    )
    # Bots fill every field; people never see this one (hidden, skipped by screen readers).
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    stamp = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, with_topic_choice: bool = False, **kwargs) -> None:
        kwargs.setdefault("label_suffix", "")
        kwargs.setdefault("initial", {})
        kwargs["initial"].setdefault("stamp", make_stamp())
        kwargs["initial"].setdefault("language", _active_request_language())
        super().__init__(*args, **kwargs)
        if with_topic_choice:
            self.fields["topic"].queryset = Topic.objects.filter(locale=Locale.get_active())
        else:
            del self.fields["topic"]

    def clean_phone(self) -> str:
        phone = self.cleaned_data["phone"]
        if not phone:
            return ""
        digits = sum(char.isdigit() for char in phone)
        if not PHONE_CHARACTERS.match(phone) or not PHONE_DIGITS[0] <= digits <= PHONE_DIGITS[1]:
            raise ValidationError(
                _(
                    "Please give a phone number of 6 to 20 digits; only spaces, +, - and "
                    "brackets may go between them."
                ),
                code="invalid_phone",
            )
        return phone

    def clean_deadline(self) -> datetime.datetime:
        deadline = self.cleaned_data["deadline"]
        now = timezone.now()
        if deadline <= now:
            raise ValidationError(
                _("This deadline has already passed: please give a date and time in the future."),
                code="past",
            )
        if deadline > now + MAX_DEADLINE_AHEAD:
            raise ValidationError(
                _("Please give a deadline within the next twelve months."), code="too_far"
            )
        return deadline

    def clean(self) -> dict:
        cleaned = super().clean()
        if self.cleaned_data.get("website"):
            # Say nothing that would teach a bot which field gave it away.
            self._errors.clear()
            self.cleaned_data = {}
            raise ValidationError(GENERIC_REJECTION_MESSAGE, code="rejected")
        age = stamp_age(self.cleaned_data.get("stamp", ""))
        if age is None or age < settings.CONTACT_FORM_MIN_SECONDS:
            raise ValidationError(TOO_FAST_MESSAGE, code="too_fast")
        return cleaned

    @property
    def fields_with_errors(self) -> list[forms.BoundField]:
        """The fields to list in the error summary at the top of the form."""
        return [field for field in self.visible_fields() if field.errors]

    @property
    def stamp_rejected(self) -> bool:
        """True when the form failed for its timestamp or honeypot: it then needs a fresh stamp."""
        return any(
            error.code in {"too_fast", "rejected"}
            for error in self.errors.as_data().get(NON_FIELD_ERRORS, [])
        )

    def refresh_stamp(self) -> None:
        """Give a re-shown form a new, valid stamp (keeping what the journalist typed)."""
        data = self.data.copy()
        data["stamp"] = make_stamp()
        self.data = data

    def build_request(
        self, *, expert: ExpertPage | None, topic: Topic | None, site_language: str
    ) -> ContactRequest:
        """An unsaved ContactRequest from the cleaned form."""
        data = self.cleaned_data
        return ContactRequest(
            expert=expert,
            topic=topic if topic is not None else data.get("topic"),
            journalist_name=data["journalist_name"],
            outlet=data["outlet"],
            email=data["email"],
            phone=data["phone"],
            deadline=data["deadline"],
            media_format=data["media_format"],
            language=data["language"],
            questions=data["questions"],
            anonymous=data["anonymous"],
            consent_at=timezone.now(),
            site_language=site_language,
        )


def _active_request_language() -> str:
    """The interview language to suggest: the language the journalist reads the site in."""
    code = translation.get_language() or settings.LANGUAGE_CODE
    return code if code in ContactRequest.Language.values else ContactRequest.Language.OTHER
