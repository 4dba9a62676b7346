"""The documented items JSON (``decks/<name>.items.json``; schema in docs/items-json.md).

Deterministic: keys in a fixed order (declaration order of the dataclasses; nested dicts sorted), items in
generation order, UTF-8 with ``ensure_ascii=False``, two-space indent, trailing newline. The same ItemSet
always gives the same bytes, so the file can be diffed and used as a golden file.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from quizgen.atomic import write_atomic
from quizgen.errors import QuizgenError
from quizgen.items.itemset import ItemSet


def items_dict(itemset: ItemSet) -> dict[str, Any]:
    """The JSON-ready dict of an ItemSet (see :meth:`ItemSet.to_dict`)."""
    return itemset.to_dict()


def dumps(itemset: ItemSet) -> str:
    return json.dumps(items_dict(itemset), ensure_ascii=False, indent=2) + "\n"


def write_items_json(itemset: ItemSet, path: str | Path) -> Path:
    """Write the items JSON atomically (temporary file + rename); returns the path written."""
    return write_atomic(path, dumps(itemset))


def read_items_json(path: str | Path) -> ItemSet:
    """Read an items JSON written by :func:`write_items_json`."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise QuizgenError(f"cannot read items file {path}: {e}. Rebuild it with quizgen build --format json") from None
    return ItemSet.from_dict(data)
