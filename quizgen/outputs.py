"""What a build writes and how: its options and result, file names and suffixes, one format's writer.

Shared by :mod:`quizgen.build` (one text) and :mod:`quizgen.book` (a text built as lessons), which order the
I/O; this module sits below both, so neither imports the other for these names.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from quizgen.errors import ConfigError
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
    # whose memory would otherwise stack on theirs: the sample's peak 254 -> 229 MB (apkg+html), ~0.05 s
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
