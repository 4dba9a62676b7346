"""True restatements by turning a clause round, for detail keys and true judgments (:func:`restate.restatements`).

Two shapes whose two orders say the same thing in every use:

* an identity with a superlative: 我最喜欢的课是数学课 ↔ 数学课是我最喜欢的课 (最… names one thing, so 是 links two
  names of it; 丝绸之路是…重要贸易通道 without 最 puts a thing in a class and is not turned round);
* where something is: 操场上有篮球场和足球场 → 篮球场和足球场在操场上 (a place with its localiser, 有, bare nouns:
  桌子上有书和笔 → 书和笔在桌子上; 学校里有一个操场 is not turned: 一个操场在学校里 reads as no Chinese speaker says it).

Each is refused where a negation, an adverb or a verb would have to move with its half.
"""
from __future__ import annotations

from quizgen.analysis.document import Token
from quizgen.items.changes import Unit
from quizgen.items.context import Context

_LOCALISERS = frozenset("上里中内外下")
_JOINS = frozenset({"和", "与", "、", "及"})


def _nominal(t: Token) -> bool:
    return (t.pos[:1] == "n" or t.proper_noun) and t.pos != "vn"


def _names_only(toks: list[Token]) -> bool:
    """Nouns joined by 和/与/、: no verb, number, 的 or negation."""
    return bool(toks) and _nominal(toks[0]) and _nominal(toks[-1]) \
        and all(_nominal(t) or t.simplified in _JOINS for t in toks)


def superlative_turned(ctx: Context, u: Unit) -> tuple[str, str] | None:
    """X是Y → Y是X where X holds 最 and ends in 的 or a noun after 的, and Y is nouns only (:func:`_names_only`)."""
    if not SUPERLATIVE:
        return None
    toks = [t for t in u.tokens if t.text.strip()]
    at = [k for k, t in enumerate(toks) if t.simplified == "是"]
    if len(at) != 1 or not 0 < at[0] < len(toks) - 1:
        return None
    k = at[0]
    left, right = toks[:k], toks[k + 1:]
    if not any(t.simplified == "最" for t in left) or not any(t.simplified == "的" for t in left) \
            or not (left[-1].simplified == "的" or (_nominal(left[-1]) and left[-2].simplified == "的")) \
            or any(t.simplified in ("不", "没", "没有", "非") for t in left) or not _names_only(right):
        return None
    x = ctx.doc.display(left[0].start, left[-1].end)
    y = ctx.doc.display(right[0].start, right[-1].end)
    new = y + toks[k].text + x
    return (new, f"identity turned: {u.text} → {new}") if new not in ctx.doc.text else None


def place_turned(ctx: Context, u: Unit) -> tuple[str, str] | None:
    """PLACE + localiser + 有 + nouns → nouns + 在 + PLACE + localiser (see the module docstring)."""
    if not PLACE:
        return None
    toks = [t for t in u.tokens if t.text.strip()]
    at = [k for k, t in enumerate(toks) if t.simplified == "有"]
    if len(at) != 1 or at[0] < 2 or at[0] + 1 >= len(toks):
        return None
    k = at[0]
    left, right = toks[:k], toks[k + 1:]
    if left[-1].simplified not in _LOCALISERS or left[-1].pos[:1] != "f" or not all(_nominal(t) for t in left[:-1]) \
            or not _names_only(right):
        return None
    place = ctx.doc.display(left[0].start, left[-1].end)
    things = ctx.doc.display(right[0].start, right[-1].end)
    new = things + ctx.display("在") + place
    return (new, f"place turned: {u.text} → {new}") if new not in ctx.doc.text else None


#: False: no identity with a superlative is turned round (bench/mutation_check.py "restate-superlative").
SUPERLATIVE = True
#: False: no 有 of a place is turned into 在 (bench/mutation_check.py "restate-place").
PLACE = True
