from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from . import sitemap
from .api import router as api_router

# The admin lives outside i18n_patterns: editors choose their own admin language.
urlpatterns = [
    # ADMIN_URL_PATH (env, default "admin/") keeps the editors' door off the well-known address;
    # Django's own admin (superusers only: sign-in lockouts) moves with it.
    path(settings.ADMIN_URL_PATH + "django/", admin.site.urls),
    path(settings.ADMIN_URL_PATH, include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# One sitemap and robots.txt for both languages; the view beacon is language-neutral.
urlpatterns += [
    path("sitemap.xml", sitemap.sitemap, name="sitemap"),
    path("robots.txt", sitemap.robots_txt, name="robots_txt"),
    path("", include("news.urls")),
]

# Indonesian pages have no prefix (/berita/...), English ones live under /en/.
urlpatterns += i18n_patterns(
    # Site search before Wagtail's catch-all: /cari/ in Indonesian, /en/search/ in English.
    path(_("search/"), include("search.urls")),
    # The comment form posts here, not to the cached article (comments/views.py).
    path(_("comments/"), include("comments.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
