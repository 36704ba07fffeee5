"""The SKM page: where editors may create it, what they may enter, what visitors see in both languages."""

import re
from decimal import Decimal
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import HomePage, StandardPage
from news.tests.archive_fixtures import en_locale, translate  # noqa: F401 - fixture
from search.kinds import kind_of_model
from search.service import Filters, search_pages
from survey.models import Half, SurveyPeriod, SurveyResultsPage

SVG = "{http://www.w3.org/2000/svg}"
FIRST = dict(year=2025, half=Half.FIRST, respondents=384,
             follow_up="Alur pengaduan disederhanakan.\n\nNomor antrean daring.",
             **{f"u{n}": Decimal(s) for n, s in enumerate(
                 ["3.28", "3.21", "3.05", "3.92", "3.30", "3.35", "3.52", "3.02", "3.10"], start=1)})
SECOND = dict(year=2025, half=Half.SECOND, respondents=1402, follow_up="Kursi roda ditambah.",
              **{f"u{n}": Decimal(s) for n, s in enumerate(
                  ["3.34", "3.29", "3.18", "3.94", "3.36", "3.41", "3.57", "3.15", "3.16"], start=1)})


def make_survey(parent, *periods, title="Survei Kepuasan Masyarakat", slug="skm"):
    page = SurveyResultsPage(title=title, slug=slug, intro="Hasil survei kepuasan layanan Dinas Sosial DIY.",
                             periods=[SurveyPeriod(**period, sort_order=i) for i, period in enumerate(periods)])
    parent.add_child(instance=page)
    page.save_revision().publish()
    return SurveyResultsPage.objects.get(pk=page.pk)


@pytest.fixture
def survey(home_page):
    # Entered newest first on purpose: the page orders periods by date, not by row order.
    return make_survey(home_page, SECOND, FIRST)


def svgs(html):
    return [ElementTree.fromstring(svg) for svg in re.findall(r"<svg.*?</svg>", html, re.S)]


# --- Where it lives ---------------------------------------------------------------------

def test_allowed_under_home_and_standard_pages_only():
    assert set(SurveyResultsPage.allowed_parent_page_models()) == {HomePage, StandardPage}
    assert SurveyResultsPage.allowed_subpage_models() == []
    assert SurveyResultsPage in HomePage.creatable_subpage_models()


def test_editor_panels_and_translatable_fields():
    panels = [p if isinstance(p, str) else getattr(p, "field_name", None) or getattr(p, "relation_name", None)
              for p in SurveyResultsPage.content_panels]
    assert {"intro", "periods", "method", "body"} <= set(panels)  # the title panel is a placeholder of Page
    translated = {f.field_name for f in SurveyResultsPage.translatable_fields
                  if type(f).__name__ == "TranslatableField"}
    assert {"title", "intro", "method", "body", "periods"} <= translated
    synchronised = {f.field_name for f in SurveyPeriod.translatable_fields if type(f).__name__ == "SynchronizedField"}
    assert synchronised == {"year", "half", "respondents", *(f"u{n}" for n in range(1, 10))}
    assert [f.field_name for f in SurveyPeriod.translatable_fields if type(f).__name__ == "TranslatableField"] == [
        "follow_up"]


# --- Validation -------------------------------------------------------------------------

@pytest.mark.parametrize(("field", "value"), [("u1", Decimal("4.01")), ("u9", Decimal("0.99")),
                                              ("respondents", 0), ("year", 2016), ("year", 2999)])
def test_impossible_values_are_refused(survey, field, value):
    period = SurveyPeriod(page=survey, **{**FIRST, field: value})
    with pytest.raises(ValidationError) as excinfo:
        period.full_clean(exclude=["translation_key", "locale"])
    assert field in excinfo.value.message_dict


def add_form_data(periods, title="SKM 2025"):
    rows = [{k: str(v) for k, v in period.items()} for period in periods]
    return nested_form_data({"title": title, "slug": "skm-2025", "intro": "", "method": rich_text(""),
                             "body": streamfield([]), "periods": inline_formset(rows, min=1),
                             "action-publish": "action-publish"})


def post_add(client, home_page, data):
    url = reverse("wagtailadmin_pages:add", args=("survey", "surveyresultspage", home_page.pk))
    return client.post(url, data)


def test_editor_can_publish_results(admin_client, home_page):
    response = post_add(admin_client, home_page, add_form_data([FIRST, SECOND]))
    assert response.status_code == 302
    page = SurveyResultsPage.objects.get(slug="skm-2025")
    assert page.live and [p.label for p in page.period_list] == ["Semester I 2025", "Semester II 2025"]


@pytest.mark.parametrize(("change", "field", "message"), [
    ({"u3": "4.5"}, "u3", "lebih kecil dari atau sama dengan 4"),
    ({"u3": "tiga"}, "u3", "Masukkan sebuah bilangan"),
    ({"u3": "3.255"}, "u3", "lebih dari 2 angka desimal"),
    ({"respondents": "-3"}, "respondents", "lebih besar dari atau sama dengan"),
    ({"year": "2999"}, "year", "tahun yang akan datang"),
])
def test_admin_form_refuses_impossible_values_with_a_message(admin_client, home_page, change, field, message):
    response = post_add(admin_client, home_page, add_form_data([{**FIRST, **change}]))
    assert response.status_code == 200
    errors = response.context["form"].formsets["periods"].forms[0].errors
    assert message in " ".join(errors[field]), errors
    assert not SurveyResultsPage.objects.filter(slug="skm-2025").exists()


def test_admin_form_refuses_the_same_period_twice(admin_client, home_page):
    response = post_add(admin_client, home_page, add_form_data([FIRST, {**SECOND, "half": Half.FIRST}]))
    assert response.status_code == 200
    form = response.context["form"]
    assert "dua kali" in " ".join(form.formsets["periods"].forms[1].errors["half"])
    assert form.non_field_errors()
    assert not SurveyResultsPage.objects.filter(slug="skm-2025").exists()


def test_admin_form_needs_at_least_one_period(admin_client, home_page):
    response = post_add(admin_client, home_page, add_form_data([]))
    assert response.status_code == 200
    assert not SurveyResultsPage.objects.filter(slug="skm-2025").exists()


# --- What visitors see ------------------------------------------------------------------

def test_latest_period_index_grade_and_charts_in_indonesian(client, survey):
    html = client.get(survey.url).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    latest = soup.select_one(".survey-latest")
    assert "Semester II 2025" in latest.h2.get_text()
    # 30.40 / 9 × 25 = 84.444… → 84,44; grade B "Baik"; 1.402 respondents.
    assert [dd.get_text(" ", strip=True) for dd in latest.select("dd")] == ["84,44", "B (Baik)", "1.402"]
    assert "Kursi roda ditambah." in latest.get_text()
    line, bars = svgs(html)
    for root in (line, bars):
        assert root.get("role") == "img"
        assert root.find(SVG + "title").text and root.find(SVG + "desc").text
    assert line.find(SVG + "title").text == "Indeks Kepuasan Masyarakat (IKM) per periode"
    assert "82,64" in line.find(SVG + "desc").text and "84,44" in line.find(SVG + "desc").text
    tables = soup.select(".block-chart table")
    assert [[c.get_text() for c in row.find_all(["th", "td"])] for row in tables[0].tbody.find_all("tr")] == [
        ["Sem. I 2025", "82,64"], ["Sem. II 2025", "84,44"]]
    element_rows = [[c.get_text() for c in row.find_all(["th", "td"])] for row in tables[1].tbody.find_all("tr")]
    assert element_rows[0] == ["U1 Persyaratan", "3,34"] and element_rows[3] == ["U4 Biaya/tarif", "3,94"]
    assert len(element_rows) == 9
    bar_labels = [t.text for t in bars.iter(SVG + "text") if t.get("font-weight") == "bold" and "," in t.text]
    assert bar_labels == [row[1] for row in element_rows]
    # Earlier periods keep their follow-up actions; the grade table shows the official ranges.
    earlier = soup.select_one("details.faq-item")
    assert [li.get_text() for li in earlier.select("li")] == ["Alur pengaduan disederhanakan.", "Nomor antrean daring."]
    assert "88,31–100,00" in soup.get_text() and "25,00–64,99" in soup.get_text()


def test_single_period_shows_only_the_elements_chart(client, home_page):
    page = make_survey(home_page, FIRST)
    html = client.get(page.url).content.decode()
    assert len(svgs(html)) == 1 and "82,64" in html


def test_english_translation_shows_the_same_figures(client, survey, en_locale):  # noqa: F811
    translate(survey.get_parent().specific, en_locale)
    english = translate(survey, en_locale)
    assert english.url.startswith("/en/")
    html = client.get(english.url).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    assert "Latest result: Semester II 2025" in soup.select_one(".survey-latest h2").get_text()
    assert [dd.get_text(" ", strip=True) for dd in soup.select(".survey-latest dd")] == [
        "84.44", "B (Good)", "1,402"]
    assert "U1 Requirements" in html and "3.34" in html
    assert svgs(html)[0].find(SVG + "title").text == "Satisfaction index (IKM) per period"


def test_page_without_periods_says_so(client, home_page):
    page = SurveyResultsPage(title="SKM kosong", slug="skm-kosong")
    home_page.add_child(instance=page)
    html = client.get(page.url).content.decode()
    assert "Belum ada hasil survei" in html and "<svg" not in html


def test_previews_render(survey, home_page):
    response = survey.make_preview_request()
    assert response.status_code == 200 and "84,44" in response.rendered_content
    unsaved = SurveyResultsPage(title="Belum disimpan", slug="belum", periods=[SurveyPeriod(**FIRST)])
    unsaved.depth, unsaved.path = home_page.depth + 1, home_page.path + "9999"
    unsaved.locale = home_page.locale
    response = unsaved.make_preview_request()
    assert response.status_code == 200 and "Belum disimpan" in response.rendered_content


# --- Search, cache, sitemap ---------------------------------------------------------------

def test_search_finds_the_survey_as_its_own_kind(client, survey):
    assert kind_of_model(SurveyResultsPage) == "survey"
    outcome = search_pages("kepuasan", Locale.get_default(), filters=Filters(kind="survey"))
    assert [c.title for c in outcome.candidates] == [survey.title]
    html = client.get(reverse("search:search"), {"q": "survei kepuasan"}).content.decode()
    assert survey.url in html


def test_publishing_purges_the_page_and_the_sitemap(survey, purged):
    survey.intro = "Hasil terbaru."
    urls = purged(lambda: survey.save_revision().publish())
    assert survey.full_url in urls and "http://localhost/sitemap.xml" in urls


def test_sitemap_lists_the_survey(client, survey):
    assert survey.full_url in client.get("/sitemap.xml").content.decode()
    Page.objects.filter(pk=survey.pk).update(live=False)
    assert survey.full_url not in client.get("/sitemap.xml").content.decode()
