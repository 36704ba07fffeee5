"""The site frame's memos and fragments (core/frame.py): every change the frame shows is on the
very next render, previews and editors get their own, and warm pages ask the database less.

Each invalidation test warms the frame first, so a missing bump would serve the stale copy;
test_a_change_without_the_signals_stays_hidden is the control that proves the copy is kept.
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, Site

from core import frame
from home.models import SiteSettings, StandardPage
from localisation.models import SiteText
from news.tests.archive_fixtures import *  # noqa: F403 - the shared archive fixtures
from news.tests.archive_fixtures import make_post, translate

pytestmark = pytest.mark.django_db


def render(client, page):
    response = client.get(page.url if isinstance(page, Page) else page)
    assert response.status_code == 200
    return response.content.decode()


def menu_of(html):
    start = html.index('id="main-nav-list"')
    return html[start:html.index("</ul>", start)]


def footer_of(html):
    return html[html.index('<footer class="site-footer">'):]


def republish(page, **changes):
    page = Page.objects.get(pk=page.pk).specific
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


# --- The control: fragments really are kept -------------------------------------------------


def test_a_change_without_the_signals_stays_hidden(client, site_tree):
    post, news_index = site_tree["post"], site_tree["news_index"]
    assert news_index.title in menu_of(render(client, post))
    Page.objects.filter(pk=news_index.pk).update(title="Diam-diam diganti")  # no signal, no bump
    assert "Diam-diam diganti" not in menu_of(render(client, post))
    frame.bump()
    assert "Diam-diam diganti" in menu_of(render(client, post))


# --- Every change shows on the next render -------------------------------------------------


def test_publish_changes_the_menu_and_breadcrumbs(client, site_tree):
    post = site_tree["post"]
    render(client, post)
    republish(site_tree["news_index"], title="Kabar Terbaru")
    html = render(client, post)
    assert "Kabar Terbaru" in menu_of(html)
    assert "Kabar Terbaru" in html[html.index('class="breadcrumbs'):]
    assert '"name": "Kabar Terbaru"' in html  # the BreadcrumbList JSON-LD


def test_unpublish_removes_the_section_from_the_menu(client, site_tree):
    programme_index = site_tree["programme_index"]
    assert programme_index.title in menu_of(render(client, site_tree["post"]))
    Page.objects.get(pk=programme_index.pk).specific.unpublish()
    assert programme_index.title not in menu_of(render(client, site_tree["post"]))


def test_delete_removes_the_section_from_the_menu(client, site_tree):
    programme_index = site_tree["programme_index"]
    assert programme_index.title in menu_of(render(client, "/"))
    Page.objects.get(pk=programme_index.pk).delete()
    assert programme_index.title not in menu_of(render(client, "/"))


def test_move_changes_the_menu_and_the_breadcrumbs(client, site_tree):
    author_index, author = site_tree["author_index"], site_tree["author"]
    render(client, author)
    assert author_index.title in menu_of(render(client, "/"))
    Page.objects.get(pk=author_index.pk).move(site_tree["news_index"], pos="last-child")
    assert author_index.title not in menu_of(render(client, "/"))
    moved = Page.objects.get(pk=author.pk)
    html = render(client, moved)
    assert site_tree["news_index"].title in html[html.index('class="breadcrumbs'):]


def test_menu_change_shows_a_new_section(client, site_tree):
    page = site_tree["home"].add_child(instance=StandardPage(title="Layanan Pengaduan", slug="pengaduan"))
    page.save_revision().publish()
    assert "Layanan Pengaduan" not in menu_of(render(client, "/"))
    republish(page, show_in_menus=True)
    assert "Layanan Pengaduan" in menu_of(render(client, "/"))


def test_view_restriction_hides_and_shows_the_section(client, site_tree):
    programme_index = site_tree["programme_index"]
    assert programme_index.title in menu_of(render(client, "/"))
    restriction = PageViewRestriction.objects.create(page=programme_index, restriction_type="login")
    assert programme_index.title not in menu_of(render(client, "/"))
    restriction.delete()
    assert programme_index.title in menu_of(render(client, "/"))


def test_translation_publish_replaces_the_missing_notice(client, english_tree):
    post = make_post(english_tree, title="Bantuan pangan", date=datetime.date(2024, 3, 1))
    html = render(client, post)
    assert 'id="language-missing-en"' in html
    post_en = translate(post, english_tree["en"])
    html = render(client, post)
    assert 'id="language-missing-en"' not in html
    assert f'href="{post_en.url}" hreflang="en"' in html
    assert f'hreflang="en" href="http://localhost{post_en.url}"' in html


def test_settings_change_shows_in_the_footer(client, site_tree):
    render(client, site_tree["post"])
    settings_obj = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings_obj.phone = "0274 999 111"
    settings_obj.save()
    assert "0274 999 111" in footer_of(render(client, site_tree["post"]))


def test_site_text_change_shows_in_the_footer_and_banner(client, site_tree):
    site = Site.objects.get(is_default_site=True)
    text = SiteText.objects.create(site=site, address="Jl. Lama 1", banner_text="Pengumuman lama")
    html = render(client, site_tree["post"])
    assert "Jl. Lama 1" in footer_of(html)
    text.address, text.banner_text = "Jl. Janti 2", "Pengumuman baru"
    text.save()
    html = render(client, site_tree["post"])
    assert "Jl. Janti 2" in footer_of(html)
    assert "Pengumuman baru" in html


def test_footer_links_follow_the_linked_page(client, english_tree):
    site = Site.objects.get(is_default_site=True)
    programme_index = english_tree["programme_index"]
    SiteText.objects.create(site=site, footer_links=[
        ("link", {"page": programme_index, "external_url": "", "label": "Program"})])
    assert f'href="{programme_index.url}"' in footer_of(render(client, "/"))
    republish(programme_index, slug="program-kami")
    assert 'href="/program-kami/"' in footer_of(render(client, "/"))


def test_public_pages_are_those_wagtail_s_own_filter_finds(site_tree):
    from wagtail.query import PageQuerySet

    from core import compat_wagtail

    PageViewRestriction.objects.create(page=site_tree["programme_index"], restriction_type="login")
    PageViewRestriction.objects.create(page=site_tree["author"], restriction_type="login")
    ours = set(Page.objects.public().values_list("pk", flat=True))
    wagtail_q = compat_wagtail.wagtail_private_q(PageQuerySet(Page))
    assert ours == set(Page.objects.exclude(wagtail_q).values_list("pk", flat=True))
    assert site_tree["programme"].pk not in ours and site_tree["post"].pk in ours
    with CaptureQueriesContext(connection) as captured:
        list(Page.objects.public().values_list("pk", flat=True))
    assert len(captured.captured_queries) == 1  # the restrictions come from the memo


# --- Previews and editors -------------------------------------------------------------------


def test_previews_never_read_or_write_fragments(client, site_tree):
    post, news_index = site_tree["post"], site_tree["news_index"]
    render(client, post)  # the menu fragment now says news_index.title
    Page.objects.filter(pk=news_index.pk).update(title="Judul di basis data")
    preview = Page.objects.get(pk=post.pk).specific.make_preview_request()
    assert "Judul di basis data" in menu_of(preview.content.decode())  # not read from the fragment
    # …and not written into it either: visitors still get the copy of the current version.
    assert "Judul di basis data" not in menu_of(render(client, post))


def test_signed_in_editors_still_get_their_userbar(client, site_tree, django_user_model):
    post = site_tree["post"]
    assert "wagtail-userbar" not in render(client, post)
    client.force_login(django_user_model.objects.create_superuser("editor", "e@example.org", "x"))
    html = render(client, post)
    assert 'id="wagtail-userbar-template"' in html
    assert site_tree["news_index"].title in menu_of(html)


# --- Query counts ---------------------------------------------------------------------------


def queries_for(client, url):
    client.get(url)  # warm
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


def test_the_warm_frame_saves_queries_and_the_count_does_not_grow_with_posts(client, english_tree):
    # The programme lists its posts: one to start with, so that its listing's queries are all there.
    make_post(english_tree, title="Kabar 0", date=datetime.date(2023, 12, 1), programmes=[english_tree["programme"]])
    pages = {"home": "/", "article": english_tree["post"].url, "news index": english_tree["news_index"].url,
             "programme": english_tree["programme"].url, "article (English)": english_tree["post_en"].url}
    cold = {}
    for name, url in pages.items():
        client.get(url)
        frame.bump()
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        cold[name] = len(captured.captured_queries)
    warm = {name: queries_for(client, url) for name, url in pages.items()}
    for name in pages:
        assert warm[name] <= cold[name] - 8, (name, warm[name], cold[name])

    for day in range(1, 6):
        make_post(english_tree, title=f"Kabar {day}", date=datetime.date(2024, 1, day),
                  programmes=[english_tree["programme"]])
    assert {name: queries_for(client, url) for name, url in pages.items()} == warm
