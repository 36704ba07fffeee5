"""Translations go live only after a Penyetuju approves them (localisation/translation_approval)."""

import re

import pytest
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from django.utils.translation import override
from wagtail.models import Page
from wagtail_localize.models import StringTranslation
from wagtail_localize.operations import translate_object

from localisation.tests.localisation_fixtures import (  # noqa: F401 - fixtures
    bilingual,
    client_for,
    english_locale,
    fill_segments,
    translation_for,
)
from news.models import NewsPage

pytestmark = pytest.mark.django_db


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def action_url(translation):
    return reverse("translation_action", args=[translation.pk])


def start_translation(bilingual, page):
    """What "Translate this page" does for the Penerjemah: an English draft of `page`."""
    translate_object(page, [english_locale()], user=bilingual.users["penerjemah"])
    translation = translation_for(page)
    return translation, Page.objects.get(translation_key=page.translation_key, locale=english_locale()).specific


def test_translated_news_post_goes_live_only_after_approval(bilingual, client):
    translator, approver = bilingual.users["penerjemah"], bilingual.users["penyetuju"]
    translation, en_post = start_translation(bilingual, bilingual.post)
    assert not en_post.live
    fill_segments(translation, user=translator)

    as_translator = client_for(translator)
    response = as_translator.get(edit_url(en_post))
    assert response.status_code == 200
    assert "Submit for approval" in response.text and 'value="publish"' not in response.text

    # "Publish" posted by hand is refused with a message; nothing goes live.
    response = as_translator.post(edit_url(en_post), {"action": "publish"}, follow=True)
    assert "You cannot publish translations" in response.text
    assert not Page.objects.get(pk=en_post.pk).live

    response = as_translator.post(action_url(translation), {"action": "submit"}, follow=True)
    assert "submitted for approval" in response.text
    en_post.refresh_from_db()
    assert not en_post.live and en_post.current_workflow_state.status == "in_progress"
    assert client.get(en_post.get_url()).status_code == 404

    response = client_for(approver).post(action_url(translation), {"action": "approve"}, follow=True)
    assert "has been approved" in response.text
    en_post.refresh_from_db()
    assert en_post.live and en_post.title == f"[EN] {bilingual.post.title}"
    assert en_post.url.startswith("/en/")
    page = client.get(en_post.url)
    assert page.status_code == 200 and f"[EN] {bilingual.post.title}" in page.text


def test_draft_of_a_live_translation_never_changes_the_live_page(bilingual, client):
    """The library gap itself: wagtail-localize's draft save writes the page row of a live page."""
    en_index = bilingual.en.news_index
    translation = translation_for(bilingual.news_index)
    StringTranslation.objects.filter(locale=english_locale(), data=f"[EN] {bilingual.news_index.title}") \
        .update(data="News and stories")
    translation.save_target(user=bilingual.users["penerjemah"], publish=False)
    en_index.refresh_from_db()
    assert en_index.title == f"[EN] {bilingual.news_index.title}" and en_index.has_unpublished_changes
    assert en_index.get_latest_revision().as_object().title == "News and stories"
    assert "News and stories" not in client.get(en_index.url).text

    as_translator = client_for(bilingual.users["penerjemah"])
    as_translator.post(action_url(translation), {"action": "submit"})
    assert "News and stories" not in client.get(en_index.url).text
    client_for(bilingual.users["penyetuju"]).post(action_url(translation), {"action": "approve"})
    assert "News and stories" in client.get(en_index.url).text


def test_request_changes_then_resubmit(bilingual):
    translation, en_post = start_translation(bilingual, bilingual.post)
    fill_segments(translation)
    as_translator, as_approver = client_for(bilingual.users["penerjemah"]), client_for(bilingual.users["penyetuju"])
    as_translator.post(action_url(translation), {"action": "submit"})
    # A Penerjemah cannot approve their own work.
    response = as_translator.post(action_url(translation), {"action": "approve"}, follow=True)
    assert "has been approved" not in response.text
    en_post.refresh_from_db()
    assert en_post.current_workflow_state.status == "in_progress" and not en_post.live
    response = as_approver.post(action_url(translation), {"action": "reject", "comment": "Judul kurang jelas"},
                                follow=True)
    assert "Changes to" in response.text
    en_post.refresh_from_db()
    assert en_post.current_workflow_state.status == "needs_changes" and not en_post.live
    html = as_translator.get(edit_url(en_post)).text
    assert "Changes requested by the approver." in html and "Judul kurang jelas" in html
    as_translator.post(action_url(translation), {"action": "submit"})
    en_post.refresh_from_db()
    assert en_post.current_workflow_state.status == "in_progress"


def test_submission_with_untranslated_text_is_refused_and_names_the_fields(bilingual):
    translation, en_post = start_translation(bilingual, bilingual.post)
    fill_segments(translation, only=bilingual.post.title)
    response = client_for(bilingual.users["penerjemah"]).post(action_url(translation), {"action": "submit"},
                                                              follow=True)
    message = re.search(r"Still untranslated: ([^.<]*)\.", response.text)
    assert message and "Summary" in message.group(1).split(", ") and "Title" not in message.group(1)
    en_post.refresh_from_db()
    assert en_post.current_workflow_state is None and not en_post.live


def test_translation_that_breaks_a_field_rule_says_which_field(bilingual):
    translation, en_post = start_translation(bilingual, bilingual.post)
    source = bilingual.post.source
    fill_segments(translation, translate=lambda text: "x" * 200 if text == source else f"en-{text}")
    response = client_for(bilingual.users["penerjemah"]).post(action_url(translation), {"action": "submit"},
                                                              follow=True)
    assert "cannot be saved" in response.text and "Source: Ensure this value has at most 160" in response.text
    en_post.refresh_from_db()
    assert en_post.current_workflow_state is None


def test_translator_rights(bilingual):
    translator, approver = bilingual.users["penerjemah"], bilingual.users["penyetuju"]
    source, english = bilingual.post, bilingual.en.author
    assert not source.permissions_for_user(translator).can_edit()
    assert english.permissions_for_user(translator).can_edit()
    assert not english.permissions_for_user(translator).can_publish()
    assert english.permissions_for_user(approver).can_publish()
    as_translator = client_for(translator)
    assert as_translator.get(edit_url(source)).status_code in (302, 403)
    # No publishing through the side doors either: convert to alias, sync with "publish immediately".
    response = as_translator.post(reverse("wagtail_localize:convert_to_alias", args=[english.pk]), follow=True)
    assert "only an approver" in response.text
    assert Page.objects.get(pk=english.pk).alias_of_id is None
    source_id = translation_for(bilingual.author).source_id
    response = as_translator.post(reverse("wagtail_localize:update_translations", args=[source_id]),
                                  {"publish_translations": "on"}, follow=True)
    assert "not publish them" in response.text
    # The approver may.
    response = client_for(approver).post(reverse("wagtail_localize:update_translations", args=[source_id]),
                                         {"publish_translations": "on"})
    assert response.status_code == 302


def test_translation_roots_get_translator_rights_when_created(bilingual):
    from django.contrib.auth.models import Group
    from wagtail.models import GroupPagePermission

    from editorial.roles import PENERJEMAH, sync_roles

    grants = GroupPagePermission.objects.filter(group=Group.objects.get(name=PENERJEMAH))
    assert {(g.page_id, g.permission.codename) for g in grants} == {
        (bilingual.en.home.pk, "add_page"), (bilingual.en.home.pk, "change_page")}
    assert sync_roles() == []


def po_upload(client, translation, content, name="post.po"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return client.post(reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
                       {"file": SimpleUploadedFile(name, content), "next": "/admin/"}, follow=True)


def test_po_download_edit_upload_round_trip(bilingual):
    import polib

    translation, en_post = start_translation(bilingual, bilingual.post)
    as_translator = client_for(bilingual.users["penerjemah"])
    response = as_translator.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200 and response["Content-Type"].startswith("text/x-gettext-translation")
    po = polib.pofile(response.content.decode())
    assert bilingual.post.summary in [entry.msgid for entry in po]
    for entry in po:
        entry.msgstr = f"PO {entry.msgid}"
    response = po_upload(as_translator, translation, str(po).encode())
    assert "Successfully imported translations from PO File." in response.text
    texts = set(StringTranslation.objects.filter(locale=english_locale()).values_list("data", flat=True))
    assert f"PO {bilingual.post.summary}" in texts
    # The page itself changes only through a draft and approval.
    assert not Page.objects.get(pk=en_post.pk).live


@pytest.mark.parametrize("content, message", [
    (b"", "The file is empty"),
    (b'msgid "a\nmsgstr', "This PO file is broken at line 1"),
    (b"\xff\xfe\x00binary", "not a valid PO file"),
])
def test_bad_po_files_are_refused_and_change_nothing(bilingual, content, message):
    translation, _ = start_translation(bilingual, bilingual.post)
    before = StringTranslation.objects.count()
    response = po_upload(client_for(bilingual.users["penerjemah"]), translation, content)
    assert response.status_code == 200 and message in response.text
    assert StringTranslation.objects.count() == before


def test_po_file_of_another_page_is_refused_by_name(bilingual):
    translation, _ = start_translation(bilingual, bilingual.post)
    other = translation_for(bilingual.author)
    po = other.export_po()
    for entry in po:
        entry.msgstr = "Something"
    before = StringTranslation.objects.count()
    response = po_upload(client_for(bilingual.users["penerjemah"]), translation, str(po).encode())
    assert f"belongs to “{bilingual.author.title}” in English" in response.text
    assert StringTranslation.objects.count() == before
    response = client_for(bilingual.users["penerjemah"]).post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"next": "/admin/"}, follow=True)
    assert "Choose a PO file to upload." in response.text


def test_sync_after_a_source_change_keeps_unchanged_translations(bilingual):
    translation, en_post = start_translation(bilingual, bilingual.post)
    fill_segments(translation)
    as_translator = client_for(bilingual.users["penerjemah"])
    as_translator.post(action_url(translation), {"action": "submit"})
    client_for(bilingual.users["penyetuju"]).post(action_url(translation), {"action": "approve"})

    post = NewsPage.objects.get(pk=bilingual.post.pk)
    post.summary = "Ringkasan yang baru saja diubah."
    post.save_revision().publish()
    html = as_translator.get(edit_url(en_post)).text
    assert "data-translation-outdated" in html

    response = as_translator.post(reverse("wagtail_localize:update_translations", args=[translation.source_id]),
                                  {"next": "/admin/"})
    assert response.status_code == 302
    translation.refresh_from_db()
    from localisation.translation_approval.actions import missing_fields

    with override("en"):
        assert missing_fields(translation) == ["Summary"]
    assert "data-translation-outdated" not in as_translator.get(edit_url(en_post)).text
    # The live English page keeps its approved text until the new translation is approved.
    assert Page.objects.get(pk=en_post.pk).specific.summary == f"[EN] {bilingual.post.summary}"


def test_machine_translation_failure_is_a_message(bilingual, settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {"LIBRETRANSLATE_URL": "http://127.0.0.1:9", "API_KEY": "", "TIMEOUT": 2}}
    translation, _ = start_translation(bilingual, bilingual.post)
    response = client_for(bilingual.users["penerjemah"]).post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]), {"next": "/admin/"}, follow=True)
    assert response.status_code == 200 and "did not answer" in response.text
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator", "OPTIONS": {}}
    client_for(bilingual.users["penerjemah"]).post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]), {"next": "/admin/"})
    assert StringTranslation.objects.filter(locale=english_locale(), translation_type="machine").exists()


def test_translator_dashboard_lists_work_to_do(bilingual):
    translation = translation_for(bilingual.author)
    html = client_for(bilingual.users["penerjemah"]).get(reverse("wagtailadmin_home")).text
    assert f'data-untranslated-page="{bilingual.post.pk}"' in html
    assert reverse("wagtail_localize:submit_page_translation", args=[bilingual.post.pk]) in html
    assert f'data-untranslated-page="{bilingual.author.pk}"' not in html
    author = bilingual.author
    author.bio = "Biografi yang diperbarui."
    author.save_revision().publish()
    html = client_for(bilingual.users["penerjemah"]).get(reverse("wagtailadmin_home")).text
    assert f'data-outdated-source="{translation.source_id}"' in html
    # Writers do not see the panel.
    assert "data-untranslated-page" not in client_for(bilingual.users["penulis"]).get(
        reverse("wagtailadmin_home")).text


def test_over_long_title_in_the_editor_is_a_clear_error(bilingual):
    translation, en_post = start_translation(bilingual, bilingual.post)
    segment = translation.source.stringsegment_set.get(context__path="title")
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    as_translator = client_for(bilingual.users["penerjemah"])
    response = as_translator.put(url, data=encode_multipart(BOUNDARY, {"value": "x" * 300}),
                                 content_type=MULTIPART_CONTENT)
    assert response.status_code == 400 and "at most 255 characters" in response.json()["error"]
    assert not StringTranslation.objects.filter(context=segment.context, locale=english_locale()).exists()
    response = as_translator.put(url, data=encode_multipart(BOUNDARY, {"value": "A fine title"}),
                                 content_type=MULTIPART_CONTENT)
    assert response.status_code == 201
    assert Page.objects.get(pk=en_post.pk).draft_title == "A fine title"
