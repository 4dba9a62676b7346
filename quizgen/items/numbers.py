"""Plausible wrong numbers: the options of a question on a number or a date, and the numbers a wrong statement
changes.

A strict review of the sheets (issue 13) found wrong values nobody would weigh: 4002年 for 2001年 (the value
doubled), 250岁. A wrong value must look like the right one:

* **the same magnitude and roundness** — as many digits before the point, and a round value moves in steps of
  its own roundness (30 → 20, 40, 50; 1500 → 1400, 1600), a year by years (2000 → 1999, 2001);
* **inside the unit's range** (``number_units.tsv``: 1–12 months, 1–31 days, ages up to 110, shares up to 100 %);
* **a year stays a year near the text's**: the other years the text names (within :data:`YEAR_SPAN`) first,
  then a year or a few years away; never past :data:`LATEST_YEAR`.
"""
from __future__ import annotations

import random
import unicodedata
from functools import cache
from importlib import resources

from quizgen.analysis import chars

#: How far (in years) another year of the text may be from the answer and still be offered as a wrong year.
YEAR_SPAN = 30
#: Years are read as years between these; a wrong year is never later than the latest.
EARLIEST_YEAR, LATEST_YEAR = 1000, 2100


@cache
def _table() -> dict[str, list[float]]:
    text = resources.files("quizgen").joinpath("data", "number_units.tsv").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            unit, *values = line.split("\t")
            out[unit] = [float(v) for v in values]
    return out


@cache
def _ranges() -> dict[str, tuple[float, float]]:
    return {unit: (v[0], v[1]) for unit, v in _table().items()}


#: False: a 12-hour clock value may move past 12 (bench/mutation_check.py "clock-ceiling").
KEEP_CEILING = True


def _ceiling(unit: str) -> float | None:
    """The fourth column of ``unit``'s row (a ceiling a value at or under it keeps: the 12-hour clock), or None."""
    u = unicodedata.normalize("NFKC", unit)
    row = next((_table()[k] for k in sorted(_table(), key=len, reverse=True) if u.startswith(k)), None)
    return row[2] if KEEP_CEILING and row is not None and len(row) > 2 else None


def unit_range(unit: str) -> tuple[float, float] | None:
    """The least and greatest value before ``unit`` (its first characters: 岁, 月份 -> 月), or None."""
    u = unicodedata.normalize("NFKC", unit)
    for k in sorted(_ranges(), key=len, reverse=True):
        if u.startswith(k):
            return _ranges()[k]
    return None


def is_year(value: str, unit: str) -> bool:
    """``value`` followed by ``unit`` is a calendar year (2001年), not a duration (3年)."""
    v = unicodedata.normalize("NFKC", value)
    return unit.startswith("年") and v.isdigit() and len(v) == 4 and EARLIEST_YEAR <= int(v) <= LATEST_YEAR


def plausible(value: str, new: str, unit: str) -> bool:
    """``new`` can stand for ``value`` before ``unit``: same magnitude, inside the unit's range, a year for a
    year (see the module docstring)."""
    a, b = unicodedata.normalize("NFKC", value), unicodedata.normalize("NFKC", new)
    if a == b or ("." in a) != ("." in b):
        return False
    if len(a.split(".")[0]) != len(b.split(".")[0]) and not (unit_range(unit) and len(a.split(".")[0]) <= 2):
        return False  # 2001 -> 4002 is fine by digits, but 999 -> 1000 or 11 -> 9 changes magnitude
    x = float(b)
    rng = unit_range(unit)
    if rng and not rng[0] <= x <= rng[1]:
        return False
    top = _ceiling(unit)
    if top is not None and float(a) <= top < x:
        return False  # 十二点 → 十三点: the 12-hour clock of the text is kept
    if is_year(value, unit):
        return EARLIEST_YEAR <= x <= LATEST_YEAR and abs(x - float(a)) <= YEAR_SPAN
    return x > 0 or (rng is not None and rng[0] == 0)


#: False: a value with decimals moves in its last decimal (bench/mutation_check.py "decimal-significant-step").
SIGNIFICANT_STEP = True


def _step(value: str) -> float:
    """The roundness of a value: 1 for 2001 and 7, 10 for 30, 100 for 1500, 0.1 for 2.5. A value with decimals
    moves in its second digit at most (98.68 → 97.68, 99.68; 4.77 → 4.67, 4.87): options 98.67/98.69/98.70 beside
    98.68 differ where no reader of the passage looks (strict review, session 14)."""
    if "." in value:
        whole, dec = value.split(".")
        return max(10.0 ** -len(dec), 10.0 ** (len(whole.lstrip("0") or "0") - 2)) if SIGNIFICANT_STEP \
            else 10.0 ** -len(dec)
    zeros = len(value) - len(value.rstrip("0"))
    return float(10 ** min(zeros, len(value) - 1)) if value != "0" else 1.0


def nearby(value: str, unit: str, rng: random.Random) -> list[str]:
    """Wrong values near ``value`` (ASCII digits, as many decimals), plausible before ``unit``, nearest first
    with ties in ``rng`` order: ±1, ±2, ±3 steps of the value's roundness, then ±5 and ±10."""
    v = unicodedata.normalize("NFKC", value)
    x, step = float(v), 1.0 if is_year(v, unit) else _step(v)  # 2000年 moves by years, not millennia
    dec = len(v.split(".")[1]) if "." in v else 0
    out: list[str] = []
    for k in (1, 2, 3, 5, 10):
        ring = [f"{x + k * step:.{dec}f}", f"{x - k * step:.{dec}f}"]
        rng.shuffle(ring)
        out += [s for s in ring if plausible(v, s, unit) and s not in out]
    return out


_FULL = str.maketrans("0123456789", "０１２３４５６７８９")


def same_width(new: str, like: str) -> str:
    """Write ``new`` in full-width digits when ``like`` is (１９４９年 stays full-width), and its decimal point as
    ``like`` writes it (３.３ keeps its half-width point: ３．１ beside it would mark the key)."""
    if not any("０" <= c <= "９" for c in like):
        return new
    return new.translate(_FULL).replace(".", "．" if "．" in like or "." not in like else ".")


_CN_DIGIT = chars.DIGIT_VALUE | {chars.TWO: 2, chars.ZERO: 0, chars.CIRCLE_ZERO: 0}


def cn_value(numeral: str) -> int | None:
    """The value of a Chinese numeral of 万, 十, 百, 千 and digits (二十五 → 25, 一百二十 → 120, 两 → 2, 十 → 10,
    三万五千 → 35000), or None for what is no plain count (三四 'three or four', 二二 …, a character that is
    no numeral)."""
    high, total, digit, seen = 0, 0, None, 10_000
    for c in numeral:
        if c in _CN_DIGIT:
            if digit is not None and not (digit == 0 or _CN_DIGIT[c] == 0):
                return None  # 三四: two digits in a row is a range or a code
            digit = _CN_DIGIT[c]
        elif c == chars.MYRIADS[0] and not high and (total or digit):
            high, total, digit, seen = (total + (digit or 0)) * 10_000, 0, None, 10_000
        elif c in chars.UNIT_VALUE and chars.UNIT_VALUE[c] < seen:
            total += (1 if digit is None else digit) * chars.UNIT_VALUE[c]
            digit, seen = None, chars.UNIT_VALUE[c]
        else:
            return None
    return high + total + (digit or 0)
