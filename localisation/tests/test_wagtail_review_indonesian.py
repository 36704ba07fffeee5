"""Wagtail's own screens on the review path in Bahasa Indonesia (localisation/vendor_wagtail.py):
the approver's editor menu and modals, the dashboard, the workflow history and the moderation
e-mails, for users whose admin language is Indonesian; and the check that keeps the catalogue whole.

Besides the phrases each test names, every screen is searched for any msgid of Wagtail's own
catalogues that Django leaves in English (`english_on`), so a string added by an upgrade shows up."""

import functools
import html
import json
import re
import shutil

import polib
import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import WorkflowState

from editorial.roles import PENYETUJU
from editorial.tests.editorial import client_for, edit_url, editorial, live, make_user  # noqa: F401
from editorial.tests.test_workflow import submit, workflow_action
from localisation import vendor_wagtail

pytestmark = pytest.mark.django_db

PLACEHOLDER = re.compile(r"%\([^)]+\)[sd]|%[sd]")


@functools.cache
def untranslated_wagtail_patterns():
    """msgid → pattern of its English text, for Wagtail's msgids Django leaves untranslated in `id`.

    Only phrases (a space, over 10 letters once placeholders are out): single words such as
    "Status" read the same in both languages or turn up inside markup."""
    left = {}
    with translation.override("id"):
        for path in vendor_wagtail.reference_paths():
            for entry in polib.pofile(str(path)):
                if not entry.msgid or entry.msgctxt or " " not in entry.msgid:
                    continue
                got = (translation.ngettext(entry.msgid, entry.msgid_plural, 1) if entry.msgid_plural
                       else translation.gettext(entry.msgid))
                if got != entry.msgid:
                    continue
                for text in filter(None, (entry.msgid, entry.msgid_plural)):
                    parts = PLACEHOLDER.split(text)
                    if sum(len(p) for p in parts) > 10:
                        left[text] = re.compile(".{0,40}?".join(re.escape(p) for p in parts))
    return left


def english_on(text):
    return sorted(msgid for msgid, pattern in untranslated_wagtail_patterns().items() if pattern.search(text))


def text_of(response):
    assert response.status_code == 200
    return html.unescape(response.content.decode())


def modal_of(response):
    assert response.status_code == 200
    return html.unescape(json.loads(response.content)["html"])


def assert_indonesian(text, indonesian, english=()):
    for phrase in indonesian:
        assert phrase in text, phrase
    for phrase in english:
        assert phrase not in text, phrase
    assert english_on(text) == []


@pytest.fixture
def in_review(editorial):
    """A news post a Penulis submitted, waiting for the Penyetuju (both with the Indonesian admin)."""
    assert submit(client_for(editorial.users["penulis"]), editorial.post, title="Jam layanan LK3").status_code == 302
    return editorial


def test_the_approvers_editor_menu_and_side_panels(in_review):
    page = text_of(client_for(in_review.users["penyetuju"]).get(edit_url(in_review.post)))
    assert_indonesian(page, ["Menyetujui", "Setujui dengan komentar", "Minta perubahan", "Dalam moderasi",
                             "Terlihat oleh semua. Kunjungi halaman terpublikasi", "Buka/tutup status"],
                      ["Request changes", "Approve with comment", "In Moderation", "Toggle status"])


def test_the_approve_and_request_changes_modals(in_review):
    penyetuju, post = client_for(in_review.users["penyetuju"]), in_review.post
    task_state = live(post).current_workflow_state.current_task_state
    for action, label in (("approve", "Setujui dengan komentar"), ("reject", "Minta perubahan")):
        modal = modal_of(penyetuju.get(reverse("wagtailadmin_pages:collect_workflow_action_data",
                                               args=[post.pk, action, task_state.pk])))
        assert_indonesian(modal, [label, "Komentar"], ["Approve with comment", "Request changes"])


def test_the_dashboard_review_panels(in_review):
    users = in_review.users
    approver = text_of(client_for(users["penyetuju"]).get(reverse("wagtailadmin_home")))
    assert_indonesian(approver, ["Menunggu tinjauan anda", "Tugas diajukan oleh", "Tugas dimulai", "Jam layanan LK3"],
                      ["Awaiting your review", "Task submitted by", "Task started"])

    workflow_action(client_for(users["penyetuju"]), in_review.post, "reject", comment="Tambahkan jam layanan.")
    author = text_of(client_for(users["penulis"]).get(reverse("wagtailadmin_home")))
    assert_indonesian(author, ["Halaman dan snippet Anda dalam alur kerja", "Perubahan diminta pada"],
                      ["Your pages and snippets in a workflow", "Changes requested at"])


def test_the_workflow_history(in_review):
    penyetuju, post = client_for(in_review.users["penyetuju"]), in_review.post
    history = text_of(penyetuju.get(reverse("wagtailadmin_pages:workflow_history", args=[post.pk])))
    assert_indonesian(history, ["Riwayat alur kerja", "Diminta oleh", "Tugas belum selesai"],
                      ["Workflow history", "Requested by", "Incomplete task"])

    workflow_action(penyetuju, post, "approve", comment="Sudah lengkap.")
    detail = text_of(penyetuju.get(reverse("wagtailadmin_pages:workflow_history_detail",
                                           args=[post.pk, WorkflowState.objects.get(object_id=str(post.pk)).pk])))
    assert_indonesian(detail, ["Lini masa", "Alur kerja dimulai", "Revisi awal", "dengan komentar:", "Sudah lengkap."],
                      ["Timeline", "Workflow started", "Initial Revision", "with comment:"])


def mail_text(message):
    return "\n".join([message.subject, message.body] + [content for content, _ in message.alternatives])


def test_the_moderation_emails_are_indonesian_for_indonesian_recipients(editorial, mailoutbox):
    """Wagtail renders each e-mail in the recipient's preferred language (wagtail/admin/mail.py)."""
    post, users = editorial.post, editorial.users
    penulis, penyetuju = client_for(users["penulis"]), client_for(users["penyetuju"])

    submit(penulis, post, title="Jam layanan LK3")
    workflow_action(penyetuju, post, "reject", comment="Tambahkan jam layanan.")
    submit(penulis, post, title="Jam layanan LK3 08.00-15.00")
    workflow_action(penyetuju, post, "approve")

    submitted, rejected, resubmitted, approved = mailoutbox
    assert submitted.to == ["penyetuju@example.org"] and rejected.to == ["penulis@example.org"]
    assert_indonesian(mail_text(submitted), ['Halaman "Jam layanan LK3" telah diajukan untuk disetujui'],
                      ["has been submitted"])
    assert_indonesian(mail_text(rejected), ['Halaman "Jam layanan LK3" telah ditolak',
                                            'Komentar yang ditinggalkan: "Tambahkan jam layanan."'],
                      ["has been rejected", "The following comment was left"])
    assert_indonesian(mail_text(resubmitted), ["telah diajukan untuk disetujui"], ["has been submitted"])
    assert_indonesian(mail_text(approved), ['Halaman "Jam layanan LK3 08.00-15.00" telah disetujui'],
                      ["has been approved"])


def test_an_approver_who_chose_english_keeps_english(in_review, mailoutbox):
    """The catalogue is Indonesian only."""
    english = make_user("penyetuju_en", PENYETUJU, language="en")
    page = text_of(client_for(english).get(edit_url(in_review.post)))
    assert "Request changes" in page and "Minta perubahan" not in page


def test_our_catalogue_covers_every_curated_string():
    reference, gone = vendor_wagtail.curated_reference(vendor_wagtail.WAGTAIL_MSGIDS)
    assert gone == [] and len(reference) == len(vendor_wagtail.WAGTAIL_MSGIDS) > 250
    assert vendor_wagtail.catalogue_gaps() == []
    assert vendor_wagtail.runtime_gaps() == []


def copy_of_catalogue(tmp_path, monkeypatch, change):
    copy = tmp_path / "django.po"
    shutil.copy(vendor_wagtail.vendor_path(), copy)
    po = polib.pofile(str(copy))
    change(po)
    po.save()
    monkeypatch.setattr(vendor_wagtail, "vendor_path", lambda language="id": copy)
    monkeypatch.setattr(vendor_wagtail, "ROOT", tmp_path)


def test_the_check_reports_a_curated_string_missing_from_ours(tmp_path, monkeypatch):
    copy_of_catalogue(tmp_path, monkeypatch, lambda po: po.remove(po.find("Approve with comment")))
    assert vendor_wagtail.catalogue_gaps() == ["django.po: missing: 'Approve with comment'"]


def test_the_check_reports_an_untranslated_curated_string(tmp_path, monkeypatch):
    def empty(po):
        po.find("Request changes").msgstr = ""
    copy_of_catalogue(tmp_path, monkeypatch, empty)
    assert vendor_wagtail.catalogue_gaps() == ["django.po: untranslated: 'Request changes'"]


def test_the_check_reports_a_curated_string_wagtail_no_longer_has(monkeypatch):
    monkeypatch.setattr(vendor_wagtail, "WAGTAIL_MSGIDS", vendor_wagtail.WAGTAIL_MSGIDS + ("Approve with a smile",))
    assert vendor_wagtail.catalogue_gaps() == ["localisation/locale_wagtail/id/LC_MESSAGES/django.po: "
                                               "no longer in Wagtail's catalogue: 'Approve with a smile'"]


def test_the_check_reports_a_stale_or_unused_compiled_catalogue(tmp_path, monkeypatch, settings):
    """A .po edited without `make messages` (Django serves the .mo), or our directory off LOCALE_PATHS."""
    def reword(po):
        po.find("Approve with comment").msgstr = "Setujui sambil berkomentar"
    copy_of_catalogue(tmp_path, monkeypatch, reword)
    monkeypatch.setattr(vendor_wagtail, "ROOT", vendor_wagtail.VENDOR_DIR.parent.parent)
    assert vendor_wagtail.runtime_gaps() == ["wagtail: Django says 'Setujui dengan komentar' for "
                                             "'Approve with comment', our catalogue 'Setujui sambil berkomentar'"]

    settings.LOCALE_PATHS = settings.LOCALE_PATHS[:2]
    assert vendor_wagtail.runtime_gaps() == ["localisation/locale_wagtail is not in settings.LOCALE_PATHS"]
