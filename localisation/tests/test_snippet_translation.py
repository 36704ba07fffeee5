"""Categories and site text are translated in the translation editor and go live only after approval.

Every step goes over HTTP with the admin's own endpoints, as the Penerjemah and the Penyetuju
would click them; the public pages are checked at each step.
"""

import json

import pytest
from django.contrib.admin.utils import quote
from django.contrib.auth.models import Permission
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from wagtail.models import Locale, Site, WorkflowContentType
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield
from wagtail_localize.models import StringTranslation

from cms.tests import factories as f
from localisation.models import SiteText
from localisation.tests.localisation_fixtures import (  # noqa: F401 - fixtures
    bilingual,
    client_for,
    english_locale,
    english_text,
    translation_for,
)
from localisation.translation_approval import actions
from localisation.translation_approval.snippets import translatable_snippet_models
from news.models import Category

pytestmark = pytest.mark.django_db


def submit_url(snippet):
    meta = type(snippet)._meta
    return reverse("wagtail_localize:submit_snippet_translation", args=[meta.app_label, meta.model_name,
                                                                         quote(snippet.pk)])


def edit_url(snippet):
    return reverse(snippet.snippet_viewset.get_url_name("edit"), args=[quote(snippet.pk)])


def action_url(translation):
    return reverse("snippet_translation_action", args=[translation.pk])


def english_of(snippet):
    return type(snippet).objects.filter(translation_key=snippet.translation_key, locale=english_locale()).first()


def start(client, snippet):
    """The Penerjemah's "Translate" → English, as the snippet listing's button does it."""
    assert client.get(submit_url(snippet)).status_code == 200
    response = client.post(submit_url(snippet), {"locales": [english_locale().pk]})
    assert response.status_code == 302
    target = english_of(snippet)
    assert response.url == edit_url(target)
    return translation_for(snippet), target


def fill_in_editor(client, translation, translate=english_text):
    """Each string typed into the translation editor (its PUT endpoint)."""
    for segment in translation.source.stringsegment_set.select_related("string"):
        url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
        response = client.put(url, data=encode_multipart(BOUNDARY, {"value": translate(segment.string.data)}),
                              content_type=MULTIPART_CONTENT)
        assert response.status_code in (200, 201), response.content


def assert_refused(response):
    """Wagtail's admin answers PermissionDenied with a redirect to the dashboard and a message."""
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")


def editor_form(client, snippet, **fields):
    """What Wagtail's snippet editor posts (its footer links StreamField is built in JavaScript)."""
    data = querydict_from_html(client.get(edit_url(snippet)).text, form_id="w-editor-form")
    data.update(nested_form_data({"footer_links": streamfield([])}))
    for name, value in fields.items():
        data[name] = value
    return data


def refreshed(snippet):
    return type(snippet).objects.get(pk=snippet.pk)


@pytest.fixture
def category(bilingual):
    category = f.CategoryFactory(name="Bantuan Sosial", slug="bantuan-sosial",
                                 description="Bansos untuk keluarga miskin")
    bilingual.post.categories.add(category)
    bilingual.post.save_revision().publish()
    return category


@pytest.fixture
def site_text(bilingual):
    return SiteText.objects.create(site=Site.objects.get(is_default_site=True), locale=Locale.get_default(),
                                   address="Jl. Janti, Banguntapan", opening_hours="Senin–Jumat 08.00–15.30")


def category_url(bilingual, slug):
    return bilingual.en.news_index.url + bilingual.en.news_index.reverse_subpage("category", args=(slug,))


def test_every_translatable_snippet_has_drafts_and_the_approval_workflow(bilingual):
    assert {Category, SiteText} <= set(translatable_snippet_models())
    for model in translatable_snippet_models():
        assert actions.is_draftable_snippet_model(model), model
        assert model.get_default_workflow() is not None, model
    assert WorkflowContentType.objects.count() >= 2


def test_translated_category_is_public_only_after_approval_in_the_translation_editor(bilingual, category, client):
    as_translator = client_for(bilingual.users["penerjemah"])
    translation, en_category = start(as_translator, category)
    assert not en_category.live
    html = as_translator.get(edit_url(en_category)).text
    assert "Submit for approval" in html and action_url(translation) in html
    assert 'value="approve"' not in html

    fill_in_editor(as_translator, translation)
    english_slug = english_text(category.slug)
    assert client.get(category_url(bilingual, english_slug)).status_code == 404
    response = as_translator.post(action_url(translation), {"action": "save-draft"}, follow=True)
    assert "[EN] Bantuan Sosial" in response.text and "It is not public yet." in response.text
    response = as_translator.post(action_url(translation), {"action": "submit"}, follow=True)
    assert "has been submitted for approval" in response.text
    en_category = refreshed(en_category)
    assert not en_category.live and en_category.current_workflow_state.status == "in_progress"

    # Before approval: the English slug is unknown, the Indonesian one shows the Indonesian category.
    assert client.get(category_url(bilingual, english_slug)).status_code == 404
    before = client.get(category_url(bilingual, category.slug))
    assert before.status_code == 200 and "[EN] Bantuan" not in before.text and "Bantuan Sosial" in before.text
    assert "[EN] Bantuan Sosial" not in client.get(bilingual.en.news_index.url).text
    # The translator can neither approve their own work nor publish from the editor.
    assert_refused(as_translator.post(action_url(translation), {"action": "approve"}))
    response = as_translator.post(edit_url(en_category), {"action": "publish"}, follow=True)
    assert "You cannot publish translations" in response.text
    assert not refreshed(en_category).live

    as_approver = client_for(bilingual.users["penyetuju"])
    html = as_approver.get(edit_url(en_category)).text
    assert 'value="approve"' in html
    response = as_approver.post(action_url(translation), {"action": "approve"}, follow=True)
    assert "has been approved" in response.text
    en_category = refreshed(en_category)
    assert en_category.live and en_category.name == "[EN] Bantuan Sosial" and en_category.slug == english_slug
    page = client.get(category_url(bilingual, english_slug))
    assert page.status_code == 200 and "[EN] Bantuan Sosial" in page.text
    assert client.get(category_url(bilingual, category.slug)).status_code == 301


def test_site_text_translation_approved_from_the_dashboard(bilingual, site_text, client):
    as_translator = client_for(bilingual.users["penerjemah"])
    translation, en_text = start(as_translator, site_text)
    fill_in_editor(as_translator, translation)
    as_translator.post(action_url(translation), {"action": "submit"})
    en_text = refreshed(en_text)
    assert not en_text.live and en_text.current_workflow_state.status == "in_progress"
    footer = client.get(bilingual.en.home.url).text
    assert "Jl. Janti, Banguntapan" in footer and "[EN] Jl. Janti" not in footer

    # "Awaiting your review" on the Penyetuju's dashboard: Wagtail's workflow action view.
    as_approver = client_for(bilingual.users["penyetuju"])
    assert edit_url(en_text) in as_approver.get(reverse("wagtailadmin_home")).text
    task_state = en_text.current_workflow_task_state
    url = reverse("wagtailsnippets_localisation_sitetext:workflow_action",
                  args=[quote(en_text.pk), "approve", task_state.pk])
    assert as_approver.post(url, {"comment": ""}).status_code == 302
    en_text = refreshed(en_text)
    assert en_text.live and en_text.current_workflow_state is None
    footer = client.get(bilingual.en.home.url).text
    assert "[EN] Jl. Janti, Banguntapan" in footer and "[EN] Senin–Jumat 08.00–15.30" in footer
    # Indonesian visitors keep the Indonesian text.
    assert "[EN] Jl. Janti" not in client.get(bilingual.home.url).text


def test_request_changes_from_the_editor_action_menu_then_resubmit(bilingual, category, client):
    as_translator, as_approver = client_for(bilingual.users["penerjemah"]), client_for(bilingual.users["penyetuju"])
    translation, en_category = start(as_translator, category)
    fill_in_editor(as_translator, translation)
    as_translator.post(action_url(translation), {"action": "submit"})

    # Wagtail's action menu posts its workflow actions to the edit view, which wagtail-localize
    # replaces with the translation editor for a translation: the action is carried out there.
    response = as_approver.post(edit_url(en_category), {
        "action-workflow-action": "true", "workflow-action-name": "reject",
        "workflow-action-extra-data": json.dumps({"comment": "Nama kurang tepat"})}, follow=True)
    assert "have been requested" in response.text
    en_category = refreshed(en_category)
    assert en_category.current_workflow_state.status == "needs_changes" and not en_category.live
    html = as_translator.get(edit_url(en_category)).text
    assert "Changes requested by the approver." in html and "Nama kurang tepat" in html

    fill_in_editor(as_translator, translation, translate=lambda text: f"[EN2] {text}"
                   if not text.islower() else f"en2-{text}")
    as_translator.post(action_url(translation), {"action": "submit"})
    assert refreshed(en_category).current_workflow_state.status == "in_progress"
    assert client.get(category_url(bilingual, "en2-bantuan-sosial")).status_code == 404
    response = as_approver.post(edit_url(en_category), {"action-workflow-action": "true",
                                                        "workflow-action-name": "approve"}, follow=True)
    assert "has been approved" in response.text
    en_category = refreshed(en_category)
    assert en_category.live and en_category.name == "[EN2] Bantuan Sosial"
    assert "[EN2] Bantuan Sosial" in client.get(category_url(bilingual, "en2-bantuan-sosial")).text


def test_draft_of_a_live_category_translation_never_changes_the_public_one(bilingual, category, client):
    """wagtail-localize's draft save of a snippet writes its row and unpublishes it; ours writes a revision."""
    as_translator, as_approver = client_for(bilingual.users["penerjemah"]), client_for(bilingual.users["penyetuju"])
    translation, en_category = start(as_translator, category)
    fill_in_editor(as_translator, translation)
    as_translator.post(action_url(translation), {"action": "submit"})
    as_approver.post(action_url(translation), {"action": "approve"})
    assert refreshed(en_category).live

    StringTranslation.objects.filter(locale=english_locale(), data="[EN] Bantuan Sosial").update(
        data="Social assistance")
    as_translator.post(action_url(translation), {"action": "save-draft"})
    en_category = refreshed(en_category)
    assert en_category.live and en_category.name == "[EN] Bantuan Sosial" and en_category.has_unpublished_changes
    assert en_category.get_latest_revision_as_object().name == "Social assistance"
    english_slug = english_text(category.slug)
    assert "Social assistance" not in client.get(category_url(bilingual, english_slug)).text

    as_translator.post(action_url(translation), {"action": "submit"})
    assert "Social assistance" not in client.get(category_url(bilingual, english_slug)).text
    as_approver.post(action_url(translation), {"action": "approve"})
    assert "Social assistance" in client.get(category_url(bilingual, english_slug)).text


def test_translate_no_longer_creates_a_live_category_nor_fails_half_way(bilingual, category, client):
    """The old bypass: "Translate" made a live English category with the Indonesian text."""
    as_translator = client_for(bilingual.users["penerjemah"])
    response = as_translator.post(submit_url(category), {"locales": [english_locale().pk]}, follow=True)
    assert response.status_code == 200 and response.redirect_chain
    en_category = english_of(category)
    assert not en_category.live
    assert "[EN] Bantuan" not in client.get(category_url(bilingual, category.slug)).text

    # Someone who may not edit categories is refused before anything is created.
    other = f.CategoryFactory(name="Lansia", slug="lansia")
    writer = bilingual.users["penulis"]
    writer.user_permissions.add(Permission.objects.get(codename="submit_translation"))
    as_writer = client_for(writer)
    assert_refused(as_writer.post(submit_url(other), {"locales": [english_locale().pk]}))
    assert english_of(other) is None
    assert as_translator.get(submit_url(other).replace("/news/category/", "/news/nothing/")).status_code == 404


def test_publish_immediately_on_sync_is_refused_for_snippet_translations(bilingual, category):
    as_translator = client_for(bilingual.users["penerjemah"])
    translation, en_category = start(as_translator, category)
    fill_in_editor(as_translator, translation)
    category.name = "Bantuan Sosial Tunai"
    category.save_revision().publish()
    url = reverse("wagtail_localize:update_translations", args=[translation.source_id])
    response = as_translator.post(url, {"publish_translations": "on"}, follow=True)
    assert "You may update translations but not publish them" in response.text
    assert not refreshed(en_category).live


def test_indonesian_site_text_submitted_and_approved_in_wagtails_editor(bilingual, site_text, client):
    """Not a translation: Wagtail's own snippet editor, its action menu and an untouched form."""
    as_translator, as_approver = client_for(bilingual.users["penerjemah"]), client_for(bilingual.users["penyetuju"])
    data = editor_form(as_translator, site_text, address="Jl. Janti 2, Banguntapan")
    data["action-submit"] = "1"
    assert as_translator.post(edit_url(site_text), data).status_code == 302
    site_text = refreshed(site_text)
    assert site_text.address == "Jl. Janti, Banguntapan" and site_text.current_workflow_state is not None
    assert "Jl. Janti 2" not in client.get(bilingual.home.url).text

    submitted = site_text.latest_revision_id
    data = editor_form(as_approver, site_text)
    data["action-workflow-action"] = "true"
    data["workflow-action-name"] = "approve"
    assert as_approver.post(edit_url(site_text), data).status_code == 302
    site_text = refreshed(site_text)
    assert site_text.live_revision_id == submitted and site_text.address == "Jl. Janti 2, Banguntapan"
    assert "Jl. Janti 2, Banguntapan" in client.get(bilingual.home.url).text


def test_a_real_change_made_while_approving_in_wagtails_editor_still_needs_approval(bilingual, site_text, client):
    as_translator, as_approver = client_for(bilingual.users["penerjemah"]), client_for(bilingual.users["penyetuju"])
    data = editor_form(as_translator, site_text, address="Jl. Janti 2, Banguntapan")
    data["action-submit"] = "1"
    as_translator.post(edit_url(site_text), data)
    data = editor_form(as_approver, site_text, address="Jl. Janti 3, Banguntapan")
    data["action-workflow-action"] = "true"
    data["workflow-action-name"] = "approve"
    as_approver.post(edit_url(site_text), data)
    site_text = refreshed(site_text)
    assert site_text.current_workflow_state.status == "in_progress"
    assert site_text.address == "Jl. Janti, Banguntapan" and "Jl. Janti 3" not in client.get(bilingual.home.url).text
