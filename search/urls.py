from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "search"

# Included under the translated prefix _("search/") in cms/urls.py: /cari/ and /cari/saran/
# in Indonesian, /en/search/ and /en/search/suggest/ in English.
urlpatterns = [
    path("", views.search_view, name="search"),
    path(_("suggest/"), views.autocomplete_view, name="autocomplete"),
]
