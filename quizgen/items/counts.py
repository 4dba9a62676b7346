"""How many, asked of a count written in Chinese numerals (吃了两碗米饭 → 我吃了几碗米饭？), and what the ``how_many``
questions of :mod:`quizgen.items.asking` share about numbers and their measure words.

Graded readers and exam passages write most counts in words (十个蜡烛, 三个小时, 二十分钟); the digits of news
(住了3年) are asked by :mod:`quizgen.items.asking`. A count here is a numeral of 十/百/千 and digits
(:func:`numbers.cn_value`) with its measure word, in the clause's predicate; it is asked in place with 几 up to ten and for
the clock, with 多少 above. :func:`digit_options` gives the wrong values of a count in digits.
"""
from __future__ import annotations

import random
import re

from quizgen.analysis import chars, datafiles, lexicon
from quizgen.analysis.han import all_han
from quizgen.items import numbers
from quizgen.items.attested import place_suffix_after
from quizgen.items.changes import NUM, Unit, approximate, same_width
from quizgen.items.context import Context
from quizgen.items.drafts import Draft, in_place
from quizgen.items.numbers import cn_value

#: Measure words after which a number is a rank or a date, not a count (20世纪, 3号楼).
_QUESTION_WORDS = datafiles.word_sets("question_words.tsv")
ORDINAL_UNITS = _QUESTION_WORDS["ordinal_unit"]
_NOT_COUNT_AFTER = _QUESTION_WORDS["not_count_after"]  # 第三, 周五, 星期三
_DATE_UNITS = _QUESTION_WORDS["date_unit"]  # 三月, 五日
#: Marks of a range between two numbers (5至20分钟).
RANGE = frozenset({"至", "到", "～", "~", "－", "-", "—"})

#: False: a count that is a rank after a name, a selection (前两届), a modifier of the subject (六岁的儿子…) or
#: the low end of a range (14美元至16美元) may be asked (bench/mutation_check.py "count-slot-*").
COUNT_SLOTS = True


def not_a_count(toks, i: int, after: int) -> bool:
    """The number at token ``i`` (its measure word ending before token ``after``) is no count a how-many question
    can ask in place (strict check of draw 11001): a rank or title right after a person's name
    (湖北选手叶桂五段战胜了… → 叶桂几段战胜了…？), the minutes of an hour (上午9时30分), a number after a word that makes it a rank, a date or a
    selection (question_words.tsv ``not_count_after``: 前两届研讨会开得很好 → 前几届…？), a count in a 的-phrase before
    the clause's first verb, which modifies its subject (两位种子选手的相遇自然引人注目, 六岁的儿子就天天抱着看: the
    question would ask about a modifier), or the first value of a range whose mark follows its measure word
    (以每桶原油14美元至16美元为基础)."""
    if not COUNT_SLOTS:
        return False
    prev = toks[i - 1] if i else None
    # a person's name: one token the analysis calls a name (not 玉米, which jieba tags nr), or a surname and the
    # given name jieba cut from it (黎/nr 春华/nz)
    named = prev is not None and ((prev.pos.startswith("nr") and prev.proper_noun) or (
        i > 1 and prev.pos == "nz" and toks[i - 2].pos.startswith("nr") and len(toks[i - 2].simplified) == 1))
    if prev is not None and (prev.simplified in _NOT_COUNT_AFTER or named or _hour(toks, i)):
        return True
    if after < len(toks) and toks[after].simplified in RANGE:
        return True
    start = max((k + 1 for k in range(i) if toks[k].simplified and all(c in chars.CLAUSE_PUNCT
                                                                        for c in toks[k].simplified)), default=0)
    verb = next((k for k in range(start, len(toks)) if toks[k].pos[:1] == "v" and toks[k].pos != "vn"), len(toks))
    return i < verb and any(t.simplified == "的" for t in toks[after:verb])


def _hour(toks, i: int) -> bool:
    """Token ``i`` follows an hour of the clock (9时30分, 八点十分): its minutes are part of a time, no count."""
    hour = "".join(t.simplified for t in toks[max(0, i - 2):i])
    return hour.endswith(("时", "点")) and len(hour) > 1 and (hour[-2].isdigit() or hour[-2] in chars.DIGITS + "十")


def unaskable_count(u: Unit, i: int) -> bool:
    """A count no how-many question asks (strict check, session 17): one of a clause that lists what it counts
    (湖南、河南、福建、安徽、陕西五省 → …多少省, the answer printed before it; 胜法国、捷克 after 几个), or one inside
    brackets (（附图片3张）: a note, not the text)."""
    before = "".join(t.text for t in u.tokens[:i])
    return NO_LIST_COUNTS and ("、" in u.text or before.count("（") + before.count("(") > before.count("）")
                               + before.count(")"))


#: Off: counts in a list or in brackets are asked (bench/mutation_check.py "count-no-list").
NO_LIST_COUNTS = True


def measure(text: str) -> bool:
    """A measure word or unit after a number (个, 公里, 年): one or two Han characters."""
    return 0 < len(text) <= 2 and all_han(text)


#: False: a number before a word that is no measure, or one of a list of values, may be asked in place
#: (bench/mutation_check.py "wh-no-unit"; fresh draws 10501/10502, session 22).
NO_UNIT = True
#: jieba tags of a token after a bare number that is no measure word: adverbs, conjunctions, prepositions,
#: particles, pronouns (:func:`measure` alone takes any one or two Han characters).
_NO_MEASURE = ("d", "c", "p", "u", "y", "r")


def unit_missing(toks, i: int, suffix: str) -> bool:
    """The number at ``i`` has no measure word of its own and the next token is a function word: 直接用深度6.2就可以了
    (6.2 is a version of a program; 多少就可以了 does not read)."""
    return NO_UNIT and not suffix and i + 1 < len(toks) and toks[i + 1].pos[:1] in _NO_MEASURE


#: False: a clause giving the time point of the next may be asked alone (bench/mutation_check.py "wh-frame-ahead").
FRAME_AHEAD = True


def frame_ahead(ctx: Context, u: Unit) -> bool:
    """``u`` holds 刚/才 and the clause after it in its sentence opens with 就/便 (frame_ahead, frame_then in
    question_words.tsv): it gives the time point of what follows (博览会刚开通2个小时，就已有24万人前来), and a question
    asked on it alone has none (博览会刚开通多少个小时？, strict check, session 21)."""
    if not FRAME_AHEAD or not any(t.simplified in _QUESTION_WORDS["frame_ahead"] for t in u.tokens):
        return False
    rest = ctx.doc.text[u.end:u.end + 4].lstrip("，,、 　")
    return rest[:1] in _QUESTION_WORDS["frame_then"]


def coordinated_value(toks, i: int, coordinators: frozenset[str]) -> bool:
    """The number at ``i`` is one of a list of values: a coordinator (和/与/、 …) right before it after another
    number and its unit, or after its unit (up to three tokens, 万 + 吨) right before another number
    (产量分别是1035万吨和1401万吨: 分别是多少万吨和1401万吨 asks one value and keeps the other)."""
    if not NO_UNIT:
        return False
    before = i > 1 and toks[i - 1].simplified in coordinators \
        and any(NUM.search(t.text) for t in toks[max(0, i - 4):i - 1])
    k = i + 1
    while k < min(len(toks), i + 4) and toks[k].simplified not in coordinators and toks[k].pos[:1] in ("m", "q", "n") \
            and not NUM.search(toks[k].text):
        k += 1
    after = k + 1 < len(toks) and toks[k].simplified in coordinators and NUM.match(toks[k + 1].text) is not None
    return bool(before or after)



# --- how many, the number in words ----------------------------------------------------------------------

_CN_COUNT = re.compile(rf"([{chars.TWO + chars.DIGITS[2:] + chars.UNITS + chars.DIGITS[0]}]+)([^\W\d{chars.NUMERAL}]{{0,2}})")
MAX_COUNT_IN_WORDS = 9999
#: Counts up to this change by one to three (十个 → 九个, 十一个: 二十个 is no near miss for ten candles).
SMALL_COUNT = 12


#: False: a count may be the tail of a longer numeral (bench/mutation_check.py "count-whole-numeral").
WHOLE_NUMERAL = True


def _numeral_before(toks, i: int) -> bool:
    """The token before ``i`` is a numeral too: jieba cut 一千一百四十七公釐 into 一千一百 + 四十七公釐, and asking
    the second printed 一千一百多少公釐 (strict check, session 18)."""
    return WHOLE_NUMERAL and i > 0 and bool(toks[i - 1].text) and set(toks[i - 1].text) <= set(chars.NUMBER_CHARS)


#: False: a count in words right before a place name's last character may be asked (bench/mutation_check.py
#: "count-in-place-name").
NAMED_COUNTS = True


def counted_in_words(ctx: Context, u: Unit, s) -> Draft | None:
    """``how_many`` for a count written in Chinese numerals with its measure word (吃了两碗米饭, 上面有十个蜡烛,
    要二十分钟), the everyday way of writing one: asked in place with 几 up to ten and 多少 above (我吃了几碗米饭？);
    the options are the count and three others in words with the same measure word, the text's own counts of that
    measure first, then nearby plausible values (:mod:`quizgen.items.numbers`), none giving a clause the text
    holds. No bare 一 (一个人 is 'a person'), no ordinal (第五), no approximate count (三四个, 十多个, 几个)."""
    toks = u.tokens
    for i, t in enumerate(toks):
        m = _CN_COUNT.fullmatch(t.simplified)
        prev = toks[i - 1].simplified if i else ""
        if m is None or t.pos[:1] != "m" or approximate(u, i) or prev in _NOT_COUNT_AFTER or unaskable_count(u, i) \
                or prev.endswith(tuple(RANGE)) or m.group(1)[0] in "百千" or _numeral_before(toks, i) \
                or (m.group(2) and lexicon.cedict_entries(t.simplified)):
            continue  # 第五, 星期三; 最常用的两种方式 (in a noun phrase); (睡)七到八个 (a range); 上百名; 二月 (a
            # date); 十分 'very', 四季 (a dictionary word is no free count)
        value = cn_value(m.group(1))
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        unit = m.group(2) or (nxt.simplified if nxt is not None and nxt.pos[:1] in ("q", "n") and measure(nxt.text)
                              and (nxt.pos[:1] == "q" or numbers.unit_range(nxt.simplified)) else "")
        if not_a_count(toks, i, i + 1 if m.group(2) else i + 2):
            continue
        if value is None or not 2 <= value <= MAX_COUNT_IN_WORDS or not unit or u.text.count(t.text) != 1 \
                or unit in ORDINAL_UNITS or unit in _DATE_UNITS or (nxt is not None and nxt.simplified in RANGE) \
                or (unit == "点" and not _clock(toks, i, bool(m.group(2)))):
            continue
        end = t.end if m.group(2) else nxt.end  # type: ignore[union-attr]
        if NAMED_COUNTS and place_suffix_after(ctx.doc.text[end:end + 3]):
            continue  # 桂林资江漂流五排河探险: 五排河 is a river's name, not five rows (strict check, session 21)
        shown_unit = ctx.doc.display(t.start + len(m.group(1)), end)
        if m.group(2) == "个" and nxt is not None and nxt.pos[:1] == "n" and numbers.unit_range(nxt.simplified):
            end, shown_unit = nxt.end, shown_unit + nxt.text  # 三个 + 小时: the count is of hours
        key = ctx.doc.display(t.start, end)
        rng = ctx.question_rng("wh", key, u.text)
        wrong: list[str] = []
        others = [v for x in ctx.doc.sentences if not x.flagged for v in _counts_of(x.tokens, unit)]
        small = value <= SMALL_COUNT
        near = [value + k for k in (1, -1, 2, -2, 3)] if small else \
            [int(float(x)) for x in numbers.nearby(str(value), unit, rng)]
        lo, hi = numbers.unit_range(unit) or (1, MAX_COUNT_IN_WORDS)
        if unit == "点" and value <= 12:
            hi = 12  # 十二点 against 十三点: the spoken clock counts to twelve
        for v in [o for o in others if o] + near:
            w = ctx.display(_chinese(v)) + shown_unit
            if v != value and w not in wrong and max(lo, 1) <= v <= hi \
                    and (small or numbers.plausible(str(value), str(v), unit)):
                wrong.append(w)
        wrong = wrong[:3]
        a, b = t.start - u.start, end - u.start
        if len(wrong) < 3 or any(u.text[:a] + w + u.text[b:] in ctx.doc.text for w in wrong):
            continue
        word = ctx.display("几" if value <= 10 or unit == "点" else "多少") + shown_unit
        return Draft("how_many", in_place(ctx, toks, u.text, a, b, word), key,
                     tuple((w, f"number {key} → {w}") for w in wrong), (s.id,), u.start, u.end, u.text)
    return None


def _counts_of(toks, unit: str) -> list[int]:
    """The values of the counts in words before ``unit`` among ``toks`` (十个, or 两 + 碗)."""
    out = []
    for k, t in enumerate(toks):
        m = _CN_COUNT.fullmatch(t.simplified)
        nxt = toks[k + 1].simplified if k + 1 < len(toks) else ""
        if m and (m.group(2) or nxt) == unit and (v := cn_value(m.group(1))):
            out.append(v)
    return out


def _clock(toks, i: int, merged: bool) -> bool:
    """A count before 点 is the time of day (九点才起床, 等到十二点放鞭炮, 早上七点), not points (强调了两点): a verb,
    an adverb, 钟 or 半 after it, or a time word before it."""
    nxt = toks[i + (1 if merged else 2)] if i + (1 if merged else 2) < len(toks) else None
    prev = toks[i - 1] if i else None
    return (nxt is not None and (nxt.pos[:1] in ("v", "d") or nxt.simplified[:1] in ("钟", "半"))) \
        or (prev is not None and prev.pos[:1] == "t")


def _chinese(n: int) -> str:
    from quizgen.items.rephrase import chinese_number

    return chinese_number(n, before_measure=True)


def digit_options(ctx: Context, u: Unit, i: int, rng: random.Random) -> list[str]:
    """Three other values for a bare number token followed by its measure word (６ + 公里): the text's other
    numbers before the same measure word first, then nearby values, all plausible (:mod:`quizgen.items.numbers`);
    none in the clause."""
    t, measure = u.tokens[i], u.tokens[i + 1].simplified
    m = NUM.fullmatch(t.text)
    if m is None:
        return []
    seen: list[str] = []
    value = t.text.translate(_HALF)
    for s in ctx.doc.sentences:
        for a, b in zip(s.tokens, s.tokens[1:]):
            if not s.flagged and NUM.fullmatch(a.text) and b.simplified == measure \
                    and numbers.plausible(value, a.text.translate(_HALF), measure):
                v = same_width(a.text.translate(_HALF), t.text)  # ５ and 5 are one value: in the answer's width
                if v != t.text and v not in seen:
                    seen.append(v)
    for v in numbers.nearby(value, measure, rng):  # plausible: same magnitude, in the unit's range (never 7 → 14)
        v = same_width(v, t.text)
        if v != t.text and v not in seen:
            seen.append(v)
    return [v for v in seen if v not in u.text][:3]


_HALF = str.maketrans("０１２３４５６７８９．", "0123456789.")
