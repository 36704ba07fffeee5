"""COMPAT SHIM for django-treebeard: the private part of Wagtail's page tree the project uses.

Written and checked against django-treebeard==5.3.1 (CHECKED_VERSION; installed as a
dependency of wagtail==8.0.1, not pinned by the project itself). core/tests/test_compat_treebeard.py
fails when the installed version differs, or when what the shim relies on is gone or has
another signature (EXPECTED_SIGNATURES). On an upgrade: re-check, adapt, bump CHECKED_VERSION.

What each shim depends on:

1. ``child_path(model, parent_path, depth, step)``: the private classmethod
   ``MP_Node._get_path(path, depth, newstep)``, the materialised path of the ``step``-th child
   at ``depth`` below ``parent_path``. The bench loaders insert thousands of pages with
   ``bulk_create`` and compute their tree paths themselves instead of one ``add_child()`` each.
"""

from __future__ import annotations

CHECKED_VERSION = "5.3.1"

EXPECTED_SIGNATURES = {
    "treebeard.mp_tree:MP_Node._get_path": "(path, depth, newstep)",
}


def child_path(model, parent_path: str, depth: int, step: int) -> str:
    """The tree path of the ``step``-th (1-based) node at ``depth`` under ``parent_path``."""
    return model._get_path(parent_path, depth, step)
