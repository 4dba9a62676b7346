"""The printable worksheet as one self-contained HTML file (student sheet, answer key, self-check mode).

Templates are Jinja2 files in the top-level ``templates/`` folder (shipped as ``quizgen/templates``); a
teacher's folder (``templates_dir``) overrides them file by file. This module finds, compiles and renders
them; the values they lay out (continuous item numbers, questions, key entries) come from
:mod:`quizgen.export.worksheet.context`. :mod:`quizgen.export.worksheet.pdf` renders the same template with
``target="pdf"``.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from quizgen import options
from quizgen.analysis.tone_marks import word_pinyin
from quizgen.atomic import write_atomic
from quizgen.errors import ConfigError
from quizgen.export.worksheet.context import context
from quizgen.items.itemset import ItemSet

TEMPLATE = "worksheet.html.j2"
PINYIN_MODES = tuple(p.value for p in options.Pinyin)
PAPERS = tuple(p.value for p in options.Paper)


def builtin_templates_dir() -> Path:
    """``quizgen/templates`` in an installed wheel, else the repository's ``templates/`` (editable install)."""
    packaged = resources.files("quizgen") / "templates"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[3] / "templates"


#: Environment settings; they shape the compiled templates, so they also name the bytecode cache folder.
_ENV_OPTIONS: dict[str, Any] = {"autoescape": True, "trim_blocks": True, "lstrip_blocks": True,
                                "keep_trailing_newline": True}


@lru_cache(maxsize=8)
def _environment(templates_dir: Path | None):
    import jinja2

    search = [str(builtin_templates_dir())]
    if templates_dir is not None:
        search.insert(0, str(templates_dir))  # the teacher's files first, built-in ones for the rest
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(search), undefined=jinja2.StrictUndefined,
                             bytecode_cache=_bytecode_cache(), **_ENV_OPTIONS)
    env.filters["word_pinyin"] = word_pinyin
    env.filters["zh"] = jinja2.pass_context(lambda ctx, text: zh(text, ctx["lang"]))
    env.filters["roomy"] = roomy
    return env


def roomy(text: str, end: str) -> bool:
    """Whether plain text beside a word with pinyin has room for that pinyin to spread over it: two wide
    (full-width) characters at its ``end`` ("start" or "end"). Two, because the word on its other side may
    spread over it too; each spreads at most a half character (``.w.fl``/``.w.fr`` in worksheet.css.j2)."""
    two = text[:2] if end == "start" else text[-2:]
    return len(two) == 2 and all(unicodedata.east_asian_width(c) in "WF" for c in two)


def _bytecode_cache():
    """Compiled templates kept in the quizgen cache folder: compiling the four templates is a visible share of
    every build (docs/benchmarks.md, "Measurements that were in docstrings"). Jinja2 files each template under its name and path and keeps the checksum of its source, so
    a changed or overriding template (``--templates``) is compiled afresh, never served stale. The folder is
    ``jinja/`` under the cache key (:mod:`quizgen.cache`: the Jinja2 version and this module, hence
    :data:`_ENV_OPTIONS`). A cache folder that cannot be written or read only costs the compile, silently, as
    the other caches do."""
    import os

    import jinja2

    from quizgen import cache

    class QuietCache(jinja2.FileSystemBytecodeCache):
        def load_bytecode(self, bucket: Any) -> None:
            try:
                super().load_bytecode(bucket)
            except Exception:  # noqa: BLE001 - a damaged cache file: compile instead
                bucket.reset()

        def dump_bytecode(self, bucket: Any) -> None:
            try:
                os.makedirs(self.directory, exist_ok=True)
                super().dump_bytecode(bucket)
            except OSError:
                pass

    return QuietCache(str(cache.folder() / "jinja"), "%s.cache")


def zh(text: str, lang: str) -> str:
    """A fixed label (written in Simplified) in the sheet's script: ``{{ "姓名"|zh }}`` in a template."""
    if lang != "zh-Hant":
        return text
    from quizgen.analysis.script import to_traditional

    return to_traditional(text)


def check_options(pinyin: str, paper: str) -> None:
    """Reject bad option values before any work starts."""
    if pinyin not in PINYIN_MODES:  # exact values here: the callers have parsed what users typed
        raise options.unknown(options.Pinyin, pinyin, "pinyin mode")
    if paper not in PAPERS:
        raise options.unknown(options.Paper, paper, "paper size")


def render_html(itemset: ItemSet, *, templates_dir: Path | None = None, pinyin: str = "above",
                paper: str = "a4", embed_font: bool = True, copy: str = "student") -> str:
    """The worksheet as one self-contained HTML page (inline CSS, script and font; no network requests).

    ``pinyin``: "above" (over words above the level, the default), "all" (over every word) or "none".
    ``paper``: "a4" or "letter", for printing. ``embed_font``: add the page's characters of Noto Sans CJK as
    an inline font (:func:`embed_cjk_font`). ``copy``: "student" (the sheet) or "key" (the teacher's answer
    key, a file of its own). Raises ConfigError for a bad option or a broken template.
    """
    html = render(itemset, templates_dir=templates_dir, pinyin=pinyin, paper=paper, target="html", copy=copy)
    return embed_cjk_font(html) if embed_font else html


#: The inline font's family name; the built-in CSS lists it after the usual system CJK fonts.
EMBEDDED_FAMILY = "QuizgenCJK"


def embed_cjk_font(html: str) -> str:
    """The page with a ``@font-face`` for :data:`EMBEDDED_FAMILY` holding the glyphs of its characters (Noto
    Sans CJK, the PDF's font; an OpenType subset as a ``data:`` URL, ~0.5 MB for 900 characters), inserted
    before ``</head>``, so a browser without a CJK font shows the sheet as the PDF does instead of boxes.
    Browsers only load it when no font before it in the page's ``font-family`` has the character. Unchanged
    when the page has no ``</head>`` or HarfBuzz's subsetter is missing."""
    import base64
    import html as html_lib

    from quizgen.export.worksheet.fonts import font_path, subset_font

    head = html.find("</head>")
    if head < 0:
        return html
    # characters written as entities too (the gaps' &#x3000;): decoded, or they would fall back to boxes
    font = subset_font(font_path(), {c for c in set(html_lib.unescape(html)) if ord(c) > 0x7F})
    if font is None:
        return html
    rule = (f'<style id="quizgen-font">@font-face {{ font-family: {EMBEDDED_FAMILY}; src: url("data:font/otf;'
            f'base64,{base64.b64encode(font).decode("ascii")}") format("opentype"); }}</style>\n')
    return html[:head] + rule + html[head:]


def render(itemset: ItemSet, *, templates_dir: Path | None = None, pinyin: str = "above", paper: str = "a4",
           target: str = "html", font_url: str = "", ruby: Any = None, copy: str = "student") -> str:
    """Render ``copy`` ("student" or "key") for ``target`` "html" (screen, print, self-check) or "pdf"
    (WeasyPrint: embedded font file; ``ruby``: widths of the words with pinyin over them, see
    :class:`quizgen.export.pdf.Ruby`).

    The items are first fitted to one sheet (:func:`quizgen.export.worksheet.integrity.fit`: both copies drop
    the same items, so their numbers agree) and the page is then checked (:func:`integrity.check`); a page
    that breaks a rule is never returned."""
    import jinja2

    from quizgen.errors import QuizgenError
    from quizgen.export.worksheet.integrity import check, fit

    check_options(pinyin, paper)
    if templates_dir is not None and not Path(templates_dir).is_dir():
        raise ConfigError(f"templates folder {templates_dir} not found. Give an existing folder or leave out "
                          "--templates to use the built-in templates")
    env = _environment(Path(templates_dir).resolve() if templates_dir is not None else None)
    sheet = fit(itemset, pinyin)
    ctx = context(sheet, pinyin=pinyin, paper=paper, target=target, font_url=font_url, copy=copy)
    ctx["ruby"] = ruby
    where = templates_dir or builtin_templates_dir()
    try:
        page = env.get_template(TEMPLATE).render(**ctx)
    except jinja2.TemplateSyntaxError as e:
        raise ConfigError(f"template {e.name or TEMPLATE} is broken: {e.message} (line {e.lineno}). Fix it, "
                          f"or delete it from {where} to use the built-in one") from None
    except jinja2.TemplateNotFound as e:
        raise ConfigError(f"template {e.name} not found in {where}. Restore it or use the built-in "
                          "templates") from None
    except jinja2.UndefinedError as e:
        raise ConfigError(f"template {_place(e, where)} uses an unknown value: {e.message}. Fix the name; the "
                          "values are listed in templates/README.md") from None
    except jinja2.TemplateError as e:
        raise ConfigError(f"template {_place(e, where)} failed: {e}. Fix it, or delete your copy to use the "
                          "built-in one") from None
    except (Exception, RecursionError) as e:  # a teacher's template can divide by zero or recurse for ever
        if templates_dir is None or _frame_in(e, Path(templates_dir)) is None:
            raise  # not the teacher's: ours, and reported as such
        what = "calls itself without end" if isinstance(e, RecursionError) else f"failed: {type(e).__name__}: {e}"
        raise ConfigError(f"template {_place(e, where)} {what}. Fix it, or delete your copy from {where} to "
                          "use the built-in one") from None
    fails = check(page, ctx, sheet)
    if fails and templates_dir is None:
        raise QuizgenError(f"internal error: the {copy} sheet breaks its checks ({'; '.join(fails[:3])}). "
                           "Report it with the text; --format json,apkg still builds")
    if fails and any("student copy carries" in f for f in fails):
        raise ConfigError(f"your templates in {where} print the answer key on the student sheet. Print the key "
                          "only when copy is \"key\" (see templates/README.md)")
    return page


def _frame_in(e: BaseException, folder: Path) -> tuple[str, int] | None:
    """(file, line) of the innermost traceback frame in a template file under ``folder``: Jinja2 rewrites
    the frames of template code to name the template file and its line."""
    import traceback

    root = folder.resolve()
    found = None
    for frame in traceback.extract_tb(e.__traceback__):
        path = Path(frame.filename)
        if path.suffix == ".j2" and path.resolve().is_relative_to(root):
            found = (str(path), frame.lineno or 0)
    return found


def _place(e: BaseException, where: Path | str) -> str:
    """'<file>, line <n>' of the failing template, or the folder when no frame names one."""
    found = _frame_in(e, Path(where))
    return f"{found[0]}, line {found[1]}" if found else f"in {where}"


def write_html(itemset: ItemSet, path: str | Path, **opts: Any) -> Path:
    """Write the worksheet HTML atomically (temporary file beside the target, then rename); ``copy="key"`` writes
    the answer key."""
    html = render_html(itemset, **opts)
    return write_atomic(Path(path), html.encode("utf-8"))
