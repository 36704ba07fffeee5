"""localisation.compat_wagtail_localize was checked against one wagtail-localize version: any other fails here.

If this fails after an upgrade, do not just bump the constants: re-read each shim listed in
the module's docstring against the new wagtail-localize source first.
"""

import ast
import importlib
import importlib.metadata
import inspect
import re
from pathlib import Path

import pytest
from django.apps import apps
from django.template.loader import get_template
from django.urls import resolve, reverse

from core.tests.compat_checks import parameters as _parameters
from core.tests.compat_checks import resolve as _resolve
from localisation import compat_wagtail_localize as compat

APPROVAL = Path(compat.__file__).resolve().parent / "translation_approval"




def test_installed_wagtail_localize_is_the_version_the_shims_were_checked_against():
    installed = importlib.metadata.version("wagtail-localize")
    assert installed == compat.CHECKED_VERSION, (
        f"wagtail-localize {installed} is installed but localisation/compat_wagtail_localize.py was checked "
        f"against {compat.CHECKED_VERSION}: re-check every shim listed there, then update CHECKED_VERSION")


@pytest.mark.parametrize("dotted", sorted(compat.EXPECTED_SIGNATURES))
def test_each_internal_still_exists_with_the_expected_signature(dotted):
    assert _parameters(_resolve(dotted)) == compat.EXPECTED_SIGNATURES[dotted], dotted


@pytest.mark.parametrize("module", sorted(compat.EXPECTED_DEFINITIONS))
def test_each_decorated_view_is_still_defined_as_expected(module):
    source = inspect.getsource(importlib.import_module(module))
    for line in compat.EXPECTED_DEFINITIONS[module]:
        assert line in source, f"{module}: {line}"


def test_the_patch_is_installed_with_the_signature_it_replaces():
    from wagtail_localize.models import TranslationSource

    from localisation.translation_approval import drafts

    assert TranslationSource.create_or_update_translation is drafts.create_or_update_translation
    assert compat.original_create_or_update_translation is not drafts.create_or_update_translation
    assert _parameters(drafts.create_or_update_translation) == _parameters(
        compat.original_create_or_update_translation)


@pytest.mark.parametrize("label", sorted(compat.EXPECTED_FIELDS))
def test_the_fields_the_patch_reads_still_exist(label):
    names = {f.name for f in apps.get_model(label)._meta.get_fields()}
    missing = set(compat.EXPECTED_FIELDS[label]) - names
    assert not missing, f"{label} lost {missing}"


@pytest.mark.parametrize("guard", sorted(compat.GUARDED_ROUTES))
def test_each_guard_shadows_the_wagtail_localize_view_on_the_same_path(guard):
    shadowed, route = compat.GUARDED_ROUTES[guard]
    args = [7 if converter == "int" else "news" for converter in re.findall(r"<(\w+):", route)]
    path = reverse(guard, args=args)
    assert path == reverse(f"wagtail_localize:{shadowed}", args=args)
    assert resolve(path).url_name == guard  # the guard is found first


@pytest.mark.parametrize("name", compat.URL_NAMES)
def test_the_url_names_the_templates_use_exist(name):
    assert reverse(f"wagtail_localize:{name}", args=[1])


def test_the_po_header_is_the_one_wagtail_localize_writes_and_reads():
    from wagtail_localize.models import Translation
    from wagtail_localize.views import edit_translation

    assert f'"{compat.PO_TRANSLATION_ID_HEADER}"' in inspect.getsource(Translation.export_po)
    assert f'"{compat.PO_TRANSLATION_ID_HEADER}"' in inspect.getsource(edit_translation.upload_pofile)


def test_the_overridden_editor_template_has_the_block_and_context_the_panel_uses():
    from wagtail_localize.views import edit_translation

    package_template = Path(edit_translation.__file__).resolve().parents[1] / "templates" / compat.EDITOR_TEMPLATE
    assert "{% block content %}" in package_template.read_text()
    source = inspect.getsource(edit_translation.edit_translation)
    assert f'template = "{compat.EDITOR_TEMPLATE}"' in source
    for key in compat.EDITOR_CONTEXT:
        assert f'"{key}":' in source, key
    # The project's override is the one Django finds.
    assert "translation_approval_panel" in get_template(compat.EDITOR_TEMPLATE).template.source


def test_the_approval_package_imports_wagtail_localize_only_through_the_shim():
    offenders = []
    for path in sorted(APPROVAL.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else [])
            offenders += [f"{path.name}:{node.lineno}" for n in names if n.split(".")[0] == "wagtail_localize"]
    assert not offenders, f"import wagtail_localize through localisation.compat_wagtail_localize: {offenders}"
