"""A stop asked for (Ctrl-C, SIGTERM, SIGHUP) is a stop, wherever the signal lands (issue 15, session 18)."""
from __future__ import annotations

import signal
import subprocess
import sys
import threading

import pytest

from quizgen import processes

from .test_build import GOOD

# The signal arrives while a finaliser runs: Python reports an exception raised in a ``__del__`` and drops it,
# so the handler's Stopped never reached the build (found killing builds with SIGHUP: a traceback through
# regex's SetBase.__del__, then the build went on and wrote its outputs, exit 0).
_IN_FINALISER = """
import os, signal, sys
import quizgen.cli as cli
import quizgen.items as items

real = items.build_items

class Finaliser:
    def __del__(self):
        os.kill(os.getpid(), signal.{sig})
        sum(range(100))  # bytecode after the signal: its handler runs here, inside the finaliser

def build_items(*args, **kwargs):
    Finaliser()
    return real(*args, **kwargs)

items.build_items = build_items
sys.argv = ["quizgen", "build", sys.argv[1], "--format", "json,html", "--out", sys.argv[2]]
cli.main()
"""


@pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="POSIX signals")
@pytest.mark.parametrize("sig", ["SIGTERM", "SIGHUP", "SIGINT"])
def test_a_stop_landing_in_a_finaliser_still_stops_the_build(tmp_path, sig):
    f = tmp_path / "a.txt"
    f.write_text(GOOD * 3, encoding="utf-8")
    out = tmp_path / "o"
    r = subprocess.run([sys.executable, "-c", _IN_FINALISER.format(sig=sig), str(f), str(out)],
                       capture_output=True, text=True, cwd=tmp_path)
    signum = getattr(signal, sig)
    how = "interrupted (Ctrl-C)" if sig == "SIGINT" else f"stopped by {sig}"
    assert (r.returncode, r.stderr) == (128 + signum, f"Error: {how}. Finished outputs were kept; unfinished "
                                                      "ones were not written. Run the command again to finish\n")
    assert not out.exists() or list(out.iterdir()) == []  # nothing written after the stop, nothing left staged


@pytest.fixture
def stop_handlers(monkeypatch):
    """The CLI's stop handlers in this process for one test (restored afterwards)."""
    saved = {s: signal.getsignal(s) for s in processes.STOP_SIGNALS}
    monkeypatch.setattr(sys, "unraisablehook", sys.unraisablehook)
    monkeypatch.setattr(processes, "_stop_asked", None)
    processes.stop_on_signals()
    yield
    for s, handler in saved.items():
        signal.signal(s, handler)


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="POSIX signals")
@pytest.mark.parametrize("sig", ["SIGINT", "SIGTERM", "SIGHUP"])
def test_renames_are_not_cut_short_by_any_stop_signal(stop_handlers, sig):
    """A stop during a set of renames is raised when they are done: SIGHUP (a closed terminal) was not held back,
    and could leave half of a text's new outputs beside half of its old ones."""
    from quizgen.errors import Stopped

    signum = getattr(signal, sig)
    done = []
    with pytest.raises(Stopped) as e, processes.committing():
        # to the main thread: sent to the process, any other thread (the test runner has some) may take it
        signal.pthread_kill(threading.main_thread().ident, signum)
        sum(range(1000))
        done.append(1)
    assert done == [1] and e.value.signum == signum


@pytest.mark.parametrize("sig", ["SIGINT", "SIGTERM"])
def test_a_stop_handled_in_the_middle_of_a_commit_waits_for_its_end(stop_handlers, sig):
    """A signal the main thread masks still reaches a process with other threads (a process pool's manager, a
    test runner's), and the main thread then runs its handler wherever it is: the full test suite sent SIGINT
    into a commit that way. The handler, run by hand in the block, must leave the block to finish."""
    from quizgen.errors import Stopped

    signum = getattr(signal, sig)
    done = []
    with pytest.raises(Stopped), processes.committing():
        signal.getsignal(signum)(signum, None)
        done.append(1)
    assert done == [1]


def test_a_stop_asked_before_a_commit_is_raised_there(monkeypatch):
    from quizgen.errors import Stopped

    monkeypatch.setattr(processes, "_stop_asked", signal.SIGTERM)
    with pytest.raises(Stopped) as e, processes.committing():
        raise AssertionError("the block ran after a stop")
    assert e.value.signum == signal.SIGTERM


def _child_commits_under_sigterm(tmp_path) -> tuple[bool, bool]:
    """Fork a child of the build (die_with_parent) that runs a second thread, as numpy's or a Rust library's,
    and receives SIGTERM between the two renames of one commit: (first renamed, second renamed)."""
    import os
    import time

    a, b = tmp_path / "a.tmp", tmp_path / "b.tmp"
    a.write_text("a")
    b.write_text("b")
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        try:
            processes.die_with_parent(os.getppid())
            threading.Thread(target=time.sleep, args=(5,), daemon=True).start()  # signals unmasked there
            with processes.committing():
                os.replace(a, tmp_path / "a")
                os.kill(os.getpid(), signal.SIGTERM)
                time.sleep(0.5)  # the other thread takes the signal now, if anything ends the child early
                os.replace(b, tmp_path / "b")
        finally:
            os._exit(0)
    os.waitpid(pid, 0)
    return (tmp_path / "a").exists(), (tmp_path / "b").exists()


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask") or not hasattr(__import__("os"), "fork"),
                    reason="fork and signal masks (Linux, macOS)")
def test_a_child_stopped_mid_commit_by_sigterm_finishes_its_renames(tmp_path, monkeypatch):
    """CI, session 19: an interrupted folder build left a new items.json beside an old worksheet. A pool worker's
    SIGTERM, masked in its main thread during the renames, was taken by another of its threads, whose default
    action ended the worker between two renames."""
    assert _child_commits_under_sigterm(tmp_path) == (True, True)
    monkeypatch.setattr(processes, "WHOLE_COMMITS", False)
    (tmp_path / "other").mkdir()
    assert _child_commits_under_sigterm(tmp_path / "other") == (True, False)
