"""Chinese numeral characters, the punctuation between clauses and sentences, quotes: defined once, read by every
stage that needs them (issue 10.6). What counts as a Han character is :mod:`quizgen.analysis.han`.

The constants are strings, in the order given, so that a module can index them (``DIGITS[n]`` is the digit n),
build a regex character class from them (``f"[{CLAUSE_BREAKS}]"``: none holds a character special inside a
class) or test one character with ``in``. A module whose rule needs a wider or narrower class says so by
composing it from these beside its use (``ONE_TO_NINE + TWO``), not by spelling the characters again.
"""
from __future__ import annotations

import re

# --- numerals
#: The ten digits in value order: ``DIGITS[n]`` is n (零 … 九).
DIGITS = "零一二三四五六七八九"
#: The digits 1-9 (一 … 九): those that can stand before 十 or a measure word.
ONE_TO_NINE = DIGITS[1:]
#: 〇 (U+3007, the ideographic zero of 二〇二四年) and ○ (U+25CB, the circle that texts type for it: 二○○一).
ZERO = "〇"
CIRCLE_ZERO = "○"
#: 两, two before a measure word (两个).
TWO = "两"
#: The units 十, 百, 千, and the myriads 万, 亿.
UNITS = "十百千"
MYRIADS = "万亿"
#: The financial (大写) forms of 1-10, as chapter numbers of old books use them.
FINANCIAL = "壹贰叁肆伍陆柒捌玖拾"
FINANCIAL_UNITS = "佰仟"
#: Arabic digits, ASCII and full-width.
ARABIC = "0123456789０１２３４５６７８９"
#: Characters a time or measure word after a numeral starts with (二〇〇二|年初, 三|月份, 十|点钟)
UNIT_STARTS = "年月日号时点分秒岁周"
#: The characters of a count written in words (一, 两, 十, 万 …: 三百, 两千五), zero excepted.
COUNTING = ONE_TO_NINE + TWO + UNITS + MYRIADS[0]
#: Every character of a Chinese numeral: digits, the zero forms and units (二〇〇一, 三亿).
NUMERAL = DIGITS + ZERO + TWO + UNITS + MYRIADS
#: The characters of any number: numerals, financial forms, Arabic digits, 几 and 半 (几十, 三个半).
NUMBER_CHARS = ARABIC + NUMERAL + FINANCIAL + FINANCIAL_UNITS + "几半"
#: A digit's value (零 → 0 … 九 → 9); a module that reads 〇 or 两 adds them.
DIGIT_VALUE = {c: n for n, c in enumerate(DIGITS)}
#: A unit's value (十 → 10, 百 → 100, 千 → 1000).
UNIT_VALUE = dict(zip(UNITS, (10, 100, 1000)))

#: A number in digits, with its decimal part (3, 2.5); ``ASCII_DECIMAL`` the same in ASCII digits only.
DECIMAL = re.compile(r"\d+(?:\.\d+)?")
ASCII_DECIMAL = re.compile(r"[0-9]+(?:\.[0-9]+)?")

# --- punctuation
#: The marks that end a sentence: full stop, exclamation and question mark, full-width and ASCII.
SENTENCE_ENDS = "。！？!?"
#: The marks between clauses: comma, full stop, semicolon, exclamation and question mark, full-width, and the
#: same with the ASCII forms.
FULL_WIDTH_BREAKS = "，。；！？"
CLAUSE_BREAKS = FULL_WIDTH_BREAKS + ",;!?"
#: The colons, both widths (a clause break for some rules, not for others: 他说：…).
COLONS = "：:"
#: A clause break, and a clause break or a colon, as patterns (``CLAUSE_SPLIT.split(text)`` gives the clauses).
CLAUSE_SPLIT = re.compile(f"[{CLAUSE_BREAKS}]")
CLAUSE_OR_COLON_SPLIT = re.compile(f"[{CLAUSE_BREAKS}{COLONS}]")
#: The clause breaks with the colons and …: a token of these only is punctuation between clauses.
CLAUSE_PUNCT = CLAUSE_BREAKS + COLONS + "…"
#: Where a sentence or a semicolon clause stops: the sentence ends and the semicolons.
STOPS = SENTENCE_ENDS + "；;"
#: What may follow a clause or a phrase at its end: the clause breaks with 、 and colons, …, closing quotes.
CLAUSE_MARKS = "，。；！？、：,;!?…”」"

#: The punctuation of Chinese text (the marks a Chinese text's characters include, beside its Han characters).
CJK_PUNCTUATION = "，。！？；：、「」『』（）《》“”‘’—…·"

#: The quotation marks of Chinese and ASCII text (“” 「」 『』 ").
QUOTE_MARKS = "“”「」『』\""
#: The marks that open and close a quotation (‘…’ too: 红楼梦 editions quote speech inside speech with them).
OPENING_QUOTES = "“「『‘"
CLOSING_QUOTES = "”」』’"
#: Quotes and title marks stripped around a title or a heading.
TITLE_QUOTES = QUOTE_MARKS + "'《》"

#: Whitespace and the invisible characters (zero-width spaces and joiners, direction marks, BOM) that pasted text
#: carries.
INVISIBLE = re.compile(r"[\s\u200b-\u200f\ufeff]+")
