"""The article with its comments: still cacheable, threaded, escaped, counted in JSON-LD, per language."""

import json

import pytest

from comments.models import Comment

from .conftest import approved, send

pytestmark = pytest.mark.django_db


def test_the_article_with_the_form_stays_cacheable(client, post, site_tree):
    response = client.get(post.url)
    html = response.content.decode()
    assert 'class="comment-form"' in html and 'name="token"' in html
    assert "csrfmiddlewaretoken" not in html
    assert response.cookies == {} and "Set-Cookie" not in response
    # The form adds no Vary of its own (nginx ignores Vary anyway, see cms/cache.py).
    assert response.get("Vary") == client.get(site_tree["news_index"].url).get("Vary")
    assert response["X-Accel-Expires"] and "public" in response["Cache-Control"]


def test_the_comment_endpoint_is_never_cached(client, post):
    response = send(client, post)
    assert "X-Accel-Expires" not in response and "no-store" in response["Cache-Control"]
    assert response.cookies == {}
    assert "X-Accel-Expires" not in client.get(f"{post.url}?komentar=terkirim")


def test_threads_dates_and_escaping(client, post):
    first = approved(post, name="Budi", body="<b>Pertama</b>\nbaris dua")
    approved(post, name="Dinas Sosial DIY", body="Balasan resmi", parent=first, is_official=True)
    Comment.objects.create(page=post, author_name="Antre", body="Belum disetujui")
    html = client.get(post.url).content.decode()
    assert "&lt;b&gt;Pertama&lt;/b&gt;<br>baris dua" in html and "<b>Pertama</b>" not in html
    assert html.index("Pertama") < html.index("Balasan resmi")
    assert 'class="comments__replies"' in html and "Belum disetujui" not in html
    assert f'datetime="{first.created_at.isoformat()}' in html or f'id="komentar-{first.pk}"' in html
    assert "2 komentar" in html


def structured(html):
    start = html.index('<script type="application/ld+json">') + len('<script type="application/ld+json">')
    return json.loads(html[start:html.index("</script>", start)])


def test_json_ld_counts_approved_comments(client, post):
    approved(post)
    Comment.objects.create(page=post, author_name="Antre", body="Belum disetujui")
    data = structured(client.get(post.url).content.decode())
    assert data["@type"] == "NewsArticle" and data["commentCount"] == 1


def test_each_language_has_its_own_comments(client, post, post_en):
    approved(post, body="Komentar dalam bahasa Indonesia")
    approved(post_en, name="Jane", body="A comment in English")
    html_id, html_en = client.get(post.url).content.decode(), client.get(post_en.url).content.decode()
    assert "Komentar dalam bahasa Indonesia" in html_id and "A comment in English" not in html_id
    assert "A comment in English" in html_en and "Komentar dalam bahasa Indonesia" not in html_en
    assert f'action="/en/comments/{post_en.pk}/"' in html_en and "Leave a comment" in html_en
    assert send(client, post_en).status_code == 302
    assert Comment.objects.filter(page=post_en, status="pending").count() == 1
    assert send(client, post_en, url=f"/komentar/{post_en.pk}/").status_code == 400


def test_closed_post_shows_comments_but_no_form(client, post):
    approved(post, body="Komentar lama tetap tampil")
    post.comments_open = False
    post.save_revision().publish()
    html = client.get(post.url).content.decode()
    assert "Komentar lama tetap tampil" in html and 'class="comment-form"' not in html and "ditutup" in html
