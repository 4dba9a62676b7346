"""What a word-meaning stem quotes of its sentence (“…”中，“X”的意思是): the clause holding the word, long enough
to say something and opening with its subject."""
from __future__ import annotations

import re

from quizgen.analysis import chars
from quizgen.analysis.document import Token
from quizgen.items.context import Context

MIN_QUOTE = 8  # characters a word-meaning stem quotes at least (a clause of 3 characters says nothing)
_CLAUSE_END = frozenset("，,；;：:")


def quote_of(ctx: Context, span, tok: Token) -> str:
    """What a word-meaning stem quotes of ``span``: the clause holding the word, with the clauses after it (else
    before it) until it has :data:`MIN_QUOTE` characters, and those before it until the first has its subject.
    The passage is on the page; the stem only points at the word. Quoting the whole sentence printed every other word of it, so no gap could share the sentence
    (allocate.shares), and a long sentence could not be asked about at all (asking.MAX_STEM)."""
    text = ctx.doc.text
    cuts = [span.start] + [i + 1 for i in range(span.start, span.end) if text[i] in _CLAUSE_END] + [span.end]
    cuts = sorted(set(cuts))
    k = max(i for i, c in enumerate(cuts[:-1]) if c <= tok.start)
    a, b = k, k + 1
    while len(ctx.doc.display(cuts[a], cuts[b]).strip()) < MIN_QUOTE and (b < len(cuts) - 1 or a > 0):
        if b < len(cuts) - 1:
            b += 1
        else:
            a -= 1
    while QUOTE_SUBJECT and a > 0 and not _opens_with_subject(span, cuts[a], cuts[a + 1]):
        a -= 1  # 都在为新冠肺炎克服自己的问题: the clause before says who (所有的病人)
    return balanced(_unnumbered(ctx.doc.display(cuts[a], cuts[b]).strip().rstrip("，,；;：:、")))


#: A list item's number opening a sentence (7、您认可…, 3. …, （2）…): the source's, no part of what is quoted.
_ITEM_NUMBER = re.compile(rf"^(?:[0-9０-９]{{1,3}}(?:、|[.．](?![0-9０-９]))|[（(][0-9０-９{chars.NUMERAL}]{{1,3}}[）)]|[{chars.NUMERAL}]{{1,3}}、)\s*")


def _unnumbered(quote: str) -> str:
    """``quote`` without the list number it opens with (★ “7、您认可作家除了写作”中: strict check, session 18)."""
    return _ITEM_NUMBER.sub("", quote, count=1) if ITEM_NUMBERS_DROPPED else quote


#: False: a quote keeps a list item's number (bench/mutation_check.py "quote-item-number").
ITEM_NUMBERS_DROPPED = True


#: Quotation marks a quote may cut through: (opening, closing) pairs of the text's own marks.
_PAIRS = tuple(zip(chars.OPENING_QUOTES, chars.CLOSING_QUOTES))


def balanced(quote: str) -> str:
    """``quote`` without a closing mark whose opening one stayed outside it, nor an opening mark whose closing one
    did, and the marks left inside it the inner ones: the stem puts the quote in quotation marks of its own, and
    “一概不许放人进来呢！””中 printed the source's closing mark beside them (strict check, session 18)."""
    if not BALANCE_QUOTES:
        return quote
    closing = dict(_PAIRS)
    drop: set[int] = set()
    open_at: list[int] = []
    for k, ch in enumerate(quote):
        if ch in closing:
            open_at.append(k)
        elif ch in closing.values():
            if open_at and closing[quote[open_at[-1]]] == ch:
                open_at.pop()
            else:
                drop.add(k)  # its opening mark stayed outside the quote
    drop.update(open_at)  # their closing marks did
    quote = "".join(ch for k, ch in enumerate(quote) if k not in drop)
    return quote.translate(_INNER)


#: Quotation marks inside a quote become the inner ones (‘ ’, 『 』): the stem's own marks stand around it.
_INNER = str.maketrans({"“": "‘", "”": "’", "「": "『", "」": "』"})


#: False: a quote keeps the marks it cut through (bench/mutation_check.py "quote-balanced").
BALANCE_QUOTES = True


#: False: a word-meaning stem may quote a clause without its subject (bench/mutation_check.py "quote-subject").
QUOTE_SUBJECT = True


def _opens_with_subject(span, start: int, end: int) -> bool:
    """The clause of ``span`` from ``start`` to ``end`` says who or what it is about (statements.has_subject):
    else a word-meaning stem quotes the clauses before it too, up to the sentence's start, and a quote longer
    than asking.MAX_STEM is not asked (strict check, session 16: 都在为…克服自己的问题, 再不化疗，情况会怎么样)."""
    from quizgen.items.statements import has_subject

    toks = [t for t in span.tokens if start <= t.start and t.end <= end]
    return has_subject(toks)


#: False: a clause holding a quotation is never quoted in a stem (bench/mutation_check.py "cause-stem-quotes").
STEM_QUOTES = True
_PAIRED = re.compile(r'“([^“”"]+)”|「([^「」"]+)」|"([^"“”]+)"')


def inner_quotes(text: str) -> str:
    """``text`` with each pair of quotation marks inside it as the inner marks ‘ ’ (很多人喜欢在"双十一"那天购物 →
    很多人喜欢在‘双十一’那天购物), since the stem puts the clause in “ ” of its own; a mark without its pair stays
    (and the clause is refused)."""
    if not STEM_QUOTES:
        return text
    return _PAIRED.sub(lambda m: "‘" + next(g for g in m.groups() if g is not None) + "’", text)
