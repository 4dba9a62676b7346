"""How many, for a round count with 多 or 余 (``how_many``): 科技人员达4万多人 → ★ 科技人员达多少人？ 4万多人 / 3万多人 / …

News gives its counts this way (50多万人, 6000多家, 200余名员工), and a count asked in place refuses them (多少万多人
does not read; :func:`number_checks.approximate`). Here the whole count, 多 and its measure word are the key, the
question asks 多少 + the measure word, and each wrong option moves the count's first digit by its own step (50多 →
40多, 60多, 70多; 4万多 → 3万多 …): "some fifty thousand" against "some sixty thousand" are two facts, one of which
the text states. Asked only where the count is a round number (50, 6000, 4) right before 多, with a measure word
after it, not in a list, a range, a scope (仅) or brackets (:func:`counts.unaskable_count`).
"""
from __future__ import annotations

import unicodedata

from quizgen.analysis import datafiles
from quizgen.analysis.document import Token
from quizgen.items.changes import Unit, same_width
from quizgen.items.context import Context
from quizgen.items.counts import RANGE, _numeral_before, not_a_count, unaskable_count
from quizgen.items.drafts import Draft, in_place
from quizgen.items.statements import SCOPE_WORDS

#: 超过, 约, 至少 …: a bound, not a count (超过40多万人 would be true of 50多万人); 达 'amounts to' is none here
AMOUNTS_ASKED = True  # False: 达4万多人 is refused as a bound (bench/mutation_check.py "about-count-amounts")
_APPROX = tuple(sorted(datafiles.word_sets("statement_words.tsv")["approx"]
                       - (datafiles.word_sets("question_words.tsv")["amounts_to"] if AMOUNTS_ASKED else set())))


def _digits(t: Token) -> int | None:
    """The value of a token of digits only (either width), else None."""
    plain = unicodedata.normalize("NFKC", t.text)
    return int(plain) if plain.isdigit() and t.pos[:1] == "m" else None


def _count_end(toks, i: int) -> tuple[int, str] | None:
    """(index of the count's last token, its measure word) for digits at ``i`` followed by an optional magnitude,
    多 (or 余) and a measure word: 4|萬|多|人, 50|多萬|人, 6000|多家, 500|多萬噸; None for anything else."""
    j = i + 1
    if j < len(toks) and toks[j].simplified in ("万", "亿"):
        j += 1
    if j >= len(toks) or not toks[j].simplified.startswith(("多", "余")):
        return None
    rest = toks[j].simplified[1:].lstrip("万亿")
    if rest:
        return (j, toks[j].text[len(toks[j].text) - len(rest):]) if len(rest) <= 2 else None
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if nxt is None or not ((nxt.pos[:1] == "q") or (nxt.pos[:1] == "n" and len(nxt.simplified) == 1)):
        return None  # 多 alone, or before a noun of two characters (50多萬市民): no measure word to ask with
    return j + 1, nxt.text


def _wrong(value: int) -> list[int]:
    """Round values near ``value``, its last non-zero digit moved by one to three (nearest first, none below one)."""
    step = 1
    while value % (step * 10) == 0:
        step *= 10
    return [v for v in (value - step, value + step, value + 2 * step, value - 2 * step, value + 3 * step) if v >= step]


def about_count(ctx: Context, u: Unit, s) -> Draft | None:
    """The ``how_many`` question of the first round count with 多 in the clause ``u`` of sentence ``s``, or None."""
    if not ASKED:
        return None
    toks = u.tokens
    for i, t in enumerate(toks):
        value = _digits(t)
        prev = toks[i - 1].simplified if i else ""
        if value is None or value == 0 or (value >= 10 and value % 10) or prev in SCOPE_WORDS \
                or prev.endswith(tuple(RANGE) + _APPROX) or unaskable_count(u, i) or _numeral_before(toks, i):
            continue  # 128多 is no round count; 仅50多家, 5至20多 (a range), 超过50多万; a list, a note in brackets
        got = _count_end(toks, i)
        if got is None:
            continue
        k, unit = got
        if not_a_count(toks, i, k + 1):
            continue  # １０多年农业的发展历史昭示: the count modifies the subject (counts.not_a_count)
        a, b = t.start - u.start, toks[k].end - u.start
        key = u.text[a:b]
        if u.text.count(key) != 1:
            continue
        tail = key[len(t.text):]  # 萬多人, 多萬噸, 多家
        wrong = [same_width(str(v), t.text) + tail for v in _wrong(value)]
        wrong = [w for w in wrong if w not in ctx.doc.text and u.text[:a] + w + u.text[b:] not in ctx.doc.text][:3]
        if len(wrong) < 3:
            continue
        asked = in_place(ctx, toks, u.text, a, b, ctx.display("多少") + unit)
        return Draft("how_many", asked, key, tuple((w, f"number {key} → {w}") for w in wrong), (s.id,),
                     u.start, u.end, u.text)
    return None


#: False: no count with 多 is asked (bench/mutation_check.py "about-count-asked").
ASKED = True
