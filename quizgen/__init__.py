"""quizgen: turn real Chinese texts into HSK-level reading material.

Library entry point::

    import quizgen
    doc = quizgen.analyze("seeds/article.txt", level="hsk5", standard="2025")
"""
from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.2.0"

if TYPE_CHECKING:  # pragma: no cover
    from quizgen.analysis.document import Document


def analyze(text_or_path, level: str | int = "hsk5", standard: str = "2025", **kwargs) -> "Document":
    """Analyse a text or a file: see :func:`quizgen.pipeline.analyze`. Imported lazily to keep start-up fast."""
    from quizgen.analysis.pipeline import analyze as _analyze

    return _analyze(text_or_path, level=level, standard=standard, **kwargs)


__all__ = ["analyze", "__version__"]
