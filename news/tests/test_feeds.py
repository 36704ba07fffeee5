import datetime
import html

import feedparser
import pytest
import wagtail_factories

from cms.tests import factories as f
from news.tests.archive_fixtures import *  # noqa: F403 (pytest fixtures)
from news.tests.archive_fixtures import make_post, translate

D = datetime.date


@pytest.fixture
def feeds_tree(english_tree):
    tree = english_tree
    category = f.CategoryFactory(name="Bansos", slug="bantuan-sosial")
    image = wagtail_factories.ImageFactory(title="Penyaluran", file__width=1600, file__height=900)
    with_image = make_post(tree, title="Penyaluran bantuan & sembako", date=D(2025, 6, 10),
                           categories=[category], tags=["banjir"], image=image, summary="Bantuan <disalurkan>.")
    plain = make_post(tree, title="Rapat koordinasi", date=D(2025, 5, 2))
    translate(with_image, tree["en"])
    return {**tree, "category": category, "with_image": with_image, "plain": plain}


def parse(client, url, content_type):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith(content_type)
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def test_rss_feed_lists_all_news_newest_first_with_full_details(client, feeds_tree):
    feed = parse(client, "/berita/feed/rss/", "application/rss+xml")
    assert feed.version == "rss20"
    assert feed.feed.title == "Berita" and feed.feed.language == "id"
    assert feed.feed.link == "http://localhost/berita/"
    assert [e.title for e in feed.entries] == ["Penyaluran bantuan & sembako", "Rapat koordinasi",
                                               feeds_tree["post"].title]
    entry = feed.entries[0]
    assert entry.link == "http://localhost/berita/penyaluran-bantuan-sembako/"
    # The summary is plain text carried as HTML: escaped, so a reader shows it verbatim.
    assert entry.summary_detail.type == "text/html" and entry.summary == "Bantuan &lt;disalurkan&gt;."
    assert entry.published == "Tue, 10 Jun 2025 00:00:00 +0700"
    assert entry.author == "Sri Lestari"
    assert [t.term for t in entry.tags] == ["Bansos"]
    (enclosure,) = entry.enclosures
    assert enclosure.href.startswith("http://localhost/media/images/") and enclosure.href.endswith(".fill-1200x630.jpg")
    assert enclosure.type == "image/jpeg"
    assert int(enclosure.length) > 0
    assert not feed.entries[1].get("enclosures")


def test_atom_feed_has_authors_with_links_and_updated_dates(client, feeds_tree):
    feed = parse(client, "/berita/feed/atom/", "application/atom+xml")
    assert feed.version == "atom10"
    entry = feed.entries[0]
    assert entry.title == "Penyaluran bantuan & sembako"
    assert entry.author_detail.name == "Sri Lestari"
    assert entry.author_detail.href == "http://localhost" + feeds_tree["author"].url
    assert entry.updated_parsed >= entry.published_parsed
    assert html.unescape(entry.summary) == "Bantuan <disalurkan>."
    assert any(link.rel == "enclosure" for link in entry.links)


def test_published_time_is_the_publication_date_in_jakarta(client, feeds_tree):
    # Published on a back-dated day: the feed says midnight of that day, Asia/Jakarta (UTC+7).
    feed = parse(client, "/berita/feed/atom/", "application/atom+xml")
    plain = next(e for e in feed.entries if e.title == "Rapat koordinasi")
    assert plain.published.startswith("2025-05-02T00:00:00+07:00")


def test_category_feeds_only_carry_that_category(client, feeds_tree):
    for kind, mime in (("rss", "application/rss+xml"), ("atom", "application/atom+xml")):
        feed = parse(client, f"/berita/kategori/bantuan-sosial/feed/{kind}/", mime)
        assert [e.title for e in feed.entries] == ["Penyaluran bantuan & sembako"]
        assert feed.feed.title == "Berita: Bansos"


def test_english_feeds_use_english_addresses_and_language(client, feeds_tree):
    for kind, mime in (("rss", "application/rss+xml"), ("atom", "application/atom+xml")):
        feed = parse(client, f"/en/berita/feed/{kind}/", mime)
        assert feed.feed.get("language") == "en"
        links = [e.link for e in feed.entries]
        assert links == ["http://localhost/en/berita/penyaluran-bantuan-sembako/",
                         "http://localhost/en/berita/" + feeds_tree["post"].slug + "/"]
        category_feed = parse(client, f"/en/berita/kategori/bantuan-sosial/feed/{kind}/", mime)
        assert [e.link for e in category_feed.entries] == links[:1]


def test_feed_of_an_empty_index_is_valid_and_empty(client, feeds_tree):
    category = f.CategoryFactory(name="Kosong", slug="kosong")
    feed = parse(client, f"/berita/kategori/{category.slug}/feed/rss/", "application/rss+xml")
    assert feed.entries == []


def test_feed_leaves_out_drafts_and_other_languages(client, feeds_tree):
    feeds_tree["plain"].unpublish()
    feed = parse(client, "/berita/feed/rss/", "application/rss+xml")
    titles = [e.title for e in feed.entries]
    assert "Rapat koordinasi" not in titles
    assert all("/en/" not in e.link for e in feed.entries)


def feed_links_in_head(client, url):
    content = client.get(url).content.decode()
    head = content[:content.index("</head>")]
    return sorted(line.strip() for line in head.splitlines() if 'rel="alternate" type="application/' in line)


def test_every_page_advertises_the_news_feeds_of_its_language(client, feeds_tree):
    indonesian = ['<link rel="alternate" type="application/atom+xml" title="Berita: semua berita (ATOM)" '
                  'href="/berita/feed/atom/">',
                  '<link rel="alternate" type="application/rss+xml" title="Berita: semua berita (RSS)" '
                  'href="/berita/feed/rss/">']
    for url in ("/", feeds_tree["with_image"].url, feeds_tree["programme"].url, feeds_tree["author"].url):
        assert feed_links_in_head(client, url) == indonesian, url
    english = feed_links_in_head(client, feeds_tree["post_en"].url)
    assert len(english) == 2 and all('href="/en/' in link for link in english)
    # A category listing advertises its own feeds, not the site's twice.
    category = feed_links_in_head(client, "/berita/kategori/bantuan-sosial/")
    assert len(category) == 2 and all("bantuan-sosial" in link for link in category)
