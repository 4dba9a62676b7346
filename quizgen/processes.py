"""Processes that end with the build, and temporary files that never outlive it.

A build may run a PDF worker and a pool of worker processes, and every process stages its output files under
temporary names. Whatever ends the build (Ctrl-C, SIGTERM, SIGKILL, a crash) must leave no process running
and no temporary file behind:

* :func:`die_with_parent` makes a child end when its parent does: on Linux the kernel sends it SIGTERM
  (``prctl(PR_SET_PDEATHSIG)``); elsewhere a thread watches the parent's id.
* :func:`ask_stop` is what the CLI's signal handler calls: it records the signal and raises
  :class:`~quizgen.errors.Stopped`. Python drops an exception raised inside a finaliser (``__del__``, which
  may run at any moment), so a signal landing there would go unnoticed and the build would go on writing;
  the recorded stop is raised again by :func:`committing`, before anything is renamed into place.
* :func:`guarded` starts a *janitor* for the build: a small forked process that learns, over a pipe, every
  temporary path any process of the build creates (:func:`pending`) and forgets it when it is renamed or
  removed. Every process of the build holds the pipe's write end, so the janitor reads end-of-file only when
  all of them are gone, however they ended; it then removes what is still registered, and exits. A build
  that ends normally has removed everything itself, so the janitor has nothing to do. Libraries' own
  temporary files (WeasyPrint's font folder, genanki's database) go to a private temporary folder of the
  build, registered the same way.

The janitor and the parent-death signal need ``fork`` (Linux, macOS); elsewhere a build still removes its
files when it is stopped by Ctrl-C or SIGTERM, not when it is killed.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

from quizgen.errors import Stopped

_janitor_fd: int | None = None  # write end of the janitor's pipe, inherited by every forked child

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
#: The signals that stop a build (the CLI's handler), held back while a set of files is renamed into place.
STOP_SIGNALS = tuple(getattr(signal, n) for n in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, n))
_stop_asked: int | None = None  # the signal of a stop asked for in this process (ask_stop)
_committing = 0  # committing() blocks open in this process


def ask_stop(signum: int) -> None:
    """Stop this build: remember ``signum`` and raise Stopped (see the module docstring); inside
    :func:`committing`, which raises it when its renames are done. A signal masked in the main thread still
    reaches a process with other threads (a process pool's manager thread): the main thread then runs the
    handler in the middle of the block."""
    global _stop_asked
    _stop_asked = signum
    if not _committing:
        raise Stopped(signum)


def stop_on_signals() -> None:
    """Make :data:`STOP_SIGNALS` stop this process through :func:`ask_stop`: our own exception, not
    KeyboardInterrupt, which the CLI framework would turn into a silent exit. A Stopped that a finaliser dropped
    is not reported as "Exception ignored in …" with a traceback: it is raised again by :func:`committing`."""
    report = sys.unraisablehook

    def unraisable(info: sys.UnraisableHookArgs) -> None:
        if not isinstance(info.exc_value, Stopped):
            report(info)

    def stop(signum: int, frame: object) -> None:
        ask_stop(signum)

    sys.unraisablehook = unraisable
    for sig in STOP_SIGNALS:
        signal.signal(sig, stop)


def stop_asked() -> int | None:
    """The signal of the stop asked for in this process, if any."""
    return _stop_asked


def die_with_parent(parent: int) -> None:
    """End this (forked) process when process ``parent`` ends: SIGTERM ends it at once (the janitor removes its
    temporary files), or, inside :func:`committing`, when its renames are done. Call first thing in the child."""
    global _exit_on_stop
    _exit_on_stop = True
    signal.signal(signal.SIGTERM, _end_now if WHOLE_COMMITS else signal.SIG_DFL)
    if not _parent_death_signal():
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True, name="quizgen-parent").start()
    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(143)


#: False: a child's SIGTERM keeps its default action, which a thread other than the main one (numpy's, a Rust
#: library's) takes even while the main thread holds it back, ending the child between two renames
#: (bench/mutation_check.py "child-whole-commits").
WHOLE_COMMITS = True
_exit_on_stop = False  # a child of the build: a stop ends it (os._exit) instead of raising Stopped


def _end_now(signum: int, frame) -> None:
    """A child's SIGTERM: end now, or inside :func:`committing` once its renames are done. Masking the signal
    in the main thread is not enough: the kernel hands a process-directed signal to any thread that does not
    mask it, and its default action ends the whole process there, in the middle of the renames (an interrupted
    folder build left a new items.json beside an old worksheet)."""
    global _stop_asked
    _stop_asked = signum
    if not _committing:
        os._exit(128 + signum)


def _parent_death_signal() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch_parent(parent: int) -> None:
    import time

    while os.getppid() == parent:
        time.sleep(0.2)
    os.kill(os.getpid(), signal.SIGTERM)


@contextlib.contextmanager
def guarded() -> Iterator[None]:
    """Run a build under a janitor, with a private temporary folder for the libraries' temporary files.
    Nested use (a build inside a build's process) is the outer one. On the way out the janitor is waited
    for (briefly), so a stopped build's temporary files are gone when it has ended."""
    global _janitor_fd
    if _janitor_fd is not None or not hasattr(os, "fork"):
        yield
        return
    janitor = _start_janitor()
    _janitor_fd = janitor[1] if janitor else None
    old_tempdir = tempfile.tempdir
    try:
        with temporary_folder("quizgen-") as private:
            tempfile.tempdir = str(private)  # the stdlib's documented default for every temporary file
            try:
                yield
            finally:
                tempfile.tempdir = old_tempdir
    finally:
        _janitor_fd = None
        if janitor:
            os.close(janitor[1])
            _reap(janitor[0])


def _start_janitor() -> tuple[int, int] | None:
    """(pid, write end of its pipe), or None if it cannot be started."""
    read_end, write_end = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return None
    if pid == 0:  # the janitor
        try:
            _janitor(read_end, write_end)
        finally:
            os._exit(0)
    os.close(read_end)
    return pid, write_end


def _reap(pid: int, timeout: float = 2.0) -> None:
    """Wait for the janitor: it ends once every process of the build has closed its pipe."""
    import time

    deadline = time.monotonic() + timeout
    while True:
        try:
            done, _ = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            return
        if done or time.monotonic() > deadline:
            return
        time.sleep(0.002)


def _janitor(read_end: int, write_end: int) -> None:
    """Collect '+path' and '-path' lines until end-of-file, then remove what is left."""
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):  # it ends when the build has ended, not before
        signal.signal(sig, signal.SIG_IGN)
    os.close(write_end)
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):  # hold none of the build's streams: a caller reading them sees their end
        os.dup2(null, fd)
    os.closerange(3, read_end)
    os.closerange(read_end + 1, 1 << 16)
    paths: set[str] = set()
    buf = b""
    while chunk := os.read(read_end, 65536):
        buf += chunk
        *lines, buf = buf.split(b"\n")
        for line in lines:
            name = os.fsdecode(line[1:])
            if line[:1] == b"+":
                paths.add(name)
            else:
                paths.discard(name)
    for name in sorted(paths, reverse=True):  # files inside a folder before the folder
        _remove(Path(name))


def _tell(sign: str, path: Path) -> None:
    if _janitor_fd is None:
        return
    record = sign.encode() + os.fsencode(str(path)) + b"\n"
    if len(record) <= 4096:  # PIPE_BUF: one write, never interleaved with another process's
        try:
            os.write(_janitor_fd, record)
        except OSError:
            pass


def _remove(path: Path) -> None:
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
    except OSError:
        pass


@contextlib.contextmanager
def pending(path: Path) -> Iterator[Path]:
    """A temporary ``path`` of this process: removed when the block ends (unless renamed away inside it),
    when the process is stopped, or by the janitor when the build is killed."""
    _tell("+", path)
    try:
        yield path
    finally:
        _remove(path)
        _tell("-", path)


@contextlib.contextmanager
def temporary_folder(prefix: str) -> Iterator[Path]:
    """A new temporary folder, as :func:`pending`."""
    path = Path(tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}-"))
    with pending(path):
        yield path


@contextlib.contextmanager
def committing() -> Iterator[None]:
    """Rename a set of staged files into place without being stopped halfway: SIGINT, SIGTERM (also a
    parent-death SIGTERM) and SIGHUP wait until the block ends (masked in this thread, and a stop handled in
    the middle of it is raised at its end: :func:`ask_stop`). A stop asked for before is raised instead of
    running the block. Main thread only; elsewhere a plain block."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "pthread_sigmask"):
        if _stop_asked is not None:
            raise Stopped(_stop_asked)
        yield
        return
    global _committing
    old = signal.pthread_sigmask(signal.SIG_BLOCK, set(STOP_SIGNALS))
    _committing += 1
    try:
        if _stop_asked is not None:
            raise Stopped(_stop_asked)
        yield
    finally:
        _committing -= 1
        signal.pthread_sigmask(signal.SIG_SETMASK, old)
    if _stop_asked is not None:  # asked for while the block ran
        if _exit_on_stop:
            os._exit(128 + _stop_asked)
        raise Stopped(_stop_asked)
