"""quizgen: turn real Chinese texts into HSK-level reading material.

Library entry points::

    import quizgen
    doc = quizgen.analyze_file("seeds/article.txt", level="hsk5", standard="2025")
    doc = quizgen.analyze_text("我们去银行办事。", level="hsk4")

Errors a user can cause raise :class:`quizgen.errors.QuizgenError` (a missing file:
:class:`~quizgen.errors.PathNotFoundError`; a bad level: :class:`~quizgen.errors.ConfigError`).
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

__version__ = "0.4.0"

if TYPE_CHECKING:  # pragma: no cover
    from quizgen.analysis.document import Document


def analyze_text(text: str, level: str | int = "hsk5", standard: str = "2025", *, source: str = "<text>",
                 user_dict: str | Path | None = None) -> Document:
    """Analyse ``text`` (the text itself, never a file name) for learners at ``level`` of HSK ``standard``.
    ``source`` names it in the result; ``user_dict`` is a user dictionary file (words to add, A/B to split)."""
    from quizgen.analysis.pipeline import analyze_text as _analyze_text

    return _analyze_text(str(text), source, level, standard, user_dict=_path(user_dict))


def analyze_file(path: str | Path, level: str | int = "hsk5", standard: str = "2025", *,
                 source: str | None = None, user_dict: str | Path | None = None) -> Document:
    """Analyse the text file at ``path`` (.txt or .md; UTF-8, UTF-16, GB18030 or Big5); ``source`` defaults
    to the file's name. A missing file raises PathNotFoundError, an unreadable one InputError."""
    from quizgen.analysis.decoding import read_text

    p = Path(path)
    return analyze_text(read_text(p), level, standard, source=source or p.name, user_dict=user_dict)


def analyze(text_or_path: str | Path, level: str | int = "hsk5", standard: str = "2025", **kwargs) -> Document:
    """:func:`analyze_file` for a Path or a string naming a .txt/.md file, else :func:`analyze_text`. Prefer
    those two: a string is a file name only when it looks like one, and then the file must exist."""
    if isinstance(text_or_path, Path) or _looks_like_a_file_name(text_or_path):
        return analyze_file(text_or_path, level, standard, **kwargs)
    return analyze_text(text_or_path, level, standard, **kwargs)


def _looks_like_a_file_name(s: str) -> bool:
    return "\n" not in s and len(s) < 1024 and s.strip().lower().endswith((".txt", ".md"))


def _path(p: str | Path | None) -> Path | None:
    return None if p is None else Path(p)


__all__ = ["analyze", "analyze_file", "analyze_text", "__version__"]
