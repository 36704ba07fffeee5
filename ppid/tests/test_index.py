"""The PPID index: filters, search, pagination, the DIP table and its CSV, private documents."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Collection, CollectionViewRestriction

from .conftest import make_document
from .factories import PublicInformationPageFactory

pytestmark = pytest.mark.django_db


def listed_titles(html, entries):
    return {key for key, entry in entries.items() if f">{entry.title}</a></h3>" in html}


def test_index_introduces_the_service_and_links_the_procedures(client, ppid_tree):
    html = client.get(ppid_tree["index"].url).content.decode()
    assert ppid_tree["report"].url in html
    assert ppid_tree["index"].url + "dip/" in html
    assert listed_titles(html, ppid_tree["entries"]) == set(ppid_tree["entries"])
    assert "Informasi berkala (1)" in html and "Informasi dikecualikan (1)" in html


@pytest.mark.parametrize("category", ["berkala", "serta-merta", "setiap-saat", "dikecualikan"])
def test_filter_by_each_category(client, ppid_tree, category):
    html = client.get(ppid_tree["index"].url, {"category": category}).content.decode()
    assert listed_titles(html, ppid_tree["entries"]) == {category}
    assert f'<option value="{category}" selected>' in html


@pytest.mark.parametrize(("year", "expected"), [(2023, {"berkala"}), (2024, {"serta-merta", "dikecualikan"}),
                                                (2025, {"setiap-saat"})])
def test_filter_by_each_year(client, ppid_tree, year, expected):
    html = client.get(ppid_tree["index"].url, {"year": year}).content.decode()
    assert listed_titles(html, ppid_tree["entries"]) == expected


def test_filters_combine_with_unit(client, ppid_tree):
    url, brspa = ppid_tree["index"].url, ppid_tree["units"]["brspa"].pk
    html = client.get(url, {"unit": brspa}).content.decode()
    assert listed_titles(html, ppid_tree["entries"]) == {"dikecualikan"}
    html = client.get(url, {"unit": brspa, "category": "berkala"}).content.decode()
    assert listed_titles(html, ppid_tree["entries"]) == set()
    assert "Tidak ada informasi publik yang sesuai dengan pilihan ini." in html


@pytest.mark.parametrize("params", [
    {"category": "rahasia"}, {"year": "abc"}, {"year": "1999"}, {"year": "99999999999999999999"},
    {"unit": "<script>"}, {"unit": "brspa"}, {"unit": "999999"}, {"unit": "-1"}, {"unit": "1.5"},
    {"category": ["berkala", "x"]}, {"page": "-1"}, {"page": "99999"},
    {"q": "bantuan " * 300}, {"q": "' OR 1=1 --"},
])
def test_bad_values_give_a_clear_message_never_an_error(client, ppid_tree, params):
    response = client.get(ppid_tree["index"].url, params)
    assert response.status_code == 200
    html = response.content.decode()
    if {"category", "year", "unit"} & set(params):
        assert "Beberapa filter tidak dikenali dan diabaikan" in html
        if "category" in params and params["category"] == "rahasia":
            # The bad filter is ignored, not the listing: everything is still listed.
            assert listed_titles(html, ppid_tree["entries"]) == set(ppid_tree["entries"])
    assert "<script>" not in html.split("<main", 1)[1]


def test_search_within_the_index(client, ppid_tree):
    html = client.get(ppid_tree["index"].url, {"q": "anggaran"}).content.decode()
    assert listed_titles(html, ppid_tree["entries"]) == {"berkala"}
    html = client.get(ppid_tree["index"].url, {"q": "anggaran", "category": "serta-merta"}).content.decode()
    assert listed_titles(html, ppid_tree["entries"]) == set()


def test_pagination_keeps_the_filters(client, ppid_tree):
    for number in range(25):
        PublicInformationPageFactory(parent=ppid_tree["index"], title=f"Data berkala {number:02d}", year=2022)
    html = client.get(ppid_tree["index"].url, {"year": 2022}).content.decode()
    assert "halaman 1 dari 2" in html
    assert "?year=2022&amp;page=2" in html
    html = client.get(ppid_tree["index"].url, {"year": 2022, "page": 2}).content.decode()
    assert "Data berkala" in html and "Laporan Keuangan 2023" not in html


def test_listing_costs_a_fixed_number_of_queries(client, ppid_tree):
    url = ppid_tree["index"].url
    client.get(url)  # warm the site and settings caches;
    client.get(url)  # twice: the first request created the settings row, a change (core/frame.py)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for number in range(10):
        PublicInformationPageFactory(parent=ppid_tree["index"], title=f"Tambahan {number}")
    client.get(url)  # new pages move the site frame's content version: warm it again
    with CaptureQueriesContext(connection) as many:
        client.get(url)
    assert len(many) == len(few), [q["sql"] for q in many.captured_queries]


def test_drafts_and_private_collections_are_never_listed(client, ppid_tree):
    index, entries = ppid_tree["index"], ppid_tree["entries"]
    private = Collection.get_first_root_node().add_child(name="Internal")
    inner = private.add_child(name="Internal/Rapat")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    secret = PublicInformationPageFactory(parent=index, title="Notulen Rapat Terbatas",
                                          document=make_document("Notulen Terbatas", collection=inner))
    draft = PublicInformationPageFactory(parent=index, title="Rancangan Belum Terbit", live=False)
    for url in (index.url, index.url + "dip/", index.url + "dip/csv/", index.url + "?q=notulen"):
        body = client.get(url).content.decode("utf-8-sig")
        assert secret.title not in body and draft.title not in body, url
        assert secret.document.url not in body
    assert entries["berkala"].title in client.get(index.url + "dip/").content.decode()


def test_dip_table_lists_public_information_and_the_exempted_list(client, ppid_tree):
    entries = ppid_tree["entries"]
    response = client.get(ppid_tree["index"].url + "dip/")
    assert response.status_code == 200
    html = response.content.decode()
    public_part, exempted_part = html.split('id="dikecualikan"')
    for key in ("berkala", "serta-merta", "setiap-saat"):
        assert entries[key].title in public_part
    assert entries["dikecualikan"].title not in public_part
    assert entries["dikecualikan"].title in exempted_part and "UU 14/2008 Pasal 17 huruf h" in exempted_part
    assert '<th scope="col">Jangka waktu penyimpanan</th>' in public_part
    assert "Unduh sebagai CSV" in html


def test_dip_csv_download(client, ppid_tree):
    entries = ppid_tree["entries"]
    entries["setiap-saat"].summary = "=HYPERLINK(\"http://evil\")"
    entries["setiap-saat"].save_revision().publish()
    response = client.get(ppid_tree["index"].url + "dip/csv/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["No.", "Informasi", "Ringkasan"]
    titles = {row[1] for row in rows[1:]}
    assert titles == {entries[key].title for key in ("berkala", "serta-merta", "setiap-saat")}
    assert all(not row[2].startswith("=") for row in rows[1:])


def test_unknown_sub_route_is_a_404(client, ppid_tree):
    assert client.get(ppid_tree["index"].url + "dip/xls/").status_code == 404


def test_a_warm_index_reads_nothing_and_follows_every_change_at_once(client, ppid_tree):
    index, entries = ppid_tree["index"], ppid_tree["entries"]
    for url in (index.url, index.url + "?category=berkala"):
        client.get(url), client.get(url)  # the settings row moves the version on the first request
        with CaptureQueriesContext(connection) as warm:
            assert entries["berkala"].title in client.get(url).content.decode()
        assert len(warm) == 0, [q["sql"] for q in warm.captured_queries]
    # The entry's document moves into a private collection: the entry leaves the list.
    private = Collection.get_first_root_node().add_child(name="Arsip terbatas")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    assert entries["berkala"].title in client.get(index.url).content.decode()  # kept under the new version
    document = ppid_tree["document"]
    document.collection = private
    document.save()
    html = client.get(index.url).content.decode()
    assert entries["berkala"].title not in html and "Informasi berkala (0)" in html
    # The restriction is lifted: it is listed again.
    CollectionViewRestriction.objects.filter(collection=private).delete()
    assert entries["berkala"].title in client.get(index.url + "?category=berkala").content.decode()
    # A new entry is published.
    fresh = PublicInformationPageFactory(parent=index, title="Rencana Strategis 2026", category="berkala", year=2026)
    html = client.get(index.url).content.decode()
    assert fresh.title in html and '<option value="2026"' in html
