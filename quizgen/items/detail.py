"""Detail questions by paraphrase (``detail``) and true/false statements (``judgment``, HSK 1–4).

The right option restates a clause of the passage in other words: one adjective, adverb or time word replaced by
a synonym (:mod:`quizgen.items.synonyms`: a Cilin synonym group confirmed by two shared CC-CEDICT senses), so the
key is not the text's surface. Each wrong option is a clause of a nearby sentence with exactly one fact changed —
a number, a negation, an antonym, a time (:func:`changes.changes`, which keeps only changes found nowhere in the
text) — never a swapped name, which only says something the passage does not mention.

A judgment is one clause: restated (true) or with one fact changed (false), true and false in seeded turn.
"""
from __future__ import annotations

import random

from quizgen.items.asking import clause_units
from quizgen.items.changes import Unit, changes, names
from quizgen.items.context import Context
from quizgen.items.cues import cue_words
from quizgen.items.drafts import Draft, paragraph_of, readable, similar_length, stem, usable
from quizgen.items.statements import units
from quizgen.items.synonyms import SWAPPABLE, VERB, synonyms

_ASKING = ("何", "岂", "难道")  # 你何不去走动走动: a question or suggestion, nothing to judge true or false
NEAR = 6  # wrong options come from sentences within this many of the key's, in its paragraph or the one before
MIN_UNIT, MAX_UNIT = 8, 30  # characters of a restated clause


def paraphrase(ctx: Context, u: Unit) -> tuple[str, str] | None:
    """(the clause with one word replaced by a synonym, "synonym A → B"), or None when no word has one."""
    from quizgen.items import distractors as dx

    toks = list(u.tokens)
    for k, t in enumerate(toks):
        nxt = next((x for x in toks[k + 1:] if x.is_word), None)
        if t.simplified in cue_words("degree") and nxt is not None and nxt.pos[:1] != "a":
            continue  # 特别准备 (specially) → 非常准备: a degree adverb is swapped only before an adjective
        if t.proper_noun or not t.is_word or (t.pos[:1] not in SWAPPABLE and dx.word_class(t.simplified) != VERB) \
                or not dx.word_class(t.simplified):
            continue
        if t.pos[:1] == "a" and nxt is not None and nxt.pos[:1] == "n" and toks.index(nxt) == k + 1:
            continue  # 著名数学家: an adjective right before its noun is a collocation (有名数学家 does not read)
        for syn in synonyms(t.simplified, ctx.doc.standard, ctx.doc.level):
            shown = ctx.display(syn)
            a, b = t.start - u.start, t.end - u.start
            new = u.text[:a] + shown + u.text[b:]
            if new not in ctx.doc.text:
                return new, f"synonym {t.text} → {shown}"
    return None


def _units(ctx: Context) -> dict[int, list[Unit]]:
    out: dict[int, list[Unit]] = {}
    for s in ctx.doc.sentences:
        if s.flagged or ctx.doc.text[s.start:s.end] != s.text:
            continue
        whole = units(ctx, s)
        starts = {u.start for u in whole}
        us = [u for u in whole + [c for c in clause_units(ctx, s) if c.start not in starts]
              if u.asserted and MIN_UNIT <= len(u.text) <= MAX_UNIT
              and readable(ctx, u.tokens) and not any(t.simplified.startswith(_ASKING) for t in u.tokens)]
        if us:
            out[s.id] = us
    return out


def drafts(ctx: Context, rng: random.Random) -> list[Draft]:
    by_sentence = _units(ctx)
    names_ = names(ctx)
    out: list[Draft] = []
    for s in ctx.doc.sentences:
        if s.id not in by_sentence or not usable(ctx, s):
            continue
        for u in by_sentence[s.id]:
            if not _subject_first(u):
                continue  # 旋即又为另一种莫名的喜悦所替代: what was replaced is in another clause
            got = paraphrase(ctx, u)
            if got is None:
                continue
            key, how = got
            wrong = _wrong(ctx, s.id, key, by_sentence, names_, ctx.question_rng("detail", key, s.text))
            if wrong is None:
                continue
            out.append(Draft("detail", stem(ctx, "detail"), key + "。",
                             tuple((w + "。", why) for _, w, why in wrong), (s.id,), u.start,
                             u.end, u.text, tuple(i for i, _, _ in wrong)))
            break
    return out


def _wrong(ctx: Context, sid: int, key: str, by_sentence, names_, rng) -> list[tuple[int, str, str]] | None:
    """Three one-fact changes of clauses of other sentences near ``sid``, one per sentence, kinds varied."""
    par = paragraph_of(ctx)
    passage_ids = [i for i in sorted(by_sentence) if i != sid and abs(i - sid) <= NEAR
                   and par[sid] - 1 <= par[i] <= par[sid]]  # a paragraph appended changes no question
    passage = "".join(ctx.doc.sentences[i].text for i in range(max(0, sid - NEAR),
                                                                min(len(ctx.doc.sentences), sid + NEAR + 1)))
    cands: list[tuple[int, str, str]] = []
    for i in sorted(passage_ids, key=lambda i: (abs(i - sid), i)):
        for u in by_sentence[i]:
            for new, why in changes(ctx, u, passage, names_, rng):
                if not why.startswith("name") and similar_length(new, key):
                    cands.append((i, new, why))
                    break
            if cands and cands[-1][0] == i:
                break
    chosen: list[tuple[int, str, str]] = []
    for c in sorted(cands, key=lambda c: (any(c[2].split()[0] == d[2].split()[0] for d in chosen), abs(c[0] - sid))):
        if all(c[0] != d[0] for d in chosen):
            chosen.append(c)
        if len(chosen) == 3:
            return chosen
    return None


def _subject_first(u: Unit) -> bool:
    """The clause opens with who or what it is about (a noun, a pronoun other than 这/那, a name, or a time word
    before one): 将在这个学期实施 says nothing a learner can judge without the sentence before."""
    words = [t for t in u.tokens if t.is_word]
    if words and words[0].pos[:1] == "t":
        words = words[1:]
    if not words:
        return False
    w = words[0]
    return w.proper_noun or (w.pos[:1] == "n" and not w.pos.startswith("nr")) \
        or (w.pos[:1] == "r" and not w.simplified.startswith(("这", "那")))  # a non-name nr is a tagger's guess (连)


def judgments(ctx: Context, rng: random.Random) -> list[Draft]:
    """True/false statements, true and false in turn (the first seeded): true restates a clause (a synonym where
    there is one, else the clause itself), false changes one fact of it."""
    by_sentence = _units(ctx)
    names_ = names(ctx)
    yes, no = ctx.display("对"), ctx.display("错")
    out: list[Draft] = []
    true = rng.random() < 0.5
    par = paragraph_of(ctx)
    paragraphs: dict[int, str] = {}
    for x in ctx.doc.sentences:
        paragraphs[par[x.id]] = paragraphs.get(par[x.id], "") + x.text
    for s in ctx.doc.sentences:
        if s.id not in by_sentence or not usable(ctx, s):
            continue
        us = [u for u in by_sentence[s.id] if _subject_first(u)]
        if not us:
            continue
        u = us[0]
        if true:
            got = paraphrase(ctx, u) or (u.text, "")
            statement, why = got[0], f"true: {got[1] or 'the text says so'}"
        else:
            # judged against the sentence's paragraph (what the learner reads for it), not the rest of the text
            ch = [c for c in changes(ctx, u, paragraphs[par[s.id]], names_, ctx.question_rng("judgment", u.text, s.text))
                  if not c[1].startswith("name")]
            if not ch:
                continue
            statement, why = ch[0][0], f"false: {ch[0][1]}"
        out.append(Draft("judgment", stem(ctx, "judgment", x=statement + "。"), yes if true else no,
                         ((no if true else yes, why),), (s.id,), u.start, u.end, u.text))
        true = not true
    return out
