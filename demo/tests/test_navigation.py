"""The demo's main menu and footer: the order visitors of Indonesian government sites expect, in
both languages (demo/navigation.py); cms/tests/test_navigation_browser.py checks them on a phone."""

import re

import pytest

from demo.navigation import order_sections
from home.models import HomePage

pytestmark = pytest.mark.django_db
HOME = {"id": "/", "en": "/en/"}
MENU = {
    "id": ["Beranda", "Profil", "Layanan", "Program", "Berita", "PPID", "Pengaduan", "Hubungi Kami"],
    "en": ["Home", "About us", "Services", "Programmes", "News", "PPID", "Complaints", "Contact Us"],
}
FOOTER = {
    "id": MENU["id"][1:] + ["Survei Kepuasan Masyarakat", "Penulis"],
    "en": MENU["en"][1:] + ["Public Satisfaction Survey", "Authors"],
}
LINK = re.compile(r'<a href="(?P<href>[^"]*)"[^>]*>(?P<label>[^<]+)</a>')


def links(html, start):
    """(href, label) of the links from `start` to the end of its <nav>."""
    begin = html.index(start)
    return [(m["href"], m["label"].strip()) for m in LINK.finditer(html[begin:html.index("</nav>", begin)])]


@pytest.mark.parametrize("language", ["id", "en"])
def test_menu_and_footer_order_in_both_languages(demo_site, client, language):
    html = client.get(HOME[language]).content.decode()
    menu = links(html, '<nav class="main-nav"')
    footer = links(html, '<nav aria-labelledby="footer-links">')
    assert [label for _, label in menu] == MENU[language]
    assert [label for _, label in footer] == FOOTER[language]
    # Every link leads to a page of the visitor's language, and each answers.
    for href, label in menu + footer:
        assert href.startswith(HOME[language]) and (language == "en") == href.startswith("/en/"), (label, href)
        assert client.get(href).status_code == 200, (label, href)


def test_a_second_run_finds_the_order_in_place(demo_site):
    for home in HomePage.objects.filter(depth=2):
        assert order_sections(home) is False
