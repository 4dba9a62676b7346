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

from quizgen.analysis import datafiles
from quizgen.analysis.document import Sentence
from quizgen.items import rephrase, restate
from quizgen.items.asking import clause_units
from quizgen.items.causal import causal_unit
from quizgen.items.changes import Unit, changes, names
from quizgen.items.context import Context
from quizgen.items.cues import cue_words
from quizgen.items.drafts import Draft, paragraph_of, readable, refuse, similar_length, spoken, stem, usable
from quizgen.items.statements import has_subject, stands_alone, units

_ASKING = tuple(sorted(datafiles.word_sets("question_words.tsv")["rhetorical"]))  # 你何不去走动走动: a question or suggestion, nothing to judge true or false
NEAR = 6  # wrong options come from sentences within this many of the key's, in its paragraph or the one before
MIN_UNIT, MAX_UNIT = 8, 30  # characters of a restated clause
#: A judgment stands alone as one line (我的学校很大, 网上购物很方便): the HSK 1–4 判断 statements are that short, where a
#: detail option of six characters beside longer ones would stand out. Measured in docs/items-quality.md (session 23).
MIN_JUDGMENT = 6
MAX_CAUSAL = 40  # characters of a cause and its effect restated together (因为A，所以B → B，是因为A)
#: False judgments per true one at most: true restatements are rarer than one-fact changes; at 2 the surface cue
#: "not in the text, so false" is right for at most 2/3 of a sheet's judgments (bench/bench_judgment_cues.py).
FALSE_PER_TRUE = 2


#: False: a detail key may say 很快 as 不慢 and the key's own clause may be negated among the wrong options
#: (bench/mutation_check.py "detail-plain-keys"). A strict hand check failed both: an understatement is no
#: paraphrase an exam would print, and 不慢 beside 很慢 tells a student one of the two is the answer.
PLAIN_KEYS = True


def paraphrase(ctx: Context, u: Unit) -> tuple[str, str] | None:
    """(the clause said in other words, how), or None when no safe restatement exists
    (:func:`quizgen.items.restate.restatements`; no contrary: 生活节奏很快 → 不慢 is an understatement)."""
    got = [r for r in restate.restatements(ctx, u, numbers=False) if not (PLAIN_KEYS and r[1].startswith("contrary"))]
    return got[0] if got else None


def _units(ctx: Context, shortest: int = MIN_UNIT) -> dict[int, list[Unit]]:
    """Per sentence, its clauses that may be restated or changed: asserted, ``shortest`` to :data:`MAX_UNIT`
    characters, standing alone with a subject, readable at the level, no question or speech; and its cause turned
    round (因为A，所以B)."""
    out: dict[int, list[Unit]] = {}
    for s in ctx.doc.sentences:
        if s.flagged or not ctx.doc.as_written(s):
            continue
        whole = units(ctx, s)
        starts = {u.start for u in whole}
        us = [u for u in whole + [c for c in clause_units(ctx, s) if c.start not in starts]
              if u.asserted and shortest <= len(u.text) <= MAX_UNIT
              and stands_alone(u.tokens) and has_subject(u.tokens)  # a whole clause with its subject, no fragment
              and readable(ctx, u.tokens) and not any(t.simplified.startswith(_ASKING) for t in u.tokens)
              and not spoken(ctx, u.tokens)]  # 我才有了四句 in 宝玉's words: true or false of whom?
        causal = causal_unit(ctx, s)
        if causal is not None and MIN_UNIT <= len(causal.text) <= MAX_CAUSAL and readable(ctx, causal.tokens):
            us.append(causal)  # 因为A，所以B: no clause of it stands alone, the whole may be turned round
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
            if not (_subject_first(u) or rephrase.is_causal(u)):
                refuse(ctx, "detail", "clause does not open with its subject")
                continue  # 旋即又为另一种莫名的喜悦所替代: what was replaced is in another clause
            got = paraphrase(ctx, u)
            if got is None:
                refuse(ctx, "detail", "no safe paraphrase")
                continue
            key, how = got
            wrong = _wrong(ctx, s.id, key, by_sentence, names_, ctx.question_rng("detail", key, s.text), u)
            if wrong is None:
                refuse(ctx, "detail", "fewer than 3 one-fact changes nearby")
                continue
            out.append(Draft("detail", stem(ctx, "detail"), key + "。",
                             tuple((w + "。", why) for _, w, why in wrong), (s.id,), u.start,
                             u.end, u.text, tuple(i for i, _, _ in wrong)))
            break
    return out


#: Wrong options of a detail question that may change the key's own clause: the exam's way (the same fact, told
#: wrong), when nearby sentences give fewer than three changes; at least one option still comes from another
#: sentence, so the key's clause is not marked as the one every option is about.
OWN_CHANGES = 2


def _wrong(ctx: Context, sid: int, key: str, by_sentence, names_, rng, own: Unit | None = None
           ) -> list[tuple[int, str, str]] | None:
    """Three one-fact changes of clauses of other sentences near ``sid``, one per sentence, kinds varied; short of
    three, up to :data:`OWN_CHANGES` changes of the key's own clause ``own`` (each of another kind, a number or a
    time: its negation or antonym would be the key's opposite, so one of the two would be the answer) fill in."""
    par = paragraph_of(ctx)
    passage_ids = [i for i in sorted(by_sentence) if i != sid and abs(i - sid) <= NEAR
                   and par[sid] - 1 <= par[i] <= par[sid]]  # a paragraph appended changes no question
    passage = "".join(ctx.doc.sentences[i].text for i in range(max(0, sid - NEAR),
                                                                min(len(ctx.doc.sentences), sid + NEAR + 1)))
    cands: list[tuple[int, str, str]] = []
    for i in sorted(passage_ids, key=lambda i: (abs(i - sid), i)):
        for u in (u for u in by_sentence[i] if not rephrase.is_causal(u)):  # a change of a cause is no one fact
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
    if own is None or rephrase.is_causal(own):  # OWN_CHANGES < 3: another sentence gives one at least
        return None
    for new, why in changes(ctx, own, passage, names_, rng):
        if len(chosen) == 3:
            break
        if not why.startswith("name") and similar_length(new, key) and new != key \
                and not (PLAIN_KEYS and why.startswith(("negation", "antonym"))) \
                and all(why.split()[0] != d[2].split()[0] for d in chosen if d[0] == sid) \
                and all(new != d[1] for d in chosen) and sum(d[0] == sid for d in chosen) < OWN_CHANGES:
            chosen.append((sid, new, why))
    return chosen if len(chosen) == 3 else None


def _subject_first(u: Unit) -> bool:
    """The clause opens with who or what it is about (a noun, a pronoun other than 这/那, a name, or a time word
    before one): 将在这个学期实施 says nothing a learner can judge without the sentence before."""
    words = [t for t in u.tokens if t.is_word]
    if words and words[0].pos[:1] == "t":
        words = words[1:]
    k = 0
    while DETERMINED and k + 1 < len(words) and _determines(words, k):
        k += 1  # 所有病人…, 一对祖孙…, 每一宗凶杀案…, 成千上万的市民…: the noun after the determiner is the subject
    words = words[k:]
    if not words:
        return False
    w = words[0]
    return w.proper_noun or (w.pos[:1] == "n" and not w.pos.startswith("nr")) \
        or (w.pos[:1] == "r" and not w.simplified.startswith(("这", "那")))  # a non-name nr is a tagger's guess (连)


#: False: a clause opening with a determiner or a count before its noun (所有病人, 一对祖孙) has no subject for
#: detail questions (bench/mutation_check.py "detail-determined-subject").
DETERMINED = True


def _determines(words, k: int) -> bool:
    """Word ``k`` determines or counts the noun after it: a distinguishing word (所有, 整个: tag b), a determiner of
    cues.tsv (每, 各), a numeral before a measure word or noun (一对祖孙; not an ordinal 第六回, nor a list number 二、各…),
    a measure word after one of these, or a four-character idiom before 的 (成千上万的)."""
    w, nxt = words[k], words[k + 1]
    counted = w.pos[:1] == "m" and not w.simplified.startswith("第") and nxt.pos[:1] in ("q", "n")
    measure = w.pos[:1] == "q" and k > 0 and _determines(words, k - 1)  # 每/一 + 宗
    return w.pos[:1] == "b" or w.simplified.startswith(cue_words("determiner")) or counted or measure \
        or (w.pos == "i" and nxt.simplified == "的") or (w.simplified == "的" and k > 0 and words[k - 1].pos == "i")


def _judgeable(ctx: Context) -> list[tuple[Sentence, Unit, list[tuple[str, str]], list[tuple[str, str]]]]:
    """Per usable sentence, its first clause with a subject that can be restated (else its first that can be
    changed): (sentence, clause, true restatements, false one-fact changes judged against the clause's paragraph)."""
    by_sentence = _units(ctx, MIN_JUDGMENT)
    names_ = names(ctx)
    par = paragraph_of(ctx)
    paragraphs: dict[int, str] = {}
    for x in ctx.doc.sentences:
        paragraphs[par[x.id]] = paragraphs.get(par[x.id], "") + x.text
    out = []
    for s in ctx.doc.sentences:
        if s.id not in by_sentence or not usable(ctx, s):
            continue
        cands = []
        for u in (u for u in by_sentence[s.id] if _subject_first(u) or rephrase.is_causal(u)):
            true = [(new, f"true: {how}") for new, how in restate.restatements(ctx, u)]
            false = [] if rephrase.is_causal(u) else [(_numbers_alike(ctx, new, why), f"false: {why}")
                                                      for new, why in changes(ctx, u, paragraphs[par[s.id]], names_,
                                                                              ctx.question_rng("judgment", u.text, s.text))
                                                      if not why.startswith("name")]
            if true or false:
                cands.append((s, u, true, false))
        # the first clause with a true restatement, else the first with a change: true ones are the rarer side
        if cands:
            out.append(next((c for c in cands if c[2]), cands[0]))
    return out


def _numbers_alike(ctx: Context, new: str, why: str) -> str:
    """A changed number written in words as a true statement writes its number (住了3年 → 住了三年), so that the
    form of a number does not tell a restatement from a change."""
    if not why.startswith("number"):
        return new
    got = rephrase.all_in_words(ctx, new)
    return got[0] if got is not None and got[0] not in ctx.doc.text else new


#: False: a clause that can be restated and changed only by a negation goes to the true side even when that side
#: is ahead (bench/mutation_check.py "judgment-ahead-goes-false"): with more clauses restated (reversals.py) a short
#: text's judgments became all true and the balance dropped every one (graded 05: 2 judgments → 0).
AHEAD_GOES_FALSE = True


#: False: a clause that can be changed only by a negation (他去年没来到中国) goes to the false side as any other,
#: where the negation balance below may drop it, though it could have been asked true (bench/mutation_check.py
#: "judgment-true-instead").
TRUE_INSTEAD = True


def judgments(ctx: Context, rng: random.Random) -> list[Draft]:
    """True/false statements. A true one restates a clause in other words (:mod:`quizgen.items.restate`; a
    clause with none is never asked true), a false one changes one fact of it. Each sentence goes to the side
    with fewer so far that it can serve, and the drafts alternate true and false (the first seeded), so neither
    answer is the safe guess. Negation is balanced too: the side with fewer negation words so far takes a
    statement with one where it can (压力很大 → 压力不小 for a true one), the other one without (a number, a
    time, an antonym, a negation taken off), so that 不/没 does not mark the false statements."""
    yes, no = ctx.display("对"), ctx.display("错")
    sides: tuple[list, list] = ([], [])  # (true, false): (sentence, clause, candidates, true?)
    for s, u, restated, changed in _judgeable(ctx):
        plain = changed if not TRUE_INSTEAD else [c for c in changed if not restate.negated(c[0])]
        # the true side ahead: a clause only a negation can change goes false where the negation balance below will
        # keep it (true statements so far sure to say 不/没 outnumber such false ones), else true as before
        room = sum(all(restate.negated(c[0]) for c in x[2]) for x in sides[0]) \
            > sum(all(restate.negated(c[0]) for c in x[2]) for x in sides[1])
        ahead = len(sides[0]) > len(sides[1]) and (bool(plain) or (AHEAD_GOES_FALSE and room and bool(changed)))
        side = 0 if restated and not ahead else 1
        sides[side].append((s, u, restated, True) if side == 0 else (s, u, changed, False))
    first = 0 if rng.random() < 0.5 else 1
    order = [side for pair in zip(sides[first], sides[1 - first]) for side in pair]
    # the longer side's rest, last; false ones at most FALSE_PER_TRUE times the true ones (none without a true
    # one), or "any statement not found in the text is false" would give most keys away
    order += sides[0][len(sides[1]):] + sides[1][len(sides[0]):FALSE_PER_TRUE * len(sides[0])]
    neg = [0, 0]
    picked = []
    for s, u, cands, true in order:
        k = 0 if true else 1
        want = neg[k] < neg[1 - k]  # this side is behind in negation words: take one
        statement, why = min(cands, key=lambda c: restate.negated(c[0]) != want)
        if not true and restate.negated(statement) and neg[1] >= neg[0] and not NEGATION_OVER_ALL:
            continue
        neg[k] += restate.negated(statement)
        picked.append((s, u, statement, why, true))
    # more negated false ones than negated true ones and 不/没 would mark the false ones: the last such go, counted
    # over all the drafts (a running count dropped a negated false one that came before its negated true one)
    excess = neg[1] - neg[0]
    for j in range(len(picked) - 1, -1, -1):
        if excess > 0 and not picked[j][4] and restate.negated(picked[j][2]):
            del picked[j]
            excess -= 1
    return [Draft("judgment", stem(ctx, "judgment", x=statement + "。"), yes if true else no,
                  ((no if true else yes, why),), (s.id,), u.start, u.end, u.text)
            for s, u, statement, why, true in picked]


#: False: the negation balance of judgments counts as it goes, and drops a negated false statement met before the
#: negated true one that would balance it (bench/mutation_check.py "judgment-negation-over-all").
NEGATION_OVER_ALL = True
