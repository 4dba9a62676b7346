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

from quizgen import options
from quizgen.errors import ConfigError

# config key → the build parameter it sets (the analyze command takes those in _ANALYZE)
_KEYS: dict[str, str] = {
    "level": "level", "standard": "standard", "out": "out", "format": "formats", "formats": "formats",
    "seed": "seed", "known": "known", "pinyin": "pinyin", "script": "script", "paper": "paper", "title": "title",
    "templates": "templates", "user_dict": "user_dict", "user-dict": "user_dict", "lesson_size": "lesson_size",
    "lesson-size": "lesson_size",
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
    """Click's default_map for the ``build`` and ``analyze`` commands from a config table: every value
    checked here, naming the file, rather than as if it had been typed as an option."""
    build: dict[str, Any] = {}
    for key, value in table.items():
        if key not in _KEYS:
            raise ConfigError(f"{path}: unknown setting {key!r}. Known settings: "
                              + ", ".join(sorted(k for k in _KEYS if "-" not in k)))
        try:
            build[_KEYS[key]] = _value(_KEYS[key], value, path.parent)
        except ConfigError as e:
            raise ConfigError(f"{path}: {key} = {_toml(value)}: {e}") from None
    analyze = {k: v for k, v in build.items() if k in _ANALYZE}
    return {"build": build, "analyze": analyze}


def _toml(value: Any) -> str:
    """A value as it reads in the file (true, not True)."""
    return str(value).lower() if isinstance(value, bool) else repr(value)


def _value(name: str, value: Any, folder: Path) -> Any:
    """The checked value of setting ``name``; ConfigError saying what is wrong and how to fix it."""
    if isinstance(value, bool) or isinstance(value, (dict, list)) and name != "formats":
        raise _wrong_type(name)
    if name == "level" and isinstance(value, (str, int)):
        return options.level_name(value)
    if name == "standard" and isinstance(value, (str, int, float)):
        return options.normalize_standard(value)
    if name == "formats" and isinstance(value, (str, list)) and all(isinstance(v, str) for v in value):
        return ",".join(options.parse_formats(value if isinstance(value, str) else ",".join(value)))
    if name in _CHOICES and isinstance(value, str):
        kind, what = _CHOICES[name]
        return options.parse_choice(kind, value, what).value
    if name == "seed" and isinstance(value, int):
        return value
    if name == "lesson_size" and isinstance(value, int):
        if value < 200:
            raise ConfigError("a lesson is at least 200 characters. Write e.g. lesson_size = 3000")
        return value
    if name in ("out", "title", "known", "user_dict", "templates") and isinstance(value, str):
        target = folder / value
        if name in ("known", "user_dict") and not target.is_file():
            raise ConfigError(("a folder, not a file" if target.is_dir() else "no such file")
                              + ". Give the path of a text file, relative to the config file's folder")
        if name == "templates" and not target.is_dir():
            raise ConfigError(("a file, not a folder" if target.exists() else "no such folder")
                              + ". Give the path of a folder, relative to the config file's folder")
        return value
    raise _wrong_type(name)


def _wrong_type(name: str) -> ConfigError:
    return ConfigError(f"the value must be {_EXPECTED[name]}")


_CHOICES = {"pinyin": (options.Pinyin, "pinyin mode"), "paper": (options.Paper, "paper size"),
            "script": (options.Script, "script")}
_EXPECTED = {  # what a value of the wrong type should have been
    "level": 'a level in quotes. Write e.g. level = "hsk5"',
    "standard": 'a standard in quotes. Write e.g. standard = "2025"',
    "formats": 'formats in quotes or a list of them. Write e.g. format = "apkg,html"',
    "seed": "a whole number. Write e.g. seed = 7",
    "lesson_size": "a whole number of characters. Write e.g. lesson_size = 3000",
    "out": 'a folder name in quotes. Write e.g. out = "decks"',
    "title": 'text in quotes. Write e.g. title = "Week 3"',
    "known": 'a file name in quotes. Write e.g. known = "known.txt"',
    "user_dict": 'a file name in quotes. Write e.g. user_dict = "words.txt"',
    "templates": 'a folder name in quotes. Write e.g. templates = "my-templates"',
    "pinyin": f'one of {options.one_of(options.Pinyin)} in quotes. Write e.g. pinyin = "above"',
    "paper": f'one of {options.one_of(options.Paper)} in quotes. Write e.g. paper = "a4"',
    "script": f'one of {options.one_of(options.Script)} in quotes. Write e.g. script = "original"',
}
