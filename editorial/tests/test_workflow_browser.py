"""Browser journey: a Penulis writes and submits a post, a Penyetuju approves it, a visitor reads it.

Runs in Debian's chromium against the live server. The admin is in Indonesian (the
editors' language), so elements are found by names, ids and URLs, and the few visible
labels used (StreamField block names) are taken from the block definitions themselves.
"""

import pytest
from django.utils import translation
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection

from core.blocks import BodyBlock
from editorial.roles import PENULIS, PENYETUJU
from editorial.tests.editorial import browser_log_in as log_in
from editorial.tests.editorial import make_user, sync_roles_from_scratch
from news.models import NewsPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "Posyandu lansia hadir di Kulon Progo"
PARAGRAPH = "Pemeriksaan kesehatan gratis bagi warga lanjut usia setiap Kamis."
ALT_TEXT = "Petugas memeriksa tekanan darah seorang nenek"


def block_label(name):
    with translation.override("id"):
        return str(BodyBlock().child_blocks[name].label)


def add_block(page, label):
    page.locator('[data-contentpath="body"] .c-sf-add-button').last.click()
    page.locator(".w-combobox__option", has_text=label).first.click()


@pytest.fixture
def newsroom(site_tree, settings):
    # The test database is SQLite in memory with table-level locks and no busy wait: a
    # background autosave or editing-session ping that writes while the Submit request
    # writes fails with "table is locked". Those background writes are covered by
    # test_workflow.py; here they are switched off so the journey is deterministic.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    settings.WAGTAIL_EDITING_SESSION_PING_INTERVAL = 3_600_000
    sync_roles_from_scratch()
    make_user("penulis", PENULIS)
    make_user("penyetuju", PENYETUJU)
    image = Image.objects.create(title="Foto posyandu lansia", file=get_test_image_file(),
                                 collection=Collection.get_first_root_node())
    return {**site_tree, "image": image}


def test_penulis_writes_penyetuju_approves_visitor_reads(live_server, chromium, newsroom, screenshot):
    base = live_server.url
    writer_context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    writer = log_in(writer_context, base, "penulis")
    writer.goto(f"{base}/admin/pages/add/news/newspage/{newsroom['news_index'].pk}/")
    writer.fill('input[name="title"]', TITLE)
    writer.fill('textarea[name="summary"]', "Layanan kesehatan bagi lansia kini ada di setiap kapanewon.")

    add_block(writer, block_label("paragraph"))
    writer.locator('[data-contentpath="body"] .public-DraftEditor-content').first.click()
    writer.keyboard.type(PARAGRAPH)
    add_block(writer, block_label("image"))
    writer.locator('[id^="body-1-value-image"] [data-chooser-action-choose]').first.click()
    writer.locator(f'.modal a[data-chooser-modal-choice][href$="/chosen/{newsroom["image"].pk}/"]').click()
    writer.wait_for_selector(".modal", state="detached")
    writer.fill('input[name="body-1-value-alt_text"]', ALT_TEXT)

    writer.locator("#id_authors-0-author-chooser [data-chooser-action-choose]").first.click()
    writer.fill('.modal input[name="q"]', newsroom["author"].title)
    writer.locator(f'.modal a.choose-page[data-id="{newsroom["author"].pk}"]').click()
    writer.wait_for_selector(".modal", state="detached")
    screenshot(writer, "1-penulis-draft")

    writer.locator("footer .w-dropdown-button .w-dropdown__toggle").click()
    writer.locator('button[name="action-submit"]').click()
    writer.wait_for_url(f"{base}/admin/pages/{newsroom['news_index'].pk}/")
    screenshot(writer, "2-penulis-submitted")
    post = NewsPage.objects.get(title=TITLE)
    assert not post.live and post.workflow_in_progress
    writer_context.close()

    approver_context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    approver = log_in(approver_context, base, "penyetuju")
    queue = approver.locator("#awaiting-review-section")
    row = queue.locator("tr", has_text=TITLE)
    screenshot(approver, "3-penyetuju-dashboard")
    row.locator(".w-dropdown__toggle").click()
    row.locator('button[data-workflow-action-url*="/approve/"]:not([data-launch-modal])').click()
    approver.wait_for_load_state("networkidle")
    screenshot(approver, "4-penyetuju-approved")
    approver_context.close()

    post.refresh_from_db()
    assert post.live and not post.has_unpublished_changes

    visitor_context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    visitor = visitor_context.new_page()
    visitor.goto(base + post.url)
    assert visitor.locator("h1").inner_text() == TITLE
    assert visitor.get_by_text(PARAGRAPH).is_visible()
    assert visitor.locator(f'img[alt="{ALT_TEXT}"]').count() == 1
    screenshot(visitor, "5-visitor-article")
    visitor_context.close()
