"""The mutation table of bench/mutation_check.py stays current: every rule it disables is still in the source.

A snippet that moved (the rule was rewritten) makes its mutation "stale": the run reports it, but nobody runs
the whole table on every change, and four entries had gone stale unnoticed (session 12). This test reads the
table and finds each snippet exactly once in its file, so a rewrite of a protected rule fails here until the
table follows it.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _table() -> dict[str, tuple[str, str, str, list[str]]]:
    spec = importlib.util.spec_from_file_location("mutation_check", ROOT / "bench" / "mutation_check.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.MUTATIONS


def test_every_mutation_snippet_is_in_its_file_once():
    stale = {name: rel for name, (rel, old, _new, _tests) in _table().items()
             if (ROOT / rel).read_text(encoding="utf-8").count(old) != 1}
    assert stale == {}


def test_every_mutation_names_existing_tests():
    missing = {name: t for name, (_rel, _old, _new, tests) in _table().items() for t in tests
               if not (ROOT / t.split("::")[0]).exists()}
    assert missing == {}
