"""Defaults from a config file: ``quizgen.toml`` in the working folder, else ``[tool.quizgen]`` in its
``pyproject.toml``. Command-line options always win over the file.

Example ``quizgen.toml``::

    level = "hsk4"
    standard = "2025"
    out = "worksheets"
    format = "html,pdf"
    seed = 7
    pinyin = "above"
    paper = "letter"
    known = "known.txt"
    lesson_size = 4000
"""
from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from quizgen.errors import ConfigError

# config key → (command, parameter name) it sets; one key may serve both commands
_KEYS: dict[str, tuple[str, ...]] = {
    "level": ("level",), "standard": ("standard",), "out": ("out",), "format": ("formats",),
    "formats": ("formats",), "seed": ("seed",), "known": ("known",), "pinyin": ("pinyin",), "script": ("script",),
    "paper": ("paper",), "title": ("title",), "templates": ("templates",), "user_dict": ("user_dict",),
    "user-dict": ("user_dict",), "lesson_size": ("lesson_size",), "lesson-size": ("lesson_size",),
}
_ANALYZE = {"level", "standard", "user_dict"}


def find_config(cwd: Path) -> tuple[Path, dict[str, Any]] | None:
    """The config file in ``cwd`` and its quizgen table, or None."""
    own = cwd / "quizgen.toml"
    if own.is_file():
        return own, _load(own)
    py = cwd / "pyproject.toml"
    if py.is_file():
        table = _load(py).get("tool", {}).get("quizgen")
        if isinstance(table, dict):
            return py, table
    return None


def _load(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise ConfigError(f"cannot read {path}: {e}. Fix the file or remove it") from None


def default_map(path: Path, table: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Click's default_map for the ``build`` and ``analyze`` commands from a config table."""
    build: dict[str, Any] = {}
    for key, value in table.items():
        if key not in _KEYS:
            raise ConfigError(f"{path}: unknown setting {key!r}. Known settings: "
                              + ", ".join(sorted(k for k in _KEYS if "-" not in k)))
        if isinstance(value, list):
            value = ",".join(map(str, value))
        for name in _KEYS[key]:
            build[name] = value
    _check_values(path, build)
    analyze = {k: v for k, v in build.items() if k in _ANALYZE}
    return {"build": build, "analyze": analyze}


_CHOICES = {"pinyin": ("above", "all", "none"), "paper": ("a4", "letter"),
            "script": ("original", "simplified", "traditional")}


def _check_values(path: Path, values: dict[str, Any]) -> None:
    """Reject bad values here, naming the file, rather than as if they had been typed as options."""
    from quizgen.analysis import lexicon

    def bad(key: str, why: str) -> ConfigError:
        return ConfigError(f"{path}: {key} = {values[key]!r}: {why}. Fix the file")

    try:
        if "level" in values:
            lexicon.parse_level(str(values["level"]))
        if "standard" in values:
            lexicon.normalize_standard(str(values["standard"]))
    except ConfigError as e:
        key = "level" if "level" in str(e).lower() and "level" in values else "standard"
        raise bad(key, str(e).split(". ")[0]) from None
    if "formats" in values:
        from quizgen.build import parse_formats

        try:
            parse_formats(str(values["formats"]))
        except ConfigError as e:
            raise bad("formats", str(e).split(". ")[0]) from None
    if "seed" in values and not isinstance(values["seed"], int):
        raise bad("seed", "the seed is a whole number")
    if "lesson_size" in values and (isinstance(values["lesson_size"], bool) or not isinstance(
            values["lesson_size"], int) or values["lesson_size"] < 200):
        raise bad("lesson_size", "the lesson size is a whole number of characters, at least 200")
    for key, allowed in _CHOICES.items():
        if key in values and values[key] not in allowed:
            raise bad(key, "use one of " + ", ".join(allowed))
    for key in ("known", "user_dict"):
        if key in values and not (path.parent / str(values[key])).is_file():
            raise bad(key, "no such file")
    if "templates" in values and not (path.parent / str(values["templates"])).is_dir():
        raise bad("templates", "no such folder")
