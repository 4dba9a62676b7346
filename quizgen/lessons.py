"""Books become lessons: a long text split at its chapter headings, or else at paragraph ends near a size.

A text is split only when it is longer than :data:`SPLIT_FACTOR` × the lesson size (so a normal article stays
one worksheet, exactly as before). Then:

* **Headings**, when the text has at least two of one kind: ``第…章/回/节/课/篇/卷/部/集/幕`` at the start of a
  short line (Chinese or Arabic numerals), Markdown headings (``#`` … ``######``), numbered titles
  (``1. 标题``, ``一、标题``, ``Chapter 3``) on a short line that does not end like a sentence. The coarsest kind
  whose sections are on average no longer than the split limit is used (a book of two 卷 of fifty 回 each is
  split at its 回); text before the first heading (a title page, a preface) joins the first lesson when it is
  short, else it is a lesson of its own.
* **Paragraph ends** otherwise, and inside a section still longer than the split limit: each lesson ends at
  the paragraph end nearest to the lesson size; a paragraph that is itself too long is cut at the sentence end
  nearest to the size (or, in a text without punctuation, at the size).

Offsets are into the decoded text; the lessons cover it without gaps or overlaps, so no text is lost or
changed: each lesson is analysed as a text of its own.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from quizgen.analysis import chars, datafiles

#: Characters of one lesson's reading: the sample text (4,383 characters) is one worksheet of 7 A4 pages with
#: pinyin, glossary and answer key; a lesson of about that size prints like it.
LESSON_CHARS = 4000
#: A text (or a chapter) is split only when longer than this many lesson sizes: a text a little over the size
#: is not cut into a lesson and a scrap.
SPLIT_FACTOR = 1.5
#: Text before the first heading shorter than this (or than a quarter of the lesson size) joins the first lesson
#: (a book title, an author's line); so does a section as short (a table of contents' line).
FRONT_MATTER_CHARS = 200
HEADING_MAX_CHARS = 40  # a heading is a short line
#: Headings mostly closer together than this share of the lesson size are a list's, not chapters.
MIN_SECTION = 0.1
#: Headings are a book's structure only when the text before the first one is not more than this share of it.
MAX_SHARE = 0.5

_CN_NUM = chars.ONE_TO_NINE + chars.UNITS + chars.DIGITS[0] + chars.ZERO + chars.TWO + chars.FINANCIAL
_NUM = "0-9０-９" + _CN_NUM
# unit → rank (smaller is coarser): 卷/部 hold chapters, 节 sits inside them
_UNITS = {unit: int(rank) for unit, rank in datafiles.pairs("heading_units.tsv").items()}
_CHAPTER = re.compile(rf"第[{_NUM}]+\s*([{''.join(_UNITS)}])")
_MARKDOWN = re.compile(r"(#{1,6})\s+\S")
_NUMBERED = re.compile(rf"(?:([0-9０-９]{{1,3}})[.．、]|([{_CN_NUM}]{{1,4}})、)\s*\S|(?:Chapter|CHAPTER|Part|PART)\s+(\d+)\b")
_SENTENCE_END = chars.STOPS + "…，,："
_SENTENCE_BREAK = re.compile(f"[{chars.SENTENCE_ENDS}…]+"
                             r"[”」』\"’）)]*")
_SOFT_BREAK = re.compile(r"[，,；;、：:\s]+")


@dataclass(frozen=True, slots=True)
class Lesson:
    """One lesson: number (from 1), title (the heading's text, else the opening words; may be ""), offsets
    ``start``/``end`` into the text, ``heading``: the title is a heading of the text."""

    number: int
    title: str
    start: int
    end: int
    heading: bool = False


def split_lessons(text: str, size: int = LESSON_CHARS, markdown: Mapping[int, int] | None = None
                  ) -> tuple[Lesson, ...]:
    """The lessons of ``text``: one lesson (the whole text) unless it is longer than ``SPLIT_FACTOR × size``.
    ``markdown``: line number -> level of the lines that were Markdown headings in a .md file, whose marks its
    plain text no longer has (:func:`quizgen.analysis.decoding.read_text_and_headings`)."""
    if size < 1:
        raise ValueError("lesson size must be positive")
    limit = int(size * SPLIT_FACTOR)
    if len(text) <= limit:
        return (Lesson(1, "", 0, len(text)),)
    sections = _heading_sections(text, size, limit, markdown or {}) or [(0, len(text), "", False)]
    out: list[Lesson] = []
    for a, b, title, is_heading in sections:
        parts = _by_size(text, a, b, size, limit) if b - a > limit else [(a, b)]
        for k, (pa, pb) in enumerate(parts, 1):
            if is_heading:
                name = title if len(parts) == 1 else f"{title}（{k}）"
            else:
                name = opening(text[pa:pb])
            out.append(Lesson(len(out) + 1, name, pa, pb, is_heading))
    return tuple(out)


def _lines(text: str):
    """(start, end) of every line (end before its newline)."""
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line)
        pos += len(line) + 1


def heading_kind(line: str) -> tuple[str, int] | None:
    """(kind, rank) when the line is a heading, else None: ("chapter", rank of its unit), ("markdown",
    level), ("numbered", 0)."""
    s = line.strip().lstrip("\ufeff")
    if not s or len(s) > HEADING_MAX_CHARS:
        return None
    m = _MARKDOWN.match(s)
    if m:
        return "markdown", len(m.group(1))
    if s[-1] in _SENTENCE_END:
        return None
    m = _CHAPTER.match(s)
    if m:
        return "chapter", _UNITS[m.group(1)]
    if _NUMBERED.match(s):
        return "numbered", 0
    return None


def _number(line: str) -> int | None:
    """The number of a numbered title (Arabic, or Chinese up to 九十九), None if unreadable."""
    m = _NUMBERED.match(line.strip().lstrip("\ufeff"))
    if not m:
        return None
    arabic = m.group(1) or m.group(3)
    if arabic:
        return int(arabic.translate(str.maketrans("０１２３４５６７８９", "0123456789")))
    return _chinese_number(m.group(2))


def _chinese_number(s: str) -> int | None:
    digits = chars.DIGIT_VALUE
    if s == "十":
        return 10
    if len(s) == 1:
        return digits.get(s)
    if len(s) == 2 and s[0] == "十":
        return 10 + digits.get(s[1], -100)
    if len(s) == 2 and s[1] == "十":
        return 10 * digits.get(s[0], -100)
    if len(s) == 3 and s[1] == "十":
        return 10 * digits.get(s[0], -100) + digits.get(s[2], -100)
    return None


def _plausible(text: str, kind: tuple[str, int], heads: list[tuple[int, int]], size: int) -> bool:
    """Headings of a book, not of a list: sections (median) of at least :data:`MIN_SECTION` × the size,
    and numbered titles counting 1, 2, 3 … without a restart (a news text's numbered points restart)."""
    ends = [a for a, _ in heads[1:]] + [len(text)]
    lengths = sorted(e - a for (a, _), e in zip(heads, ends))
    if lengths[len(lengths) // 2] < size * MIN_SECTION:
        return False
    if kind[0] == "numbered":
        numbers = [_number(text[a:b]) for a, b in heads]
        return numbers == list(range(numbers[0] or 1, (numbers[0] or 1) + len(numbers))) and numbers[0] in (0, 1)
    return True


def heading_title(line: str) -> str:
    return re.sub(r"\s+", " ", line.strip().lstrip("\ufeff").lstrip("#")).strip()


def _heading_sections(text: str, size: int, limit: int, markdown: Mapping[int, int]
                      ) -> list[tuple[int, int, str, bool]] | None:
    """Sections (start, end, title, is_heading) at the chosen kind of heading, or None (fewer than two)."""
    found: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for n, (a, b) in enumerate(_lines(text)):
        kind = ("markdown", markdown[n]) if n in markdown and text[a:b].strip() else heading_kind(text[a:b])
        if kind:
            found.setdefault(kind, []).append((a, b))
    kinds = sorted((k for k, v in found.items() if len(v) >= 2 and _plausible(text, k, v, size)), key=lambda k: (k[0] != "markdown", k[0], k[1]))
    if not kinds:
        return None
    # per family (markdown, chapter, numbered) the coarsest rank whose sections are short enough on average;
    # Markdown first, as the author's own structure
    chosen = None
    for kind in kinds:
        heads = found[kind]
        if (len(text) - heads[0][0]) / len(heads) <= limit:
            chosen = kind
            break
    if chosen is None:
        chosen = max(kinds, key=lambda k: len(found[k]))
    family, rank = chosen
    heads = sorted(h for k, v in found.items() if k[0] == family and k[1] <= rank for h in v)
    sections: list[tuple[int, int, str, bool]] = []
    titles = [heading_title(text[a:b]) for a, b in heads]
    starts = [a for a, _ in heads]
    front = text[:starts[0]].strip()
    tiny = min(FRONT_MATTER_CHARS, size // 4)
    if front and len(front) >= tiny:
        sections.append((0, starts[0], opening(front), False))
    else:
        starts[0] = 0  # a title page joins the first chapter, whose title stays the heading's
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        if end - start < tiny and k + 1 < len(starts):
            starts[k + 1] = start  # a table of contents' line, an empty chapter: joins the next one
            continue
        sections.append((start, end, titles[k], True))
    if sum(h for _, _, _, h in sections) < 2 or len(front) > MAX_SHARE * len(text):
        return None  # the headings structure only a part of the text (a law quoted in a news collection)
    return sections


def _by_size(text: str, a: int, b: int, size: int, limit: int) -> list[tuple[int, int]]:
    """``text[a:b]`` cut into parts near ``size`` characters: at paragraph ends, else sentence ends, else at
    a soft break (comma, space), else at the size itself. Linear in the length."""
    parts = []
    while b - a > limit:
        cut = (_nearest(text, a, size, limit, "\n")
               or _nearest_match(text, a, size, limit, _SENTENCE_BREAK)
               or _nearest_match(text, a, size, limit, _SOFT_BREAK)
               or a + size)
        parts.append((a, cut))
        a = cut
    parts.append((a, b))
    return parts


def _nearest(text: str, a: int, size: int, limit: int, ch: str) -> int | None:
    """The offset after the ``ch`` nearest to ``a + size`` within [a + size/2, a + limit], or None."""
    target, lo, hi = a + size, a + size // 2, a + limit
    after = text.find(ch, target, hi)
    before = text.rfind(ch, lo, target)
    cands = [p for p in (after, before) if p >= 0]
    if not cands:
        return None
    p = min(cands, key=lambda p: (abs(p - target), p))
    return p + len(ch)


def _nearest_match(text: str, a: int, size: int, limit: int, pattern: re.Pattern) -> int | None:
    target, lo, hi = a + size, a + size // 2, a + limit
    best = None
    for m in pattern.finditer(text, lo, hi):
        if best is None or abs(m.end() - target) < abs(best - target):
            best = m.end()
        if m.end() > target:
            break
    return best


_QUOTES = chars.TITLE_QUOTES
#: Where a line's first clause ends (its opening names the text).
_HEAD_END = re.compile(f"[{chars.CLAUSE_BREAKS}{chars.COLONS}.]")


def opening(text: str, longest: int = 24) -> str:
    """The opening words of a text, to name it: its first line's first clause, at most ``longest``
    characters (cut there when longer); "" when the text has no words."""
    for line in text.split("\n"):
        head = _HEAD_END.split(line.strip().strip(_QUOTES))[0].strip(_QUOTES + " ")
        if head:
            return head[:longest]
    return ""


def label(lesson: Lesson, total: int) -> str:
    """'07 第七回 …': the lesson number, zero-padded to the count's width (Anki and file managers sort
    decks and files by name), then its title."""
    number = str(lesson.number).zfill(len(str(total)))
    return f"{number} {lesson.title}".strip()
