"""Command line. Thin: parses options, calls the library, prints. Only this module prints."""
from __future__ import annotations

import signal
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated


def _stopped(signum: int) -> str:
    how = "interrupted (Ctrl-C)" if signum == signal.SIGINT else f"stopped by {signal.Signals(signum).name}"
    return (f"Error: {how}. Finished outputs were kept; unfinished ones were not written. Run the command again "
            "to finish")


def _stopped_while_starting(signum: int, frame: object) -> None:
    """Ctrl-C or SIGTERM while the modules load: nothing has started, nothing to clean."""
    import os

    sys.stderr.write(_stopped(signum) + "\n")
    sys.stderr.flush()
    os._exit(128 + signum)


_SIGNALS = tuple(getattr(signal, n) for n in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, n))
if __name__ == "__main__" or Path(sys.argv[0]).name == "quizgen":  # run as the program, not imported by a test
    for _sig in _SIGNALS:
        signal.signal(_sig, _stopped_while_starting)

import typer  # noqa: E402  (after the handlers: importing typer is most of the start-up)

from quizgen import __version__, options  # noqa: E402
from quizgen.errors import QuizgenError  # noqa: E402
from quizgen.lessons import LESSON_CHARS  # noqa: E402

app = typer.Typer(
    add_completion=False,
    rich_markup_mode=None,  # plain one-line errors and fast start-up; no boxes
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    help="Turn real Chinese texts into HSK-level reading material: Anki decks, worksheets with answer keys.\n\n"
         "Examples:\n\n"
         "  quizgen build --level hsk5          (texts in seeds/ -> decks/)\n\n"
         "  quizgen analyze article.txt --level hsk4 --json -",
    context_settings={"help_option_names": ["-h", "--help"]},
)

_TRACEBACK = False
_QUIET = False
_VERBOSE = False


def _version(value: bool) -> None:
    if value:
        typer.echo(f"quizgen {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Print more detail (timings).")] = False,
    traceback: Annotated[bool, typer.Option("--traceback", help="Show a traceback on errors (debugging).")] = False,
) -> None:
    """Defaults come from quizgen.toml (or [tool.quizgen] in pyproject.toml) in the working folder."""
    global _TRACEBACK, _QUIET, _VERBOSE
    _TRACEBACK, _QUIET, _VERBOSE = traceback, quiet, verbose
    if quiet and verbose:
        raise typer.BadParameter("--quiet and --verbose exclude each other", param_hint="--quiet")
    from quizgen.config import default_map, find_config

    try:
        found = find_config(Path.cwd())
        if found:
            ctx.default_map = default_map(*found)
    except QuizgenError as e:
        _fail(str(e))


def _parsed(parse: Callable[[str], str]) -> Callable[[str | None], str | None]:
    """A typer callback passing an option's value through ``parse`` (from :mod:`quizgen.options`, shared
    with the config file): the canonical value, or a usage error (exit 2) with the same message."""
    def callback(value: str | None) -> str | None:
        if value is None:
            return None
        try:
            return parse(value)
        except QuizgenError as e:
            raise typer.BadParameter(str(e)) from None

    return callback


def _choice(choices: type[StrEnum], what: str) -> Callable[[str | None], str | None]:
    return _parsed(lambda v: options.parse_choice(choices, v, what).value)


def _text_file(value: Path | None) -> Path | None:
    if value is not None and not value.is_file():
        raise typer.BadParameter(f"{value} is a folder, not a file. Give the path of a text file" if value.is_dir()
                                 else f"{value} does not exist. Check the path")
    return value


def _folder(value: Path | None) -> Path | None:
    if value is not None and not value.is_dir():
        raise typer.BadParameter(f"{value} is a file, not a folder. Give the folder of your templates"
                                 if value.exists() else f"{value} does not exist. Check the path")
    return value


_LEVEL_HELP = f"Target level: {options.one_of(options.Level)}."
_STANDARD_HELP = f"HSK word lists: {options.one_of(options.Standard)} (2025: the exam syllabus)."
_USER_DICT_HELP = "User dictionary: words to add, A/B to split."


def _warn(msg: str) -> None:
    if not _QUIET:
        typer.echo(f"Warning: {msg}", err=True)


def _say(msg: str) -> None:
    if not _QUIET:
        typer.echo(msg)


def _fail(msg: str, code: int = 1) -> None:
    typer.echo(f"Error: {msg}", err=True)
    raise typer.Exit(code)


def _fail_on(e: QuizgenError) -> None:
    _fail(str(e), e.exit_code)


@app.command()
def analyze(
    path: Annotated[Path, typer.Argument(help="A .txt/.md file or a folder of them.")],
    level: Annotated[str, typer.Option("--level", "-l", help=_LEVEL_HELP, callback=_parsed(options.level_name))]
    = "hsk5",
    standard: Annotated[str, typer.Option(help=_STANDARD_HELP, callback=_parsed(options.normalize_standard))]
    = "2025",
    json_out: Annotated[str | None, typer.Option("--json", metavar="FILE|-",
                                                    help="Write the analysis as JSON to FILE, or - for stdout.")] = None,
    user_dict: Annotated[Path | None, typer.Option(help=_USER_DICT_HELP, callback=_text_file)] = None,
) -> None:
    """Clean, segment, read, level and gloss a text; print a summary or write JSON.

    Example: quizgen analyze seeds/ --level hsk5 --json analysis.json
    """
    from quizgen.analysis.decoding import find_inputs

    try:
        files = find_inputs([path])
        from quizgen.analysis.pipeline import analyze as run
        from quizgen.export import json_doc

        docs = [run(f, level=level, standard=standard, user_dict=user_dict, source=str(f)) for f in files]
    except QuizgenError as e:
        _fail_on(e)
        return
    for d in docs:
        for w in d.warnings:
            _warn(f"{d.source}: {w}")
        if _VERBOSE:
            laps = ", ".join(f"{k} {v:.2f}s" for k, v in d.meta.get("timings", {}).items())
            typer.echo(f"{d.source}: {laps}", err=True)
    if json_out is not None:
        if len(docs) == 1:
            payload = json_doc.dumps(docs[0])
        else:
            payload = "[" + ",".join(json_doc.dumps(d) for d in docs) + "]"
        if json_out == "-":
            sys.stdout.write(payload + "\n")
        else:
            _write_atomic(Path(json_out), payload + "\n")
            _say(f"wrote {json_out}")
        return
    from quizgen.summary import summary

    for d in docs:
        typer.echo(summary(d))  # the result itself: printed even with --quiet


@app.command()
def build(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files or folders (default: seeds/).")] = None,
    level: Annotated[str, typer.Option("--level", "-l", help=_LEVEL_HELP, callback=_parsed(options.level_name))]
    = "hsk5",
    standard: Annotated[str, typer.Option(help=_STANDARD_HELP, callback=_parsed(options.normalize_standard))]
    = "2025",
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("decks"),
    formats: Annotated[str, typer.Option("--format", "-f", help=f"Comma-separated: {','.join(options.Format)}.",
                                         callback=_parsed(lambda v: ",".join(options.parse_formats(v))))]
    = "json,apkg,html,pdf",
    seed: Annotated[int, typer.Option(help="Random seed: same input and seed, same items.")] = 0,
    known: Annotated[Path | None, typer.Option(help="Words you know, one per line (or an Anki text export).",
                                               callback=_text_file)] = None,
    script: Annotated[str, typer.Option(help=f"Script shown in decks and worksheets: {options.one_of(options.Script)}.",
                                        callback=_choice(options.Script, "script"))] = "original",
    pinyin: Annotated[str, typer.Option(help=f"Worksheet pinyin over words: {options.one_of(options.Pinyin)} "
                                             "(above: words above the level).",
                                        callback=_choice(options.Pinyin, "pinyin mode"))] = "above",
    paper: Annotated[str, typer.Option(help=f"Worksheet paper size: {options.one_of(options.Paper)}.",
                                       callback=_choice(options.Paper, "paper size"))] = "a4",
    title: Annotated[str | None, typer.Option(help="Title for the deck and worksheet.")] = None,
    templates: Annotated[Path | None, typer.Option(help="Folder with your own worksheet templates.",
                                                   callback=_folder)] = None,
    user_dict: Annotated[Path | None, typer.Option(help=_USER_DICT_HELP, callback=_text_file)] = None,
    lesson_size: Annotated[int, typer.Option(min=200, help="A longer text (a book) becomes lessons of about this "
                                                           "many characters, split at its chapter headings or "
                                                           "paragraphs.")] = LESSON_CHARS,
) -> None:
    """Build Anki decks, worksheets (HTML, PDF) and items JSON from texts.

    \b
    Examples:
      quizgen build --level hsk5                 (seeds/ -> decks/)
      quizgen build article.txt --level hsk4 --format html,pdf --out out/
    """
    from quizgen.analysis.decoding import find_inputs
    from quizgen.build import BuildOptions, build_many, output_names

    try:
        known_words: frozenset[str] = frozenset()
        if known is not None:
            from quizgen.items import read_known

            known_words = read_known(known)
        files = find_inputs(paths or [Path("seeds")])
        opts = BuildOptions(level=level, standard=standard, formats=options.parse_formats(formats), seed=seed,
                            known=known_words, script=script, pinyin=pinyin, paper=paper, title=title,
                            templates=templates, user_dict=user_dict, lesson_size=lesson_size)
        output_names(files, opts)  # colliding names are an error before anything is written
    except QuizgenError as e:
        _fail_on(e)
        return
    _report(files, build_many(files, out, opts, progress=_progress(len(files)),
                              lesson_progress=_lesson_progress() if len(files) == 1 else None))


def _report(files: list[Path], results) -> None:
    """Errors and warnings on stderr, the summary table on stdout; exit 1 when any input failed."""
    failed = 0
    for f, r in zip(files, results):
        if r.error:
            failed += 1
            typer.echo(f"Error: {r.error}", err=True)
            continue
        for w in r.warnings:
            _warn(f"{f.name}: {w}")
    if not _QUIET:
        from quizgen.summary import build_table

        typer.echo(build_table(results))
    if failed:
        if failed < len(files):
            typer.echo(f"Error: {failed} of {len(files)} inputs failed; the others were built. "
                       "Fix or remove the failed files", err=True)
        raise typer.Exit(1)


def _progress(total: int):
    """A progress callback for multi-file builds on a terminal (stderr), else None."""
    if total < 2 or _QUIET or not sys.stderr.isatty():
        return None
    bar = typer.progressbar(length=total, label="building", file=sys.stderr)
    bar.__enter__()

    def step(done: int) -> None:
        bar.update(1)
        if done == total:
            bar.__exit__(None, None, None)

    return step


def _lesson_progress():
    """A progress callback over the lessons of a book (stderr, on a terminal only), else None."""
    if _QUIET or not sys.stderr.isatty():
        return None
    bar = None

    def step(done: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            bar = typer.progressbar(length=total, label="lessons", file=sys.stderr)
            bar.__enter__()
        bar.update(1)
        if done == total:
            bar.__exit__(None, None, None)

    return step


def _write_atomic(path: Path, content: str) -> None:
    from quizgen.atomic import write_atomic

    try:
        write_atomic(path, content, make_parents=False)
    except QuizgenError as e:
        _fail(str(e))


def _single_threaded_blas() -> None:
    """One BLAS thread, set before numpy loads. The only BLAS work is the pinyin model's (64, 256) matmuls
    per character step; OpenBLAS's extra threads make each one wait for a free core, most of all on a busy
    machine (docs/benchmarks.md, "Measurements that were in docstrings"). A user's own setting wins."""
    import os

    for var in ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")


def _fewer_collections() -> None:
    """Run the cyclic garbage collector rarely. A build allocates ~175,000 long-lived objects (dictionaries,
    tokens, caches) and almost no cycles; the default thresholds spend a noticeable share of a build traversing
    them, and with the collector off the peak memory stays the same, so cycles are rare (docs/benchmarks.md,
    "Measurements that were in docstrings"); a high threshold still collects them on very long runs."""
    import gc

    gc.set_threshold(500_000, 100, 100)


def _leave(code: str | int | None) -> None:
    """Exit without tearing the interpreter down: freeing every dictionary, cache and module one by one is a
    fifth of a short build's time (docs/benchmarks.md). Every output file is closed and renamed by now (the process pool is shut down
    too); the standard streams are flushed here. Under a profiler or tracer (cProfile, coverage), which
    write their results at exit, the normal exit is kept."""
    import os

    if sys.getprofile() is not None or sys.gettrace() is not None or "coverage" in sys.modules:
        sys.exit(code)
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # sys.exit("message"): printed, status 1
        print(code, file=sys.stderr)
        status = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more can be said
            pass
    os._exit(status)


def main() -> None:
    _single_threaded_blas()
    _fewer_collections()
    # SIGTERM and SIGHUP stop a build as Ctrl-C does: temporary files removed, worker processes stopped, one
    # line printed (_main), exit 128 + the signal's number
    from quizgen.processes import stop_on_signals

    stop_on_signals()
    try:
        _main()
    except SystemExit as e:
        _leave(e.code)
    _leave(0)


def _main() -> None:
    from quizgen.errors import Stopped
    from quizgen.processes import stop_asked

    try:
        try:
            app()
        finally:
            asked = stop_asked()
        if asked is not None:  # a stop dropped in a finaliser after the last files were renamed
            raise Stopped(asked)
    except (KeyboardInterrupt, Stopped) as e:
        signum = e.signum if isinstance(e, Stopped) else signal.SIGINT
        typer.echo(_stopped(signum), err=True)
        sys.exit(128 + signum)
    except SystemExit:
        if asked is not None:  # the same, when the command ended with an exit status of its own
            typer.echo(_stopped(asked), err=True)
            sys.exit(128 + asked)
        raise
    except Exception as e:  # an unexpected failure: one line, unless --traceback
        if _TRACEBACK or "--traceback" in sys.argv:
            raise
        typer.echo(f"Error: internal error ({type(e).__name__}: {e}). Re-run with --traceback and report it",
                   err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
