"""core.compat_django was checked against one Django version: any other fails here.

If this fails after an upgrade, do not just bump the constants: re-read each item listed in
the module's docstring against the new Django source first.
"""

import importlib.metadata
import io

import pytest
from django.core.management.base import OutputWrapper
from wagtail.models import Locale, Page

from core import compat_django as compat
from core.compat_treebeard import child_path
from core.tests.compat_checks import parameters, resolve
from home.models import HomePage


def test_installed_django_is_the_version_the_shims_were_checked_against():
    installed = importlib.metadata.version("django")
    assert installed == compat.CHECKED_VERSION, (
        f"Django {installed} is installed but core/compat_django.py was checked against "
        f"{compat.CHECKED_VERSION}: re-check every item listed there, then update CHECKED_VERSION")


@pytest.mark.parametrize("dotted", sorted(compat.EXPECTED_SIGNATURES))
def test_each_internal_still_exists_with_the_expected_signature(dotted):
    assert parameters(resolve(dotted)) == compat.EXPECTED_SIGNATURES[dotted], dotted


@pytest.mark.parametrize("override", sorted(compat.OVERRIDES))
def test_each_override_keeps_the_signature_of_the_hook_it_overrides(override):
    hook = compat.OVERRIDES[override]
    method = resolve(override)
    assert method is not resolve(hook), f"{override} no longer overrides {hook}"
    assert parameters(method) == parameters(resolve(hook)) == compat.EXPECTED_SIGNATURES[hook]


def test_batched_insert_writes_the_child_rows_of_existing_parent_rows(db):
    # HomePage is a multi-table page model: bulk_create() refuses it.
    root = Page.get_first_root_node()
    base = Page.objects.bulk_create([Page(
        title="Beranda uji", draft_title="Beranda uji", slug="beranda-uji", locale=Locale.get_default(),
        path=child_path(Page, root.path, root.depth + 1, root.numchild + 1), depth=root.depth + 1, numchild=0,
        url_path="/beranda-uji/", live=True)])[0]
    fields = HomePage._meta.local_concrete_fields
    compat.batched_insert(HomePage.objects.all(), [HomePage(page_ptr_id=base.pk)], fields, batch_size=10)
    assert HomePage.objects.filter(pk=base.pk, title="Beranda uji").exists()


@pytest.mark.parametrize("tty", [False, True])
def test_plain_stream_writes_text_as_given(tty):
    class Stream(io.StringIO):
        def isatty(self):
            return tty

    target = Stream()
    wrapper = OutputWrapper(target)
    wrapper.style_func = lambda text: f"<styled>{text}</styled>"
    stream = compat.plain_stream(wrapper)
    stream.write("\r[##..] 1/2")
    stream.write("\r[####] 2/2")
    stream.flush()
    assert target.getvalue() == "\r[##..] 1/2\r[####] 2/2"
    assert stream.isatty() is tty
