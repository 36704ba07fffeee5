"""Draft translations of live pages are written as revisions, never into the live row.

`TranslationSource.create_or_update_translation(publish=False)` saves the translated fields
on the target page itself before making a revision. For a page that is not live that is what
Wagtail does too; for a live page it changes the public page at once (for a live snippet with
drafts it writes the row and unpublishes it: snippets.py). Every wagtail-localize
path that saves a draft ("Translate this page" for a page and its related pages, sync, the
translation editor) goes through that method, so it is wrapped here once.
"""

from django.db import transaction
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail.models import Page

from localisation.compat_wagtail_localize import (
    TranslationLog,
    copy_synchronised_fields,
    ingest_segments,
    original_create_or_update_translation,
    replace_create_or_update_translation,
    segments_for_translation,
)
from localisation.relink import relink_to_locale

from . import snippets
from .locks import check_not_locked
from .page_guards import draft_missing_parents


def live_target(source, locale):
    """The live page that translates `source` into `locale`, or None."""
    if not issubclass(source.specific_content_type.model_class(), Page):
        return None
    page = (Page.objects.filter(translation_key=source.object_id, locale=locale, live=True)
            .select_related("locale").first())
    return page.specific if page is not None else None


@transaction.atomic
def save_revision_only(source, page, locale, user=None, fallback=False):
    """What create_or_update_translation(publish=False) does, minus writing the page row."""
    original = source.as_instance()
    if page.alias_of_id:
        # An alias shows the source text; it becomes a page of its own whose live content stays
        # as it is until the translation is approved.
        Page.objects.filter(pk=page.pk).update(alias_of_id=None)
        page.alias_of_id = None
    copy_synchronised_fields(original, page)
    segments = segments_for_translation(source, locale, fallback=fallback)
    ingest_segments(original, page, source.locale, locale, segments)
    page.slug = find_available_slug(page.get_parent(), slugify(page.slug), ignore_page_id=page.pk)
    relink_to_locale(page)
    revision = page.save_revision(user=user)
    TranslationLog.objects.create(source=source, locale=locale, revision=revision)
    return page


def existing_target(source, locale):
    """The page or snippet that already translates `source` into `locale`, or None."""
    model = source.specific_content_type.model_class()
    return model.objects.filter(translation_key=source.object_id, locale=locale).first()


def create_or_update_translation(self, locale, user=None, publish=True, copy_parent_pages=False, fallback=False):
    if user is not None:
        # Locks hold here too, for wagtail-localize's own paths that reach this (sync, translate again).
        target = existing_target(self, locale)
        if target is not None:
            check_not_locked(target, user)
    if not publish:
        page = live_target(self, locale)
        if page is not None:
            return save_revision_only(self, page, locale, user=user, fallback=fallback), False
        snippet = snippets.live_target(self, locale)
        if snippet is not None:
            return snippets.save_revision_only(self, snippet, locale, user=user, fallback=fallback), False
    if copy_parent_pages:
        # Missing parents become drafts first (page_guards), so wagtail-localize never copies them as live aliases.
        draft_missing_parents(self, locale, user=user)
    return original_create_or_update_translation(self, locale, user=user, publish=publish,
                                                 copy_parent_pages=False, fallback=fallback)


def install():
    replace_create_or_update_translation(create_or_update_translation)
