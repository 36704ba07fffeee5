"""English translations of the demo content, made through wagtail-localize as a translator would.

For each object: a TranslationSource, a Translation into English, one StringTranslation per
segment (text from the translations_en* modules), then save_target() and publication of the
resulting revision. An object that already has an English version is left untouched, so a
second run changes nothing. A segment without English text raises MissingDemoTranslation.

Only the demo's own objects are translated (those handed in by the loader), plus the home page
and site text while they still hold the demo's text: imported or hand-made content is never
touched, whatever its language or slug.
"""

import re

from django.conf import settings
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from localisation.models import SiteText
from localisation.relink import relink_to_locale

from .builder import backdate
from .ppid_data import ENGLISH as ENGLISH_PPID
from .site import SECTIONS, is_demo_home, is_demo_site_text
from .translations_en import ENGLISH as ENGLISH_SITE
from .translations_en_contact import ENGLISH as ENGLISH_CONTACT
from .translations_en_news import ENGLISH as ENGLISH_NEWS
from .translations_en_news import POST_SLUGS
from .translations_en_organisation import ENGLISH as ENGLISH_ORGANISATION
from .translations_en_programmes import ENGLISH as ENGLISH_PROGRAMMES
from .translations_en_services import ENGLISH as ENGLISH_SERVICES
from .translations_en_survey import ENGLISH as ENGLISH_SURVEY

ENGLISH = {**ENGLISH_SITE, **ENGLISH_PROGRAMMES, **ENGLISH_NEWS, **ENGLISH_SERVICES, **ENGLISH_ORGANISATION,
           **ENGLISH_PPID, **ENGLISH_SURVEY, **ENGLISH_CONTACT}
TRANSLATED_PROGRAMMES = ("lk3", "wksbm")
# builder.free_slug's suffix, for a demo object that had to step aside for someone else's slug.
STEPPED_ASIDE = re.compile(r"^(?P<slug>.+)(?P<suffix>-demo(-[0-9]+)?)$")


class MissingDemoTranslation(KeyError):
    """A segment of a translated demo object has no English text in translations_en*.py."""


def english_for(text):
    if text in ENGLISH:
        return ENGLISH[text]
    stepped_aside = STEPPED_ASIDE.match(text)
    if stepped_aside and stepped_aside["slug"] in ENGLISH:
        return ENGLISH[stepped_aside["slug"]] + stepped_aside["suffix"]
    raise MissingDemoTranslation(f"No English demo text for {text!r}")


def existing_translation(instance, locale):
    model = Page if isinstance(instance, Page) else type(instance)
    found = model.objects.filter(translation_key=instance.translation_key, locale=locale).first()
    return found.specific if isinstance(found, Page) else found


def translate(instance, locale, stats, kind):
    """The English version of `instance`, created and published when it does not exist yet."""
    existing = existing_translation(instance, locale)
    if existing is not None:
        stats.add(kind, created=False)
        return existing
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale,
                                                       defaults={"enabled": True})
    for segment in source.stringsegment_set.select_related("string", "context"):
        StringTranslation.objects.get_or_create(
            translation_of=segment.string, locale=locale, context=segment.context,
            defaults={"data": english_for(segment.string.data), "tool_name": "demo content"})
    if not isinstance(instance, Page):
        translation.save_target(publish=True)
        stats.add(kind)
        return existing_translation(instance, locale)
    # wagtail-localize would publish in transaction.on_commit; publishing the revision here keeps
    # the whole load in one transaction (and works inside tests).
    translation.save_target(publish=False)
    page = existing_translation(instance, locale)
    revision = page.get_latest_revision()
    revision.publish()
    if instance.first_published_at:
        backdate(page, revision, instance.first_published_at, instance.last_published_at)
    stats.add(kind)
    return type(page).objects.get(pk=page.pk)


def relink_and_publish(page):
    """Point links made before their targets were translated (home highlights) at the English pages."""
    # A fresh copy: the one in hand predates its children, and publishing it would reset numchild.
    page = type(page).objects.get(pk=page.pk)
    if relink_to_locale(page):
        page.save_revision().publish()


def ensure_translations(site, home, demo, stats):
    """English versions of the demo objects in `demo` (the loader's categories, pages, authors, …)."""
    locale, _ = Locale.objects.get_or_create(language_code="en")
    for slug in sorted(demo["categories"]):
        translate(demo["categories"][slug], locale, stats, "English categories")
    owns_home = is_demo_home(home)
    english_home = existing_translation(home, locale)
    if owns_home:
        english_home = translate(home, locale, stats, "English pages")
    if english_home is None:
        # Someone else's home page without an English version: no English tree to put the demo in.
        stats.add("English pages", created=False)
    else:
        for key in (*SECTIONS, "profil"):
            translate(demo["pages"][key], locale, stats, "English pages")
        for unit in demo.get("units", {}).values():
            translate(unit, locale, stats, "English pages")
        for author in demo["authors"].values():
            translate(author, locale, stats, "English authors")
        for key in TRANSLATED_PROGRAMMES:
            translate(demo["programmes"][key], locale, stats, "English pages")
        for slug in POST_SLUGS:
            translate(demo["posts"][slug], locale, stats, "English news posts")
    if owns_home:
        relink_and_publish(english_home)
    for text in SiteText.objects.filter(site=site, locale__language_code=settings.LANGUAGE_CODE):
        if is_demo_site_text(text):
            translate(text, locale, stats, "English site text")
