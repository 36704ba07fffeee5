"""Wagtail hooks of the translation approval (imported from LocalisationConfig.ready()).

The URL guards are registered before wagtail-localize's own URLs (order=-10) on the same
paths, so Django resolves the guarded versions first.
"""

from django.db.models import F, OuterRef, Subquery
from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page

from ..compat_wagtail_localize import GUARDED_ROUTES, Translation, TranslationSource
from . import actions, page_guards, snippets, views

WORKLIST_LIMIT = 10


@hooks.register("register_admin_urls", order=-10)
def register_admin_urls():
    guards = {
        "translation_guard_convert_to_alias": views.guarded_convert_to_alias,
        "translation_guard_update": views.guarded_update_translations,
        "translation_guard_upload_pofile": views.guarded_upload_pofile,
        "translation_guard_machine_translate": views.guarded_machine_translate,
        "translation_guard_edit_string": views.guarded_edit_string_translation,
        "translation_guard_edit_override": views.guarded_edit_override,
        "translation_guard_submit_page": page_guards.guarded_submit_page_translation,
        "translation_guard_submit_snippet": snippets.guarded_submit_snippet_translation,
    }
    return [
        path("translations/<int:translation_id>/action/", views.translation_action, name="translation_action"),
        path("translations/<int:translation_id>/snippet-action/", snippets.snippet_translation_action,
             name="snippet_translation_action"),
        *(path(GUARDED_ROUTES[name][1], view, name=name) for name, view in guards.items()),
    ]


@hooks.register("before_edit_page", order=-10)
def refuse_direct_publish(request, page):
    """The translation editor's "Publish" for someone who may not publish: a message, not a 403."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    if not Translation.objects.filter(source__object_id=page.translation_key, target_locale_id=page.locale_id,
                                      enabled=True).exists():
        return None
    if actions.can_publish(request.user, page):
        return None
    messages.error(request, _("You cannot publish translations. Use “Submit for approval” instead."))
    return redirect(request.path)


def untranslated_pages(source_locale, target_locale, limit=WORKLIST_LIMIT):
    translated = Page.objects.filter(locale=target_locale).values("translation_key")
    return list(Page.objects.live().filter(locale=source_locale, depth__gt=1)
                .exclude(translation_key__in=translated).order_by("-last_published_at")[:limit])


def outdated_sources(source_locale, limit=WORKLIST_LIMIT):
    """Page sources republished after their translations were last synced."""
    published = Page.objects.filter(translation_key=OuterRef("object_id"), locale=source_locale)
    return list(TranslationSource.objects.filter(locale=source_locale, translations__enabled=True)
                .annotate(published_at=Subquery(published.values("last_published_at")[:1]))
                .filter(published_at__gt=F("last_updated_at")).distinct()
                .order_by("-published_at")[:limit])


class TranslationWorklistPanel(Component):
    name = "translation_worklist"
    template_name = "localisation/admin/translation_worklist_panel.html"
    order = 206

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        source_locale = Locale.get_default()
        targets = Locale.objects.exclude(pk=source_locale.pk)
        context["untranslated"] = [(locale, untranslated_pages(source_locale, locale)) for locale in targets]
        context["outdated"] = outdated_sources(source_locale)
        context["request"] = parent_context["request"]
        return context


@hooks.register("construct_homepage_panels")
def add_translation_worklist(request, panels):
    if request.user.has_perm("wagtail_localize.submit_translation"):
        panels.append(TranslationWorklistPanel())
