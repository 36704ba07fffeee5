"""Shared set-up for the editorial workflow tests: roles, one user per role, admin form data.

Form data is taken from the page editor's real HTML (hidden inputs, formset management
forms, loaded revision) so tests post what a browser would; only the StreamField body,
which the editor builds in JavaScript, is filled in here.
"""

from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.models import Collection, Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from core.tests.untouched import form_data
from editorial.roles import PENERJEMAH, PENULIS, PENYETUJU, sync_roles

PASSWORD = "rahasia-uji-123"
ROLE_USERS = {"penulis": PENULIS, "penyetuju": PENYETUJU, "penerjemah": PENERJEMAH}


def sync_roles_from_scratch():
    """sync_roles() for transactional (browser) tests, which start from an empty database:
    the root collection the migrations made is gone after an earlier test's flush."""
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    sync_roles()


def make_user(username, role=None, superuser=False, language="id"):
    """A user with the role's group; editors work in the Indonesian admin, pinned so the
    journeys match what they see (the localisation tests pass language="en")."""
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", PASSWORD, first_name=username.title(), is_superuser=superuser)
    if role:
        user.groups.add(Group.objects.get(name=role))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def browser_log_in(context, base_url, username):
    """A new tab of the Playwright browser context, signed in to the admin as `username`."""
    page = context.new_page()
    page.set_default_timeout(20_000)
    page.goto(base_url + "/admin/login/")
    page.fill('input[name="username"]', username)
    page.fill('input[name="password"]', PASSWORD)
    page.click('form button[type="submit"]')
    page.wait_for_url(base_url + "/admin/")
    return page


@pytest.fixture
def editorial(site_tree):
    """The small published site, the roles and workflow, and a user per role plus a superuser."""
    sync_roles()
    users = {name: make_user(name, role) for name, role in ROLE_USERS.items()}
    users["admin"] = make_user("admin", superuser=True)
    return SimpleNamespace(**site_tree, users=users)


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def add_url(parent, model):
    return reverse("wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk])


def paragraphs_of(page):
    return [block.value.source for block in page.body if block.block_type == "paragraph"]


def body_data(paragraphs):
    return nested_form_data({"body": streamfield([("paragraph", rich_text(p)) for p in paragraphs])})


def form_data_from(html, paragraphs, **fields):
    data = form_data(html)  # ticked checkboxes stay ticked (querydict_from_html unticks them)
    data.update(body_data(paragraphs))
    for name, value in fields.items():
        data[name] = value
    return data


def edit_form_data(client, page, paragraphs=None, required=True, **fields):
    """What the editor of `page` posts when `client`'s user changes `fields` and presses a button.

    None when the user may not open the editor (only with required=False).
    """
    response = client.get(edit_url(page))
    if response.status_code != 200 and not required:
        return None
    assert response.status_code == 200, f"editor not available ({response.status_code})"
    page = Page.objects.get(pk=page.pk).get_latest_revision_as_object()
    return form_data_from(response.content.decode(), paragraphs or paragraphs_of(page), **fields)


def create_news_form_data(client, news_index, author, title, slug, paragraphs=("<p>Isi berita baru.</p>",),
                          required=True, **fields):
    from news.models import NewsPage

    response = client.get(add_url(news_index, NewsPage))
    if response.status_code != 200 and not required:
        return None
    assert response.status_code == 200, f"create form not available ({response.status_code})"
    data = form_data_from(response.content.decode(), list(paragraphs), title=title, slug=slug,
                          summary="Ringkasan berita baru.", **fields)
    for key in [k for k in data if k.startswith("authors-")]:
        del data[key]
    data.update(nested_form_data({"authors": inline_formset([{"author": str(author.pk)}], min=1)}))
    return data


def latest(page):
    """The page as the database has it now, including unpublished changes."""
    return Page.objects.get(pk=page.pk).specific.get_latest_revision_as_object()


def live(page):
    return Page.objects.get(pk=page.pk).specific
