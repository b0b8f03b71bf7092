"""The media officers' side of contact requests in the Wagtail admin.

/admin/experts/contact-requests/           the list: filters, search, ordering, CSV export
/admin/experts/contact-requests/<pk>/      one request: journalist, expert and staff-only
                                           contact, history, the triage moves and a note
/admin/experts/outbox/                     every e-mail the site sent or will send, with retry

Who sees what is decided by model permissions (see the "Media officers" group in migration
experts/0003_roles): view or change on ContactRequest for the list and the request, change
for the moves; OutboxMessage likewise.
"""

from __future__ import annotations

import datetime
import functools

import django_filters
from django import forms
from django.contrib.admin.utils import quote
from django.contrib.auth import get_permission_codename
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Exists, Min, OuterRef, Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext, gettext_lazy
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView, View
from wagtail.admin import messages
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import policy_registry

from experts import triage
from experts.models import (
    ContactRequest,
    ExpertContact,
    ExpertPage,
    OutboxMessage,
)
from experts.outbox import enqueue_delivery
from mediacenter.models import Topic, localized_instances

CONTACT_REQUESTS = "experts_contact_requests"
OUTBOX = "experts_outbox"
# Characters that make a spreadsheet read a cell as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def can_view_contact_requests(user) -> bool:
    return policy_registry.get_by_type(ContactRequest).user_has_any_permission(
        user, ["view", "change"]
    )


def guard_formula(value):
    """Quote a cell a spreadsheet would otherwise run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def one_per_translation(queryset: QuerySet) -> QuerySet:
    """One row per translation_key (the original, the lowest pk), for choices in filters."""
    firsts = (
        queryset.model.objects.order_by()
        .values("translation_key")
        .annotate(first=Min("pk"))
        .values("first")
    )
    return queryset.filter(pk__in=firsts)


def request_target(contact_request: ContactRequest) -> str:
    """The expert asked for, or "any expert on <topic>"."""
    if contact_request.expert_id:
        return contact_request.expert.title
    topic = getattr(contact_request, "localized_topic", None) or contact_request.topic
    if topic is not None:
        return gettext("any expert on %(topic)s") % {"topic": topic.name}
    return gettext("any expert")


# The list ---------------------------------------------------------------------------------


def expert_filter_choices(request) -> QuerySet:
    return one_per_translation(ExpertPage.objects.all()).order_by("last_name", "first_name")


def topic_filter_choices(request) -> QuerySet:
    return one_per_translation(Topic.objects.all()).order_by("name")


class ContactRequestFilterSet(WagtailFilterSet):
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"),
        choices=ContactRequest.Status.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    overdue = django_filters.ChoiceFilter(
        label=_("Overdue"),
        choices=[("yes", _("Overdue")), ("no", _("Not overdue"))],
        method="filter_overdue",
        widget=forms.RadioSelect,
        empty_label=_("All"),
    )
    deadline = django_filters.DateFromToRangeFilter(
        label=_("Deadline"), widget=DateRangePickerWidget
    )
    # A request points at one translation of a profile or topic: match all of them.
    expert = django_filters.ModelChoiceFilter(
        label=_("Expert"), queryset=expert_filter_choices, method="filter_expert"
    )
    topic = django_filters.ModelChoiceFilter(
        label=_("Topic"), queryset=topic_filter_choices, method="filter_topic"
    )

    class Meta:
        model = ContactRequest
        fields = ["status", "overdue", "deadline", "expert", "topic"]

    def filter_overdue(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        overdue = Q(status__in=ContactRequest.OPEN_STATUSES, deadline__lt=timezone.now())
        if value == "yes":
            return queryset.filter(overdue)
        if value == "no":
            return queryset.exclude(overdue)
        return queryset

    def filter_expert(self, queryset: QuerySet, name: str, value: ExpertPage) -> QuerySet:
        return queryset.filter(expert__translation_key=value.translation_key)

    def filter_topic(self, queryset: QuerySet, name: str, value: Topic) -> QuerySet:
        """Requests on the topic: "any expert on it", or for an expert who speaks on it."""
        expert_on_topic = ExpertPage.topics.through.objects.filter(
            expertpage_id=OuterRef("expert_id"), topic__translation_key=value.translation_key
        )
        return queryset.filter(
            Q(topic__translation_key=value.translation_key) | Exists(expert_on_topic)
        )


class DeadlineColumn(Column):
    """The deadline, flagged when the request is still open and the deadline has passed."""

    cell_template_name = "experts/admin/deadline_cell.html"


class ContactRequestIndexView(IndexView):
    any_permission_required = ["view", "change"]
    FORMATS = (SpreadsheetExportMixin.FORMAT_CSV,)  # no openpyxl: CSV only

    def get_base_queryset(self) -> QuerySet:
        return super().get_base_queryset().select_related("expert", "topic")

    def get_table(self, object_list):
        rows = list(object_list)
        with_topic = [row for row in rows if row.topic_id and not row.expert_id]
        for row, topic in zip(
            with_topic, localized_instances([row.topic for row in with_topic]), strict=True
        ):
            row.localized_topic = topic
        return super().get_table(rows)

    def get_list_more_buttons(self, instance) -> list:
        return []

    @cached_property
    def header_more_buttons(self) -> list:
        return [
            button
            for button in super().header_more_buttons
            if "export=xlsx" not in (getattr(button, "url", "") or "")
        ]

    def get_filename(self) -> str:
        return f"contact-requests-{timezone.localdate():%Y-%m-%d}"

    def to_row_dict(self, item: ContactRequest) -> dict:
        row = super().to_row_dict(item)
        row["status"] = item.get_status_display()
        row["expert"] = item.expert.title if item.expert_id else ""
        row["topic"] = item.topic.name if item.topic_id else ""
        row["media_format"] = item.get_media_format_display()
        row["language"] = item.get_language_display()
        return row

    def stream_csv(self, queryset):
        """The rows are written while the response streams, after the view has returned and
        the admin user's language and time zone are gone: carry them along."""
        language, zone = translation.get_language(), timezone.get_current_timezone()
        stream = super().stream_csv(queryset)

        def rows():
            with translation.override(language), timezone.override(zone):
                yield from stream

        return rows()

    def preprocess_field_value(self, field, value, export_format):
        if isinstance(value, datetime.datetime):
            value = timezone.localtime(value).strftime("%Y-%m-%d %H:%M")
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV:
            value = guard_formula(value)
        return value


# One request ------------------------------------------------------------------------------


def forward_choices(contact_request: ContactRequest) -> list:
    """Live experts for a request on a topic: those on the topic first, then the others; one
    entry per expert (in the journalist's language when the profile has it)."""
    pages = ExpertPage.objects.live().select_related("locale").order_by("last_name", "first_name")
    experts: dict = {}
    for page in pages:
        current = experts.get(page.translation_key)
        if current is None or page.locale.language_code == contact_request.site_language:
            experts[page.translation_key] = page
    on_topic: set = set()
    if contact_request.topic_id:
        on_topic = set(
            ExpertPage.objects.filter(
                topics__translation_key=contact_request.topic.translation_key
            ).values_list("translation_key", flat=True)
        )
    with_contact = set(ExpertContact.objects.values_list("expert__translation_key", flat=True))

    def choice(page: ExpertPage) -> tuple[int, str]:
        if page.translation_key in with_contact:
            return page.pk, page.title
        return page.pk, gettext("%(expert)s (no contact details)") % {"expert": page.title}

    first = [choice(page) for key, page in experts.items() if key in on_topic]
    others = [choice(page) for key, page in experts.items() if key not in on_topic]
    if not first:
        return [("", "—"), *others]
    topic = getattr(contact_request, "localized_topic", None) or contact_request.topic
    topic_label = gettext("On %(topic)s") % {"topic": topic.name}
    return [("", "—"), (topic_label, first), (gettext("Other experts"), others)]


class ActionForm(forms.Form):
    action = forms.ChoiceField(choices=[(name, a.label) for name, a in triage.ACTIONS.items()])
    tell_journalist = forms.BooleanField(
        label=_("Tell the journalist"),
        required=False,
        help_text=_("E-mail the journalist the new status, in the language they wrote in."),
    )
    note = forms.CharField(
        label=_("Note for the history (optional)"),
        required=False,
        max_length=triage.NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    expert = forms.TypedChoiceField(
        label=_("Expert to forward to"), required=False, coerce=int, empty_value=None
    )

    def __init__(self, *args, contact_request: ContactRequest, **kwargs):
        super().__init__(*args, **kwargs)
        if contact_request.expert_id or contact_request.purged_at:
            del self.fields["expert"]
        else:
            self.fields["expert"].choices = forward_choices(contact_request)

    def clean_expert(self) -> ExpertPage | None:
        expert_id = self.cleaned_data.get("expert")
        if expert_id is None:
            return None
        expert = ExpertPage.objects.live().filter(pk=expert_id).first()
        if expert is None:
            raise forms.ValidationError(gettext("That expert's profile is not published."))
        return expert


class NoteForm(forms.Form):
    text = forms.CharField(
        label=_("Staff note"),
        max_length=triage.NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ContactRequestMixin(PermissionCheckedMixin):
    model = ContactRequest
    index_url_name = f"{CONTACT_REQUESTS}:index"

    @cached_property
    def object(self) -> ContactRequest:
        """Fetched on first use, after the permission check in dispatch()."""
        return get_object_or_404(
            ContactRequest.objects.select_related("expert", "topic"), pk=self.kwargs["pk"]
        )

    def detail_url(self) -> str:
        return reverse(f"{CONTACT_REQUESTS}:detail", args=[quote(self.object.pk)])


class ContactRequestDetailView(ContactRequestMixin, WagtailAdminTemplateMixin, TemplateView):
    any_permission_required = ["view", "change"]
    template_name = "experts/admin/contact_request_detail.html"
    header_icon = "mail"

    def get_page_title(self) -> str:
        return gettext("Contact request %(reference)s") % {"reference": self.object.reference}

    def get_breadcrumbs_items(self) -> list:
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url_name), "label": capfirst(gettext("contact requests"))},
            {"url": "", "label": self.object.reference},
        ]

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        contact_request = self.object
        if contact_request.topic_id:
            contact_request.localized_topic = localized_instances([contact_request.topic])[0]
        can_change = self.user_has_permission("change")
        expert = contact_request.expert
        context.update(
            {
                "contact_request": contact_request,
                "target": request_target(contact_request),
                "expert": expert,
                "expert_edit_url": (
                    reverse("wagtailadmin_pages:edit", args=[expert.pk]) if expert else ""
                ),
                # Staff-only: the expert's own e-mail and phone are shown here and nowhere else.
                "expert_contact": ExpertContact.for_expert(expert) if expert else None,
                "events": contact_request.events.select_related("user"),
                "can_change": can_change,
                "actions": [
                    action
                    for action in triage.ACTIONS.values()
                    if action.allowed_for(contact_request)
                ],
                "action_form": ActionForm(contact_request=contact_request)
                if can_change and contact_request.is_open
                else None,
                "note_form": NoteForm() if can_change else None,
                "action_url": reverse(f"{CONTACT_REQUESTS}:action", args=[contact_request.pk]),
                "note_url": reverse(f"{CONTACT_REQUESTS}:note", args=[contact_request.pk]),
            }
        )
        return context


class ContactRequestActionView(ContactRequestMixin, View):
    """One triage move (POST). A refused move leaves the request as it was, with a message."""

    permission_required = "change"
    http_method_names = ["post"]

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        form = ActionForm(request.POST, contact_request=self.object)
        if not form.is_valid():
            for errors in form.errors.values():
                for error in errors:
                    messages.error(request, error)
            return redirect(self.detail_url())
        action = triage.ACTIONS[form.cleaned_data["action"]]
        try:
            updated = triage.perform(
                self.object,
                action.name,
                user=request.user,
                tell_journalist=form.cleaned_data["tell_journalist"],
                note=form.cleaned_data["note"],
                expert=form.cleaned_data.get("expert"),
            )
        except triage.TriageError as error:
            messages.error(request, str(error))
        else:
            text = gettext("%(reference)s is now “%(status)s”.") % {
                "reference": updated.reference,
                "status": updated.get_status_display(),
            }
            if form.cleaned_data["tell_journalist"]:
                text += " " + gettext("The journalist will be told by e-mail.")
            messages.success(request, text)
        return redirect(self.detail_url())


class ContactRequestNoteView(ContactRequestMixin, View):
    permission_required = "change"
    http_method_names = ["post"]

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        form = NoteForm(request.POST)
        if form.is_valid():
            try:
                triage.add_note(self.object, user=request.user, text=form.cleaned_data["text"])
            except triage.TriageError as error:
                messages.error(request, str(error))
            else:
                messages.success(request, gettext("Note added."))
        else:
            messages.error(request, gettext("Write a note of at most 4000 characters."))
        return redirect(self.detail_url())


# View sets --------------------------------------------------------------------------------


class ReadOnlyModelViewSet(ModelViewSet):
    """A model view set with a list and our own views only: no add, edit, copy or delete."""

    copy_view_enabled = False
    permission_actions = ("view", "change")

    def get_common_view_kwargs(self, **kwargs) -> dict:
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        for name in ("add", "edit", "delete", "history", "usage", "copy"):
            view_kwargs[f"{name}_url_name"] = None
        return view_kwargs

    def get_permissions_to_register(self) -> QuerySet:
        content_type = ContentType.objects.get_for_model(self.model)
        codenames = [get_permission_codename(a, self.model_opts) for a in self.permission_actions]
        return Permission.objects.filter(content_type=content_type, codename__in=codenames)

    def register_reference_index(self) -> None:
        """Nothing links to these rows from content."""


class ContactRequestViewSet(ReadOnlyModelViewSet):
    model = ContactRequest
    name = CONTACT_REQUESTS
    url_prefix = "experts/contact-requests"
    url_namespace = CONTACT_REQUESTS
    icon = "mail"
    menu_label = _("Contact requests")
    menu_name = "contact-requests"
    menu_order = 190
    add_to_admin_menu = True
    index_view_class = ContactRequestIndexView
    filterset_class = ContactRequestFilterSet
    search_fields = ["reference", "journalist_name", "outlet", "email"]
    search_backend_name = None  # not in the search index (personal data): plain SQL
    ordering = "-created_at"
    list_per_page = 50
    list_display = [
        TitleColumn(
            "reference",
            label=_("Reference"),
            url_name=f"{CONTACT_REQUESTS}:detail",
            sort_key="reference",
        ),
        DateColumn("created_at", label=_("Received"), sort_key="created_at"),
        DeadlineColumn("deadline", label=_("Deadline"), sort_key="deadline"),
        Column("target", label=_("Expert"), accessor=request_target),
        Column("outlet", label=_("Media outlet"), sort_key="outlet"),
        StatusTagColumn(
            "status",
            label=_("Status"),
            accessor="get_status_display",
            sort_key="status",
            primary=lambda row: row.is_open,
        ),
    ]
    # The list is for staff who may see requests at all, so the export carries the journalist's
    # details too; the formula guard is in ContactRequestIndexView.preprocess_field_value.
    list_export = [
        "reference",
        "created_at",
        "deadline",
        "status",
        "expert",
        "topic",
        "outlet",
        "journalist_name",
        "email",
        "phone",
        "media_format",
        "language",
        "forwarded_at",
        "closed_at",
    ]
    export_headings = {"journalist_name": gettext_lazy("Journalist")}

    @property
    def url_finder_class(self):
        return type(
            "ContactRequestURLFinder",
            (ModelAdminURLFinder,),
            {"edit_url_name": f"{CONTACT_REQUESTS}:detail"},
        )

    def get_urlpatterns(self) -> list:
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/", ContactRequestDetailView.as_view(), name="detail"),
            path("<int:pk>/action/", ContactRequestActionView.as_view(), name="action"),
            path("<int:pk>/note/", ContactRequestNoteView.as_view(), name="note"),
        ]


# The outbox -------------------------------------------------------------------------------


class RetryColumn(Column):
    """A "Retry now" button for a message not yet sent, for users who may change messages."""

    cell_template_name = "experts/admin/retry_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context.get("request")
        context["can_retry"] = (
            request is not None
            and instance.status != OutboxMessage.Status.SENT
            and policy_registry.get_by_type(OutboxMessage).user_has_permission(
                request.user, "change"
            )
        )
        if context["can_retry"]:
            context["retry_url"] = reverse(f"{OUTBOX}:retry", args=[instance.pk])
            context["csrf_token"] = get_token(request)
        return context


class OutboxFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=OutboxMessage.Status.choices,
        widget=forms.RadioSelect,
        empty_label=_("All"),
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind"),
        choices=OutboxMessage.Kind.choices,
        widget=forms.RadioSelect,
        empty_label=_("All"),
    )

    class Meta:
        model = OutboxMessage
        fields = ["status", "kind"]


class OutboxIndexView(IndexView):
    any_permission_required = ["view", "change"]

    def get_list_more_buttons(self, instance) -> list:
        return []


class OutboxRetryView(PermissionCheckedMixin, View):
    """Send a waiting or failed message now (one more attempt), e.g. after a mail outage."""

    model = OutboxMessage
    permission_required = "change"
    http_method_names = ["post"]

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        with transaction.atomic():
            message = get_object_or_404(OutboxMessage.objects.select_for_update(), pk=pk)
            if message.status == OutboxMessage.Status.SENT:
                messages.error(request, gettext("That e-mail has already been sent."))
            else:
                message.status = OutboxMessage.Status.PENDING
                message.next_attempt_at = timezone.now()
                message.save(update_fields=["status", "next_attempt_at"])
                transaction.on_commit(functools.partial(enqueue_delivery, message.pk))
                messages.success(request, gettext("The e-mail will be sent again now."))
        return redirect(f"{OUTBOX}:index")


def short_error(message: OutboxMessage) -> str:
    return message.last_error[:120]


class OutboxViewSet(ReadOnlyModelViewSet):
    model = OutboxMessage
    name = OUTBOX
    url_prefix = "experts/outbox"
    url_namespace = OUTBOX
    icon = "mail"
    menu_label = _("Outbox")
    menu_name = "outbox"
    menu_order = 191
    add_to_settings_menu = True
    index_view_class = OutboxIndexView
    filterset_class = OutboxFilterSet
    search_fields = ["subject", "to"]
    search_backend_name = None
    ordering = "-created_at"
    list_per_page = 50
    list_display = [
        TitleColumn("subject", label=_("Subject")),
        StatusTagColumn(
            "status",
            label=_("Status"),
            accessor="get_status_display",
            sort_key="status",
            primary=lambda message: message.status == OutboxMessage.Status.PENDING,
        ),
        Column("kind", label=_("Kind"), accessor="get_kind_display"),
        Column("to", label=_("To")),
        Column("attempts", label=_("Attempts")),
        Column("last_error", label=_("Last error"), accessor=short_error),
        DateColumn("created_at", label=_("Created"), sort_key="created_at"),
        DateColumn("sent_at", label=_("Sent"), sort_key="sent_at"),
        RetryColumn("retry", label=""),
    ]

    def register_admin_url_finder(self) -> None:
        """Messages have no page of their own."""

    def get_urlpatterns(self) -> list:
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/retry/", OutboxRetryView.as_view(), name="retry"),
        ]


# The dashboard ----------------------------------------------------------------------------


class ContactRequestsPanel(Component):
    """Open and overdue requests and how fast they reach an expert, on the admin home page."""

    name = "contact_requests"
    template_name = "experts/admin/dashboard_panel.html"
    order = 50

    def get_context_data(self, parent_context=None) -> dict:
        numbers = triage.triage_numbers()
        index_url = reverse(f"{CONTACT_REQUESTS}:index")
        open_query = "&".join(f"status={status}" for status in ContactRequest.OPEN_STATUSES)
        return {
            "numbers": numbers,
            "median": (
                triage.human_duration(numbers.median_to_forward)
                if numbers.median_to_forward is not None
                else ""
            ),
            "open_url": f"{index_url}?{open_query}",
            "overdue_url": f"{index_url}?overdue=yes",
            "forwarded_url": f"{index_url}?status={ContactRequest.Status.FORWARDED}",
        }
