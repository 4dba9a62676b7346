"""The module import graph of the whole quizgen package has no cycle (issue 10: stages import downwards only).

Every ``import``/``from … import`` counts, at module level or inside a function (a function-level import is
a dependency too; it only hides the cycle until the function runs), except those under ``if TYPE_CHECKING:``.
``from pkg import name`` is an edge to ``pkg.name`` when that is a module, else to ``pkg``. An edge to one of
the module's own parent packages is no edge: a package's ``__init__`` is imported before any of its modules
anyway (``quizgen.cache`` reading ``quizgen.__version__``).
"""
from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "quizgen"


def modules(root: Path = PACKAGE) -> dict[str, Path]:
    out = {}
    for path in root.rglob("*.py"):
        rel = path.relative_to(root.parent).with_suffix("")
        out[".".join(rel.parts[:-1] if rel.name == "__init__" else rel.parts)] = path
    return out


def imports(path: Path, me: str, known: set[str]) -> set[str]:
    """The modules of ``known`` that ``path`` (module ``me``) imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip |= {id(n) for branch in node.body for n in ast.walk(branch)}
    package = me if path.name == "__init__.py" else me.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from .x import y
                parts = package.split(".")
                base = ".".join(parts[:len(parts) - node.level + 1] + ([base] if base else []))
            for a in node.names:
                out.add(f"{base}.{a.name}" if f"{base}.{a.name}" in known else base)
    parents = {".".join(me.split(".")[:k]) for k in range(1, me.count(".") + 1)}
    return {m for m in out if m in known and m != me and m not in parents}


def graph(root: Path = PACKAGE) -> dict[str, set[str]]:
    mods = modules(root)
    names = set(mods)
    return {m: imports(p, m, names) for m, p in mods.items()}


def cycles(g: dict[str, set[str]]) -> set[frozenset[str]]:
    """The strongly connected components of more than one module (Tarjan), each a set of module names."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: set[frozenset[str]] = set()

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(g[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.add(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.add(frozenset(comp))

    for v in sorted(g):
        if v not in index:
            visit(v)
    return found


def test_the_package_has_no_import_cycle():
    g = graph()
    assert "quizgen.analysis.pipeline" in g["quizgen.build"]  # the graph sees real (function-level) imports
    assert "quizgen.export.worksheet.gapped" in g["quizgen.export.worksheet.context"]
    found = cycles(g)
    assert not found, "import cycles: " + "; ".join(" <-> ".join(sorted(c)) for c in sorted(found, key=sorted))


def test_cycles_are_found(tmp_path):
    """The checker itself: a cycle through a function-level import and a relative import is found; a parent
    package's name and a TYPE_CHECKING import are no edges."""
    pkg = tmp_path / "quizgen"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("def f():\n    from quizgen.sub import b\n", encoding="utf-8")
    (pkg / "sub" / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "sub" / "a.py").write_text("from quizgen import __version__\nfrom . import b\n", encoding="utf-8")
    (pkg / "sub" / "b.py").write_text("def g():\n    import quizgen.sub.a\n", encoding="utf-8")
    (pkg / "c.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from quizgen.sub import a\n",
                              encoding="utf-8")
    g = graph(pkg)
    assert g["quizgen.sub.a"] == {"quizgen.sub.b"} and g["quizgen.c"] == set()
    assert cycles(g) == {frozenset({"quizgen.sub.a", "quizgen.sub.b"})}
