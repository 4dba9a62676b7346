"""WeasyPrint in a second process, imported while the first one analyses the text.

Importing WeasyPrint costs ~0.3 s of CPU (cffi parsing its C declarations, Pango, fontconfig), all of it
Python-bound: a thread cannot overlap it with the analysis (measured: no gain). A forked process can, on a
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

    def render(self, html: str) -> bytes:
        """The PDF of ``html`` (as :func:`quizgen.export.pdf._weasyprint`); QuizgenError from the worker's
        errors, or if it died."""
        self.submit(html)
        return self.result()

    def submit(self, html: str) -> None:
        """Start laying out ``html``; :meth:`result` waits for the PDF."""
        try:
            self._conn.send(html)
        except OSError:
            raise _died() from None

    def result(self) -> bytes:
        try:
            ok, value = self._conn.recv()
        except (EOFError, OSError):
            raise _died() from None
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
    import tempfile

    from quizgen.processes import die_with_parent, temporary_folder

    parents_end.close()  # else this process would hold the pipe open and never read its end
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; it stops us
    die_with_parent(parent)
    exit_code = 0
    try:
        try:
            import weasyprint  # noqa: F401  # the point of this process: import while the parent analyses
        except (ImportError, OSError):  # no WeasyPrint, no Pango: _weasyprint reports it when asked
            pass
        from quizgen.export.worksheet.pdf import _weasyprint

        while True:  # one PDF per request (a book asks for one per lesson) until the parent closes the pipe
            try:
                html = conn.recv()
            except EOFError:  # done, or the parent needs no PDF after all (an error, Ctrl-C), or it is gone
                return
            try:
                # WeasyPrint's font folder is removed by its finaliser, which os._exit below skips: give it a
                # folder of ours (this process's default; nothing else runs here)
                default = tempfile.tempdir
                with temporary_folder("quizgen-weasyprint-") as folder:
                    tempfile.tempdir = str(folder)
                    try:
                        pdf = _weasyprint(html)
                    finally:  # the next PDF's folder is made where this one was, not inside it
                        tempfile.tempdir = default
                conn.send((True, pdf))
            except QuizgenError as e:
                conn.send((False, str(e)))
            except Exception as e:  # anything else WeasyPrint raises: one line for the parent
                conn.send((False, f"cannot make the PDF: {type(e).__name__}: {e}. Leave out pdf from "
                                  "--format to build the rest"))
    except (OSError, EOFError):
        exit_code = 1
    finally:
        conn.close()
        os._exit(exit_code)  # no interpreter teardown, no inherited atexit handlers of the parent
