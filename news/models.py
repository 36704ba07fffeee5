import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BodyBlock
from core.fields import page_fields
from search.indexing import STEMMED_SEARCH_FIELDS, StemmedSearchMixin

from . import archive, feeds, queries
from .forms import NewsPageForm


@register_snippet
class Category(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, allow_unicode=False,
                            help_text=_("Used in the address, e.g. /berita/kategori/<slug>/."))
    description = models.TextField(_("description"), blank=True, max_length=500)
    parent = models.ForeignKey("self", verbose_name=_("parent category"), null=True, blank=True,
                               on_delete=models.SET_NULL, related_name="children",
                               help_text=_("Optional; keeps the hierarchy of the old WordPress categories."))

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("parent"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="unique_category_slug_per_locale")]

    def __str__(self):
        return self.name

    # --- Translation: text and slug translated; the parent follows its own translation.
    translatable_fields = [TranslatableField("name"), TranslatableField("slug"), TranslatableField("description"),
                           TranslatableField("parent")]


class NewsIndexPage(RoutablePageMixin, Page):
    intro = models.TextField(_("introduction"), blank=True, max_length=400)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("news index")

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


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey("news.NewsPage", related_name="tagged_items", on_delete=models.CASCADE)


class NewsPage(StemmedSearchMixin, Page):
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
                                    help_text=_("Pinned posts are shown first on the home page."))

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
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("publication_date"),
    ] + STEMMED_SEARCH_FIELDS
    search_lead_fields = ("title", "summary")
    search_body_fields = ("body", "categories", "tags")

    class Meta:
        verbose_name = _("news post")
        verbose_name_plural = _("news posts")

    def clean(self):
        super().clean()
        if getattr(self, "authors_checked_by_form", False):
            return
        if not any(link.author_id for link in self.authors.all()):
            raise ValidationError(_("A news post needs at least one author."))

    @property
    def last_updated(self):
        if self.last_updated_override:
            return self.last_updated_override
        if self.last_published_at:
            return timezone.localdate(self.last_published_at)
        return self.publication_date

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["author_list"] = [link.author for link in self.authors.select_related("author", "author__photo")]
        return context

    # --- Translation: text translated; dates, image, flags and tags synchronised; authors, programmes
    # and categories synchronised, then pointed at their translations (home/localisation.py).
    translatable_fields = page_fields(
        SynchronizedField("publication_date"), SynchronizedField("last_updated_override"),
        TranslatableField("summary"), SynchronizedField("featured_image"),
        TranslatableField("featured_image_caption"), TranslatableField("featured_image_credit"),
        TranslatableField("body"), TranslatableField("source"), SynchronizedField("is_sticky"),
        SynchronizedField("categories"), SynchronizedField("tagged_items"),
        SynchronizedField("authors"), SynchronizedField("programme_links"),
    )


class NewsPageAuthor(Orderable):
    page = ParentalKey(NewsPage, related_name="authors", on_delete=models.CASCADE)
    author = models.ForeignKey("news.AuthorPage", verbose_name=_("author"), on_delete=models.PROTECT,
                               related_name="news_links")

    panels = [PageChooserPanel("author")]


class NewsPageProgramme(Orderable):
    page = ParentalKey(NewsPage, related_name="programme_links", on_delete=models.CASCADE)
    programme = models.ForeignKey("programmes.ProgrammePage", verbose_name=_("programme"),
                                  on_delete=models.CASCADE, related_name="news_links")

    panels = [PageChooserPanel("programme")]


class AuthorIndexPage(Page):
    intro = models.TextField(_("introduction"), blank=True, max_length=400)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.AuthorPage"]
    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("author index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["authors"] = AuthorPage.objects.child_of(self).live().public().select_related("photo").order_by("title")
        return context

    # --- Translation: all text.
    translatable_fields = page_fields(TranslatableField("intro"))


class AuthorPage(StemmedSearchMixin, Page):
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

    class Meta:
        verbose_name = _("author")
        verbose_name_plural = _("authors")

    def get_context(self, request, *args, **kwargs):
        from core.pagination import paginate

        context = super().get_context(request, *args, **kwargs)
        context["news_page"] = paginate(request, queries.news_by_author(self))
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
