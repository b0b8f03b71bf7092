"""Experts, the organisations they belong to, and journalists' requests to reach them."""

from experts.models.contact_request import ContactRequest, ContactRequestEvent, new_reference
from experts.models.expert import (
    INTERVIEW_LANGUAGES,
    Availability,
    ExpertIndexPage,
    ExpertLink,
    ExpertPage,
    ExpertPageQuerySet,
    MediaFormat,
)
from experts.models.expert_contact import ExpertContact
from experts.models.organisation import Organisation
from experts.models.outbox import OutboxMessage

__all__ = [
    "INTERVIEW_LANGUAGES",
    "Availability",
    "ContactRequest",
    "ContactRequestEvent",
    "ExpertContact",
    "ExpertIndexPage",
    "ExpertLink",
    "ExpertPage",
    "ExpertPageQuerySet",
    "MediaFormat",
    "Organisation",
    "OutboxMessage",
    "new_reference",
]
