"""Shared set-up for the localisation tests: the English locale, translations made through
wagtail-localize's own APIs, and a user per editorial role.

`translate()` does what the translation editor does: a TranslationSource for the page, a
Translation into English, one StringTranslation per segment, then save_target().
"""

import re
from types import SimpleNamespace

import pytest
from django.test import Client
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from editorial.roles import PENERJEMAH, PENULIS, PENYETUJU, sync_roles
from editorial.tests import editorial


def english_locale():
    return Locale.objects.get_or_create(language_code="en")[0]


def english_text(text):
    """A recognisable stand-in translation of `text` (slugs stay valid slugs)."""
    if re.fullmatch(r"[a-z0-9-]+", text):
        return f"en-{text}"
    return f"[EN] {text}"


def translation_for(instance, locale=None):
    locale = locale or english_locale()
    source, _ = TranslationSource.update_or_create_from_instance(instance)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale,
                                                       defaults={"enabled": True})
    return translation


def fill_segments(translation, translate=english_text, only=None, user=None):
    """Translate every string segment (or those whose text contains `only`)."""
    for segment in translation.source.stringsegment_set.select_related("string", "context"):
        if only is not None and only not in segment.string.data:
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string, locale=translation.target_locale, context=segment.context,
            defaults={"data": translate(segment.string.data), "last_translated_by": user})


def translate(instance, translate=english_text, publish=True, user=None):
    """Translate `instance` into English through wagtail-localize; return (translation, English instance)."""
    translation = translation_for(instance)
    fill_segments(translation, translate, user=user)
    if not issubclass(translation.source.specific_content_type.model_class(), Page):
        translation.save_target(user=user, publish=True)
    else:
        # wagtail-localize publishes pages in transaction.on_commit, which never runs inside a
        # test's transaction: save a draft and publish its revision directly instead.
        translation.save_target(user=user, publish=False)
        target = translation.get_target_instance()
        if publish:
            target.specific.get_latest_revision().publish(user=user)
    target = translation.get_target_instance()
    return translation, (target.specific if isinstance(target, Page) else target)


def make_user(username, role=None, superuser=False):
    """As editorial.make_user, with the admin in English: the assertions read English messages."""
    return editorial.make_user(username, role, superuser, language="en")


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def bilingual(site_tree):
    """The small site of conftest, the roles, and published English home, news index and author."""
    sync_roles()
    english_locale()
    english = {}
    for key in ("home", "news_index", "author_index", "author", "programme_index", "programme"):
        english[key] = translate(site_tree[key])[1]
    users = {"penulis": make_user("penulis", PENULIS), "penyetuju": make_user("penyetuju", PENYETUJU),
             "penerjemah": make_user("penerjemah", PENERJEMAH), "admin": make_user("admin", superuser=True)}
    return SimpleNamespace(**site_tree, en=SimpleNamespace(**english), users=users)
