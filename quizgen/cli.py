"""Command line. Thin: parses options, calls the library, prints. Only this module prints."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .errors import QuizgenError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn real Chinese texts into HSK-level reading material.\n\n"
         "Example: quizgen analyze seeds/ --level hsk5",
    context_settings={"help_option_names": ["-h", "--help"]},
)

_TRACEBACK = False


def _version(value: bool) -> None:
    if value:
        typer.echo(f"quizgen {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
    traceback: Annotated[bool, typer.Option("--traceback", help="Show a traceback on errors (debugging).")] = False,
) -> None:
    global _TRACEBACK
    _TRACEBACK = traceback


def _fail(msg: str) -> None:
    typer.echo(f"Error: {msg}", err=True)
    raise typer.Exit(1)


@app.command()
def analyze(
    path: Annotated[Path, typer.Argument(help="A .txt/.md file or a folder of them.")],
    level: Annotated[str, typer.Option("--level", "-l", help="Target level: hsk1 … hsk6, hsk7-9.")] = "hsk5",
    standard: Annotated[str, typer.Option(help="HSK word lists: 2025 (exam syllabus), 2021, 2.0.")] = "2025",
    json_out: Annotated[Optional[str], typer.Option("--json", metavar="FILE|-",
                                                    help="Write the analysis as JSON to FILE, or - for stdout.")] = None,
    user_dict: Annotated[Optional[Path], typer.Option(help="User dictionary: words to add, A/B to split.")] = None,
) -> None:
    """Clean, segment, read, level and gloss a text; print a summary or write JSON.

    Example: quizgen analyze seeds/ --level hsk5 --json analysis.json
    """
    from . import lexicon
    from .reading import find_inputs

    try:
        lexicon.parse_level(level)
        lexicon.normalize_standard(standard)
        if user_dict is not None and not user_dict.is_file():
            raise typer.BadParameter(f"{user_dict} does not exist", param_hint="--user-dict")
        files = find_inputs([path])
        from .export import json_doc
        from .pipeline import analyze as run

        docs = [run(f, level=level, standard=standard, user_dict=user_dict, source=str(f)) for f in files]
    except QuizgenError as e:
        _fail(str(e))
        return
    for d in docs:
        for w in d.warnings:
            typer.echo(f"Warning: {d.source}: {w}", err=True)
    if json_out is not None:
        if len(docs) == 1:
            payload = json_doc.dumps(docs[0])
        else:
            payload = "[" + ",".join(json_doc.dumps(d) for d in docs) + "]"
        if json_out == "-":
            sys.stdout.write(payload + "\n")
        else:
            _write_atomic(Path(json_out), payload + "\n")
            typer.echo(f"wrote {json_out}")
        return
    from .summary import summary

    for d in docs:
        typer.echo(summary(d))


@app.command()
def build(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="Files or folders (default: seeds/).")] = None,
    level: Annotated[str, typer.Option("--level", "-l", help="Target level: hsk1 … hsk6, hsk7-9.")] = "hsk5",
    standard: Annotated[str, typer.Option(help="HSK word lists: 2025 (exam syllabus), 2021, 2.0.")] = "2025",
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("decks"),
    formats: Annotated[str, typer.Option("--format", "-f", help="Comma-separated: json,apkg,html,pdf.")]
    = "json,apkg,html,pdf",
    seed: Annotated[int, typer.Option(help="Random seed: same input and seed, same items.")] = 0,
    known: Annotated[Optional[Path], typer.Option(help="Words you know, one per line (or an Anki text export).")]
    = None,
    pinyin: Annotated[str, typer.Option(help="Worksheet pinyin over words: above (the level), all, none.")]
    = "above",
    paper: Annotated[str, typer.Option(help="Worksheet paper size: a4, letter.")] = "a4",
    title: Annotated[Optional[str], typer.Option(help="Title for the deck and worksheet.")] = None,
    templates: Annotated[Optional[Path], typer.Option(help="Folder with your own worksheet templates.")] = None,
    user_dict: Annotated[Optional[Path], typer.Option(help="User dictionary: words to add, A/B to split.")] = None,
) -> None:
    """Build Anki decks, worksheets (HTML, PDF) and items JSON from texts.

    Examples:
      quizgen build --level hsk5                 (seeds/ → decks/)
      quizgen build article.txt --level hsk4 --format html,pdf --out out/
    """
    from . import lexicon
    from .build import BuildOptions, build_one, parse_formats
    from .reading import find_inputs

    try:
        lexicon.parse_level(level)
        std = lexicon.normalize_standard(standard)
        fmts = parse_formats(formats)
        if pinyin not in ("above", "all", "none"):
            raise typer.BadParameter("use above, all or none", param_hint="--pinyin")
        if paper not in ("a4", "letter"):
            raise typer.BadParameter("use a4 or letter", param_hint="--paper")
        for opt, p in (("--known", known), ("--user-dict", user_dict)):
            if p is not None and not p.is_file():
                raise typer.BadParameter(f"{p} does not exist", param_hint=opt)
        if templates is not None and not templates.is_dir():
            raise typer.BadParameter(f"{templates} is not a folder", param_hint="--templates")
        known_words = frozenset()
        if known is not None:
            from .items import read_known

            known_words = read_known(known)
        files = find_inputs(paths or [Path("seeds")])
    except QuizgenError as e:
        _fail(str(e))
        return
    opts = BuildOptions(level=level, standard=std, formats=fmts, seed=seed, known=known_words, pinyin=pinyin,
                        paper=paper, title=title, templates=templates, user_dict=user_dict)
    failed = 0
    for f in files:
        r = build_one(f, out, opts)
        if r.error:
            failed += 1
            typer.echo(f"Error: {r.error}", err=True)
            continue
        for w in r.warnings:
            typer.echo(f"Warning: {f.name}: {w}", err=True)
        items = ", ".join(f"{n} {k}" for k, n in r.stats["items"].items())
        typer.echo(f"{f}: {r.stats['sentences']} sentences ({r.stats['flagged']} flagged), "
                   f"{r.stats['words']} words; items: {items or 'none'}")
        for p in r.written:
            typer.echo(f"  wrote {p}")
    if failed:
        if failed < len(files):
            typer.echo(f"Error: {failed} of {len(files)} inputs failed; the others were built", err=True)
        raise typer.Exit(1)


def _write_atomic(path: Path, content: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_text(content, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as e:
        _fail(f"cannot write {path}: {e.strerror}. Choose a writable location")


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("Error: interrupted. Nothing was written for the unfinished file", err=True)
        sys.exit(130)
    except SystemExit:
        raise
    except Exception as e:  # an unexpected failure: one line, unless --traceback
        if _TRACEBACK or "--traceback" in sys.argv:
            raise
        typer.echo(f"Error: internal error ({type(e).__name__}: {e}). Re-run with --traceback and report it",
                   err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
