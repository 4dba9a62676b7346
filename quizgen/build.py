"""`quizgen build`: inputs → analysed documents → items → the chosen output files.

This module orders the file I/O of a build. Each input is built on its own; a bad input is reported and the
others still build. Every output file is written atomically (temporary file beside the target, then rename),
so an interrupted build leaves the previous outputs intact, and nothing is written outside ``out_dir``.
"""
from __future__ import annotations

import dataclasses
import os
import re
from pathlib import Path

from quizgen.analysis import chars
from quizgen.analysis.document import level_label
from quizgen.errors import ConfigError, QuizgenError
from quizgen.options import parse_formats  # noqa: F401  (parse_formats: older imports)
from quizgen.outputs import (  # noqa: F401  (re-exported: the build's options and results are named here)
    DEFAULT_FORMATS,
    FEW_QUESTIONS,
    FORMATS,
    GENERIC,
    GENERIC_TITLE,
    ID_LIKE,
    KEY_SUFFIX,
    SUFFIX,
    BuildOptions,
    BuildResult,
    headline,
    one_sheet,
    reading_heading,
    safe_name,
    title_like,
    uninformative,
    write_format,
)

_GENERIC = GENERIC  # older imports
_QUOTES = chars.TITLE_QUOTES
#: Where a sentence's opening ends (lessons' line openings, and the full-width point of 1．).
_HEAD_END = re.compile(f"[{chars.CLAUSE_BREAKS}{chars.COLONS}.．]")


def default_title(doc, path: Path) -> str:
    """The file's name, unless it says nothing about the text (:func:`quizgen.outputs.uninformative`): then the
    text's headline, else 阅读短文 as an exam prints it — so a worksheet carries neither a hash nor a file label.
    The opening clause of a text without a headline is no title: a strict teacher's review of printed sheets
    (session 16) found 疫情至此, 要根据秋粮生产情况, 沿著密閉的參觀通道 and 第一章总则 in large type over the
    passage, and a title question below one of them (:func:`opening_title` is what they were)."""
    stem = path.stem
    if not uninformative(stem):
        return stem
    top = headline(doc.shown if doc.shown is not None else doc.text)
    return top or GENERIC_TITLE[doc.script]


def opening_title(doc) -> str:
    """The opening of the first clean sentence that can name the text (:func:`default_title`), or ''; no opening
    that names the text (但因大環境不佳, 应该是一个…招待所吧) gives none: a plain title, not a broken clause."""
    for s in [s for s in doc.sentences if not s.flagged][:3]:
        head = _HEAD_END.split(s.text.strip(_QUOTES))[0].strip(_QUOTES + " ")
        if title_like(head):
            return head
    return ""


def title_without_answers(items, doc) -> str:
    """``items.title``, or 阅读短文 where the title is the text's opening (:func:`opening_title`) and the sheet asks
    for the best title, or the opening prints the answer of one of its gaps: 傳統租稅原則強調平等… stood over the gap 傳統租稅原則＿＿＿平等… (key 強調). A headline
    or a file name stays the title; the sheet then drops the gap instead (worksheet.integrity)."""
    from quizgen.items.kinds import GAP_TYPES

    if items.title != opening_title(doc):
        return items.title
    answers = {w for it in items.items if it.type in GAP_TYPES or it.type == "insertion"
               for w in (it.word, it.answer) if w}
    asked = any(it.kind == "title" for it in items.items)  # 最适合做上文标题的是 under the text's opening: no title
    return GENERIC_TITLE[doc.script] if asked or any(w in items.title for w in answers) else items.title


def build_one(path: Path, out_dir: Path, opts: BuildOptions, progress=None) -> BuildResult:
    """Build all requested outputs for one input file; a long one as lessons (:mod:`quizgen.book`), calling
    ``progress(done, total)`` after each lesson."""
    from quizgen import memo
    from quizgen.analysis.decoding import read_text_and_headings
    from quizgen.analysis.pipeline import analyze_text
    from quizgen.items import build_items
    from quizgen.items.paragraphs import reading_paragraphs
    from quizgen.lessons import split_lessons

    worker = None
    if "pdf" in opts.formats and opts.release_before_pdf:  # a single-file build: import WeasyPrint meanwhile
        from quizgen.export.worksheet import pdf_worker

        if pdf_worker.available():
            worker = pdf_worker.PdfWorker()
    try:
        text, headings = read_text_and_headings(path)
        lessons = split_lessons(text, opts.lesson_size, headings)
        if len(lessons) > 1:
            from quizgen.book import build_book

            return build_book(path, text, lessons, out_dir, opts, worker, progress)
        doc = analyze_text(text, path.name, opts.level, opts.standard, user_dict=opts.user_dict)
        if not any(t.is_word for s in doc.sentences for t in s.tokens):
            raise QuizgenError(f"{path} contains no Chinese text. Give a text in Chinese")
        items = build_items(doc, seed=opts.seed, known=opts.known, title=opts.title or default_title(doc, path))
        before = items.title
        if not opts.title:
            items = dataclasses.replace(items, title=title_without_answers(items, doc))
        memo.save()  # the word facts looked up for distractors, for the next run
        heading = reading_heading(items, doc, before)
        items = dataclasses.replace(items, reading=reading_paragraphs(doc, heading))
        items, shown = one_sheet(items, opts)
        if not any(it.type != "vocabulary" for it in items.items):
            raise QuizgenError(f"{path.name}: no question could be made at HSK {level_label(doc.level)}, so no "
                               f"worksheet or deck was written: {_why_none(doc)}")
        name = opts.name or safe_name(opts.title or path.stem)
        out_dir.mkdir(parents=True, exist_ok=True)
        written = _write_all(items, shown, out_dir, name, opts, worker)
    except UnicodeDecodeError as e:  # a teacher's template file in another encoding
        return BuildResult(str(path), error=f"a file in {opts.templates or 'the templates'} is not UTF-8 "
                                             f"({e.reason}). Save your templates as UTF-8")
    except QuizgenError as e:
        return BuildResult(str(path), error=str(e))
    except OSError as e:
        return BuildResult(str(path), error=f"cannot write to {out_dir}: {e.strerror}. "
                                             "Choose a writable --out folder")
    finally:
        if worker is not None:  # also when the text failed before any PDF was asked for
            worker.close()
    return _result(path, doc, items, written)


def _result(path: Path, doc, items, written) -> BuildResult:
    """A built text's result: what was written, its counts and levels, and what the teacher should know."""
    counts: dict[str, int] = {}
    for it in items.items:
        counts[it.type] = counts.get(it.type, 0) + 1
    levels: dict[str, int] = {}
    for s in doc.sentences:
        for t in s.tokens:
            if t.is_word and not t.proper_noun:
                key = level_label(t.level)
                levels[key] = levels.get(key, 0) + 1
    order = [level_label(lv) for lv in (1, 2, 3, 4, 5, 6, 7, None)]
    stats = {"sentences": len(doc.sentences), "flagged": sum(s.flagged for s in doc.sentences),
             "words": doc.profile.n_words, "items": counts,
             "levels": {k: levels[k] for k in order if k in levels}}
    warnings = list(doc.warnings)
    far = far_above(doc)
    if far:
        warnings.insert(0, far)
    questions = sum(n for t, n in counts.items() if t != "vocabulary")
    if questions < FEW_QUESTIONS:
        from quizgen.items.select import MAX_ABOVE

        flagged = stats["flagged"]
        warnings.append(
            f"only {questions} question{'s' if questions != 1 else ''} could be made at HSK "
            f"{level_label(doc.level)}: items use only clean sentences whose words are at the level "
            f"(all but at most {MAX_ABOVE} glossed ones) "
            f"({flagged} of {len(doc.sentences)} sentences are flagged). "
            + (below_level(doc) or ("A higher --level or a cleaner text gives more" if doc.level < 7
                                     else "A cleaner text gives more")))
    return BuildResult(str(path), tuple(written), None, tuple(warnings), stats)


NATURAL = 0.9  # word coverage at which a text reads at a level (the level it "works" at)


def natural_level(doc) -> int | None:
    """The lowest level whose word coverage reaches :data:`NATURAL` (None: not even at 7-9)."""
    return next((lv for lv, c in doc.profile.word_coverage if c >= NATURAL), None)


def far_above(doc) -> str:
    """A warning when the text is far above its target level (95 % word coverage only beyond level + 1), naming
    the level where it works; "" otherwise."""
    lv95 = doc.profile.level_95_words
    if doc.level >= 7 or (lv95 is not None and lv95 <= doc.level + 1):
        return ""
    works = natural_level(doc)
    if works is not None and works <= doc.level:
        return ""  # 90 % of the words at the level: a few hard ones, glossed, not a text far above it
    reach = f"only at HSK {level_label(lv95)}" if lv95 else "not even at HSK 7-9"
    where = (f"90 % of them are within HSK {level_label(works)}, so it suits --level hsk{level_label(works)}"
             if works else "fewer than 90 % are within HSK 7-9")
    return (f"the text is far above HSK {level_label(doc.level)}: 95 % of its words are within the level "
            f"{reach}; {where}")


def below_level(doc) -> str:
    """Advice for a text below its target level (its natural level lower), where few words are left to test: a
    higher --level gives nothing more there; "" for any other text."""
    works = natural_level(doc)
    if not works or works >= doc.level:
        return ""
    return (f"The text is below the level (90 % of its words are within HSK {level_label(works)}): "
            f"--level hsk{level_label(works)}, or a harder text, gives more")


def _why_none(doc) -> str:
    from quizgen.items.select import MAX_ABOVE

    flagged = sum(s.flagged for s in doc.sentences)
    works = natural_level(doc)
    if flagged == len(doc.sentences):
        return "every sentence is flagged as garbled. Give a cleaner text"
    hint = f"Try --level hsk{level_label(works)}" if works and works > doc.level else \
        (below_level(doc) or "Give a longer or simpler text")
    return (f"none of its {len(doc.sentences)} sentences ({flagged} flagged) gave a question (a question needs a "
            f"sentence whose words are at the level, at most {MAX_ABOVE} glossed ones above it, and a word or fact "
            "the text decides). "
            + hint)


def _write_all(items, shown, out_dir: Path, name: str, opts: BuildOptions, worker=None) -> tuple[Path, ...]:
    """Write every requested format for one text, all or nothing.

    Each file is first written under a temporary name beside its target; only when all of them exist are
    they renamed into place, with Ctrl-C and SIGTERM held back until the last rename. An error or a stop
    before that leaves the previous set of files untouched (never a new items.json beside an old worksheet)
    and removes the temporary files; a killed build's are removed by its janitor (:mod:`quizgen.processes`).
    """
    import contextlib

    from quizgen.atomic import Staging, write_atomic

    with contextlib.ExitStack() as stack:
        staging = Staging(stack)
        if worker is not None:
            stack.callback(worker.close)
        if opts.release_before_pdf and {"html", "pdf"} & set(opts.formats):
            # nothing below needs the dictionaries, and the worksheets' fonts would stack on top of them
            from quizgen import cache

            cache.release_memory()
        if worker is not None and "pdf" in opts.formats:
            # the PDFs first: the worker lays out the sheet and the key while this process writes the other
            # files (and WeasyPrint is imported in the worker only)
            from quizgen.export.worksheet.pdf import pdf_html

            worker.submit(*(stack.enter_context(pdf_html(shown, templates_dir=opts.templates, pinyin=opts.pinyin,
                                                         paper=opts.paper, copy=copy))
                            for copy in ("student", "key")))
        for fmt in opts.formats:
            final = out_dir / f"{name}{SUFFIX[fmt]}"
            tmp = staging.path(final)
            if fmt == "pdf" and worker is not None:
                write_atomic(tmp, worker.result())
            else:  # items.json keeps the input's script (the record); decks and worksheets show the chosen one
                write_format(fmt, items if fmt == "json" else shown, tmp, opts, final)
            if fmt in KEY_SUFFIX:  # the teacher's copy of a worksheet, in a file of its own
                key = out_dir / f"{name}{KEY_SUFFIX[fmt]}"
                key_tmp = staging.path(key)
                if fmt == "pdf" and worker is not None:
                    write_atomic(key_tmp, worker.result())
                else:
                    write_format(fmt, shown, key_tmp, opts, copy="key")
        return staging.commit()


def build_many(files: list[Path], out_dir: Path, opts: BuildOptions, progress=None,
               lesson_progress=None) -> list[BuildResult]:
    """Build several inputs, in a process pool when there are several (each worker loads the dictionaries
    once; at most one worker per core keeps memory bounded). Results come back in input order.
    ``lesson_progress(done, total)``: after each lesson of a single input that is a book.

    Output names are chosen first (:func:`output_names`): two inputs never write the same file. Whatever ends
    the build, its worker processes end with it and its temporary files are removed (:mod:`quizgen.processes`).
    """
    from quizgen.processes import guarded

    names = output_names(files, opts)
    with guarded():
        if len(files) < 2:
            single = [build_one(f, out_dir, dataclasses.replace(opts, release_before_pdf=True, name=names[0]),
                                lesson_progress) for f in files]
            if progress:
                progress(len(files))
            return single
        return _build_in_pool(files, [_for_file(opts, f, n) for f, n in zip(files, names)], out_dir, progress)


def _build_in_pool(files: list[Path], per_file: list[BuildOptions], out_dir: Path, progress) -> list[BuildResult]:
    import multiprocessing
    import os
    import sys
    from concurrent.futures import ProcessPoolExecutor, as_completed

    workers = min(len(files), os.cpu_count() or 1, 4)
    results: list[BuildResult | None] = [None] * len(files)
    # fork where it is safe (Linux): the workers inherit the janitor's pipe (macOS frameworks are not fork-safe)
    context = multiprocessing.get_context("fork") if sys.platform.startswith("linux") else None
    others = {p.pid for p in multiprocessing.active_children()}  # the caller's own, never ours to stop
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_worker_init,
                               initargs=(os.getpid(),))
    try:
        futures = {pool.submit(build_one, f, out_dir, o): i for i, (f, o) in enumerate(zip(files, per_file))}
        for done, fut in enumerate(as_completed(futures), 1):
            i = futures[fut]
            try:
                results[i] = fut.result()
            except Exception as e:  # a crashed worker must not lose the other inputs
                results[i] = BuildResult(str(files[i]), error=f"internal error ({type(e).__name__}: {e}). "
                                                                "Re-run this file alone with --traceback")
            if progress:
                progress(done)
    except BaseException:
        # Ctrl-C, SIGTERM: stop the workers now. One stopped while staging leaves only temporary files (its
        # renames hold SIGTERM back), which the janitor removes.
        for proc in multiprocessing.active_children():
            if proc.pid not in others:
                proc.terminate()
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
    return [r for r in results if r is not None]


def _worker_init(parent: int) -> None:
    """Pool workers leave Ctrl-C to the parent, which stops them, and end when the parent ends."""
    import signal

    from quizgen.processes import die_with_parent

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent(parent)


def _for_file(opts: BuildOptions, path: Path, name: str) -> BuildOptions:
    """With several inputs a --title is shared: each text gets "<title> - <file stem>", so each deck stays its
    own."""
    if opts.title:
        return dataclasses.replace(opts, title=f"{opts.title} - {path.stem}", name=name)
    return dataclasses.replace(opts, name=name)


def output_names(files: list[Path], opts: BuildOptions) -> list[str]:
    """The output file name (without suffix) of each input: the title or the file's stem; where two inputs
    would share one (a/text.txt, b/text.txt; text.txt, text.md; names differing only in case, which are one
    file on macOS and Windows), their paths below the inputs' common folder, with the suffix if need be.
    ConfigError, before anything is written, if names still collide."""
    def base(f: Path, stem: str) -> str:
        if opts.title and len(files) > 1:
            return safe_name(f"{opts.title} - {stem}")
        return safe_name(opts.title or stem)

    names = [base(f, f.stem) for f in files]
    if len(files) < 2:
        return names
    common = Path(os.path.commonpath([str(f.resolve().parent) for f in files]))
    for with_suffix in (False, True):
        seen = _collisions(names)
        if not seen:
            return names
        for i in seen:
            rel = files[i].resolve().relative_to(common)
            names[i] = base(files[i], str(rel if with_suffix else rel.with_suffix("")))
    seen = _collisions(names)
    if seen:
        a, b = (files[i] for i in sorted(seen)[:2])
        raise ConfigError(f"{a} and {b} would both be written as {names[sorted(seen)[0]]}.*. "
                          "Rename one of them, or build them one at a time")
    return names


def _collisions(names: list[str]) -> set[int]:
    """Indices of names that equal another one, ignoring case."""
    keys: dict[str, list[int]] = {}
    for i, n in enumerate(names):
        keys.setdefault(n.casefold(), []).append(i)
    return {i for group in keys.values() if len(group) > 1 for i in group}
