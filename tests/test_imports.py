"""No import circle among sgdc's modules.

The graph is built from the source text, not by importing: an edge ``a -> b`` for every ``import`` /
``from ... import`` statement of module ``a`` that names module ``b`` of the package (``from sgdc.ir import
model`` names ``sgdc.ir.model``; ``from sgdc.ir.model import Model`` names ``sgdc.ir.model``).

* **Module level** (:func:`test_no_import_cycle_at_module_level`): the statements a module runs when it is
  imported: at its top level and inside top-level ``if``/``try``/``with`` blocks.  Imports inside functions
  and methods (lazy imports, run when called) are excluded there.
* Lazy imports are checked for the one circle this package had (:func:`test_schedule_does_not_reach_the_checker`):
  the schedule's field table types a step override without the checker, through any import, lazy or not.

A package's ``__init__`` that Python runs before a submodule is not an edge (every submodule would otherwise
close a loop with an ``__init__`` that re-exports it).
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "sgdc"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _resolve(name: str, modules) -> str | None:
    """The package module that ``name`` (a dotted name) refers to: itself, or its longest module prefix."""
    while name:
        if name in modules:
            return name
        name = name.rpartition(".")[0]
    return None


def _imports(tree, module: str, modules, lazy: bool) -> set:
    """Modules of the package that ``module``'s statements import (with ``lazy``: also inside functions)."""
    out = set()
    package = module if modules[module].name == "__init__.py" else module.rpartition(".")[0]

    def visit(nodes):
        for node in nodes:
            if isinstance(node, ast.Import):
                for alias in node.names:
                    out.add(_resolve(alias.name, modules))
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:  # relative: from its package, up level - 1
                    anchor = package.split(".")
                    anchor = anchor[:len(anchor) - (node.level - 1)]
                    base = ".".join(anchor + ([base] if base else []))
                for alias in node.names:  # `from a import b` names a.b when b is a module, else a
                    out.add(_resolve(f"{base}.{alias.name}", modules) or _resolve(base, modules))
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                if lazy:
                    visit(ast.iter_child_nodes(node))
            else:
                visit(ast.iter_child_nodes(node))

    visit(tree.body)
    out.discard(None)
    out.discard(module)
    return out


def import_graph(lazy: bool = False, modules=None) -> dict:
    """``{module: {modules it imports}}`` for every module of the package."""
    modules = MODULES if modules is None else modules
    graph = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        graph[name] = _imports(tree, name, modules, lazy)
    return graph


def find_cycle(graph: dict) -> list | None:
    """One import circle ``[a, b, ..., a]``, or None (depth-first search, three colours)."""
    colour = dict.fromkeys(graph, 0)  # 0 unvisited, 1 on the current path, 2 done
    path: list = []

    def dfs(node):
        colour[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if colour.get(nxt, 2) == 1:
                return path[path.index(nxt):] + [nxt]
            if colour.get(nxt) == 0:
                found = dfs(nxt)
                if found:
                    return found
        path.pop()
        colour[node] = 2
        return None

    for node in sorted(graph):
        if colour[node] == 0:
            found = dfs(node)
            if found:
                return found
    return None


def test_the_graph_sees_the_package():
    graph = import_graph()
    assert {"sgdc.ir.schedule", "sgdc.frontend.checker", "sgdc.frontend.step", "sgdc.ir.model"} <= set(graph)
    # edges are found through every form of import statement the package uses
    assert "sgdc.ir.schedule" in graph["sgdc.frontend.checker"]  # from sgdc.ir.schedule import (...)
    assert "sgdc.ir.model" in graph["sgdc.frontend.checker"]  # from sgdc.ir import model as ir
    assert "sgdc.frontend.step" in graph["sgdc.ir.schedule"]
    assert "sgdc.frontend.checker" not in graph["sgdc.ir.schedule"]


def test_the_cycle_finder_finds_cycles():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None
    assert find_cycle({"a": {"a2"}, "a2": {"b"}, "b": {"a2"}}) == ["a2", "b", "a2"]


def test_the_cycle_finder_sees_a_circle_written_as_imports(tmp_path):
    # the same parser on files: a lazy circle is seen only when lazy imports count
    pkg = tmp_path / "sgdc"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from sgdc import b\n")
    (pkg / "b.py").write_text("def f():\n    from sgdc.a import g\n")
    modules = {"sgdc": pkg / "__init__.py", "sgdc.a": pkg / "a.py", "sgdc.b": pkg / "b.py"}
    assert find_cycle(import_graph(modules=modules)) is None
    assert find_cycle(import_graph(lazy=True, modules=modules)) == ["sgdc.a", "sgdc.b", "sgdc.a"]


def test_no_import_cycle_at_module_level():
    cycle = find_cycle(import_graph())
    assert cycle is None, "import circle among sgdc modules: " + " -> ".join(cycle)


def test_no_import_cycle_even_through_lazy_imports():
    # the layers import downwards only, also inside functions: frontend, ir, passes < backend < data, runtime <
    # commands (the package's version is sgdc.version, dims and extents live with the data in sgdc.data.dataset)
    cycle = find_cycle(import_graph(lazy=True))
    assert cycle is None, "import circle among sgdc modules (counting lazy imports): " + " -> ".join(cycle)


def _reaches(graph: dict, start: str, goal: str) -> bool:
    seen, todo = set(), [start]
    while todo:
        node = todo.pop()
        if node == goal:
            return True
        if node not in seen:
            seen.add(node)
            todo.extend(graph.get(node, ()))
    return False


@pytest.mark.parametrize("module", ["sgdc.ir.schedule", "sgdc.frontend.step"])
def test_schedule_does_not_reach_the_checker(module):
    # the step of an override is parsed by the parser's expression entry and typed by sgdc.frontend.step:
    # nothing the schedule imports, at module level or lazily, leads to the checker
    assert not _reaches(import_graph(lazy=True), module, "sgdc.frontend.checker")
    assert _reaches(import_graph(lazy=True), "sgdc.frontend.checker", module)
