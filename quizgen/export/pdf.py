"""The worksheet as PDF: the print variant of the worksheet template, laid out by WeasyPrint.

The CJK font is Noto Sans CJK (OFL) from the ``noto-cjk-sans-otc`` package, loaded with ``@font-face`` and
embedded as a subset. The collection opens with Japanese glyph shapes unless the text carries a Chinese
``lang``; the template sets ``zh-Hans`` or ``zh-Hant`` from the text.

WeasyPrint is handed a subset of that 19.5 MB collection holding only the characters of the sheet (about
900 for the sample text; 0.5 MB, made by HarfBuzz in 20 ms), not the collection itself. With the whole
collection WeasyPrint copies the file into a temporary folder, has fontconfig scan it, and keeps one 19.5 MB
copy in memory per style (regular, synthetic bold, synthetic oblique) to subset it again: on the sample that
was 0.15 s of CPU, 85 MB of peak memory and a 634 KB PDF instead of 250 KB. The subset is the collection's
first face (the one fontconfig picked before, with its ``locl`` table), so the pages come out pixel for pixel
as with the whole collection. Without Debian's libharfbuzz-subset0 (or its equivalent) the whole collection
is used, as before.
"""
from __future__ import annotations

import html as html_lib
import logging
import math
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..atomic import write_atomic
from ..errors import ConfigError, QuizgenError
from ..items.model import ItemSet
from .worksheet import check_options, render

FONT_FACE = 0  # the face of the collection the sheet uses: the Japanese one, made Chinese by lang + locl
SUBSET_NAME = "QuizgenCJK-subset.otf"


def font_path() -> Path:
    """The Noto Sans CJK collection file of the installed ``noto-cjk-sans-otc`` package."""
    try:
        import noto_cjk_sans_otc  # type: ignore[import-untyped]
    except ImportError:
        raise ConfigError("the CJK font package is missing. Install it: pip install noto-cjk-sans-otc") from None
    path = Path(str(noto_cjk_sans_otc.FONT_PATH))
    if not path.is_file():
        raise ConfigError(f"CJK font file {path} not found. Reinstall it: pip install --force-reinstall "
                          "noto-cjk-sans-otc")
    return path


_HB_API = """
typedef struct hb_blob_t hb_blob_t; typedef struct hb_face_t hb_face_t; typedef struct hb_set_t hb_set_t;
typedef struct hb_subset_input_t hb_subset_input_t;
hb_blob_t *hb_blob_create_from_file_or_fail(const char *file_name);
void hb_blob_destroy(hb_blob_t *blob);
const char *hb_blob_get_data(hb_blob_t *blob, unsigned int *length);
hb_face_t *hb_face_create(hb_blob_t *blob, unsigned int index);
void hb_face_destroy(hb_face_t *face);
hb_blob_t *hb_face_reference_blob(hb_face_t *face);
void hb_set_add(hb_set_t *set, uint32_t codepoint);
hb_subset_input_t *hb_subset_input_create_or_fail(void);
void hb_subset_input_destroy(hb_subset_input_t *input);
hb_set_t *hb_subset_input_unicode_set(hb_subset_input_t *input);
hb_face_t *hb_subset_or_fail(hb_face_t *source, const hb_subset_input_t *input);
typedef struct hb_font_t hb_font_t; typedef struct hb_buffer_t hb_buffer_t; typedef const void *hb_language_t;
typedef struct { int32_t x_advance; int32_t y_advance; int32_t x_offset; int32_t y_offset; uint32_t var; }
    hb_glyph_position_t;
unsigned int hb_face_get_upem(hb_face_t *face);
hb_font_t *hb_font_create(hb_face_t *face);
void hb_font_destroy(hb_font_t *font);
hb_buffer_t *hb_buffer_create(void);
void hb_buffer_destroy(hb_buffer_t *buffer);
void hb_buffer_clear_contents(hb_buffer_t *buffer);
void hb_buffer_add_utf8(hb_buffer_t *buffer, const char *text, int text_length, unsigned int item_offset,
                        int item_length);
hb_language_t hb_language_from_string(const char *str, int len);
void hb_buffer_set_language(hb_buffer_t *buffer, hb_language_t language);
void hb_buffer_guess_segment_properties(hb_buffer_t *buffer);
void hb_shape(hb_font_t *font, hb_buffer_t *buffer, const void *features, unsigned int num_features);
hb_glyph_position_t *hb_buffer_get_glyph_positions(hb_buffer_t *buffer, unsigned int *length);
"""
_HB_NAMES = (("libharfbuzz.so.0", "libharfbuzz-subset.so.0"),  # Linux
             ("libharfbuzz.0.dylib", "libharfbuzz-subset.0.dylib"),  # macOS (Homebrew)
             ("libharfbuzz-0.dll", "libharfbuzz-subset-0.dll"))  # Windows (MSYS2)


@lru_cache(maxsize=1)
def _harfbuzz() -> tuple[Any, Any, Any] | None:
    """(ffi, libharfbuzz, libharfbuzz-subset) through cffi (which WeasyPrint needs anyway), or None."""
    try:
        import cffi
    except ImportError:
        return None
    ffi = cffi.FFI()
    ffi.cdef(_HB_API)
    for names in _HB_NAMES:
        try:
            hb, hbs = ffi.dlopen(names[0]), ffi.dlopen(names[1])
            # HarfBuzz ≥ 2.9: looking up a missing function raises AttributeError
            if not (hb.hb_blob_create_from_file_or_fail and hbs.hb_subset_input_unicode_set):
                continue
        except (OSError, AttributeError):
            continue
        return ffi, hb, hbs
    return None


def subset_font(path: Path, chars: set[str], face: int = FONT_FACE) -> bytes | None:
    """Face ``face`` of the font file at ``path`` cut down to the glyphs of ``chars`` (plus what its layout
    tables reach from them), as an OpenType file; None when HarfBuzz's subsetter is missing or fails."""
    lib = _harfbuzz()
    if lib is None:
        return None
    ffi, hb, hbs = lib
    blob = hb.hb_blob_create_from_file_or_fail(str(path).encode())
    if blob == ffi.NULL:
        return None
    source = hb.hb_face_create(blob, face)
    request = hbs.hb_subset_input_create_or_fail()
    try:
        if request == ffi.NULL:
            return None
        wanted = hbs.hb_subset_input_unicode_set(request)
        for c in chars:
            hb.hb_set_add(wanted, ord(c))
        result = hbs.hb_subset_or_fail(source, request)
        if result == ffi.NULL:
            return None
        out = hb.hb_face_reference_blob(result)
        size = ffi.new("unsigned int *")
        data = hb.hb_blob_get_data(out, size)
        font = ffi.unpack(data, size[0]) if data != ffi.NULL and size[0] else None
        hb.hb_blob_destroy(out)
        hb.hb_face_destroy(result)
        return font
    finally:
        if request != ffi.NULL:
            hbs.hb_subset_input_destroy(request)
        hb.hb_face_destroy(source)
        hb.hb_blob_destroy(blob)


class Ruby:
    """Widths of the words with pinyin stacked over them, for WeasyPrint; the template value ``ruby``.

    Such a word is an inline-block (WeasyPrint has no ``<ruby>``). With an auto width WeasyPrint finds each
    one's width by a shrink-to-fit pass, measuring both of its lines again: about 0.15 of 1.0 s of layout for
    the sample at HSK 5, 0.3 of 2.0 s with ``--pinyin all``. The width it finds is max(word, pinyin + its
    margins); measured here by HarfBuzz on the same font face and given as a class (``{{ ruby(text, pinyin,
    after_word) }}`` in the ``class`` attribute, ``{{ ruby.css() }}`` in a ``<style>`` after the last word),
    it puts every line of the nine sample sheets (HSK 4/5/6, pinyin above/all/none) where the auto widths put
    it, within 0.03 pt. Classes, not ``style`` attributes: WeasyPrint parses each attribute on its own, and
    500 of them cost more (0.2 s) than the shrink-to-fit they save.

    The sizes are those of ``.w .py`` in worksheet.css.j2: keep them in step with it.
    """

    PY_SIZE = 0.52  # font-size of the pinyin, in em of the word
    PY_MARGINS = (-0.3, -0.3)  # margin-left, margin-right of the pinyin, in its own em
    PY_MARGINS_ADJ = (0.5, -0.3)  # the same after another word with pinyin (.w.adj)
    STEP = 0.001  # em: widths are rounded to this

    def __init__(self, path: Path, face: int = FONT_FACE):
        lib = _harfbuzz()
        if lib is None:
            raise QuizgenError("HarfBuzz is not available")
        self._ffi, hb, _ = lib
        blob = hb.hb_blob_create_from_file_or_fail(str(path).encode())
        if blob == self._ffi.NULL:
            raise QuizgenError(f"cannot read the font {path}")
        face_ = hb.hb_face_create(blob, face)
        hb.hb_blob_destroy(blob)
        self._font = self._ffi.gc(hb.hb_font_create(face_), hb.hb_font_destroy)  # scale: font units
        self._upem = hb.hb_face_get_upem(face_)
        hb.hb_face_destroy(face_)
        self._buffer = self._ffi.gc(hb.hb_buffer_create(), hb.hb_buffer_destroy)
        # widths do not depend on the variant (zh-Hans, zh-Hant); a fixed language, not the process locale's
        self._lang = hb.hb_language_from_string(b"zh", -1)
        self._hb = hb
        self._rules: dict[int, str] = {}

    def width(self, text: str) -> float:
        """The advance width of ``text`` set in the font, in em (kerning included, as Pango sets it)."""
        hb, buf = self._hb, self._buffer
        data = text.encode()
        hb.hb_buffer_clear_contents(buf)
        hb.hb_buffer_add_utf8(buf, data, len(data), 0, -1)
        hb.hb_buffer_set_language(buf, self._lang)
        hb.hb_buffer_guess_segment_properties(buf)
        hb.hb_shape(self._font, buf, self._ffi.NULL, 0)
        n = self._ffi.new("unsigned int *")
        pos = hb.hb_buffer_get_glyph_positions(buf, n)
        return sum(pos[i].x_advance for i in range(n[0])) / self._upem

    def __call__(self, text: str, pinyin: str, after_word: bool = False) -> str:
        """' pyw<n>': the class that sets the width of the word ``text`` with ``pinyin`` over it."""
        left, right = self.PY_MARGINS_ADJ if after_word else self.PY_MARGINS
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
    check_options(opts.get("pinyin", "above"), opts.get("paper", "a4"))
    full = font_path()
    with tempfile.TemporaryDirectory(prefix="quizgen-pdf-") as tmp:
        subset = Path(tmp) / SUBSET_NAME
        html = render(itemset, target="pdf", font_url=subset.as_uri(), ruby=_ruby(opts.get("templates_dir")),
                      **opts)
        font = subset_font(full, sheet_chars(html))
        if font is None:  # no HarfBuzz subsetter: the whole collection, as before
            html = html.replace(subset.as_uri(), full.as_uri(), 1)
        else:
            subset.write_bytes(font)
        return _weasyprint(html)


def _weasyprint(html: str) -> bytes:
    try:
        import weasyprint  # type: ignore[import-untyped]  # imported here: the import alone costs about 0.5 s
    except ImportError:
        raise ConfigError("PDF output needs WeasyPrint. Install it: pip install 'weasyprint>=70,<71'") from None
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
