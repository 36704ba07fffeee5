"""The chart block: accessible SVG, the same figures in its table, and what editors may enter."""

import re
from decimal import Decimal
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation
from wagtail.blocks import StructBlockValidationError
from wagtail.test.utils.form_data import nested_form_data, streamfield

from core import charts
from core.blocks import BodyBlock, ChartBlock
from home.models import StandardPage

SVG = "{http://www.w3.org/2000/svg}"


def chart_value(**overrides):
    data = {
        "title": "Klien LK3 per tahun", "chart_type": "bar", "description": "",
        "category_label": "Tahun", "value_label": "Jumlah klien",
        "categories": ["2022", "2023", "2024"],
        "series": [{"name": "Konsultasi", "values": [412, 1468, 530]},
                   {"name": "Pendampingan", "values": ["96.5", 120, 141]}],
    }
    data.update(overrides)
    return ChartBlock().to_python(data)


def parts(html):
    """(svg element tree, the block's soup) of a rendered chart."""
    svg = re.search(r"<svg.*?</svg>", html, re.S).group(0)
    return ElementTree.fromstring(svg), BeautifulSoup(html, "html.parser")


def check_accessible_svg(root, title):
    assert root.tag == SVG + "svg" and root.get("role") == "img"
    title_el, desc_el = root.find(SVG + "title"), root.find(SVG + "desc")
    assert title_el.text == title and desc_el.text.strip()
    assert root.get("aria-labelledby").split() == [title_el.get("id"), desc_el.get("id")]
    assert "viewBox" in root.attrib and "script" not in ElementTree.tostring(root, encoding="unicode")


@pytest.mark.parametrize("kind", ["bar", "line"])
@pytest.mark.parametrize(("language", "expected"), [("id", ["412,0", "1.468,0", "96,5"]),
                                                    ("en", ["412.0", "1,468.0", "96.5"])])
def test_svg_is_valid_xml_with_title_desc_and_the_same_figures_as_its_table(kind, language, expected):
    with translation.override(language):
        html = ChartBlock().render(chart_value(chart_type=kind))
    root, soup = parts(html)
    check_accessible_svg(root, "Klien LK3 per tahun")
    # Value labels are bold; tick labels are not.
    labels = [el.text for el in root.iter(SVG + "text") if el.get("font-weight") == "bold"
              and el.text not in ("Tahun", "Jumlah klien")]
    table = soup.find("table")
    cells = [td.get_text() for td in table.find_all("td")]
    assert sorted(labels) == sorted(cells)
    assert set(expected) <= set(cells)
    assert [th.get_text() for th in table.find_all("th", scope="row")] == ["2022", "2023", "2024"]
    assert [th.get_text() for th in table.find("thead").find_all("th")] == ["Tahun", "Konsultasi", "Pendampingan"]
    assert soup.find("figcaption").get_text() == "Klien LK3 per tahun"
    assert soup.find("details").find("table") is not None


def test_series_are_told_apart_without_colour():
    html = ChartBlock().render(chart_value())
    root, _soup = parts(html)
    fills = {rect.get("fill") for rect in root.iter(SVG + "rect") if rect.get("fill", "").startswith("url(")}
    assert len(fills) == 2  # one pattern per series: solid and hatched
    line = ChartBlock().render(chart_value(chart_type="line"))
    root, _soup = parts(line)
    dashes = [p.get("stroke-dasharray") for p in root.iter(SVG + "polyline")]
    assert len(set(dashes)) == 2
    assert root.find(f"{SVG}circle") is not None and root.find(f"{SVG}rect[@width='10']") is not None


def test_generated_description_and_escaping():
    html = ChartBlock().render(chart_value(title='<script>alert("x")</script> & co'))
    root, _soup = parts(html)
    assert root.find(SVG + "title").text == '<script>alert("x")</script> & co'
    assert "<script>" not in html
    with translation.override("id"):
        desc = ChartBlock().render(chart_value()).split("<desc")[1]
    assert "Grafik batang dengan 3 kategori dan 2 seri, nilai dari 96,5 sampai 1.468,0." in desc
    written = ChartBlock().render(chart_value(description="Klien naik tiap tahun."))
    assert parts(written)[0].find(SVG + "desc").text == "Klien naik tiap tahun."


def test_two_charts_on_a_page_have_distinct_ids():
    first, second = (parts(ChartBlock().render(chart_value()))[0] for _ in range(2))
    assert first.find(SVG + "title").get("id") != second.find(SVG + "title").get("id")


def test_preview_value_renders():
    block = BodyBlock().child_blocks["chart"]
    root, soup = parts(block.render(block.get_preview_value()))
    check_accessible_svg(root, "Klien LK3 yang dilayani per tahun")
    assert len(soup.find("tbody").find_all("tr")) == 3


def test_series_with_a_value_missing_is_refused_with_a_clear_message():
    block = ChartBlock()
    value = chart_value(series=[{"name": "Konsultasi", "values": [1, 2, 3]}, {"name": "Kasus", "values": [1, 2]}])
    messages = {}
    for language in ("id", "en"):
        with translation.override(language), pytest.raises(StructBlockValidationError) as excinfo:
            block.clean(value)
        series_errors = excinfo.value.block_errors["series"].block_errors
        assert list(series_errors) == [1]
        messages[language] = series_errors[1].block_errors["values"].messages[0]
    assert messages == {
        "id": "Seri ini berisi 2 nilai, padahal ada 3 kategori: isikan tepat satu nilai untuk setiap kategori.",
        "en": "This series has 2 values but there are 3 categories: enter exactly one value per category."}
    assert block.clean(chart_value())["title"] == "Klien LK3 per tahun"


def test_negative_values_and_too_many_series_are_refused():
    block = ChartBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(chart_value(series=[{"name": "A", "values": [1, -2, 3]}]))
    with pytest.raises(StructBlockValidationError) as excinfo:
        block.clean(chart_value(series=[{"name": f"S{i}", "values": [1, 2, 3]} for i in range(5)]))
    assert "series" in excinfo.value.block_errors
    with pytest.raises(StructBlockValidationError) as excinfo:
        block.clean(chart_value(categories=[]))
    assert "categories" in excinfo.value.block_errors


def list_block(values):
    return {**{str(i): {"value": value, "deleted": "", "order": str(i), "id": ""} for i, value in enumerate(values)},
            "count": str(len(values))}


def chart_form_value(values):
    return {
        "title": "Klien", "chart_type": "bar", "description": "", "category_label": "", "value_label": "",
        "categories": list_block(["2023", "2024"]),
        "series": list_block([{"name": "Klien", "values": list_block(values)}]),
    }


@pytest.mark.parametrize(("values", "saved"), [(["12", "abc"], False), (["12"], False), (["12", "15.5"], True)])
def test_editor_form_accepts_only_numbers_one_per_category(admin_client, home_page, values, saved):
    """Through the admin's add-page form: letters or a missing value give a form error, never a 500."""
    data = nested_form_data({"title": "Data layanan", "slug": "data-layanan", "intro": "",
                             "body": streamfield([("chart", chart_form_value(values))]),
                             "action-publish": "action-publish"})
    url = reverse("wagtailadmin_pages:add", args=("home", "standardpage", home_page.pk))
    response = admin_client.post(url, data)
    page = StandardPage.objects.filter(slug="data-layanan").first()
    if saved:
        assert response.status_code == 302 and page is not None
        chart = page.body[0].value
        assert [list(s["values"]) for s in chart["series"]] == [[Decimal("12"), Decimal("15.5")]]
    else:
        assert response.status_code == 200 and page is None
        assert "body" in response.context["form"].errors


def test_chart_renders_in_standard_and_programme_pages(client, site_tree):
    raw = {"title": "Klien per tahun", "chart_type": "line", "categories": ["2023", "2024"],
           "series": [{"name": "Klien", "values": [10, 20]}]}
    standard = site_tree["home"].add_child(instance=StandardPage(title="Data", slug="data", body=[("chart", raw)]))
    programme = site_tree["programme"]
    programme.body = [("chart", raw)]
    programme.save_revision().publish()
    for page in (standard, programme):
        html = client.get(page.url).content.decode()
        root, soup = parts(html)
        check_accessible_svg(root, "Klien per tahun")
        assert [td.get_text() for td in soup.select(".block-chart td")] == ["10", "20"]


@pytest.mark.parametrize(("low", "high", "expected"), [(0, 530, (0, 600, 200)), (0, 4, (0, 4, 1)),
                                                       (0, 0, (0, 0.2, 0.2)), (80.5, 85, (80, 85, 1))])
def test_nice_scale(low, high, expected):
    start, stop, step = charts.nice_scale(low, high)
    assert (start, stop) == pytest.approx(expected[:2]) and step == pytest.approx(expected[2])
