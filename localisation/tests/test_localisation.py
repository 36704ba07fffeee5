"""Bahasa Indonesia first, English second: locales, translatable fields, links that follow
translations, the language switcher, hreflang alternates, dates and site text per language."""

import datetime
import re

import pytest
from django.conf import settings
from django.urls import reverse
from wagtail.models import Locale, Site
from wagtail_localize.fields import get_translatable_fields

from cms.tests import factories as f
from home.models import HomePage, StandardPage
from localisation.models import SiteText
from localisation.tests.localisation_fixtures import bilingual, client_for, translate  # noqa: F401 - fixtures
from news.models import AuthorIndexPage, AuthorPage, Category, NewsIndexPage, NewsPage
from ppid.models import InformationServiceReportPage, PPIDIndexPage, PublicInformationPage, RefusalReason
from programmes.models import ProgrammeIndexPage, ProgrammePage, ServiceLocation
from survey.models import SurveyPeriod, SurveyResultsPage

pytestmark = pytest.mark.django_db

PUBLISHING_DATES = {"go_live_at", "expire_at", "first_published_at"}  # DraftStateMixin's editable fields
TRANSLATABLE_MODELS = [HomePage, StandardPage, NewsIndexPage, NewsPage, AuthorIndexPage, AuthorPage,
                       ProgrammeIndexPage, ProgrammePage, ServiceLocation, Category, SiteText,
                       PPIDIndexPage, PublicInformationPage, InformationServiceReportPage, RefusalReason,
                       SurveyResultsPage, SurveyPeriod]


def test_both_locales_exist_after_migrate():
    assert set(Locale.objects.values_list("language_code", flat=True)) >= {"id", "en"}
    assert settings.LANGUAGE_CODE == "id" and settings.WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE is False
    # Off unless a self-hosted LibreTranslate is configured in the environment.
    assert getattr(settings, "WAGTAILLOCALIZE_MACHINE_TRANSLATOR", None) is None


@pytest.mark.parametrize("model", TRANSLATABLE_MODELS, ids=lambda m: m.__name__)
def test_translatable_fields_are_explicit_and_complete(model):
    assert "translatable_fields" in model.__dict__, f"{model.__name__} must declare translatable_fields"
    declared = {field.field_name for field in get_translatable_fields(model)}
    explicit = model.__dict__["translatable_fields"]
    delattr(model, "translatable_fields")
    try:
        detected = {field.field_name for field in get_translatable_fields(model)}
    finally:
        model.translatable_fields = explicit
    # Tags stay synchronised through their rows (tagged_items); the manager itself is not a field to copy.
    # Each translation of a snippet with drafts keeps its own publishing dates, as wagtail-localize
    # does for pages (it leaves Page's own copies of these fields out).
    assert detected - {"tags"} - PUBLISHING_DATES <= declared, f"{model.__name__}: undeclared {detected - declared}"


def test_kinds_of_fields_follow_the_rules():
    kinds = {field.field_name: field.is_translated(None) for field in NewsPage.translatable_fields}
    assert kinds["summary"] and kinds["body"] and kinds["title"]
    assert not kinds["publication_date"] and not kinds["featured_image"] and not kinds["authors"]
    location = {field.field_name: type(field).__name__ for field in ServiceLocation.translatable_fields}
    assert location["phone"] == location["latitude"] == location["regency"] == "SynchronizedField"
    assert location["address"] == location["opening_hours"] == "TranslatableField"


def test_links_follow_their_translations(bilingual):
    category = f.CategoryFactory(name="Rehabilitasi Sosial", slug="rehabilitasi-sosial")
    post = bilingual.post
    post.categories = [category]
    post.programme_links.create(programme=bilingual.programme)
    post.save_revision().publish()
    en_category = translate(category)[1]
    _, en_post = translate(NewsPage.objects.get(pk=post.pk))
    assert [link.author for link in en_post.authors.all()] == [bilingual.en.author]
    assert [link.programme_id for link in en_post.programme_links.all()] == [bilingual.en.programme.pk]
    assert list(en_post.categories.all()) == [en_category]
    assert en_category.slug == "en-rehabilitasi-sosial" and en_category.locale.language_code == "en"
    # The Indonesian post keeps its Indonesian links.
    assert [link.author for link in post.authors.all()] == [bilingual.author]


def test_service_locations_are_translated_row_by_row(bilingual):
    location = bilingual.en.programme.locations.get()
    assert location.name == "[EN] LK3 Kabupaten Sleman" and location.locale.language_code == "en"
    assert location.regency == "sleman"
    assert bilingual.programme.locations.get().name == "LK3 Kabupaten Sleman"


def test_table_block_translates(bilingual, client):
    table = {"caption": "Jam layanan", "header": ["Hari", "Jam"],
             "rows": [{"cells": ["Senin–Kamis", "08.00–15.30"]}, {"cells": ["Jumat", "08.00–14.30"]}]}
    page = StandardPage(title="Jadwal", slug="jadwal", body=[("table", table)])
    bilingual.home.add_child(instance=page)
    page.save_revision().publish()
    _, en_page = translate(page)
    value = en_page.body[0].value
    assert value["caption"] == "[EN] Jam layanan"
    assert list(value["header"]) == ["[EN] Hari", "[EN] Jam"]
    assert [list(row["cells"]) for row in value["rows"]] == [["[EN] Senin–Kamis", "[EN] 08.00–15.30"],
                                                             ["[EN] Jumat", "[EN] 08.00–14.30"]]
    html = client.get(en_page.url).text
    assert "<td>[EN] Senin–Kamis</td>" in html and "<td>Senin–Kamis</td>" not in html


def switcher(html):
    match = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S)
    return match.group(0) if match else ""


def alternates(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))


def every_page_type(bilingual):
    standard = StandardPage(title="Profil", slug="profil", intro="Tentang dinas.")
    bilingual.home.add_child(instance=standard)
    standard.save_revision().publish()
    bilingual.en.standard = translate(standard)[1]
    bilingual.en.post = translate(bilingual.post)[1]
    bilingual.standard = standard
    keys = ["home", "news_index", "post", "author_index", "author", "programme_index", "programme", "standard"]
    return [(getattr(bilingual, key), getattr(bilingual.en, key)) for key in keys]


def test_switcher_and_hreflang_on_every_page_type_in_both_languages(bilingual, client):
    root = Site.objects.get(is_default_site=True).root_url
    for source, english in every_page_type(bilingual):
        assert english.url.startswith("/en/") and not source.url.startswith("/en/")
        for page, other, lang in ((source, english, "id"), (english, source, "en")):
            response = client.get(page.url)
            assert response.status_code == 200, page.url
            html = response.text
            assert f'<html lang="{lang}">' in html
            assert f'href="{other.url}"' in switcher(html), page.url
            assert alternates(html) == {"id": root + source.url, "en": root + english.url,
                                        "x-default": root + source.url}
            og = "en_US" if lang == "en" else "id_ID"
            assert f'<meta property="og:locale" content="{og}">' in html


def test_untranslated_page_links_to_english_home_with_notice(bilingual, client):
    html = client.get(bilingual.post.url).text
    nav = switcher(html)
    assert 'href="/en/"' in nav and "This page is not yet available in English." in nav
    assert "hreflang=\"en\"" not in "".join(re.findall(r"<link rel=\"alternate\"[^>]*>", html))
    # And the other way round, in Indonesian, for an English-only page.
    extra = StandardPage(title="Only in English", slug="only-english")
    bilingual.en.home.add_child(instance=extra)
    extra.save_revision().publish()
    nav = switcher(client.get(extra.url).text)
    assert 'href="/"' in nav and "Halaman ini belum tersedia dalam Bahasa Indonesia." in nav


def test_dates_follow_the_language(bilingual, client):
    post = bilingual.post
    post.publication_date = datetime.date(2013, 1, 4)
    post.save_revision().publish()
    _, en_post = translate(NewsPage.objects.get(pk=post.pk))
    assert "4 January 2013" in client.get(en_post.url).text
    assert "4 Januari 2013" in client.get(post.url).text


def test_search_page_switches_to_its_english_address(bilingual, client):
    html = client.get(reverse("search:search")).text
    assert 'href="/en/search/"' in switcher(html)


def test_site_text_follows_the_language(bilingual, client):
    source = SiteText.objects.create(site=Site.objects.get(is_default_site=True), locale=Locale.get_default(),
                                     banner_text="Semua layanan gratis", opening_hours="Senin–Jumat 08.00–15.30")
    translate(source, translate=lambda text: {"Semua layanan gratis": "All services are free",
                                              "Senin–Jumat 08.00–15.30": "Mon–Fri 8:00–15:30"}[text])
    english = client.get(bilingual.en.home.url).text
    assert "All services are free" in english and "Mon–Fri 8:00–15:30" in english
    indonesian = client.get(bilingual.home.url).text
    assert "Semua layanan gratis" in indonesian and "All services are free" not in indonesian
    # The Indonesian row is the source itself: edited in Snippets, under the localisation app.
    url = reverse("wagtailsnippets_localisation_sitetext:edit", args=[source.pk])
    assert url.startswith("/admin/snippets/localisation/sitetext/")
    response = client_for(bilingual.users["admin"]).get(url)
    assert response.status_code == 200 and "Semua layanan gratis" in response.text


def test_demo_content_has_english_translations_made_with_wagtail_localize(demo_site, client):
    from wagtail.models import Page
    from wagtail_localize.models import Translation

    from demo.translations_en_news import POST_SLUGS

    english = Page.objects.live().filter(locale__language_code="en")
    assert english.type(NewsPage).count() == len(POST_SLUGS) >= 6
    assert english.type(AuthorPage).count() == AuthorPage.objects.filter(locale__language_code="id").count()
    assert {p.specific.short_name for p in english.type(ProgrammePage)} == {"LK3", "WKSBM"}
    assert english.type(HomePage).count() == 1 and english.type(NewsIndexPage).count() == 1
    assert Category.objects.filter(locale__language_code="en").count() == 5
    # Every English page is the target of a wagtail-localize translation, not an unrelated page.
    for page in english:
        assert Translation.objects.filter(source__object_id=page.translation_key, target_locale=page.locale).exists()
    post = english.type(NewsPage).get(slug="lk3-counselling-by-telephone").specific
    html = client.get(post.url).text
    assert "Can&#x27;t Come In? LK3 Now Offers Counselling by Telephone" in html or "Can't Come In?" in html
    assert all(link.author.locale.language_code == "en" for link in post.authors.all())
    assert all(category.locale.language_code == "en" for category in post.categories.all())
    home = english.type(HomePage).get().specific
    assert all(h.programme.locale.language_code == "en" for h in home.programme_highlights.all())
    about = client.get("/en/about/").text
    assert "Service area" in about and "Wilayah layanan" not in about
    assert "Every service of the Social Services Department of DIY is free of charge" in client.get("/en/").text


def test_archive_routes_keep_their_suffix_in_the_other_language(bilingual, client):
    year = bilingual.post.publication_date.year
    html = client.get(f"{bilingual.news_index.url}{year}/").text
    assert f'href="{bilingual.en.news_index.url}{year}/"' in switcher(html)
    assert alternates(html)["en"].endswith(f"{bilingual.en.news_index.url}{year}/")
