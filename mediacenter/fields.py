"""A model field for a short list of fixed choices (interview languages, media formats)."""

from __future__ import annotations

from django import forms
from django.db import models


class ChoiceListField(models.CharField):
    """Several values from `choices`, stored as "bg,en" so that SQLite and PostgreSQL filter it the
    same way (a regex on the column) and the admin shows checkboxes."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 200)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def validate(self, value, model_instance):
        allowed = {str(key) for key, _label in self.flatchoices}
        for item in value or []:
            if item not in allowed:
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": item},
                )
        if not value and not self.blank:
            raise forms.ValidationError(self.error_messages["blank"], code="blank")

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if value is None or value == "":
            return []
        if isinstance(value, (list, tuple)):
            return [str(v) for v in value]
        return [item for item in str(value).split(",") if item]

    def get_prep_value(self, value):
        if isinstance(value, (list, tuple)):
            return ",".join(value)
        return value or ""

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.choices,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if kwargs.get("default") is list:
            del kwargs["default"]
        return name, path, args, kwargs


def contains_choice(field_name: str, value: str) -> models.Q:
    """Q for "the list in field_name includes value", for a ChoiceListField."""
    return models.Q(**{f"{field_name}__regex": rf"(^|,){value}(,|$)"})
