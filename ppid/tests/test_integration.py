"""The PPID pages among the rest of the site: both languages, site search, cache purge, sitemap."""

import uuid

import pytest
from django.urls import reverse
from django.utils import translation

from cms import cache_urls
from news.tests.archive_fixtures import en_locale, translate  # noqa: F401 - en_locale is a fixture
from ppid.models import RefusalReason

pytestmark = pytest.mark.django_db
ROOT = "http://localhost"
UNITS_EN = {"sekretariat": "Secretariat", "bidang-perlindungan-jaminan-sosial": "Social Protection Division",
            "bidang-penanganan-fakir-miskin": "Poverty Handling Division",
            "brspa": "Centre for Social Rehabilitation and Child Care"}


@pytest.fixture
def bilingual(ppid_tree, en_locale):  # noqa: F811 - the imported fixture
    home_en = translate(ppid_tree["index"].get_parent().specific, en_locale)
    units = ppid_tree["units"]
    translate(units["sekretariat"].get_parent().specific, en_locale)
    units_en = {slug: translate(unit, en_locale) for slug, unit in units.items()}
    for slug, title in UNITS_EN.items():
        units_en[slug].title = title
        units_en[slug].save_revision().publish()
    index_en = translate(ppid_tree["index"], en_locale)
    entries_en = {key: translate(entry, en_locale) for key, entry in ppid_tree["entries"].items()}
    report, report_en = ppid_tree["report"], translate(ppid_tree["report"], en_locale)
    # Reasons as wagtail-localize leaves them: one translation key, a row per language (Wagtail's
    # own copy_for_translation, used above, does not translate child rows).
    for page, rows in ((report, [("Informasi dikecualikan (Pasal 17)", 2), ("Informasi belum dikuasai", 1)]),
                       (report_en, [("Exempted information (Article 17)", 2), ("Information not held", 1)])):
        for number, (reason, count) in enumerate(rows):
            page.refusal_reasons.add(RefusalReason(reason=reason, count=count, locale=page.locale,
                                                   translation_key=uuid.uuid5(uuid.NAMESPACE_URL, f"r{number}")))
        page.save_revision().publish()
    return {**ppid_tree, "home_en": home_en, "index_en": index_en, "entries_en": entries_en,
            "report_en": report_en, "units_en": units_en}


def test_every_page_renders_in_both_languages(client, bilingual):
    index_id, index_en = bilingual["index"], bilingual["index_en"]
    assert index_en.url.startswith("/en/")
    html = client.get(index_id.url).content.decode()
    assert "Informasi berkala (1)" in html and "Layanan dan prosedur" in html
    html = client.get(index_en.url).content.decode()
    assert '<html lang="en">' in html
    assert "Periodic information (1)" in html and "Exempted information (1)" in html
    assert "Services and procedures" in html and bilingual["report_en"].url in html

    html = client.get(index_en.url, {"category": "bogus"}).content.decode()
    assert "Some filters were not recognised and were ignored:" in html

    for language, index in (("id", index_id), ("en", index_en)):
        html = client.get(index.url + "dip/").content.decode()
        heading = {"id": "Daftar Informasi Publik (DIP)", "en": "List of public information (DIP)"}[language]
        assert heading in html, language

    entry_en = bilingual["entries_en"]["berkala"]
    html = client.get(entry_en.url).content.decode()
    assert "KIP category" in html and "Periodic information" in html and "Secretariat" in html
    assert bilingual["document"].url in html  # the document is synchronised, not copied
    exempted = client.get(bilingual["entries"]["dikecualikan"].url).content.decode()
    assert "Mengapa informasi ini dikecualikan" in exempted and "Membuka rahasia pribadi anak." in exempted
    assert "Unduh dokumen" not in exempted

    for report, texts in ((bilingual["report"], ["Permohonan tahun 2024", "4,5 hari kerja", "Alasan penolakan"]),
                          (bilingual["report_en"], ["Requests in 2024", "4.5 working days", "Reasons for refusal"])):
        html = client.get(report.url).content.decode()
        for text in texts:
            assert text in html, (report.url, text)
        assert "<td>2</td>" in html
    assert "Exempted information (Article 17)" in client.get(bilingual["report_en"].url).content.decode()


def test_site_search_finds_a_ppid_document(client, ppid_tree):
    url = reverse("search:search")
    entry = ppid_tree["entries"]["berkala"]
    html = client.get(url, {"q": "realisasi anggaran"}).content.decode()
    assert entry.url in html and "Informasi publik" in html
    html = client.get(url, {"q": "anggaran", "kind": "ppid"}).content.decode()
    assert entry.url in html
    html = client.get(url, {"q": "anggaran", "kind": "news"}).content.decode()
    assert entry.url not in html


def test_publishing_an_entry_purges_its_page_the_listings_and_the_dip(bilingual):
    entry = bilingual["entries"]["serta-merta"]
    urls = cache_urls.dependent_urls([entry.pk])
    index, index_en = bilingual["index"].full_url, bilingual["index_en"].full_url
    expected = {
        entry.full_url, bilingual["entries_en"]["serta-merta"].full_url,
        index, index + "?page=1", index + "dip/", index + "dip/csv/",
        index_en, index_en + "dip/", index_en + "dip/csv/",
        ROOT + "/", ROOT + "/sitemap.xml",
    }
    assert expected <= urls, sorted(expected - urls)
    assert bilingual["entries"]["berkala"].full_url not in urls


def test_publish_signal_purges_through_the_frontend_cache(ppid_tree, settings, monkeypatch,
                                                        django_capture_on_commit_callbacks):
    from cms import cache

    purged = []
    monkeypatch.setattr(cache, "purge", lambda urls: purged.extend(urls))
    settings.WAGTAILFRONTENDCACHE = {"nginx": {"BACKEND": "cms.cache.NginxPurgeBackend",
                                               "LOCATION": "http://127.0.0.1:9"}}
    entry = ppid_tree["entries"]["berkala"]
    entry.summary = "Ringkasan yang diperbarui."
    with django_capture_on_commit_callbacks(execute=True):
        entry.save_revision().publish()
    assert ppid_tree["index"].full_url + "dip/" in purged and entry.full_url in purged


def test_sitemap_lists_the_ppid_pages_in_both_languages(client, bilingual):
    body = client.get("/sitemap.xml").content.decode()
    for page in (bilingual["index"], bilingual["index_en"], bilingual["report"], bilingual["report_en"],
                 *bilingual["entries"].values(), *bilingual["entries_en"].values()):
        assert f"<loc>{page.full_url}</loc>" in body, page.url


def test_english_dip_csv_has_english_headings(client, bilingual):
    with translation.override("en"):
        response = client.get(bilingual["index_en"].url + "dip/csv/")
    first = response.content.decode("utf-8-sig").splitlines()[0]
    assert first.startswith("No.,Information,Summary,Category,Year,Responsible unit")
