"""SiteText is the one holder of the banner text, address, opening hours and footer links."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Site

from home.models import SiteSettings
from localisation.models import DEFAULT_BANNER, TEXT_FIELDS, SiteText, site_text_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(site_tree):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def english(site_tree):
    return Locale.objects.get_or_create(language_code="en")[0]


def test_site_settings_no_longer_hold_the_texts():
    assert not {field.name for field in SiteSettings._meta.get_fields()} & set(TEXT_FIELDS)


def test_without_a_row_the_site_shows_the_default_banner(site, client, site_tree):
    text = site_text_for(site, "id")
    assert text.pk is None and text.banner_text == DEFAULT_BANNER and not text.address
    assert DEFAULT_BANNER in client.get(site_tree["home"].url).text


def test_each_text_falls_back_to_the_indonesian_row(site, english):
    source = SiteText.objects.create(site=site, locale=Locale.get_default(), banner_text="Layanan gratis",
                                     address="Jl. Janti", opening_hours="Senin–Jumat")
    SiteText.objects.create(site=site, locale=english, translation_key=source.translation_key,
                            banner_text="Free services", address="", opening_hours="Mon–Fri")
    with CaptureQueriesContext(connection) as queries:
        text = site_text_for(site, "en")
    assert len(queries) == 1
    assert (text.banner_text, text.address, text.opening_hours) == ("Free services", "Jl. Janti", "Mon–Fri")
    indonesian = site_text_for(site, "id")
    assert (indonesian.banner_text, indonesian.opening_hours) == ("Layanan gratis", "Senin–Jumat")


def test_a_language_without_a_row_reads_the_indonesian_one(site, english):
    SiteText.objects.create(site=site, locale=Locale.get_default(), banner_text="Layanan gratis")
    assert site_text_for(site, "en").banner_text == "Layanan gratis"


def test_footer_reads_the_site_text_of_the_active_language(site, client, site_tree):
    SiteText.objects.create(site=site, locale=Locale.get_default(), address="Jl. Janti 1\nBantul",
                            opening_hours="Senin–Jumat 08.00–15.30", banner_text="")
    html = client.get(site_tree["home"].url).text
    assert "Jl. Janti 1<br>Bantul" in html and "Senin–Jumat 08.00–15.30" in html
    # An emptied banner text hides the banner instead of falling back to the default.
    assert 'class="banner"' not in html
