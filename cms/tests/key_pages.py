"""The key public pages of the demo site, in both languages: what the front-end checks cover.

Used by the accessibility and HTML-validity tests and by `make screenshots`. URLs are looked
up in the database (never hard-coded slugs), so the list follows the demo content; a page type
that is expected but missing raises MissingKeyPage instead of being skipped silently.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from contact.models import ComplaintPage, ContactFormPage
from home.models import StandardPage
from news.models import AuthorPage, NewsIndexPage, NewsPage
from organisation.models import OrganisationUnitPage, ProfilePage
from ppid.models import InformationServiceReportPage, PPIDIndexPage, PublicInformationPage
from programmes.models import ProgrammePage
from services.models import ServiceIndexPage, ServicePage
from survey.models import SurveyResultsPage

# A query the demo content answers in each language, so the results page shows results.
SEARCH_QUERIES = {"id": "bantuan", "en": "social"}
NOT_FOUND_SLUG = "halaman-yang-tidak-ada/"
# Filter values the PPID index must refuse with a message (never an error): no such year or unit.
PPID_BAD_FILTER = "?category=berkala&year=1900&unit=x"


class MissingKeyPage(LookupError):
    """A page type the checks must cover does not exist (demo content incomplete?)."""


@dataclass(frozen=True)
class KeyPage:
    name: str          # e.g. "article-en": also the screenshot file name
    url: str           # path, starting with "/"
    status: int = 200  # the 404 page is checked too
    # A form page in its error state: the page's form is sent with these values (the browser
    # fills and submits the form it shows; the test client posts them), and `status` is that
    # of the answer.
    form: dict | None = field(default=None, hash=False)


def _first(queryset, what, language, order="path"):
    page = queryset.filter(locale__language_code=language).live().order_by(order).first()
    if page is None:
        raise MissingKeyPage(f"no live {what} in language {language!r}")
    return page


def _article(language):
    # The article with a featured image: it is the heaviest template and the weight test's subject.
    posts = NewsPage.objects.exclude(featured_image=None)
    return _first(posts, "news article with an image", language, order="-publication_date")


def article_url(language=settings.LANGUAGE_CODE):
    return _article(language).url


def _ppid_pages(language):
    """The PPID index (as is, and refusing a bad filter), its DIP table, an entry with a document,
    an exempted entry, a procedure and the yearly service report."""
    index = _first(PPIDIndexPage.objects.all(), "PPID index", language)
    entries = PublicInformationPage.objects.child_of(index)
    return [
        KeyPage(f"ppid-index-{language}", index.url),
        KeyPage(f"ppid-filtered-{language}", index.url + PPID_BAD_FILTER),
        KeyPage(f"ppid-dip-{language}", index.url + index.reverse_subpage("dip")),
        KeyPage(f"ppid-entry-{language}",
                _first(entries.exclude(document=None), "PPID entry with a document", language).url),
        KeyPage(f"ppid-exempted-{language}",
                _first(entries.filter(category="dikecualikan"), "exempted PPID entry", language).url),
        KeyPage(f"ppid-procedure-{language}",
                _first(StandardPage.objects.child_of(index), "PPID procedure page", language).url),
        KeyPage(f"ppid-report-{language}", _first(InformationServiceReportPage.objects.child_of(index),
                                                  "PPID service report", language).url),
    ]


def _profile_pages(language):
    # A balai: the unit page with the most on it (address, hours, contact), and one citizens visit.
    units = OrganisationUnitPage.objects.filter(kind=OrganisationUnitPage.Kind.TECHNICAL_UNIT)
    return [
        KeyPage(f"profile-{language}", _first(ProfilePage.objects.all(), "profile page", language).url),
        KeyPage(f"unit-{language}", _first(units, "organisation unit (balai)", language).url),
    ]


def _contact_pages(language):
    contact = _first(ContactFormPage.objects.all(), "contact form", language)
    return [
        KeyPage(f"contact-{language}", contact.url),
        # Sent empty: the error summary and each field's message.
        KeyPage(f"contact-errors-{language}", contact.url, status=400, form={}),
        KeyPage(f"complaint-{language}", _first(ComplaintPage.objects.all(), "Pengaduan page", language).url),
    ]


def pages_for(language):
    news_index = _first(NewsIndexPage.objects.all(), "news index", language)
    article = _article(language)
    year = article.publication_date.year
    service = _first(ServicePage.objects.all(), "service page", language)
    with translation.override(language):
        search_url = reverse("search:search")
        home_url = "/" if language == settings.LANGUAGE_CODE else f"/{language}/"
    return [
        KeyPage(f"home-{language}", home_url),
        KeyPage(f"news-index-{language}", news_index.url),
        KeyPage(f"article-{language}", article.url),
        KeyPage(f"author-{language}", _first(AuthorPage.objects.all(), "author page", language).url),
        KeyPage(f"programme-{language}", _first(ProgrammePage.objects.all(), "programme page", language).url),
        KeyPage(f"services-{language}", _first(ServiceIndexPage.objects.all(), "services index", language).url),
        KeyPage(f"service-{language}", service.url),
        KeyPage(f"service-print-{language}", service.url + service.reverse_subpage("print")),
        *_profile_pages(language),
        *_ppid_pages(language),
        KeyPage(f"skm-{language}", _first(SurveyResultsPage.objects.all(), "SKM results page", language).url),
        *_contact_pages(language),
        KeyPage(f"archive-{language}", f"{news_index.url}{news_index.reverse_subpage('year', args=[year])}"),
        KeyPage(f"search-{language}", f"{search_url}?q={SEARCH_QUERIES[language]}"),
        KeyPage(f"not-found-{language}", f"{home_url}{NOT_FOUND_SLUG}", status=404),
    ]


def key_pages():
    """Every key page in every site language (Indonesian first)."""
    pages = []
    for language, _name in settings.LANGUAGES:
        if not Locale.objects.filter(language_code=language).exists():
            raise MissingKeyPage(f"no locale {language!r}: the English demo translations are missing")
        pages += pages_for(language)
    return pages
