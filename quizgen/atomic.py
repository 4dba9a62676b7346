"""Atomic file output: write beside the target under a temporary name, then rename over it.

An interrupted or failed write leaves the previous file untouched and no temporary file behind (also when
the process is killed during a build: see :mod:`quizgen.processes`).
"""
from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from quizgen.errors import QuizgenError
from quizgen.processes import committing, pending


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


class Staging:
    """The files of one build, each written under a temporary name beside its final path (:meth:`path`) and
    renamed into place all together (:meth:`commit`): an error or a stop before that leaves the previous set
    of files untouched. A staged file never committed is removed when ``stack`` closes (or by the janitor when
    the build is killed: :func:`quizgen.processes.pending`)."""

    def __init__(self, stack: contextlib.ExitStack) -> None:
        self._stack = stack
        self.files: list[tuple[Path, Path]] = []  # (temporary, final), in the order staged

    def path(self, final: Path) -> Path:
        """The temporary path to write ``final`` to."""
        tmp = self._stack.enter_context(pending(final.with_name(f".{final.name}.{os.getpid()}.build")))
        self.files.append((tmp, final))
        return tmp

    def drop(self, finals: set[Path]) -> None:
        """Stage these final paths no more (their temporary files are removed with the others')."""
        self.files[:] = [(t, f) for t, f in self.files if f not in finals]

    @property
    def finals(self) -> tuple[Path, ...]:
        return tuple(final for _, final in self.files)

    def commit(self, then: Callable[[], None] | None = None) -> tuple[Path, ...]:
        """Rename every staged file over its final path, then run ``then`` (if given), with Ctrl-C and SIGTERM
        held back until both are done (:func:`quizgen.processes.committing`); returns the final paths."""
        with committing():
            for tmp, final in self.files:
                os.replace(tmp, final)
            if then is not None:
                then()
        return self.finals
