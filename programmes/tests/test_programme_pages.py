from cms.tests import factories as f
from news.models import NewsPageProgramme


def test_programme_page_shows_locations_cost_and_related_news(client, site_tree):
    programme = site_tree["programme"]
    post = site_tree["post"]
    NewsPageProgramme.objects.create(page=post, programme=programme)
    f.ServiceLocationFactory(page=programme, name="LK3 Kota Yogyakarta", regency="kota-yogyakarta",
                             phone="0274 000 000", opening_hours="Senin–Jumat 08.00–15.30")
    html = client.get(programme.url).content.decode()
    assert "LK3" in html and "Lembaga Konsultasi Kesejahteraan Keluarga" in html
    assert "Tidak dipungut biaya" in html
    assert "LK3 Kabupaten Sleman" in html and "Kabupaten Sleman" in html
    assert "LK3 Kota Yogyakarta" in html and "Senin–Jumat 08.00–15.30" in html
    assert post.title in html


def test_programme_index_lists_programmes(client, site_tree):
    html = client.get(site_tree["programme_index"].url).content.decode()
    assert site_tree["programme"].url in html


def test_a_warm_programme_page_reads_no_location_and_shows_a_new_one_at_once(client, site_tree):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Page

    from programmes.models import ServiceLocation

    url = site_tree["programme"].url
    for _ in range(2):  # the settings row is made on the first request and moves the version
        client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert "LK3 Kabupaten Sleman" in client.get(url).content.decode()
    assert not [q for q in captured.captured_queries if "programmes_servicelocation" in q["sql"]]

    programme = Page.objects.get(pk=site_tree["programme"].pk).specific
    programme.locations.add(ServiceLocation(name="LK3 Kabupaten Bantul", regency="bantul", address="Jl. Wachid Hasyim"))
    programme.save_revision().publish()
    assert "LK3 Kabupaten Bantul" in client.get(url).content.decode()
