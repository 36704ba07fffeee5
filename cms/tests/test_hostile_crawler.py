"""A hostile visitor over the production-like stack: Debian's nginx with the production
configuration (page cache and per-visitor limits on) in front of the live server, on
PostgreSQL in `make test`.

The crawler starts at the home page in both languages (and at the sitemap, the feeds, search,
autocomplete, the view beacon, the comment endpoints, a document and the admin's sign-in),
follows links up to MAX_ADDRESSES, then sends hostile variants of one address of each kind
(cms/tests/hostile_requests.py) from two visitors, 127.0.0.2 and 127.0.0.3. No answer may be a
5xx, and every request gets an answer. nginx's 429s are counted apart; a request nginx refused
is then sent to Django directly, so that a limit never hides a server error.
"""

from collections import Counter, deque

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from pytest_django.live_server_helper import LiveServer
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from cms.tests import hostile_requests as h
from cms.tests.test_cache_nginx import local_nginx
from cms.tests.test_uploads import ensure_root_collection, png
from comments.tests.conftest import open_up
from news.tests.archive_fixtures import en_locale, translate  # noqa: F401 - fixtures

pytestmark = [pytest.mark.nginx, pytest.mark.django_db(transaction=True)]

MAX_ADDRESSES = 300
VISITORS = ("127.0.0.2", "127.0.0.3")


@pytest.fixture
def app_server(transactional_db):
    """The live server as gunicorn runs the site: the WSGI app alone (static files through its
    WhiteNoise, media from nginx). pytest-django's wraps it in Django's test-only static and
    media handlers, which turn /media/x../../etc/passwd (nginx passes the raw address on) into
    a 500 that production never gives."""
    server = LiveServer("127.0.0.1", start=False)
    server.thread.static_handler = lambda media_handler: media_handler.application
    server.start()
    yield server
    server.stop()


@pytest.fixture
def nginx(app_server, settings):
    yield from local_nginx(app_server, settings)


@pytest.fixture
def rich_site(site_tree, en_locale):  # noqa: F811
    """The small site in both languages, with a commentable post, an image and a document."""
    ensure_root_collection()
    image = get_image_model().objects.create(title="Kegiatan LK3", file=SimpleUploadedFile("lk3.png", png((800, 450))))
    post = site_tree["post"]
    post.featured_image = image
    post.save_revision().publish()
    document = get_document_model().objects.create(
        title="Laporan kinerja", file=SimpleUploadedFile("laporan.pdf", b"%PDF-1.4\n%%EOF\n"))
    for name in ("home", "news_index", "author_index", "programme_index", "author", "programme", "post"):
        translate(site_tree[name], en_locale)
    open_up(site_tree["post"])
    open_up(site_tree["post"].get_translation(en_locale))
    return {**site_tree, "document": document, "en": en_locale}


class Crawler:
    def __init__(self, nginx_url, django_address):
        self.nginx = nginx_url.removeprefix("http://").split(":")
        self.django = django_address
        self.sent = 0
        self.results = []  # (where, label, method, target, status)
        self.refused = Counter()  # 429 by who refused

    def _send(self, where, label, method, target, headers=(), body=b""):
        host, port = (self.nginx[0], int(self.nginx[1])) if where == "nginx" else self.django
        visitor = VISITORS[self.sent % 2]
        self.sent += 1
        answer = h.send(host, port, h.request(method, target, headers, body, host=f"{host}:{port}"), source=visitor)
        self.results.append((where, label, method, target, answer.status))
        if answer.status == 429:
            self.refused[where] += 1
        return answer

    def ask(self, label, method, target, headers=(), body=b""):
        """Through nginx; what nginx's limits refused goes to Django as well."""
        answer = self._send("nginx", label, method, target, headers, body)
        if answer.status == 429 and "Terlalu banyak permintaan" in answer.body.decode(errors="replace"):
            self._send("django", label, method, target, headers, body)
        return answer

    def crawl(self, seeds):
        seen, queue, forms = set(), deque(seeds), {}
        while queue and len(seen) < MAX_ADDRESSES:
            address = queue.popleft()
            if address in seen:
                continue
            seen.add(address)
            answer = self.ask("crawl", "GET", address)
            head = answer.head.lower()
            if answer.status != 200 or not any(kind in head for kind in ("html", "xml")):
                continue
            text = answer.body.decode("utf-8", errors="replace")
            queue.extend(a for a in h.local_addresses(text) if a not in seen)
            for form in h.forms(text):
                forms.setdefault(form.action or address.split("?")[0], form)
        return seen, forms

    def failures(self):
        return [f"{status or 'no answer'} {method} {target[:200]!r} ({label}, {where})"
                for where, label, method, target, status in self.results if status == 0 or status >= 500]


def seeds(site):
    post, post_en = site["post"], site["post"].get_translation(site["en"])
    return ["/", "/en/", "/sitemap.xml", "/robots.txt", "/cari/?q=bantuan", "/en/search/?q=aid&page=2",
            "/cari/saran/?q=ba", "/en/search/suggest/?q=so", f"/komentar/{post.pk}/", f"/komentar/{post.pk}/token/",
            f"/en/comments/{post_en.pk}/", site["document"].url, "/admin/login/", "/static/css/site.css"]


def test_no_hostile_request_gets_a_5xx(nginx, app_server, rich_site, capsys):
    crawler = Crawler(nginx.url, (app_server.thread.host, app_server.thread.port))
    addresses, forms = crawler.crawl(seeds(rich_site))
    kinds = {}
    for address in sorted(addresses, key=len):
        kinds.setdefault(h.pattern(address), address)
    assert len(addresses) > 40, sorted(addresses)  # the crawl found the site, not just the seeds
    for wanted in ("rss", "sitemap.xml", "/en/", "/media/images/", "/cari/", "/documents/"):
        assert any(wanted in address for address in addresses), wanted

    sections = {}  # headers matter per part of the site, not per address: one of each
    for address in kinds.values():
        sections.setdefault(address.split("?")[0].strip("/").split("/")[0], address)
        for label, target in h.address_variants(address):
            crawler.ask(label, "GET", target)
    for address in sections.values():
        for label, method, headers in h.header_variants():
            crawler.ask(label, method, address, headers)

    post = rich_site["post"]
    posts = {action: form.fields for action, form in forms.items() if form.method == "POST"}
    posts.update({f"/api/lihat/{post.pk}/": {"t": "x"}, "/": {"q": "x"}, "/cari/": {"q": "x"},
                  f"/en/comments/{post.get_translation(rich_site['en']).pk}/": {"name": "x", "body": "y"}})
    assert any(action.startswith("/komentar/") for action in posts), posts  # the comment form was found
    for action, fields in posts.items():
        for label, headers, body in h.post_variants(fields):
            crawler.ask(label, "POST", action, headers, body)

    # Only a proxy may name the visitor (core/client.py): straight to Django from 127.0.0.1.
    django = crawler.django
    for value in ("<script>", "1" * 5_000, "::ffff:127.0.0.1, 10.0.0.1", "\x7f"):
        answer = h.send(*django, h.request("GET", "/cari/saran/?q=ba", (("X-Real-IP", value),)))
        crawler.results.append(("django", "forged X-Real-IP", "GET", f"/cari/saran/ X-Real-IP {value[:20]!r}",
                                answer.status))

    statuses = Counter(status for *_, status in crawler.results)
    with capsys.disabled():
        print(f"\nhostile crawler: {len(addresses)} addresses crawled, {len(kinds)} kinds, {len(crawler.results)} "
              f"requests; statuses {dict(sorted(statuses.items()))}; 429 from nginx {crawler.refused['nginx']}, "
              f"from Django {crawler.refused['django']}")
    assert not crawler.failures(), "\n".join(crawler.failures())
