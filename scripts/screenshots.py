#!/usr/bin/env python
"""`make screenshots`: full-page PNGs of the key pages, both languages, at 375 and 1280 px.

For review by people, not for assertions (the checks are cms/tests/test_accessibility.py).
Builds the demo site in a throwaway SQLite database under var/screenshots/ (kept between runs:
the demo loader is idempotent, so a second run is quick), serves it with DEBUG off from a
server thread on a free loopback port, drives Debian's chromium, and stops the server.

Usage: .venv/bin/python scripts/screenshots.py [OUTPUT_DIR]   (default var/screenshots)
"""

import os
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
LOAD_LAZY_IMAGES = """() => Promise.all([...document.querySelectorAll('img[loading=lazy]')].map((img) => {
  img.loading = 'eager';
  return img.complete ? null : new Promise((done) => { img.onload = img.onerror = done; });
}))"""


def configure(out):
    out.mkdir(parents=True, exist_ok=True)
    os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.dev"
    # DEBUG off: the real 404 page, not Django's technical one.
    os.environ["DEBUG"] = "0"
    os.environ["DATABASE_URL"] = f"sqlite:///{out / 'db.sqlite3'}"
    os.environ["MEDIA_ROOT"] = str(out / "media")
    os.environ.pop("SEARCH_URL", None)  # the database search backend: no engine needed
    sys.path.insert(0, str(ROOT))
    # Static files come from the app folders (finders), so no collectstatic output is needed.
    warnings.filterwarnings("ignore", message="No directory at")
    import django

    django.setup()


def build_site():
    from django.core.management import call_command

    started = time.monotonic()
    call_command("migrate", interactive=False, verbosity=0)
    call_command("load_demo_content", verbosity=0)
    print(f"demo site ready in {time.monotonic() - started:.0f} s")


def start_server():
    # Django's live-server thread serves static and media files itself, with DEBUG off.
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.test.testcases import LiveServerThread

    server = LiveServerThread("127.0.0.1", StaticFilesHandler, port=0)
    server.daemon = True
    server.start()
    server.is_ready.wait()
    if server.error:
        raise server.error
    return server, f"http://127.0.0.1:{server.port}"


def shoot(base_url, pages, out):
    from playwright.sync_api import sync_playwright

    from cms.tests.frontend import VIEWPORTS, open_key_page

    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
        for viewport_name, viewport in VIEWPORTS.items():
            context = browser.new_context(viewport=viewport)
            page = context.new_page()
            for key_page in pages:
                open_key_page(page, base_url, key_page)  # a form's error state: its form is sent
                page.wait_for_load_state("networkidle")
                # A full-page shot shows what is below the fold too: load the lazy images first.
                page.evaluate(LOAD_LAZY_IMAGES)
                path = out / f"{key_page.name}-{viewport_name}.png"
                page.screenshot(path=str(path), full_page=True)
                written.append(path)
            if viewport_name == "mobile":
                page.goto(base_url + "/")
                page.locator(".main-nav__toggle").click()
                path = out / "home-id-mobile-menu-open.png"
                page.screenshot(path=str(path))
                written.append(path)
            context.close()
        browser.close()
    return written


def main():
    out = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else ROOT / "var" / "screenshots"
    if not os.path.exists(CHROMIUM):
        sys.exit(f"{CHROMIUM} is missing: run scripts/system-deps.sh test")
    configure(out)
    build_site()
    from cms.tests.key_pages import key_pages

    pages = key_pages()  # before Playwright starts its event loop in this thread
    server, base_url = start_server()
    try:
        written = shoot(base_url, pages, out)
    finally:
        server.terminate()
    print(f"{len(written)} screenshots in {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}/")


if __name__ == "__main__":
    main()
