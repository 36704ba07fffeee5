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
