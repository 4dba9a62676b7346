"""`quizgen build` of a book: one text split into lessons (:mod:`quizgen.lessons`), built lesson by lesson.

Each lesson is analysed, given its items and written before the next one is read, so memory holds one
lesson's analysis at a time (plus the book's Anki notes, which are small) and time grows with the length of
the text. Outputs (file names in README.md):

* ``<out>/<name>/<NN> <lesson title>.items.json|.html|.key.html|.pdf|.key.pdf``: one worksheet, key and
  items file per lesson;
* ``<out>/<name>.apkg``: one deck file for the book, a subdeck per lesson
  (``quizgen::HSK 5 (2025)::<book title>::<NN> <lesson title>``).

All or nothing, as for a single text: every file is written under a temporary name first and renamed into
place only when the whole book is done; files of lessons an earlier build had and this one has not (the book
got shorter) are then removed from the book's folder.
"""
from __future__ import annotations

import contextlib
import dataclasses
import re
from collections import Counter
from pathlib import Path
from typing import Any

from quizgen.analysis.document import Document, level_label
from quizgen.atomic import Staging
from quizgen.errors import QuizgenError
from quizgen.lesson_files import LessonFiles, layout_worker, lesson_files, preload
from quizgen.lessons import Lesson, label, opening
from quizgen.outputs import (
    FEW_QUESTIONS,
    GENERIC_TITLE,
    KEY_SUFFIX,
    SUFFIX,
    BuildResult,
    one_sheet,
    reading_heading,
    safe_name,
    title_like,
    uninformative,
    write_format,
)

_LESSON_FILE = re.compile(r"\d+ .*\.(items\.json|html|pdf)")


def book_title(path: Path, text: str) -> str:
    """The file's name, unless it says nothing about the text (an id, a generic name or a label such as
    hongloumeng_01, :func:`quizgen.outputs.uninformative`): then the text's opening words."""
    if uninformative(path.stem):
        head = opening(text)
        if title_like(head):
            return head
        from quizgen.analysis.script import detect_script

        return GENERIC_TITLE[detect_script(text)]
    return path.stem


def build_book(path: Path, text: str, lessons: tuple[Lesson, ...], out_dir: Path, opts, worker=None,
               progress=None):
    """Build every lesson of ``text``; returns a :class:`quizgen.outputs.BuildResult` for the whole book.
    ``progress(done, total)`` is called after each lesson."""
    from quizgen import memo
    from quizgen.cache import give_back_memory

    name = opts.name or safe_name(opts.title or path.stem)
    title = opts.title or book_title(path, text)
    folder = out_dir / name
    tally = Tally(len(lessons))
    with contextlib.ExitStack() as stack:
        staging = Staging(stack)
        pdf = _PdfPipe(worker)
        stack.callback(pdf.close)
        folder.mkdir(parents=True, exist_ok=True)
        deck = None
        if "apkg" in opts.formats:
            from quizgen.export.anki.deck import DeckBuilder

            apkg = out_dir / f"{name}.apkg"
            deck = DeckBuilder(previous=apkg)
            deck.stream(stack)  # each lesson's notes written at once, none held to the end

        sinks = _Sinks(deck, pdf if worker is not None else None, staging)
        for lesson, (items, counted) in _made(path, text, lessons, title, opts):
            tally.merge(counted)
            if isinstance(items, LessonFiles):  # made in a child: its files are bytes already
                if worker is not None:  # no lesson is laid out by the worker any more: its memory back now
                    pdf.finish()
                    worker.close()
                    worker = sinks.pdf = None
                _write_made(items, folder, sinks)
            elif items is not None:
                _write_lesson(items, label(lesson, len(lessons)), lesson.number, folder, opts, sinks, tally)
            items = None
            give_back_memory()  # the lesson's analysis is garbage now: hand the freed heap back
            if progress:
                progress(lesson.number, len(lessons))
        pdf.finish()
        refused = {n for ns in tally.failed.values() for n in ns}
        if refused and len(refused) == len(lessons) - len(tally.empty):  # every lesson: the templates, not a text
            raise QuizgenError(next(iter(tally.failed)))
        if not tally.questions():  # nothing to teach: no empty sheets (the staged files are removed)
            return BuildResult(str(path), error=_no_question(path, opts, len(lessons)))
        if deck is not None:
            deck.write(staging.path(apkg))
        staging.commit(then=lambda: _remove_stale(folder, set(staging.finals)))
    memo.save()
    if tally.questions() < FEW_QUESTIONS:
        tally.warnings.append(f"only {tally.questions()} questions could be made in {len(lessons)} lessons")
    return BuildResult(str(path), staging.finals, None, tuple(tally.book_warnings(opts)),
                       tally.stats())


def _no_question(path: Path, opts, lessons: int) -> str:
    from quizgen.analysis.document import level_label
    from quizgen.analysis.lexicon import parse_level

    return (f"{path.name}: no question could be made at HSK {level_label(parse_level(opts.level))} in any of its "
            f"{lessons} lessons, so nothing was written. Try a higher --level or a cleaner text")


@dataclasses.dataclass
class _Sinks:
    """Where a lesson's files go: the book's deck (or None), the PDF pipe (None: PDFs written here), the
    book's staged files (:class:`quizgen.atomic.Staging`)."""
    deck: Any
    pdf: _PdfPipe | None
    staging: Staging


def _write_lesson(items, base_label: str, number: int, folder: Path, opts, sinks: _Sinks, tally: "Tally") -> None:
    """Stage every format of one lesson (the deck only collects its notes). A worksheet the sheet checks
    refuse loses that lesson's sheet and key, and the lesson is reported; the book's other lessons build."""
    shown = items
    if opts.script != "original":
        from quizgen.export.worksheet.script_view import in_script

        shown = in_script(items, opts.script)
    base = safe_name(base_label)
    for fmt in opts.formats:
        if fmt == "apkg":
            sinks.deck.add(shown)
            continue
        final = folder / f"{base}{SUFFIX[fmt]}"
        try:
            if fmt == "pdf" and sinks.pdf is not None:  # the sheet and the key, both laid out by the worker
                sinks.pdf.submit(shown, (sinks.staging.path(final), sinks.staging.path(folder / f"{base}{KEY_SUFFIX[fmt]}")),
                                 opts)
                continue
            # items.json keeps the input's script (the record); worksheets show the chosen one
            write_format(fmt, items if fmt == "json" else shown, sinks.staging.path(final), opts)
            if fmt in KEY_SUFFIX:  # the teacher's copy, in a file of its own
                write_format(fmt, shown, sinks.staging.path(folder / f"{base}{KEY_SUFFIX[fmt]}"), opts, copy="key")
        except QuizgenError as e:
            if fmt not in KEY_SUFFIX:
                raise
            lost = {final, folder / f"{base}{KEY_SUFFIX[fmt]}"}
            sinks.staging.drop(lost)
            tally.failed.setdefault(str(e), []).append(number)


def _write_made(made: LessonFiles, folder: Path, sinks: _Sinks) -> None:
    """Stage the files a child made for a lesson; the deck collects its notes."""
    from quizgen.atomic import write_atomic

    if made.shown is not None:
        sinks.deck.add(made.shown)
    for suffix, data in made.files:
        write_atomic(sinks.staging.path(folder / f"{made.base}{suffix}"), data)


def _made(path: Path, text: str, lessons: tuple[Lesson, ...], title: str, opts):
    """``(lesson, (made, its Tally))`` for each lesson in order, ``made`` the items, a LessonFiles or None. A
    book longer than one batch has its first lesson made here (loading what the later ones share) and the
    others in forked children, a batch each (:mod:`quizgen.batches`), which also make the lesson's files
    (:mod:`quizgen.lesson_files`), a lesson's PDFs laid out while the next lesson's items are made: this
    process then holds no lesson's analysis and renders no page, and its memory stays flat."""
    from quizgen import batches

    def make(lesson: Lesson) -> tuple[Any, Tally]:
        counted = Tally(len(lessons))
        return _lesson_items(path, text, lesson, len(lessons), title, opts, counted), counted

    if len(lessons) <= batches.BATCH + 1 or not batches.available():
        for lesson in lessons:
            yield lesson, make(lesson)
        return
    def make_files(lesson: Lesson) -> tuple[LessonFiles | None, Tally] | batches.Later:
        items, counted = make(lesson)
        if items is None:
            return None, counted
        made = lesson_files(items, label(lesson, len(lessons)), lesson.number, opts, counted.failed)
        if isinstance(made, LessonFiles):
            return made, counted
        # its PDFs are laid out while the child makes the next lesson's items
        return batches.Later(made.start, lambda: (made.finish(), counted))

    yield lessons[0], make(lessons[0])
    preload(opts)
    yield from batches.in_children(make_files, lessons[1:], jobs=batches.jobs(), setup=lambda: layout_worker(opts))


def _lesson_items(path: Path, text: str, lesson: Lesson, total: int, title: str, opts, tally: "Tally"):
    """The lesson's ItemSet (reading and lesson facts filled in), or None when it has no Chinese words."""
    from quizgen.analysis.pipeline import analyze_text
    from quizgen.items.generate import build_items
    from quizgen.items.paragraphs import reading_paragraphs

    doc = analyze_text(text[lesson.start:lesson.end], path.name, opts.level, opts.standard,
                       user_dict=opts.user_dict)
    tally.add_doc(doc)
    if not any(t.is_word for s in doc.sentences for t in s.tokens):
        tally.empty.append(lesson.number)
        return None
    name = label(lesson, total)
    items = build_items(doc, seed=opts.seed, known=opts.known, title=f"{title} · {name}")
    info = {"number": lesson.number, "of": total, "title": lesson.title, "label": name, "book": title,
            "start": lesson.start, "end": lesson.end}
    # a lesson opening with a heading that names its main idea's key: the reading leaves the heading out
    items = dataclasses.replace(items, reading=reading_paragraphs(doc, reading_heading(items, doc) or None),
                                lesson=info)
    items, _shown = one_sheet(items, opts)  # what the lesson's sheet holds is what every output and count has
    tally.add_items(items)
    if not any(it.type != "vocabulary" for it in items.items):
        return None  # no empty sheet for a lesson without a question (the book's summary counts it as thin)
    return items


class _PdfPipe:
    """Lesson PDFs (sheet and key) laid out by the worker while this process analyses the next lesson: one
    lesson in flight. WeasyPrint then lives in the worker only, not in this process beside the analysis."""

    def __init__(self, worker) -> None:
        self.worker = worker
        self.pending: tuple[contextlib.ExitStack, tuple[Path, ...]] | None = None

    def submit(self, itemset, tmps: tuple[Path, Path], opts) -> None:
        """Send the student sheet and the key of ``itemset``, to be written to ``tmps`` (in that order)."""
        from quizgen.export.worksheet.pdf import pdf_html

        self.finish()
        pages = contextlib.ExitStack()
        try:
            html = [pages.enter_context(pdf_html(itemset, templates_dir=opts.templates, pinyin=opts.pinyin,
                                                 paper=opts.paper, copy=copy)) for copy in ("student", "key")]
            self.worker.submit(*html)
        except BaseException:
            pages.close()
            raise
        self.pending = (pages, tmps)

    def finish(self) -> None:
        """Wait for the PDFs in flight and write them."""
        if self.pending is None:
            return
        from quizgen.atomic import write_atomic

        pages, tmps = self.pending
        self.pending = None
        try:
            for tmp in tmps:
                write_atomic(tmp, self.worker.result())
        finally:
            pages.close()

    def close(self) -> None:
        if self.pending is not None:
            self.pending[0].close()
            self.pending = None


def _remove_stale(folder: Path, keep: set[Path]) -> None:
    """Lesson files of an earlier build that this build did not write (the book has fewer lessons now)."""
    for p in folder.iterdir():
        if p not in keep and p.is_file() and _LESSON_FILE.fullmatch(p.name):
            p.unlink()


class Tally:
    """What the build summary says about the whole book: sums over its lessons."""

    def __init__(self, lessons: int) -> None:
        self.lessons = lessons
        self.sentences = self.flagged = self.words = 0
        self.items: Counter[str] = Counter()
        self.levels: Counter[str] = Counter()
        self.removed: Counter[str] = Counter()
        self.repaired: Counter[tuple[str, str]] = Counter()
        self.dropped: Counter[str] = Counter()
        self.thin: list[int] = []  # lessons with fewer questions than FEW_QUESTIONS
        self.empty: list[int] = []  # lessons without Chinese words (no files)
        self.warnings: list[str] = []
        self.failed: dict[str, list[int]] = {}  # a worksheet's error -> lessons whose worksheet it stopped
        self.level = 0

    def add_doc(self, doc: Document) -> None:
        self.level = doc.level
        self.sentences += len(doc.sentences)
        self.flagged += sum(s.flagged for s in doc.sentences)
        self.words += doc.profile.n_words
        for s in doc.sentences:
            for t in s.tokens:
                if t.is_word and not t.proper_noun:
                    self.levels[level_label(t.level)] += 1
        for r in doc.removed:
            self.removed[r.text] += r.count
        for rp in doc.repaired:
            self.repaired[(rp.text, rp.replacement)] += rp.count
        for d in doc.dropped:
            self.dropped[d.reason] += 1

    def add_items(self, items) -> None:
        counts = Counter(i.type for i in items.items)
        self.items.update(counts)
        if sum(n for t, n in counts.items() if t != "vocabulary") < FEW_QUESTIONS:
            self.thin.append(items.lesson["number"])

    def merge(self, other: "Tally") -> None:
        """Add the counts of ``other`` (one lesson's)."""
        self.level = other.level
        self.sentences += other.sentences
        self.flagged += other.flagged
        self.words += other.words
        self.items.update(other.items)
        self.levels.update(other.levels)
        self.removed.update(other.removed)
        self.repaired.update(other.repaired)
        self.dropped.update(other.dropped)
        self.thin += other.thin
        self.empty += other.empty
        self.warnings += other.warnings
        for why, ns in other.failed.items():
            self.failed.setdefault(why, []).extend(ns)

    def questions(self) -> int:
        return sum(n for t, n in self.items.items() if t != "vocabulary")

    def stats(self) -> dict:
        from quizgen.items.itemset import ITEM_TYPES

        order = [level_label(lv) for lv in (1, 2, 3, 4, 5, 6, 7, None)]
        return {"lessons": self.lessons, "sentences": self.sentences, "flagged": self.flagged, "words": self.words,
                "items": {t: self.items[t] for t in ITEM_TYPES if self.items[t]},
                "levels": {k: self.levels[k] for k in order if k in self.levels}}

    def book_warnings(self, opts) -> list[str]:
        """The analysis warnings of the lessons, added up for the book (one line each, as for one text)."""
        w = []
        if self.removed:
            top = sorted(self.removed.items(), key=lambda kv: (-kv[1], kv[0]))
            w.append("removed junk tokens: " + ", ".join(f"{t} ×{n}" for t, n in top[:12])
                     + (f" and {len(top) - 12} more" if len(top) > 12 else ""))
        if self.repaired:
            top2 = sorted(self.repaired.items(), key=lambda kv: (-kv[1], kv[0]))
            w.append("repaired machine-rewritten words: " + ", ".join(f"{a}→{b} ×{n}" for (a, b), n in top2[:12]))
        if self.dropped:
            from quizgen.analysis.pipeline import dropped_warnings

            w.extend(dropped_warnings(self.dropped))
        if self.flagged:
            w.append(f"{self.flagged} of {self.sentences} sentences ({100 * self.flagged / self.sentences:.0f}%) "
                     "look garbled or machine-rewritten: kept for reading, never used for items")
        if self.empty:
            w.append(f"{len(self.empty)} of {self.lessons} lessons have no Chinese words and were left out: "
                     + _numbers(self.empty))
        if self.thin:
            w.append(f"{len(self.thin)} of {self.lessons} lessons have fewer than 5 questions at HSK "
                     f"{level_label(self.level)}: {_numbers(self.thin)}. A higher --level gives more")
        for why, ns in sorted(self.failed.items(), key=lambda kv: kv[1][0]):
            w.append(f"no worksheet for lesson{'s' if len(set(ns)) > 1 else ''} {_numbers(sorted(set(ns)))} "
                     f"(the other files were written): {why}")
        return w + self.warnings


def _numbers(ns: list[int], most: int = 12) -> str:
    shown = ", ".join(map(str, ns[:most]))
    return shown + (f" and {len(ns) - most} more" if len(ns) > most else "")
