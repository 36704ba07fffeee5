"""Shared machinery of the front-end checks: demo site, live server, axe-core and the Nu checker.

The tools are test-only npm packages (package.json at the repository root, installed into
node_modules/ by scripts/frontend-deps.sh, which `make test` runs): axe-core is injected into
Debian's chromium through Playwright, the Nu HTML Checker jar runs on Debian's Java.
"""

import json
import subprocess
from importlib import import_module
from pathlib import Path

from django.apps import apps as django_apps
from django.conf import settings
from django.core.management import call_command
from wagtail.models import Locale, Page, Site

ROOT = Path(__file__).resolve().parents[2]
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
VIEWPORTS = {"mobile": {"width": 375, "height": 812}, "desktop": {"width": 1280, "height": 900}}
BLOCKING_IMPACTS = ("serious", "critical")


class ToolMissing(RuntimeError):
    """A test-only tool is not installed; the message says how to install it."""


def require(path):
    if not path.exists():
        raise ToolMissing(f"{path.relative_to(ROOT)} is missing: run scripts/frontend-deps.sh "
                          "(`make test` does) to install the pinned test tools from package-lock.json")
    return path


# --- Demo site in the test database -------------------------------------------------------

def load_demo_site():
    """Build the demo site in the test database.

    A transactional test before this one may have flushed the tables, including the home page
    and locale made by migrations: put them back first, as conftest.home_page does.
    """
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if not Site.objects.filter(is_default_site=True).exists():
        if not Page.objects.filter(depth=1).exists():
            Page.add_root(instance=Page(title="Root", slug="root"))
        import_module("home.migrations.0003_create_homepage").create_homepage(django_apps, None)
        Page.fix_tree()
    call_command("load_demo_content", verbosity=0)


# --- Key pages (cms/tests/key_pages.py) in the test client and the browser ----------------

def client_response(client, key_page):
    """The test client's answer for a key page; a form page in its error state is posted to."""
    if key_page.form is None:
        return client.get(key_page.url)
    return client.post(key_page.url, key_page.form)


def open_key_page(page, base_url, key_page):
    """Load a key page in the browser; for an error state, fill in and send the form it shows.

    Returns the response of what is shown last, whose status the caller checks.
    """
    response = page.goto(base_url + key_page.url)
    if key_page.form is None:
        return response
    form = page.locator("main form[method=post]").first
    for name, value in key_page.form.items():
        form.locator(f'[name="{name}"]').fill(value)
    with page.expect_navigation() as navigation:
        form.locator("[type=submit]").click()
    return navigation.value


# --- axe-core ----------------------------------------------------------------------------

def axe_violations(page):
    """All axe-core violations on the page as loaded (every rule of axe-core runs).

    The page's browser context must be opened with bypass_csp=True: the site's
    Content-Security-Policy rightly refuses the injected script.
    """
    page.add_script_tag(path=str(require(AXE_JS)))
    return page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")["violations"]


def blocking(violations):
    return [v for v in violations if v["impact"] in BLOCKING_IMPACTS]


def axe_problems(page, label):
    """The serious and critical axe-core violations on the page, one line each."""
    return describe_violations(label, blocking(axe_violations(page)))


def describe_violations(label, violations):
    lines = []
    for violation in violations:
        targets = [" ".join(node["target"]) for node in violation["nodes"][:3]]
        lines.append(f"{label}: [{violation['impact']}] {violation['id']}: {violation['help']} "
                     f"({len(violation['nodes'])} nodes, e.g. {targets})")
    return lines


# --- Nu HTML Checker ---------------------------------------------------------------------

def vnu_messages(files):
    """All messages of the Nu HTML Checker for the given HTML files, in one JVM run."""
    command = ["java", "-Xss1m", "-jar", str(require(VNU_JAR)), "--format", "json",
               "--exit-zero-always", *map(str, files)]
    completed = subprocess.run(command, capture_output=True, text=True, timeout=600, check=True)
    # vnu writes its JSON report to stderr.
    return json.loads(completed.stderr)["messages"]


def vnu_errors(files):
    return [m for m in vnu_messages(files) if m["type"] == "error"
            or (m["type"] == "non-document-error")]


def describe_vnu(messages):
    return [f"{Path(m.get('url', '?')).name}:{m.get('lastLine', '?')}: {m['type']}: {m['message']} "
            f"[{m.get('extract', '').strip()[:120]}]" for m in messages]


# --- Browser probes (JavaScript evaluated in the page) -----------------------------------

# Describes document.activeElement: where it is, and whether its focus indicator can be seen
# (outline style and width, and the contrast of the outline colour against what is behind it,
# which WCAG 1.4.11 wants at 3:1).
FOCUS_PROBE = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  // The outline is drawn around the element (outline-offset), so over its parent's background.
  let bg = [255, 255, 255];
  for (let node = el.parentElement; node; node = node.parentElement) {
    const c = rgb(getComputedStyle(node).backgroundColor);
    if (c.length === 3 || (c.length === 4 && c[3] > 0)) { bg = c.slice(0, 3); break; }
  }
  const s = getComputedStyle(el);
  const outline = rgb(s.outlineColor).slice(0, 3);
  const [hi, lo] = [lum(outline), lum(bg)].sort((a, b) => b - a);
  const rect = el.getBoundingClientRect();
  return {
    tag: el.tagName.toLowerCase(), id: el.id, cls: el.className || "",
    text: (el.textContent || el.value || "").trim().slice(0, 40),
    href: el.getAttribute("href"), region: el.closest("main") ? "main" : el.closest(".main-nav") ? "menu"
      : el.closest(".language-switcher") ? "language" : el.closest(".site-search") ? "search"
      : el.closest("header") ? "header" : el.closest("footer") ? "footer" : "other",
    outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) || 0,
    contrast: Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100,
    inViewport: rect.bottom > 0 && rect.top < innerHeight && rect.width > 0 && rect.height > 0,
  };
}"""

# Images without width/height attributes make the layout jump while they load (CLS).
IMAGES_WITHOUT_DIMENSIONS = """() => [...document.images]
  .filter((img) => !img.closest('template') && !(img.getAttribute('width') && img.getAttribute('height')))
  .map((img) => img.outerHTML.slice(0, 160))"""

# The images a visitor sees without scrolling, largest first.
ABOVE_THE_FOLD_IMAGES = """() => [...document.images]
  .map((img) => ({img, rect: img.getBoundingClientRect()}))
  .filter(({rect}) => rect.width > 0 && rect.top < innerHeight && rect.bottom > 0)
  .sort((a, b) => b.rect.width * b.rect.height - a.rect.width * a.rect.height)
  .map(({img, rect}) => ({src: img.currentSrc, area: Math.round(rect.width * rect.height),
    width: img.getAttribute('width'), height: img.getAttribute('height'),
    loading: img.getAttribute('loading'), fetchpriority: img.getAttribute('fetchpriority')}))"""

# Lazy images outside the first screen: chromium may fetch them early, but they are not
# part of what the visitor waits for.
LAZY_BELOW_THE_FOLD = """() => [...document.images]
  .filter((img) => img.loading === 'lazy' && img.getBoundingClientRect().top >= innerHeight)
  .map((img) => img.currentSrc)"""

# Characters per line of body text: total characters over rendered lines, for paragraphs
# long enough to wrap at least three times.
LINE_LENGTH = """(selector) => {
  const counts = [];
  for (const p of document.querySelectorAll(selector)) {
    const lineHeight = parseFloat(getComputedStyle(p).lineHeight);
    const lines = Math.round(p.getBoundingClientRect().height / lineHeight);
    if (lines >= 3) counts.push(p.textContent.trim().length / lines);
  }
  return counts.length ? Math.max(...counts) : null;
}"""

# Every element's transition and animation time, in seconds, largest first.
MOTION = """() => [...document.querySelectorAll('*')].map((el) => {
  const s = getComputedStyle(el);
  const secs = (v) => Math.max(...v.split(',').map((t) => parseFloat(t) * (t.trim().endsWith('ms') ? 0.001 : 1)));
  return {el: el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className : ''),
          time: secs(s.transitionDuration) + secs(s.animationDuration) + secs(s.transitionDelay)};
}).filter((x) => x.time > 0)"""

HAS_REDUCED_MOTION_RULE = """() => [...document.styleSheets].some((sheet) => {
  try { return [...sheet.cssRules].some((r) => r.media && r.media.mediaText.includes('prefers-reduced-motion')); }
  catch (e) { return false; }
})"""
