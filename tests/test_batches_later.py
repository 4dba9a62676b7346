"""A child's result finished after its next call (quizgen.batches.Later, issue 15: a lesson's PDFs laid out while
the next lesson's items are made): the order of the work, results in order, errors raised here."""
from pathlib import Path

import pytest

from quizgen import batches
from quizgen.errors import QuizgenError

pytestmark = pytest.mark.skipif(not batches.available(), reason="needs os.fork")


def _events(log: Path):
    def note(what: str) -> None:
        with open(log, "a", encoding="utf-8") as f:
            f.write(what + "\n")

    def fn(a: int):
        note(f"call {a}")
        if a == 1:  # a result with nothing left to do is sent at once, after the one held before it
            return a * 10
        return batches.Later(lambda: note(f"start {a}"), lambda: (note(f"finish {a}"), a * 10)[1])

    return note, fn


def test_a_later_result_is_finished_after_the_next_call_and_the_results_stay_in_order(tmp_path):
    log = tmp_path / "log"
    _, fn = _events(log)
    got = list(batches.in_children(fn, range(4), batch=4))
    assert got == [(0, 0), (1, 10), (2, 20), (3, 30)]
    # one piece of later work at a time, each started once the one before is finished, the next call meanwhile
    assert log.read_text(encoding="utf-8").split("\n")[:-1] == [
        "call 0", "start 0", "call 1", "finish 0", "call 2", "start 2", "call 3", "finish 2", "start 3",
        "finish 3"]


def test_an_error_finishing_or_starting_later_work_is_raised_here_and_nothing_after_it_is_made(tmp_path):
    log = tmp_path / "log"
    note, _ = _events(log)

    def fn(a: int):
        note(f"call {a}")

        def finish():
            if a == 1:
                raise QuizgenError("lesson 1's PDF failed. Fix it")
            return a

        def start():
            if a == 3:
                raise QuizgenError("lesson 3 could not start")

        return batches.Later(start, finish)

    seen = []
    with pytest.raises(QuizgenError, match="lesson 1's PDF failed"):
        for a, v in batches.in_children(fn, range(5), batch=5):
            seen.append((a, v))
    assert seen == [(0, 0)]
    assert log.read_text(encoding="utf-8").split() == ["call", "0", "call", "1", "call", "2"]
    with pytest.raises(QuizgenError, match="lesson 3 could not start"):
        list(batches.in_children(fn, [3, 4]))
