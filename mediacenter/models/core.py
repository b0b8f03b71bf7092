"""Site core: the home page, the shared topic taxonomy and site-wide settings."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from django.db import models
from django.db.models import QuerySet
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.search import index


class Topic(TranslatableMixin, index.Indexed, models.Model):
    """One subject of the shared taxonomy; each translation carries its own language's synonyms."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        allow_unicode=False,
        help_text=_("Latin letters; the same in every language, used in filters and feed URLs."),
    )
    description = models.TextField(_("description"), blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
    )
    synonyms = models.TextField(
        _("synonyms"),
        blank=True,
        help_text=_("Comma-separated words a journalist may type for this topic in this language."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("parent"),
        FieldPanel("synonyms"),
    ]
    search_fields = [
        index.SearchField("name", boost=3),
        index.SearchField("synonyms", boost=2),
        index.SearchField("description"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
        index.FilterField("slug"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_topic_slug_per_locale"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def synonym_list(self) -> list[str]:
        return [word.strip() for word in self.synonyms.split(",") if word.strip()]


T = TypeVar("T", bound=TranslatableMixin)


def localized_instances(objects: Iterable[T]) -> list[T]:
    """The active-language versions of translatable objects, in one query, falling back to the original."""
    objects = list(objects)
    if not objects:
        return []
    locale = Locale.get_active()
    model = type(objects[0])
    translated = {
        obj.translation_key: obj
        for obj in model.objects.filter(
            locale=locale, translation_key__in=[o.translation_key for o in objects]
        )
    }
    return [translated.get(obj.translation_key, obj) for obj in objects]


def unique_by_translation(objects: Iterable[T]) -> list[T]:
    """Translatable objects without repeats of the same translation (a page may link both)."""
    seen: set = set()
    result = []
    for obj in objects:
        if obj.translation_key not in seen:
            seen.add(obj.translation_key)
            result.append(obj)
    return result


def tagged_with(queryset: QuerySet, topic: Topic) -> QuerySet:
    """Pages (or snippets) of a queryset tagged with any translation of a topic.

    wagtail-localize copies many-to-many links as they are, so an English page may point at the
    Bulgarian topic row: match by translation_key, through the link table (no duplicate rows).
    """
    model = queryset.model
    link_model = model.topics.through
    column = f"{model._meta.model_name}_id"
    links = link_model.objects.filter(topic__translation_key=topic.translation_key)
    return queryset.filter(pk__in=links.values(column))


class LocalizedTopicsMixin:
    """A page's topics in the active language, worked out once per page instance: the body,
    the head's meta tags and the JSON-LD all read it (listings set it in bulk instead)."""

    @cached_property
    def localized_topics(self) -> list[Topic]:
        return unique_by_translation(localized_instances(self.topics.all()))


class HomePage(Page):
    """The landing page of one language: latest press, upcoming events and topics."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    mission = models.TextField(_("mission"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("mission")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    template = "mediacenter/home_page.html"

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from experts.models import ExpertIndexPage
        from mediacenter.models.topic_index import TopicIndexPage
        from press.listing import attach_localized_topics
        from press.models import EventPage, PressIndexPage, PressReleasePage

        context = super().get_context(request, *args, **kwargs)
        context["latest_press"] = attach_localized_topics(
            PressReleasePage.objects.for_listing(self.locale)[:6]
        )
        context["upcoming_events"] = attach_localized_topics(
            EventPage.objects.upcoming(self.locale)[:4]
        )
        context["topics"] = Topic.objects.filter(locale=self.locale).order_by("name")
        topic_index = TopicIndexPage.objects.live().child_of(self).first()
        context["topic_index_url"] = topic_index.get_url(request) if topic_index else ""
        press_index = PressIndexPage.objects.live().child_of(self).first()
        context["press_index_url"] = press_index.get_url(request) if press_index else ""
        expert_index = ExpertIndexPage.objects.live().child_of(self).first()
        context["expert_index_url"] = expert_index.get_url(request) if expert_index else ""
        return context


class SectionPage(Page):
    """A section right under a home page (newsroom, events, media kit): one per language."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["mediacenter.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True


@register_setting(icon="site")
class OrganisationSettings(BaseSiteSetting):
    """Facts about the cluster used in JSON-LD, the footer and feeds."""

    name = models.CharField(
        _("organisation name"), max_length=200, default="Health & Life Sciences Cluster Bulgaria"
    )
    url = models.URLField(_("website"), default="https://www.biocluster.bg/")
    email = models.EmailField(_("press e-mail"), blank=True, default="media@biocluster.bg")
    twitter_handle = models.CharField(_("X/Twitter handle"), max_length=50, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("url"), FieldPanel("email")], heading=_("Cluster")
        ),
        FieldPanel("twitter_handle"),
        FieldPanel("logo"),
    ]

    class Meta:
        verbose_name = _("organisation settings")
