"""What a page says about itself to search engines and link previews; `{% page_meta %}` asks it.

The defaults fit most pages (the lead text and image are found among the usual field
names); a page model overrides what it knows better, e.g. NewsPage is an Open Graph
"article" and describes itself as a schema.org NewsArticle. Pages that do not use the mixin
get the same defaults (see `metadata_of`), so the tag never needs to know a page type.
"""


class PageMetadataMixin:
    og_type = "website"
    # The first non-empty of these describes the page when the editor left "search description" empty.
    meta_lead_fields = ("summary", "intro", "hero_intro")
    # The first of these that is set is the sharing image.
    meta_image_fields = ("featured_image", "hero_image")

    def get_meta_description(self):
        leads = (getattr(self, name, "") for name in self.meta_lead_fields)
        return self.search_description or next((text for text in leads if text), "")

    def get_meta_image(self):
        """(image, alternative text) for link previews, or None."""
        image = next((img for img in (getattr(self, name, None) for name in self.meta_image_fields) if img), None)
        return (image, image.title) if image else None

    def get_article_meta(self, request, context):
        """For articles: {published, modified, author_urls, sections, tags, authors}; None otherwise.

        `context` is the template context (a view may already have loaded the authors).
        """
        return None

    def get_structured_data(self, request, meta):
        """JSON-LD objects describing the page itself, shown before the breadcrumbs.

        `meta` holds what `{% page_meta %}` collected: canonical, image, publisher (the
        Organization) and, for articles, the values of `get_article_meta`.
        """
        return []


class _WithDefaults(PageMetadataMixin):
    """A page whose model does not use the mixin, seen through the mixin's defaults."""

    def __init__(self, page):
        self._page = page

    def __getattr__(self, name):
        return getattr(self._page, name)


def metadata_of(page):
    """The object `{% page_meta %}` asks: the page itself, or the page with the defaults."""
    return page if isinstance(page, PageMetadataMixin) else _WithDefaults(page)
