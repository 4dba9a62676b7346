"""The PDF worker: WeasyPrint imported in a forked process while the parent analyses; same PDF, errors back
as one line, nothing left running."""
from __future__ import annotations

import pytest

from quizgen.errors import QuizgenError
from quizgen.export.worksheet import pdf, pdf_worker

from .test_worksheet import itemset

pytestmark = pytest.mark.skipif(not pdf_worker.available(), reason="needs fork and two cores")


def test_same_pdf_as_in_process():
    pytest.importorskip("weasyprint")
    worker = pdf_worker.PdfWorker()
    try:
        with pdf.pdf_html(itemset()) as html:
            got = worker.render(html)
    finally:
        worker.close()
    assert got == pdf.render_pdf(itemset())
    assert not worker._proc.is_alive()


def test_error_comes_back_as_one_line(monkeypatch):
    def broken(html: str) -> bytes:
        raise QuizgenError("cannot make the PDF: no pango. Install it")

    monkeypatch.setattr(pdf, "_weasyprint", broken)  # before the fork: the worker inherits it
    worker = pdf_worker.PdfWorker()
    try:
        with pytest.raises(QuizgenError, match="no pango"):
            worker.render("<p>x</p>")
    finally:
        worker.close()


def test_unexpected_exception_is_reported(monkeypatch):
    monkeypatch.setattr(pdf, "_weasyprint", lambda html: 1 / 0)
    worker = pdf_worker.PdfWorker()
    try:
        with pytest.raises(QuizgenError, match="ZeroDivisionError"):
            worker.render("<p>x</p>")
    finally:
        worker.close()


def test_dead_worker_is_an_error_not_a_hang():
    worker = pdf_worker.PdfWorker()
    worker._proc.kill()
    worker._proc.join()
    with pytest.raises(QuizgenError, match="PDF process stopped"):
        worker.render("<p>x</p>")
    worker.close()


def test_close_without_a_job_stops_it():
    worker = pdf_worker.PdfWorker()
    worker.close()
    assert not worker._proc.is_alive()
