"""Where a word CC-CEDICT reads both ways reads in full tone: 东西走向 dōngxī 'east-west', but 东西很多 dōngxi
'thing'; 地方政府 dìfāng, but 这个地方 dìfang (pinyin_data/full_tone_context.tsv, read by
:func:`quizgen.analysis.pinyin` when it gives words their neutral tones)."""
from __future__ import annotations

import functools
from collections.abc import Sequence
from importlib import resources

from quizgen.analysis import chars

_COUNT_CHARS = frozenset(chars.ARABIC + chars.COUNTING)


@functools.cache
def _full_tone_contexts() -> dict[str, dict[str, frozenset[str]]]:
    """pinyin_data/full_tone_context.tsv: word -> key -> values."""
    text = resources.files("quizgen.analysis").joinpath("pinyin_data/full_tone_context.tsv").read_text(encoding="utf-8")
    out: dict[str, dict[str, frozenset[str]]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            word, key, values = line.split("\t")
            out.setdefault(word, {})[key] = frozenset(values.split())
    return out


def full_tone(word: str, words: Sequence[tuple[str, str]], wi: int) -> bool:
    """``words[wi]`` (a word of pinyin._NEUTRAL_WORD) reads in full tone here (:func:`_full_tone_contexts`)."""
    ctx = _full_tone_contexts().get(word, {})
    nxt, nxt_pos = words[wi + 1] if wi + 1 < len(words) else ("", "")
    prev = words[wi - 1][0] if wi else ""
    return nxt in ctx.get("next", ()) or prev in ctx.get("prev", ()) \
        or any(nxt_pos == v or (v.endswith("*") and nxt_pos.startswith(v[:-1])) for v in ctx.get("nextpos", ())) \
        or ("nextcount" in ctx and bool(nxt) and nxt[0] in _COUNT_CHARS)
