def test_unknown_url_gets_friendly_indonesian_404(client, site_tree):
    response = client.get("/halaman-yang-tidak-ada/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Halaman tidak ditemukan" in html
    assert '<html lang="id">' in html
    assert "Traceback" not in html


def test_unknown_nested_url_is_404_not_500(client, site_tree):
    assert client.get("/berita/tidak-ada/sama-sekali/").status_code == 404
