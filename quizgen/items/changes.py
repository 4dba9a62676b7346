"""Single-fact changes of a statement unit (HSK 5 "choose the consistent statement"): each turns a clause of
the passage into one the passage contradicts.

A change moves a number (±1–2), a Chinese numeral (举办了四届 → 五届, 第三 → 第四), swaps a name for another of the
same kind that the passage also names, puts 不/没 on or takes it off the main verb (是 → 不是, 增加了 → 没增加,
很大 → 不大, 并不是 → 是, 没有参加 → 参加了), swaps a word for its antonym, or moves the time of a completed event
(去年 → 今年, 上午 → 下午) — and is *verified*: the clause is asserted (no condition, question, hedge or
approximate number in it), the change is not on a modifier before 的, and the changed text occurs nowhere in the
text, so the passage says the opposite.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

from quizgen.analysis import datafiles
from quizgen.analysis.document import Token
from quizgen.analysis.script import to_simplified
from quizgen.items.context import Context
from quizgen.items.cues import cue_words
from quizgen.items.mentions import name_cut
from quizgen.items.number_checks import (  # noqa: F401  (NUM, approximate: read from here by other modules)
    _CN_NUM,
    _CN_NUMERAL,
    NUM,
    _cn_numeral,
    _compared_year,
    _in_range,
    _new_number,
    approximate,
    dialled,
    no_value,
)
from quizgen.items.numbers import same_width  # noqa: F401  (read from here by counts and facts)
from quizgen.items.place_kinds import same_kind

# The words and tables of the changes (Simplified), each file's header saying what its entries are and where
# they come from: antonyms.tsv (增加 → 减少: only exact tokens swap, one-character ones only as a predicate,
# 压力大 → 压力小, never inside a noun phrase), negations.tsv (是 → 不是, 有 → 没有, and the way back),
# time_swaps.tsv (去年 → 今年 for a completed event), statement_words.tsv (hedges, approximations, the words of
# negation, aspect and modality that decide where a change contradicts the passage).
_ANTONYMS = datafiles.pairs("antonyms.tsv")
_NEGATABLE = datafiles.pairs("negations.tsv")
_POSITIVE = {cols[1]: cols[0] for cols in (line.split("\t") for line in datafiles.lines("negations.tsv"))
             if cols[2:] != ["one-way"]}
_TIME_SWAP = datafiles.pairs("time_swaps.tsv")
_WORDS = datafiles.word_sets("statement_words.tsv")
_NEG_CHARS = tuple(sorted(_WORDS["negation_char"]))
_NOT_NEGATION = _WORDS["not_negation"]
_WORDS_Q = datafiles.word_sets("question_words.tsv")  # 非常大 → 非常小 is a plain antonym
_DEGREE = _WORDS["degree"]
_COMPLEMENTS = _WORDS["complement"]  # 感受到了 → 没感受到
_HEDGES = tuple(sorted(_WORDS["hedge"]))
_HEDGE_WORDS = _WORDS["hedge_word"]  # as words of their own only: 将 (will), not 将军
MODALS = _WORDS["modal"]
_NOT_NEGATED = _WORDS["not_negated"]  # 没有是, 没有成为: ungrammatical or something else
_ASPECT = _WORDS["aspect"]  # 没有正在…, 没有将…, 没有了
_HABIT = _WORDS["habit"]  # a habit takes 不, not 没有
_VAGUE = _WORDS["vague"]  # 或多或少都没有讲
_LIST_MARKS = tuple(sorted(_WORDS["list_mark"]))
_DONE_MARKS = _WORDS["done_mark"]
_HAVE_VERBS = _WORDS["have_verb"]
_PLACE_CLOSE = _WORDS["place_close"]
_PLACE_PREP = _WORDS["place_prep"]
_ADVERB_BEFORE_NOT = _WORDS["adverb_before_not"]
_NOT_AFTER_ACTION = _WORDS["not_after_action"]
_NOT_BEFORE_DID = _WORDS["not_before_did"]
_DID_NOT_VERBS = _WORDS["did_not_verb"]
_ASPECT_DONE = _WORDS["aspect_done"]
_TITLES = _WORDS["title"]


@dataclass(frozen=True, slots=True)
class Unit:
    """A sentence or clause that reads as a statement: tokens, offsets into the document, its text."""

    sentence: int
    tokens: tuple[Token, ...]
    start: int
    end: int
    text: str
    # False for what the passage reports someone said (张博卿说，A): a changed A contradicts the passage, but A
    # itself is not the passage's own claim, so it is never the right statement
    asserted: bool = True



def _edit(ctx: Context, unit: Unit, edits: dict[int, str]) -> str:
    """Unit text with tokens replaced (index → new text, already in the input's script)."""
    out, pos = [], unit.start
    for i, t in enumerate(unit.tokens):
        if i in edits:
            out.append(ctx.doc.display(pos, t.start) + edits[i])
            pos = t.end
    out.append(ctx.doc.display(pos, unit.end))
    return "".join(out)



def _completed(unit: Unit, i: int) -> bool:
    """The clause dates one completed event, so moving its time word contradicts the passage: a 了/过 or 已 after
    the time word (他去年来到了中国), a date right after it (去年十一月十七日开放通车), or a clock time after a part
    of the day (上午六时至晚上十时). Not a state or a habit: 今年我们很忙 → 去年我们很忙 contradicts nothing."""
    rest = unit.tokens[i + 1:]
    if any(t.simplified in _DONE_MARKS for t in rest):
        return True
    nxt = rest[0].simplified if rest else ""
    return bool(nxt) and (nxt[-1:] in "月日号" and rest[0].pos[:1] in ("t", "m")
                          or (unit.tokens[i].simplified[-1:] in "午上" and nxt[-1:] in "点时"))



def changes(ctx: Context, unit: Unit, passage: str, names: dict[str, list[str]],
            rng: random.Random) -> list[tuple[str, str]]:
    """Every single-fact change of a unit that contradicts the passage: (new text, explanation), the new text
    found nowhere in the passage, in seeded random order. None for a hedged unit (可能有 → 可能没有
    contradicts nothing)."""
    text, toks = unit.text, unit.tokens
    simp = "".join(t.simplified for t in toks)
    if any(h in simp for h in _HEDGES) or any(t.simplified in _HEDGE_WORDS and t.pos[:1] in ("v", "d") for t in toks):
        return []
    negated = any(c in t.simplified for t in toks if t.simplified not in _NOT_NEGATION for c in _NEG_CHARS)
    # 不仅A，而且B says both halves the same way: a negation or an antonym in one reads as no Chinese
    additive = ADDITIVE and any(t.simplified in cue_words("additive") for t in toks)
    contrast = _contrasted(ctx, unit)
    tries: list[tuple[str, str]] = []
    for i, t in enumerate(toks):
        prev = toks[i - 1].simplified if i else ""
        nxt = toks[i + 1].simplified if i + 1 < len(toks) else ""
        m = NUM.search(t.text)
        fixed = approximate(unit, i) or _in_range(unit, i) or _compared_year(unit, i) or no_value(toks, i)
        if m and not fixed:
            new = _new_number(m.group(), passage, rng, up=prev in ("了", "过") or prev.endswith(("达到", "突破")), unit=t.text[m.end():] or nxt)
            if new:
                tries.append((_edit(ctx, unit, {i: t.text[:m.start()] + new + t.text[m.end():]}),
                              f"number {m.group()} → {new}"))
        cn = None if m or fixed else _cn_numeral(t, nxt)
        if cn:
            tries.append((_edit(ctx, unit, {i: cn}), f"numeral {t.text} → {cn}"))
        if t.simplified in _TIME_SWAP and nxt not in ("的", "之") and _completed(unit, i) \
                and not _in_range(unit, i):
            new_t = ctx.display(_TIME_SWAP[t.simplified])
            if new_t not in passage:
                tries.append((_edit(ctx, unit, {i: new_t}), f"time {t.text} → {new_t}"))
        if t.proper_noun and t.pos[:2] in names and not _common_word(t.simplified) \
                and prev not in _LIST_MARKS and nxt not in _LIST_MARKS:
            tries += _name_swap(ctx, unit, i, names[t.pos[:2]], passage)
        if nxt in ("的", "之"):
            continue  # a modifier (成功的人 → 失败的人): the passage says nothing about the other kind
        ant = _ANTONYMS.get(t.simplified)
        predicate = not nxt or nxt == "了" or toks[i + 1].pos[:1] not in ("n", "a", "v")
        # a verb anywhere, anything else only as the predicate (克服了很多困难 → 很少困难, 很多容易: no sentence)
        obj = i and (toks[i - 1].pos[:1] in ("m", "q", "v", "u") or toks[i - 1].simplified in _ANTONYMS)
        manner = bool(nxt) and toks[i + 1].pos[:1] == "v" and t.pos not in ("v", "vd")  # 胜利实现 → 失败实现 does not read
        if ant and not negated and not additive and not manner and t.pos[:1] != "n" and (t.pos[:1] == "v" or (predicate and not obj)) \
                and not NUM.match(nxt) \
                and not _CN_NUMERAL.match(nxt) and (len(t.simplified) > 1 or predicate) \
                and not (t.simplified in ("很多", "许多") and "都" in simp):
            tries.append((_edit(ctx, unit, {i: ctx.display(ant)}), f"antonym {t.text} → {ctx.display(ant)}"))
        if additive or contrast:
            continue
        if not negated:
            tries += _negations(ctx, unit, i)
        elif sum(simp.count(c) for c in _NEG_CHARS) == 1:
            tries += _unnegations(ctx, unit, i)
    rng.shuffle(tries)
    # a changed number, negation or antonym contradicts the passage; a swapped name only says something the
    # passage does not (远东的经济结构较特殊 next to 希腊的…): names are the last resort
    tries.sort(key=lambda c: c[1].startswith("name"))
    # checked against the passage the question is about, never the rest of the text: a paragraph added later
    # must not change (or remove) an existing question
    return [(new, why) for new, why in tries if new != text and new not in passage]


def _name_swap(ctx: Context, unit: Unit, i: int, names: list[str], passage: str) -> list[tuple[str, str]]:
    """Token i (a name) swapped for another name of the same kind, length and place suffix (广东省 never becomes
    后河) that the passage also names: the option mixes up two of its people or places (a name from elsewhere in
    the text only says something the passage does not mention; in a list, 美国、日本等 → 美国、意大利等, neither)."""
    t = unit.tokens[i]
    suffix = t.text[-1] if t.pos[:2] == "ns" and t.simplified[-1] in "省市县区州镇村国" else ""
    others = [n for n in names if n != t.text and n not in unit.text and n in passage
              and len(n) == len(t.text) and n.endswith(suffix) and _clean_name(to_simplified(n), t.pos[:2])
              and (t.pos[:2] != "ns" or same_kind(t.text, n))]
    return [(_edit(ctx, unit, {i: others[0]}), f"name {t.text} → {others[0]}")] if others else []


def _main_verb(toks: tuple[Token, ...], i: int) -> bool:
    """Token i is the clause's first verb, with no preposition before it (从自己能胜任的工作做起: 能 is inside a
    modifier) and, unless it is 是/有 or followed by 了/过, no 的 after it (a verb before 的 modifies a noun; a 的
    after 会见了 or 具有 is in the object: 会见了参加演出的主要演员). A place or topic phrase closed by 上/中/里
    may come before 是/有/具有 (中山舰在我国近现代历史上具有…价值 → 不具有)."""
    head = toks[i].simplified in _HAVE_VERBS
    before = toks[:i]
    if head and i > 2 and toks[i - 1].simplified in _PLACE_CLOSE and before[0].pos[:1] in ("n", "r") \
            and sum(t.pos[:1] == "p" for t in before) == 1 and before[1].simplified in _PLACE_PREP:
        before = ()
    if any(t.pos[:1] in ("v", "p") and t.pos != "vn" for t in before):
        return False  # a verbal noun (文明建设, 经济发展) is part of the subject
    done = i + 1 < len(toks) and toks[i + 1].simplified in ("了", "过") \
        or i + 2 < len(toks) and toks[i + 1].simplified in _COMPLEMENTS and toks[i + 2].simplified == "了"
    return head or done or not any(t.simplified == "的" for t in toks[i + 1:])


#: False: a verb right before an adverb or conjunction may take 没有 (bench/mutation_check.py "verb-heads-subject").
HEAD_OF_SUBJECT = True


#: False: a clause of 不仅A，而且B takes negations and antonyms (bench/mutation_check.py "additive-same-way").
ADDITIVE = True
#: False: 有 before a count may become 没有 (bench/mutation_check.py "counted-have").
COUNTED_HAVE = True
#: False: V了 inside a clause of time (吃了以后, 到了北京后) may be negated (bench/mutation_check.py "after-clause").
AFTER_CLAUSE = True
#: False: V了 before a 才 of its clause may be negated (bench/mutation_check.py "late-only": 火车开了三个小时才到 →
#: *火车没开三个小时才到; 才 says the event came late, so it happened).
LATE_ONLY = True


def _negations(ctx: Context, unit: Unit, i: int) -> list[tuple[str, str]]:
    """不/没 on the main verb: 是 → 不是; V了 → 没V (感受到了 → 没感受到); 很大 → 不大. Nothing in a clause with a
    delimitative (cues.tsv ``delimit``: 我会看一会儿电视 → 我不会看一会儿电视 does not read), and no 没有 before a
    verb followed by an adverb or conjunction: that verb heads the subject (手机支付不仅方便 → 手机没有支付…); no 没V
    for a V了 that a following 以后/之后/后 makes a time (朋友吃了以后说… → *朋友没吃以后说…)."""
    toks = unit.tokens
    if any(x.simplified in cue_words("delimit") for x in toks):
        return []
    t = toks[i]
    prev = toks[i - 1] if i else None
    nxt = toks[i + 1].simplified if i + 1 < len(toks) else ""
    if t.simplified in _NEGATABLE and (t.pos.startswith("v") or _is_verb(t.simplified)) and _main_verb(toks, i) \
            and (prev is None or prev.pos[:1] != "d" or prev.simplified in _ADVERB_BEFORE_NOT) \
            and (t.simplified not in MODALS or (nxt and toks[i + 1].pos.startswith("v"))) \
            and not (COUNTED_HAVE and t.simplified.endswith("有") and nxt and toks[i + 1].pos[:1] == "m"):
        # 有一栋教学楼和一个操场 → *没有一栋教学楼和一个操场: 没有 + a count reads 'fewer than', no plain negation
        return [(_edit(ctx, unit, {i: ctx.display(_NEGATABLE[t.simplified])}), f"negation {t.text}")]
    after = toks[i + 2] if i + 2 < len(toks) else None  # 参加了一个比赛 → *没参加一个比赛: 没V + 一 + measure
    if nxt == "了" and not any(x.simplified == "了" for x in toks[:i]) \
            and not (COUNTED_HAVE and after is not None and after.pos[:1] == "m" and after.simplified[:1] == "一") \
            and not (AFTER_CLAUSE and any(x.pos[:1] == "f" and x.simplified.endswith("后") for x in toks[i + 2:])) \
            and not (LATE_ONLY and any(x.simplified == "才" for x in toks[i + 2:])) \
            and _main_verb(toks, i - 1 if t.simplified in _COMPLEMENTS and i else i):
        verb = i
        if t.simplified in _COMPLEMENTS and prev is not None and prev.pos.startswith("v"):
            verb = i - 1  # 感受到了: 没 before 感受
        head = toks[verb]
        before = toks[verb - 1] if verb else None
        if _is_verb(head.simplified) and (before is None or (before.pos[:1] not in ("d", "p", "c", "a")
                                                             and before.pos != "vn")  # 成功/胜利没实现
                                          or before.simplified in ("都", "也")):
            return [(_edit(ctx, unit, {verb: ctx.display("没") + head.text, i + 1: ""}), f"negation {head.text}了")]
    if t.pos.startswith("v") and t.simplified not in _NEGATABLE and t.simplified not in MODALS \
            and t.simplified not in _NOT_NEGATED and _main_verb(toks, i) and nxt not in _NOT_AFTER_ACTION \
            and (prev is None or prev.pos[:1] in ("n", "r", "t", "s") or prev.simplified in ("都", "也")) \
            and not (HEAD_OF_SUBJECT and i + 1 < len(toks) and toks[i + 1].pos[:1] in ("d", "c")) \
            and _is_verb(t.simplified) and not any(x.simplified in _ASPECT for x in toks) \
            and not any(x.pos[:1] == "v" or x.simplified in ("并", "並") for x in toks[i + 1:]) \
            and not any(x.simplified in _VAGUE for x in toks) \
            and not (COUNTED_HAVE and i + 1 < len(toks) and toks[i + 1].pos[:1] == "m"
                     and toks[i + 1].simplified[:1] == "一") \
            and not any(x.simplified == "的" or x.simplified.startswith("每") or x.simplified in _HABIT for x in toks[:i]):
        # a plain action verb after its subject: 广大气象工作者克服困难 → 没有克服困难 (not before 得: 说得更干脆
        # is negated in its complement, *没有说得更干脆) (an adverb or preposition
        # before the verb would need 没有 in front of it: 今天在京开幕 → 今天没有在京开幕; not tried). Not after a
        # 的: in 经济结构的战略性调整部署实施 the 'verb' 调整 is part of the subject
        return [(_edit(ctx, unit, {i: ctx.display("没有") + t.text}), f"negation {t.text}")]
    if t.pos.startswith("a") and t.simplified[:1] == "很" and len(t.simplified) == 2 and nxt in ("", "了"):
        return [(_edit(ctx, unit, {i: "不" + t.text[1:]}), f"negation {t.text}")]
    if t.simplified in _DEGREE and nxt and toks[i + 1].pos.startswith("a") and i + 2 == len(toks):
        return [(_edit(ctx, unit, {i: "不"}), f"negation {t.text}{toks[i + 1].text}")]
    return []


#: False: a clause of 不是A，而是B takes negations (bench/mutation_check.py "contrast-no-negation").
CONTRASTED = True


def _contrasted(ctx: Context, unit: Unit) -> bool:
    """The unit's sentence says 不是A，而是B (pairs.tsv, a pair whose first word is a negated form of negations.tsv): taking 不是 off or
    adding one gives 灾难是你家是一个人死，而是一家人…, no Chinese (strict check, session 19)."""
    from quizgen.items.cues import pairs

    if not CONTRASTED or not 0 <= unit.sentence < len(ctx.doc.sentences):
        return False
    sent = "".join(t.simplified for t in ctx.doc.sentences[unit.sentence].tokens)
    return any(a in _POSITIVE and a in sent and b in sent[sent.find(a) + len(a):] for a, b in pairs())


def _unnegations(ctx: Context, unit: Unit, i: int) -> list[tuple[str, str]]:
    """The only negation of an asserted clause taken off: 并不是 → 是, 不能 → 能, 没有 + noun → 有."""
    toks = unit.tokens
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    drop_bing = {i - 1: ""} if i and toks[i - 1].simplified == "并" else {}
    if t.simplified in _POSITIVE and (t.simplified != "没有" or (nxt is not None and nxt.pos[:1] in ("n", "r"))):
        return [(_edit(ctx, unit, {**drop_bing, i: ctx.display(_POSITIVE[t.simplified])}), f"negation off {t.text}")]
    if t.simplified == "不" and nxt is not None and nxt.simplified in _NEGATABLE:
        return [(_edit(ctx, unit, {**drop_bing, i: ""}), f"negation off 不{nxt.text}")]
    if t.simplified in ("没有", "没") and nxt is not None:
        return _did(ctx, unit, i)
    return []


def _is_verb(simplified: str) -> bool:
    """CC-CEDICT reads the word as a verb ('to …'); 留在, 走到 (verb + 在/到, no entry of their own) by the verb."""
    from quizgen.items.semantic_fields import sense_pos

    if simplified[-1:] in "在到给成" and len(simplified) == 2 and not sense_pos(simplified):
        simplified = simplified[:1]
    return sense_pos(simplified) == "v"


def _did(ctx: Context, unit: Unit, i: int) -> list[tuple[str, str]]:
    """没(有)V → V了 (他没有参加会议 → 他参加了会议; 没有留在北京 → 留在了北京; 没看完 → 看完了). Not after 还
    (还没有来 says it is expected) nor before 有 (没有有…) or a verb that does not take 了 (是, 在, 像)."""
    toks = unit.tokens
    verb = toks[i + 1]
    before = toks[i - 1].simplified if i else ""
    if before in _NOT_BEFORE_DID or verb.simplified in _DID_NOT_VERBS \
            or not verb.pos.startswith("v") or not _is_verb(verb.simplified) \
            or not _main_verb(toks, i) or any(t.simplified in _ASPECT_DONE for t in toks[i + 1:]):
        return []
    at = i + 1
    if at + 1 < len(toks) and toks[at + 1].simplified in _COMPLEMENTS:
        at += 1  # 没看完 → 看完了
    return [(_edit(ctx, unit, {i: "", at: toks[at].text + ctx.display("了")}),
             f"negation off {toks[i].text}{verb.text}")]


def _common_word(simplified: str) -> bool:
    """A common CC-CEDICT word (钟声 'sound of a bell') that the tagger took for a name."""
    from quizgen.analysis import lexicon

    if any(not e.is_proper for e in lexicon.cedict_entries(simplified)):
        return True
    # a person's name starts with a surname; a place or organisation is a dictionary name or has a suffix
    proper = any(e.is_proper for e in lexicon.cedict_entries(simplified))
    person = len(simplified) == 3 and simplified[:1] in lexicon.SURNAMES  # 2-character ones: 钟声 looks alike
    return not (proper or person or simplified[-1:] in lexicon.PLACE_SUFFIXES
                or simplified[-1:] in lexicon.ORG_SUFFIXES)



def _clean_name(simplified: str, tag: str) -> bool:
    """A replacement name the tagger did not make up: no common word, and a person's given name is no common
    word either (段时间 from 那段时间 is tagged as a person; 陈小姐 is a person)."""
    if _common_word(simplified):
        return False
    from quizgen.analysis import lexicon

    given = simplified[1:]
    return tag != "nr" or len(given) < 2 or given in _TITLES \
        or not any(not e.is_proper for e in lexicon.cedict_entries(given))


def names(ctx: Context) -> dict[str, list[str]]:
    """Proper nouns of the text by jieba tag (nr people, ns places, nt organisations), first-seen order; not a
    piece of a name the segmenter cut (巴里 of 巴里尔, :func:`name_cut`), which is no name to offer."""
    out: dict[str, list[str]] = {}
    cut: set[str] = set()
    for s in ctx.doc.sentences:
        if s.flagged:
            continue
        for k, t in enumerate(s.tokens):
            if t.proper_noun and t.pos[:2] in ("nr", "ns", "nt"):
                if name_cut(s.tokens, k) or (t.pos[:2] == "nr" and not_the_person(ctx, t)):
                    cut.add(t.text)
                elif t.text not in out.setdefault(t.pos[:2], []):
                    out[t.pos[:2]].append(t.text)
    return {tag: [n for n in ns if n not in cut] for tag, ns in out.items()}


#: False: one character of a name, or the husband's name in X家的 (his wife), is offered as a person
#: (bench/mutation_check.py "names-not-the-person").
NOT_THE_PERSON = True
_SPOUSE = tuple(_WORDS_Q["spouse_suffix"])


def not_the_person(ctx: Context, t: Token) -> bool:
    """A person-tagged name that names no one the passage shows: one character (秦 of 秦显家的, cut off) or the name
    before 家的 (林之孝家的 is 林之孝's wife, 红楼梦: the option 林之孝 names a man who does not appear; strict
    check, session 19)."""
    if not NOT_THE_PERSON:
        return False
    after = ctx.doc.text[t.end:t.end + 2]
    return len(t.text) == 1 or after.startswith(_SPOUSE) or (t.text.endswith("家") and after.startswith("的"))

