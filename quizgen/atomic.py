"""Atomic file output: write beside the target under a temporary name, then rename over it.

An interrupted or failed write leaves the previous file untouched and no temporary file behind (also when
the process is killed during a build: see :mod:`quizgen.processes`).
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from quizgen.errors import QuizgenError
from quizgen.processes import pending


@contextmanager
def atomic_path(path: str | Path, make_parents: bool = True) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it replaces ``path``, on any failure it is removed.

    ``make_parents=False`` refuses to create missing folders (a mistyped ``--json`` path must not make them).
    """
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    if not make_parents and not path.parent.is_dir():
        raise QuizgenError(f"folder {path.parent} does not exist. Create it or write somewhere else")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with pending(tmp):
            yield tmp
            os.replace(tmp, path)
    except OSError as e:
        raise QuizgenError(f"cannot write {path}: {e.strerror}. Choose a writable location") from None


def write_atomic(path: str | Path, content: str | bytes, make_parents: bool = True) -> Path:
    """Write text (UTF-8) or bytes to ``path`` atomically; returns the path."""
    with atomic_path(path, make_parents) as tmp:
        if isinstance(content, str):
            tmp.write_text(content, encoding="utf-8")
        else:
            tmp.write_bytes(content)
    return Path(path)
