import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Prefetch, Q
from django.db.models.functions import ExtractMonth, ExtractYear
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core import api_fields as api
from core.blocks import BodyBlock
from core.fields import page_fields
from core.forms import PageForm
from core.metadata import PageMetadataMixin
from core.pagination import paginate
from core.restrictions import ViewRestrictionMemoMixin
from search.indexing import STEMMED_SEARCH_FIELDS, StemmedSearchMixin

from . import archive, dates, feeds
from .categories import Category
from .forms import NewsPageForm

# Listings are cached both as their bare URL and as ?page=1 (the pager's link back to page 1).
LISTING_FIRST_PAGE = "?page=1"


class NewsIndexPage(ViewRestrictionMemoMixin, PageMetadataMixin, RoutablePageMixin, Page):
    base_form_class = PageForm
    intro = models.TextField(_("introduction"), blank=True, max_length=400)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    content_panels = Page.content_panels + [FieldPanel("intro")]
    api_fields = api.fields("intro")

    class Meta:
        verbose_name = _("news index")

    # --- Frontend cache: page 1 of the listing is also reached as ?page=1; the feeds are cached too.
    def get_cached_paths(self):
        return ["/", LISTING_FIRST_PAGE] + [self.reverse_subpage("feed", args=(kind,)) for kind in archive.FEED_KINDS]

    def get_archive_paths(self, days=(), category_slugs=(), tag_slugs=()):
        """The archive routes (and category feeds) that list posts of these dates, categories and tags."""
        paths = set()
        for day in days:
            paths.add(self.reverse_subpage("year", args=(day.year,)))
            paths.add(self.reverse_subpage("month", args=(day.year, f"{day.month:02d}")))
        for slug in category_slugs:
            paths.add(self.reverse_subpage("category", args=(slug,)))
            paths.update(self.reverse_subpage("category_feed", args=(slug, kind)) for kind in archive.FEED_KINDS)
        paths.update(self.reverse_subpage("tag", args=(slug,)) for slug in tag_slugs)
        return paths

    def posts(self):
        """Every post of this index, drafts included: callers add `.for_listing()` or `.live().public()`."""
        return NewsPage.objects.child_of(self)

    def get_context(self, request, *args, listing=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(archive.listing_context(self, request, listing))
        return context

    # Archive routes; the logic lives in news/archive.py and news/feeds.py.
    @re_path(r"^(?P<year>\d{4})/$", name="year")
    def year_archive(self, request, year):
        return archive.render(self, request, archive.by_year(self, request, year))

    @re_path(r"^(?P<year>\d{4})/(?P<month>\d{2})/$", name="month")
    def month_archive(self, request, year, month):
        return archive.render(self, request, archive.by_month(self, request, year, month))

    @path("kategori/<slug:slug>/", name="category")
    def category_archive(self, request, slug):
        return archive.category_page(self, request, slug)

    @path("tag/<str:slug>/", name="tag")
    def tag_archive(self, request, slug):
        return archive.render(self, request, archive.by_tag(self, request, slug))

    @re_path(r"^feed/(?P<kind>rss|atom)/$", name="feed")
    def news_feed(self, request, kind):
        return feeds.serve(self, request, kind)

    @re_path(r"^kategori/(?P<slug>[-a-zA-Z0-9_]+)/feed/(?P<kind>rss|atom)/$", name="category_feed")
    def category_feed(self, request, slug, kind):
        return feeds.serve(self, request, kind, category_slug=slug)

    # --- Translation: all text.
    translatable_fields = page_fields(TranslatableField("intro"))


class NewsPageQuerySet(PageQuerySet):
    """Named queries for posts, e.g. `NewsPage.objects.filter(locale=locale).for_listing().pinned_first()`.

    Every listing goes through `for_listing`, so a page of 3 or 50 posts costs the same number
    of queries: images, authors and categories are fetched in bulk.
    """

    def newest(self):
        return self.order_by("-publication_date", "-pk")

    def pinned_first(self):
        """Pinned (`is_sticky`) posts before the others, each group newest first."""
        return self.order_by("-is_sticky", "-publication_date", "-pk")

    def for_listing(self):
        return (
            self.live().public()
            .select_related("featured_image", "locale")
            .prefetch_related(
                Prefetch("authors", queryset=NewsPageAuthor.objects.select_related("author").order_by("sort_order")),
                "categories",
                # One query for every card's renditions; {% picture %} then neither reads nor
                # re-writes them in the renditions cache, card by card.
                "featured_image__renditions",
            )
            .newest()
        )

    def by_author(self, author):
        return self.filter(authors__author=author).distinct()

    def for_programme(self, programme):
        return self.filter(programme_links__programme=programme).distinct()

    def in_category(self, category):
        """Posts in `category` or any translation of it (a translated post may keep the source category)."""
        through = self.model.categories.through
        linked = through.objects.filter(category__translation_key=category.translation_key).values("newspage_id")
        return self.filter(pk__in=linked)

    def month_counts(self):
        """[(year, month, count)], newest first; one query."""
        rows = (self.annotate(year=ExtractYear("publication_date"), month=ExtractMonth("publication_date"))
                .values("year", "month").annotate(count=Count("pk")).order_by("-year", "-month"))
        return [(row["year"], row["month"], row["count"]) for row in rows]

    def category_key_counts(self):
        """{category translation_key: number of these posts in it}; one query."""
        through = self.model.categories.through
        rows = (through.objects.filter(newspage_id__in=self.values("pk")).values("category__translation_key")
                .annotate(count=Count("newspage_id", distinct=True)))
        return {row["category__translation_key"]: row["count"] for row in rows}


NewsPageManager = PageManager.from_queryset(NewsPageQuerySet)


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey("news.NewsPage", related_name="tagged_items", on_delete=models.CASCADE)


class NewsPage(ViewRestrictionMemoMixin, PageMetadataMixin, StemmedSearchMixin, Page):
    publication_date = models.DateField(_("publication date"), default=datetime.date.today,
                                        help_text=_("Shown as 'Published …'; may be set in the past for archives."))
    last_updated_override = models.DateField(
        _("last updated (override)"), null=True, blank=True,
        help_text=_("Leave empty to use the date of the last publication."))
    summary = models.TextField(_("summary"), max_length=300,
                               help_text=_("One or two sentences for listings and search engines."))
    featured_image = models.ForeignKey("wagtailimages.Image", verbose_name=_("featured image"), null=True,
                                       blank=True, on_delete=models.SET_NULL, related_name="+")
    featured_image_caption = models.CharField(_("image caption"), max_length=300, blank=True)
    featured_image_credit = models.CharField(_("image credit"), max_length=120, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"))
    source = models.CharField(_("source"), max_length=160, blank=True,
                              help_text=_("e.g. 'Subbag Program dan Informasi'; shown as 'Source: …'."))
    categories = ParentalManyToManyField(Category, verbose_name=_("categories"), blank=True,
                                         related_name="news_pages")
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))
    is_sticky = models.BooleanField(_("pinned"), default=False,
                                    help_text=_(
        "Pinned posts are shown first in the home page's “Latest news”, newest pinned post first; "
        "news listings and archives keep date order."))
    # Reader comments (the comments app): moderated, and closed by themselves COMMENTS_CLOSE_AFTER_DAYS
    # after the publication date whatever this says.
    comments_open = models.BooleanField(_("comments open"), default=True,
                                        help_text=_("Readers may comment on this post (each comment is reviewed "
                                                    "before it appears)."))

    objects = NewsPageManager()

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    base_form_class = NewsPageForm

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("featured_image"), FieldPanel("featured_image_caption"),
                         FieldPanel("featured_image_credit")], heading=_("Featured image")),
        FieldPanel("body"),
        FieldPanel("source"),
        InlinePanel("authors", label=_("Authors"), min_num=1, heading=_("Authors")),
        MultiFieldPanel([FieldPanel("publication_date"), FieldPanel("last_updated_override"),
                         FieldPanel("is_sticky")], heading=_("Dates")),
        MultiFieldPanel([FieldPanel("categories"), FieldPanel("tags")], heading=_("Classification")),
        InlinePanel("programme_links", label=_("Related programmes"), heading=_("Related programmes")),
    ]
    settings_panels = Page.settings_panels + [FieldPanel("comments_open")]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("publication_date"),
    ] + STEMMED_SEARCH_FIELDS
    search_lead_fields = ("title", "summary")
    search_body_fields = ("body", "categories", "tags")
    api_fields = [*api.fields("publication_date", "last_updated", "summary", "featured_image_caption",
                              "featured_image_credit", "body", "source", "tags", "authors"),
                  api.rendition("featured_image"), api.names("categories")]

    class Meta:
        verbose_name = _("news post")
        verbose_name_plural = _("news posts")

    def public_categories(self):
        """The post's categories visitors may see: a draft category (e.g. a translation waiting for
        approval) is left out. Reads the prefetched or in-memory relation, so listings add no query."""
        return [category for category in self.categories.all() if category.live]

    def clean(self):
        super().clean()
        if getattr(self, "authors_checked_by_form", False):
            return
        if not any(link.author_id for link in self.authors.all()):
            raise ValidationError(_("A news post needs at least one author."))

    @property
    def last_updated(self):
        """The date shown as "Last updated"; the same moment as feeds' and JSON-LD's dateModified."""
        return dates.last_updated(self)

    # --- Search-engine and sharing metadata ({% page_meta %}, core/metadata.py).
    og_type = "article"
    meta_lead_fields = ("summary",)

    def get_meta_image(self):
        if not self.featured_image:
            return None
        return self.featured_image, self.featured_image_caption or self.featured_image.title

    def get_article_meta(self, request, context):
        authors = context.get("author_list")
        if authors is None:
            authors = [link.author for link in self.authors.select_related("author")]
        return {
            "published": dates.published_at(self).isoformat(), "modified": dates.modified_at(self).isoformat(),
            "authors": authors, "author_urls": [author.get_full_url(request) for author in authors],
            "sections": [category.name for category in self.public_categories()],
            "tags": [tag.name for tag in self.tags.all()],
        }

    def get_structured_data(self, request, meta):
        data = {
            "@context": "https://schema.org", "@type": "NewsArticle",
            "headline": self.title[:110], "description": self.summary,
            "datePublished": meta["published"], "dateModified": meta["modified"],
            "author": [{"@type": "Person", "name": author.title, "url": url}
                       for author, url in zip(meta["authors"], meta["author_urls"], strict=True)],
            "publisher": meta["publisher"],
            "mainEntityOfPage": {"@type": "WebPage", "@id": meta["canonical"]},
            "inLanguage": self.locale.language_code,
        }
        if meta["image"]:
            data["image"] = [meta["image"]["url"]]
        if self.pk and hasattr(self, "reader_comments"):  # the reverse relation of comments.Comment
            data["commentCount"] = self.reader_comments.public().count()
        return [data]

    def get_sitemap_urls(self, request=None):
        # lastmod is the "last updated" date readers see, not the last technical publish.
        return [{**entry, "lastmod": dates.modified_at(self)} for entry in super().get_sitemap_urls(request)]

    @classmethod
    def purge_dependents(cls, pages, batch):
        """Frontend cache: the archives, category feeds, author and programme pages that list these posts.

        `pages` are posts in a change (see cms/cache_urls.py); the cost is the same for one or many.
        """
        ids = [page.pk for page in pages]
        category_keys = Category.objects.filter(
            pk__in=cls.categories.through.objects.filter(newspage_id__in=ids).values("category_id")
        ).values("translation_key")
        category_slugs = set(Category.objects.filter(translation_key__in=category_keys).values_list("slug", flat=True))
        tag_slugs = set(NewsPageTag.objects.filter(content_object_id__in=ids).values_list("tag__slug", flat=True))
        days = set(cls.objects.filter(pk__in=ids).values_list("publication_date", flat=True))
        for parent in {batch.parent(page) for page in pages} - {None}:
            index = parent.specific_deferred
            if isinstance(index, NewsIndexPage):
                batch.add_page_paths(index, index.get_archive_paths(days, category_slugs, tag_slugs))
        listers = Page.objects.filter(Q(pk__in=NewsPageAuthor.objects.filter(page_id__in=ids).values("author_id"))
                                      | Q(pk__in=NewsPageProgramme.objects.filter(page_id__in=ids)
                                          .values("programme_id")))
        batch.add_pages(batch.with_translations(list(listers)))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read only when the article's main fragment (or its metadata) is rendered, not on warm views.
        context["author_list"] = SimpleLazyObject(
            lambda: [link.author for link in self.authors.select_related("author", "author__photo")])
        return context

    # --- Translation: text translated; dates, image, flags and tags synchronised; authors, programmes
    # and categories synchronised, then pointed at their translations (home/localisation.py).
    translatable_fields = page_fields(
        SynchronizedField("publication_date"), SynchronizedField("last_updated_override"),
        TranslatableField("summary"), SynchronizedField("featured_image"),
        TranslatableField("featured_image_caption"), TranslatableField("featured_image_credit"),
        TranslatableField("body"), TranslatableField("source"), SynchronizedField("is_sticky"),
        SynchronizedField("categories"), SynchronizedField("tagged_items"),
        SynchronizedField("authors"), SynchronizedField("programme_links"), SynchronizedField("comments_open"),
    )


class NewsPageAuthor(Orderable):
    page = ParentalKey(NewsPage, related_name="authors", on_delete=models.CASCADE)
    author = models.ForeignKey("news.AuthorPage", verbose_name=_("author"), on_delete=models.PROTECT,
                               related_name="news_links")

    panels = [PageChooserPanel("author")]
    api_fields = api.fields("author")


class NewsPageProgramme(Orderable):
    page = ParentalKey(NewsPage, related_name="programme_links", on_delete=models.CASCADE)
    programme = models.ForeignKey("programmes.ProgrammePage", verbose_name=_("programme"),
                                  on_delete=models.CASCADE, related_name="news_links")

    panels = [PageChooserPanel("programme")]


class AuthorIndexPage(ViewRestrictionMemoMixin, PageMetadataMixin, Page):
    base_form_class = PageForm
    intro = models.TextField(_("introduction"), blank=True, max_length=400)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.AuthorPage"]
    content_panels = Page.content_panels + [FieldPanel("intro")]
    api_fields = api.fields("intro")

    class Meta:
        verbose_name = _("author index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["authors"] = AuthorPage.objects.child_of(self).live().public().select_related("photo").order_by("title")
        return context

    # --- Translation: all text.
    translatable_fields = page_fields(TranslatableField("intro"))


class AuthorPage(ViewRestrictionMemoMixin, PageMetadataMixin, StemmedSearchMixin, Page):
    base_form_class = PageForm
    role = models.CharField(_("role"), max_length=160, help_text=_("e.g. 'Pekerja Sosial di BRSPA DIY'."))
    bio = models.TextField(_("short biography"), max_length=600, blank=True,
                           help_text=_("Shown in the 'About the author' box under each post."))
    photo = models.ForeignKey("wagtailimages.Image", verbose_name=_("photo"), null=True, blank=True,
                              on_delete=models.SET_NULL, related_name="+")
    email = models.EmailField(_("contact e-mail"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    parent_page_types = ["news.AuthorIndexPage"]
    subpage_types = []
    content_panels = Page.content_panels + [
        FieldPanel("role"), FieldPanel("bio"), FieldPanel("photo"), FieldPanel("email"), FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("role"), index.SearchField("bio")] + STEMMED_SEARCH_FIELDS
    search_lead_fields = ("title", "role")
    search_body_fields = ("bio", "body")
    api_fields = [*api.fields("role", "bio", "body"), api.rendition("photo")]  # not the e-mail address

    class Meta:
        verbose_name = _("author")
        verbose_name_plural = _("authors")

    def get_cached_paths(self):
        return ["/", LISTING_FIRST_PAGE]  # the author's paginated posts

    @classmethod
    def purge_dependents(cls, pages, batch):
        """Frontend cache: the posts that show the "About the author" box."""
        posts = NewsPageAuthor.objects.filter(author_id__in=[page.pk for page in pages]).values("page_id")
        batch.add_pages(Page.objects.filter(pk__in=posts))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        posts = NewsPage.objects.by_author(self).for_listing()
        context["news_page"] = paginate(request, posts, count=archive.listing_count(self, request, posts))
        return context

    # --- Translation: text translated; photo and e-mail address synchronised.
    translatable_fields = page_fields(TranslatableField("role"), TranslatableField("bio"), SynchronizedField("photo"),
                                      SynchronizedField("email"), TranslatableField("body"))


class NewsPageDailyViews(models.Model):
    """Anonymous read counts per post and day; nothing about the reader is stored (see popular.py)."""

    page = models.ForeignKey(NewsPage, on_delete=models.CASCADE, related_name="daily_views")
    date = models.DateField(db_index=True)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("daily views")
        verbose_name_plural = _("daily views")
        constraints = [models.UniqueConstraint(fields=["page", "date"], name="unique_news_views_per_day")]

    def __str__(self):
        return f"{self.page_id} {self.date}: {self.count}"
