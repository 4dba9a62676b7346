"""HSK-format reading sections built from passages of the text.

* HSK 1–4 ``word_bank``: a bank of 6 words for 5 sentences, every bank word checked against every gap;
* HSK 1–3 ``matching``: 5 words matched to their pinyin or meaning;
* HSK 5–6 ``passage_cloze``: 3–4 (HSK 6: 4–5) gaps in consecutive sentences, 4 gated options per gap;
* HSK 6 ``insertion``: sentences removed from a passage and offered back as options.
"""
from __future__ import annotations

import math

from quizgen.analysis.document import Sentence, Token
from quizgen.items import distractors as dx
from quizgen.items import frames
from quizgen.items.context import Context, blank, choice_options, dictionary_pinyin, make_gap
from quizgen.items.itemset import BLANK, Item, Passage, gap_mark
from quizgen.items.select import NOTE_MARKS, Span, balanced_marks
from quizgen.items.windows import (
    CONTEXT_AT_LEVEL,
    clean,
    joined_len,
    runs,
    separator,
    starts_with_cue,
)


def _span_candidates(ctx: Context, s: Sentence, index: dict[int, list[tuple[str, Span, Token]]]
                     ) -> list[list[tuple[Span, Token]]]:
    """Per item span of sentence ``s`` (a short sentence is one span, an overlong one has a span per usable
    clause): the unused targets (≥ 2 characters) occurring in it, best target first. One gap per span at most:
    an item's prompt is its span with the gap blanked, and a second gap in it would show the other answer.
    ``index`` is :func:`_occurrences_by_sentence`: a look-up, not a pass over every target per sentence."""
    per_span: dict[int, list[tuple[Span, Token]]] = {}
    for word, span, tok in index.get(s.id, ()):
        if word not in ctx.used:
            per_span.setdefault(span.start, []).append((span, tok))
    return [per_span[k] for k in sorted(per_span)]


def _occurrences_by_sentence(ctx: Context) -> dict[int, list[tuple[str, Span, Token]]]:
    """Sentence id → (target, span, token) of the targets (≥ 2 characters) occurring in it, best target
    first: built once per section, in one pass over the targets' occurrences."""
    index: dict[int, list[tuple[str, Span, Token]]] = {}
    for t in ctx.targets:
        if len(t.simplified) < 2 or not t.once:
            continue
        for span, tok in t.occurrences:
            index.setdefault(span.sentence.id, []).append((t.simplified, span, tok))
    return index


# Passage cloze shapes: (min sentences, max sentences, min gaps, max gaps, max characters). HSK 5 reading part 1
# gives 3–4 gaps in a short passage; real news sentences are long, so two sentences with clauses may carry them
# (round 3 of docs/items-quality.md: 3–4 sentence windows with one gap each gave none on most chunks).
_CLOZE_SHAPE = {5: (2, 5, 3, 4, 220), 6: (4, 7, 4, 5, 320)}


def passage_cloze(ctx: Context, n: int) -> list[Item]:
    """Passage cloze; HSK 5: 2–5 sentences with 3–4 gaps; HSK 6 and above: 4–7 sentences with 4–5 gaps.

    From each sentence on, the passage grows a sentence at a time (consecutive, unflagged, context at
    :data:`PASSAGE_AT_LEVEL`), each item span taking the first of its targets whose options pass the choice
    gate, until it has enough gaps; gaps whose distractor turns up elsewhere in the passage are dropped."""
    lo, hi, gmin, gmax, chars = _CLOZE_SHAPE[6 if ctx.doc.level >= 6 else 5]
    index = _occurrences_by_sentence(ctx)
    sents = ctx.doc.sentences
    out: list[Item] = []
    i = 0
    while i < len(sents) and len(out) < n:
        if sents[i].flagged or _window_len(ctx, i, lo, chars) < lo:  # (flagged: the text before this step)
            i += 1  # no passage can start here: spare the distractor searches of _grow_cloze
            continue
        win, chosen = _grow_cloze(ctx, i, hi, gmax, chars, index, lo)
        text = "".join(s.text for s in win)
        # a distractor written elsewhere in the passage would be a word the passage uses: it may fit
        chosen = [c for c in chosen if not any(o in text for k, o in enumerate(c[2][0]) if k != c[2][1])]
        if len(chosen) < gmin or len(win) < lo:
            i += 1
            continue
        last = max(c[0].sentence.id for c in chosen)
        while len(win) > lo and win[-1].id > last:
            win = win[:-1]  # no trailing sentence without a gap
        if not _room_left(ctx, win):
            break  # the passages so far cover the text's share: the rest is for ★ questions on what it means
        chosen.sort(key=lambda c: c[1].start)
        pid = f"cloze-{len(ctx.passages) + 1}"
        marks = {c[1].start: (k, c) for k, c in enumerate(chosen, 1)}
        ctx.passages.append(_passage(ctx, pid, "passage_cloze", win, marks))
        ctx.grouped.update(s.id for s in win)
        for k, (span, tok, (opts, idx, pys, gls)) in enumerate(chosen, 1):
            ctx.used.add(tok.simplified)
            ctx.used_sentences.add(span.sentence.id)
            out.append(_gap_item(ctx, "passage_cloze", span, tok, opts, idx, pys, gls, pid, k))
        i = sents.index(win[-1]) + 1
    return out


#: Share of the sentences read so far that passage-cloze passages may cover: a short text given over to two
#: passages of gaps had no sentence left for a ★ question (a 208-character text at HSK 5: 7 gaps, 0 questions,
#: with 7 word-meaning questions possible; session 18). The exam prints its cloze passages apart from the
#: passages it asks about; one text is both, shared. 1.0: no cap (bench/mutation_check.py "cloze-share").
CLOZE_SHARE = 0.5


def _room_left(ctx: Context, win: list[Sentence]) -> bool:
    """With ``win``, passage-cloze passages cover at most :data:`CLOZE_SHARE` of the sentences read so far
    (the step's text: a paragraph appended later changes nothing decided here)."""
    taken = sum(1 for s in ctx.doc.sentences for p in ctx.passages
                if p.kind == "passage_cloze" and p.start <= s.start < p.end)
    return taken + len(win) <= math.ceil(CLOZE_SHARE * len(ctx.doc.sentences))


def _window_len(ctx: Context, i: int, lo: int, chars: int) -> int:
    """How many of the ``lo`` sentences from ``i`` on _grow_cloze could take (clean, consecutive, short)."""
    win: list[Sentence] = []
    for s in ctx.doc.sentences[i:i + lo]:
        if not clean(ctx, s, CONTEXT_AT_LEVEL) or s.id in ctx.grouped or (win and s.id != win[-1].id + 1) \
                or joined_len(win) + len(s.text) > chars:
            break
        win.append(s)
    return len(win)


def _grow_cloze(ctx: Context, i: int, hi: int, gmax: int, chars: int, index, lo: int):
    """The passage from sentence ``i`` and its gaps: (sentences, [(span, token, options)])."""
    sents = ctx.doc.sentences
    win: list[Sentence] = []
    chosen: list[tuple[Span, Token, tuple]] = []
    words: set[str] = set()
    for s in sents[i:i + hi]:
        if not clean(ctx, s, CONTEXT_AT_LEVEL) or s.id in ctx.grouped or (win and s.id != win[-1].id + 1) \
                or joined_len(win) + len(s.text) > chars:
            break
        win.append(s)
        words |= {t.simplified for t in s.tokens if t.is_word}
        if s.id in ctx.used_sentences:
            continue  # another question asks about it: context, no gap
        for cands in _span_candidates(ctx, s, index):
            if len(chosen) >= gmax:
                break
            for span, tok in cands:
                if any(c[1].simplified == tok.simplified for c in chosen):
                    continue
                forbid = frozenset(words | {c[1].simplified for c in chosen}) - {tok.simplified}
                gap = make_gap(span, tok, tok.level or ctx.doc.level, forbid=forbid)
                got = choice_options(ctx, gap, tok, "passage_cloze")
                if got and not any(o in c[2][0] for c in chosen for o in got[0]):
                    chosen.append((span, tok, got))
                    break
        if len(chosen) >= gmax and len(win) >= lo:
            break
    return win, chosen


def _passage(ctx: Context, pid: str, kind: str, win, marks: dict[int, tuple]) -> Passage:
    """Passage text and display; ``marks`` maps a token start offset to (gap number, …)."""
    text, disp = [], []
    for i, s in enumerate(win):
        sep = separator(ctx, win[i - 1], s) if i else ""
        text.append(sep + s.text)
        piece, last = [sep], s.start
        for t in s.tokens:
            if t.start in marks:
                piece.append(ctx.doc.display(last, t.start) + gap_mark(marks[t.start][0]))
                last = t.end
        piece.append(ctx.doc.display(last, s.end))
        disp.append("".join(piece))
    return Passage(pid, kind, "".join(text), "".join(disp), win[0].start, win[-1].end)


def _gap_item(ctx: Context, type_: str, span: Span, tok: Token, opts, idx, pys, gls, pid: str, k: int,
              group: str = "") -> Item:
    return Item(id=ctx.id(span.text, tok.simplified, type_), type=type_, level=tok.level,
                prompt=blank(ctx.doc, span, tok), options=opts, answer=opts[idx], answer_index=idx,
                source=ctx.doc.source, sentence=span.text, start=span.start, end=span.end, word=tok.text,
                simplified=tok.simplified, pinyin=tok.pinyin, gloss=tok.gloss or "", target_start=tok.start,
                target_end=tok.end, blanked=blank(ctx.doc, span, tok), option_pinyin=pys, option_glosses=gls,
                passage=pid, number=k, group=group or pid)


def word_bank(ctx: Context, n: int) -> list[Item]:
    """Groups of 5 sentences sharing a bank of 6 words. Every bank word is checked against every gap (not
    in its sentence, no synonym of its answer, no word or set phrase with its neighbours), and two words of one
    part of speech share a bank only where the grammar around each gap rules the other out (two nouns swap too
    easily: 收入/压力), so each gap has one answer in the bank."""
    rng = ctx.rng("word_bank")
    out: list[Item] = []
    # one gap per sentence on the whole sheet: a sentence another section gapped is not used again
    pool = [(t, min(free, key=lambda o: (-o[0].at_level, o[0].start))) for t in ctx.targets
            if t.simplified not in ctx.used and len(t.simplified) >= 2 and t.once
            for free in [[o for o in t.occurrences if o[0].sentence.id not in ctx.used_sentences]] if free]
    while len(out) + 5 <= max(n, 5) and pool:
        group: list[tuple[Span, Token, dx.Gap]] = []
        for _t, (span, tok) in list(pool):
            if len(group) == 5:
                break
            if any(g[0].sentence.id == span.sentence.id for g in group):
                continue
            gap = make_gap(span, tok, tok.level or ctx.doc.level)
            if _fits_bank(group, gap, tok):
                group.append((span, tok, gap))
        if len(group) < 5:
            break
        extra = _extra_word(ctx, group, rng)
        if extra is None or bank_problems([g[2] for g in group], [g[2].answer for g in group] + [extra[3]]):
            break
        for g in group:
            ctx.used.add(g[1].simplified)
            ctx.used_sentences.add(g[0].sentence.id)
        pool = [p for p in pool if p[0].simplified not in ctx.used and p[1][0].sentence.id not in ctx.used_sentences]
        bank = [(g[1].text, g[1].pinyin, g[1].gloss or "") for g in group] + [extra[:3]]
        rng.shuffle(bank)
        opts = tuple(b[0] for b in bank)
        gid = f"bank-{len({i.group for i in out}) + 1}"
        for k, (span, tok, _) in enumerate(sorted(group, key=lambda g: g[1].start), 1):
            idx = opts.index(tok.text)
            out.append(_gap_item(ctx, "word_bank", span, tok, opts, idx, tuple(b[1] for b in bank),
                                 tuple(b[2] for b in bank), "", k, group=gid))
        if len(out) >= n:
            break
    return out


#: Problems that say a word is no distractor because it is the wrong kind (it cannot fill the gap), not because
#: it might be right: a bank word with one of these, and no other problem, is safely wrong in the gap.
_WRONG_KIND = frozenset({"length", "pos", "sense-pos", "no-sense", "open-verb", "frequency", "kind"})
#: Grammar that rules a word of the answer's own class out of the gap (很＿ takes no plain verb, an object after
#: the gap no intransitive verb): :mod:`quizgen.items.frames`.
_GRAMMAR_BARS = frozenset({"frame-degree", "frame-measure", "frame-object", "frame-intransitive",
                           "frame-transitive"})


def _cross_ok(gap: dx.Gap, word: str) -> bool:
    """``word`` of the bank cannot fill ``gap``: no check says it might be right (synonym, same field, set phrase
    with the neighbours …), it is no adverbial word in an adverbial slot (估计, 恐怕 and 将来 all open ＿我们还会
    听到…), and it is of another part of speech — or of the same one, barred by the grammar around the gap."""
    if frames.may_fill(gap.answer_class, gap.left, word, dx.word_class(word)):
        return False
    found = set(dx.problems(gap, word))
    if found - _WRONG_KIND - _GRAMMAR_BARS:
        return False
    return not (dx.word_class(word) & gap.answer_class) or bool(found & _GRAMMAR_BARS)


def _fits_bank(group, gap: dx.Gap, tok: Token) -> bool:
    """The gap joins the group when every word already there is safely wrong in it and its word is safely
    wrong in theirs (:func:`_cross_ok`): words of one part of speech only where grammar keeps them apart."""
    cls = gap.answer_class
    if not cls or {"v", "n"} <= cls or dx.unsure_slot(gap):  # slots a choice item refuses too
        return False
    return all(_cross_ok(g[2], tok.simplified) and _cross_ok(gap, g[1].simplified) for g in group)


def bank_problems(gaps: list[dx.Gap], bank: list[str]) -> list[tuple[int, str]]:
    """(gap index, bank word) for every bank word other than a gap's answer that could fill it (empty: each gap
    has exactly one word of the bank). The word bank's cross-check, also run on every finished bank."""
    return [(k, w) for k, g in enumerate(gaps) for w in bank if w != g.answer and not _cross_ok(g, w)]


def _extra_word(ctx: Context, group, rng) -> tuple[str, str, str, str] | None:
    """The sixth bank word: a listed word at the level whose part of speech is no answer's (so it fits no gap
    by grammar: 父亲 next to 父母 would fit 我带＿去上海), that also passes every gap's checks."""
    from quizgen.analysis import glosses, lexicon

    taken = frozenset().union(*(g[2].answer_class for g in group))
    lv = ctx.doc.level
    pool = [w for w, wl in sorted(lexicon.word_levels(ctx.doc.standard).items())
            if wl in (lv - 1, lv) and len(w) == 2 and dx.word_class(w) and not (dx.word_class(w) & taken)
            and w not in ctx.text_words]
    rng.shuffle(pool)
    for w in pool[:200]:
        if all(_cross_ok(g[2], w) for g in group):
            return ctx.display(w), dictionary_pinyin(w), glosses.gloss(w) or "", w
    return None


#: Spare options of a matching group (bench/mutation_check.py "matching-spare": 0 gives as many as its words).
SPARE = 1


def matching(ctx: Context, n: int) -> list[Item]:
    """HSK 1–3: groups of 5 words matched with their pinyin (first group) or meaning (second group).

    Within a group readings are distinct and meanings share no sense, so each word has one match. The options hold
    one spare (the reading or meaning of another word of the text, not asked), as HSK matching does: with exactly
    as many options as words the last match came free (strict check, session 16)."""
    rng = ctx.rng("matching")
    out: list[Item] = []
    kinds = ("pinyin", "meaning")
    cands = [t for t in ctx.targets if t.simplified not in ctx.used]
    while len(out) < n:
        kind = kinds[(len(out) // 5) % 2]
        group: list[tuple[Span, Token, str]] = []
        for t in cands:
            span, tok = t.occurrences[0]
            key = tok.pinyin if kind == "pinyin" else (tok.gloss or "").split(";")[0].strip()
            if not key or any(key == g[2] for g in group):
                continue
            if kind == "meaning" and any(dx.is_synonym(tok.simplified, g[1].simplified) for g in group):
                continue
            group.append((span, tok, key))
            if len(group) == 5 + SPARE:
                break
        if len(group) < 3 + SPARE:
            break
        cands = [t for t in cands if t.simplified not in {g[1].simplified for g in group}]
        keys = [g[2] for g in group]
        for _span, tok, _key in group[len(group) - SPARE:]:
            ctx.used.add(tok.simplified)  # the spare's word: asked nowhere else either
        group = group[:len(group) - SPARE]
        rng.shuffle(keys)
        gid = f"match-{len({i.group for i in out}) + 1}"
        for k, (span, tok, key) in enumerate(group, 1):
            ctx.used.add(tok.simplified)
            out.append(Item(id=ctx.id(span.text, tok.simplified, "matching"), type="matching", level=tok.level,
                            prompt=tok.text, options=tuple(keys), answer=key, answer_index=keys.index(key),
                            source=ctx.doc.source, sentence=span.text, start=span.start, end=span.end,
                            word=tok.text, simplified=tok.simplified, pinyin=tok.pinyin, gloss=tok.gloss or "",
                            target_start=tok.start, target_end=tok.end, group=gid, number=k, kind=kind))
    return out[:n]


#: False: a sentence that opens a quotation it does not close may be an insertion option (mutation "insert-whole-quotes")
WHOLE_QUOTES = True


def insertion(ctx: Context, n: int) -> list[Item]:
    """HSK 6: remove 3–5 sentences (never the first, never two in a row; cued ones first) from a passage of
    6–10 sentences; the options are the removed sentences."""
    rng = ctx.rng("insertion")
    out: list[Item] = []
    for win in runs(ctx, 6, 10, 600):
        if len(out) >= n:
            break
        pos = [i for i in range(1, len(win)) if 8 <= len(win[i].text) <= 60
               and not any(c in win[i].text for c in NOTE_MARKS)  # an editor's note (【庚辰双行夹批：…】) is no answer
               and (not WHOLE_QUOTES or balanced_marks(win[i].text))]  # 宝玉笑道：“我不信。 is half a quotation
        pos.sort(key=lambda i: (not starts_with_cue(win[i]), -len(win[i].text), i))
        chosen: list[int] = []
        for i in pos:
            if all(abs(i - j) > 1 for j in chosen) and len(chosen) < min(5, n - len(out)):
                chosen.append(i)
        if len(chosen) < 3:
            continue
        chosen.sort()
        pid = f"insert-{len(ctx.passages) + 1}"
        opts = [win[i].text for i in chosen]
        rng.shuffle(opts)
        text, disp = [], []
        for i, s in enumerate(win):
            sep = separator(ctx, win[i - 1], s) if i else ""
            text.append(sep + s.text)
            disp.append(sep + (gap_mark(chosen.index(i) + 1) if i in chosen else s.text))
        ctx.passages.append(Passage(pid, "insertion", "".join(text), "".join(disp), win[0].start, win[-1].end))
        ctx.grouped.update(s.id for s in win)
        # the removed sentences are this exercise's answers: no later question may quote one in its stem
        ctx.used_sentences.update(win[i].id for i in chosen)
        for k, i in enumerate(chosen, 1):
            s = win[i]
            before = win[i - 1].text
            after = win[i + 1].text if i + 1 < len(win) else ""
            out.append(Item(id=ctx.id(s.text, "", "insertion"), type="insertion", level=ctx.doc.level,
                            prompt=before + BLANK + after, options=tuple(opts), answer=s.text,
                            answer_index=opts.index(s.text), source=ctx.doc.source, sentence=s.text,
                            start=s.start, end=s.end, passage=pid, number=k, group=pid))
        break  # one passage: the section is one exercise
    return out
