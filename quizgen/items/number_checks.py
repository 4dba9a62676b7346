"""Numbers in a clause for one-fact changes (:mod:`quizgen.items.changes`) and count questions: which are
approximate, ends of a range or compared years (changing them contradicts nothing), and their changed values."""
from __future__ import annotations

import random
import re
import unicodedata
from typing import TYPE_CHECKING

from quizgen.analysis import chars, datafiles
from quizgen.analysis.document import Token
from quizgen.items import numbers
from quizgen.items.numbers import same_width

if TYPE_CHECKING:
    from quizgen.items.changes import Unit

# around a number these make it approximate or a bound: 超过11万 does not contradict 超过10万
# (quizgen/data/statement_words.tsv); approx_after: after a number's unit (3亿元以上)
_WORDS = datafiles.word_sets("statement_words.tsv")
_APPROX_AFTER = _WORDS["approx_after"]
_APPROX = tuple(sorted(_WORDS["approx"]))
NUM = chars.DECIMAL
_CN_NUM = chars.ONE_TO_NINE
# A Chinese numeral token (jieba tags 四届, 十八个, 四十元, 第三 'm'): digits with an optional 第 and measure word.
_PLAIN_NUMERAL = chars.DIGITS + chars.ZERO + chars.TWO + chars.UNITS + "万"  # no 亿
_NUMERAL = _PLAIN_NUMERAL + chars.CIRCLE_ZERO
_CN_NUMERAL = re.compile(rf"^(第?)([{_NUMERAL}]+)([^{_NUMERAL}]{{0,2}})$")
# 三四个, 十七八岁: two digits side by side give a range, not a number (十八 and 四十 are exact)
_CN_RANGE = re.compile(rf"[{chars.ONE_TO_NINE}{chars.TWO}]{{2}}")


def _new_number(value: str, avoid: str, rng: random.Random, up: bool = False, unit: str = "") -> str | None:
    """A nearby other value; only a larger one for a count of things done (``up``): 已举办了4届 → 3届 is still
    true in a sense (it was held three times on the way to four), 6届 is not. Plausible before ``unit``
    (:func:`quizgen.items.numbers.plausible`: 12月 never becomes 13月)."""
    decimals = len(value.split(".")[1]) if "." in value else 0
    x = float(value)
    # small, believable changes (a year moves by a year or two, 21世纪 never becomes 42世纪)
    steps = [x + 1, x + 2, x - 1, x - 2] if decimals == 0 else [x + 0.5, x - 0.5, x + 1, x - 1]
    if decimals == 0 and x >= 30 and not (1000 <= x <= 2100):
        steps += [x + 10, x - 10]
    if up:
        steps = [y for y in steps if y > x]
    rng.shuffle(steps)
    for y in steps:
        s = same_width(f"{y:.{decimals}f}", value)
        if y > 0 and s != value and s not in avoid and (decimals or float(s).is_integer()) \
                and numbers.plausible(value, s, unit):
            return s
    return None


#: False: a number dialled (叫了110, 拨打120急救中心) is a value like any other (bench/mutation_check.py "dialled").
DIALLED = True


def dialled(toks, i: int) -> bool:
    """Token ``i`` is a number called on the phone, a code and no quantity (叫了110, 拨打了120急救中心): after a verb
    of calling (cues.tsv ``dial``), with 了 between or not, three digits or more and no measure word after it
    (叫了300名工人 is a count). 100 or 130 beside 110 is no value a reader would weigh, and 121急救中心 no change
    of a fact."""
    from quizgen.items.cues import cue_words

    if not DIALLED:
        return False
    before = [t for t in toks[:i] if t.text.strip()]
    while before and before[-1].simplified == "了":
        before.pop()
    nxt = next((t for t in toks[i + 1:] if t.text.strip()), None)
    digits = unicodedata.normalize("NFKC", toks[i].text)
    return digits.isdigit() and len(digits) >= 3 and bool(before) and before[-1].simplified in cue_words("dial") \
        and (nxt is None or nxt.pos[:1] not in ("q", "m"))


#: False: the date of a news dateline is a value like any other (bench/mutation_check.py "dateline").
DATELINE = True
_DATE_PIECE = re.compile(rf"^[{_NUMERAL}0-9０-９.．]*[年月日号]?$")


def dateline(toks, i: int) -> bool:
    """Token ``i`` (a number or date) is in a news dateline (新华社宜昌１月２日电, 中新社香港十月八日电): the date pieces
    after it run into cues.tsv's ``dateline`` word (电, 讯). It says when the report was filed: asking its day
    tests no reading (１月＿日电 among ２/３/４/５, a strict check, session 21)."""
    from quizgen.items.cues import cue_words

    if not DATELINE:
        return False
    for t in toks[i + 1:]:
        if t.simplified in cue_words("dateline"):
            return _DATE_PIECE.fullmatch(toks[i].text) is not None
        if not t.text or not _DATE_PIECE.fullmatch(t.text):
            return False
    return False


def no_value(toks, i: int) -> bool:
    """Token ``i`` is a number that states no quantity of the text: dialled (:func:`dialled`) or a dateline's
    (:func:`dateline`)."""
    return dialled(toks, i) or dateline(toks, i)


def approximate(unit: Unit, i: int) -> bool:
    """Token ``i`` is an approximate number (约, 多, 左右 …): changing it contradicts nothing."""
    t = unit.tokens[i]
    prev = unit.tokens[i - 1].simplified if i else ""
    k = i + 1
    nxt = unit.tokens[k].simplified if k < len(unit.tokens) else ""
    if k + 1 < len(unit.tokens) and unit.tokens[k].pos[:1] in "mq" and unit.tokens[k + 1].simplified in _APPROX_AFTER:
        return True  # 3 + 亿元 + 以上, 8 + 万 + 多: the approximation follows the unit or magnitude
    if PAIRED_APPROXIMATE and prev == "、" and i > 1 and _numeral(unit.tokens[i - 2].simplified):
        return True  # 二、三十种 'twenty or thirty kinds': 二、多少种 asks nothing, 二、四十种 contradicts nothing
    return (prev.endswith(_APPROX) or nxt.startswith(_APPROX) or any(c in t.simplified for c in "多余几来约近")
            or bool(_CN_RANGE.search(t.simplified)))


#: False: 二、三十种 is a count like any other (bench/mutation_check.py "paired-approximate").
PAIRED_APPROXIMATE = True


def _numeral(simplified: str) -> bool:
    return bool(simplified) and all(c in _PLAIN_NUMERAL or c.isdigit() for c in simplified)


_RANGE = frozenset({"至", "到", "～", "~", "－", "-", "—", "——"})


def _in_range(unit: Unit, i: int) -> bool:
    """Token i is an end of a range (上午六时至晚上十时, 450至600名): moving one end can give a range inside the
    old one (下午六时至晚上十时 is still true), so it is never changed."""
    near = unit.tokens[max(0, i - 2):i + 3]
    return any(t.simplified in _RANGE for t in near)


def _compared_year(unit: Unit, i: int) -> bool:
    """A year compared with another (1996年…与1995年基本持平): 1997年…与1995年持平 is something the passage does not
    say, not its opposite."""
    def year(t: Token) -> bool:
        return t.simplified.endswith("年") and bool(NUM.search(t.text) or _CN_NUMERAL.match(t.simplified[:-1]))

    return year(unit.tokens[i]) and sum(year(t) for t in unit.tokens) > 1


def _cn_numeral(t: Token, nxt: str = "") -> str | None:
    """A Chinese numeral token changed by one (四届 → 五届, 十八个 → 十九个, 四十元 → 五十元, 第三 → 第四, 九 → 八,
    两 → 三): its last digit 二–九 moves, or the 一 of 第一 / 十一; down where up leaves the range of its unit (in
    the token or ``nxt``: 十二点 → 十一点, never 十三点). None for a bare 一 (一个人 is 'a person', not a
    count), round numbers (十, 百万) and tokens that are no numeral (一致, 三峡)."""
    m = _CN_NUMERAL.match(t.simplified)
    if not m or t.pos[:1] != "m":
        return None
    ordinal, digits, unit = m.groups()
    k = max((j for j, c in enumerate(digits) if c in chars.TWO + chars.DIGITS[2:]
             or (c == "一" and (ordinal or j > 0))), default=None)
    if k is None:
        return None
    c = digits[k]
    at = len(ordinal) + k  # the same position in the token as written (Traditional has the same digits)
    up = "三" if c == "两" else "八" if c == "九" else _CN_NUM[_CN_NUM.index(c) + 1]
    down = _CN_NUM[_CN_NUM.index(c) - 1] if c in _CN_NUM[1:] and (k or c != "二") else None  # never a bare 一
    for new in (up, down):
        if new is not None and _fits_unit(digits, digits[:k] + new + digits[k + 1:], unit or nxt):
            return t.text[:at] + new + t.text[at + 1:]
    return None


def _fits_unit(old: str, new: str, unit: str) -> bool:
    """The changed Chinese numeral is plausible before ``unit`` (:func:`numbers.plausible` on the values: 十二点
    → 十三点 leaves the 12-hour clock, 十一点 does not)."""
    a, b = numbers.cn_value(old), numbers.cn_value(new)
    return a is None or b is None or not numbers.unit_range(unit) or numbers.plausible(str(a), str(b), unit)
