"""No admin route of a Penerjemah or a Penulis puts a page in front of the public without approval.

Each journey uses the admin's own URLs and forms, then asks the public site (the real URL,
e.g. /en/…) whether anything changed. Penulis has change rights on the whole tree, English
included, so the routes on English pages are tried as both roles.
"""

from types import SimpleNamespace

import pytest
from django.urls import reverse
from wagtail.models import Page, PageViewRestriction

from cms.tests import factories as f
from editorial.roles import PENERJEMAH, PENULIS, PENYETUJU, sync_roles
from editorial.tests.editorial import edit_form_data
from home.models import StandardPage
from localisation.tests.localisation_fixtures import (  # noqa: F401 - fixtures
    bilingual,
    client_for,
    english_locale,
    fill_segments,
    make_user,
    translate,
    translation_for,
)

pytestmark = pytest.mark.django_db

ROLES = ("penerjemah", "penulis")


def public(client, page):
    """Status and body of `page`'s public URL, as a visitor gets them."""
    response = client.get(Page.objects.get(pk=page.pk).url)
    return response.status_code, response.content.decode() if response.status_code == 200 else ""


def english(page):
    return Page.objects.filter(translation_key=page.translation_key, locale=english_locale()).first()


def submit_translation(client, page, **extra):
    return client.post(reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
                       {"locales": [english_locale().pk], **extra}, follow=True)


@pytest.fixture
def english_home_only(site_tree):
    """The small site with only its home page translated: every section lacks an English version."""
    sync_roles()
    translate(site_tree["home"])
    users = {"penulis": make_user("penulis", PENULIS), "penyetuju": make_user("penyetuju", PENYETUJU),
             "penerjemah": make_user("penerjemah", PENERJEMAH)}
    return SimpleNamespace(**site_tree, users=users)


@pytest.fixture
def live_english_post(bilingual):
    """The news post translated and published in English, with the translation still enabled."""
    translation, en_post = translate(bilingual.post)
    bilingual.translation, bilingual.en_post = translation, en_post
    return bilingual


# --- "Translate this page" ------------------------------------------------------------------

def test_translating_a_page_under_an_untranslated_section_drafts_the_section(english_home_only, client):
    site = english_home_only
    as_translator = client_for(site.users["penerjemah"])
    response = submit_translation(as_translator, site.post)
    assert response.status_code == 200
    en_index, en_post = english(site.news_index), english(site.post)
    assert en_index is not None and en_post is not None
    # The section is a draft translation of its own, not a live alias of the Indonesian one.
    assert not en_index.live and en_index.alias_of_id is None and not en_post.live
    assert public(client, en_index)[0] == 404 and public(client, en_post)[0] == 404
    assert f"without a English version were created as drafts: “{site.news_index.title}”." in response.text
    # The drafted section goes through the same approval as any translation.
    section = translation_for(site.news_index)
    assert section.enabled
    fill_segments(section)
    action = reverse("translation_action", args=[section.pk])
    as_translator.post(action, {"action": "submit"})
    assert public(client, en_index)[0] == 404
    client_for(site.users["penyetuju"]).post(action, {"action": "approve"})
    status, html = public(client, en_index)
    assert status == 200 and f"[EN] {site.news_index.title}" in html


def test_translating_a_subtree_creates_only_drafts(english_home_only, client):
    """Profil > Struktur > Bidang: translating Struktur with its subtree drafts Profil above it too."""
    site = english_home_only
    profile = site.home.add_child(instance=StandardPage(title="Profil", slug="profil"))
    structure = profile.add_child(instance=StandardPage(title="Struktur", slug="struktur"))
    division = structure.add_child(instance=StandardPage(title="Bidang", slug="bidang"))
    response = submit_translation(client_for(site.users["penerjemah"]), structure, include_subtree="on")
    assert response.status_code == 200
    for page in (profile, structure, division):
        target = english(page)
        assert target is not None and not target.live and target.alias_of_id is None, page
        assert public(client, target)[0] == 404, page
    assert "“Profil”" in response.text


def test_translate_this_page_over_a_live_alias_keeps_the_public_page(bilingual, client):
    """An English alias (made by locale synchronisation or an approver) becomes a translation
    whose new text waits for approval; the public page keeps showing what it showed."""
    alias = bilingual.post.copy_for_translation(english_locale(), alias=True)
    assert alias.live
    before = public(client, alias)
    fill_segments(translation_for(bilingual.post))
    submit_translation(client_for(bilingual.users["penerjemah"]), bilingual.post)
    alias = Page.objects.get(pk=alias.pk)
    assert alias.alias_of_id is None and alias.has_unpublished_changes
    assert alias.get_latest_revision().as_object().title == f"[EN] {bilingual.post.title}"
    assert public(client, alias) == before and f"[EN] {bilingual.post.title}" not in before[1]


def test_penulis_cannot_start_translations(english_home_only):
    site = english_home_only
    response = client_for(site.users["penulis"]).post(
        reverse("wagtail_localize:submit_page_translation", args=[site.post.pk]), {"locales": [english_locale().pk]})
    assert response.status_code in (302, 403) and response.get("Location", "/admin/") == "/admin/"
    assert english(site.post) is None and english(site.news_index) is None


# --- Sync, convert to alias, stop translation -----------------------------------------------

@pytest.mark.parametrize("role", ROLES)
def test_sync_keeps_the_live_translation_until_approved(live_english_post, client, role):
    site = live_english_post
    post = site.post.specific
    post.title = "Judul yang diubah"
    post.save_revision().publish()
    before = public(client, site.en_post)
    url = reverse("wagtail_localize:update_translations", args=[site.translation.source_id])
    user_client = client_for(site.users[role])
    user_client.post(url, {"publish_translations": "on"})
    user_client.post(url, {})
    assert public(client, site.en_post) == before and "Judul yang diubah" not in before[1]


@pytest.mark.parametrize("role", ROLES)
def test_sync_does_not_lift_the_privacy_an_approver_set_on_a_translation(live_english_post, client, role):
    site = live_english_post
    PageViewRestriction.objects.create(page=site.en_post, restriction_type=PageViewRestriction.PASSWORD,
                                       password="rahasia")
    assert f"[EN] {site.post.title}" not in client.get(site.en_post.url).content.decode()
    response = client_for(site.users[role]).post(
        reverse("wagtail_localize:update_translations", args=[site.translation.source_id]), {}, follow=True)
    assert f"[EN] {site.post.title}" not in client.get(site.en_post.url).content.decode()
    assert PageViewRestriction.objects.filter(page=site.en_post).exists()
    assert "only an approver can do that" in response.text
    # An approver may sync the source's (lack of) privacy onto the translation.
    client_for(site.users["penyetuju"]).post(
        reverse("wagtail_localize:update_translations", args=[site.translation.source_id]), {})
    assert not PageViewRestriction.objects.filter(page=site.en_post).exists()


@pytest.mark.parametrize("role", ROLES)
def test_convert_to_alias_is_refused(live_english_post, client, role):
    site = live_english_post
    before = public(client, site.en_post)
    user_client = client_for(site.users[role])
    user_client.post(reverse("wagtailadmin_pages:edit", args=[site.en_post.pk]), {"localize-convert-to-alias": "1"},
                     follow=True)
    response = user_client.post(reverse("wagtail_localize:convert_to_alias", args=[site.en_post.pk]), follow=True)
    assert "only an approver" in response.text
    assert public(client, site.en_post) == before and Page.objects.get(pk=site.en_post.pk).alias_of_id is None


def stop_translation(user_client, translation):
    user_client.post(reverse("wagtail_localize:stop_translation", args=[translation.pk]), {"next": "/admin/"})
    translation.refresh_from_db()
    assert not translation.enabled


@pytest.mark.parametrize("role", ROLES)
def test_stop_translation_then_publish_in_the_page_editor(live_english_post, client, role):
    site = live_english_post
    before = public(client, site.en_post)
    user_client = client_for(site.users[role])
    stop_translation(user_client, site.translation)
    data = edit_form_data(user_client, site.en_post, title="Published by a side door")
    data["action-publish"] = "1"
    user_client.post(reverse("wagtailadmin_pages:edit", args=[site.en_post.pk]), data)
    page = Page.objects.get(pk=site.en_post.pk)
    assert page.get_latest_revision().as_object().title == "Published by a side door"  # the edit was kept ...
    assert public(client, site.en_post) == before  # ... as a draft
    # Restarting the translation changes nothing public either.
    user_client.post(reverse("wagtailadmin_pages:edit", args=[site.en_post.pk]), {"localize-restart-translation": "1"})
    assert public(client, site.en_post) == before


@pytest.mark.parametrize("role", ROLES)
def test_revert_to_an_older_revision_and_publish(live_english_post, client, role):
    site = live_english_post
    page = Page.objects.get(pk=site.en_post.pk).specific
    old_revision = page.get_latest_revision()
    page.title = "Approved later"
    page.save_revision(user=site.users["penyetuju"]).publish(user=site.users["penyetuju"])
    before = public(client, site.en_post)
    user_client = client_for(site.users[role])
    stop_translation(user_client, site.translation)
    url = reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, old_revision.pk])
    response = user_client.get(url)
    assert response.status_code == 200
    data = edit_form_data(user_client, page, title=old_revision.as_object().title)
    data["action-publish"] = "1"
    user_client.post(url, data)
    assert public(client, site.en_post) == before and "Approved later" in before[1]


# --- Copy, move, unpublish, delete, bulk actions ----------------------------------------------

@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("option", ["publish_copies", "alias"])
def test_copy_of_a_live_page_is_never_live(live_english_post, client, role, option):
    site = live_english_post
    client_for(site.users[role]).post(reverse("wagtailadmin_pages:copy", args=[site.en_post.pk]), {
        "new_title": "Copy", "new_slug": "copy", "new_parent_page": site.en.news_index.pk, option: "on"})
    copy = Page.objects.filter(slug="copy", locale=english_locale()).first()
    assert copy is None or not copy.live
    assert client.get(f"{site.en.news_index.url}copy/").status_code == 404


@pytest.fixture
def english_archive(live_english_post):
    site = live_english_post
    site.archive = f.NewsIndexPageFactory(parent=site.en.home, title="Archive", slug="archive")
    site.draft = f.NewsPageFactory(parent=site.en.news_index, authors=[site.en.author], title="Draft", slug="draft",
                                   live=False)
    assert site.archive.locale == english_locale() and site.draft.locale == english_locale()
    return site


@pytest.mark.parametrize("role", ROLES)
def test_move_unpublish_and_delete_of_a_live_page_are_refused(english_archive, client, role):
    site = english_archive
    before = public(client, site.en_post)
    user_client = client_for(site.users[role])
    user_client.post(reverse("wagtailadmin_pages:move_confirm", args=[site.en_post.pk, site.archive.pk]))
    user_client.post(reverse("wagtailadmin_pages:unpublish", args=[site.en_post.pk]))
    user_client.post(reverse("wagtailadmin_pages:delete", args=[site.en_post.pk]))
    assert public(client, site.en_post) == before
    assert Page.objects.get(pk=site.en_post.pk).get_parent().pk == site.en.news_index.pk


def bulk(user_client, action, *pages, **data):
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", action])
    query = "&".join(f"id={page.pk}" for page in pages)
    user_client.post(f"{url}?{query}", {"include_descendants": "", **data})


@pytest.mark.parametrize("role", ROLES)
def test_bulk_actions_change_nothing_public(english_archive, client, role):
    site = english_archive
    before = public(client, site.en_post)
    user_client = client_for(site.users[role])
    bulk(user_client, "publish", site.draft)
    assert public(client, site.draft)[0] == 404 and not Page.objects.get(pk=site.draft.pk).live
    bulk(user_client, "unpublish", site.en_post)
    bulk(user_client, "move", site.en_post, chooser=site.archive.pk)
    bulk(user_client, "delete", site.en_post)
    assert public(client, site.en_post) == before
