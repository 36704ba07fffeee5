"""The search modules import each other without cycles, and modelsearch only through the shim.

Read from the source (imports inside functions included), so a cycle cannot hide behind a
deferred import.
"""

import ast
from pathlib import Path

SEARCH = Path(__file__).resolve().parents[1]
COMPAT = {"search.compat_modelsearch"}


def _module_name(path: Path) -> str:
    parts = path.relative_to(SEARCH.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules():
    return {_module_name(p): p for p in SEARCH.rglob("*.py") if "tests" not in p.relative_to(SEARCH).parts}


def _imports(name: str, path: Path) -> set[str]:
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)  # "from . import x"
    return found


def _graph():
    modules = _modules()
    return {name: {target for target in _imports(name, path) if target in modules and target != name}
            for name, path in modules.items()}


def _cycle(graph):
    state, stack = {}, []

    def visit(node):
        state[node] = "open"
        stack.append(node)
        for target in sorted(graph[node]):
            if state.get(target) == "open":
                return stack[stack.index(target):] + [target]
            if target not in state and (found := visit(target)):
                return found
        stack.pop()
        state[node] = "done"
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_search_modules_import_each_other_without_a_cycle():
    assert _cycle(_graph()) is None, " -> ".join(_cycle(_graph()))


def test_the_cycle_finder_finds_a_planted_cycle():
    graph = _graph()
    graph["search.kinds"] = graph["search.kinds"] | {"search.service"}  # service imports kinds
    assert _cycle(graph) is not None


def test_kinds_vocabulary_and_service_no_longer_depend_on_each_other_both_ways():
    graph = _graph()
    assert "search.kinds" in graph["search.vocabulary"] and "search.service" not in graph["search.vocabulary"]
    assert "search.vocabulary" in graph["search.service"]


def test_modelsearch_is_imported_only_by_its_compat_module():
    offenders = {name for name, path in _modules().items() if name not in COMPAT
                 and any(t == "modelsearch" or t.startswith("modelsearch.") for t in _imports(name, path))}
    assert not offenders, f"import modelsearch internals through search.compat_modelsearch: {sorted(offenders)}"
