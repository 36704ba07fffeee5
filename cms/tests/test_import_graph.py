"""The first-party apps import each other in one direction only.

Every first-party module outside tests/ and migrations/ is parsed (not imported), and every
import statement counts, including those inside functions: a deferred import still ties two
apps together, it only hides the tie from Python. The app-level graph must have no cycle,
`core` (what every app shares) must depend on no other first-party app, and the demo content
must be reachable only from the project's settings and URLs.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APPS = ("cms", "core", "home", "news", "programmes", "services", "search", "wordpress", "localisation", "demo",
        "editorial", "comments", "organisation", "twofactor", "ppid", "survey", "contact")
SKIPPED_FOLDERS = {"tests", "migrations"}


def present_apps():
    return [app for app in APPS if (ROOT / app / "__init__.py").exists()]


def modules(app):
    for path in sorted((ROOT / app).rglob("*.py")):
        if not SKIPPED_FOLDERS & set(path.relative_to(ROOT).parts):
            yield path


def module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return parts[:-1] if parts[-1] == "__init__" else parts


def package_of(path):
    return module_name(path) if path.name == "__init__.py" else module_name(path)[:-1]


def imported_names(path, package):
    """Dotted names of everything `path` imports, at any depth (relative ones resolved within `package`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            yield ".".join(base + ([node.module] if node.module else [])), node.lineno


def import_edges():
    """{(importing app, imported app): [where, ...]} for every cross-app import."""
    apps = present_apps()
    edges = {}
    for app in apps:
        for path in modules(app):
            for name, line in imported_names(path, package_of(path)):
                target = name.split(".")[0]
                if target in apps and target != app:
                    edges.setdefault((app, target), []).append(f"{path.relative_to(ROOT)}:{line}")
    return edges


def find_cycles(edges):
    """Every elementary cycle's path, found by a depth-first search from each app (the graph is tiny)."""
    graph = {}
    for source, target in edges:
        graph.setdefault(source, set()).add(target)
    cycles = set()

    def walk(start, node, path):
        for nxt in sorted(graph.get(node, ())):
            if nxt == start:
                cycle = path + [start]
                # One rotation per cycle: the one that starts at its smallest app.
                body = cycle[:-1]
                i = body.index(min(body))
                cycles.add(tuple(body[i:] + body[:i] + [body[i]]))
            elif nxt not in path and nxt > start:
                walk(start, nxt, path + [nxt])

    for start in sorted(graph):
        walk(start, start, [start])
    return sorted(cycles)


def describe(cycle, edges):
    steps = []
    for source, target in zip(cycle, cycle[1:], strict=False):
        steps.append(f"  {source} -> {target}: " + ", ".join(edges[(source, target)][:3]))
    return " -> ".join(cycle) + "\n" + "\n".join(steps)


def test_the_checker_sees_a_planted_cycle():
    edges = {("a", "b"): ["a/x.py:1"], ("b", "c"): ["b/y.py:2"], ("c", "a"): ["c/z.py:3"], ("c", "d"): ["c/z.py:4"]}
    assert find_cycles(edges) == [("a", "b", "c", "a")]
    assert find_cycles({("a", "b"): [], ("b", "c"): []}) == []


def test_imports_inside_functions_and_relative_imports_count(tmp_path):
    module = tmp_path / "mod.py"
    module.write_text("import home.models\n\ndef f():\n    from news.queries import latest_news\n"
                      "    from ..cms import cache\n    from . import x\n")
    assert [name for name, _ in imported_names(module, ["search", "sub"])] == [
        "home.models", "news.queries", "search.cms", "search.sub"]


def test_no_import_cycle_between_apps():
    edges = import_edges()
    cycles = find_cycles(edges)
    assert not cycles, "Import cycles between apps:\n" + "\n".join(describe(c, edges) for c in cycles)


def test_core_depends_on_no_other_app():
    if "core" not in present_apps():
        pytest.skip("no core app on this branch yet")
    used = {target: where for (source, target), where in import_edges().items() if source == "core"}
    assert not used, f"core imports other first-party apps: {used}"


def test_only_the_project_settings_and_urls_import_demo():
    allowed = ("cms/settings/", "cms/urls.py")
    offenders = [where for (source, target), places in import_edges().items() if target == "demo"
                 for where in places if not where.startswith(allowed)]
    assert not offenders, f"demo content is imported from outside cms settings/urls: {offenders}"


# Libraries whose internals the project reaches only through one labelled compat module.
COMPAT_ONLY = {"modelsearch": "search/compat_modelsearch.py", "treebeard": "core/compat_treebeard.py"}


def test_libraries_with_a_compat_module_are_imported_only_there():
    offenders = []
    for app in present_apps():
        for path in modules(app):
            where = str(path.relative_to(ROOT))
            for name, line in imported_names(path, package_of(path)):
                library = name.split(".")[0]
                if library in COMPAT_ONLY and where != COMPAT_ONLY[library]:
                    offenders.append(f"{where}:{line} imports {name} (use {COMPAT_ONLY[library]})")
    assert not offenders, "\n".join(offenders)
