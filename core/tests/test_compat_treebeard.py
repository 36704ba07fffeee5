"""core.compat_treebeard was checked against one django-treebeard version: any other fails here."""

import importlib.metadata

import pytest
from wagtail.models import Page

from core import compat_treebeard as compat
from core.tests.compat_checks import parameters, resolve


def test_installed_treebeard_is_the_version_the_shim_was_checked_against():
    installed = importlib.metadata.version("django-treebeard")
    assert installed == compat.CHECKED_VERSION, (
        f"django-treebeard {installed} is installed but core/compat_treebeard.py was checked against "
        f"{compat.CHECKED_VERSION}: re-check the shim listed there, then update CHECKED_VERSION")


@pytest.mark.parametrize("dotted", sorted(compat.EXPECTED_SIGNATURES))
def test_each_internal_still_exists_with_the_expected_signature(dotted):
    assert parameters(resolve(dotted)) == compat.EXPECTED_SIGNATURES[dotted], dotted


def test_child_path_is_the_path_add_child_gives(db):
    parent = Page.get_first_root_node().add_child(instance=Page(title="Induk", slug="induk-compat"))
    children = [parent.add_child(instance=Page(title=f"Anak {n}", slug=f"anak-{n}")) for n in (1, 2)]
    assert [compat.child_path(Page, parent.path, parent.depth + 1, n) for n in (1, 2)] == [c.path for c in children]
