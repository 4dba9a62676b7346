"""A book lesson's files made where its items were made (a forked child, :mod:`quizgen.batches`): the items
JSON, the worksheet and key as HTML, both PDFs laid out, handed to the build process as bytes.

Why (issue 15.5, docs/benchmarks.md "Issue 15 — session 20"): rendering a lesson's pages in the build process
grew it ~1.3 MB a lesson over a book (the small objects the writers keep sit between each lesson's freed
strings, and the heap does not go back), every child forked from it starting that much bigger (707 MB at
1 M characters); and one PDF worker laid out the lessons one after the other, on one core, while WeasyPrint's
layout is most of a book's CPU. Made in the child, the build process only writes bytes and fills the deck,
and the child's PDF worker lays out one lesson while the child makes the next (session 23: one child and one
layout process instead of two of each). The bytes are what :func:`quizgen.outputs.write_format` would write
for the same items and options (``tests/test_batches.py``).
"""
from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from quizgen.errors import QuizgenError
from quizgen.outputs import KEY_SUFFIX, SUFFIX, safe_name


@dataclass(frozen=True, slots=True)
class LessonFiles:
    """``files``: (suffix, content) of each file, in the order a lesson's files are staged; ``shown``: the
    items in the displayed script for the deck (None without an .apkg)."""
    base: str
    files: tuple[tuple[str, bytes], ...]
    shown: Any


def preload(opts) -> None:
    """Import WeasyPrint in the build process before the children are forked, so that each starts with it
    (shared, copy on write) instead of importing it again. A missing WeasyPrint or Pango is reported when a
    PDF is laid out, as in one process."""
    if "pdf" in opts.formats:
        with contextlib.suppress(ImportError, OSError):
            import weasyprint  # noqa: F401


def lesson_files(items, base_label: str, number: int, opts, failed: dict[str, list[int]]):
    """Every file of one lesson but the deck: a LessonFiles, or with PDFs a :class:`quizgen.batches.Later`
    giving it once they are laid out (their pages are made here). A worksheet the sheet checks refuse loses
    that format's sheet and key, its reason added to ``failed`` (as in :func:`quizgen.book._write_lesson`);
    other errors are raised (the whole build stops), a PDF that WeasyPrint cannot lay out too."""
    from quizgen.batches import Later
    from quizgen.export.items_json import dumps
    from quizgen.export.worksheet.html import render_html

    shown = items
    if opts.script != "original":
        from quizgen.export.worksheet.script_view import in_script

        shown = in_script(items, opts.script)
    files: list[tuple[str, bytes]] = []
    pdfs: tuple[int, _Pdfs] | None = None  # where in ``files`` the PDFs go, and their layout
    for fmt in opts.formats:
        if fmt == "apkg":
            continue
        try:
            if fmt == "json":  # items.json keeps the input's script (the record); worksheets show the chosen one
                files.append((SUFFIX[fmt], dumps(items).encode("utf-8")))
            elif fmt == "html":
                pages = [render_html(shown, templates_dir=opts.templates, pinyin=opts.pinyin, paper=opts.paper,
                                     copy=copy).encode("utf-8") for copy in ("student", "key")]
                files += zip((SUFFIX[fmt], KEY_SUFFIX[fmt]), pages)
            elif fmt == "pdf":
                pdfs = (len(files), _Pdfs(shown, opts))
            else:
                raise QuizgenError(f"unknown format {fmt}")
        except QuizgenError as e:
            if fmt not in KEY_SUFFIX:
                raise
            failed.setdefault(str(e), []).append(number)
    base, deck = safe_name(base_label), shown if "apkg" in opts.formats else None
    if pdfs is None:
        return LessonFiles(base, tuple(files), deck)
    at, layout = pdfs

    def finish() -> LessonFiles:
        laid = layout.finish()
        return LessonFiles(base, tuple(files[:at] + list(zip((SUFFIX["pdf"], KEY_SUFFIX["pdf"]), laid))
                                       + files[at:]), deck)

    return Later(layout.start, finish)


class _Pdfs:
    """The sheet's and the key's PDF pages (made at once: the sheet checks run here), laid out from
    :meth:`start` to :meth:`finish` in a process forked for them (WeasyPrint grows with each document a process
    lays out: :class:`quizgen.export.worksheet.pdf_worker.Layout`), by this process's worker when
    :func:`layout_worker` started one."""

    def __init__(self, shown, opts) -> None:
        from quizgen.export.worksheet.pdf import pdf_html

        self.stack = contextlib.ExitStack()  # the font subset's folder, kept until the layout is done
        try:
            self.html = tuple(self.stack.enter_context(pdf_html(shown, templates_dir=opts.templates,
                                                                pinyin=opts.pinyin, paper=opts.paper, copy=copy))
                              for copy in ("student", "key"))
        except BaseException:
            self.stack.close()
            raise
        self.layout: Any = None

    def start(self) -> None:
        from quizgen.export.worksheet.pdf_worker import Layout

        try:
            if _worker is not None and _worker[0] == os.getpid():
                _worker[1].submit(*self.html)
                self.layout = _worker[1]
            else:
                self.layout = Layout(self.html)
        except BaseException:
            self.stack.close()
            raise

    def finish(self) -> list[bytes]:
        """The two PDFs; QuizgenError when WeasyPrint could not lay one out (the whole build stops)."""
        from quizgen.export.worksheet.pdf_worker import Layout

        try:
            if not isinstance(self.layout, Layout):  # the worker's: raises QuizgenError for a failed page
                return [self.layout.result() for _ in self.html]
            results = self.layout.result()
        finally:
            self.stack.close()
        out = []
        for ok, value in results:
            if not ok:
                raise QuizgenError(value)
            out.append(value)
        return out


#: (this process's id, its PDF worker) once :func:`layout_worker` started one
_worker: tuple[int, Any] | None = None


def layout_worker(opts) -> Callable[[], None] | None:
    """Start a PDF worker for this process (a lesson child, before its first lesson) when PDFs are made; the
    lesson's layouts are forked from it (:class:`quizgen.export.worksheet.pdf_worker.PdfWorker`). Forked from
    the child, a layout would hold a copy of every page the child writes while it runs (the child makes the
    next lesson's items meanwhile); forked from the idle worker, it copies nothing. Returns the worker's close."""
    global _worker
    from quizgen.export.worksheet import pdf_worker

    if "pdf" not in opts.formats or not pdf_worker.available():
        return None
    worker = pdf_worker.PdfWorker()
    _worker = (os.getpid(), worker)
    return worker.close
