"""The items file's text: the one-pass writer (items_json.indented) gives json.dumps's characters exactly."""
from __future__ import annotations

import enum
import json

from hypothesis import given
from hypothesis import strategies as st

from quizgen.export import items_json

_LEAVES = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) \
    | st.text()
_VALUES = st.recursive(_LEAVES, lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
                       | st.dictionaries(st.text(), inner, max_size=4), max_leaves=30)


def _json(value) -> str:  # type: ignore[no-untyped-def]
    return json.dumps(value, ensure_ascii=False, indent=2)


@given(_VALUES)
def test_indented_is_json_dumps(value) -> None:  # type: ignore[no-untyped-def]
    assert items_json.indented(value) == _json(value)


def test_indented_on_chinese_escapes_and_empties() -> None:
    value = {"词": "“引号”\n\t\\/\u2028\x00", "空": [], "无": {}, "数": [0, -1, 2.5, 1e-07, 1e16],
             "真": [True, False, None], "组": ("一", ("二",))}
    assert items_json.indented(value) == _json(value)


class _Level(enum.IntEnum):
    FIVE = 5


def test_what_it_leaves_to_json_is_json_dumps(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Non-string keys, non-finite floats, subclasses and other types go through json.dumps (the fallback)."""
    Level = _Level
    for value in ({1: "a"}, {"x": float("nan")}, [float("inf")], [Level.FIVE], {None: 1}):
        try:
            items_json.indented(value)
        except items_json._Unusual:
            pass
        else:
            raise AssertionError(f"indented took {value!r}")
    # the fallback in dumps: the same text as before the one-pass writer
    odd = {"a": [Level.FIVE, float("nan")], "b": "词"}
    monkeypatch.setattr(items_json, "items_dict", lambda itemset: odd)
    assert items_json.dumps(None) == _json(odd) + "\n" == '{\n  "a": [\n    5,\n    NaN\n  ],\n  "b": "词"\n}\n'


def test_the_sample_items_file_is_json_dumps(sample_doc) -> None:
    from quizgen.items import build_items

    data = items_json.items_dict(build_items(sample_doc, seed=0))
    assert items_json.dumps(build_items(sample_doc, seed=0)) == _json(data) + "\n"
    assert data["items"]
