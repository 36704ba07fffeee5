from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from .synonyms import DEFAULT_SYNONYMS, parse_synonym_lines

MAX_SYNONYM_TEXT = 20_000


def default_synonym_text() -> str:
    return "\n".join(" = ".join(group) for group in DEFAULT_SYNONYMS)


@register_setting(icon="search")
class SearchSynonyms(BaseGenericSetting):
    """Acronyms and synonyms the public search treats as equivalent, one group per line."""

    synonyms = models.TextField(
        _("synonyms"), blank=True, max_length=MAX_SYNONYM_TEXT, default=default_synonym_text,
        help_text=_("One group per line, terms separated by '=' or commas, e.g. "
                    "'PKH = Program Keluarga Harapan'. Lines starting with # are ignored. "
                    "Changes apply to new searches within a minute; no reindexing is needed."))

    panels = [FieldPanel("synonyms")]

    class Meta:
        verbose_name = _("search synonyms")

    def clean(self):
        super().clean()
        _groups, errors = parse_synonym_lines(self.synonyms or "")
        if errors:
            raise ValidationError({"synonyms": [_("Please fix these lines:")] + errors})

    def groups(self) -> list[list[str]]:
        return parse_synonym_lines(self.synonyms or "").groups


MAX_SUGGESTED_SEARCHES = 8
MAX_SUGGESTED_LENGTH = 100


@register_setting(icon="search")
class SuggestedSearches(BaseGenericSetting):
    """Searches offered on the empty search page and when a search finds nothing.

    Only phrases an editor wrote here are shown. Visitors' own queries never appear on the
    site: counting them into a public list let anyone publish text on it (three searches put
    an online-gambling phrase on every no-result page). The search-terms report shows editors
    what visitors look for.
    """

    indonesian = models.TextField(
        _("suggested searches in Indonesian"), blank=True, max_length=2000,
        help_text=_("One search per line, at most 8, e.g. 'bantuan sosial'. Shown on /cari/ as 'Popular searches'."))
    english = models.TextField(
        _("suggested searches in English"), blank=True, max_length=2000,
        help_text=_("One search per line, at most 8. Shown on /en/search/."))

    panels = [FieldPanel("indonesian"), FieldPanel("english")]

    class Meta:
        verbose_name = _("suggested searches")

    @staticmethod
    def lines(text):
        return [" ".join(line.split()) for line in (text or "").splitlines() if line.strip()]

    def phrases(self, language: str) -> list[str]:
        return self.lines(self.english if language == "en" else self.indonesian)[:MAX_SUGGESTED_SEARCHES]

    def clean(self):
        super().clean()
        errors = {}
        for name in ("indonesian", "english"):
            lines = self.lines(getattr(self, name))
            if len(lines) > MAX_SUGGESTED_SEARCHES:
                errors[name] = _("At most %(count)s searches, one per line.") % {"count": MAX_SUGGESTED_SEARCHES}
            elif any(len(line) > MAX_SUGGESTED_LENGTH for line in lines):
                errors[name] = _("Each search may have at most %(count)s characters.") % {
                    "count": MAX_SUGGESTED_LENGTH}
        if errors:
            raise ValidationError(errors)


class ZeroResultQuery(models.Model):
    """A search that found nothing, per language; the report shows editors what is missing."""

    query_string = models.CharField(_("search term"), max_length=200)
    language = models.CharField(_("language"), max_length=10)
    hits = models.PositiveIntegerField(_("times searched"), default=0)
    first_seen = models.DateTimeField(_("first searched"), default=timezone.now)
    last_seen = models.DateTimeField(_("last searched"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("search without results")
        verbose_name_plural = _("searches without results")
        constraints = [models.UniqueConstraint(fields=["query_string", "language"],
                                               name="unique_zero_result_query_per_language")]

    def __str__(self):
        return self.query_string


class PageProfile(models.Model):
    """The first distinct stems of a page (search.profiles), for the database backends."""

    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, primary_key=True,
                                related_name="search_profile")
    words = models.TextField()

    class Meta:
        verbose_name = _("search profile")

    def __str__(self):
        return self.words[:80]
