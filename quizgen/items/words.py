"""Word items: multiple-choice cloze (``choice``), open cloze with a pinyin hint (``cloze``) and the vocabulary
cards (``vocabulary``)."""
from __future__ import annotations

from quizgen.analysis.document import Token
from quizgen.items.context import Context, blank, choice_options, make_gap
from quizgen.items.itemset import Item
from quizgen.items.select import Span, Target, best_occurrence

REPEAT_CONTEXT = 4  # characters each side of a gap that, found again in the text, show its answer there


def repeated(ctx: Context, span: Span, tok: Token) -> bool:
    """The gapped word stands elsewhere in the text with the same few characters of its sentence around it (a
    headline repeated in the body: 提供不断动力): the reading would show the answer."""
    text = ctx.doc.text
    s = span.sentence
    context = text[max(s.start, tok.start - REPEAT_CONTEXT):min(s.end, tok.end + REPEAT_CONTEXT)]
    return text.count(context) > 1


def _word_targets(ctx: Context, min_len: int = 2):
    """Unused targets, best first, with their best occurrence in a sentence not used yet by another gap item
    (one gap per sentence: a sentence shown twice would give away the other item's answer)."""
    for t in ctx.targets:
        if t.simplified in ctx.used or len(t.simplified) < min_len or not t.once:
            continue
        free = [o for o in t.occurrences if o[0].sentence.id not in ctx.used_sentences and not repeated(ctx, *o)]
        if free:
            best = best_occurrence(Target(t.simplified, t.level, t.pos, t.count, t.score, tuple(free)), ctx.doc.text)
            yield t, best


def choice_items(ctx: Context, n: int) -> list[Item]:
    """Multiple-choice cloze: the answer and three gated distractors; targets without three are skipped.

    Single characters are never gapped here: one character fits too many gaps to have one right answer.
    """
    out: list[Item] = []
    for target, (span, tok) in _word_targets(ctx):
        if len(out) >= n:
            break
        gap = make_gap(span, tok, tok.level or ctx.doc.level)
        got = choice_options(ctx, gap, tok)
        if got is None:
            continue
        options, idx, pys, gls = got
        ctx.used.add(target.simplified)
        ctx.used_sentences.add(span.sentence.id)
        out.append(_word_item(ctx, "choice", span, tok, prompt=blank(ctx.doc, span, tok), options=options,
                              answer_index=idx, option_pinyin=pys, option_glosses=gls))
    return out


def cloze_items(ctx: Context, n: int) -> list[Item]:
    """Open cloze with a pinyin hint: pinyin names one word, so the gap has one right answer (a meaning hint
    would admit synonyms). The gloss is carried for the back of the card."""
    out: list[Item] = []
    for target, (span, tok) in _word_targets(ctx):
        if len(out) >= n:
            break
        ctx.used.add(target.simplified)
        ctx.used_sentences.add(span.sentence.id)
        out.append(_word_item(ctx, "cloze", span, tok, prompt=blank(ctx.doc, span, tok), hint=tok.pinyin))
    return out


def vocabulary_items(ctx: Context, n: int) -> list[Item]:
    """Word cards for the top ``n`` targets (tested elsewhere or not), example sentence from the text."""
    out = []
    for target in ctx.targets[:n]:
        span, tok = best_occurrence(target, ctx.doc.text)
        out.append(_word_item(ctx, "vocabulary", span, tok, prompt=tok.text, hint=tok.pinyin))
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
