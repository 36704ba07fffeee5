"""PO files of a translation: a translator's round trip over HTTP, and files that must be refused whole.

Everything goes through the admin's own endpoints (download, upload, the translation editor's
approval buttons, sync) as the Penerjemah and the Penyetuju would use them.
"""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation
from wagtail_localize.operations import translate_object

from cms.tests import factories as f
from localisation.tests.localisation_fixtures import (  # noqa: F401 - fixtures
    bilingual,
    client_for,
    english_locale,
    english_text,
    translation_for,
)
from localisation.translation_approval.pofile import MAX_PO_BYTES
from news.models import NewsPage

pytestmark = pytest.mark.django_db


def start_translation(bilingual, page):
    translate_object(page, [english_locale()], user=bilingual.users["penerjemah"])
    return translation_for(page), Page.objects.get(translation_key=page.translation_key,
                                                   locale=english_locale()).specific


def download(client, translation):
    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    return polib.pofile(response.content.decode())


def upload(client, translation, content):
    if isinstance(content, polib.POFile):
        content = str(content).encode()
    return client.post(reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
                       {"file": SimpleUploadedFile("page.po", content), "next": "/admin/"}, follow=True)


def action(client, translation, name):
    return client.post(reverse("translation_action", args=[translation.pk]), {"action": name}, follow=True)


def fill(po, translate=english_text, only_empty=False):
    for entry in po:
        if entry.obsolete or (only_empty and entry.msgstr):
            continue
        entry.msgstr = translate(entry.msgid)
    return po


def current(po):
    return [entry for entry in po if not entry.obsolete]


def snapshot(page):
    """What an upload could change: the page's string translations, its revisions and draft title."""
    rows = sorted(StringTranslation.objects.filter(context__object_id=page.translation_key, locale=page.locale)
                  .values_list("pk", "data", "has_error", "updated_at"))
    revisions = list(Revision.page_revisions.filter(object_id=str(page.pk)).values_list("pk", flat=True))
    return rows, revisions, Page.objects.get(pk=page.pk).draft_title


def test_translator_round_trip_with_approval_and_sync(bilingual, client):
    post = bilingual.post
    translation, en_post = start_translation(bilingual, post)
    as_translator, as_approver = client_for(bilingual.users["penerjemah"]), client_for(bilingual.users["penyetuju"])

    po = download(as_translator, translation)
    assert current(po) and all(not entry.msgstr for entry in current(po))
    assert {post.title, post.summary, "Isi berita."} <= {entry.msgid for entry in po}
    response = upload(as_translator, translation, fill(po))
    assert "Successfully imported translations from PO File." in response.text
    assert "has been submitted for approval" in action(as_translator, translation, "submit").text
    en_post.refresh_from_db()
    assert en_post.current_workflow_state.status == "in_progress" and not en_post.live
    assert client.get(en_post.get_url()).status_code == 404
    assert "has been approved" in action(as_approver, translation, "approve").text
    en_post.refresh_from_db()
    page = client.get(en_post.url)
    assert page.status_code == 200
    assert f"[EN] {post.summary}" in page.text and "[EN] Isi berita." in page.text

    # The source changes; after a sync only the changed text is empty in a fresh download.
    post = NewsPage.objects.get(pk=post.pk)
    post.summary = "Ringkasan yang baru saja diubah."
    post.save_revision().publish()
    response = as_translator.post(reverse("wagtail_localize:update_translations", args=[translation.source_id]),
                                  {"next": "/admin/"})
    assert response.status_code == 302
    po = download(as_translator, translation)
    assert [entry.msgid for entry in current(po) if not entry.msgstr] == ["Ringkasan yang baru saja diubah."]
    assert "Isi berita." in [entry.msgid for entry in current(po) if entry.msgstr]
    upload(as_translator, translation, fill(po, only_empty=True))
    action(as_translator, translation, "submit")
    # Until approval the public page keeps the approved text.
    assert "[EN] Ringkasan yang baru saja diubah." not in client.get(en_post.url).text
    assert "has been approved" in action(as_approver, translation, "approve").text
    page = client.get(en_post.url).text
    assert "[EN] Ringkasan yang baru saja diubah." in page and f"[EN] {bilingual.post.summary}" not in page
    assert "[EN] Isi berita." in page


@pytest.fixture
def translated_post(bilingual):
    """A post whose English translation was imported from a complete PO file (not yet submitted)."""
    translation, en_post = start_translation(bilingual, bilingual.post)
    as_translator = client_for(bilingual.users["penerjemah"])
    upload(as_translator, translation, fill(download(as_translator, translation)))
    return translation, en_post, as_translator


def with_entry(po, msgid, msgstr):
    entry = next(entry for entry in po if entry.msgid == msgid)
    entry.msgstr = msgstr
    return po


HOSTILE = [
    ("summary", "<script>alert(1)</script>", "HTML is not allowed in this field (found &lt;script&gt;)"),
    ("summary", "<b>Ringkasan</b> tebal", "HTML is not allowed in this field (found &lt;b&gt;)"),
    ("body", "<script>alert(1)</script>", "the &lt;script&gt; tag is not allowed"),
    ("body", '<b onclick="alert(1)">Isi</b> berita', "HTML attributes are not allowed (found onclick in &lt;b&gt;)"),
    ("body", '<a id="a1">tautan</a>', "a link that is not in the source text (id a1)"),
    ("body", "<p>Isi</p><img src=x>", "the &lt;p&gt; tag is not allowed"),
    ("body", "Isi <!-- komentar --> berita", "comments and other markup declarations are not allowed"),
    ("title", "x" * 300, "at most 255 characters (this text has 300)"),
]


@pytest.mark.parametrize("field, msgstr, problem", HOSTILE)
def test_an_invalid_entry_refuses_the_whole_file(bilingual, translated_post, field, msgstr, problem):
    translation, en_post, as_translator = translated_post
    msgid = {"summary": bilingual.post.summary, "body": "Isi berita.", "title": bilingual.post.title}[field]
    po = fill(download(as_translator, translation), translate=lambda text: f"Baru {text}")
    before = snapshot(en_post)
    response = upload(as_translator, translation, with_entry(po, msgid, msgstr))
    label = {"summary": "Summary", "body": "Body", "title": "Title"}[field]
    assert "Nothing was imported: 1 entry of this file is not allowed." in response.text
    assert f"{label} (“{msgid}”): {problem}" in response.text
    assert snapshot(en_post) == before
    assert not StringTranslation.objects.filter(data__startswith="Baru ").exists()


def test_every_invalid_entry_is_named(bilingual, translated_post):
    translation, en_post, as_translator = translated_post
    po = download(as_translator, translation)
    with_entry(po, bilingual.post.summary, "<i>x</i>")
    with_entry(po, "Isi berita.", "<div>x</div>")
    before = snapshot(en_post)
    response = upload(as_translator, translation, po)
    assert "2 entries of this file are not allowed" in response.text
    assert f"Summary (“{bilingual.post.summary}”)" in response.text and "Body (“Isi berita.”)" in response.text
    assert snapshot(en_post) == before


def test_inline_html_is_accepted_where_the_source_is_rich_text(bilingual, translated_post):
    translation, en_post, as_translator = translated_post
    po = with_entry(download(as_translator, translation), "Isi berita.", "<b>Body</b> of the <i>news</i>.")
    response = upload(as_translator, translation, po)
    assert "Successfully imported translations from PO File." in response.text
    row = StringTranslation.objects.get(data="<b>Body</b> of the <i>news</i>.")
    assert not row.has_error and row.last_translated_by == bilingual.users["penerjemah"]


def test_empty_msgstr_keeps_the_existing_translation(bilingual, translated_post):
    translation, en_post, as_translator = translated_post
    po = download(as_translator, translation)
    for entry in po:
        entry.msgstr = ""
    with_entry(po, bilingual.post.summary, "A new summary.")
    before = dict(StringTranslation.objects.filter(locale=english_locale()).values_list("pk", "data"))
    response = upload(as_translator, translation, po)
    assert "Successfully imported translations from PO File." in response.text
    after = dict(StringTranslation.objects.filter(locale=english_locale()).values_list("pk", "data"))
    changed = {pk for pk in after if after[pk] != before.get(pk)}
    assert [after[pk] for pk in changed] == ["A new summary."] and set(after) == set(before)


def test_a_new_title_becomes_the_draft_title_as_in_the_editor(bilingual, translated_post):
    translation, en_post, as_translator = translated_post
    po = with_entry(download(as_translator, translation), bilingual.post.title, "A title from the PO file")
    upload(as_translator, translation, po)
    assert Page.objects.get(pk=en_post.pk).draft_title == "A title from the PO file"
    assert not Page.objects.get(pk=en_post.pk).live


def broken(po_text):
    """A good file with the first translated msgstr left unterminated: (content, its line number)."""
    lines = po_text.splitlines()
    number = next(i for i, line in enumerate(lines) if line.startswith('msgstr "') and line != 'msgstr ""')
    lines[number] = lines[number][:-1]
    return "\n".join(lines).encode(), number + 1


def test_broken_empty_huge_and_foreign_files_are_refused(bilingual, translated_post):
    translation, en_post, as_translator = translated_post
    good = str(fill(download(as_translator, translation), translate=lambda text: f"Baru {text}"))
    unterminated, line = broken(good)
    header_only = polib.POFile()
    header_only.metadata = download(as_translator, translation).metadata
    other = fill(translation_for(bilingual.author).export_po())
    huge = good.encode() + b"\n" + b"#" * (MAX_PO_BYTES + 1)
    cases = [
        (unterminated, f"This PO file is broken at line {line} (a text is not closed with a quotation mark)"),
        (b'msgid "a"\nmsgstr "b"\nrubbish\n', "This PO file is broken at line 3 (this line is not PO syntax)"),
        (b"", "The file is empty; nothing was imported."),
        (b"  \n\n", "The file is empty; nothing was imported."),
        (str(header_only).encode(), "The file is empty (it has no texts); nothing was imported."),
        (huge, "This file is too large for a PO file of one page"),
        (str(other).encode(), f"This PO file belongs to “{bilingual.author.title}” in English"),
        (b"\xff\xfe\x00binary", "not UTF-8 text"),
    ]
    before = snapshot(en_post)
    for content, message in cases:
        response = upload(as_translator, translation, content)
        assert response.status_code == 200 and message in response.text, message
        assert snapshot(en_post) == before, message
    assert not StringTranslation.objects.filter(data__startswith="Baru ").exists()
    # The same file, unbroken, is imported.
    assert "Successfully imported" in upload(as_translator, translation, good.encode()).text
    assert StringTranslation.objects.filter(data__startswith="Baru ").exists()


def unknown_entries(po, count):
    for number in range(count):
        po.append(polib.POEntry(msgid=f"Teks lain {number}", msgctxt=f"body.lain-{number}", msgstr=f"Other {number}"))
    return po


def test_upload_queries_do_not_grow_with_the_entries(bilingual):
    """One pass with bulk queries: a long page with thousands of stray entries costs what a short one does."""
    as_translator = client_for(bilingual.users["penerjemah"])
    long_post = f.NewsPageFactory(parent=bilingual.news_index, authors=[bilingual.author],
                                  body=[("paragraph", f"<p>Paragraf nomor {n}.</p>") for n in range(40)])
    counts, written = [], []
    for page, stray in ((bilingual.post, 3), (long_post, 3000)):
        translation, en_page = start_translation(bilingual, page)
        po = unknown_entries(fill(download(as_translator, translation)), stray)
        with CaptureQueriesContext(connection) as queries:
            response = as_translator.post(reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
                                          {"file": SimpleUploadedFile("page.po", str(po).encode()), "next": "/admin/"})
        assert response.status_code == 302
        counts.append(len(queries))
        written.append(StringTranslation.objects.filter(context__object_id=page.translation_key,
                                                        locale=english_locale()).count())
    assert written[1] > written[0] + 35
    assert counts[1] == counts[0], counts
    assert "3000 entries did not match this page and were ignored" in as_translator.get("/admin/").text


def test_syntax_check_accepts_what_po_editors_write_and_finds_the_broken_line():
    from django.utils.translation import override

    from localisation.translation_approval.pofile import syntax_error

    po = polib.POFile(wrapwidth=40)
    po.metadata = {"X-WagtailLocalize-TranslationID": "x"}
    po.append(polib.POEntry(msgid='Kata "kutipan" dan \\ garis miring\tserta\nbaris baru yang panjang sekali',
                            msgctxt="body.a", msgstr='Quoted "words"', flags=["fuzzy"], tcomment="catatan",
                            previous_msgid="lama"))
    po.append(polib.POEntry(msgid="satu", msgid_plural="banyak", msgstr_plural={0: "one", 1: "many"}))
    po.append(polib.POEntry(msgid="usang", msgctxt="summary", msgstr="obsolete", obsolete=True))
    text = str(po)
    assert "#~ msgid" in text and "#| msgid" in text and "msgstr[1]" in text
    assert syntax_error(text) is None and syntax_error(text.replace("\n", "\r\n")) is None
    lines = text.splitlines()
    for number, line in enumerate(lines, start=1):
        if line.startswith(('msgstr "', '"', "#~ msgstr")) and line.endswith('"') and len(line) > 9:
            broken_text = "\n".join(lines[:number - 1] + [line[:-1]] + lines[number:])
            with override("en"):
                assert syntax_error(broken_text) == (number, "a text is not closed with a quotation mark"), line
    assert syntax_error('msgid "a" "b"\nmsgstr ""')[0] == 1
