"""WeasyPrint in a second process, imported while the first one analyses the text.

Importing WeasyPrint is a large share of a build's CPU (cffi parsing its C declarations, Pango, fontconfig),
all of it Python-bound: a thread cannot overlap it with the analysis (measured: no gain). A forked process can, on a
machine with a second core. A single-file build that makes a PDF starts a :class:`PdfWorker` before the
analysis; when the worksheet HTML is ready it is sent over a pipe, and the PDF bytes come back (the parent
writes the file, so a killed worker never leaves one behind). The worker ends with the build, however the
build ends: it closes its copy of the parent's end of the pipe, so it reads end-of-file when the parent is
gone, and it asks for SIGTERM when the parent dies (:func:`quizgen.processes.die_with_parent`) in case it is
busy importing or laying out.

Only on Linux with ≥ 2 cores; anywhere else the PDF is rendered in-process as before.
"""
from __future__ import annotations

import os
from typing import Any

from quizgen.errors import QuizgenError


def available() -> bool:
    """A worker helps and is safe: Linux (fork; macOS's system frameworks are not fork-safe, which is why
    Python spawns there) and a second core to run it."""
    import sys

    return sys.platform.startswith("linux") and (os.cpu_count() or 1) >= 2


class PdfWorker:
    """A forked process holding WeasyPrint, rendering a PDF on each request."""

    def __init__(self) -> None:
        import multiprocessing

        ctx = multiprocessing.get_context("fork")
        self._conn, child = ctx.Pipe()
        self._proc: Any = ctx.Process(target=_serve, args=(child, self._conn, os.getpid()), daemon=True,
                                      name="quizgen-pdf")
        self._proc.start()
        child.close()
        self._ready: list[tuple[bool, Any]] = []  # laid out and received, not yet asked for

    def render(self, html: str) -> bytes:
        """The PDF of ``html`` (as :func:`quizgen.export.pdf._weasyprint`); QuizgenError from the worker's
        errors, or if it died."""
        self.submit(html)
        return self.result()

    def submit(self, html: str, *more: str) -> None:
        """Start laying out ``html``, then each of ``more`` (a build's student sheet and key), one after the
        other in the worker: one WeasyPrint import for both. :meth:`result` gives the PDFs in that order.

        One message for all of them: pages sent one by one could deadlock, this process blocked sending the
        second while the worker is blocked sending the first PDF back."""
        try:
            self._conn.send((html, *more))
        except OSError:
            raise _died() from None

    def result(self) -> bytes:
        """The next PDF of what was submitted (QuizgenError if the worker failed on it, or died)."""
        if not self._ready:
            try:
                self._ready = list(self._conn.recv())
            except (EOFError, OSError):
                raise _died() from None
        ok, value = self._ready.pop(0)
        if not ok:
            raise QuizgenError(value)
        return value

    def close(self) -> None:
        """Stop the worker (it exits when the pipe closes; this also covers errors and Ctrl-C)."""
        try:
            self._conn.close()
        except OSError:
            pass
        self._proc.join(timeout=0.5)  # it sees the pipe close and exits by itself, unless mid-layout
        if self._proc.is_alive():
            self._proc.terminate()
        self._proc.join(timeout=5)


def _died() -> QuizgenError:
    return QuizgenError("the PDF process stopped unexpectedly. Run the build again, or leave out pdf from --format")


def _serve(conn: Any, parents_end: Any, parent: int) -> None:
    import signal

    from quizgen.processes import die_with_parent

    parents_end.close()  # else this process would hold the pipe open and never read its end
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; it stops us
    die_with_parent(parent)
    exit_code = 0
    try:
        try:
            import weasyprint  # noqa: F401  # the point of this process: import while the parent analyses
        except (ImportError, OSError):  # no WeasyPrint, no Pango: _weasyprint reports it when asked
            pass
        while True:  # one request at a time (a book sends one per lesson) until the parent closes the pipe
            try:
                pages = conn.recv()
            except EOFError:  # done, or the parent needs no PDF after all (an error, Ctrl-C), or it is gone
                return
            conn.send(lay_out_forked(pages))
    except (OSError, EOFError):
        exit_code = 1
    finally:
        conn.close()
        os._exit(exit_code)  # no interpreter teardown, no inherited atexit handlers of the parent


def lay_out_forked(pages: tuple[str, ...]) -> list[tuple[bool, Any]]:
    """Lay out ``pages`` in a child forked for them, which exits when done: WeasyPrint's memory grows with
    every document a process lays out (a book's worker grew ~25 MB a lesson, to 640 MB at 25 lessons), so
    this process keeps only what the import made, and a child holds one request's layout at a time. The fork
    costs a few milliseconds."""
    return Layout(pages).result()


class Layout:
    """``pages`` being laid out in a child forked for them (see :func:`lay_out_forked`), while this process
    goes on with other work (a book's lesson child makes the next lesson's items meanwhile); :meth:`result`
    waits for the child and gives ``(ok, PDF or one line why not)`` for each page."""

    def __init__(self, pages: tuple[str, ...]) -> None:
        import gc
        import pickle

        self.count = len(pages)
        worker = os.getpid()
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: lay out, send the results through the pipe, exit without teardown
            code = 1
            try:
                gc.freeze()  # collections here leave what the fork inherited alone: its pages stay shared
                os.close(read_end)
                from quizgen.processes import die_with_parent

                die_with_parent(worker)
                with os.fdopen(write_end, "wb") as out:
                    pickle.dump([_layout(html) for html in pages], out)
                code = 0
            finally:
                os._exit(code)
        os.close(write_end)
        self.pid, self.fd = pid, read_end

    def result(self) -> list[tuple[bool, Any]]:
        import pickle

        with os.fdopen(self.fd, "rb") as got:
            data = got.read()
        _, status = os.waitpid(self.pid, 0)
        if status != 0 or not data:
            return [(False, str(_died()))] * self.count
        return pickle.loads(data)


def _layout(html: str) -> tuple[bool, Any]:
    """(True, the PDF of ``html``) or (False, one line saying why not)."""
    import tempfile

    from quizgen.export.worksheet.pdf import _weasyprint
    from quizgen.processes import temporary_folder

    try:
        # WeasyPrint's font folder is removed by its finaliser, which os._exit in _serve skips: give it a
        # folder of ours (this process's default; nothing else runs here)
        default = tempfile.tempdir
        with temporary_folder("quizgen-weasyprint-") as folder:
            tempfile.tempdir = str(folder)
            try:
                return True, _weasyprint(html)
            finally:  # the next PDF's folder is made where this one was, not inside it
                tempfile.tempdir = default
    except QuizgenError as e:
        return False, str(e)
    except Exception as e:  # anything else WeasyPrint raises: one line for the parent
        return False, (f"cannot make the PDF: {type(e).__name__}: {e}. Leave out pdf from --format to build "
                       "the rest")
