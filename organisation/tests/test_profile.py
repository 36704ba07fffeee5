"""The profile page and the organisation units: content, the chart as nested lists, both languages."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale, PageViewRestriction

from news.tests.archive_fixtures import translate
from organisation.models import OrganisationUnitPage, ProfilePage

Kind = OrganisationUnitPage.Kind


def unit(parent, title, kind, **fields):
    page = OrganisationUnitPage(title=title, kind=kind, summary=f"Ringkasan {title}.", **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def profile(home_page):
    page = ProfilePage(
        title="Profil", vision="Terwujudnya kesejahteraan sosial masyarakat DIY yang berbudaya.",
        missions=[("mission", "Meningkatkan pelayanan sosial."), ("mission", "Memperkuat peran masyarakat.")],
        duties="<p>Melaksanakan urusan pemerintahan bidang sosial.</p>", head_name="Dra. Contoh Kepala, M.Si.")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    secretariat = unit(page, "Sekretariat", Kind.SECRETARIAT, head_name="Sekretaris Contoh")
    unit(secretariat, "Subbagian Umum", Kind.SECTION)
    division = unit(page, "Bidang Rehabilitasi Sosial", Kind.DIVISION)
    balai = unit(page, "Balai Rehabilitasi Sosial Contoh", Kind.TECHNICAL_UNIT, address="Jl. Contoh No. 1, Sleman",
                 phone="0274 000000", email="balai@example.go.id", opening_hours="Senin–Jumat 08.00–15.30",
                 duties="<p>Merehabilitasi penerima manfaat.</p>")
    return {"profile": page, "secretariat": secretariat, "division": division, "balai": balai, "home": home_page}


def test_profile_shows_vision_missions_duties_and_the_chart(client, profile):
    html = client.get(profile["profile"].url).content.decode()
    assert "Visi" in html and "Terwujudnya kesejahteraan sosial" in html
    assert '<ol class="profile__missions"><li class="mission">Meningkatkan pelayanan sosial.</li>' in html
    assert "Tugas pokok dan fungsi" in html and "Melaksanakan urusan pemerintahan" in html
    chart = html[html.index('class="org-chart"'):]
    # Nested lists in tree order: the section sits inside the secretariat's item.
    secretariat = chart.index("Sekretariat</span>")
    assert secretariat < chart.index("Subbagian Umum") < chart.index("</ul>", chart.index("Subbagian Umum")) \
        < chart.index("Bidang Rehabilitasi Sosial") < chart.index("Balai Rehabilitasi Sosial Contoh")
    assert chart.count('<ul class="org-chart__level">') == 2
    assert "Sekretaris Contoh" in chart and "Kepala Dinas Sosial DIY" in chart


def test_drafts_and_private_units_stay_off_the_chart(client, profile):
    draft = OrganisationUnitPage(title="Unit Rancangan", kind=Kind.DIVISION, summary="x", live=False)
    profile["profile"].add_child(instance=draft)
    private = unit(profile["profile"], "Unit Tertutup", Kind.DIVISION)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    html = client.get(profile["profile"].url).content.decode()
    assert "Unit Rancangan" not in html and "Unit Tertutup" not in html


def test_the_chart_costs_the_same_queries_for_more_units(client, profile):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(profile["profile"].url).status_code == 200
        return len(captured)

    queries()
    queries()  # twice: the first request created the settings row, a change (core/frame.py)
    few = queries()
    for n in range(5):
        unit(profile["division"], f"Seksi {n}", Kind.SECTION)
    queries()
    assert queries() == few


def test_unit_page_shows_its_contact_and_sub_units(client, profile):
    html = client.get(profile["balai"].url).content.decode()
    assert "Unit pelaksana teknis (balai/UPT)" in html
    assert "Jl. Contoh No. 1, Sleman" in html and 'href="tel:0274000000"' in html
    assert 'href="mailto:balai@example.go.id"' in html and "Senin–Jumat 08.00–15.30" in html
    assert "Merehabilitasi penerima manfaat" in html
    secretariat = client.get(profile["secretariat"].url).content.decode()
    assert "Subbagian Umum" in secretariat[secretariat.index('class="org-chart"'):]


def test_english_profile(client, profile):
    english = Locale.objects.get_or_create(language_code="en")[0]
    translate(profile["home"], english)
    profile_en = translate(profile["profile"], english)
    translate(profile["balai"], english)
    html = client.get(profile_en.url).content.decode()
    assert profile_en.url.startswith("/en/") and "Vision" in html and "Duties and functions" in html
    assert "Balai Rehabilitasi Sosial Contoh" in html  # the translated unit, still untranslated text
    assert "Bidang Rehabilitasi Sosial" not in html  # no English version yet: not on the English chart


def test_previews_and_editor_forms(admin_client, profile):
    for page in (profile["profile"], profile["balai"]):
        assert admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200
        preview = page.make_preview_request()
        assert preview.status_code == 200 and page.title in preview.rendered_content
    add = reverse("wagtailadmin_pages:add", args=["organisation", "organisationunitpage", profile["balai"].pk])
    assert admin_client.get(add).status_code == 200


def test_only_one_profile_per_site_and_units_only_under_it(profile):
    assert not ProfilePage.can_create_at(profile["home"])
    assert all(OrganisationUnitPage.can_create_at(profile[parent]) for parent in ("profile", "balai"))
    assert not OrganisationUnitPage.can_create_at(profile["home"])


def test_api_shows_the_unit_s_public_fields(client, profile):
    data = client.get(f"/api/v2/pages/{profile['balai'].pk}/").json()
    assert data["kind"] == "technical-unit" and data["address"] == "Jl. Contoh No. 1, Sleman"
    assert client.get(f"/api/v2/pages/{profile['profile'].pk}/").json()["missions"][1]["value"] \
        == "Memperkuat peran masyarakat."
