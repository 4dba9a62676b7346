"""A book lesson's files made where its items were made (a forked child, :mod:`quizgen.batches`): the items
JSON, the worksheet and key as HTML, both PDFs laid out, handed to the build process as bytes.

Why (issue 15.5, docs/benchmarks.md "Issue 15 — session 20"): rendering a lesson's pages in the build process
grew it ~1.3 MB a lesson over a book (the small objects the writers keep sit between each lesson's freed
strings, and the heap does not go back), every child forked from it starting that much bigger (707 MB at
1 M characters); and one PDF worker laid out the lessons one after the other, on one core, while WeasyPrint's
layout is most of a book's CPU. Made in the child, the build process only writes bytes and fills the deck,
and two children lay out two lessons at once. The bytes are what :func:`quizgen.outputs.write_format` would
write for the same items and options (``tests/test_batches.py``).
"""
from __future__ import annotations

import contextlib
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


def lesson_files(items, base_label: str, number: int, opts, failed: dict[str, list[int]]) -> LessonFiles:
    """Every file of one lesson but the deck. A worksheet the sheet checks refuse loses that format's sheet
    and key, its reason added to ``failed`` (as in :func:`quizgen.book._write_lesson`); other errors are
    raised (the whole build stops), a PDF that WeasyPrint cannot lay out too."""
    from quizgen.export.items_json import dumps
    from quizgen.export.worksheet.html import render_html

    shown = items
    if opts.script != "original":
        from quizgen.export.worksheet.script_view import in_script

        shown = in_script(items, opts.script)
    files: list[tuple[str, bytes]] = []
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
                files += zip((SUFFIX[fmt], KEY_SUFFIX[fmt]), _pdfs(shown, opts))
            else:
                raise QuizgenError(f"unknown format {fmt}")
        except _LaidOut as e:  # not the sheet's checks: WeasyPrint failed, the build stops as in one process
            raise QuizgenError(str(e)) from None
        except QuizgenError as e:
            if fmt not in KEY_SUFFIX:
                raise
            failed.setdefault(str(e), []).append(number)
    return LessonFiles(safe_name(base_label), tuple(files), shown if "apkg" in opts.formats else None)


class _LaidOut(Exception):
    """WeasyPrint's failure on a page (its one-line reason)."""


def _pdfs(shown, opts) -> list[bytes]:
    """The sheet's and the key's PDF, laid out in a process forked for them (WeasyPrint grows with each
    document a process lays out: :func:`quizgen.export.worksheet.pdf_worker.lay_out_forked`)."""
    from quizgen.export.worksheet.pdf import pdf_html
    from quizgen.export.worksheet.pdf_worker import lay_out_forked

    with contextlib.ExitStack() as stack:
        html = tuple(stack.enter_context(pdf_html(shown, templates_dir=opts.templates, pinyin=opts.pinyin,
                                                  paper=opts.paper, copy=copy)) for copy in ("student", "key"))
        results = lay_out_forked(html)
    out = []
    for ok, value in results:
        if not ok:
            raise _LaidOut(value)
        out.append(value)
    return out
