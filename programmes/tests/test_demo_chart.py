"""The demo's LK3 programme page shows its chart (core ChartBlock): the SVG and its data table, in
both languages, marked as example data."""

import re

import pytest

from core.tests.test_chart_block import check_accessible_svg, parts
from demo.programmes_data import LK3_CLIENTS, LK3_YEARS
from programmes.models import ProgrammePage

pytestmark = pytest.mark.django_db
TITLES = {"id": "Klien yang dilayani per tahun (data contoh)", "en": "Clients served per year (example data)"}
MARKED = {"id": "bukan data resmi", "en": "not official data"}


@pytest.mark.parametrize("language", ["id", "en"])
def test_lk3_page_shows_the_chart_and_its_table(demo_site, client, language):
    lk3 = ProgrammePage.objects.live().get(short_name="LK3", locale__language_code=language)
    html = client.get(lk3.url).content.decode()
    root, soup = parts(html)
    check_accessible_svg(root, TITLES[language])
    assert MARKED[language] in html
    block = soup.select_one(".block-chart")
    assert block is not None and block.find("table") is not None
    years = [th.get_text(strip=True) for th in block.select("tbody th")]
    cells = [re.sub(r"[.,]0+$", "", td.get_text(strip=True)) for td in block.select("tbody td")]
    assert years == list(LK3_YEARS) and cells == list(LK3_CLIENTS)
