"""The site frame's menu, breadcrumbs, home link and footer: data from core.frame's memos and
version-keyed fragments, so a warm page asks the database nothing for them."""

from django import template
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.models import Page

from core import frame

register = template.Library()


def _locale_root(request, page=None):
    """The home page for the page's locale (its translation of the site root, live or not), else
    the active language's live one, else the site root."""
    site = frame.site_for(request)
    if site is None:
        return None
    root_locale_id = frame.memo("root-locale", site.pk, lambda: site.root_page.locale_id)
    page_locale_id = getattr(page, "locale_id", None)
    if page is not None and page_locale_id and page_locale_id != root_locale_id:
        key = (site.pk, "page", page_locale_id)

        def find():
            return site.root_page.get_translations().filter(locale_id=page_locale_id).first() or site.root_page
    else:
        locale = frame.locale_for()
        key = (site.pk, "active", locale.pk if locale else None)

        def find():
            root = site.root_page
            if locale is None or locale.pk == root.locale_id:
                return root
            return root.get_translations().live().filter(locale_id=locale.pk).first() or root

    return frame.memo("locale-root", key, find)


def _menu(request, root):
    """[(url, title, path)] of the live, public sections under `root`, shared per version."""
    def compute():
        menu = root.get_children().live().in_menu().filter(frame.public_q())
        items = menu.only("id", "title", "url_path", "depth", "path", "locale_id", "content_type_id")
        return {"root_url": root.get_url(request), "root_path": root.path,
                "items": [(item.get_url(request), item.title, item.path) for item in items]}

    return frame.fragment(request, "menu", (root.pk, frame.request_host(request), get_language()), compute)


@register.inclusion_tag("includes/main_nav.html", takes_context=True)
def main_nav(context):
    request = context["request"]
    page = context.get("page")
    root = _locale_root(request, page)
    menu = _menu(request, root) if root else {"root_url": None, "root_path": None, "items": []}
    current_path = getattr(page, "path", "")
    return {
        "root_url": menu["root_url"],
        "root_is_current": root is not None and current_path == menu["root_path"],
        # aria-current="page" for the page itself; "true" marks the section the page is in.
        "items": [
            (url, title, "page" if path == current_path else "true" if current_path.startswith(path) else "")
            for url, title, path in menu["items"]
        ],
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if page is None or page.depth <= 2:
        return {"ancestors": [], "page": page}
    request = context["request"]

    def compute():
        ancestors = Page.objects.ancestor_of(page).filter(depth__gt=1).specific(defer=True)
        return [(ancestor.get_url(request), ancestor.title, ancestor.depth) for ancestor in ancestors]

    key = (page.pk, page.path, frame.request_host(request), get_language())
    ancestors = frame.fragment(request, "breadcrumbs", key, compute) if page.pk else compute()
    return {"ancestors": ancestors, "page": page}


@register.simple_tag(takes_context=True)
def home_url(context):
    request = context["request"]
    root = _locale_root(request, context.get("page"))
    if root is None:
        return "/"
    return frame.memo("home-url", (root.pk, frame.request_host(request)), lambda: root.get_url(request))


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer's HTML, per site, language and year: it shows nothing of the page or visitor."""
    request = context.get("request")
    site = frame.site_for(request)
    values = {"site_settings": context.get("site_settings"), "site_text": context.get("site_text")}

    def compute():
        return render_to_string("includes/footer.html", values, request=request)

    if site is None:
        return compute()
    key = (site.pk, frame.request_host(request), get_language(), timezone.localdate().year)
    return frame.fragment(request, "footer", key, compute)
