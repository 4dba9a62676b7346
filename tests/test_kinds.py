"""The item-kind registry and the module graph: every type set derives from one registry, and items/ has no
import cycle."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from quizgen.items import kinds

ROOT = Path(__file__).resolve().parent.parent / "quizgen"


def _imports(path: Path, package: str) -> set[str]:
    """quizgen modules imported anywhere in ``path`` (module level or inside functions, not TYPE_CHECKING)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip |= {id(n) for b in node.body for n in ast.walk(b)}
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name.startswith("quizgen")}
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("quizgen"):
            out.add(node.module)
            out |= {f"{node.module}.{a.name}" for a in node.names}
    return out


def _graph() -> dict[str, set[str]]:
    mods = {}
    for p in ROOT.rglob("*.py"):
        rel = p.relative_to(ROOT.parent).with_suffix("")
        name = ".".join(rel.parts[:-1] if rel.name == "__init__" else rel.parts)
        mods[name] = p
    return {m: {i for i in _imports(p, m) if i in mods and i != m} for m, p in mods.items()}


def _cycle(graph: dict[str, set[str]], within: str) -> list[str] | None:
    nodes = {m for m in graph if m.startswith(within)}
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(m: str) -> list[str] | None:
        state[m] = 1
        stack.append(m)
        for n in sorted(graph[m] & nodes):
            if state.get(n) == 1:
                return stack[stack.index(n):] + [n]
            if n not in state and (c := visit(n)):
                return c
        state[m] = 2
        stack.pop()
        return None

    for m in sorted(nodes):
        if m not in state and (c := visit(m)):
            return c
    return None


def test_items_has_no_import_cycle():
    graph = _graph()
    assert "quizgen.items.sections" in graph["quizgen.items.generate"]  # the graph sees real imports
    assert _cycle(graph, "quizgen.items.") is None


def test_cycle_finder_finds_a_cycle():
    assert _cycle({"a.x": {"a.y"}, "a.y": {"a.x"}}, "a.") == ["a.x", "a.y", "a.x"]


@pytest.mark.parametrize("name, expected", [
    ("GAP_TYPES", ("cloze", "choice", "word_bank", "passage_cloze")),
    ("CUT_TYPES", ("ordering", "insertion")),
    ("SHARED_OPTIONS", ("matching", "word_bank", "insertion")),
    ("FILL_IN_TYPES", ("cloze",)),
    ("CHOICE_TYPES", ("choice", "passage_cloze", "statement", "fact")),
    ("WORKSHEET_ONLY_TYPES", ("matching", "word_bank", "ordering", "insertion")),
    ("SKIPPED_TYPES", ("vocabulary",)),
    ("ONE_A_SHEET", ("insertion", "word_bank", "matching")),
    ("SCALED_TYPES", ("vocabulary", "cloze", "choice", "fact", "question", "judgment", "statement", "ordering")),
])
def test_type_sets_derive_from_the_registry(name, expected):
    assert set(expected) <= set(getattr(kinds, name))


def test_every_kind_is_complete():
    for k in kinds.KINDS:
        assert k.zh and k.en
        assert k.reading in ("", "gap", "slot", "ref")
        assert k.anki in ("", "vocabulary", "cloze", "choice")
        assert k.answer in ("word", "option", "letters")
        assert k.count in ("scaled", "fixed", "one")
        assert not (k.fill_in and k.anki == "choice")
    assert len(set(kinds.ITEM_TYPES)) == len(kinds.KINDS)


def test_no_type_set_is_redeclared():
    """A tuple, set or list of item-type names written out in a module other than kinds.py is a second registry
    (sets escaped this test until session 14: generate.SCALED, generate.ONE_EXERCISE, allocate.SHARING)."""
    names = set(kinds.ITEM_TYPES)
    for p in ROOT.rglob("*.py"):
        if p.name == "kinds.py":
            continue
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Tuple | ast.Set | ast.List) and len(node.elts) >= 2 and all(
                    isinstance(e, ast.Constant) and e.value in names for e in node.elts):
                pytest.fail(f"{p.relative_to(ROOT)}:{node.lineno}: item types listed outside kinds.py")
