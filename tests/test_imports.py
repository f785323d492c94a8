"""The package's imports go one way: no cycle, no private name from another module, no import
from a later layer. Read from the source with ``ast`` (imports inside functions count), so an
import hidden in a function body cannot hide a cycle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "analysis"

#: The layers in the order data flows (COMMON.md, README): a module may import from its own layer
#: and from earlier ones, never from a later one. ``data`` and ``notebooks`` are the installed
#: data packages (no code); ``analysis`` is the package's own ``__init__`` (re-exports, on top).
LAYERS = [
    "data", "notebooks",
    "errors", "lexicon", "reading", "actors", "quotes", "sources", "sentiment", "analysed", "views", "report",
    "corpus", "evaluation", "cli", "__main__", "analysis",
]


def module_name(path: Path, root: Path = PACKAGE) -> str:
    """``analysis/quotes/speakers.py`` -> ``analysis.quotes.speakers`` (a package is its ``__init__``)."""
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def layer(module: str) -> str:
    """The layer of ``analysis.x.y``: ``x``; the package itself is ``analysis``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def absolute(node: ast.ImportFrom, module: str, is_package: bool) -> str:
    """The module a ``from ... import`` reads from, relative dots resolved."""
    if not node.level:
        return node.module or ""
    base = (module if is_package else module.rpartition(".")[0]).split(".")
    base = base[: len(base) - node.level + 1]
    return ".".join(base + ([node.module] if node.module else []))


def imports_of(tree: ast.Module, module: str, is_package: bool) -> list[tuple[str, list[str], int]]:
    """Every import in the module, anywhere (functions, classes, ``if TYPE_CHECKING``):
    (module imported, names taken from it, line). Relative imports are made absolute; a call
    ``import_module("analysis.x")`` with a literal name counts too."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, [], node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            found.append((absolute(node, module, is_package), [alias.name for alias in node.names], node.lineno))
        elif (isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module"
              and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            found.append((node.args[0].value, [], node.lineno))
    return found


def module_aliases(tree: ast.Module, module: str, is_package: bool, modules: set[str]) -> dict[str, str]:
    """Local names bound to one of our modules (``from . import scoring as evaluate``)."""
    bound = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            bound |= {alias.asname: alias.name for alias in node.names if alias.asname and alias.name in modules}
        elif isinstance(node, ast.ImportFrom):
            target = absolute(node, module, is_package)
            bound |= {alias.asname or alias.name: f"{target}.{alias.name}" for alias in node.names
                      if f"{target}.{alias.name}" in modules}
    return bound


def package_graph(root: Path = PACKAGE) -> tuple[dict[str, set[str]], list[str]]:
    """The module graph of the package (edges include the parent packages an import runs) and
    the list of rule violations other than cycles."""
    files = {module_name(p, root): p for p in sorted(root.rglob("*.py"))}
    modules = set(files)
    top = root.name
    graph: dict[str, set[str]] = {m: set() for m in modules}
    problems = []
    for module, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        is_package = path.name == "__init__.py"
        own_packages = {".".join(module.split(".")[:i]) for i in range(1, len(module.split(".")) + 1)}
        for target, names, line in imports_of(tree, module, is_package):
            if target != top and not target.startswith(top + "."):
                continue  # the standard library or a dependency
            wanted = [target] + [f"{target}.{n}" for n in names if f"{target}.{n}" in modules]
            for imported in wanted:
                parts = imported.split(".")
                # importing a.b.c runs a, a.b and a.b.c; the packages this module sits in are already running
                runs = {".".join(parts[:i]) for i in range(1, len(parts) + 1)} - own_packages
                graph[module] |= {m for m in runs if m in modules and m != module}
                for m in runs | {imported}:
                    if layer(m) not in LAYERS:
                        problems.append(f"{path.name}:{line}: {m} is in no layer of LAYERS")
                    elif LAYERS.index(layer(m)) > LAYERS.index(layer(module)):
                        problems.append(f"{module}:{line} imports {m}: layer {layer(m)!r} comes after "
                                        f"{layer(module)!r}")
            for name in names:
                if name.startswith("_") and not name.startswith("__") and target != module:
                    problems.append(f"{module}:{line} imports the private name {name} from {target}")
        aliases = module_aliases(tree, module, is_package, modules)
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in aliases
                    and node.attr.startswith("_") and not node.attr.startswith("__")):
                problems.append(f"{module}:{node.lineno} uses the private name {node.attr} of "
                                f"{aliases[node.value.id]}")
    return graph, sorted(set(problems))


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a list of modules (first == last), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state:
            found = visit(start)
            if found:
                return found
    return None


def test_no_import_cycle():
    graph, _ = package_graph()
    assert len(graph) > 30, "the package's modules were not found"
    cycle = find_cycle(graph)
    assert cycle is None, "import cycle: " + " -> ".join(cycle)


def test_no_private_import_and_layers_go_one_way():
    _, problems = package_graph()
    assert not problems, "\n".join(problems)


def test_every_subpackage_has_a_layer():
    subpackages = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists()}
    modules = {p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__"}
    assert subpackages | modules <= set(LAYERS)


# ---------------------------------------------------------------- the checks themselves can fail


def _write(root: Path, files: dict[str, str]) -> Path:
    package = root / "analysis"
    for name, source in files.items():
        path = package / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")
    return package


@pytest.fixture
def toy(tmp_path):
    base = {
        "__init__.py": "",
        "errors.py": "",
        "lexicon/__init__.py": "",
        "lexicon/names.py": "from .resources import rules\n",
        "lexicon/resources.py": "def rules(): ...\ndef _hidden(): ...\n",
        "quotes/__init__.py": "",
        "quotes/extraction.py": "from ..lexicon.names import rules\n",
    }
    return lambda extra: _write(tmp_path, {**base, **extra})


def test_clean_toy_package_passes(toy):
    graph, problems = package_graph(toy({}))
    assert find_cycle(graph) is None and problems == []


def test_a_cycle_hidden_in_a_function_is_found(toy):
    package = toy({"lexicon/resources.py": "def rules():\n    from ..quotes.extraction import rules\n"})
    graph, problems = package_graph(package)
    assert find_cycle(graph) is not None
    assert any("layer 'quotes' comes after 'lexicon'" in p for p in problems)


def test_a_cycle_through_a_package_init_is_found(toy):
    package = toy({"lexicon/__init__.py": "from .names import rules\n",
                   "lexicon/resources.py": "import analysis.quotes.extraction\n",
                   "quotes/__init__.py": "from .extraction import rules\n"})
    cycle = find_cycle(package_graph(package)[0])
    assert cycle is not None and "analysis.quotes" in cycle


def test_a_private_name_from_another_module_is_found(toy):
    package = toy({"lexicon/names.py": "from .resources import _hidden\n",
                   "quotes/extraction.py": "from ..lexicon import resources\nresources._hidden()\n"})
    _, problems = package_graph(package)
    assert any("private name _hidden from analysis.lexicon.resources" in p for p in problems)
    assert any("uses the private name _hidden of analysis.lexicon.resources" in p for p in problems)
