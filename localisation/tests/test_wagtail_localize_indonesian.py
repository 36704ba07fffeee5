"""wagtail-localize's screens in Bahasa Indonesia (localisation/vendor_catalogue.py), where Sync
leads, and how the translation editor's messages name the page."""

import html
import shutil

import polib
import pytest
from django.urls import reverse
from wagtail.models import Page

from editorial.roles import PENERJEMAH
from editorial.tests import editorial
from localisation import vendor_catalogue
from localisation.tests.localisation_fixtures import (  # noqa: F401 - fixtures
    bilingual,
    client_for,
    english_locale,
    fill_segments,
    translate,
    translation_for,
)

pytestmark = pytest.mark.django_db


def text_of(response):
    assert response.status_code == 200
    return html.unescape(response.content.decode())


def assert_indonesian(page_text, indonesian, english):
    for text in indonesian:
        assert text in page_text, text
    for text in english:
        assert text not in page_text, text


@pytest.fixture
def indonesian_translator(bilingual):
    """A Penerjemah whose admin is in Bahasa Indonesia (the profile's preferred language)."""
    return editorial.make_user("penerjemah_id", PENERJEMAH, language="id")


def test_translate_sync_and_stop_are_in_indonesian(bilingual, indonesian_translator):
    post = bilingual.post
    as_translator = client_for(indonesian_translator)

    # "Translate this page": the form, then its message on the translation editor it opens.
    submit_url = reverse("wagtail_localize:submit_page_translation", args=[post.pk])
    assert_indonesian(text_of(as_translator.get(submit_url)),
                      ["Terjemahkan halaman", "Bahasa", "Kirim", "Kembali"],
                      ["Translate page", "Locales", 'value="Submit"', "Go back"])
    response = as_translator.post(submit_url, {"locales": [english_locale().pk]}, follow=True)
    en_post = Page.objects.get(translation_key=post.translation_key, locale=english_locale())
    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_pages:edit", args=[en_post.pk])
    editor = text_of(response)
    assert_indonesian(editor,
                      [f"Halaman '{post.title}' berhasil dikirim untuk diterjemahkan ke English",
                       f"Terjemahan {en_post.title} ke English"],
                      ["was successfully submitted for translation", "Translation of "])

    # The editor's React app reads its strings from wagtail-localize's JavaScript catalogue.
    catalogue = as_translator.get(reverse("wagtail_localize:javascript_catalog")).content.decode()
    for entry in polib.pofile(str(vendor_catalogue.vendor_path("djangojs"))):
        assert f'"{entry.msgstr}"' in catalogue, entry.msgid
    assert '"Hentikan terjemahan yang diselaraskan"' in catalogue and '"segmen sudah diterjemahkan"' in catalogue

    # Two strings the React app hard-codes in English are replaced by the template (the browser
    # test sees the result); the bundle must still write them as the replacement expects.
    assert "Terjemahan dari Bahasa Indonesia ke English" in editor and "Tindakan lainnya" in editor
    bundle = (vendor_catalogue.package_locale_dir().parent / "static" / "wagtail_localize" / "js"
              / "wagtail-localize.js").read_text()
    assert "`${r.sourceLocale.displayName} to ${r.locale.displayName} translation`" in bundle
    assert '"w-sr-only"},"More actions")' in bundle

    # Sync: the form, then its message.
    translation = translation_for(post)
    sync_url = reverse("wagtail_localize:update_translations", args=[translation.source_id])
    assert_indonesian(text_of(as_translator.get(sync_url)),
                      ["Perbarui terjemahan yang ada", "Mengapa halaman perlu diselaraskan?",
                       "Penyelarasan terakhir:", "Terbitkan segera", "Kirim", "Kembali"],
                      ["Update existing translations", "Why would I sync my page?", "The last sync date",
                       "Publish immediately", "Go back", 'value="Submit"'])
    response = as_translator.post(sync_url, {}, follow=True)
    assert_indonesian(text_of(response), [f"Terjemahan '{post.title}' berhasil diperbarui"],
                      ["Successfully updated translations"])

    # Stop the synced translation: the message, and the page editor's menu that follows.
    response = as_translator.post(reverse("wagtail_localize:stop_translation", args=[translation.pk]),
                                  {"next": reverse("wagtailadmin_pages:edit", args=[en_post.pk])}, follow=True)
    assert_indonesian(text_of(response),
                      ["Penerjemahan telah dihentikan.", "Mulai lagi terjemahan yang diselaraskan"],
                      ["Translation has been stopped", "Start Synced translation"])


def test_the_english_admin_stays_in_english(bilingual):
    """The catalogue is Indonesian only: an admin user who chose English keeps English screens."""
    translation = translation_for(bilingual.author)
    page = text_of(client_for(bilingual.users["admin"]).get(
        reverse("wagtail_localize:update_translations", args=[translation.source_id])))
    assert "Update existing translations" in page and "Perbarui terjemahan yang ada" not in page


def test_sync_opens_the_translation_editor(bilingual):
    translation = translation_for(bilingual.author)
    sync_url = reverse("wagtail_localize:update_translations", args=[translation.source_id])
    for data in ({}, {"next": reverse("wagtailadmin_home")}):
        response = client_for(bilingual.users["penerjemah"]).post(sync_url, data)
        assert response.status_code == 302
        assert response.url == reverse("wagtailadmin_pages:edit", args=[bilingual.en.author.pk])


def test_sync_of_a_snippet_opens_its_translation(bilingual):
    from cms.tests.factories import CategoryFactory

    category = CategoryFactory()
    translation, english = translate(category)
    response = client_for(bilingual.users["admin"]).post(
        reverse("wagtail_localize:update_translations", args=[translation.source_id]), {})
    assert response.status_code == 302
    assert response.url == reverse(english.snippet_viewset.get_url_name("edit"), args=[english.pk])


def test_sync_without_rights_on_the_translation_keeps_wagtail_localizes_destination(bilingual):
    """Someone who may sync but not edit the translated page is not sent to an editor they cannot open."""
    from django.contrib.auth.models import Permission

    syncer = editorial.make_user("syncer", language="en")
    syncer.user_permissions.add(*Permission.objects.filter(
        content_type__app_label__in=["wagtailadmin", "wagtail_localize"],
        codename__in=["access_admin", "submit_translation"]))
    assert not bilingual.en.author.permissions_for_user(syncer).can_edit()
    translation = translation_for(bilingual.author)
    response = client_for(syncer).post(reverse("wagtail_localize:update_translations", args=[translation.source_id]),
                                       {"next": reverse("wagtailadmin_home")})
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")


def test_messages_name_the_draft_title_not_the_live_one(bilingual):
    """The English news index is live; its new draft title is what the translator just wrote."""
    live_title = bilingual.en.news_index.title
    translation = translation_for(bilingual.news_index)
    fill_segments(translation, translate=lambda text: "News and stories" if text == bilingual.news_index.title
                  else f"[EN] {text}")
    action_url = reverse("translation_action", args=[translation.pk])
    as_translator = client_for(bilingual.users["penerjemah"])

    response = as_translator.post(action_url, {"action": "save-draft"}, follow=True)
    assert "Draft of 'News and stories' saved." in text_of(response)
    response = as_translator.post(action_url, {"action": "submit"}, follow=True)
    page = text_of(response)
    assert "'News and stories' has been submitted for approval." in page
    assert f"'{live_title}' has been submitted" not in page
    assert Page.objects.get(pk=bilingual.en.news_index.pk).title == live_title


# --- the catalogue check (scripts/fill_catalogue.py) ------------------------------------------

def catalogue(*entries, fuzzy=()):
    po = polib.POFile()
    for msgid, msgstr in entries:
        entry = polib.POEntry(msgid=msgid, msgstr=msgstr)
        if msgid in fuzzy:
            entry.flags.append("fuzzy")
        po.append(entry)
    return po


REFERENCE = catalogue(("Translate", ""), ("Translate '%(title)s'", ""), ("Published '{object}' in {locale}.", ""))


def test_check_passes_a_complete_catalogue():
    ours = catalogue(("Translate", "Terjemahkan"), ("Translate '%(title)s'", "Terjemahkan '%(title)s'"),
                     ("Published '{object}' in {locale}.", "'{object}' diterbitkan dalam {locale}."))
    assert vendor_catalogue.gaps(REFERENCE, ours) == []


@pytest.mark.parametrize("ours, problem", [
    (catalogue(("Translate", "Terjemahkan"), ("Translate '%(title)s'", "Terjemahkan '%(title)s'")),
     "missing: \"Published '{object}' in {locale}.\""),
    (catalogue(("Translate", "  "), ("Translate '%(title)s'", "Terjemahkan '%(title)s'"),
               ("Published '{object}' in {locale}.", "'{object}' diterbitkan dalam {locale}.")),
     "untranslated: 'Translate'"),
    (catalogue(("Translate", "Terjemahkan"), ("Translate '%(title)s'", "Terjemahkan '%(title)s'"),
               ("Published '{object}' in {locale}.", "'{object}' diterbitkan dalam {locale}."),
               fuzzy=("Translate",)),
     "untranslated: 'Translate'"),
    (catalogue(("Translate", "Terjemahkan"), ("Translate '%(title)s'", "Terjemahkan '%(judul)s'"),
               ("Published '{object}' in {locale}.", "'{object}' diterbitkan dalam {locale}.")),
     "placeholders ['%(judul)s'] instead of ['%(title)s']"),
    (catalogue(("Translate", "Terjemahkan"), ("Translate '%(title)s'", "Terjemahkan '%(title)s'"),
               ("Published '{object}' in {locale}.", "'{object}' diterbitkan.")),
     "placeholders ['{object}'] instead of ['{locale}', '{object}']"),
])
def test_check_reports_each_gap(ours, problem):
    problems = vendor_catalogue.gaps(REFERENCE, ours)
    assert len(problems) == 1 and problems[0].startswith(problem)


def test_our_catalogues_cover_every_wagtail_localize_string():
    """The real files: each msgid of wagtail-localize's django and djangojs catalogues, and Django serving them."""
    for domain in vendor_catalogue.DOMAINS:
        reference = polib.pofile(str(vendor_catalogue.reference_path(domain)))
        assert len([e for e in reference if e.msgid]) > 40
    assert vendor_catalogue.catalogue_gaps() == []
    assert vendor_catalogue.runtime_gaps() == []


@pytest.fixture
def catalogue_copies(tmp_path, monkeypatch):
    """Copies of our real catalogues in tmp_path, which vendor_catalogue then reads and writes."""
    copies = {}
    for domain in vendor_catalogue.DOMAINS:
        copies[domain] = tmp_path / f"{domain}.po"
        shutil.copy(vendor_catalogue.vendor_path(domain), copies[domain])
    monkeypatch.setattr(vendor_catalogue, "vendor_path", lambda domain, language="id": copies[domain])
    monkeypatch.setattr(vendor_catalogue, "ROOT", tmp_path)
    return copies


def test_check_fails_when_an_entry_is_missing_from_the_real_catalogue(catalogue_copies):
    po = polib.pofile(str(catalogue_copies["djangojs"]))
    po.remove(next(e for e in po if e.msgid == "Stop Synced translation"))
    po.save()
    assert vendor_catalogue.catalogue_gaps() == ["djangojs.po: missing: 'Stop Synced translation'"]


def test_update_vendor_adds_new_msgids_untranslated_and_drops_removed_ones(catalogue_copies):
    copies = catalogue_copies
    po = polib.pofile(str(copies["django"]))
    po.remove(next(e for e in po if e.msgid == "Translation has been stopped."))
    po.append(polib.POEntry(msgid="A string wagtail-localize no longer has", msgstr="Sudah tidak dipakai"))
    po.save()
    vendor_catalogue.merge_reference()
    entries = {e.msgid: e.msgstr for e in polib.pofile(str(copies["django"]))}
    assert entries["Translation has been stopped."] == "" and "A string wagtail-localize no longer has" not in entries
    assert vendor_catalogue.catalogue_gaps() == ["django.po: untranslated: 'Translation has been stopped.'"]


def test_check_fails_when_the_compiled_catalogue_is_stale_or_not_used(tmp_path, monkeypatch, settings):
    """Django serves the .mo: a .po edited without `make messages`, or a directory off LOCALE_PATHS, fails."""
    copy = tmp_path / "django.po"
    shutil.copy(vendor_catalogue.vendor_path("django"), copy)
    po = polib.pofile(str(copy))
    next(e for e in po if e.msgid == "Translation has been stopped.").msgstr = "Terjemahan berhenti."
    po.save()
    real_path = vendor_catalogue.vendor_path
    monkeypatch.setattr(vendor_catalogue, "vendor_path",
                        lambda domain, language="id": copy if domain == "django" else real_path(domain))
    assert vendor_catalogue.runtime_gaps() == [
        "django: Django says 'Penerjemahan telah dihentikan.' for 'Translation has been stopped.', "
        "our catalogue 'Terjemahan berhenti.'"]

    settings.LOCALE_PATHS = settings.LOCALE_PATHS[:1]
    assert vendor_catalogue.runtime_gaps() == ["localisation/locale_wagtail_localize is not in settings.LOCALE_PATHS"]
