"""HSK 5 "choose the statement consistent with the passage" (选出与这段话内容一致的一项).

The right statement restates a sentence or clause of the passage in other words we can check
(:mod:`quizgen.items.restate`: a safe synonym, a contrary, 比 turned round, a time word or two subjects moved),
never word for word: a key copied from the passage is found by matching its surface. A passage with no clause
that can be restated gets no statement item.

Each wrong statement is a sentence or clause of the passage with exactly one fact changed and verified to
contradict the passage: see changes.py.
"""
from __future__ import annotations

from collections import Counter
from itertools import combinations

from quizgen.analysis import chars, datafiles
from quizgen.analysis.document import Sentence, Token
from quizgen.items import restate
from quizgen.items.changes import MODALS, Unit, changes, names
from quizgen.items.context import Context
from quizgen.items.cues import cue_words
from quizgen.items.drafts import stem
from quizgen.items.itemset import Item, Passage
from quizgen.items.select import at_level_share
from quizgen.items.windows import CONTEXT_AT_LEVEL, CUES, runs, separator

# The words that decide what a clause asserts (quizgen/data/statement_words.tsv: its header says each set).
_WORDS = datafiles.word_sets("statement_words.tsv")
# a clause with one of these is not asserted as it stands: a condition, a question, a wish, a guess
_NOT_ASSERTED = tuple(sorted(_WORDS["not_asserted"]))
# after a clause with one of these the sentence reports what someone says or thinks: 他说，A — A alone is not
# what the passage asserts (the whole sentence, with 他说, is)
_REPORTING = tuple(sorted(_WORDS["reporting"]))
_FACTUAL = tuple(sorted(_WORDS["factual"]))
_CLAUSE_PUNCT = chars.CLAUSE_PUNCT
_QUESTION = _WORDS["question"]  # with written and classical ones: 魏兵如何敢来！ is a rhetorical question
_SUBORDINATE = _WORDS["subordinate"]
# Clauses opening with these continue or qualify another clause: not a statement on their own.
_DEPENDENT = tuple(sorted(_WORDS["dependent"]))  # 使滑子蘑的价格提高了: what made it so is in the clause before
# CUES minus personal pronouns: 他/她 open many news sentences about one person and read fine as options;
# 这/那/其/此 point back to something the option does not say
_PRONOUNS = tuple(sorted(_WORDS["subject_pronoun"]))
_TIME_CLAUSE_END = _WORDS["time_clause_end"]  # …时, …之后: 'when …', no statement
_PREPOSITION_START = tuple(sorted(_WORDS["preposition_start"]))  # 根据他的了解: a prepositional phrase
_REPORT_END = tuple(sorted(_WORDS["report_end"]))  # 记者获悉, 据报道: the statement is in the next clause
_FRAME_END = _WORDS["frame_end"]  # 在…的基础上, 告诉记者: the same
_OPEN_END = _WORDS["open_end"]  # 共同愿望是: the rest is in the next clause
_DATELINE = _WORDS["dateline"]  # 本报哈尔滨12月31日电
_FINITE_VERBS = _WORDS["finite_verb"]  # 是/有 make a predicate finite before …的 + noun
_EMPHATIC = frozenset({"就是", "也是", "都是", "正是", "才是", "不是"})  # 是 with its adverb, as jieba cuts it

MAX_SENTENCE = 120  # characters: one long news sentence may sit in a passage of 250; a 400-character one may not
MAX_PASSAGE = 250  # characters; HSK 5 statement passages run 60–250 (a whole short paragraph)
MIN_STATEMENT = 8  # characters of the right statement: shorter clauses are fragments (他说, 情况如下)
MAX_WHOLE = 40
# Statement units (options) at the passage's context share, not item_spans' 90 %: an option repeats words of the
# passage, where those above the level are glossed, and a change only ever adds an at-level word (不, 没有, 五,
# 减少). Round 4 (docs/items-quality.md): at 0.9 news clauses give 0–4 units per chunk.
STATEMENT_AT_LEVEL = CONTEXT_AT_LEVEL  # a whole sentence up to this length is one statement (他来到中国，成为第一个访华的大船主)



#: False: a word tagged a noun counts as a subject whatever its dictionary class (bench/mutation_check.py
#: "subject-by-class").
SUBJECT_BY_CLASS = True


#: jieba's tags of the aspect particles 着, 了, 过.
_ASPECT_TAGS = ("uz", "ul", "ug")


def has_subject(unit) -> bool:
    """A noun or pronoun before the first verb: the clause says who does what (不应该回过头 has no subject). A word
    the tagger calls a noun whose dictionary class is neither noun nor pronoun, before a verb, preposition or
    adverb, is the predicate, no subject (建议/n 以…方式告知大家, 声言/n 要支持…: verbs;
    :func:`word_classes.word_class`)."""
    from quizgen.items.word_classes import word_class

    words = [t for t in unit if t.text.strip()]
    for k, t in enumerate(words):
        if t.pos[:1] == "v":
            return False
        if t.proper_noun or (SUBJECT_BY_CLASS and t.pos[:1] == "s"):
            return True  # a place word is the topic too (村里每月发…, 海外…)
        if t.pos[:1] in ("n", "r"):
            if SUBJECT_BY_CLASS and t.simplified.startswith(cue_words("determiner")):
                continue  # 每个季节, 各项系统: the noun after the determiner is the subject (每天晚上睡觉前 has none)
            cls = word_class(t.simplified) if SUBJECT_BY_CLASS and t.is_word else frozenset()
            nxt = words[k + 1].pos if k + 1 < len(words) else ""
            if SUBJECT_BY_CLASS and nxt in _ASPECT_TAGS:
                return False  # 标志/n 着…: an aspect particle makes it the verb
            # a predicate when a verb, preposition or adverb follows it (滑雪/nr 旅游/vn 收入 is a noun phrase)
            return not cls or bool(cls & {"n", "r"}) or not (nxt[:1] in ("p", "d") or nxt == "v")
    return False


#: False: a clause ending in a time word never stands alone, even where the word is its verb's object
#: (bench/mutation_check.py "time-object").
TIME_OBJECTS = True


def time_object(words) -> bool:
    """The clause's last word, a time word, is the object of the verb right before it, or before its one-character
    localiser (我们过春节, 我不喜欢下|雨天: jieba cuts 下雨天 so), not a time the clause is cut at (…大熊猫今天, no verb
    before it). A verb that takes a time as object is a full verb: no modal, no 是/有 (是今天 says when)."""
    if not TIME_OBJECTS or len(words) < 2:
        return False
    k = len(words) - 2
    if words[k].pos[:1] == "f" and len(words[k].simplified) == 1 and k > 0:
        k -= 1
    verb = words[k]
    return verb.pos[:1] == "v" and verb.pos != "vn" and verb.simplified not in MODALS | {"是", "有", "到"}


#: The first and the last step of a sequence (首先, 最后: cues.tsv seq1, seq3): a clause opening with one names a step
#: no other step of the text can be (最后我们到了丽江 → 最后我们到了哪儿？); a middle one (然后, 接着) is relative.
_ENDS_OF_SEQUENCE = frozenset(cue_words("seq1") + cue_words("seq3"))
#: False: a clause closing 是…的 goes on in the next like any clause ending in 的 (bench/mutation_check.py "shi-de").
SHI_DE = True


def shi_de(words) -> bool:
    """A clause closing a 是…的 construction: 是 after its first word and at least a word before the final 的
    (佛教就是通过丝绸之路从印度传到中国的, 这本书是我的): a statement, not a noun phrase going on in the next clause."""
    return SHI_DE and len(words) >= 4 and words[-1].simplified == "的" \
        and any(w.simplified.endswith("是") and w.simplified in _FINITE_VERBS | _EMPHATIC for w in words[1:-2])


def stands_alone(unit) -> bool:
    """A clause that reads as a statement: no dependent opening, not 'when …' (…时), has a verb or adjective."""
    words = [t for t in unit if t.is_word]
    if not words or words[-1].simplified in _TIME_CLAUSE_END \
            or (words[-1].pos[:1] == "t" and not any(c.isdigit() for c in words[-1].text)
                and not time_object(words)):  # …的同时, …大熊猫今天
        return False
    if 2 * sum(w.pos[:1] in "mqt" for w in words) >= len(words) \
            and not any(w.pos[:1] in "va" and len(w.simplified) > 1 for w in words):
        return False  # mostly numbers, measure and time words, no verb of two characters: a date (建宁二年四月望日)
    first = words[0].simplified
    if words[0].pos[:1] == "p" or first.startswith(_PREPOSITION_START):
        return False  # a prepositional phrase (根据他的了解), not a statement
    if words[-1].simplified.endswith(_REPORTING + _REPORT_END) or words[-1].simplified in _FRAME_END:
        return False  # 专家近日表示, 在…的基础上, 告诉记者: the statement is in the next clause
    if (words[-1].simplified in _OPEN_END and not shi_de(words)) or any(w.simplified in _DATELINE for w in words):
        return False  # 共同愿望是 (the rest is in the next clause); a dateline (本报哈尔滨12月31日电)
    if (first.startswith(_DEPENDENT) and words[0].pos[:1] != "t") \
            or (first.startswith(CUES) and not first.startswith(_PRONOUNS) and first not in _ENDS_OF_SEQUENCE):
        return False
    if len(words) >= 2 and words[-2].simplified == "的" and words[-1].pos[:1] == "n":
        # ends in "…的 + noun": a statement only with its predicate before the first 的 (他感受到了中国经济发展的
        # 大潮); otherwise a noun phrase (社会所提供的机会, 改革开放的中国经济的发展)
        # and only when that predicate is plainly finite: after a noun or pronoun subject, 是/有 or marked by 了/过
        # (曾在1994年…大赛获第二名的李飙 is a noun phrase: its 获 is inside the modifier)
        first = next(k for k, w in enumerate(words) if w.simplified == "的")
        return words[0].pos[:1] in ("n", "r") and any(
            _predicate(words, k) and (words[k].simplified in _FINITE_VERBS
                                      or any(w.simplified in ("了", "过") for w in words[k + 1:first]))
            for k in range(first))
    return any(_predicate(words, k) for k in range(len(words)))


def _predicate(words: list[Token], k: int) -> bool:
    """Word k can be the clause's predicate: a verb or adjective with a common dictionary entry (善化 is a place
    jieba tags 'v'), not modifying what follows (相关之规定, 收费规定 at the end: 古坑收费站的收费规定 is a noun
    phrase, not a statement)."""
    from quizgen.analysis import lexicon

    t = words[k]
    if t.pos[:1] not in ("v", "a") or t.proper_noun or not any(not e.is_proper for e in lexicon.cedict_entries(
            t.simplified[1:] if t.simplified[:1] in "很较" and len(t.simplified) == 2 else t.simplified)):
        return False
    nxt = words[k + 1] if k + 1 < len(words) else None
    if t.simplified in MODALS and (nxt is None or nxt.pos[:1] != "v"):
        return False  # 会 in 学会副会长 is no predicate; a modal is one with its verb
    if nxt is None:
        return True
    if nxt.simplified in ("的", "之"):
        return False
    # verb + final noun: a predicate with its object after a subject (我们公司生产汽车), a noun phrase after 的 or
    # with nothing before it (古坑收费站的收费规定, 收费规定). Round 3 refused both; this keeps the first.
    return not (nxt.pos[:1] == "n" and k + 2 == len(words)) \
        or (k > 0 and words[k - 1].pos[:1] in ("n", "r", "d", "t") and words[k - 1].simplified not in ("的", "之"))


def _complete(s: Sentence) -> bool:
    """The sentence ends as a statement (。！；): one the pipeline cut at a comma ends in a fragment."""
    return s.text.rstrip("」』”\"）) ")[-1:] in "。！!；;"


def frame(c) -> bool:
    """A clause that is a prepositional frame of what follows (对一个贫困的家庭, 在这种情况下): it opens with a
    preposition and has no verb of its own; or a scope (仅李文亮所在的中心医院: question_words.tsv ``scope``, a noun
    phrase after 仅/光/只 …), without which the next clause claims more than the text (已有三位医生离世)."""
    words = [t for t in c if t.is_word]
    if SCOPES and len(words) > 1 and words[0].simplified in SCOPE_WORDS and words[-1].pos[:1] in ("n", "s", "r"):
        return True
    return bool(words) and words[0].pos[:1] == "p" and not any(t.pos[:1] == "v" and t.pos != "vn" for t in words[1:])


#: False: a scope clause (仅…医院，) binds nothing after it (bench/mutation_check.py "scope-binds").
SCOPES = True
SCOPE_WORDS = datafiles.word_sets("question_words.tsv")["scope"]


def units(ctx: Context, s: Sentence) -> list[Unit]:
    """Statements a sentence makes: its clauses (6–30 characters, ≥ 3 words, a subject, standing alone) and the
    whole sentence when short (≤ 40 characters) and its first clause is such a clause. Nothing from a question,
    a condition or a quotation; every unit ≥ 90 % at level (it is item text; the passage around it need not be)."""
    simp = "".join(t.simplified for t in s.tokens)
    if not _complete(s) or any(t.simplified in _QUESTION for t in s.tokens) or any(w in simp for w in _NOT_ASSERTED):
        return []
    clauses: list[list[Token]] = []
    cur: list[Token] = []
    for t in s.tokens:
        if t.simplified and all(c in _CLAUSE_PUNCT for c in t.simplified):
            if cur:
                clauses.append(cur)
            cur = []
        else:
            cur.append(t)
    if cur:
        clauses.append(cur)

    def ok(toks, lo: int, hi: int) -> bool:
        text = ctx.doc.display(toks[0].start, toks[-1].end)
        return (lo <= len(text) <= hi and sum(x.is_word for x in toks) >= 3 and not set(text) & set("“”「」『』\"《》")
                and not any(x.simplified in _SUBORDINATE for x in toks)
                and at_level_share(tuple(toks), ctx.doc.level, known=ctx.known) >= STATEMENT_AT_LEVEL)

    reported = next((k for k, c in enumerate(clauses) if any(x.simplified.endswith(_REPORTING) for x in c)), None)
    # after 说/表示/指出 the clauses report a fact (wrong options may change them); after 认为/希望 an opinion
    factual = reported is not None and [x for x in clauses[reported] if x.is_word][-1:] \
        and [x for x in clauses[reported] if x.is_word][-1].simplified.endswith(_FACTUAL)
    bound = next((k for k, c in enumerate(clauses) if SCOPES and frame(c) and k + 1 < len(clauses)), None)
    out = [c for k, c in enumerate(clauses) if ok(c, 6, 30) and stands_alone(c) and has_subject(c)
           and (reported is None or k <= reported or factual) and (bound is None or k < bound)]
    whole = [t for t in s.tokens if t.start < clauses[-1][-1].end] if clauses else []
    if len(clauses) > 1 and whole and clauses[0] in out and ok(whole, 10, MAX_WHOLE) \
            and not any(c[0].simplified in _SUBORDINATE for c in clauses):
        out.append(whole)
    return [Unit(s.id, tuple(u), u[0].start, u[-1].end, ctx.doc.display(u[0].start, u[-1].end),
                 reported is None or u[0].start < clauses[reported][-1].end) for u in out]


# --- the section --------------------------------------------------------------------------------------------


def _overlap(a: Unit, b: Unit) -> bool:
    return a.start < b.end and b.start < a.end


def _similar(a: int, b: int) -> bool:
    """Lengths within 1.5 times each other: a much longer or shorter option stands out."""
    return 2 * a <= 3 * b and 2 * b <= 3 * a


MAX_WRONG_POOL = 14  # wrong candidates per right statement searched in combination (C(14, 3) = 364)


def _cost(right: Unit, r: int, units_: list[Unit], combo) -> tuple:
    """How weak a set of three wrong statements is, smallest best: a change of the right statement itself gives
    the answer away by a one-word difference (two options differing in one word, one of them right); a change
    of a clause overlapping it nearly does; two from one clause read as a pair; swapped names are the weakest
    evidence; one kind of change three times (不是/不是/不是) makes a dull item."""
    own = sum(k == r for _, _, k in combo)
    near = sum(k != r and _overlap(units_[k], right) for _, _, k in combo)
    ks = [k for _, _, k in combo]
    pairs = sum(_overlap(units_[x], units_[y]) for i, x in enumerate(ks) for y in ks[i + 1:])
    name = sum(why.startswith("name") for _, why, _ in combo)
    kinds = len({why.split(" ")[0] for _, why, _ in combo})
    return (own, near + pairs, name, -kinds)


def _pick(units_: list[Unit], ch: dict[int, list[tuple[str, str]]], order: list[int], said: dict[int, str]):
    """(right unit index, [(wrong text, why, unit index)]) or None. Every right statement (≥ MIN_STATEMENT) and
    every set of three wrong statements of similar length (each within 1.5× the right one) is tried, at most two
    from one clause; the set of least ``_cost`` wins, ties by the seeded order — small and deterministic, where a
    greedy pick missed sets that exist (round 4, AS 601)."""
    best = None
    for r in order:
        right = units_[r]
        if len(right.text) < MIN_STATEMENT or not right.asserted or r not in said:
            continue
        n_right = len(said[r])
        pool: list[tuple[str, str, int]] = []
        for k in sorted(order, key=lambda k: (k == r, _overlap(units_[k], right))):
            for new, why in ch[k]:
                if new != right.text and _similar(len(new), n_right) and all(new != w[0] for w in pool):
                    pool.append((new, why, k))
        for combo in combinations(pool[:MAX_WRONG_POOL], 3):
            if max(Counter(k for _, _, k in combo).values()) > 2:
                continue
            key = _cost(right, r, units_, combo)
            if best is None or key < best[0]:
                best = (key, r, list(combo))
    return None if best is None else (best[1], best[2])


def statement_items(ctx: Context, n: int) -> list[Item]:
    """HSK 5: a passage of 2–5 sentences and 4 statements, one restating a sentence or clause, three verified
    wrong (see the module docstring)."""
    names_ = names(ctx)
    out: list[Item] = []
    last = -1
    for win in runs(ctx, 2, 6, MAX_PASSAGE, CONTEXT_AT_LEVEL):
        if len(out) >= n:
            break
        # every sentence complete: a headline, dateline or salutation (二○○一年新年贺词, 朋友们：) is no passage text
        if win[0].id <= last or any(len(s.text) > MAX_SENTENCE or not _complete(s) for s in win):
            continue
        passage = "".join(s.text for s in win)
        us = [u for s in win for u in units(ctx, s)]
        if len(us) < 2:
            continue
        order = list(range(len(us)))
        rng = ctx.question_rng("statement", "", passage)  # the passage's own: other passages change nothing
        rng.shuffle(order)
        # no swapped names: 白河收費站通往… → 中山收費站通往… says something the passage does not mention, it does
        # not contradict it (round 5 hand check); a name is contradicted only where the passage gives both names
        # the same exclusive fact, which we cannot check
        ch = {k: [c for c in changes(ctx, us[k], passage, names_, rng) if not c[1].startswith("name")]
              for k in order}
        said = {k: got[0][0] for k in order if (got := restate.restatements(ctx, us[k], numbers=False))}  # the key in other words
        picked = _pick(us, ch, order, said)
        if picked is None:
            continue
        r, wrong = picked
        right = us[r]
        opts = [said[r]] + [w[0] for w in wrong]
        if len(set(opts)) != 4:
            continue
        rng.shuffle(opts)
        opts = [o + "。" for o in opts]
        last = win[-1].id
        pid = f"statement-{len(ctx.passages) + 1}"
        text = "".join((separator(ctx, win[i - 1], s) if i else "") + s.text for i, s in enumerate(win))
        ctx.passages.append(Passage(pid, "statement", text, text, win[0].start, win[-1].end))
        expl = "; ".join(f"{'ABCD'[opts.index(w[0] + '。')]}: {w[1]}" for w in wrong)
        answer = said[r] + "。"
        out.append(Item(id=ctx.id(text, right.text, "statement"), type="statement", level=ctx.doc.level,
                        prompt=stem(ctx, "detail"), options=tuple(opts), answer=answer,
                        answer_index=opts.index(answer), source=ctx.doc.source, sentence=right.text,
                        start=right.start, end=right.end, passage=pid, group=pid,
                        explanation=f"{'ABCD'[opts.index(answer)]} restates the passage; {expl}"))
    return out
