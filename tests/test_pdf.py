"""The PDF's font: WeasyPrint gets a subset of the CJK collection holding the sheet's characters, or the whole
collection when HarfBuzz's subsetter is missing. (The PDF itself is checked in test_worksheet.py.)"""
from __future__ import annotations

import pytest

from quizgen.export import pdf

from .test_worksheet import itemset


def _html_given_to_weasyprint(monkeypatch) -> str:
    seen: list[str] = []
    monkeypatch.setattr(pdf, "_weasyprint", lambda html: seen.append(html) or b"%PDF")
    pdf.render_pdf(itemset())
    return seen[0]


def test_subset_holds_the_sheets_characters():
    if pdf._harfbuzz() is None:
        pytest.skip("HarfBuzz's subsetter (libharfbuzz-subset) is not installed")
    font = pdf.subset_font(pdf.font_path(), {"锻", "炼", "ā", "¶"})
    assert font is not None and font[:4] == b"OTTO"  # one OpenType (CFF) face, not the collection
    assert len(font) < 1_000_000 < pdf.font_path().stat().st_size


def test_sheet_chars_decode_entities():
    chars = pdf.sheet_chars("<span>&#x3000;锻炼&amp;</span>")
    assert {"\u3000", "锻", "炼", "&", "7"} <= chars and "#" in chars  # "7": digits for page numbers


def test_pdf_uses_the_subset(monkeypatch):
    if pdf._harfbuzz() is None:
        pytest.skip("HarfBuzz's subsetter (libharfbuzz-subset) is not installed")
    html = _html_given_to_weasyprint(monkeypatch)
    assert pdf.SUBSET_NAME in html and pdf.font_path().as_uri() not in html


def test_without_subsetter_the_whole_collection(monkeypatch):
    monkeypatch.setattr(pdf, "subset_font", lambda path, chars: None)
    html = _html_given_to_weasyprint(monkeypatch)
    assert f'url("{pdf.font_path().as_uri()}")' in html and pdf.SUBSET_NAME not in html
