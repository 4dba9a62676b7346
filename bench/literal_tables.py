#!/usr/bin/env python3
"""List the literal collections of Chinese words still written in the package's Python (issue 10.1).

    python bench/literal_tables.py [MIN_ENTRIES]      (default 3)

A tuple, list, set or dict literal, a ``"… …".split()`` or a ``frozenset("…")`` of characters that holds at
least MIN_ENTRIES strings with a Han character is reported with its file, line, size and first entries.
Linguistic knowledge belongs in quizgen/data/ (STYLE.md); this shows what is left to move.
"""
from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HAN = re.compile(r"[\u3400-\u9fff]")


def _strings(node: ast.AST) -> list[str]:
    """The string entries of a collection literal (dict: its keys), else []."""
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    if isinstance(node, ast.Dict):
        return [e.value for e in node.keys if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split" \
            and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str):
        return node.func.value.value.split()
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("frozenset", "set") \
            and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
        return list(node.args[0].value)
    return []


def literals(min_entries: int) -> list[tuple[str, int, list[str]]]:
    """(file, line, Han entries) of every such literal, in file and line order."""
    out = []
    for path in sorted((ROOT / "quizgen").rglob("*.py")):
        lines_seen: set[int] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            han = [s for s in _strings(node) if HAN.search(s)]
            if len(han) >= min_entries and node.lineno not in lines_seen:  # type: ignore[attr-defined]
                lines_seen.add(node.lineno)  # type: ignore[attr-defined]
                out.append((str(path.relative_to(ROOT)), node.lineno, han))  # type: ignore[attr-defined]
    return sorted(out)


def main() -> None:
    found = literals(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
    for path, line, han in found:
        print(f"{path}:{line}  {len(han):3d}  {' '.join(han[:8])}")
    print(f"{len(found)} literals, {sum(len(h) for _, _, h in found)} entries, "
          f"{len({p for p, _, _ in found})} modules")


if __name__ == "__main__":
    main()
