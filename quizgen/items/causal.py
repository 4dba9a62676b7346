"""A sentence of a cause and its effect as one statement unit (因为/由于A，(所以)B or B，是因为A), for
:func:`quizgen.items.rephrase.cause_turned`: no clause of it stands alone, but the whole may be said the other
way round. Apart from rephrase.py because it reads clauses the way statements.py does (statements → restate →
rephrase would be a cycle).
"""
from __future__ import annotations

from quizgen.analysis import chars
from quizgen.analysis.document import Token
from quizgen.items.changes import Unit
from quizgen.items.context import Context
from quizgen.items.rephrase import EXPLAIN

_QUOTES = set(chars.QUOTE_MARKS)


def _split(ctx: Context, s) -> list[list[Token]] | None:
    """The two clauses of ``s`` (its tokens up to the final punctuation, cut at one comma), or None."""
    from quizgen.items.drafts import clauses

    cs = clauses(s)
    if len(cs) != 2 or ctx.doc.text[cs[1][-1].end:s.end].strip(" 」』”\"")[:1] not in ("。", "！", "!"):
        return None
    return [list(c) for c in cs]


def causal_unit(ctx: Context, s) -> Unit | None:
    """The whole of a sentence 因为/由于A，(所以)B or B，是因为A, as one statement unit, or None."""
    from quizgen.items.cues import opens_with
    from quizgen.items.statements import has_subject, stands_alone

    cs = _split(ctx, s)
    if cs is None or any(t.simplified in ("如果", "吗", "？", "?") or t.text in _QUOTES for c in cs for t in c):
        return None
    first, second = ([t.simplified for t in c if t.is_word] for c in cs)
    cause = opens_with(first, "cause")
    from quizgen.items.causes import says

    if cause in ("因为", "由于"):
        rest = [t for t in cs[1] if t.is_word]
        if opens_with(second, "result") == "所以":
            rest = rest[1:]
        # the cause says something: 因为在…三个方面，B is no cause to turn round (B，是因为在…三个方面)
        ok = bool(rest) and stands_alone(rest) and has_subject(rest) and len(first) >= 3 \
            and says([t for t in cs[0] if t.is_word][1:])
    else:
        ok = "".join(second[:2]).startswith(EXPLAIN) and stands_alone(cs[0]) and has_subject(cs[0]) \
            and len(second) >= 3 and not first[0].startswith(("这", "那"))
    if not ok:
        return None
    return Unit(s.id, tuple(cs[0] + [t for t in s.tokens if cs[0][-1].end <= t.start < cs[1][0].start] + cs[1]),
                cs[0][0].start, cs[1][-1].end, ctx.doc.display(cs[0][0].start, cs[1][-1].end))


