"""A locked translation (in review, or locked by another user) refuses every translation write path."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from django.utils.timezone import now
from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation, TranslationSource
from wagtail_localize.operations import translate_object

from localisation.tests.localisation_fixtures import (  # noqa: F401 - fixtures
    bilingual,
    client_for,
    english_locale,
    fill_segments,
    translation_for,
)
from localisation.translation_approval.locks import TranslationLocked
from news.models import NewsPage

pytestmark = pytest.mark.django_db

LOCKED = "is locked (it may be waiting for approval), so its translation cannot be changed now."


def action(client, translation, name):
    return client.post(reverse("translation_action", args=[translation.pk]), {"action": name}, follow=True)


@pytest.fixture
def translated(bilingual, settings):
    """An English draft of the news post with every string translated, and a source change to sync."""
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator", "OPTIONS": {}}
    translate_object(bilingual.post, [english_locale()], user=bilingual.users["penerjemah"])
    translation = translation_for(bilingual.post)
    fill_segments(translation)
    en_post = Page.objects.get(translation_key=bilingual.post.translation_key, locale=english_locale()).specific
    post = NewsPage.objects.get(pk=bilingual.post.pk)
    post.summary = "Ringkasan yang berubah."
    post.save_revision().publish()
    return translation, en_post


def state(translation, en_post):
    page = Page.objects.get(pk=en_post.pk)
    return (sorted(StringTranslation.objects.filter(locale=english_locale()).values_list("pk", "data", "updated_at")),
            list(Revision.page_revisions.filter(object_id=str(en_post.pk)).values_list("pk", flat=True)),
            TranslationSource.objects.get(pk=translation.source_id).last_updated_at,
            translation.source.stringsegment_set.count(), page.draft_title, page.live)


def try_every_write_path(client, translation, expect_refusal):
    """Each translation write path as the translation editor calls it; returns what each answered."""
    segment = translation.source.stringsegment_set.get(context__path="title")
    string_url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    po = translation.export_po()
    for entry in po:
        entry.msgstr = f"PO {entry.msgid}"
    answers = {
        "string PUT": client.put(string_url, data=encode_multipart(BOUNDARY, {"value": "A locked title"}),
                                 content_type=MULTIPART_CONTENT),
        "string DELETE": client.delete(string_url),
        "override PUT": client.put(reverse("wagtail_localize:edit_override", args=[translation.pk, 987654]),
                                   data=encode_multipart(BOUNDARY, {"value": "x"}), content_type=MULTIPART_CONTENT),
        "PO upload": client.post(reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
                                 {"file": SimpleUploadedFile("p.po", str(po).encode()), "next": "/admin/"},
                                 follow=True),
        "machine translation": client.post(reverse("wagtail_localize:machine_translate", args=[translation.pk]),
                                           {"next": "/admin/"}, follow=True),
        "sync": client.post(reverse("wagtail_localize:update_translations", args=[translation.source_id]),
                            {"next": "/admin/"}, follow=True),
        "save draft": action(client, translation, "save-draft"),
    }
    for name, response in answers.items():
        if name.endswith(("PUT", "DELETE")):
            refused = response.status_code == 423 and LOCKED in response.json()["error"]
        else:
            refused = LOCKED in response.text
        assert refused == expect_refusal, (name, response.status_code)
    return answers


def test_a_translation_in_review_refuses_every_write_by_the_translator(bilingual, translated):
    translation, en_post = translated
    as_translator = client_for(bilingual.users["penerjemah"])
    assert "has been submitted for approval" in action(as_translator, translation, "submit").text
    before = state(translation, en_post)
    try_every_write_path(as_translator, translation, expect_refusal=True)
    assert state(translation, en_post) == before
    # wagtail-localize's own paths to the target ("translate again", sync) stop at the patch too.
    with pytest.raises(TranslationLocked):
        translation.source.create_or_update_translation(english_locale(), user=bilingual.users["penerjemah"],
                                                        publish=False)
    assert state(translation, en_post) == before

    # Once the approver requests changes the lock is gone, and the same requests go through.
    action(client_for(bilingual.users["penyetuju"]), translation, "reject")
    answers = try_every_write_path(as_translator, translation, expect_refusal=False)
    assert answers["string PUT"].status_code == 200 and answers["override PUT"].status_code == 404
    assert state(translation, en_post) != before


def test_a_page_locked_by_another_user_refuses_every_write(bilingual, translated):
    translation, en_post = translated
    Page.objects.filter(pk=en_post.pk).update(locked=True, locked_by=bilingual.users["penyetuju"], locked_at=now())
    before = state(translation, en_post)
    as_translator = client_for(bilingual.users["penerjemah"])
    try_every_write_path(as_translator, translation, expect_refusal=True)
    assert state(translation, en_post) == before
    # The approver's sync with "publish immediately" is refused as well (the lock is not theirs).
    Page.objects.filter(pk=en_post.pk).update(locked_by=bilingual.users["admin"])
    response = client_for(bilingual.users["penyetuju"]).post(
        reverse("wagtail_localize:update_translations", args=[translation.source_id]),
        {"publish_translations": "on", "next": "/admin/"}, follow=True)
    assert LOCKED in response.text
    assert state(translation, en_post) == before


def test_the_lock_holder_may_still_write(bilingual, translated):
    translation, en_post = translated
    Page.objects.filter(pk=en_post.pk).update(locked=True, locked_by=bilingual.users["penerjemah"], locked_at=now())
    try_every_write_path(client_for(bilingual.users["penerjemah"]), translation, expect_refusal=False)


def test_approver_is_told_when_an_approval_restarts_the_review(bilingual, translated, client):
    translation, en_post = translated
    as_translator, as_approver = client_for(bilingual.users["penerjemah"]), client_for(bilingual.users["penyetuju"])
    action(as_translator, translation, "submit")
    # A newer revision after the submission (the approver may still save: the review lock is not theirs).
    assert "saved" in action(as_approver, translation, "save-draft").text
    response = action(as_approver, translation, "approve")
    assert "has been approved" not in response.text
    assert "was changed after it was submitted, so it is not approved yet" in response.text
    en_post.refresh_from_db()
    assert not en_post.live and en_post.current_workflow_state.status == "in_progress"
    assert client.get(en_post.get_url()).status_code == 404
    # Approving the newest version publishes it.
    assert "has been approved" in action(as_approver, translation, "approve").text
    en_post.refresh_from_db()
    assert en_post.live and client.get(en_post.url).status_code == 200

