"""End to end: Debian's nginx with the production page-cache configuration (deploy/nginx/)
in front of the live test server, and the purge module answering Django's purges.
"""

import os
import shutil
import socket
import subprocess
import tempfile
import urllib.error
import urllib.request
from types import SimpleNamespace

import pytest
from wagtail.models import Page

from cms.nginx import NGINX, PURGE_MODULE, LocalNginx

pytestmark = [pytest.mark.nginx, pytest.mark.django_db(transaction=True)]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def nginx(live_server, settings):
    if not (os.path.exists(NGINX) and os.path.exists(PURGE_MODULE)):
        pytest.fail("nginx or its cache-purge module is missing: run scripts/system-deps.sh test")
    directory = tempfile.mkdtemp(prefix="dinsos-nginx-")
    os.chmod(directory, 0o755)  # nginx's workers (www-data when run as root) keep the cache there
    port, purge_port = free_port(), free_port()
    server = LocalNginx(directory, listen=f"127.0.0.1:{port}",
                        upstream=f"{live_server.thread.host}:{live_server.thread.port}",
                        purge_listen=f"127.0.0.1:{purge_port}", static_root=settings.STATIC_ROOT,
                        media_root=settings.MEDIA_ROOT).start()
    yield SimpleNamespace(url=f"http://127.0.0.1:{port}", purge_location=f"http://127.0.0.1:{purge_port}")
    server.stop()
    shutil.rmtree(directory, ignore_errors=True)


def fetch(url, cookie=None):
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return SimpleNamespace(status=response.status, headers=response.headers, text=response.read().decode())
    except urllib.error.HTTPError as error:
        return SimpleNamespace(status=error.code, headers=error.headers, text=error.read().decode())


def purging_to(settings, nginx):
    settings.WAGTAILFRONTENDCACHE = {"nginx": {"BACKEND": "cms.cache.NginxPurgeBackend",
                                               "LOCATION": nginx.purge_location}}


def publish_title(page, title):
    page = Page.objects.get(pk=page.pk).specific
    page.title = title
    page.save_revision().publish()


def test_pages_come_from_the_cache_and_a_publish_shows_on_the_next_request(nginx, site_tree, settings):
    purging_to(settings, nginx)
    post = site_tree["post"]
    first, second = fetch(nginx.url + post.url), fetch(nginx.url + post.url)
    assert (first.status, first.headers["X-Cache-Status"]) == (200, "MISS")
    assert (second.status, second.headers["X-Cache-Status"]) == (200, "HIT")
    assert post.title in second.text
    assert "X-Accel-Expires" not in second.headers  # nginx keeps it to itself
    for url in ("/", site_tree["news_index"].url):
        fetch(nginx.url + url)
        assert fetch(nginx.url + url).headers["X-Cache-Status"] == "HIT"

    publish_title(post, "Judul sesudah terbit")

    for url in (post.url, "/", site_tree["news_index"].url):
        page = fetch(nginx.url + url)
        assert page.headers["X-Cache-Status"] == "MISS", url
        assert "Judul sesudah terbit" in page.text, url


def test_without_the_purge_the_old_copy_would_stay(nginx, site_tree, settings):
    """The control for the test above: it is the purge that makes the change visible."""
    settings.WAGTAILFRONTENDCACHE = {}
    post = site_tree["post"]
    fetch(nginx.url + post.url)
    publish_title(post, "Judul yang belum tampak")
    stale = fetch(nginx.url + post.url)
    assert stale.headers["X-Cache-Status"] == "HIT"
    assert "Judul yang belum tampak" not in stale.text


def test_unpublished_page_is_gone_at_once(nginx, site_tree, settings):
    purging_to(settings, nginx)
    post = site_tree["post"]
    assert fetch(nginx.url + post.url).status == 200
    assert fetch(nginx.url + post.url).headers["X-Cache-Status"] == "HIT"
    Page.objects.get(pk=post.pk).specific.unpublish()
    assert fetch(nginx.url + post.url).status == 404
    assert post.title not in fetch(nginx.url + site_tree["news_index"].url).text


def test_signed_in_editors_bypass_the_cache(nginx, site_tree, client, django_user_model):
    url = nginx.url + site_tree["post"].url
    fetch(url)
    assert fetch(url).headers["X-Cache-Status"] == "HIT"
    client.force_login(django_user_model.objects.create_superuser("editor", "e@example.org", "x"))
    session = f"sessionid={client.cookies['sessionid'].value}"
    response = fetch(url, cookie=session)
    assert response.headers["X-Cache-Status"] == "BYPASS"
    assert response.headers["Cache-Control"] == "private, no-store"
    assert 'id="wagtail-userbar-template"' in response.text  # the editor's own page, not the cached one


@pytest.mark.django_db(transaction=False)
def test_the_production_site_file_is_valid_nginx(tmp_path):
    """What docs/deploy.md installs: rendered for a host, checked by nginx itself (nginx -t)."""
    from cms.nginx import site_config

    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
                    "-days", "1", "-subj", "/CN=dinsos.test"], check=True, capture_output=True)
    (tmp_path / "site.conf").write_text(site_config("dinsos.test", "/srv/dinsos", cache_dir=str(tmp_path / "cache"),
                                                    tls_cert=str(cert), tls_key=str(key)))
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nload_module {PURGE_MODULE};\nevents {{}}\n"
        f"http {{ include /etc/nginx/mime.types; include {tmp_path}/site.conf; }}\n")
    result = subprocess.run([NGINX, "-t", "-c", str(tmp_path / "nginx.conf")], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "proxy_cache_purge dinsos_pages" in (tmp_path / "site.conf").read_text()


def test_long_addresses_get_an_answer_or_414_never_a_502(nginx, site_tree):
    news = site_tree["news_index"].url
    for length in (3_000, 7_000):
        long_path = fetch(nginx.url + news + "x" * length + "/")
        assert long_path.status == 404, length
        long_query = fetch(nginx.url + "/cari/?q=" + "bansos+" * (length // 7))
        assert long_query.status < 500, length
    assert fetch(nginx.url + "/" + "x" * 9_000 + "/").status == 414
