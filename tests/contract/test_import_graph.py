"""The import graph of `app/`: no circle between modules, and the layers point one way
(routers → services → models → core, the demo network on top of the services).

Every module is parsed with `ast`, nothing is imported; every `app.…` import is resolved to the
module it names: module-level, inside a function and under `TYPE_CHECKING` alike, since an import
moved into a function to dodge a circle is still a circle. By hand:
`python -m tests.contract.test_import_graph` prints the circles and layer breaches found."""

import ast
import sys
from collections import deque
from dataclasses import dataclass
from pathlib import Path

APP = Path(__file__).resolve().parent.parent.parent / "app"

# A module under the key imports nothing from the packages in its value.
FORBIDDEN = {
    "app.core": ("app.models", "app.services", "app.routers", "app.demo"),
    "app.models": ("app.services", "app.routers", "app.demo"),
    "app.services": ("app.routers", "app.demo"),
}


@dataclass(frozen=True)
class Edge:
    importer: str
    imported: str
    line: int

    def __str__(self) -> str:
        return f"{self.importer} → {self.imported} (line {self.line})"


def app_modules(root: Path = APP) -> dict[str, Path]:
    """Dotted name → file, for every module and package of `app/`."""
    found = {}
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _resolve(name: str, known: set[str]) -> str | None:
    """The longest prefix of `name` that is a module of `app` (None outside `app`)."""
    parts = name.split(".")
    for end in range(len(parts), 0, -1):
        candidate = ".".join(parts[:end])
        if candidate in known:
            return candidate
    return None


def imports_of(
    module: str, source: str, known: set[str], *, is_package: bool = False
) -> list[Edge]:
    """The `app` modules that `source` (the text of `module`) imports, wherever the import sits."""
    package = module if is_package else module.rpartition(".")[0]
    edges = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            # `from pkg import sub` names the submodule; `from mod import thing` names the module.
            names = [f"{base}.{alias.name}" for alias in node.names] or [base]
        else:
            continue
        for name in names:
            target = _resolve(name, known)
            if target is not None and target != module:
                edges.append(Edge(module, target, node.lineno))
    return edges


def import_graph(modules: dict[str, Path] | None = None) -> list[Edge]:
    modules = app_modules() if modules is None else modules
    known = set(modules)
    edges = []
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        edges += imports_of(name, path.read_text("utf-8"), known, is_package=is_package)
    return edges


def _components(nodes: set[str], successors: dict[str, set[str]]) -> list[set[str]]:
    """Strongly connected components (Tarjan, iterative)."""
    index, low, on_stack, stack, result = {}, {}, set(), [], []
    for root in sorted(nodes):
        if root in index:
            continue
        work = [(root, iter(sorted(successors.get(root, ()))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(successors.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                result.append(component)
    return result


def cycles(edges: list[Edge]) -> list[list[Edge]]:
    """One shortest circle per group of modules that import each other, as the edges walked."""
    successors: dict[str, set[str]] = {}
    first_edge: dict[tuple[str, str], Edge] = {}
    for edge in edges:
        successors.setdefault(edge.importer, set()).add(edge.imported)
        first_edge.setdefault((edge.importer, edge.imported), edge)
    nodes = set(successors) | {edge.imported for edge in edges}
    found = []
    for component in _components(nodes, successors):
        if len(component) < 2:
            continue
        start = min(component)
        # Breadth-first from `start` back to itself, staying inside the component.
        came_from: dict[str, str] = {}
        queue = deque([start])
        while queue:
            node = queue.popleft()
            if start in successors.get(node, ()):
                path = [node]
                while path[-1] != start:
                    path.append(came_from[path[-1]])
                path.reverse()
                path.append(start)
                found.append([first_edge[(a, b)] for a, b in zip(path, path[1:], strict=False)])
                break
            for child in sorted(successors.get(node, ())):
                if child in component and child not in came_from and child != start:
                    came_from[child] = node
                    queue.append(child)
    return sorted(found, key=lambda cycle: cycle[0].importer)


def _within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def layer_breaches(edges: list[Edge]) -> list[Edge]:
    """Imports that point up the layers (a lower layer reaching into a higher one)."""
    return [
        edge
        for edge in edges
        for layer, above in FORBIDDEN.items()
        if _within(edge.importer, layer) and any(_within(edge.imported, up) for up in above)
    ]


def describe_cycle(cycle: list[Edge]) -> str:
    return "import cycle:\n" + "\n".join(f"  {edge}" for edge in cycle)


def test_no_import_cycle():
    found = cycles(import_graph())
    assert not found, "\n".join(describe_cycle(cycle) for cycle in found)


def test_layers_point_one_way():
    breaches = layer_breaches(import_graph())
    assert not breaches, "imports against the layers:\n" + "\n".join(f"  {e}" for e in breaches)


def test_the_walk_sees_function_level_and_relative_imports():
    known = {"app", "app.a", "app.b", "app.pkg", "app.pkg.c"}
    source = "import os\nfrom app import a\n\ndef f():\n    from app.b import thing\n"
    assert [(e.imported, e.line) for e in imports_of("app.x", source, known)] == [
        ("app.a", 2),
        ("app.b", 5),
    ]
    relative = "from . import c\nfrom .. import b\n"
    assert [e.imported for e in imports_of("app.pkg.d", relative, known)] == ["app.pkg.c", "app.b"]


def test_a_circle_is_found_and_shown_in_order():
    edges = [Edge("app.a", "app.b", 1), Edge("app.b", "app.c", 2), Edge("app.c", "app.a", 3)]
    edges += [Edge("app.c", "app.d", 4), Edge("app.x", "app.y", 5), Edge("app.y", "app.x", 6)]
    found = cycles(edges)
    assert [[(e.importer, e.imported) for e in cycle] for cycle in found] == [
        [("app.a", "app.b"), ("app.b", "app.c"), ("app.c", "app.a")],
        [("app.x", "app.y"), ("app.y", "app.x")],
    ]
    assert cycles(edges[3:5]) == []


def test_an_upward_import_is_a_breach():
    edges = [Edge("app.core.db", "app.models.user", 1), Edge("app.services.crud", "app.core.db", 2)]
    edges += [Edge("app.services.crud", "app.routers.spaces", 3), Edge("app.corely", "app.demo", 4)]
    assert layer_breaches(edges) == [edges[0], edges[2]]


def main() -> int:
    edges = import_graph()
    found, breaches = cycles(edges), layer_breaches(edges)
    for cycle in found:
        print(describe_cycle(cycle))
    if not found:
        print("no import cycle")
    for edge in breaches:
        print(f"against the layers: {edge}")
    if not breaches:
        print("layers point one way")
    return 1 if found or breaches else 0


if __name__ == "__main__":
    sys.exit(main())
