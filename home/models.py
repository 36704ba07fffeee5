import copy

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core import api_fields as api
from core import frame
from core.blocks import BodyBlock, QuickLinkBlock
from core.fields import page_fields
from core.forms import PageForm
from core.restrictions import ViewRestrictionMemoMixin
from search.indexing import STEMMED_SEARCH_FIELDS, StemmedSearchMixin


class HomePage(ViewRestrictionMemoMixin, Page):
    base_form_class = PageForm
    hero_title = models.CharField(_("hero title"), max_length=160, blank=True,
                                  help_text=_("Large heading at the top; the page title is used when empty."))
    hero_intro = models.TextField(_("hero introduction"), blank=True, max_length=400,
                                  help_text=_("One or two sentences under the heading."))
    hero_image = models.ForeignKey("wagtailimages.Image", verbose_name=_("hero image"), null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    quick_links = StreamField([("link", QuickLinkBlock())], blank=True, verbose_name=_("quick links"),
                              help_text=_("Shortcuts to the services people look for most."))

    # Translations of the home page also sit at the tree root, so no max_count here.
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["news.NewsIndexPage", "programmes.ProgrammeIndexPage", "services.ServiceIndexPage",
                     "news.AuthorIndexPage", "home.StandardPage", "organisation.ProfilePage", "ppid.PPIDIndexPage",
                     "survey.SurveyResultsPage", "contact.ContactFormPage", "contact.ComplaintPage"]

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("hero_title"), FieldPanel("hero_intro"), FieldPanel("hero_image")],
                        heading=_("Hero")),
        InlinePanel("programme_highlights", label=_("Programme highlights"), max_num=6),
        FieldPanel("quick_links"),
    ]
    search_fields = Page.search_fields + [index.SearchField("hero_intro")]

    class Meta:
        verbose_name = _("home page")

    def live_highlights(self):
        """The highlighted programmes that are live, in the editor's order. The template asks for
        them inside its fragment, so a warm home page never runs the query; the latest news come
        from news's own template tag (home never imports news)."""
        return [h.programme.specific for h in self.programme_highlights.select_related("programme")
                if h.programme.live]

    # --- Translation: text translated; image synchronised; highlights follow the programmes' translations.
    translatable_fields = page_fields(
        TranslatableField("hero_title"), TranslatableField("hero_intro"), SynchronizedField("hero_image"),
        TranslatableField("quick_links"), SynchronizedField("programme_highlights"),
    )


class HomeProgrammeHighlight(Orderable):
    page = ParentalKey(HomePage, related_name="programme_highlights", on_delete=models.CASCADE)
    programme = models.ForeignKey("programmes.ProgrammePage", verbose_name=_("programme"),
                                  on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("programme")]


class StandardPage(ViewRestrictionMemoMixin, StemmedSearchMixin, Page):
    """A plain content page (profile, contact, imported WordPress pages)."""
    base_form_class = PageForm

    intro = models.TextField(_("introduction"), blank=True, max_length=400)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    # Under the PPID index: its request and objection procedures and the maklumat.
    parent_page_types = ["home.HomePage", "home.StandardPage", "ppid.PPIDIndexPage"]
    subpage_types = ["home.StandardPage", "survey.SurveyResultsPage"]

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    api_fields = api.fields("intro", "body")
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")] + STEMMED_SEARCH_FIELDS
    search_lead_fields = ("title", "intro")
    search_body_fields = ("body",)

    class Meta:
        verbose_name = _("standard page")

    # --- Translation: all text.
    translatable_fields = page_fields(TranslatableField("intro"), TranslatableField("body"))


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    # Name, contacts and social links are on every page (cms/cache.py purges them all on change).
    purge_site_wide = True
    banner_enabled = models.BooleanField(_("show announcement banner"), default=True)
    banner_link = models.URLField(_("banner link"), blank=True)
    organisation_name = models.CharField(_("organisation name"), max_length=160,
                                         default="Dinas Sosial Daerah Istimewa Yogyakarta")
    phone = models.CharField(_("phone"), max_length=60, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    x_url = models.URLField(_("X (Twitter)"), blank=True)

    # The texts that differ per language (banner text, address, opening hours, footer links) live in
    # localisation.SiteText, translated like any snippet.
    panels = [
        MultiFieldPanel([FieldPanel("banner_enabled"), FieldPanel("banner_link")], heading=_("Announcement banner"),
                        help_text=_("The banner text is written in Snippets → Site text, in each language.")),
        MultiFieldPanel([FieldPanel("organisation_name"), FieldPanel("phone"), FieldPanel("email")],
                        heading=_("Contact"),
                        help_text=_("The address, opening hours and footer links are written in Snippets → Site "
                                    "text, in each language.")),
        MultiFieldPanel([FieldPanel("facebook_url"), FieldPanel("instagram_url"), FieldPanel("youtube_url"),
                         FieldPanel("x_url")], heading=_("Social media")),
    ]

    class Meta:
        verbose_name = _("site settings")

    @classmethod
    def for_site(cls, site):
        """Read once per content version (core.frame); a copy, so that callers may change it."""
        if site is None:
            return super().for_site(site)
        return copy.copy(frame.memo("site-settings", site.pk, lambda: super(SiteSettings, cls).for_site(site)))

    def social_links(self):
        links = [("Facebook", self.facebook_url), ("Instagram", self.instagram_url),
                 ("YouTube", self.youtube_url), ("X", self.x_url)]
        return [(name, url) for name, url in links if url]
