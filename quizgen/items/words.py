"""Word items: multiple-choice cloze (``choice``), open cloze with a pinyin hint (``cloze``) and the vocabulary
cards (``vocabulary``)."""
from __future__ import annotations

import heapq

from quizgen.analysis.document import HAN, Token
from quizgen.items import allocate, shares
from quizgen.items.context import Context, blank, choice_options, make_gap
from quizgen.items.itemset import Item
from quizgen.items.open_slots import cuts_a_name
from quizgen.items.select import CHARS_PER_SHEET, Span, Target, best_occurrence

#: Vocabulary cards per sheet of text (CHARS_PER_SHEET Han characters): the Anki word list grows with the text.
VOCABULARY_PER_SHEET = 20

#: Levels the vocabulary cards come from: the level and the one below. Targets reach two levels below
#: (select.TARGET_LEVELS), for gaps; a learner at N does not need cards for the words of N-2.
VOCABULARY_LEVELS = 2

#: An open cloze never cuts a title, a quoted term, a dictionary term or a name (as the choice items do)
CLOZE_NAMES = True
REPEAT_CONTEXT = 4  # characters each side of a gap that, found again in the text, show its answer there


def repeated(ctx: Context, span: Span, tok: Token) -> bool:
    """The gapped word stands elsewhere in the text with the same few characters of its sentence around it (a
    headline repeated in the body: 提供不断动力): the reading would show the answer."""
    text = ctx.doc.text
    s = span.sentence
    context = text[max(s.start, tok.start - REPEAT_CONTEXT):min(s.end, tok.end + REPEAT_CONTEXT)]
    return text.count(context) > 1


def _word_targets(ctx: Context, min_len: int = 2, inside: tuple[int, int] | None = None):
    """Unused targets, best first, with their best occurrence in a sentence not used yet by another gap item
    (one gap per sentence: a sentence shown twice would give away the other item's answer); ``inside``: only
    occurrences whose word starts within these input offsets (exclusive at both ends)."""
    for t in ctx.targets:
        if t.simplified in ctx.used or len(t.simplified) < min_len or not t.once:
            continue
        free = [o for o in t.occurrences if (o[0].sentence.id not in ctx.used_sentences or _joins(ctx, *o))
                and o[0].sentence.id not in ctx.grouped and not repeated(ctx, *o)
                and (inside is None or inside[0] < o[1].start < inside[1])]
        if free:
            best = best_occurrence(Target(t.simplified, t.level, t.pos, t.count, t.score, tuple(free)), ctx.doc.text)
            yield t, best


def _joins(ctx: Context, span: Span, tok: Token) -> bool:
    """The gap may go into a sentence that only ★ questions use, none of them printing its word
    (:func:`allocate.shares`, which the allocator checks again)."""
    printed = ctx.asked_only.get(span.sentence.id)
    return allocate.SHARE and printed is not None and tok.text not in printed and tok.simplified not in printed


def _claim(ctx: Context, target: Target, span: Span) -> None:
    ctx.used.add(target.simplified)
    ctx.used_sentences.add(span.sentence.id)
    ctx.asked_only.pop(span.sentence.id, None)


def choice_items(ctx: Context, n: int, inside: tuple[int, int] | None = None) -> list[Item]:
    """Multiple-choice cloze: the answer and three gated distractors; targets without three are skipped.

    Single characters are never gapped here: one character fits too many gaps to have one right answer.
    """
    out: list[Item] = []
    for target, (span, tok) in _word_targets(ctx, inside=inside):
        if len(out) >= n:
            break
        gap = make_gap(span, tok, tok.level or ctx.doc.level)
        got = choice_options(ctx, gap, tok)
        if got is None:
            continue
        options, idx, pys, gls = got
        _claim(ctx, target, span)
        out.append(_word_item(ctx, "choice", span, tok, prompt=blank(ctx.doc, span, tok), options=options,
                              answer_index=idx, option_pinyin=pys, option_glosses=gls))
    return out


def cloze_items(ctx: Context, n: int, inside: tuple[int, int] | None = None) -> list[Item]:
    """Open cloze with a pinyin hint: pinyin names one word, so the gap has one right answer (a meaning hint
    would admit synonyms). The gloss is carried for the back of the card."""
    out: list[Item] = []
    for target, (span, tok) in _word_targets(ctx, inside=inside):
        if len(out) >= n:
            break
        if CLOZE_NAMES and cuts_a_name(make_gap(span, tok, tok.level or ctx.doc.level)):
            continue  # “中国＿＿＿”反复揣摩 (特色): the pinyin names the word, but a gap never cuts a name or term
        _claim(ctx, target, span)
        out.append(_word_item(ctx, "cloze", span, tok, prompt=blank(ctx.doc, span, tok), hint=tok.pinyin))
    return out


def vocabulary_items(ctx: Context, n: int) -> list[Item]:
    """Word cards for at most ``n`` targets (tested elsewhere or not), chosen by :func:`vocabulary_order`, the
    example sentence from the text."""
    out = []
    for target in vocabulary_order(ctx, n):
        span, tok = best_occurrence(target, ctx.doc.text)
        out.append(_word_item(ctx, "vocabulary", span, tok, prompt=tok.text, hint=tok.pinyin))
    return out


def vocabulary_order(ctx: Context, n: int) -> list[Target]:
    """The vocabulary words, chosen paragraph by paragraph, so that text appended later never retires a card.

    Only words of the level and the one below (:data:`VOCABULARY_LEVELS`). After each paragraph the list may hold ``VOCABULARY_PER_SHEET`` words per ``CHARS_PER_SHEET`` Han characters
    read so far, each paragraph adding its own share (:mod:`quizgen.items.shares`: an edit of one paragraph changes
    no other's) (at least ``VOCABULARY_PER_SHEET``, at most ``n``); it takes the best words not yet chosen among
    those whose first usable occurrence is in that paragraph or before it: new at the level first, then by
    :attr:`Target.local_score`, then first occurrence. Everything here depends only on the text up to the
    paragraph, so a longer text keeps every word a shorter one chose (a whole-text ranking retired 73 of 500
    vocabulary notes when a paragraph was appended)."""
    level = ctx.doc.level
    text = ctx.doc.text
    base = min(n, VOCABULARY_PER_SHEET)
    pending = sorted((t for t in ctx.targets if t.level >= level - VOCABULARY_LEVELS + 1),
                     key=lambda t: t.occurrences[0][1].start)
    pool: list[tuple[tuple, int, Target]] = []
    out: list[Target] = []
    i, allowed_so_far, pos = 0, 0, 0
    rate = VOCABULARY_PER_SHEET / CHARS_PER_SHEET
    while pos < len(text) and len(out) < n:  # one paragraph (input line) a step
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end + 1
        while i < len(pending) and pending[i].occurrences[0][1].start < end:
            t = pending[i]
            heapq.heappush(pool, ((-(t.level == level), -t.local_score, t.occurrences[0][1].start, t.simplified),
                                  i, t))
            i += 1
        allowed_so_far += shares.share(text[pos:end], len(HAN.findall(text, pos, end)), rate, "vocabulary", ctx.seed)
        pos = end
        allowed = min(n, max(base, allowed_so_far))
        while pool and len(out) < allowed:
            out.append(heapq.heappop(pool)[2])
    return out


def _word_item(ctx: Context, type_: str, span: Span, tok: Token, *, prompt: str, options: tuple = (),
               answer_index: int | None = None, hint: str = "", option_pinyin: tuple = (),
               option_glosses: tuple = (), **extra) -> Item:
    doc = ctx.doc
    return Item(
        id=ctx.id(span.text, tok.simplified, type_), type=type_, level=tok.level, prompt=prompt,
        options=options, answer=tok.text, answer_index=answer_index, source=doc.source, sentence=span.text,
        start=span.start, end=span.end, word=tok.text, simplified=tok.simplified, pinyin=tok.pinyin,
        gloss=tok.gloss or "", target_start=tok.start, target_end=tok.end, hint=hint,
        blanked=blank(doc, span, tok), option_pinyin=option_pinyin, option_glosses=option_glosses, **extra)
