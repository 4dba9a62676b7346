"""Words of ``data/frames.tsv`` that say what a slot is, read by the gap (:mod:`quizgen.items.gaps`) and the slot
checks (:mod:`quizgen.items.open_slots`, :mod:`quizgen.items.option_checks`): what closes a time clause, verbs of
phase, verbs that say nothing of their subject, what closes a point of view, verbs after which any feeling fits.
The file's kinds are described in its header.
"""
from __future__ import annotations

from quizgen.analysis import chars
from quizgen.items.frames import kind


def time_closers() -> tuple[str, ...]:
    """What closes a time clause (``time_closer``: 以后, 之前), longest first."""
    return tuple(sorted(kind("time_closer"), key=lambda w: (-len(w), w)))


def closes_time_clause(right: str) -> bool:
    """``right`` (the text after a gap) opens with what closes a time clause, and the clause ends there
    (放学以后，…); 以后 read as 'the future', an object (没有提到以后要如何), does not."""
    for closer in time_closers():
        if right.startswith(closer):
            rest = right[len(closer):]
            return not rest or rest[0] in chars.CLAUSE_MARKS
    return False


def phase_verbs() -> frozenset[str]:
    """Verbs of phase (``phase``: 继续, 开始, 坚持): they take any action as object."""
    return kind("phase")


def empty_predicates() -> frozenset[str]:
    """Verbs that say nothing of their subject (``empty_predicate``: 是, 有)."""
    return kind("empty_predicate")


def viewpoint_closers() -> tuple[str, ...]:
    """What closes a point of view (来说, 来看, 而言: ``viewpoint``), sorted."""
    return tuple(sorted(kind("viewpoint")))


def open_after() -> frozenset[str]:
    """Verbs after which any word of feeling or state fits (感到, 觉得): a gap there has no one answer."""
    return kind("open_after")
