"""The stemmed search fields every public page type carries, on every backend.

A page model mixes in ``StemmedSearchMixin``, names its lead fields (title, summary, ...)
and body fields, and adds ``STEMMED_SEARCH_FIELDS`` to ``search_fields``. The backends then
index two extra text fields holding the Sastrawi/English stems of that text, which queries
(stemmed the same way by search.analysis) are matched against. Lead text is boosted over
body text, so a match in the title or summary outranks one only in the body.
"""

from __future__ import annotations

from functools import cache, lru_cache

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models import Manager
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.search import index

from .analysis import analyse_tokens, analysed_text, language_of
from .profiles import profile_of
from .text import tokenize

LEAD_BOOST = 3.0

# What a search result shows besides its title and lead: the page's date (the first publication
# when the type has no date field of its own).
DATE_FIELDS = {"news.newspage": "publication_date"}

# The engine keeps what a result needs for display and ranking in the document's _source,
# not indexed ("enabled": false): search.service reads it with the hits, in the same request.
DISPLAY_FIELD = "search_display"
# The snippet is cut from the lead text, else from the body: the engine keeps the body's start,
# where the match nearly always is (search.views reads the database for a result without one).
SNIPPET_BODY_CHARS = 2000

STEMMED_SEARCH_FIELDS = [
    index.SearchField("search_lead_stems", boost=LEAD_BOOST),
    index.SearchField("search_body_stems"),
    index.FilterField(DISPLAY_FIELD, es_extra={"type": "object", "enabled": False}),
]


@lru_cache(maxsize=32)
def _language_for_locale(locale_id):
    from wagtail.models import Locale

    code = Locale.objects.filter(pk=locale_id).values_list("language_code", flat=True).first()
    return language_of(code)


def clear_language_cache(**kwargs):
    _language_for_locale.cache_clear()


def field_text(obj, name: str) -> str:
    """Plain text of one field, attribute or relation of a page, for indexing and snippets."""
    value = getattr(obj, name, None)
    if value is None:
        return ""
    try:
        model_field = obj._meta.get_field(name)
    except FieldDoesNotExist:
        model_field = None
    if isinstance(value, Manager):
        return " ".join(str(item) for item in value.all())
    if model_field is not None and hasattr(model_field, "get_searchable_content"):
        content = model_field.get_searchable_content(value)
        return " ".join(str(part) for part in content if part)
    if callable(value):
        value = value()
    text = str(value)
    return strip_tags(text) if "<" in text else text


class StemmedSearchMixin(models.Model):
    """Abstract (no fields): being a model keeps the engine's field names one per site, not per type."""

    search_lead_fields: tuple[str, ...] = ("title",)
    search_body_fields: tuple[str, ...] = ()

    class Meta:
        abstract = True

    def search_language(self) -> str:
        return _language_for_locale(self.locale_id)

    def search_lead_text(self) -> str:
        return " ".join(filter(None, (field_text(self, name) for name in self.search_lead_fields)))

    def search_body_text(self) -> str:
        return " ".join(filter(None, (field_text(self, name) for name in self.search_body_fields)))

    def search_lead_stems(self) -> str:
        return analysed_text(self.search_lead_text(), self.search_language())

    def search_body_stems(self) -> str:
        return analysed_text(self.search_body_text(), self.search_language())

    def search_display_lead(self) -> str:
        """The lead text a result shows under its title (the lead fields of the model's own table)."""
        return " ".join(v for v in (getattr(self, name) for name in display_lead_fields(type(self))) if v)

    def search_display_date(self):
        date_field = DATE_FIELDS.get(self._meta.label_lower)
        value = getattr(self, date_field, None) if date_field else None
        if value:
            return value
        return timezone.localdate(self.first_published_at) if self.first_published_at else None

    def search_display(self) -> dict:
        """Title, lead text and date for the results list, with the stems search.ranking reads
        from title and lead, analysed once here instead of on every search."""
        language = self.search_language()
        lead = self.search_display_lead()
        date = self.search_display_date()
        snippet_lead, snippet_body = self.snippet_lead_text(), self.snippet_body_start()
        return {"title": self.title, "lead": lead, "date": date.isoformat() if date else None,
                "title_stems": list(analyse_tokens(tokenize(self.title), language)),
                "lead_stems": list(analyse_tokens(tokenize(lead), language)),
                "snippet_lead": snippet_lead, "snippet_body": snippet_body,
                "profile": self.search_profile(snippet_lead, snippet_body)}

    def search_profile(self, lead: str | None = None, body_start: str | None = None) -> str:
        """The page's profile (search.profiles), space-separated; ``lead``/``body_start``:
        the snippet texts when the caller has them already."""
        lead = self.snippet_lead_text() if lead is None else lead
        body_start = self.snippet_body_start() if body_start is None else body_start
        stems = analyse_tokens(tokenize(" ".join((self.title, lead, body_start))), self.search_language())
        return " ".join(profile_of(stems))

    def snippet_body_start(self) -> str:
        return " ".join(self.snippet_body_text().split())[:SNIPPET_BODY_CHARS]

    def snippet_lead_text(self) -> str:
        """The lead text a snippet may be cut from (every lead field but the title)."""
        return " ".join(field_text(self, name) for name in self.search_lead_fields if name != "title")

    def snippet_body_text(self) -> str:
        """The body text a snippet may be cut from: the body fields of the page itself, not its
        relations (a list of tags or locations makes no snippet, and costs a query each)."""
        own = (name for name in self.search_body_fields if not isinstance(getattr(self, name, None), Manager))
        return " ".join(filter(None, (field_text(self, name) for name in own)))


@cache
def display_lead_fields(model) -> tuple[str, ...]:
    """The concrete lead fields but the title: what describe() reads from the database."""
    return tuple(name for name in model.search_lead_fields
                 if name != "title" and getattr(model._meta.get_field(name), "concrete", False))
