"""A book's lessons made in forked children (quizgen.batches, issue 15: bounded memory): results in order,
errors raised here, no child left behind, the word facts a child learns saved, the same files as one process."""
import json
import os
import pickle
from pathlib import Path

import pytest

from quizgen import batches, cache, memo
from quizgen.errors import QuizgenError

pytestmark = pytest.mark.skipif(not batches.available(), reason="needs os.fork")


def _gone(pid: int) -> bool:
    """Ended and reaped (no zombie either)."""
    return not Path(f"/proc/{pid}").exists()


def test_results_come_in_order_from_one_child_a_batch():
    got = list(batches.in_children(lambda a: (a * a, os.getpid()), range(5), batch=2))
    assert [a for a, _ in got] == list(range(5)) and [v for _, (v, _) in got] == [0, 1, 4, 9, 16]
    pids = [pid for _, (_, pid) in got]
    assert os.getpid() not in pids
    assert pids[0] == pids[1] != pids[2] == pids[3] != pids[4]
    assert all(_gone(p) for p in set(pids))


class _Unpicklable(Exception):
    def __reduce__(self):
        raise TypeError("no")


def test_an_error_in_a_child_is_raised_here_and_no_later_lesson_is_made():
    def fn(a):
        if a == 2:
            raise QuizgenError("lesson 2 is broken. Fix it")
        return os.getpid()

    seen = []
    with pytest.raises(QuizgenError, match="lesson 2 is broken"):
        for a, pid in batches.in_children(fn, range(6), batch=3):
            seen.append((a, pid))
    assert [a for a, _ in seen] == [0, 1] and _gone(seen[0][1])

    def odd(a):
        raise _Unpicklable("odd")

    with pytest.raises(RuntimeError, match="_Unpicklable: odd"):
        list(batches.in_children(odd, [1]))


def test_a_child_that_dies_is_an_error():
    with pytest.raises(QuizgenError, match="stopped unexpectedly"):
        list(batches.in_children(lambda a: os._exit(3), [1, 2]))


def test_leaving_the_loop_early_ends_the_child():
    it = batches.in_children(lambda a: (os.getpid(), __import__("time").sleep(0 if a == 0 else 60))[0],
                             range(3), batch=3)
    _, pid = next(it)
    it.close()  # what an error, Ctrl-C or SIGTERM in the build does to the loop
    assert _gone(pid)


def test_the_facts_a_child_learns_are_saved(tmp_path, monkeypatch):
    monkeypatch.setenv("QUIZGEN_CACHE_DIR", str(tmp_path))
    memo.forget()

    @memo.remembered
    def doubled(word: str) -> str:
        return word * 2

    def fn(word):
        with memo.shard("batch-test"):
            return doubled(word)

    assert [v for _, v in batches.in_children(fn, ["社区", "北京"])] == ["社区社区", "北京北京"]
    assert not doubled.known("社区")  # learned in the child only ...
    saved = pickle.loads(pickle.dumps(memo._read("batch-test")))  # ... and saved by it
    assert saved[f"{doubled.__module__}.{doubled.__qualname__}"] == {("社区",): "社区社区", ("北京",): "北京北京"}
    assert (cache.folder() / "words-batch-test.marshal").is_file()
    memo.forget()


def test_a_long_book_is_made_outside_the_build_process_with_the_same_files(tmp_path, monkeypatch):
    """The build process analyses only the first lesson (its memory then stays flat over a book); the files
    and the summary are those of a build that makes every lesson itself."""
    import quizgen.analysis.pipeline as pipeline
    from quizgen.build import BuildOptions, build_one

    text = next(Path(__file__).parent.parent.joinpath("seeds").glob("*.txt")).read_text(encoding="utf-8")
    src = tmp_path / "book.txt"
    src.write_text(text, encoding="utf-8")
    opts = BuildOptions(formats=("json",), lesson_size=1000, level="hsk6")
    analysed = []
    real = pipeline.analyze_text

    def counted(*a, **k):
        analysed.append(os.getpid())
        return real(*a, **k)

    monkeypatch.setattr(pipeline, "analyze_text", counted)

    def build(batch: int, out: str):
        monkeypatch.setattr(batches, "BATCH", batch)
        analysed.clear()
        r = build_one(src, tmp_path / out, opts)
        assert r.error is None, r.error
        files = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in (tmp_path / out / "book").iterdir()}
        return r, files, list(analysed)

    alone, alone_files, here = build(1000, "alone")
    assert len(alone_files) >= 4 and len(here) == len(alone_files)  # every lesson in this process
    forked, forked_files, here = build(2, "forked")
    assert here == [os.getpid()]  # the first lesson only
    assert forked_files == alone_files
    assert (forked.stats, forked.warnings) == (alone.stats, alone.warnings)
    # the summary adds up every lesson's counts
    assert sum(forked.stats["items"].values()) == sum(len(f["items"]) for f in forked_files.values())
    assert forked.stats["lessons"] == len(forked_files) and sum(forked.stats["levels"].values()) > forked.stats["sentences"]


def test_two_children_run_at_once_and_results_stay_in_order(tmp_path):
    """With ``jobs=2`` the second batch's child runs while the first one's results are read (two lessons on
    two cores), and what it sends early is kept until its turn."""
    import time

    def fn(a):
        mark = tmp_path / f"started-{a}"
        mark.write_text(str(os.getpid()))
        if a == 0:  # the first batch waits (bounded) for the second batch's child to start
            other = tmp_path / "started-2"
            deadline = time.monotonic() + 10
            while not other.exists() and time.monotonic() < deadline:
                time.sleep(0.01)
            return a, other.exists()
        return a, True

    got = list(batches.in_children(fn, range(5), batch=2, jobs=2))
    assert [a for a, _ in got] == list(range(5)) and [v for _, (v, _) in got] == list(range(5))
    assert got[0][1] == (0, True)  # the child of lessons 2-3 had started while lesson 0 was being made
    pids = {int((tmp_path / f"started-{a}").read_text()) for a in range(5)}
    assert len(pids) == 3 and all(_gone(p) for p in pids)
    assert 1 <= batches.jobs() <= batches.MAX_JOBS


def test_an_error_or_an_early_exit_ends_every_child_at_once():
    import time

    def fn(a):
        if a == 3:
            raise QuizgenError("lesson 3 is broken. Fix it")
        if a == 4:
            time.sleep(60)
        return os.getpid()

    seen = []
    with pytest.raises(QuizgenError, match="lesson 3 is broken"):
        for a, pid in batches.in_children(fn, range(6), batch=2, jobs=3):
            seen.append(a)
    assert seen == [0, 1, 2]
    it = batches.in_children(lambda a: (os.getpid(), time.sleep(0 if a == 0 else 60))[0], range(4), batch=2,
                             jobs=2)
    _, first = next(it)
    it.close()
    assert _gone(first)
    assert not [p for p in Path("/proc").iterdir() if p.name.isdigit() and _ppid(p) == os.getpid()
                and _cmd(p) == _cmd(Path(f"/proc/{os.getpid()}"))]


def _ppid(p: Path) -> int:
    try:
        return int(p.joinpath("stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return -1


def _cmd(p: Path) -> bytes:
    try:
        return p.joinpath("cmdline").read_bytes()
    except OSError:
        return b""


def test_a_forked_lessons_files_are_made_in_its_child_and_equal_those_made_here(tmp_path, monkeypatch):
    """Lessons after the first are rendered in their child (the build process renders the first lesson's pages
    only, and writes bytes): items.json, sheet, key, both PDFs and the deck equal those of a build that makes
    every lesson itself (PDFs compared by page count and text: their bytes differ run to run); the PDF worker,
    which lays out the first lesson, ends before the second is written. Lessons 2 and 3 are one child's batch
    (``in_children``'s own): lesson 2's PDFs are laid out while lesson 3's items are made (batches.Later)."""
    import shutil
    import subprocess

    from quizgen.build import BuildOptions, build_one
    from quizgen.export.anki.dump import canonical_dump
    from quizgen.export.worksheet import html as html_mod

    from .test_lessons import BOOK

    if not shutil.which("pdftotext"):
        pytest.skip("needs poppler-utils")
    pytest.importorskip("weasyprint")
    src = tmp_path / "book.md"
    src.write_text(BOOK, encoding="utf-8")
    opts = BuildOptions(lesson_size=200, level="hsk4", release_before_pdf=True)
    rendered = []
    real = html_mod.render_html

    def counted(*a, **k):
        rendered.append(os.getpid())
        return real(*a, **k)

    monkeypatch.setattr(html_mod, "render_html", counted)
    from quizgen import book, lesson_files

    order = tmp_path / "order"  # written by the children too

    def logged(name, real):
        def fn(*a, **k):
            r = real(*a, **k)
            with open(order, "a", encoding="utf-8") as f:
                f.write(f"{name} {os.getpid()}\n")
            return r
        return fn

    monkeypatch.setattr(book, "_lesson_items", logged("items", book._lesson_items))
    monkeypatch.setattr(lesson_files._Pdfs, "finish", logged("pdfs", lesson_files._Pdfs.finish))
    monkeypatch.setattr(book, "layout_worker", logged("worker", lesson_files.layout_worker))
    start = lesson_files._Pdfs.start

    def started(self):
        start(self)
        with open(order, "a", encoding="utf-8") as f:
            f.write(f"layout-by {type(self.layout).__name__}\n")

    monkeypatch.setattr(lesson_files._Pdfs, "start", started)
    from quizgen.export.worksheet.pdf_worker import PdfWorker

    events: list = []
    close = PdfWorker.close
    monkeypatch.setattr(PdfWorker, "close", lambda self: (events.append("worker closed"), close(self)))

    def build(batch: int, out: str):
        monkeypatch.setattr(batches, "BATCH", batch)
        rendered.clear()
        events.clear()
        r = build_one(src, tmp_path / out, opts, progress=lambda done, total: events.append(done))
        assert r.error is None, r.error
        files = {}
        for p in sorted((tmp_path / out / "book").iterdir()):
            if p.suffix == ".pdf":
                text = subprocess.run(["pdftotext", "-layout", str(p), "-"], capture_output=True, check=True)
                files[p.name] = text.stdout
            else:
                files[p.name] = p.read_bytes()
        files["deck"] = canonical_dump(tmp_path / out / "book.apkg")
        return r, files, list(rendered)

    alone, alone_files, here = build(1000, "alone")
    assert len(here) == 6  # three lessons, sheet and key each, all in this process
    order.unlink()
    forked, forked_files, here = build(1, "forked")
    assert here == [os.getpid()] * 2  # the first lesson's sheet and key only
    done = [line.split() for line in order.read_text(encoding="utf-8").splitlines()]
    child = done[1][1]
    # the child starts its own PDF worker first (its layouts are forked from that idle process, not the child)
    assert done == [["items", str(os.getpid())], ["worker", child], ["items", child],
                    ["layout-by", "PdfWorker"], ["items", child], ["pdfs", child], ["layout-by", "PdfWorker"],
                    ["pdfs", child]]
    # the PDF worker laid out the first lesson only: it ends when the first lesson made in a child comes (its
    # memory back for the rest of the book), not with the build
    assert events[:3] == [1, "worker closed", 2]
    assert sum(name.endswith(".pdf") for name in forked_files) == 6 and b"CC BY-SA" in b"".join(
        v for k, v in forked_files.items() if k.endswith(".pdf"))
    assert forked_files == alone_files
    assert ([str(p.relative_to(tmp_path / "forked")) for p in forked.written]
            == [str(p.relative_to(tmp_path / "alone")) for p in alone.written])
    assert (forked.stats, forked.warnings) == (alone.stats, alone.warnings)
