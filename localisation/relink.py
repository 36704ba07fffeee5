"""How links between translated objects follow the translations.

wagtail-localize copies links to pages in inline rows (a post's authors, its programmes,
the home page's highlights), the page's own foreign keys to pages (a service's unit: it
synchronises page links rather than translating them, see wagtail_localize/fields.py) and
many-to-many links to snippets (categories) unchanged from the Indonesian source, so an
English post would point at Indonesian authors and categories. `relink_to_locale()` swaps each
such link for its translation in the page's own locale when that translation exists (and leaves
it alone when it does not yet exist). It runs
before every save of a page (pre_save, connected per page model in LocalisationConfig.ready()
so other models' saves never call it), which covers each path that writes a translation:
the translation editor, "Translate this page", sync, PO upload and the demo content; the
approval module calls it explicitly for drafts that are written as revisions only.
"""

from collections import defaultdict

from django.conf import settings
from django.db.models.signals import post_save, pre_save
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import get_all_child_relations
from wagtail.models import Page, TranslatableMixin, get_page_models

from editorial.roles import grant_translators_on


def _translatable_fks(model):
    return [
        field for field in model._meta.concrete_fields
        if field.is_relation and field.many_to_one and field.related_model is not None
        and issubclass(field.related_model, TranslatableMixin)
        and field.name not in {"locale", "page"} and not getattr(field.remote_field, "parent_link", False)
        and type(field).__name__ != "ParentalKey"
    ]


def _links(page):
    """(holder, attribute, related model) for every relinkable link of `page`, read in memory."""
    # The page's own foreign keys (a service's unit); Page's own fields (alias_of) are not links.
    for fk in _translatable_fks(type(page)):
        if fk.model is not Page and getattr(page, fk.attname) is not None:
            yield page, fk, fk.related_model
    for relation in get_all_child_relations(type(page)):
        if relation.name == "comments" or relation.name == "wagtail_admin_comments":
            continue
        fks = _translatable_fks(relation.related_model)
        if not fks:
            continue
        for child in getattr(page, relation.get_accessor_name()).all():
            for fk in fks:
                if getattr(child, fk.attname) is not None:
                    yield child, fk, fk.related_model


def _translations(model, pks, locale_id):
    """{pk of an object in another locale: pk of its translation in `locale_id`} in two queries."""
    base = model._meta.base_manager
    keys = dict(base.filter(pk__in=pks).exclude(locale_id=locale_id).values_list("pk", "translation_key"))
    if not keys:
        return {}
    translated = dict(base.filter(translation_key__in=keys.values(), locale_id=locale_id)
                      .values_list("translation_key", "pk"))
    return {pk: translated[key] for pk, key in keys.items() if key in translated}


def relink_to_locale(page):
    """Point the page's links at their translations in the page's locale; return how many changed."""
    if not page.locale_id:
        return 0
    changed = 0
    by_model = defaultdict(list)
    for child, fk, model in _links(page):
        by_model[model].append((child, fk))
    for model, links in by_model.items():
        mapping = _translations(model, {getattr(child, fk.attname) for child, fk in links}, page.locale_id)
        for child, fk in links:
            new_pk = mapping.get(getattr(child, fk.attname))
            if new_pk is not None:
                setattr(child, fk.attname, new_pk)
                changed += 1
    for field in type(page)._meta.get_fields():
        if isinstance(field, ParentalManyToManyField) and issubclass(field.related_model, TranslatableMixin):
            current = list(getattr(page, field.name).all())
            mapping = _translations(field.related_model, {obj.pk for obj in current}, page.locale_id)
            if mapping:
                wanted = [mapping.get(obj.pk, obj.pk) for obj in current]
                setattr(page, field.name, field.related_model._meta.base_manager.filter(pk__in=wanted))
                changed += 1
    return changed


def relink_before_save(sender, instance, update_fields=None, **kwargs):
    # Metadata-only saves (revision bookkeeping, locking) do not touch links.
    if update_fields is not None:
        return
    relink_to_locale(instance)


def grant_translators_on_new_root(sender, instance, created=False, raw=False, **kwargs):
    """A new translation of the home page is where translators work: give them their rights there."""
    if created and not raw and instance.depth == 2 and instance.locale.language_code != settings.LANGUAGE_CODE:
        grant_translators_on(instance)


def connect_signals():
    # Per concrete page model (not globally): a save of any other model never reaches the hook.
    for model in get_page_models():
        if model is not Page:
            pre_save.connect(relink_before_save, sender=model,
                             dispatch_uid=f"localisation.relink_before_save.{model._meta.label_lower}")
    post_save.connect(grant_translators_on_new_root, sender="home.HomePage",
                      dispatch_uid="localisation.grant_translators_on_new_root")
