"""The admin's Content-Security-Policy: no 'unsafe-inline' scripts, no bare https: sources, and
every inline script the admin screens still send is allowed by a hash (cms/wagtail_csp.py).

What the policy means in a browser is in test_admin_csp_browser.py."""

import re

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, Workflow, WorkflowTask

from cms import wagtail_csp
from cms.tests.test_security import csp_directives

EXECUTABLE_INLINE = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/(?:ld\+)?json\")[^>]*>(.*?)</script>", re.DOTALL)
# An on* attribute inside a tag (event handler) or a javascript: URL.
HANDLER = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=|(?:href|src|action)=\"\s*javascript:", re.IGNORECASE)


def test_admin_policy_has_no_unsafe_inline_script_nor_bare_https(admin_client, site_tree):
    response = admin_client.get("/admin/")
    csp = csp_directives(response)
    assert "'unsafe-inline'" not in csp["script-src"] and "'unsafe-eval'" not in csp["script-src"]
    assert csp["script-src"][0] == "'self'"
    assert all(source.startswith("'sha256-") for source in csp["script-src"][1:])
    assert csp["script-src-attr"] == ["'unsafe-hashes'", wagtail_csp.script_hash("return;")]
    for name, sources in csp.items():
        assert "https:" not in sources and "http:" not in sources and "*" not in sources, name
    assert csp["frame-src"] == ["'self'", "https://www.youtube.com", "https://www.youtube-nocookie.com",
                                "https://player.vimeo.com"]
    assert csp["img-src"] == ["'self'", "data:", "blob:", "https://i.ytimg.com", "https://i.vimeocdn.com"]


def test_admin_images_may_come_from_the_media_host(settings, client, site_tree, django_user_model):
    settings.MEDIA_URL = "https://media.example.go.id/media/"
    client.force_login(django_user_model.objects.create_superuser("editor", "e@example.org", "x"))
    assert "https://media.example.go.id" in csp_directives(client.get("/admin/"))["img-src"]


@pytest.fixture
def admin_screens(site_tree, admin_user):
    """Admin addresses that editors use, with a form of every kind of widget and panel."""
    from localisation.tests.localisation_fixtures import translate

    collection = Collection.get_first_root_node()
    image = Image.objects.create(title="Foto", file=get_test_image_file(), collection=collection)
    document = Document.objects.create(title="Laporan", collection=collection,
                                       file=ContentFile(b"Laporan tahunan", name="laporan.txt"))
    workflow = Workflow.objects.first() or Workflow.objects.create(name="Alur")
    task = WorkflowTask.objects.filter(workflow=workflow).first()
    post, news_index = site_tree["post"], site_tree["news_index"]
    promotion = SearchPromotion.objects.create(query=Query.get("lk3"), page=site_tree["programme"], sort_order=0)
    translate(site_tree["home"])
    translate(news_index)
    english_post = translate(post, publish=False)[1]  # its edit view is wagtail-localize's translation editor
    urls = [
        "/admin/", "/admin/pages/", f"/admin/pages/{news_index.pk}/",
        f"/admin/pages/{post.pk}/edit/", f"/admin/pages/add/news/newspage/{news_index.pk}/",
        f"/admin/pages/{site_tree['programme'].pk}/edit/", f"/admin/pages/{site_tree['author'].pk}/edit/",
        f"/admin/pages/{post.pk}/history/",
        reverse("wagtail_localize:submit_page_translation", args=[post.pk]),
        f"/admin/pages/{english_post.pk}/edit/",
        "/admin/images/", f"/admin/images/{image.pk}/", "/admin/images/multiple/add/",
        "/admin/documents/", f"/admin/documents/edit/{document.pk}/", "/admin/documents/multiple/add/",
        "/admin/snippets/", "/admin/snippets/news/category/add/",
        "/admin/settings/home/sitesettings/", "/admin/settings/search/suggestedsearches/",
        "/admin/users/", reverse("wagtailusers_users:edit", args=[admin_user.pk]),
        "/admin/groups/", "/admin/groups/new/",
        "/admin/workflows/list/", f"/admin/workflows/edit/{workflow.pk}/", "/admin/workflows/tasks/index/",
        "/admin/workflows/add/",
        "/admin/reports/locked/", "/admin/reports/site-history/", "/admin/reports/aging-pages/",
        "/admin/reports/workflow/", "/admin/reports/workflow_tasks/", "/admin/reports/page-types-usage/",
        "/admin/redirects/", "/admin/redirects/add/", "/admin/searchpicks/", "/admin/searchpicks/add/",
        f"/admin/searchpicks/{promotion.query_id}/",
        "/admin/forms/", "/admin/sites/", "/admin/locales/", "/admin/collections/",
        f"/admin/pages/{post.pk}/edit/preview/?mode=", "/admin/account/",
        "/admin/pages/search/?q=lk3", f"/admin/pages/{post.pk}/move/", f"/admin/pages/{post.pk}/copy/",
    ]
    if task:
        urls.append(f"/admin/workflows/tasks/edit/{task.pk}/")
    return urls


def test_admin_screens_send_no_inline_script_the_policy_does_not_allow(admin_client, admin_screens):
    """Every inline script left is one of the constant ones allowed by hash, on every screen."""
    offenders = []
    for url in admin_screens:
        response = admin_client.get(url, follow=True)  # the settings redirect to the default site's
        if response.status_code != 200:
            offenders.append(f"{url}: status {response.status_code}")
            continue
        html = response.content.decode()
        allowed = set(csp_directives(response)["script-src"])
        offenders += [f"{url}: {body.strip()[:80]}" for body in EXECUTABLE_INLINE.findall(html)
                      if wagtail_csp.script_hash(body) not in allowed]
        offenders += [f"{url}: {match.group(0)[:80]}" for match in HANDLER.finditer(html)]
    assert offenders == [], "\n".join(offenders)


def test_the_screens_with_wagtails_initialisers_carry_them_as_data_blocks(admin_client, admin_screens, site_tree):
    """The pages above did exercise the patched widgets: choosers, date widgets, inline panels."""
    html = admin_client.get(f"/admin/pages/{site_tree['post'].pk}/edit/").content.decode()
    for call in ('"call": "PageChooser"', '"call": "ImageChooser"', '"call": "InlinePanel"',
                 '"call": "initDateTimeChooser"'):
        assert call in html, call
    translate = admin_client.get(reverse("wagtail_localize:submit_page_translation",
                                         args=[site_tree["post"].pk])).content.decode()
    constant = [body for body in EXECUTABLE_INLINE.findall(translate)]
    assert len(constant) == 1 and "selectAll" in constant[0]


def test_deferred_calls_are_escaped_and_limited_to_wagtails_initialisers():
    html = wagtail_csp.deferred_call("PageChooser", "id_x", {"title": "</script><script>alert(1)</script>&"})
    assert html.startswith('<script type="application/json" data-deferred-call>')
    assert html.count("</script>") == 1 and "\\u003C/script\\u003E" in html and "\\u0026" in html
    for call in ("eval", "alert", "fetch", "Function"):
        with pytest.raises(ValueError):
            wagtail_csp.deferred_call(call, "x")


def test_the_runner_allows_the_same_initialisers_as_python():
    from pathlib import Path

    source = (Path(wagtail_csp.__file__).parent / "static" / "js" / "admin-deferred-calls.js").read_text()
    constructors = set(re.findall(r"'(\w+)'", re.search(r"CONSTRUCTORS = new Set\(\[(.*?)\]", source, re.S)[1]))
    functions = set(re.findall(r"'(\w+)'", re.search(r"FUNCTIONS = new Set\(\[(.*?)\]", source, re.S)[1]))
    assert constructors == wagtail_csp.CONSTRUCTORS and functions == wagtail_csp.FUNCTIONS


def test_constant_scripts_are_found_and_varying_ones_left_out():
    template = """
    <script src="/static/a.js"></script>
    <script type="application/json">{"a": 1}</script>
    <script>var fixed = 1;</script>
    <script>var url = "{% url 'wagtailadmin_home' %}";</script>
    <script>var id = "{{ widget.id }}";</script>
    <script>{% if x %}var y;{% endif %}</script>
    """
    assert wagtail_csp.constant_scripts(template) == ["var fixed = 1;", 'var url = "/admin/";']
    assert wagtail_csp.script_hash("var fixed = 1;") == "'sha256-2TyYhVzTLvJUMieQm4SlPwx2um5WfHEdTh6h3jGLPy0='"
