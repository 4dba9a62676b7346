"""Passage questions (★ stem, four options) and true/false statements about what the text means.

The kinds, each made only where its check passes (see the module named):

* ``why`` / ``purpose`` / ``result`` (:mod:`quizgen.items.causes`): from a cause, purpose or result structure
  (因为…所以, 由于, 之所以…是因为, 为了, 以便, 于是, 结果 …); the key is the cause, purpose or result clause, the
  distractors clauses of other sentences, or the key with one fact changed;
* ``who`` / ``where`` / ``when`` / ``how_many`` (:mod:`quizgen.items.asking`): the sentence asked in place
  (他在北京工作了三年 → 他在哪儿工作了三年？), options the other people, places, times, numbers of the passage;
* ``meaning`` (:mod:`quizgen.items.asking`): what a word at the level means in its sentence, against the senses
  of other words of its part of speech;
* ``detail`` (:mod:`quizgen.items.detail`): the key restates a clause with a synonym, the distractors are other
  clauses of the passage with one fact changed (verified to contradict it);
* ``main_idea`` / ``title`` (:mod:`quizgen.items.topic`): what the passage is about, where one topic's word chain
  runs through it; the distractors are nouns the passage mentions in one sentence only;
* ``judgment`` items (HSK 1–4, 判断对错): a restatement (true) or a one-fact change (false) of a clause.

Every question records the sentence ids that make its key right (``evidence``) and, per option, what was
changed (``option_changes``, "" for the key). A sentence carries a question only when its words are at the level
except at most :data:`ABOVE_CAP` glossed ones (the sheet glosses them), and a sentence is asked about once.
"""
from __future__ import annotations

import random

from quizgen.analysis import lexicon
from quizgen.items import asking, causes, detail, mentioned, topic
from quizgen.items.context import Context
from quizgen.items.drafts import ORDER, QUOTED, Draft, note_asked, open_to_meaning
from quizgen.items.itemset import Item, Passage


def _options(d: Draft, rng: random.Random) -> tuple[list[str], list[str]] | None:
    opts = [d.key] + [w for w, _ in d.wrong]
    if len(set(opts)) != len(opts) or any(a != b and (a in b) for a in opts for b in opts):
        return None  # one option inside another reads as a hint
    why = {d.key: ""} | {w: c for w, c in d.wrong}
    rng.shuffle(opts)
    return opts, [why[o] for o in opts]


def to_item(ctx: Context, d: Draft, type_: str, rng: random.Random) -> Item | None:
    """The Item of a draft: options shuffled (a judgment's are always 对, 错), a passage spanning the evidence and
    the wrong options' sentences (the Anki card prints it; the worksheet names its paragraphs)."""
    src = dict(zip((w for w, _ in d.wrong), d.sources))
    if type_ == "judgment":
        opts = [ctx.display("对"), ctx.display("错")]
        changed = ["" if o == d.key else d.wrong[0][1] for o in opts]
    else:
        # the question's own order: of its word's question when it asks about one (an edit of the sentence keeps it)
        rng = ctx.word_rng(type_ + ":" + d.kind, d.key + "\x1f" + d.word) if d.word else \
            ctx.question_rng(type_ + ":" + d.kind, d.key, d.text)
        got = _options(d, rng)
        if got is None:
            return None
        opts, changed = got
    ids = sorted(set(d.evidence) | set(d.sources))
    sents = [s for s in ctx.doc.sentences if ids[0] <= s.id <= ids[-1]]
    pid = f"question-{len(ctx.passages) + 1}"
    text = ctx.doc.display(sents[0].start, sents[-1].end)
    ctx.passages.append(Passage(pid, "question", text, text, sents[0].start, sents[-1].end))
    key = d.key
    expl = d.wrong[0][1] if type_ == "judgment" else "; ".join(f"{'ABCD'[k]}: {c}" for k, c in enumerate(changed) if c)
    recorded = tuple(c + (f" (sentence {src[o]})" if c and o in src else "") for o, c in zip(opts, changed))
    return Item(id=ctx.id(d.text, d.kind + ":" + d.stem, type_), type=type_, level=ctx.doc.level,
                prompt=("★ " if type_ == "question" else "") + d.stem, options=tuple(opts), answer=key,
                answer_index=opts.index(key), source=ctx.doc.source, sentence=d.text, start=d.start, end=d.end,
                simplified=d.word,  # the word it asks about (meaning, topic): the Anki note's identity
                passage=pid, kind=d.kind, explanation=expl,
                evidence=tuple(d.evidence), option_changes=recorded)


#: Share of a sheet's questions one kind may take: a sheet of eight word-meaning questions is a vocabulary test.
MAX_SHARE = 0.5


def _pick(ctx: Context, drafts: list[Draft], n: int, type_: str, rng: random.Random) -> list[Item]:
    """Up to ``n`` items, kinds taken in turn (one of each before a second of any), a sentence asked once, no kind
    more than :data:`MAX_SHARE` of ``n`` (at least two) unless it is the only kind."""
    by_kind: dict[str, list[Draft]] = {}
    for d in drafts:
        by_kind.setdefault(d.kind, []).append(d)
    out: list[Item] = []
    kinds = [k for k in ORDER if k in by_kind] + sorted(k for k in by_kind if k not in ORDER)
    cap = n if len(kinds) < 2 and type_ == "judgment" else max(2, int(n * MAX_SHARE))
    while len(out) < n and any(by_kind.values()):
        for k in kinds:
            if len(out) >= n:
                break
            if sum(i.kind == k for i in out) >= cap:
                by_kind[k] = []
                continue
            while by_kind.get(k):
                d = by_kind[k].pop(0)
                if (any(i in ctx.used_sentences for i in d.evidence) and not _shares(ctx, d)) or d.word in ctx.used:
                    continue
                item = to_item(ctx, d, type_, rng)
                if item is None:
                    continue
                if type_ == "question":
                    note_asked(ctx, d.evidence, "\x1f".join((item.prompt, *item.options)))
                ctx.used_sentences.update(d.evidence)
                if d.word:
                    ctx.used.add(d.word)
                out.append(item)
                break
    return out


def _shares(ctx: Context, d: Draft) -> bool:
    """A word-meaning draft on a long sentence other ★ questions use, on a clause they do not print
    (:func:`drafts.open_to_meaning`)."""
    quote = QUOTED.search(d.stem)
    return d.kind == "meaning" and quote is not None and all(
        open_to_meaning(ctx, ctx.doc.sentences[i], quote.group(1)) for i in d.evidence)


#: Share of a sheet's questions that may ask what a passage is about (one per passage window).
TOPIC_SHARE = 0.25


def topic_cap(n: int) -> int:
    """How many of ``n`` questions may ask what a passage is about (:data:`TOPIC_SHARE`, at least one)."""
    return max(1, int(n * TOPIC_SHARE))


def _topics(ctx: Context, n: int, rng: random.Random, cap: int | None = None) -> list[Item]:
    """Main-idea / title questions: one per window whose topic check passes, at most ``cap`` (default
    :func:`topic_cap` of ``n``). Their evidence is most of the passage, so they take no sentence from the other
    kinds; their key word is tested nowhere else."""
    out: list[Item] = []
    for d in topic.drafts(ctx, rng)[:topic_cap(n) if cap is None else max(0, cap)]:
        item = to_item(ctx, d, "question", rng)
        if item is not None:
            ctx.used.add(d.word)
            out.append(item)
    return out


def topic_items(ctx: Context, n: int, items=()) -> list[Item]:
    """At most ``n`` main-idea / title questions over the whole text's windows (:func:`_topics`), then at most
    ``n`` 没有提到 questions (:mod:`quizgen.items.mentioned`): the build makes the other questions paragraph by
    paragraph, and these last (they claim only the words they print); ``items``: the questions made so far."""
    rng = ctx.rng("question")
    out = _topics(ctx, n, rng, n)
    if not MENTIONED:
        return out
    made = 0
    for d, printed in mentioned.drafts(ctx, topic.windows(ctx), items):
        if made >= n:
            break
        if printed & ctx.used:
            continue  # a word of it is tested since (an earlier window's question prints it)
        item = to_item(ctx, d, "question", rng)
        if item is not None:
            ctx.used |= printed
            out.append(item)
            made += 1
    return out


#: 没有提到 questions are asked (bench/mutation_check.py "not-mentioned-asked": False asks none).
MENTIONED = True


def question_items(ctx: Context, n: int, topics: int | None = None) -> list[Item]:
    """★ questions with four options: what each passage is about first (at most ``topics``, default
    :func:`topic_cap` of ``n``: the build, which calls this paragraph by paragraph, gives what is left of the
    whole text's share), then the other kinds in turn (see the module docstring)."""
    rng = ctx.rng("question")
    tops = _topics(ctx, n, rng, topics)
    drafts = causes.drafts(ctx, rng) + detail.drafts(ctx, rng) + asking.drafts(ctx, rng)
    drafts.sort(key=lambda d: draft_order(ctx, d))
    return tops + _pick(ctx, drafts, n - len(tops), "question", rng)


#: Word-meaning questions on words of the sheet's level come before those on a level below (bench/mutation_check.py
#: "meaning-level-first": False keeps text order only).
HARDER_FIRST = True


def draft_order(ctx: Context, d: Draft) -> tuple[int, int]:
    """The order drafts are taken in: text order, but a word-meaning draft on a word listed above the sheet's level
    after the others, and one on a word below it last (情况 and 成为, HSK 4 words, were asked on HSK 5 sheets
    beside harder words: strict check, session 16). A word of the level is what the sheet teaches; one above it,
    asked from its context (asking.ABOVE_LEVEL), comes when the level's words are asked."""
    level = lexicon.word_levels(ctx.doc.standard).get(d.word) if d.kind == "meaning" and d.word else None
    if not HARDER_FIRST or level is None or level == ctx.doc.level:
        return 0, d.start
    return (1 if level > ctx.doc.level else 2), d.start


def judgment_items(ctx: Context, n: int) -> list[Item]:
    """HSK 1–4 判断对错: a statement about the passage, true (a restatement) or false (one fact changed)."""
    return _balanced(ctx, unbalanced_judgments(ctx, n))


def unbalanced_judgments(ctx: Context, n: int) -> list[Item]:
    """:func:`judgment_items` before the balance: the build makes them paragraph by paragraph and balances those
    of the whole text at the end (:func:`balanced`)."""
    rng = ctx.rng("judgment")
    return _pick(ctx, detail.judgments(ctx, rng), n, "judgment", rng)


def balanced(ctx: Context, items: list[Item]) -> list[Item]:
    """:func:`_balanced` (public for the build)."""
    return _balanced(ctx, items)


def _balanced(ctx: Context, items: list[Item]) -> list[Item]:
    """The sheet's judgments with neither answer more than :data:`detail.FALSE_PER_TRUE` times the other, and none
    when one answer has none: the drafts alternate, but sentences taken by earlier sections (or a text with
    nothing to change) can leave one side empty, and over many sheets of one lone 对 "always 对" becomes the
    winning guess (held-out passages: 15 of 22 judgments true with lone ones kept). Dropped items give their
    sentences back."""
    yes = ctx.display("对")
    true = [i for i in items if i.answer == yes]
    false = [i for i in items if i.answer != yes]
    keep_true = detail.FALSE_PER_TRUE * len(false)
    keep_false = detail.FALSE_PER_TRUE * len(true)
    drop = {id(i) for i in true[keep_true:] + false[keep_false:]}
    for i in items:
        if id(i) in drop:
            ctx.used_sentences.difference_update(i.evidence)
    return [i for i in items if id(i) not in drop]
