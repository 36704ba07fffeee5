"""Pages a translation needs above it are created as drafts, never as live aliases.

wagtail-localize makes the missing parents of a translated page (its section, its home
page) as *aliases* of the source pages (`copy_parent_pages=True`, used by "Translate this
page", its subtree and related pages, sync and the translation editor). An alias of a live
page is live at once, so a Penerjemah's "Translate" put Indonesian text on /en/<section>/.

Here the missing parents are created first, top down, as ordinary draft translations, each
with its own enabled Translation: the translator finds them in the translation editor, and
they go live only when a Penyetuju approves them, like any other translation. (Refusing the
translation instead would leave translators stuck on any page whose section nobody had
translated yet, and the refusal would have to predict every page wagtail-localize pulls in
as a related page.)

Sync also copies the source page's privacy onto its translations, which can make a private
translation public; for someone who may not publish that translation, sync is refused then.
"""

from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.models import Locale, Page

from ..compat_wagtail_localize import (
    SubmitPageTranslationView,
    Translation,
    TranslationSource,
    original_create_or_update_translation,
)


def missing_parents(page, locale):
    """The ancestors of `page` (top down, below the tree root) with no page in `locale` yet."""
    ancestors = page.get_ancestors().filter(depth__gt=1)
    present = set(Page.objects.filter(locale=locale, translation_key__in=ancestors.values("translation_key"))
                  .values_list("translation_key", flat=True))
    return [ancestor for ancestor in ancestors.order_by("path") if ancestor.translation_key not in present]


@transaction.atomic
def draft_missing_parents(source, locale, user=None):
    """Before `source` is translated into `locale` for the first time: its missing parents as drafts."""
    if not issubclass(source.specific_content_type.model_class(), Page):
        return []
    if Page.objects.filter(translation_key=source.object_id, locale=locale).exists():
        return []
    page = Page.objects.filter(translation_key=source.object_id, locale=source.locale).first()
    if page is None:
        return []  # the source is gone: wagtail-localize reports that itself
    created = []
    for parent in missing_parents(page, locale):
        parent_source, _created = TranslationSource.get_or_create_from_instance(parent.specific)
        Translation.objects.update_or_create(source=parent_source, target_locale=locale,
                                             defaults={"enabled": True})
        # Its own parent exists by now (top down), so nothing is copied as an alias.
        original_create_or_update_translation(parent_source, locale, user=user, publish=False,
                                              copy_parent_pages=False, fallback=True)
        created.append(parent)
    return created


def restriction_of(page):
    """What a page's own view restriction says, comparable between a page and its translation."""
    restriction = page.view_restrictions.first()
    if restriction is None:
        return None
    return restriction.restriction_type, restriction.password, sorted(restriction.groups.values_list("pk", flat=True))


def privacy_sync_refused(user, source):
    """Sync copies the source page's privacy onto each translation (dropping a restriction the
    source lacks, which makes a private translation public). That is a publisher's decision: the
    titles of the translations whose privacy would change and `user` may not publish."""
    if not issubclass(source.specific_content_type.model_class(), Page):
        return []
    source_page = Page.objects.filter(translation_key=source.object_id, locale=source.locale).first()
    if source_page is None:
        return []
    wanted = restriction_of(source_page)
    locales = source.translations.filter(enabled=True).values("target_locale")
    targets = Page.objects.filter(translation_key=source.object_id, locale__in=locales)
    return [target.title for target in targets
            if restriction_of(target) != wanted and not target.permissions_for_user(user).can_publish()]


def refuse_privacy_sync(request, source):
    """A redirect with a message when syncing `source` would change privacy `request.user` may not change."""
    refused = privacy_sync_refused(request.user, source)
    if not refused:
        return None
    messages.error(request, _("Syncing would change who may see %(pages)s (its privacy differs from the source "
                              "page); only an approver can do that.")
                   % {"pages": ", ".join(f"“{title}”" for title in refused)})
    return redirect(request.get_full_path())


def chosen_locales(request):
    ids = [value for value in request.POST.getlist("locales") if value.isdigit()]
    return list(Locale.objects.filter(pk__in=ids))


def guarded_submit_page_translation(request, page_id):
    """wagtail-localize's "Translate this page", telling the translator which parents it drafted."""
    page = Page.objects.filter(pk=page_id).first()
    missing = {}
    if request.method == "POST" and page is not None:
        missing = {locale: missing_parents(page, locale) for locale in chosen_locales(request)}
    response = SubmitPageTranslationView.as_view()(request, page_id=page_id)
    if not isinstance(response, HttpResponseRedirect):
        return response
    for locale, parents in missing.items():
        drafted = [parent for parent in parents
                   if Page.objects.filter(translation_key=parent.translation_key, locale=locale, live=False).exists()]
        if drafted:
            messages.info(request, _("Parent pages without a %(language)s version were created as drafts: %(pages)s. "
                                     "Translate them and submit them for approval too; they stay hidden until "
                                     "approved.")
                          % {"language": locale.get_display_name(),
                             "pages": ", ".join(f"“{parent.title}”" for parent in drafted)})
    return response
