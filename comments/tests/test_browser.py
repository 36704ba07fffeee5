"""In Debian's chromium: a reader comments with the keyboard only, a Penyetuju approves it in the
admin, an anonymous visitor then reads it; axe-core on the article with comments and form; the
fresh form token fetched when a reader starts a comment, and the form without JavaScript."""

import pytest
from django.utils import timezone

from cms.tests import frontend
from comments import spam
from comments.models import Comment
from editorial.roles import PENYETUJU
from editorial.tests.editorial import browser_log_in, make_user, sync_roles_from_scratch

from .conftest import approved, token_made

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BODY = "Apakah pendaftaran pelatihan keterampilan untuk penyandang disabilitas masih dibuka?"


def tab_to(page, element_id, limit=150):
    """Press Tab until the element with this id has focus, as a keyboard user would."""
    for _ in range(limit):
        if page.evaluate("document.activeElement && document.activeElement.id") == element_id:
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"#{element_id} was not reached with the keyboard")


def focused_id(page):
    return page.evaluate("document.activeElement.id")


def test_keyboard_reader_comments_penyetuju_approves_visitor_reads(live_server, chromium, post, screenshot):
    base = live_server.url
    sync_roles_from_scratch()
    make_user("penyetuju", PENYETUJU)

    reader_context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    reader = reader_context.new_page()
    reader.goto(base + post.url)
    tab_to(reader, "id_name")
    reader.keyboard.type("Sri Wahyuni")
    reader.keyboard.press("Tab")
    assert focused_id(reader) == "id_email"
    reader.keyboard.press("Tab")
    assert focused_id(reader) == "id_notify"
    reader.keyboard.press("Tab")
    assert focused_id(reader) == "id_body"
    reader.keyboard.type(BODY)
    reader.keyboard.press("Tab")
    # The honeypot is out of the way: the next stop is the send button.
    assert reader.evaluate("document.activeElement.type") == "submit"
    # A person takes longer than the time trap (COMMENTS_MIN_SECONDS) to write; this script waits as long.
    reader.wait_for_timeout(5_500)
    reader.keyboard.press("Enter")
    reader.wait_for_url("**?komentar=terkirim#komentar")
    status = reader.locator('.comments__status[role="status"]')
    assert "menunggu moderasi" in status.inner_text()
    screenshot(reader, "1-reader-sent")
    reader_context.close()
    comment = Comment.objects.get()
    assert (comment.status, comment.body) == ("pending", BODY)

    admin_context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    moderator = browser_log_in(admin_context, base, "penyetuju")
    assert "1 komentar menunggu moderasi" in moderator.locator("#pending-comments-link").inner_text()
    moderator.locator("#pending-comments-link").click()
    moderator.locator(f'input[data-bulk-action-checkbox][data-object-id="{comment.pk}"]').check()
    moderator.locator('a[href*="/bulk/comments/comment/approve/"]').click()
    screenshot(moderator, "2-penyetuju-confirms")
    moderator.get_by_role("button", name="Ya", exact=True).click()
    moderator.wait_for_url("**/admin/snippets/comments/comment/**")
    admin_context.close()
    assert Comment.objects.get().status == "approved"

    visitor_context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    visitor = visitor_context.new_page()
    response = visitor.goto(base + post.url)
    assert response.headers.get("x-accel-expires")  # the article nginx may cache
    assert visitor.locator(f"#komentar-{comment.pk}").inner_text().count(BODY) == 1
    screenshot(visitor, "3-visitor-reads")
    visitor_context.close()


@pytest.mark.parametrize("viewport", ["mobile", "desktop"])
def test_article_with_comments_and_form_has_no_serious_axe_violations(live_server, chromium, post, post_en, viewport,
                                                                     settings):
    settings.COMMENTS_MIN_SECONDS = 0  # the error state below comes from a form sent at once
    for page_ in (post, post_en):
        first = approved(page_, name="Budi Santoso", body="Terima kasih atas informasinya.\nSangat membantu.")
        approved(page_, name="Dinas Sosial DIY", body="Sama-sama, semoga bermanfaat.", parent=first,
                 is_official=True, created_at=timezone.now())
    context = chromium.new_context(viewport=frontend.VIEWPORTS[viewport], bypass_csp=True)
    problems = []
    try:
        for page_ in (post, post_en):
            page = context.new_page()
            page.goto(live_server.url + page_.url)
            assert page.locator(".comment-form").count() == 1 and page.locator(".comment").count() == 2
            problems += frontend.describe_violations(page_.url, frontend.blocking(frontend.axe_violations(page)))
            # The form page with errors (a reply without text), as a reader without JavaScript sees it.
            page.goto(live_server.url + page_.url)
            page.locator("#id_name").fill("Ani")
            page.locator(".comment-form .button").click()
            page.wait_for_load_state()
            assert page.locator("#comment-form-errors").count() == 1
            problems += frontend.describe_violations(page.url, frontend.blocking(frontend.axe_violations(page)))
    finally:
        context.close()
    assert not problems, "\n".join(problems)


def test_focusing_the_form_fetches_a_fresh_token_and_the_reader_can_still_post(live_server, chromium, post, settings):
    settings.COMMENTS_MIN_SECONDS = 2  # short, so the test waits little; the mechanism is the same
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")  # the real CSP applies
    try:
        reader = context.new_page()
        token_requests = []
        reader.on("request", lambda request: token_requests.append(request.url) if "/token/" in request.url else None)
        reader.goto(live_server.url + post.url, wait_until="networkidle")
        assert token_requests == []  # nothing fetched on page load: crawlers and non-commenters cost nothing
        # The page as nginx may serve it: rendered an hour ago, its token long past the time trap.
        cached = token_made(post.pk, seconds_ago=3600)
        reader.evaluate("value => { document.querySelector('.comment-form input[name=token]').value = value; }", cached)
        assert spam.token_verdict(cached, post.pk) == "ok"

        tab_to(reader, "id_name")
        reader.wait_for_function("old => document.querySelector('.comment-form input[name=token]').value !== old",
                                 arg=cached)
        fresh = reader.locator(".comment-form input[name=token]").input_value()
        assert token_requests == [f"{live_server.url}/komentar/{post.pk}/token/"]
        assert spam.token_age(fresh, post.pk) < spam.token_age(cached, post.pk)  # made now, not with the page
        reader.keyboard.type("Sri Wahyuni")
        reader.locator("#id_body").fill(BODY)
        reader.locator("#id_name").focus()  # focusing again fetches nothing more
        assert len(token_requests) == 1

        reader.wait_for_timeout(2_500)  # a person takes longer than the trap to write
        reader.locator(".comment-form .button").click()
        reader.wait_for_url("**?komentar=terkirim#komentar")
        assert "menunggu moderasi" in reader.locator(".comments__status").inner_text()
    finally:
        context.close()
    assert Comment.objects.get().body == BODY


def test_without_javascript_the_rendered_token_still_works(live_server, chromium, post, settings):
    settings.COMMENTS_MIN_SECONDS = 2
    context = chromium.new_context(viewport={"width": 375, "height": 800}, locale="id-ID", java_script_enabled=False)
    try:
        reader = context.new_page()
        reader.goto(live_server.url + post.url)
        rendered = reader.locator(".comment-form input[name=token]").input_value()
        reader.locator("#id_name").fill("Sri Wahyuni")
        reader.locator("#id_body").fill(BODY)
        reader.wait_for_timeout(2_500)
        assert reader.locator(".comment-form input[name=token]").input_value() == rendered
        reader.locator(".comment-form .button").click()
        reader.wait_for_url("**?komentar=terkirim#komentar")
    finally:
        context.close()
    assert Comment.objects.get().body == BODY
