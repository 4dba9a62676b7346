"""A book's lessons analysed and given their items in forked child processes, a batch of lessons each.

Why: a book built in one process grew ~1 MB of resident memory a lesson whatever was freed (capped caches
filling up, and the heap's fragmentation: long-lived cache entries allocated between each lesson's short-lived
objects keep the freed pages from going back), to 786 MB for a 1 M-character book (docs/benchmarks.md, issue
15). A child forked from the build starts with everything the build has loaded (dictionaries, models, the
caches of the first lesson: shared copy-on-write, nothing read again), makes the items of a batch of lessons,
sends each lesson's result back through a pipe as soon as it is ready, and exits, handing all it allocated
back to the system. The build itself only writes files; the next lesson is made while it writes one.

Outputs do not depend on it: a lesson's items depend on the lesson's text and the options only, not on what
the process computed before (docs/benchmarks.md, session 18: lessons built alone in fresh processes equal the
book build's). The remembered word facts a child learns are saved to the cache folder by the child
(:func:`quizgen.memo.save`), as a single process would at the end.
"""
from __future__ import annotations

import os
import pickle
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from quizgen.errors import QuizgenError

A = TypeVar("A")

#: Lessons a child makes before it exits. A child grows ~1-2 MB a lesson (its caches and heap, as one process
#: did), and starting one costs a fork and caches that refill: 10 lessons (~40,000 characters at the default
#: lesson size) keep the growth to ~15 MB and the start-up cost out of sight (docs/benchmarks.md, issue 15).
BATCH = 10

#: Children at once. One: a child keeps both cores of a 2-core machine busy by itself, laying out a lesson's
#: PDFs in a process of their own while it makes the next lesson's items (:class:`Later`); a second child
#: added its memory and its layout process's (~0.3 GB) to the build's for little time (issue 15: under 500 MB
#: for 1 M characters; docs/benchmarks.md "Issue 15 — session 23").
MAX_JOBS = 1


def jobs() -> int:
    """Children to run at once: one per core this process may use, at most :data:`MAX_JOBS`."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_JOBS))


def available() -> bool:
    """Forking needs a POSIX system; elsewhere (Windows) everything stays in this process."""
    return hasattr(os, "fork")


def in_children(fn: Callable[[A], Any], args: Iterable[A], batch: int = BATCH, jobs: int = 1,
                setup: Callable[[], Callable[[], None] | None] | None = None) -> Iterator[tuple[A, Any]]:
    """``(a, fn(a))`` for each of ``args`` in order, ``fn`` run in forked children, ``batch`` calls each, up to
    ``jobs`` children at once (each on its own batch; what a later child sends while an earlier one is still
    being read is kept here until its turn: at most ``jobs - 1`` batches of results). ``setup`` is called in
    each child before its first call, and what it returns (if not None) after its last.

    An exception ``fn`` raises in a child is raised here (the same exception when it can be pickled, else a
    RuntimeError naming it) and no later call is made. A child that dies without a result is a QuizgenError.
    Leaving the loop early (an error here, Ctrl-C, SIGTERM) kills every child; a child also ends when this
    process ends for any reason (:func:`quizgen.processes.die_with_parent`).
    """
    todo = list(args)
    chunks = [todo[i:i + batch] for i in range(0, len(todo), batch)]
    running: list[_Child] = []
    try:
        for n, chunk in enumerate(chunks):
            while len(running) < max(1, jobs) and n + len(running) < len(chunks):
                running.append(_Child(fn, chunks[n + len(running)], setup))
            head = running[0]
            for a in chunk:
                ok, value = head.next(running)
                if not ok:
                    raise value
                yield a, value
            running.pop(0).end(kill=False)
    finally:
        for child in running:  # the build stopped early: no child goes on making lessons
            child.end(kill=True)


class _Child:
    """A forked child making ``fn(a)`` for each ``a`` of ``chunk``; each result comes back through a pipe as a
    length and a pickle, read into :attr:`got` whenever this process waits for any of its children."""

    def __init__(self, fn: Callable[[A], Any], chunk: list[A], setup: Callable[[], Any] | None = None) -> None:
        import gc

        read_end, write_end = os.pipe()
        gc.freeze()  # the child's collections leave what it inherits alone: fewer pages copied on write
        try:
            pid = os.fork()
            if pid == 0:  # pragma: no cover - the child (its coverage is not collected: it ends with os._exit)
                os.close(read_end)
                _child(fn, chunk, write_end, os.getppid(), setup)
        except BaseException:
            os.close(read_end)
            os.close(write_end)
            raise
        finally:
            gc.unfreeze()  # the parent's (the child never returns here)
        os.close(write_end)
        self.pid, self.fd = pid, read_end
        self.got = bytearray()
        self.eof = False

    def next(self, children: list[_Child]) -> tuple[bool, Any]:
        """This child's next ``(ok, value)``; while waiting, what the other ``children`` send is kept too."""
        import select

        while True:
            if len(self.got) >= 8:
                size = int.from_bytes(self.got[:8], "little")
                if len(self.got) >= 8 + size:
                    data = bytes(self.got[8:8 + size])
                    del self.got[:8 + size]
                    try:
                        return pickle.loads(data)
                    except Exception:
                        raise _stopped() from None
            if self.eof:
                raise _stopped()
            waiting = [c for c in children if not c.eof]
            try:
                ready, _, _ = select.select([c.fd for c in waiting], [], [])
            except InterruptedError:
                continue
            for c in waiting:
                if c.fd in ready:
                    c._read()

    def _read(self) -> None:
        try:
            data = os.read(self.fd, 1 << 20)
        except InterruptedError:
            return
        except OSError:
            data = b""
        if data:
            self.got += data
        else:
            self.eof = True

    def end(self, kill: bool) -> None:
        os.close(self.fd)
        _end(self.pid, kill)


def _stopped() -> QuizgenError:
    return QuizgenError("a lesson's process stopped unexpectedly. Run the build again, or give a smaller "
                        "--lesson-size")


class Later:
    """What ``fn`` returns in a child for a result finished later: :meth:`start` begins work in another process
    (a lesson's PDF layout), :meth:`finish` waits for it and gives the result to send. The child starts it
    once the previous lesson's is finished, and makes the next lesson's items while it runs: one core lays out
    while the other makes items, with one child and its layout process alive instead of two of each."""

    __slots__ = ("start", "finish")

    def __init__(self, start: Callable[[], None], finish: Callable[[], Any]) -> None:
        self.start, self.finish = start, finish


def _child(fn: Callable[[A], Any], chunk: list[A], write_end: int, parent: int,
           setup: Callable[[], Any] | None = None) -> None:
    """Make ``fn(a)`` for each of ``chunk`` and send ``(True, result)`` or ``(False, exception)`` to
    ``write_end`` one by one (a length, then the pickle), a :class:`Later` result after the next call was
    made; save the word facts learned; exit without the interpreter's teardown."""
    import signal

    from quizgen import memo
    from quizgen.processes import die_with_parent

    code = 1
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C and a hang-up are the build's to handle;
        signal.signal(signal.SIGHUP, signal.SIG_IGN)  # it stops this process
        die_with_parent(parent)
        teardown = setup() if setup is not None else None
        with os.fdopen(write_end, "wb") as out:
            held: Later | None = None  # started, its reply not sent yet
            for a in chunk:
                reply = _reply(fn, a)
                if held is not None:
                    done, held = _reply(held.finish), None
                    if not _send(out, done):
                        break
                if reply[0] and isinstance(reply[1], Later):
                    later = reply[1]
                    reply = _reply(later.start)
                    if reply[0]:
                        held = later
                        continue
                if not _send(out, reply):
                    break
            if held is not None:
                _send(out, _reply(held.finish))
        if teardown is not None:
            teardown()
        memo.save()
        code = 0
    finally:
        os._exit(code)


def _reply(call: Callable[..., Any], *args: Any) -> tuple[bool, Any]:
    """``(True, call(*args))``, or ``(False, the exception)`` it raised."""
    try:
        return True, call(*args)
    except Exception as e:
        return False, _picklable(e)


def _send(out: Any, reply: tuple[bool, Any]) -> bool:
    """Send ``reply``; False when it is an error (no later call is made)."""
    data = pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL)
    out.write(len(data).to_bytes(8, "little") + data)
    out.flush()
    return bool(reply[0])


def _picklable(e: Exception) -> Exception:
    """``e`` when it survives pickling, else a RuntimeError saying what it was."""
    try:
        pickle.loads(pickle.dumps(e))
        return e
    except Exception:
        return RuntimeError(f"{type(e).__name__}: {e}")


def _end(pid: int, kill: bool) -> None:
    """Reap the child; kill it first when it is not done (the build stopped early)."""
    import signal

    if kill:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    while True:
        try:
            os.waitpid(pid, 0)
            return
        except InterruptedError:
            continue
        except ChildProcessError:
            return
