"""What a build writes and how: its options and result, file names and suffixes, one format's writer.

Shared by :mod:`quizgen.build` (one text) and :mod:`quizgen.book` (a text built as lessons), which order the
I/O; this module sits below both, so neither imports the other for these names.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from quizgen.analysis import chars
from quizgen.analysis.han import HAN
from quizgen.errors import ConfigError
from quizgen.items.itemset import GENERIC_TITLE  # noqa: F401  (re-exported: build, book)
from quizgen.lessons import LESSON_CHARS
from quizgen.options import Format

FORMATS = tuple(f.value for f in Format)
DEFAULT_FORMATS = FORMATS


@dataclass(frozen=True, slots=True)
class BuildOptions:
    level: str = "hsk5"
    standard: str = "2025"
    formats: tuple[str, ...] = DEFAULT_FORMATS
    seed: int = 0
    known: frozenset[str] = frozenset()
    script: str = "original"
    pinyin: str = "above"
    # set for single-input builds: the dictionaries are dropped before the worksheets (font subsets, WeasyPrint),
    # whose memory would otherwise stack on theirs: the sample's peak 254 -> 229 MB (apkg+html)
    release_before_pdf: bool = False
    paper: str = "a4"
    title: str | None = None
    templates: Path | None = None
    user_dict: Path | None = None
    name: str | None = None  # output file name without suffix; default: from the title or the file's stem
    lesson_size: int = LESSON_CHARS  # a longer text becomes lessons of about this many characters (lessons.py)


@dataclass(frozen=True, slots=True)
class BuildResult:
    source: str
    written: tuple[Path, ...] = ()
    error: str | None = None
    warnings: tuple[str, ...] = ()
    stats: dict = field(default_factory=dict)


_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]+")


MAX_NAME_BYTES = 150  # file systems allow 255 bytes a name; leave room for suffixes and temporary names


def safe_name(name: str) -> str:
    """A file name from a title or file stem: Unicode kept, path separators and control characters replaced,
    no leading dots (no hidden files, no '..'), at most 80 characters and 150 bytes of UTF-8."""
    name = unicodedata.normalize("NFC", name)
    parts = [p for p in re.split(r"[/\\]+", name) if p.strip() not in ("", ".", "..")]
    name = _UNSAFE.sub("_", "_".join(parts)).strip().lstrip(".").strip()
    name = re.sub(r"\s+", " ", name)[:80]
    while len(name.encode("utf-8")) > MAX_NAME_BYTES:
        name = name[:-1]
    return name.rstrip(" .") or "quizgen"


#: A file stem that is an id (000_f66cfce79e5b9cdc), not a name: titles then come from the text.
ID_LIKE = re.compile(r"[0-9a-fA-F_\-.]+")
# file names that say nothing about the text (text.txt, article-2, 新建文本文档, 未命名1): the title comes from the text
GENERIC = re.compile(r"(?i)(text|input|article|document|doc|file|untitled|new|sample|test|passage|reading|lesson|"
                     r"worksheet|copy|文章|课文|阅读|文本|新建文本文档|未命名|无标题)[\s_\-.()（）0-9]*")
# a file-system label: no Chinese character and a digit or an underscore (modern_diary_01, ch3, HSK5-week2); a
# Latin name of words ("lesson on spring festival") may be the teacher's own title and is kept
def _label(stem: str) -> bool:
    return not HAN.search(stem) and re.search(r"[0-9_]", stem) is not None
#: A first line this short, with Chinese and no sentence stop, above more text, is the text's headline
#: (真情一片为孤残; 颱風尾重創中南部豪雨引發洪患15死8傷9失蹤農作損失逾9億 has 32 characters)
HEADLINE_MAX = 32


def uninformative(stem: str) -> bool:
    """True when a file name says nothing about its text: an id (000_f66cfce79e5b9cdc), a generic name
    (text, 未命名1) or a label without Chinese made with digits or underscores (modern_diary_01)."""
    return bool(ID_LIKE.fullmatch(stem) or GENERIC.fullmatch(stem) or _label(stem))


#: The title of a text whose file name and opening say nothing about it, in the text's script

# A clause that ends on one of these is cut off (第二章标题修改为, 他们在), no name for a text
_OPEN_END = "的了为是在和与及对把被将向从给让着过地得吧呢吗啊"
_NUMBERING = re.compile(rf"^[（(]?[{chars.ONE_TO_NINE}十百\d]+[、.．)）]")


def title_like(clause: str) -> bool:
    """``clause`` can name a text: no list number (五、), not opening on a connective or reference that leans on
    what came before (但因大環境不佳: data/cues.tsv roles follow, continue, turn, result, explain), not ending on a
    word that needs more (…修改为), no stop inside (房间一般．), 4–24 characters (session-9 review)."""
    from quizgen.items.cues import cue_words

    c = clause.strip()
    if not 4 <= len(c) <= 24 or _NUMBERING.match(c) or c[-1] in _OPEN_END or re.search(r"[。．！？!?]", c[:-1]):
        return False
    if 3 * len(HAN.findall(c)) < len(c):
        return False  # mostly digits and signs: a phone number or an address (菁芳園０４)８２２３５３５), no title
    simple = _simplified(c)
    leans = (w for role in ("follow", "continue", "turn", "result", "explain") for w in cue_words(role))
    return not any(simple.startswith(w) for w in leans)


def _simplified(text: str) -> str:
    from quizgen.analysis.script import to_simplified

    return to_simplified(text)


def headline(text: str) -> str:
    """The text's headline: its first line when short (≤ :data:`HEADLINE_MAX`), with Chinese, without a
    sentence stop (not a sentence of the text) and followed by more text, unless another such line heads a story
    of its own further on (a digest, :data:`DIGESTS`; a numbered section heading 一、… does not count); "" otherwise."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) < 2 or not _headline_like(lines[0]) or (NUMBERED_NOT_HEADLINE and _NUMBERING.match(lines[0])):
        return ""  # 1）设施比较简陋 opens a list, no headline (a review titled so, the session-23 judge)
    if DIGESTS and any(_headline_like(a) and not _NUMBERING.match(a) and re.search(f"[{chars.SENTENCE_ENDS}]", b)
                       for a, b in zip(lines[2:], lines[3:])):
        return ""  # a digest of several stories, each under its own headline: the first is no title of them all
    return lines[0]


#: False: a numbered first line (1）…, 一、…) may be a text's headline (bench/mutation_check.py "numbered-no-headline")
NUMBERED_NOT_HEADLINE = True

#: A text with a second headline over its own story is a digest without one title (bench/mutation_check.py
#: "digest-no-headline": False titles it by its first; strict check, session 17: five news briefs were titled
#: 库福尔当选加纳总统 and the other four headlines printed as paragraphs).
DIGESTS = True


def _headline_like(line: str) -> bool:
    """Short (≤ :data:`HEADLINE_MAX`), mostly Chinese, no sentence stop and no open end: a line that heads text."""
    return len(line) <= HEADLINE_MAX and 3 * len(HAN.findall(line)) >= len(line) \
        and not re.search(f"[{chars.SENTENCE_ENDS}…]", line) and line[-1] not in "；;，,：:" and line[-1] not in _OPEN_END
    # (mostly digits: a date line, 2000年12月28日, heads no text: a law's sheet was titled so, session 17)


def reading_heading(items, doc, before: str = "") -> str:
    """The heading the reading leaves out of its paragraphs (quizgen.items.paragraphs.reading_paragraphs): the
    text's headline when a topic question's answer is in it (the reading must not print it either: the sheet's
    title is then 阅读短文, :meth:`ItemSet.sheet_title`), else ``before``, the title the sheet had before
    quizgen.build.title_without_answers (a lesson of a book: none)."""
    from quizgen.items import itemset

    top = headline(doc.shown if doc.shown is not None else doc.text)
    return top if itemset.HIDDEN_TITLES and top and items.asks_topic_of(top) else before


def one_sheet(items, opts: BuildOptions):
    """(items, shown): the build's items and the same items in the displayed script, without those the student
    sheet cannot hold together (:func:`quizgen.export.worksheet.integrity.settle`). Decided once, before any
    export, whatever the formats: the items JSON, the deck, both copies of the sheet and the build's counts carry
    the same questions (review F1: items.json listed items the sheet dropped on 23 of 76 held-out builds)."""
    from quizgen.export.worksheet.integrity import settle

    shown = items
    if opts.script != "original":
        from quizgen.export.worksheet.script_view import in_script

        shown = in_script(items, opts.script)
    return settle(items, shown, opts.pinyin)

FEW_QUESTIONS = 5  # fewer questions than this make a thin worksheet: say why

SUFFIX = {"json": ".items.json", "apkg": ".apkg", "html": ".html", "pdf": ".pdf"}
#: The worksheet formats write two copies: the student sheet and, in a file of its own, the teacher's key.
KEY_SUFFIX = {"html": ".key.html", "pdf": ".key.pdf"}


def write_format(fmt: str, items, path: Path, opts: BuildOptions, final: Path | None = None,
                 copy: str = "student") -> Path:
    """Write ``items`` as format ``fmt`` ("json", "apkg", "html", "pdf") to ``path``; ``final``: the path the
    file will be renamed to (a deck keeps the times of the notes the previous deck there had); ``copy``:
    "student" or "key" for the worksheets."""
    if fmt == "json":
        from quizgen.export.items_json import write_items_json

        return write_items_json(items, path)
    if fmt == "apkg":
        from quizgen.export.anki.deck import write_apkg

        return write_apkg(items, path, previous=final)  # unchanged notes keep the previous deck's times
    if fmt == "html":
        from quizgen.export.worksheet.html import write_html

        return write_html(items, path, templates_dir=opts.templates, pinyin=opts.pinyin, paper=opts.paper, copy=copy)
    if fmt == "pdf":
        from quizgen.export.worksheet.pdf import write_pdf

        return write_pdf(items, path, templates_dir=opts.templates, pinyin=opts.pinyin, paper=opts.paper, copy=copy)
    raise ConfigError(f"unknown format {fmt}. Use one of: {', '.join(FORMATS)}")
