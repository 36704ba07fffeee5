from datetime import date

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.text import format_lazy
from django.utils.translation import gettext, pgettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import RICH_TEXT_FEATURES, BodyBlock
from core.fields import page_fields
from core.metadata import PageMetadataMixin
from core.restrictions import ViewRestrictionMemoMixin
from search.indexing import STEMMED_SEARCH_FIELDS, StemmedSearchMixin

from . import charts, ikm
from .forms import SurveyResultsPageForm

FIRST_YEAR = 2017  # Permenpan-RB 14/2017: earlier surveys used other elements (Kepmenpan 25/2004)


class Half(models.TextChoices):
    FIRST = "1", _("Semester I (January–June)")
    SECOND = "2", _("Semester II (July–December)")
    YEAR = "Y", _("Whole year")


def score_field(number):
    return models.DecimalField(
        format_lazy("U{} {}", number, ikm.ELEMENTS[number - 1][1]), max_digits=4, decimal_places=2,
        validators=[MinValueValidator(ikm.SCORE_MIN), MaxValueValidator(ikm.SCORE_MAX)],
        help_text=_("Average score of the element, from 1.00 to 4.00."))


class SurveyResultsPage(ViewRestrictionMemoMixin, PageMetadataMixin, StemmedSearchMixin, Page):
    base_form_class = SurveyResultsPageForm
    intro = models.TextField(_("introduction"), max_length=400, blank=True,
                             help_text=_("What the survey is and who answered it, in one or two sentences."))
    method = RichTextField(_("method"), features=RICH_TEXT_FEATURES, blank=True,
                           help_text=_("How respondents were chosen and asked; the legal basis."))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("more information"))

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("periods", label=_("Survey period"), heading=_("Results per period"), min_num=1),
        FieldPanel("method"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"), index.SearchField("method"), index.SearchField("body"),
        index.RelatedFields("periods", [index.SearchField("follow_up")]),
    ] + STEMMED_SEARCH_FIELDS
    search_lead_fields = ("title", "intro")
    search_body_fields = ("method", "body")

    class Meta:
        verbose_name = _("satisfaction survey results")
        verbose_name_plural = _("satisfaction survey results")

    @cached_property
    def period_list(self):
        """The periods, oldest first."""
        return sorted(self.periods.all(), key=SurveyPeriod.sort_key)

    def latest_period(self):
        return self.period_list[-1] if self.period_list else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest"] = self.latest_period()
        context["charts"] = charts.page_charts(self.period_list)
        context["grade_ranges"] = ikm.grade_ranges()
        return context

    # --- Translation: text translated; the figures are synchronised with each period row.
    translatable_fields = page_fields(
        TranslatableField("intro"), TranslatableField("method"), TranslatableField("body"),
        TranslatableField("periods"))


class SurveyPeriod(TranslatableMixin, Orderable):
    page = ParentalKey(SurveyResultsPage, related_name="periods", on_delete=models.CASCADE)
    year = models.PositiveSmallIntegerField(_("year"), validators=[MinValueValidator(FIRST_YEAR)])
    half = models.CharField(_("period"), max_length=1, choices=Half.choices, default=Half.FIRST)
    respondents = models.PositiveIntegerField(_("respondents"), validators=[MinValueValidator(1)],
                                              help_text=_("Number of people who answered."))
    u1 = score_field(1)
    u2 = score_field(2)
    u3 = score_field(3)
    u4 = score_field(4)
    u5 = score_field(5)
    u6 = score_field(6)
    u7 = score_field(7)
    u8 = score_field(8)
    u9 = score_field(9)
    # Plain text, one action per line: shown as a list, and inline forms get no rich text editor
    # (whose posted HTML would make every untouched period look edited; see core/forms.py).
    follow_up = models.TextField(_("follow-up actions"), max_length=2000, blank=True,
                                 help_text=_("What the agency does about the lowest-scoring elements, "
                                             "one action per line."))

    panels = [
        FieldRowPanel([FieldPanel("year"), FieldPanel("half"), FieldPanel("respondents")]),
        MultiFieldPanel([FieldRowPanel([FieldPanel(name) for name in ("u1", "u2", "u3")]),
                         FieldRowPanel([FieldPanel(name) for name in ("u4", "u5", "u6")]),
                         FieldRowPanel([FieldPanel(name) for name in ("u7", "u8", "u9")])],
                        heading=_("Average score per element (1.00–4.00)")),
        FieldPanel("follow_up"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("survey period")

    def __str__(self):
        return self.label

    @staticmethod
    def sort_key(period):
        return (period.year, "12Y".index(period.half))

    @property
    def label(self):
        if self.half == Half.YEAR:
            return pgettext("SKM period", "Year %(year)s") % {"year": self.year}
        numeral = "I" if self.half == Half.FIRST else "II"
        return pgettext("SKM period", "Semester %(numeral)s %(year)s") % {"numeral": numeral, "year": self.year}

    @property
    def short_label(self):
        """For chart axes: 'Sem. I 2025'."""
        if self.half == Half.YEAR:
            return str(self.year)
        numeral = "I" if self.half == Half.FIRST else "II"
        return pgettext("SKM period", "Sem. %(numeral)s %(year)s") % {"numeral": numeral, "year": self.year}

    def follow_up_items(self):
        return [line.strip() for line in self.follow_up.splitlines() if line.strip()]

    def scores(self):
        """[(element name, average score), …] in the regulation's order."""
        return [(name, getattr(self, field)) for field, name in ikm.ELEMENTS]

    @property
    def index(self):
        return ikm.index_from_scores(getattr(self, field) for field, _name in ikm.ELEMENTS)

    @property
    def grade(self):
        return ikm.grade_of(self.index)[0]

    @property
    def performance(self):
        return ikm.grade_of(self.index)[1]

    def clean(self):
        super().clean()
        if self.year and self.year > date.today().year:
            raise ValidationError({"year": gettext("Results cannot be from a future year.")})

    # --- Translation: only the follow-up text; period and figures are the same in every language.
    translatable_fields = [
        SynchronizedField("year"), SynchronizedField("half"), SynchronizedField("respondents"),
        *(SynchronizedField(field) for field, _name in ikm.ELEMENTS),
        TranslatableField("follow_up"),
    ]
