"""Responsive images (srcset, WebP, lazy below the fold, dimensions) and the hashed static files
of production: no template may link a static file that collectstatic does not know."""

import re
import tempfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from wagtail.images import get_image_model

from cms.tests import factories as f
from cms.tests.test_uploads import ensure_root_collection, png


@pytest.fixture
def illustrated(site_tree):
    ensure_root_collection()
    image = get_image_model().objects.create(title="Kegiatan LK3", file=SimpleUploadedFile("lk3.png", png((1600, 900))))
    post = site_tree["post"]
    post.featured_image = image
    post.body = [("image", {"image": image, "alt_text": "Petugas LK3 mendampingi keluarga", "caption": "",
                            "credit": "", "decorative": False})]
    post.save_revision().publish()
    f.NewsPageFactory(parent=site_tree["news_index"], authors=[site_tree["author"]], featured_image=image)
    return site_tree


def img_tags(html):
    return re.findall(r"<img\b[^>]*>", html)


def test_article_image_is_eager_and_responsive_with_webp(client, illustrated):
    html = client.get(illustrated["post"].url).content.decode()
    featured = re.search(r'<figure class="article__image">(.*?)</figure>', html, re.DOTALL).group(1)
    assert '<source sizes="(min-width: 50rem) 48rem, 100vw"' in featured and 'type="image/webp"' in featured
    img = img_tags(featured)[0]
    assert 'fetchpriority="high"' in img and "loading=" not in img
    assert re.search(r'width="\d+"', img) and re.search(r'height="\d+"', img)
    assert re.search(r'srcset="[^"]+ 400w, [^"]+ 800w, [^"]+ 1200w"', img)
    # The image block in the body sits below the fold: lazy, and with the editor's alt text.
    body = re.search(r'<figure class="block-image">(.*?)</figure>', html, re.DOTALL).group(1)
    body_img = img_tags(body)[0]
    assert 'loading="lazy"' in body_img and 'alt="Petugas LK3 mendampingi keluarga"' in body_img
    assert 'type="image/webp"' in body


def test_listing_cards_are_lazy_responsive_and_sized(client, illustrated):
    html = client.get(illustrated["news_index"].url).content.decode()
    cards = [tag for tag in img_tags(html) if "news-card__image" in tag]
    assert cards
    for tag in cards:
        assert 'loading="lazy"' in tag and 'width="400"' in tag and 'height="225"' in tag
        assert re.search(r'srcset="[^"]+ 400w, [^"]+ 800w"', tag)


@pytest.mark.django_db
def test_pages_render_with_the_hashed_static_files_of_production(client, site_tree, settings):
    static_root = tempfile.mkdtemp(prefix="dinsos-static-")
    settings.STATIC_ROOT = static_root
    settings.STORAGES = {**settings.STORAGES, "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"}}
    call_command("collectstatic", interactive=False, verbosity=0)
    # The 500 page links the unhashed name on purpose; collectstatic keeps it next to the hashed one.
    assert (Path(static_root) / "css" / "site.css").exists()
    expected = {"/": 200, site_tree["post"].url: 200, site_tree["news_index"].url: 200,
                site_tree["author"].url: 200, site_tree["programme"].url: 200, "/cari/?q=lk3": 200,
                "/tidak-ada/": 404}
    for url, status in expected.items():
        response = client.get(url)
        assert response.status_code == status, url
        assert re.search(r'/static/css/site\.[0-9a-f]{12}\.css', response.content.decode()), url


def test_listing_renditions_come_with_the_cards_not_from_the_cache_card_by_card(client, illustrated, monkeypatch):
    """Every listing's cards (NewsPage.objects.for_listing()) bring their renditions in one query:
    {% picture %} then neither reads nor re-writes the renditions cache for each card."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from core import frame

    rendition_model = get_image_model().get_rendition_model()
    cache_calls = []

    class Recording:
        def __init__(self, real):
            self.real = real

        def __getattr__(self, name):
            cache_calls.append(name)
            return getattr(self.real, name)

    url = illustrated["author"].url  # the author's page lists their posts as cards

    def render():
        client.get(url)  # renditions created on the first render
        cache_calls.clear()
        real = rendition_model.cache_backend
        monkeypatch.setattr(rendition_model, "cache_backend", Recording(real), raising=False)
        frame.bump()  # the cards are a page fragment: render them afresh, as after a publish
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        monkeypatch.undo()
        return [q for q in queries.captured_queries if "wagtailimages_rendition" in q["sql"]]

    image = illustrated["post"].featured_image
    two_cards = render()
    assert not cache_calls
    for _ in range(3):
        f.NewsPageFactory(parent=illustrated["news_index"], authors=[illustrated["author"]], featured_image=image)
    assert len(render()) == len(two_cards) == 1
    assert not cache_calls
