"""The linguistic tables shipped in ``quizgen/data/`` (word lists, spinner pairs), read once per process.

Each file is UTF-8 text, one entry a line, ``#`` comment lines first saying where the data comes from
(provenance and licences in NOTICE); the format of a file's columns is described by the function that parses
it. Files are found through ``importlib.resources``, so they work installed as well as in a checkout.
"""
from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def lines(name: str) -> tuple[str, ...]:
    """The entry lines of data file ``name``: comments and blank lines dropped, line ends stripped."""
    text = resources.files("quizgen.data").joinpath(name).read_text(encoding="utf-8")
    return tuple(line.rstrip("\r\n") for line in text.splitlines() if line.strip() and not line.startswith("#"))


def words(name: str) -> frozenset[str]:
    """A one-word-a-line data file as a set."""
    return frozenset(line.strip() for line in lines(name))


@cache
def word_sets(name: str) -> dict[str, frozenset[str]]:
    """A "set<TAB>word" data file as its sets, by set name (each file's header names its sets)."""
    out: dict[str, set[str]] = {}
    for line in lines(name):
        key, word = line.split("\t")[:2]
        out.setdefault(key, set()).add(word)
    return {k: frozenset(v) for k, v in out.items()}


def pairs(name: str) -> dict[str, str]:
    """A "word<TAB>other[<TAB>…]" data file as a mapping from the first column to the second."""
    return {cols[0]: cols[1] for cols in (line.split("\t") for line in lines(name))}
