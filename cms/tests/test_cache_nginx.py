"""End to end: Debian's nginx with the production page-cache configuration (deploy/nginx/)
in front of the live test server, and the purge module answering Django's purges.
"""

import http.client
import os
import re
import shutil
import socket
import subprocess
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from types import SimpleNamespace

import pytest
from wagtail.models import Page

from cms.nginx import NGINX, PURGE_MODULE, LocalNginx

from .documents import PRIVATE_TEXT, PUBLIC_TEXT, documents_and_people

pytestmark = [pytest.mark.nginx, pytest.mark.django_db(transaction=True)]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def local_nginx(live_server, settings, **options):
    if not (os.path.exists(NGINX) and os.path.exists(PURGE_MODULE)):
        pytest.fail("nginx or its cache-purge module is missing: run scripts/system-deps.sh test")
    directory = tempfile.mkdtemp(prefix="dinsos-nginx-")
    os.chmod(directory, 0o755)  # nginx's workers (www-data when run as root) keep the cache there
    port, purge_port = free_port(), free_port()
    server = LocalNginx(directory, listen=f"127.0.0.1:{port}",
                        upstream=f"{live_server.thread.host}:{live_server.thread.port}",
                        purge_listen=f"127.0.0.1:{purge_port}", static_root=settings.STATIC_ROOT,
                        media_root=settings.MEDIA_ROOT, **options).start()
    yield SimpleNamespace(url=f"http://127.0.0.1:{port}", purge_location=f"http://127.0.0.1:{purge_port}",
                          conf=server.conf.read_text())
    server.stop()
    shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture
def nginx(live_server, settings):
    yield from local_nginx(live_server, settings)


@pytest.fixture
def nginx_for_bench(live_server, settings):
    """As `make bench` renders it: the per-visitor limits count nobody."""
    yield from local_nginx(live_server, settings, limits=False)


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


def test_tracking_parameters_share_the_clean_address_s_entry(nginx, site_tree, settings):
    purging_to(settings, nginx)
    post = site_tree["post"]
    assert fetch(nginx.url + post.url).headers["X-Cache-Status"] == "MISS"
    for query in ("utm_source=a", "utm_source=wa&utm_medium=social&utm_campaign=x&fbclid=1", "gclid=z"):
        shared = fetch(f"{nginx.url}{post.url}?{query}")
        assert (shared.status, shared.headers["X-Cache-Status"]) == (200, "HIT"), query
    # Other query strings are keys of their own: never answered from the clean page's entry.
    for query in ("ref=a", "utm_source=a&ref=a", "utm%5Fsource=a"):
        assert fetch(f"{nginx.url}{post.url}?{query}").headers["X-Cache-Status"] == "MISS", query
    listing = site_tree["news_index"].url
    fetch(nginx.url + listing + "?page=2")
    assert fetch(nginx.url + listing + "?utm_source=a&page=2").headers["X-Cache-Status"] == "HIT"
    assert fetch(nginx.url + listing + "?utm_source=a").headers["X-Cache-Status"] == "MISS"  # page 1 is not page 2

    # The tagged request above filled the clean address's entry, and the publish purge reaches it.
    assert fetch(nginx.url + listing).headers["X-Cache-Status"] == "HIT"
    publish_title(post, "Judul baru untuk tautan bersama")
    for url in (f"{post.url}?utm_source=a", f"{listing}?fbclid=b"):
        page = fetch(nginx.url + url)
        assert page.headers["X-Cache-Status"] == "MISS", url
        assert "Judul baru untuk tautan bersama" in page.text, url


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
    assert "limit_req zone=dinsos_suggest" in (tmp_path / "site.conf").read_text()


def test_long_addresses_get_an_answer_or_414_never_a_502(nginx, site_tree):
    news = site_tree["news_index"].url
    for length in (3_000, 7_000):
        long_path = fetch(nginx.url + news + "x" * length + "/")
        assert long_path.status == 404, length
        long_query = fetch(nginx.url + "/cari/?q=" + "bansos+" * (length // 7))
        assert long_query.status < 500, length
    assert fetch(nginx.url + "/" + "x" * 9_000 + "/").status == 414


# Per-visitor limits (deploy/nginx/ratelimit.conf.in). Loopback has a whole /8, so two
# visitors are two source addresses: 127.0.0.2 runs a script, 127.0.0.3 browses.
SCRIPT, VISITOR = "127.0.0.2", "127.0.0.3"
BURSTS = {"search": 20, "suggest": 20, "beacon": 10, "api": 30}  # locations.conf.in


def fetch_from(source, url, method="GET"):
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30, source_address=(source, 0))
    try:
        connection.request(method, parts.path + (f"?{parts.query}" if parts.query else ""))
        response = connection.getresponse()
        return SimpleNamespace(status=response.status, headers=response.headers, text=response.read().decode())
    finally:
        connection.close()


def until_refused(source, url, method="GET", most=150):
    """What a script sending one request after another gets, up to the first 429."""
    answers = []
    while len(answers) < most:
        answers.append(fetch_from(source, url, method))
        if answers[-1].status == 429:
            break
    return answers


def limited_urls(site_tree):
    beacon = f"/api/lihat/{site_tree['post'].pk}/"
    return {  # (zone, method, the script's request, an ordinary visitor's request, its status)
        "suggestions": ("suggest", "GET", "/cari/saran/?q=b", "/cari/saran/?q=bantuan", 200),
        "suggestions in English": ("suggest", "GET", "/en/search/suggest/?q=b", "/en/search/suggest/?q=aid", 200),
        "search": ("search", "GET", "/cari/?q=bantuan", "/cari/?q=sosial", 200),
        "search in English": ("search", "GET", "/en/search/?q=aid", "/en/search/?q=social", 200),
        "view beacon": ("beacon", "POST", beacon, beacon, 204),
        "read API": ("api", "GET", "/api/v2/pages/?type=news.NewsPage", "/api/v2/pages/", 200),
    }


@pytest.mark.parametrize("endpoint", ["suggestions", "suggestions in English", "search", "search in English",
                                      "view beacon", "read API"])
def test_a_script_gets_429_while_other_visitors_and_its_own_reading_go_on(nginx, site_tree, endpoint):
    zone, method, script_path, visitor_path, ok = limited_urls(site_tree)[endpoint]
    answers = until_refused(SCRIPT, nginx.url + script_path, method)

    refused = answers[-1]
    assert refused.status == 429, [a.status for a in answers]
    # A person's quick burst is allowed in full before anything is refused.
    assert len(answers) > BURSTS[zone]
    assert {a.status for a in answers[:-1]} <= {200, 204}
    # nginx's own page, in both languages, not Django's JSON 429 for autocomplete.
    assert refused.headers["Content-Type"].startswith("text/html")
    assert "Terlalu banyak permintaan" in refused.text
    assert "Too many requests" in refused.text
    assert refused.headers["Retry-After"] == "60"
    assert refused.headers["Cache-Control"] == "no-store"

    assert fetch_from(VISITOR, nginx.url + visitor_path, method).status == ok
    # The script's own address can still read the site: only the limited path is refused.
    assert fetch_from(SCRIPT, nginx.url + site_tree["post"].url).status == 200


def test_reading_articles_and_listings_is_never_limited(nginx, site_tree):
    for url in (site_tree["post"].url, site_tree["news_index"].url, "/"):
        statuses = {fetch_from(SCRIPT, nginx.url + url).status for _ in range(3 * max(BURSTS.values()))}
        assert statuses == {200}, url


def test_the_bench_config_counts_nobody(nginx_for_bench, site_tree):
    """make bench sends wrk's whole load from one address (SERVE_RATE_LIMITS=off)."""
    statuses = {fetch_from(SCRIPT, nginx_for_bench.url + "/cari/?q=bantuan").status for _ in range(60)}
    assert statuses == {200}


@pytest.mark.django_db(transaction=False)
def test_the_limited_paths_are_django_s_addresses_in_both_languages():
    """ratelimit.conf.in names the paths literally; a renamed URL would silently lose its limit."""
    from django.urls import reverse
    from django.utils import translation

    from cms.nginx import rate_limits

    config = rate_limits()
    for language in ("id", "en"):
        with translation.override(language):
            for name in ("search:search", "search:autocomplete"):
                assert f"\n    {reverse(name)} $binary_remote_addr;" in config, (language, name)
    assert reverse("news:record_view", args=[7]).startswith("/api/lihat/")
    assert "~^/api/lihat/ $binary_remote_addr;" in config
    assert reverse("wagtailapi:pages:listing").startswith("/api/v2/") and "~^/api/v2/ $binary_remote_addr;" in config
    assert "$binary_remote_addr" not in rate_limits(enabled=False)


def served_folders(conf):
    """Every folder an nginx configuration serves files from (its alias and root directives)."""
    return [Path(folder.strip()).resolve() for folder in re.findall(r"^\s*(?:alias|root)\s+([^;]+);", conf, re.M)]


def test_no_folder_nginx_serves_holds_a_document(nginx, django_user_model, settings):
    """Documents live outside MEDIA_ROOT (cms/storage.py): nginx has no way to hand one out,
    and only Wagtail's view, which checks the collection's privacy, delivers them."""
    os.chmod(settings.MEDIA_ROOT, 0o755)  # a mkdtemp folder; nginx's workers (www-data as root) read images there
    files = documents_and_people(django_user_model)
    folders = served_folders(nginx.conf)
    assert folders  # static and media
    for doc in (files.private, files.public):
        path = Path(doc.file.path).resolve()
        assert not any(folder in path.parents for folder in folders), (path, folders)
        for guess in (f"/media/{doc.file.name}", f"/media/{path.name}"):
            response = fetch(nginx.url + guess)
            assert response.status in (400, 403, 404) and PRIVATE_TEXT.decode() not in response.text, guess

    anonymous = fetch(nginx.url + files.private.url)  # urllib follows the redirect to the sign-in page
    assert PRIVATE_TEXT.decode() not in anonymous.text
    assert fetch(nginx.url + files.public.url).text == PUBLIC_TEXT.decode()
    with urllib.request.urlopen(nginx.url + files.image.file.url, timeout=30) as image:  # images stay public
        assert image.status == 200 and image.headers["Content-Type"].startswith("image/")


@pytest.mark.django_db(transaction=False)
def test_the_production_site_file_serves_no_private_folder():
    """The server's site file, for the folders deploy/env.example gives."""
    from cms.nginx import site_config

    env = dict(line.split("=", 1) for line in (Path(__file__).resolve().parents[2] / "deploy" / "env.example")
               .read_text().splitlines() if "=" in line and not line.startswith("#"))
    private = Path(env["PRIVATE_MEDIA_ROOT"])
    folders = served_folders(site_config("dinsos.test", "/srv/dinsos"))
    assert Path(env["MEDIA_ROOT"]) in folders
    assert not any(folder == private or folder in private.parents for folder in folders), folders
