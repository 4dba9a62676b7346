"""The PDF's font: WeasyPrint gets a subset of the CJK collection holding the sheet's characters, or the whole
collection when HarfBuzz's subsetter is missing. (The PDF itself is checked in test_worksheet.py.)"""
from __future__ import annotations

import pytest

from quizgen.export.worksheet import pdf

from .test_worksheet import itemset


def _html_given_to_weasyprint(monkeypatch) -> str:
    seen: list[str] = []
    monkeypatch.setattr(pdf, "_weasyprint", lambda html: seen.append(html) or b"%PDF")
    pdf.render_pdf(itemset())
    return seen[0]


def test_subset_holds_the_sheets_characters():
    if pdf._harfbuzz() is None:
        pytest.skip("uharfbuzz is not installed")
    font = pdf.subset_font(pdf.font_path(), {"锻", "炼", "ā", "¶"})
    assert font is not None and font[:4] == b"OTTO"  # one OpenType (CFF) face, not the collection
    assert len(font) < 1_000_000 < pdf.font_path().stat().st_size


def test_sheet_chars_decode_entities():
    chars = pdf.sheet_chars("<span>&#x3000;锻炼&amp;lǜ</span>")
    assert {"\u3000", "锻", "炼", "&", "7"} <= chars and "#" in chars  # "7": digits for page numbers
    assert {"Ǜ", "L", "\u2010"} <= chars  # text-transform: uppercase; the hyphen of hyphens: auto


def test_pdf_uses_the_subset(monkeypatch):
    if pdf._harfbuzz() is None:
        pytest.skip("uharfbuzz is not installed")
    html = _html_given_to_weasyprint(monkeypatch)
    assert pdf.SUBSET_NAME in html and pdf.font_path().as_uri() not in html


def test_without_subsetter_the_whole_collection(monkeypatch):
    monkeypatch.setattr(pdf, "subset_font", lambda path, chars: None)
    html = _html_given_to_weasyprint(monkeypatch)
    assert f'url("{pdf.font_path().as_uri()}")' in html and pdf.SUBSET_NAME not in html


def _words(html: str) -> list[tuple[str, str, bool, str]]:
    """(pinyin, word, after another word, width class) of each word with pinyin over it in a page."""
    import re

    return [(py, text, bool(adj), cls.strip()) for adj, cls, py, text in
            re.findall(r'<span class="w( adj)?(?: fl)?(?: fr)?( pyw\d+)?"><span class="py">([^<]*)</span>([^<]*)</span>',
                       html)]


def test_pdf_words_get_width_classes(monkeypatch):
    if pdf._harfbuzz() is None:
        pytest.skip("uharfbuzz is not installed")
    html = _html_given_to_weasyprint(monkeypatch)
    words = _words(html)
    assert words and all(cls for *_, cls in words)
    assert all(f".{cls} {{ width:" in html for *_, cls in words)


def test_custom_css_keeps_auto_widths(monkeypatch, tmp_path):
    from quizgen.export.worksheet.html import builtin_templates_dir

    (tmp_path / "worksheet.css.j2").write_text((builtin_templates_dir() / "worksheet.css.j2").read_text("utf-8"),
                                               encoding="utf-8")
    seen: list[str] = []
    monkeypatch.setattr(pdf, "_weasyprint", lambda html: seen.append(html) or b"%PDF")
    pdf.render_pdf(itemset(), templates_dir=tmp_path)
    assert _words(seen[0]) and not any(cls for *_, cls in _words(seen[0])) and ".pyw" not in seen[0]


@pytest.mark.parametrize("mode", ["above", "all"])
def test_measured_widths_are_weasyprints_own(mode):
    """Ruby's widths are the ones WeasyPrint finds for auto-width words under the built-in CSS: a change to
    the size or margins of ``.w .py`` in worksheet.css.j2 must be made in Ruby too."""
    weasyprint = pytest.importorskip("weasyprint")
    if pdf._harfbuzz() is None:
        pytest.skip("uharfbuzz is not installed")
    from weasyprint.formatting_structure import boxes

    from quizgen.export.worksheet.html import render

    html = render(itemset(), target="pdf", font_url=pdf.font_path().as_uri(), pinyin=mode)  # auto widths
    ruby = pdf.Ruby(pdf.font_path())
    checked = 0
    for page in weasyprint.HTML(string=html).render().pages:
        for box in page._page_box.descendants():
            classes = (box.element.get("class") or "").split() if box.element is not None else []
            if isinstance(box, boxes.InlineBlockBox) and "w" in classes and "gap" not in classes:
                cls = ruby(box.element[0].tail, box.element[0].text, "adj" in classes, "fl" in classes,
                           "fr" in classes).strip()
                assert abs(int(cls[3:]) * ruby.STEP - box.width / box.style["font_size"]) < 0.002, box.element[0].text
                checked += 1
    assert checked >= 2


def test_missing_pango_is_one_line(monkeypatch):
    """WeasyPrint loads Pango when imported; without it the build says what to install, no traceback."""
    import builtins
    import sys

    from quizgen.errors import ConfigError

    real_import = builtins.__import__

    def no_pango(name, *args, **kwargs):
        if name == "weasyprint":
            raise OSError("cannot load library 'libpango-1.0-0'")
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(sys.modules, "weasyprint", raising=False)
    monkeypatch.setattr(builtins, "__import__", no_pango)
    with pytest.raises(ConfigError, match="needs the Pango library.*--format json,apkg,html"):
        pdf._weasyprint("<p>x</p>")


def test_spread_margins_are_the_css_ones():
    """Ruby's margin for a reading spreading over plain characters is the one worksheet.css.j2 gives
    ``.w.fl``/``.w.fr`` (the auto-width comparison above meets few such words)."""
    import re

    from quizgen.export.worksheet.html import builtin_templates_dir

    css = (builtin_templates_dir() / "worksheet.css.j2").read_text("utf-8")
    for side in ("fl", "fr"):
        value = re.search(r"\.w\.%s \.py \{ margin-(?:left|right): (-?[\d.]+)em" % side, css)
        assert value and float(value.group(1)) == pdf.Ruby.PY_MARGIN_FREE


def _key_columns(html: str) -> tuple[str, list[float]]:
    """The key table's layout and column widths (CSS px) as WeasyPrint lays out ``html``."""
    weasyprint = pytest.importorskip("weasyprint")
    from weasyprint.formatting_structure import boxes

    for box in weasyprint.HTML(string=html).render().pages[0]._page_box.descendants():
        if isinstance(box, boxes.TableBox) and "key-table" in (box.element.get("class") or ""):
            return box.style["table_layout"], list(box.column_widths)
    raise AssertionError("no key table")


@pytest.mark.parametrize(("script", "paper"), [("simplified", "a4"), ("traditional", "letter")])
def test_the_pdf_keys_fixed_columns_are_the_automatic_layouts(script, paper):
    """The PDF key's table has fixed columns (the automatic layout measured every cell's text character by
    character to find its widths, most of a key's layout), at the widths the automatic layout gives them: the
    printed key is the same. A change of the header 题号 No., its size or the font must change the first
    column's width in worksheet.css.j2 too."""
    from quizgen.export.worksheet.html import render
    from quizgen.export.worksheet.script_view import in_script

    items = in_script(itemset(), script)
    html = render(items, target="pdf", font_url=pdf.font_path().as_uri(), paper=paper, copy="key")
    layout, fixed = _key_columns(html)
    assert layout == "fixed"
    automatic = html.replace('class="key-table measured"', 'class="key-table"')
    layout, auto = _key_columns(automatic)
    assert layout == "auto" and len(auto) == len(fixed) == 3
    assert all(abs(a - f) < 1e-6 for a, f in zip(auto, fixed, strict=True)), (auto, fixed)
