"""In real chromium, under the admin's enforced Content-Security-Policy (no 'unsafe-inline'
scripts): each role's admin screens run without a single violation or script error, and the
widgets whose inline initialisers cms/wagtail_csp.py replaced still work."""

import pytest
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, Locale, Page, Workflow

from cms.tests.test_security_browser import RECORD_VIOLATIONS, SENTINEL, violations
from editorial.roles import PENERJEMAH, PENULIS, PENYETUJU
from editorial.tests.editorial import browser_log_in, make_user, sync_roles_from_scratch

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def admin_site(site_tree, settings):
    # Background writes (autosave, editing-session ping) would contend for SQLite's lock.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    settings.WAGTAIL_EDITING_SESSION_PING_INTERVAL = 3_600_000
    settings.WAGTAIL_ENABLE_UPDATE_CHECK = False  # no network here: releases.wagtail.org
    from django.core.files.base import ContentFile

    from localisation.tests.localisation_fixtures import translate

    Locale.objects.get_or_create(language_code="en")
    sync_roles_from_scratch()
    collection = Collection.get_first_root_node()
    image = Image.objects.create(title="Foto posyandu", file=get_test_image_file(), collection=collection)
    document = Document.objects.create(title="Laporan", collection=collection,
                                       file=ContentFile(b"Laporan tahunan", name="laporan.txt"))
    promotion = SearchPromotion.objects.create(query=Query.get("lk3"), page=site_tree["programme"], sort_order=0)
    for key in ("home", "news_index", "author_index", "author"):
        translate(site_tree[key])
    english_post = translate(site_tree["post"], publish=False)[1]
    users = {"penulis": make_user("penulis", PENULIS), "penyetuju": make_user("penyetuju", PENYETUJU),
             "penerjemah": make_user("penerjemah", PENERJEMAH), "admin": make_user("admin", superuser=True)}
    post, news_index = site_tree["post"], site_tree["news_index"]
    editing = ["/admin/", "/admin/pages/", f"/admin/pages/{news_index.pk}/", f"/admin/pages/{post.pk}/edit/",
               "/admin/images/", "/admin/documents/", "/admin/account/"]
    screens = {
        "penulis": [*editing, f"/admin/pages/add/news/newspage/{news_index.pk}/"],
        "penyetuju": [*editing, "/admin/reports/workflow/"],
        "penerjemah": ["/admin/", "/admin/pages/", f"/admin/pages/{english_post.pk}/edit/",
                       reverse("wagtail_localize:submit_page_translation", args=[post.pk]),
                       "/admin/snippets/news/category/add/"],
        "admin": [*editing, f"/admin/images/{image.pk}/", f"/admin/documents/edit/{document.pk}/",
                  f"/admin/pages/{english_post.pk}/edit/", "/admin/snippets/news/category/add/",
                  f"/admin/pages/{site_tree['programme'].pk}/edit/", "/admin/settings/home/sitesettings/",
                  "/admin/settings/search/suggestedsearches/", "/admin/users/",
                  reverse("wagtailusers_users:edit", args=[users["penulis"].pk]), "/admin/groups/",
                  "/admin/workflows/list/", f"/admin/workflows/edit/{Workflow.objects.first().pk}/",
                  "/admin/workflows/tasks/index/", "/admin/reports/site-history/", "/admin/reports/locked/",
                  "/admin/reports/aging-pages/", "/admin/redirects/add/", "/admin/searchpicks/add/",
                  f"/admin/searchpicks/{promotion.query_id}/", "/admin/forms/", "/admin/images/multiple/add/"],
    }
    return {**site_tree, "screens": screens, "english_post": english_post}


def watched(chromium, base, username):
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    context.add_init_script(RECORD_VIOLATIONS)
    page = browser_log_in(context, base, username)
    errors = []
    page.on("pageerror", lambda error: errors.append(f"{page.url}: {error}"))
    # Chromium logs violations as console errors too, the planted one included. The account screen's
    # time zone list offers the machine's "localtime", which chromium's Intl refuses (not a CSP matter).
    page.on("console", lambda message: message.type == "error" and SENTINEL not in message.text
            and "Invalid time zone specified: localtime" not in message.text
            and errors.append(f"{page.url}: {message.text}"))
    return page, errors


@pytest.mark.parametrize("role", ["penulis", "penyetuju", "penerjemah", "admin"])
def test_each_roles_admin_screens_run_without_violations_or_script_errors(live_server, chromium, admin_site,
                                                                          role):
    base = live_server.url
    page, errors = watched(chromium, base, role)
    found = []
    for url in admin_site["screens"][role]:
        response = page.goto(base + url)
        # A screen the role may not see sends it to the dashboard; the explorer and the settings
        # may redirect to the role's own section or the default site.
        assert response.status == 200 and (response.url == base + url or response.url != base + "/admin/"), url
        assert "'unsafe-inline'" not in response.headers["content-security-policy"].split("; ")[1], url
        page.wait_for_load_state("networkidle")
        found += [f"{url}: {violation}" for violation in violations(page)]
    assert found == [], "\n".join(found)
    assert errors == [], "\n".join(errors)
    page.context.close()


def test_the_replaced_initialisers_still_work(live_server, chromium, admin_site, screenshot):
    """Choosers, date pickers and inline panels (server-rendered and added later), the preview."""
    base, post = live_server.url, admin_site["post"]
    page, errors = watched(chromium, base, "admin")
    page.goto(f"{base}/admin/pages/{post.pk}/edit/")

    # The date widget's picker opens (initDateChooser ran).
    page.locator("#id_publication_date").click()
    page.locator(".xdsoft_datetimepicker:visible").wait_for(state="visible")
    page.keyboard.press("Escape")

    # The preview panel (a same-origin iframe under the public policy), before the
    # form gets an empty author, which would make it invalid and the preview unavailable.
    page.locator("button[data-side-panel-toggle='preview']").click()
    assert page.frame_locator("#w-preview-iframe").locator("h1").first.inner_text(timeout=20_000) == post.title

    # An author added now: its page chooser, rendered from the inline panel's template, opens its modal.
    authors_before = int(page.locator("#id_authors-TOTAL_FORMS").input_value())
    page.locator("#id_authors-ADD").click()
    new_chooser = page.locator(f"#id_authors-{authors_before}-author-chooser [data-chooser-action-choose]").first
    new_chooser.click()
    page.locator('.modal input[name="q"]').wait_for(state="visible")
    page.locator(".modal button.close").first.click()
    page.wait_for_selector(".modal", state="detached")

    screenshot(page, "editor")
    assert violations(page) == [] and errors == [], errors

    # Search promotions: the query chooser and the formset's inline panel set up from static files.
    page.goto(f"{base}/admin/searchpicks/add/")
    page.locator("#id_query_string-chooser").click()
    page.locator(".modal").first.wait_for(state="visible")
    page.locator(".modal button.close").first.click()
    page.wait_for_selector(".modal", state="detached")
    page.locator("#id_editors_picks-ADD").click()
    page.locator("#id_editors_picks-0-page-chooser [data-chooser-action-choose]").first.click()
    page.locator('.modal input[name="q"]').wait_for(state="visible")
    assert violations(page) == [] and errors == [], errors

    # The translation editor, with its strings in Indonesian (localisation/js/editor-strings.js).
    page.goto(f"{base}/admin/pages/{admin_site['english_post'].pk}/edit/")
    page.wait_for_selector(".js-translation-editor li")
    assert page.locator(".w-dropdown__toggle .w-sr-only", has_text="More actions").count() == 0
    assert violations(page) == [] and errors == [], errors
    assert Page.objects.filter(pk=admin_site["english_post"].pk).exists()
    page.context.close()
