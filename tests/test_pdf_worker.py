"""The PDF worker: WeasyPrint imported in a forked process while the parent analyses; same PDF, errors back
as one line, nothing left running."""
from __future__ import annotations

import os
import shutil
import subprocess
import time

import pytest

from quizgen.errors import QuizgenError
from quizgen.export.worksheet import pdf, pdf_worker

from .test_worksheet import itemset

pytestmark = pytest.mark.skipif(not pdf_worker.available(), reason="needs fork and two cores")


def _pages_and_text(data: bytes, tmp_path) -> tuple[str, str]:
    """Page count and extracted text (PDF bytes differ run to run: never compare them)."""
    f = tmp_path / f"{len(list(tmp_path.iterdir()))}.pdf"
    f.write_bytes(data)
    info = subprocess.run(["pdfinfo", str(f)], capture_output=True, text=True, check=True).stdout
    pages = next(ln.split()[-1] for ln in info.splitlines() if ln.startswith("Pages:"))
    text = subprocess.run(["pdftotext", "-layout", str(f), "-"], capture_output=True, text=True, check=True)
    return pages, text.stdout


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
def test_same_pdf_as_in_process(tmp_path):
    pytest.importorskip("weasyprint")
    worker = pdf_worker.PdfWorker()
    try:
        with pdf.pdf_html(itemset()) as html:
            got = worker.render(html)
    finally:
        worker.close()
    pages, text = _pages_and_text(got, tmp_path)
    assert "CC BY-SA 4.0" in text and int(pages) >= 1  # really the worksheet (its attribution line)
    assert (pages, text) == _pages_and_text(pdf.render_pdf(itemset()), tmp_path)
    assert not worker._proc.is_alive()


def test_worker_ends_when_its_parent_is_killed(tmp_path):
    """The worker holds no copy of the parent's end of the pipe (it would never read end-of-file) and asks
    for SIGTERM when its parent dies: a parent killed with SIGKILL leaves no worker behind."""
    import sys

    code = ("import sys, time\n"
            "from quizgen.export.worksheet import pdf_worker\n"
            "w = pdf_worker.PdfWorker()\n"
            "print(w._proc.pid, flush=True)\n"
            "time.sleep(float(sys.argv[1]))\n")
    for wait in ("0", "2"):  # killed while the worker imports WeasyPrint; while it waits for a page
        parent = subprocess.Popen([sys.executable, "-c", code, wait], stdout=subprocess.PIPE, text=True)
        child = int(parent.stdout.readline())
        time.sleep(float(wait) / 2)
        parent.kill()
        parent.wait()
        for _ in range(500):
            if not _alive(child):
                break
            time.sleep(0.01)
        alive = _alive(child)
        if alive:
            os.kill(child, 9)
        assert not alive, f"PDF worker {child} outlived its parent (wait {wait})"


def _alive(pid: int) -> bool:
    """Running, not a zombie (its parent, init, reaps it soon)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


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


def test_pages_of_one_request_come_back_in_order(monkeypatch):
    """A build sends the sheet and the key in one request: both come back, in order, each with its own error;
    pages larger than the pipe's buffer do not deadlock (sent one by one, the parent would block sending the
    second while the worker blocks sending the first PDF back)."""
    def echo(html: str) -> bytes:
        if "bad" in html:
            raise QuizgenError("cannot make the PDF: bad page")
        return html.encode()

    monkeypatch.setattr(pdf, "_weasyprint", echo)  # before the fork: the worker inherits it
    worker = pdf_worker.PdfWorker()
    big = "x" * 4_000_000
    try:
        worker.submit("<p>1</p>" + big, "<p>bad</p>", "<p>3</p>" + big)
        assert worker.result() == ("<p>1</p>" + big).encode()
        with pytest.raises(QuizgenError, match="bad page"):
            worker.result()
        assert worker.result() == ("<p>3</p>" + big).encode()
        assert worker.render("<p>4</p>") == b"<p>4</p>"  # and the next request after them
    finally:
        worker.close()


def test_a_build_imports_weasyprint_in_the_worker_only(tmp_path):
    """The key PDF is laid out by the worker after the sheet, not in the build's own process: one WeasyPrint
    import for both copies."""
    pytest.importorskip("weasyprint")
    import sys

    from .test_build import GOOD

    f = tmp_path / "a.txt"
    f.write_text(GOOD, encoding="utf-8")
    code = ("import sys\n"
            "from pathlib import Path\n"
            "from quizgen.build import build_many\n"
            "from quizgen.outputs import BuildOptions\n"
            "r = build_many([Path(sys.argv[1])], Path(sys.argv[2]), BuildOptions(formats=('pdf',)))\n"
            "assert r[0].error is None, r[0].error\n"
            "print('weasyprint' in sys.modules)\n")
    r = subprocess.run([sys.executable, "-c", code, str(f), str(tmp_path / "o")], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["False"]
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == ["a.key.pdf", "a.pdf"]


def test_each_request_is_laid_out_in_a_child_that_then_exits(monkeypatch):
    """WeasyPrint's memory grows with every document one process lays out (a book's worker reached 640 MB at
    25 lessons): each request (a lesson's sheet and key) is laid out in a child of the worker, gone after it."""
    monkeypatch.setattr(pdf, "_weasyprint", lambda html: str(os.getpid()).encode())  # inherited by the fork
    worker = pdf_worker.PdfWorker()
    try:
        worker.submit("<p>sheet</p>", "<p>key</p>")
        sheet, key = int(worker.result()), int(worker.result())
        again = int(worker.render("<p>next lesson</p>"))
        assert sheet == key != worker._proc.pid
        assert again not in (sheet, worker._proc.pid)
        assert not any(os.path.exists(f"/proc/{pid}") for pid in (sheet, again))  # ended and reaped
    finally:
        worker.close()


def test_a_layout_process_leaves_what_it_inherits_to_no_collection(monkeypatch):
    """The layout process is forked from a lesson's child holding its analysis: a collection there would write
    the header of every inherited object and copy its page (a layout process held 137 MB of its own instead of
    71 MB, docs/benchmarks.md "Issue 15 — session 22"), so what it inherits is frozen before WeasyPrint runs."""
    import gc

    monkeypatch.setattr(pdf_worker, "_layout", lambda html: (True, gc.get_freeze_count()))
    inherited = [[n] for n in range(1000)]  # tracked objects of this process, inherited by the fork
    assert gc.get_freeze_count() == 0
    [(ok, frozen)] = pdf_worker.lay_out_forked(("<p>sheet</p>",))
    assert ok and frozen >= len(inherited)
    assert gc.get_freeze_count() == 0  # this process's own collections are unchanged
