from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from mediacenter import health
from mediacenter import views as core_views
from mediacenter.sitemaps import MultilingualSitemap
from press.api import api_router
from search import views as search_views
from search.api import api as api_v1

# Admin, documents, the API, sitemap and robots live outside the language prefix; everything a
# visitor reads lives under /bg/ or /en/, and / redirects by Accept-Language (LocaleMiddleware).
urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", health.healthz, name="healthz"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("favicon.ico", core_views.favicon, name="favicon"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
    path("i18n/", include("django.conf.urls.i18n")),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("api/v1/", api_v1.urls), path("api/v2/", api_router.urls)]

urlpatterns += i18n_patterns(
    path("search/", search_views.site_search, name="search"),
    path("feeds/", include("press.feed_urls")),
    path("", include("experts.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
