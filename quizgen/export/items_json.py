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
    """The file's text: ``json.dumps(items_dict(itemset), ensure_ascii=False, indent=2)`` and a newline."""
    data = items_dict(itemset)
    try:
        return indented(data) + "\n"
    except _Unusual:
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


class _Unusual(Exception):
    """A value :func:`indented` leaves to the json module (a dict key that is not a string, a non-finite
    float, a type JSON has no form for)."""


_ESCAPE = json.encoder.encode_basestring  # the json module's own string escape (its C version when built)


def indented(value: Any) -> str:
    """The same text as ``json.dumps(value, ensure_ascii=False, indent=2)`` for dicts with string keys, lists,
    tuples, strings, ints, finite floats, booleans and None; raises :class:`_Unusual` on anything else. With
    ``indent`` the json module encodes in Python, one generator per container, which made the items files of a
    long text a large part of its build (docs/benchmarks.md); this writes the same characters in one pass."""
    out: list[str] = []
    _write(value, out, "\n")
    return "".join(out)


def _write(value: Any, out: list[str], newline: str) -> None:
    """Append ``value``'s JSON to ``out``; ``newline``: a newline and the indentation of its own line."""
    kind = type(value)
    if kind is str:
        out.append(_ESCAPE(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif kind is int:
        out.append(int.__repr__(value))
    elif kind is float:
        if value != value or value in (float("inf"), float("-inf")):
            raise _Unusual(value)
        out.append(float.__repr__(value))
    elif kind is dict:
        if not value:
            out.append("{}")
            return
        inner = newline + "  "
        sep = "{" + inner
        for k, v in value.items():
            if type(k) is not str:
                raise _Unusual(k)
            out.append(sep)
            out.append(_ESCAPE(k))
            out.append(": ")
            _write(v, out, inner)
            sep = "," + inner
        out.append(newline + "}")
    elif kind is list or kind is tuple:
        if not value:
            out.append("[]")
            return
        inner = newline + "  "
        sep = "[" + inner
        for v in value:
            out.append(sep)
            _write(v, out, inner)
            sep = "," + inner
        out.append(newline + "]")
    else:
        raise _Unusual(kind)


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
