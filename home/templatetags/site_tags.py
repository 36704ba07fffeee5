from django import template
from wagtail.models import Page, Site

register = template.Library()


def _locale_root(request, page=None):
    """The home page for the active locale (translations of the site root)."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    if page is not None and getattr(page, "locale_id", None) and page.locale_id != root.locale_id:
        return root.get_translation_or_none(page.locale) or root
    return root.localized


@register.inclusion_tag("includes/main_nav.html", takes_context=True)
def main_nav(context):
    request = context["request"]
    page = context.get("page")
    root = _locale_root(request, page)
    menu = root.get_children().live().public().in_menu() if root else []
    items = list(menu.only("id", "title", "url_path", "depth", "path", "locale_id", "content_type_id")) if root else []
    current_path = getattr(page, "path", "")
    return {
        "root": root,
        "root_is_current": root is not None and current_path == root.path,
        # aria-current="page" for the page itself; "true" marks the section the page is in.
        "items": [
            (item, "page" if item.path == current_path else "true" if current_path.startswith(item.path) else "")
            for item in items
        ],
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if page is None or page.depth <= 2:
        return {"ancestors": [], "page": page}
    ancestors = list(Page.objects.ancestor_of(page).filter(depth__gt=1).specific(defer=True))
    return {"ancestors": ancestors, "page": page, "request": context["request"]}


@register.simple_tag(takes_context=True)
def home_url(context):
    root = _locale_root(context["request"], context.get("page"))
    return root.get_url(context["request"]) if root else "/"
