"""True restatements of a clause in other words, for the keys of judgments, statement items and detail questions.

A key copied from the text can be found by matching its surface (issue 12: "copied verbatim → true" gave the key
of 95 % of held-out judgments), so a true statement says the clause in other words, by a change whose truth we
can check:

* **synonym**: one word replaced by a synonym of certainly the same sense (:func:`safe_synonyms`: a Cilin synonym
  group, shared CC-CEDICT senses, the same word class, at or below the sheet's level — :mod:`quizgen.items.synonyms`
  — and a common word by wordfreq, not much rarer than the word it replaces);
* **contrary**: a final adjective negated through its contrary (contraries.tsv: 压力很大 → 压力不小), exact because
  what is big is certainly not small; it gives true statements their share of negation words, so that a
  negation word does not mark the false ones;
* **equivalent**: a formal or literary word replaced by its everyday equivalent of the same sense in every use
  (equivalents.tsv: 均 → 都, 尚未 → 还没, 询问 → 问, 突然 → 忽然), where its part of speech is the listed one;
* **comparison**: 比 turned round with the contrary (A比B高 → B比A低);
* the restatements of :mod:`quizgen.items.rephrase`: a cause turned round, 把/被 undone, a pronoun named, a number
  in another form.

Nothing comes out that the text itself holds word for word.
"""
from __future__ import annotations

from functools import cache

from quizgen.analysis import datafiles
from quizgen.items.changes import Unit
from quizgen.items.context import Context
from quizgen.items.cues import cue_words, table
from quizgen.items.synonyms import SWAPPABLE, VERB, synonyms

#: A replacing synonym is a common word (Zipf ≥ 3.5: about 3 in a million words; 优良 is 3.3, 经常 5.1) …
MIN_ZIPF = 3.5
#: … and not much rarer than the word it replaces (one Zipf step is ten times rarer).
MAX_ZIPF_DROP = 1.0
# The word classes read below (quizgen/data/restate_words.tsv: its header says what each set is).
_WORDS = datafiles.word_sets("restate_words.tsv")
#: Degree adverbs that go with a final adjective: 很大 → 不小 drops them with the adjective.
_DEGREE = _WORDS["degree"]
_NOT_BEFORE_ADJECTIVE = _WORDS["not_before_adjective"]  # 跑得快, 比他高, 更高, 太大
_COORDINATORS = _WORDS["coordinator"]
_NEGATION = tuple(sorted(_WORDS["negation_char"]))
#: Words of a noun phrase on either side of 比 (no verb: 他跑得比我快 is another pattern).
_NOMINAL = ("n", "r", "t", "m", "q", "f", "s")
_PERSONS = _WORDS["person"]


@cache
def contraries() -> dict[str, str]:
    """word -> its contrary, from contraries.tsv (``word<TAB>antonym[<TAB>antonym for a person]``, Simplified)."""
    return {row[0]: row[1] for row in table("contraries.tsv")}


@cache
def _for_person() -> dict[str, str]:
    return {row[0]: row[2] for row in table("contraries.tsv") if len(row) > 2}


def contrary_of(word: str, toks) -> str:
    """The contrary of ``word`` in a clause with tokens ``toks``: a person's where it differs (高 → 矮 when the
    clause speaks of a person)."""
    from quizgen.items import neighbours as nb

    def is_person(t) -> bool:  # a name, a personal pronoun, or a word Cilin files only under people (A: 哥哥)
        codes = nb.codes(t.simplified) if t.pos[:1] == "n" else ()
        return t.pos.startswith("nr") or t.simplified in _PERSONS or (bool(codes) and all(c[:1] == "A" for c in codes))

    person = any(is_person(t) for t in toks)
    return _for_person().get(word, contraries()[word]) if person else contraries()[word]


@cache
def _refused() -> frozenset[tuple[str, str]]:
    """Synonym pairs that do not replace each other (synonyms_refused.tsv), both directions."""
    return frozenset(p for a, b in table("synonyms_refused.tsv") for p in ((a, b), (b, a)))


def common_enough(word: str, replaced: str) -> bool:
    """``word`` is common (:data:`MIN_ZIPF`) and at most :data:`MAX_ZIPF_DROP` rarer than ``replaced``."""
    from quizgen.items.frames import zipf

    z = zipf(word)
    return z >= MIN_ZIPF and z >= zipf(replaced) - MAX_ZIPF_DROP


def safe_synonyms(word: str, standard: str, level: int) -> tuple[str, ...]:
    """:func:`synonyms.synonyms` that are also common enough to replace ``word`` and not a pair refused by hand
    (synonyms_refused.tsv)."""
    return tuple(w for w in synonyms(word, standard, level) if common_enough(w, word) and (word, w) not in _refused())


def negated(text: str) -> bool:
    """The text holds a negation character (the cue a student would use)."""
    return any(c in text for c in _NEGATION)


def synonym(ctx: Context, u: Unit) -> tuple[str, str] | None:
    """(the clause with one word replaced by a safe synonym, "synonym A → B"), or None."""
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
        for syn in safe_synonyms(t.simplified, ctx.doc.standard, ctx.doc.level):
            shown = ctx.display(syn)
            a, b = t.start - u.start, t.end - u.start
            new = u.text[:a] + shown + u.text[b:]
            if new not in ctx.doc.text:
                return new, f"synonym {t.text} → {shown}"
    return None


#: False: no restatement by a listed everyday equivalent (bench/mutation_check.py "equivalent-words").
EQUIVALENTS = True
#: Next words after which a verb said in one syllable reads (购买了 → 买了, 询问两位医生 → 问两位医生): an aspect or
#: directional particle, or the start of an object (noun, pronoun, number, place, time, name).
_OBJECT_START = ("n", "r", "m", "t", "s", "q", "u")


@cache
def equivalents() -> dict[str, tuple[str, str]]:
    """word -> (its everyday equivalent, the part-of-speech prefix it must have or ``*``), from equivalents.tsv."""
    return {w: (rep, pos) for w, rep, pos in table("equivalents.tsv")}


def _fits(toks, k: int, rep: str, pos: str) -> bool:
    """The equivalent ``rep`` may stand for ``toks[k]``: the listed part of speech; a verb not after a passive
    marker (被大家认为 → *被大家觉得); a verb said in one syllable only as a plain verb with its object or
    particle after it (购买了; not 大量购买, 购买力); an adverb with a word after it; a localiser of time (tag f: 以后
    → 之后) only right after the verb or particle of the phrase it closes."""
    t = toks[k]
    prev = next((x for x in reversed(toks[:k]) if x.text.strip()), None)
    nxt = next((x for x in toks[k + 1:] if x.text.strip()), None)
    if NEGATION_SAFE and negated(rep) and not negated(t.simplified) \
            and any(negated(x.simplified) for j, x in enumerate(toks) if j != k):
        return False  # 没有很多人 → *没有不少人: a second negation turns the clause round
    if pos == DEGREE_BEFORE_END:
        return DEGREE_AT_END and t.pos.startswith("d") and _degree_of_end(toks, nxt)
    if pos != "*" and not t.pos.startswith(pos):
        return False
    if pos == "m" and (nxt is None or not _counts_a_noun(toks, nxt)):
        return False  # 很多声的叹息 → 不少声的…: a quantity inside a modifier, or before a measure word, stays
    if pos == "f" and LOCALISERS_AFTER_VERB and (prev is None or not prev.is_word or prev.pos[:1] not in ("v", "u")
                                                 or prev.pos == "vn"):
        return False  # 以后 alone is "in the future", 之后 "after that": alike only after a verb (吃了以后, 回国之前)
    if t.pos[:1] == "v":
        if any(x.simplified in cue_words("passive") for x in toks[:k]):
            return False
        if len(rep) == 1 and (t.pos != "v" or nxt is None or not nxt.is_word or nxt.pos[:1] not in _OBJECT_START
                              or not _plain_before(toks, prev)):
            return False
    return nxt is not None and nxt.is_word


#: False: a time localiser (以后 → 之后) is replaced wherever it stands (bench/mutation_check.py
#: "localiser-after-verb").
LOCALISERS_AFTER_VERB = True
#: The tag of equivalents.tsv for a degree adverb said another way only before the clause's last word (特别 → 非常).
DEGREE_BEFORE_END = "da"
#: False: a degree adverb's equivalent is taken wherever the adverb stands (bench/mutation_check.py
#: "degree-before-end": 特别准备 'specially prepared' → *非常准备).
DEGREE_AT_END = True
#: False: an equivalent saying 不 may go into a negated clause (bench/mutation_check.py "equivalent-negation").
NEGATION_SAFE = True


def _counts_a_noun(toks, nxt) -> bool:
    """``nxt``, the word after a word of quantity (很多, 许多), is the noun it counts and heads its phrase: no measure
    word, no 的 after it (很多人, 很多朋友, 很多爱好 at the end; not 很多声的叹息, 很多次)."""
    after = next((x for x in toks[toks.index(nxt) + 1:] if x.text.strip()), None)
    if after is None:  # the clause's last word after 很多 is what it counts unless a verb (我有很多爱好: 爱好 is tagged a)
        return nxt.pos[:1] not in ("v", "q", "m")
    return nxt.pos[:1] == "n" and after.simplified not in ("的", "之")


def _degree_of_end(toks, nxt) -> bool:
    """``nxt``, the word after a degree adverb, ends the clause and is no verb or noun in the dictionary (好吃, 美,
    漂亮: a predicate of degree), nor 是 or 的 (特别是 'especially', 特别的 'special')."""
    from quizgen.items.word_classes import word_class

    return nxt is not None and nxt.is_word and nxt is toks[-1] and nxt.simplified not in ("是", "的") \
        and not word_class(nxt.simplified) & {"v", "n"}


def _plain_before(toks, prev) -> bool:
    """What comes before a verb lets it be said in one syllable: nothing, a pronoun or name, a plain adverb
    (已经, 也), a word of one character, or a noun opening the clause (its subject). A two-syllable modifier
    wants a two-syllable verb (大量购买, 广泛使用, 积极寻找: *大量买); the tagger calls 大量 a noun, so a noun
    inside the clause is refused too (医生朋友询问 is lost, *大量买 is not made)."""
    if prev is None or prev.proper_noun or prev.pos[:1] == "r" or prev.pos == "d" or len(prev.simplified) == 1:
        return True
    return prev.pos[:1] == "n" and next(x for x in toks if x.text.strip()) is prev


def equivalent(ctx: Context, u: Unit) -> tuple[str, str] | None:
    """(the clause with one word said by its listed everyday equivalent, "equivalent A → B"), or None; the
    equivalent at or below the sheet's level when the HSK list has it (还没 is two HSK 1 words)."""
    from quizgen.analysis import lexicon

    if not EQUIVALENTS:
        return None
    levels = lexicon.word_levels(ctx.doc.standard)
    toks = list(u.tokens)
    for k, t in enumerate(toks):
        got = equivalents().get(t.simplified) if t.is_word and not t.proper_noun else None
        if got is None or levels.get(got[0], 0) > ctx.doc.level or not _fits(toks, k, *got):
            continue
        shown = ctx.display(got[0])
        new = u.text[:t.start - u.start] + shown + u.text[t.end - u.start:]
        if new not in ctx.doc.text:
            return new, f"equivalent {t.text} → {shown}"
    return None


def _final_adjective(u: Unit) -> tuple[int, str] | None:
    """(index where the predicate starts, its adjective in Simplified) when the clause ends in a degree adverb
    and an adjective of contraries.tsv, or such an adjective alone after its subject (压力很大, 价格比较便宜)."""
    toks = [t for t in u.tokens if t.text.strip()]
    if len(toks) < 2 or len(toks) != len(u.tokens):
        return None
    last = toks[-1]
    word = last.simplified
    start = len(toks) - 1
    if word[:1] in "很较挺" and len(word) > 1 and word[1:] in contraries():
        word = word[1:]  # jieba's 很大, 较高
    elif word in contraries() and last.pos[:1] == "a":
        if toks[-2].simplified in _DEGREE:
            start -= 1
        elif toks[-2].pos[:1] not in ("n", "r") and not toks[-2].proper_noun:
            return None  # 又大又圆, 变大: only a plain predicate after its subject
    else:
        return None
    if start == 0 or toks[start - 1].simplified in _NOT_BEFORE_ADJECTIVE:
        return None  # 跑得快, 比他高, 更高 (presupposes), 太大 (too big is not 'not small')
    if any(t.pos[:1] == "v" and t.pos != "vn" for t in toks[:start]):
        return None  # 保障全国用电安全: after a verb the adjective is part of its object (safety), not the predicate
    return start, word


def contrary(ctx: Context, u: Unit) -> tuple[str, str] | None:
    """The final adjective negated through its contrary (压力很大 → 压力不小), for a clause with no negation and
    no 比 (see :func:`comparison`)."""
    if negated(u.text) or any(t.simplified == "比" for t in u.tokens):
        return None
    got = _final_adjective(u)
    if got is None:
        return None
    start, word = got
    head = ctx.doc.display(u.start, u.tokens[start].start)
    new = head + ctx.display("不" + contrary_of(word, u.tokens))
    return (new, f"contrary {ctx.doc.display(u.tokens[start].start, u.end)} → {new[len(head):]}") \
        if new not in ctx.doc.text else None


def comparison(ctx: Context, u: Unit) -> tuple[str, str] | None:
    """A比B + adjective turned round with the adjective's contrary (今年的收入比去年高 → 去年的收入比今年低 is not
    made: only plain noun phrases on both sides, 他比我高 → 我比他矮 with the listed contrary)."""
    toks = u.tokens
    at = [k for k, t in enumerate(toks) if t.simplified == "比"]
    if len(at) != 1 or negated(u.text):
        return None
    b = at[0]
    last = toks[-1]
    if last.simplified not in contraries() or last.pos[:1] != "a" or b == 0 or b + 2 > len(toks) - 1:
        return None
    left, right = toks[:b], toks[b + 1:-1]
    if not all((t.pos[:1] in _NOMINAL or t.proper_noun) and t.text.strip() for t in left + right):
        return None
    x = ctx.doc.display(left[0].start, left[-1].end)
    y = ctx.doc.display(right[0].start, right[-1].end)
    new = y + toks[b].text + x + ctx.display(contrary_of(last.simplified, toks))
    return (new, f"comparison {u.text} → {new}") if new not in ctx.doc.text else None


@cache
def movable_time_words() -> frozenset[str]:
    """Time words that may move across the subject (movable_time_words.txt, one a line, Simplified)."""
    return frozenset(row[0] for row in table("movable_time_words.txt"))


def time_moved(ctx: Context, u: Unit) -> tuple[str, str] | None:
    """A time word moved across the subject (他去年来到中国 ↔ 去年他来到中国): the same statement. Only a listed time
    word (movable_time_words.txt; no number: 1995年 may be part of a compared pair) next to a plain noun or pronoun subject of one to three
    words, followed by the predicate (an adverb, verb, preposition or adjective)."""
    toks = [t for t in u.tokens]
    if any(not t.text.strip() for t in toks) or len(toks) < 4:
        return None

    def time(t) -> bool:
        return t.simplified in movable_time_words()

    def nominal(t) -> bool:
        return (t.pos[:1] in ("n", "r") or t.proper_noun) and t.pos != "vn" and not t.simplified.startswith(("这", "那"))

    def predicate(t) -> bool:
        return t.pos[:1] in ("d", "v", "p", "a")

    if time(toks[0]):
        k = 1
        while k < len(toks) and k <= 3 and nominal(toks[k]):
            k += 1
        if k == 1 or k > 3 or k >= len(toks) or not predicate(toks[k]):
            return None
        subject = ctx.doc.display(toks[1].start, toks[k - 1].end)
        new = subject + toks[0].text + ctx.doc.display(toks[k].start, u.end)
    else:
        k = next((j for j, t in enumerate(toks) if not nominal(t)), len(toks))
        if not 1 <= k <= 3 or k + 1 >= len(toks) or not time(toks[k]) or not predicate(toks[k + 1]):
            return None
        subject = ctx.doc.display(toks[0].start, toks[k - 1].end)
        new = toks[k].text + subject + ctx.doc.display(toks[k + 1].start, u.end)
    return (new, f"time word {toks[0].text if time(toks[0]) else toks[k].text} moved") \
        if new not in ctx.doc.text else None


def conjuncts_swapped(ctx: Context, u: Unit) -> tuple[str, str] | None:
    """Two nouns joined by 和/与/跟/及 as the subject, swapped (王夫人和邢夫人在…坐着 → 邢夫人和王夫人在…坐着): the same
    statement. Only a conjunction the tagger calls one (c, not the preposition of 他和我说), one or two nominal
    words on each side, the predicate right after, no 、 list."""
    toks = list(u.tokens)
    at = next((k for k, t in enumerate(toks[:4]) if t.simplified in _COORDINATORS and t.pos == "c"), None)
    if at is None or at == 0 or any(t.simplified == "、" for t in toks):
        return None

    def nominal(t) -> bool:
        return (t.pos[:1] in ("n", "r") or t.proper_noun) and t.pos != "vn" and t.text.strip() != ""

    end = at + 1
    while end < len(toks) and end - at <= 2 and nominal(toks[end]):
        end += 1
    if end == at + 1 or end - at > 3 or end >= len(toks) or toks[end].pos[:1] not in ("d", "v", "p", "a") \
            or not all(nominal(t) for t in toks[:at]):
        return None
    a = ctx.doc.display(toks[0].start, toks[at - 1].end)
    b = ctx.doc.display(toks[at + 1].start, toks[end - 1].end)
    if a == b:
        return None
    new = b + toks[at].text + a + ctx.doc.display(toks[end].start, u.end)
    return (new, f"subjects {a}, {b} swapped") if new not in ctx.doc.text else None


def restatements(ctx: Context, u: Unit, numbers: bool = True) -> list[tuple[str, str]]:
    """Every true restatement of ``u`` found (text, how), structural ones first (they change the most). With
    ``numbers=False`` no number in words: among four options whose wrong ones change a number in digits, the one
    number in words would mark the key (a judgment writes its changed numbers in words too)."""
    from quizgen.items import rephrase as rp
    from quizgen.items import reversals as rv

    out = []
    for fn in (rp.cause_turned, comparison, contrary, rp.ba_undone, rp.pronoun_named, rv.superlative_turned,
               rv.place_turned, equivalent, synonym, time_moved, conjuncts_swapped, rp.number_form):
        if fn is rp.number_form and not numbers:
            continue
        got = fn(ctx, u)
        if got is not None and got[0] not in ctx.doc.text:
            out.append(got)
    return out
