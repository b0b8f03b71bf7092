"""Topic hubs: one page per topic in each language, under that language's topics index."""

from __future__ import annotations

from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path

from mediacenter.models.core import SectionPage, Topic, localized_instances


class TopicIndexPage(RoutablePageMixin, SectionPage):
    """All topics with what each gathers (/<lang>/topics/) and each topic's hub
    (/<lang>/topics/<slug>/): explainers, glossary terms, experts, press, events and fact sheets."""

    subpage_types: list[str] = []
    template = "mediacenter/topic_index_page.html"
    hub_template = "mediacenter/topic_hub_page.html"

    class Meta:
        verbose_name = _("topics index")

    def topic(self, slug: str) -> Topic:
        """The topic of a hub URL in the page's language (slugs are shared by the languages), or
        another language's version when it has not been translated yet."""
        topics = Topic.objects.filter(slug=slug)
        topic = topics.filter(locale=self.locale).first() or topics.first()
        if topic is None:
            raise Http404("No such topic.")
        return localized_instances([topic])[0]

    def hub_url(self, topic: Topic, request=None) -> str:
        return self.get_url(request) + self.reverse_subpage("hub", args=[topic.slug])

    @path("")
    def index(self, request):
        from mediacenter.topic_hubs import topic_counts

        context = self.get_context(request)
        context["topic_rows"] = topic_counts(self.locale)
        return TemplateResponse(request, self.get_template(request), context)

    @re_path(r"^(?P<slug>[-a-z0-9]+)/$", name="hub")
    def hub(self, request, slug: str):
        from mediacenter.topic_hubs import hub_context

        topic = self.topic(slug)
        context = self.get_context(request)
        context.update(hub_context(self, topic, request))
        return TemplateResponse(request, self.hub_template, context)

    def get_sitemap_urls(self, request=None):
        """The index and every topic's hub, each hub with its versions in the other languages."""
        from mediacenter.topic_hubs import hub_sitemap_urls

        return super().get_sitemap_urls(request) + hub_sitemap_urls(self, request)
