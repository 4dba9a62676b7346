"""The words around a gap that a question prints: up to the sentence's ends or a budget of characters a side,
cut between words (and at a clause mark when one is near), balanced in its quotation marks and brackets.

The strict checks of session 16 found stems cut inside words and names (…平總書記 for 習近平總書記, …海只需要 for
上海): a character budget alone falls anywhere. A paragraph's ``starts`` (the character offsets where its words
start, recorded by :func:`quizgen.export.worksheet.gapped.student_text`) let a cut fall only between words; past
the budget a clause mark within :data:`CLAUSE_REACH` characters ends the snippet there instead.
"""
from __future__ import annotations

from collections.abc import Collection, Sequence

from quizgen.analysis import chars

#: Where a question's context stops: sentence and clause ends.
CONTEXT_STOPS = chars.STOPS + "\n"
CONTEXT_CHARS = 14  # characters of context on each side of a gap in a question; enough to find it by eye
#: Past the budget, a clause mark (，、：) this near ends the snippet there (a whole clause reads better than a
#: cut one) …
CLAUSE_REACH = 8
CLAUSE_MARKS = "，,、" + chars.COLONS
#: … else the word being read is finished, up to this many characters more (a long name or term stays whole).
WORD_REACH = 6


#: Paired punctuation (CJK and ASCII brackets and curly quotes); ASCII ``"`` is paired by its position.
OPENING = "“‘「『（(《〈【〔［[｛{"
CLOSING = "”’」』）)》〉】〕］]｝}"
_PARTNER = {**dict(zip(OPENING, CLOSING)), **dict(zip(CLOSING, OPENING))}
#: What a snippet cannot start with: closing marks and punctuation that ends or continues a clause.
_NO_START = set(CLOSING) | set(chars.CLAUSE_BREAKS + chars.COLONS + ".、")
_ELLIPSIS = "…"
NO_START = _NO_START

Piece = tuple[str, "int | None"]

#: A unit of a paragraph (see :func:`_sequence`): (kind, character).
Unit = tuple["int | str", str]


def snippet(runs: Sequence[tuple[str, str, str, int]], n: int, starts: Collection[int] | None = None) -> list[Piece]:
    """The pieces around gap ``n`` in a paragraph's runs (see :class:`quizgen.export.worksheet.gapped.StudentText`),
    the gap itself as ``("", 0)``; ``starts``: the character offsets (in the runs' text) where words start, so
    that a cut falls between words (None: anywhere, for readings without them)."""
    seq, word_start = _sequence(runs, starts)
    at = seq.index((n, ""))
    return _pieces(_tidy(_walk(seq, at, -1, word_start) + [(0, "")] + _walk(seq, at, +1, word_start)))


def _sequence(runs, starts: Collection[int] | None = None) -> tuple[list[Unit], set[int] | None]:
    """The paragraph as units: characters as ``("t", ch)``, except an ASCII ``"``: ``("(", '"')`` or
    ``(")", '"')`` by whether it opens or closes (counted from the paragraph start); gap ``n`` as
    ``(n, "")``; slots and references as ``("cut", "")``, where a context stops. With ``starts``, also the
    indices of the units a snippet may start at or end before: a word's first character, and the units after a
    gap or a cut."""
    out: list[Unit] = []
    ok: set[int] = set()
    quote_open = False
    chars = 0
    for kind, text, _py, n in runs:
        if kind in ("slot", "ref"):
            out.append(("cut", ""))
        elif kind == "gap":
            out.append((n, ""))
        else:
            for ch in text:
                if starts is not None and (chars in starts or (out and not isinstance(out[-1][0], str))
                                           or (out and out[-1][0] == "cut")):
                    ok.add(len(out))
                chars += 1
                if ch == '"':
                    out.append((")" if quote_open else "(", ch))
                    quote_open = not quote_open
                else:
                    out.append(("t", ch))
    return out, (ok if starts is not None else None)


def _between(seq: list[Unit], k: int, step: int, ok: set[int] | None) -> bool:
    """A snippet may stop before unit ``k`` (walking by ``step``): between two words, or next to punctuation."""
    if ok is None:
        return True
    if _closes(seq[k]) if step > 0 else _opens(seq[k]):
        return False  # a quotation mark or bracket around the last word read goes with it (“一窗通辦”)
    edge = k + 1 if step < 0 else k  # the unit that would open the snippet (left) or follow it (right)
    inner = seq[k + 1] if step < 0 else seq[k - 1]
    return edge in ok or not seq[k][1].strip() or not seq[k][1].isalnum() or not inner[1].isalnum()


def _reach(seq: list[Unit], k: int, step: int) -> int:
    """Characters from unit ``k`` to the next clause mark in the walk's direction, within :data:`CLAUSE_REACH`
    and before any gap, cut or sentence end; -1 if there is none."""
    for d in range(CLAUSE_REACH):
        j = k + step * d
        if not 0 <= j < len(seq) or seq[j][0] != "t" or seq[j][1] in CONTEXT_STOPS:
            return -1
        if seq[j][1] in CLAUSE_MARKS:
            return d
    return -1


def _walk(seq: list[Unit], at: int, step: int, ok: set[int] | None = None) -> list[Unit]:
    """Units from gap ``at`` outwards (``step`` -1: left, +1: right, returned in reading order) until a
    sentence end, a cut, or :data:`CONTEXT_CHARS` characters (then an ellipsis). Going right, the sentence end
    is kept with the closing marks right after it (``。”``); going left, it belongs to the sentence before.
    Past the budget (``ok``: where words start, see :func:`_sequence`) a clause mark near by ends the snippet
    there, else it ends when the word being read is finished (within :data:`WORD_REACH`); a number is always
    finished."""
    out: list[Unit] = []
    budget = CONTEXT_CHARS
    extra, clause = -1, False  # past the budget: characters allowed more, and whether a clause mark ends them
    k = at + step
    while 0 <= k < len(seq):
        kind, ch = seq[k]
        if kind == "cut":
            break
        if isinstance(kind, int):
            out.append(seq[k])
        elif ch in CONTEXT_STOPS:
            if step > 0:
                out.append(seq[k])
                k += 1
                while k < len(seq) and _closes(seq[k]):
                    out.append(seq[k])
                    k += 1
            break
        elif budget <= 0 and not (out and out[-1][1].isdigit() and ch.isdigit()):
            if extra < 0:
                d = _reach(seq, k, step) if ok is not None else -1
                extra, clause = (d, True) if d >= 0 else (WORD_REACH, False)
            if (ch in CLAUSE_MARKS if clause else _between(seq, k, step, ok)) or extra <= 0:
                out.append(("t", _ELLIPSIS))
                break
            out.append(seq[k])
            extra -= 1
        else:  # past the budget only to finish a number: …１年 would print a year the text never wrote
            out.append(seq[k])
            budget -= 1
        k += step
    return out[::-1] if step < 0 else out


def _opens(u: Unit) -> bool:
    return u[0] == "(" or (u[0] == "t" and u[1] in OPENING)


def _closes(u: Unit) -> bool:
    return u[0] == ")" or (u[0] == "t" and u[1] in CLOSING)


def _tidy(units: list[Unit]) -> list[Unit]:
    """Drop quotation marks and brackets whose partner is outside the snippet, then closing and clause
    punctuation at its start, opening marks at its end, and spaces at both ends (inside a leading or
    trailing ellipsis)."""
    stack: list[int] = []
    unmatched: set[int] = set()
    for k, u in enumerate(units):
        if _opens(u):
            stack.append(k)
        elif _closes(u):
            want = '"' if u[1] == '"' else _PARTNER[u[1]]
            if stack and units[stack[-1]][1] == want:
                stack.pop()
            else:
                unmatched.add(k)
    unmatched.update(stack)
    units = [u for k, u in enumerate(units) if k not in unmatched]
    head = units[:1] if units[:1] == [("t", _ELLIPSIS)] else []
    tail = units[-1:] if units[-1:] == [("t", _ELLIPSIS)] and len(units) > len(head) else []
    body = units[len(head):len(units) - len(tail)]
    while body and body[0][0] in ("t", "(", ")") and (body[0][1] in _NO_START or _closes(body[0])
                                                     or not body[0][1].strip()):
        body.pop(0)
    while body and body[-1][0] in ("t", "(", ")") and (_opens(body[-1]) or not body[-1][1].strip()):
        body.pop()
    return head + body + tail


def _pieces(units: list[Unit]) -> list[Piece]:
    """Units as pieces: characters joined, gaps (the item's own one is 0) by number."""
    out: list[Piece] = []
    for kind, ch in units:
        if isinstance(kind, int):
            out.append(("", kind))
        elif out and out[-1][1] is None:
            out[-1] = (out[-1][0] + ch, None)
        else:
            out.append((ch, None))
    return out


def around_clause(reading, start: int, end: int, text: str) -> tuple[str, str]:
    """(before, after): the rest of the sentence of the reading that the clause ``text`` at ``start:end`` stands
    in, so that the teacher's key quotes a sentence, not a clause ending in a comma (strict check, session 16:
    pku Q3 "…实行民主监督，", seeds Q1 "…發表重要講話,"), up to its stops (。！？ and ；, which closes a statement
    of its own: a sentence of five such statements was quoted whole for each of three gaps). ``reading``: the sheet's paragraphs (their tokens'
    offsets); ("", "") when the clause is not found there."""
    for p in reading:
        if not p.start <= start < p.end:
            continue
        toks = [t for t in p.tokens if t.start >= 0]
        before: list[str] = []
        for t in reversed([t for t in toks if t.end <= start]):
            if any(c in chars.STOPS for c in t.text):
                break
            before.append(t.text)
        after: list[str] = []
        if text.rstrip()[-1:] not in chars.STOPS:
            for t in (t for t in toks if t.start >= end):
                after.append(t.text)
                if any(c in chars.STOPS for c in t.text):
                    break
        # the closing mark of the sentence before (。】, 。”) is not this one's (strict check, session 17:
        # "】封肃听了…")
        return "".join(reversed(before)).lstrip(CLOSING + " \n"), "".join(after).rstrip()
    return "", ""
