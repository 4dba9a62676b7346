"""The worksheet as PDF: the print variant of the worksheet template, laid out by WeasyPrint.

The CJK font is Noto Sans CJK (OFL) from the ``noto-cjk-sans-otc`` package, loaded with ``@font-face`` and
embedded as a subset. The collection opens with Japanese glyph shapes unless the text carries a Chinese
``lang``; the template sets ``zh-Hans`` or ``zh-Hant`` from the text.

WeasyPrint is handed a subset of that 19.5 MB collection holding only the characters of the sheet (about
900 for the sample text; 0.5 MB, made by HarfBuzz's subsetter from the ``uharfbuzz`` wheel, so no
system library is needed), not the collection itself. With the whole
collection WeasyPrint copies the file into a temporary folder, has fontconfig scan it, and keeps one 19.5 MB
copy in memory per style (regular, synthetic bold, synthetic oblique) to subset it again: on the sample that
was 85 MB of peak memory and a 634 KB PDF instead of 250 KB (and CPU time: docs/benchmarks.md). The subset is the collection's
first face (the one fontconfig picked before, with its ``locl`` table), so the pages come out pixel for pixel
as with the whole collection. Without uharfbuzz the whole collection is used (and WeasyPrint then writes the PDF
several times slower unless the system has libharfbuzz-subset: docs/benchmarks.md).
"""
from __future__ import annotations

import html as html_lib
import logging
import math
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from quizgen.atomic import write_atomic
from quizgen.errors import ConfigError, QuizgenError
from quizgen.export.worksheet.fonts import FONT_FACE, SUBSET_NAME, font_path, subset_font
from quizgen.export.worksheet.fonts import font_face as _face
from quizgen.export.worksheet.fonts import harfbuzz as _harfbuzz
from quizgen.export.worksheet.html import check_options, render
from quizgen.items.itemset import ItemSet
from quizgen.processes import temporary_folder


class Ruby:
    """Widths of the words with pinyin stacked over them, for WeasyPrint; the template value ``ruby``.

    Such a word is an inline-block (WeasyPrint has no ``<ruby>``). With an auto width WeasyPrint finds each
    one's width by a shrink-to-fit pass, measuring both of its lines again, a sizeable share of the layout
    (docs/benchmarks.md, "Measurements that were in docstrings"). The width it finds is max(word, pinyin + its
    margins); measured here by HarfBuzz on the same font face and given as a class (``{{ ruby(text, pinyin,
    after_word) }}`` in the ``class`` attribute, ``{{ ruby.css() }}`` in a ``<style>`` after the last word),
    it puts every line of the nine sample sheets (HSK 4/5/6, pinyin above/all/none) where the auto widths put
    it, within 0.03 pt. Classes, not ``style`` attributes: WeasyPrint parses each attribute on its own, and
    500 of them cost more than the shrink-to-fit they save.

    The sizes are those of ``.w .py`` in worksheet.css.j2: keep them in step with it.
    """

    PY_SIZE = 0.52  # font-size of the pinyin, in em of the word
    PY_MARGINS = (-0.3, -0.3)  # margin-left, margin-right of the pinyin, in its own em
    PY_MARGINS_ADJ = (0.5, -0.3)  # the same after another word with pinyin (.w.adj)
    PY_MARGIN_FREE = -0.9  # a side with plain characters to spread over (.w.fl, .w.fr)
    STEP = 0.001  # em: widths are rounded to this

    def __init__(self, path: Path, face: int = FONT_FACE):
        hb = _harfbuzz()
        if hb is None:
            raise QuizgenError("HarfBuzz (uharfbuzz) is not available")
        try:
            face_ = _face(path, face)
        except Exception:
            raise QuizgenError(f"cannot read the font {path}") from None
        self._hb = hb
        self._font = hb.Font(face_)  # scale: font units
        self._upem = face_.upem
        self._rules: dict[int, str] = {}

    def width(self, text: str) -> float:
        """The advance width of ``text`` set in the font, in em (kerning included, as Pango sets it)."""
        hb = self._hb
        buf = hb.Buffer()
        buf.add_str(text)
        # widths do not depend on the variant (zh-Hans, zh-Hant); a fixed language, not the process locale's
        buf.language = "zh"
        buf.guess_segment_properties()
        hb.shape(self._font, buf)
        return sum(p.x_advance for p in buf.glyph_positions) / self._upem

    def __call__(self, text: str, pinyin: str, after_word: bool = False, free_left: bool = False,
                 free_right: bool = False) -> str:
        """' pyw<n>': the class that sets the width of the word ``text`` with ``pinyin`` over it."""
        left, right = self.PY_MARGINS_ADJ if after_word else self.PY_MARGINS
        left = self.PY_MARGIN_FREE if free_left else left
        right = self.PY_MARGIN_FREE if free_right else right
        over = (self.width(pinyin) + left + right) * self.PY_SIZE
        word = self.width(text)
        # never narrower than the characters (they would wrap); the pinyin line does not wrap
        n = max(math.ceil(word / self.STEP - 1e-6), round(over / self.STEP))
        self._rules.setdefault(n, f".pyw{n} {{ width: {n * self.STEP:.3f}em; }}")
        return f" pyw{n}"

    def css(self) -> str:
        """The rules of the classes handed out so far."""
        return "\n".join(self._rules[n] for n in sorted(self._rules))


def ruby_for_font() -> Ruby | None:
    """A :class:`Ruby` for the CJK font, or None without HarfBuzz (auto widths then)."""
    try:
        return Ruby(font_path())
    except QuizgenError:
        return None


def _ruby(templates_dir: str | Path | None) -> Ruby | None:
    """Measured widths for the built-in CSS; none (auto widths) when a teacher's worksheet.css.j2 may size the
    pinyin otherwise."""
    if templates_dir is not None and (Path(templates_dir) / "worksheet.css.j2").exists():
        return None
    return ruby_for_font()


#: Characters WeasyPrint may draw that are not in the page's source: page numbers and list numbers (ASCII),
#: bullets, the hyphen of ``hyphens: auto``, the ellipsis of ``text-overflow``.
GENERATED_CHARS = frozenset(map(chr, range(0x20, 0x7F))) | frozenset("\u2010\u2022\u2026\u25e6\u25aa")


def sheet_chars(html: str) -> set[str]:
    """Every character WeasyPrint may draw from the page: the text and the CSS ``content`` strings (a
    superset: tags and attributes too) with entities decoded, in both cases (``text-transform`` in a
    teacher's CSS), and GENERATED_CHARS."""
    chars = set(html_lib.unescape(html))
    cased = "".join(c.upper() + c.lower() for c in chars)
    return chars | set(cased) | GENERATED_CHARS


def render_pdf(itemset: ItemSet, **opts: Any) -> bytes:
    """The worksheet PDF as bytes; ``opts`` as for :func:`quizgen.export.worksheet.render_html`."""
    with pdf_html(itemset, **opts) as html:
        return _weasyprint(html)


@contextmanager
def pdf_html(itemset: ItemSet, **opts: Any) -> Iterator[str]:
    """The page WeasyPrint is given, its font subset in a temporary folder that lasts as long as the block
    (a build hands the page to :class:`quizgen.export.pdf_worker.PdfWorker` and writes other files meanwhile)."""
    check_options(opts.get("pinyin", "above"), opts.get("paper", "a4"))
    full = font_path()
    with temporary_folder("quizgen-pdf-") as tmp:
        subset = tmp / SUBSET_NAME
        html = render(itemset, target="pdf", font_url=subset.as_uri(), ruby=_ruby(opts.get("templates_dir")),
                      **opts)
        font = subset_font(full, sheet_chars(html))
        if font is None:  # no HarfBuzz subsetter: the whole collection, as before
            html = html.replace(subset.as_uri(), full.as_uri(), 1)
        else:
            subset.write_bytes(font)
        yield html


def _weasyprint(html: str) -> bytes:
    try:
        import weasyprint  # imported here: its import is a large part of a build's start-up
    except ImportError:
        raise ConfigError("PDF output needs WeasyPrint. Install it: pip install 'weasyprint>=70,<71'") from None
    except OSError:  # WeasyPrint loads the system's Pango when imported
        raise ConfigError("PDF output needs the Pango library. Install it (Debian/Ubuntu: apt install "
                          "libpango-1.0-0 libpangoft2-1.0-0; macOS: brew install pango), or leave out pdf: "
                          "--format json,apkg,html") from None
    for name in ("weasyprint", "fontTools"):  # WeasyPrint warns about CSS it ignores; not the user's business
        logging.getLogger(name).setLevel(logging.ERROR)
    try:
        return weasyprint.HTML(string=html, base_url=None).write_pdf()
    except OSError as e:
        raise QuizgenError(f"cannot make the PDF: {e}. Check that pango is installed (apt install "
                           "libpango-1.0-0)") from None


def write_pdf(itemset: ItemSet, path: str | Path, **opts: Any) -> Path:
    """Write the worksheet PDF atomically (temporary file beside the target, then rename)."""
    return write_atomic(Path(path), render_pdf(itemset, **opts))
