"""Review F1: every output of a build carries the same questions (the Anki deck also those the sheet cannot
hold). The sheet-integrity pass drops items that cannot share the student sheet (an answer printed elsewhere,
a gap inside another item…); on 23 of 76 held-out builds items.json still listed them (modern_diary_03 at
HSK 6: 22 in the JSON, 14 on the sheet)."""
from __future__ import annotations

import dataclasses
import json
import re

from quizgen.build import BuildOptions, build_one
from quizgen.export.anki.deck import note_guid
from quizgen.export.anki.dump import read_notes
from quizgen.export.worksheet.integrity import fit

from .conftest import SAMPLE


def _raw_items(level: str):
    """What the generator makes of the sample, before any sheet is laid out (as build_one makes it)."""
    from quizgen.analysis.pipeline import analyze_text
    from quizgen.build import default_title
    from quizgen.items import build_items
    from quizgen.items.paragraphs import reading_paragraphs

    doc = analyze_text(SAMPLE.read_text(encoding="utf-8"), SAMPLE.name, level, "2025")
    items = build_items(doc, seed=0, title=default_title(doc, SAMPLE))
    return dataclasses.replace(items, reading=reading_paragraphs(doc))


def test_items_json_key_deck_and_counts_hold_what_the_sheet_holds(tmp_path):
    # HSK 7-9: at HSK 6 the sheet drops only a top-up item since session 17 (便捷服务 is no longer gapped), and a
    # top-up (ItemSet.sheet_only) is by design no deck note
    raw = _raw_items("hsk7-9")
    kept = {it.id for it in fit(raw).items}
    dropped = [it for it in raw.items if it.id not in kept]
    assert [it for it in dropped if it.id not in raw.sheet_only and it.type != "vocabulary"], \
        "the sample at HSK 7-9 no longer makes a deck item the sheet drops: pick a text that does"

    r = build_one(SAMPLE, tmp_path, BuildOptions(level="hsk7-9", formats=("json", "html", "apkg")))
    assert r.error is None, r.error
    stem = next(p for p in r.written if p.name.endswith(".items.json")).name[:-len(".items.json")]
    data = json.loads((tmp_path / f"{stem}.items.json").read_text(encoding="utf-8"))
    questions = [i for i in data["items"] if i["type"] != "vocabulary"]
    student = (tmp_path / f"{stem}.html").read_text(encoding="utf-8")
    key = (tmp_path / f"{stem}.key.html").read_text(encoding="utf-8")
    on_sheet = re.findall(r'class="item item-[a-z_]+" data-n="(\d+)"', student)
    key_rows = re.findall(r'<tr[^>]* data-n="(\d+)"', key)

    assert {i["id"] for i in data["items"]} == kept
    assert len(questions) == len(on_sheet) == len(key_rows)
    assert sum(n for t, n in r.stats["items"].items() if t != "vocabulary") == len(questions)
    guids = {n["guid"] for n in read_notes(tmp_path / f"{stem}.apkg")}
    # ... except the deck, whose cards stand alone: it also carries what the sheet could not hold, so the sheet
    # never decides which notes exist (issue 15: a paragraph appended, writing a tested word again, made the
    # sheet drop that question and the deck retire its note)
    assert {note_guid(it) for it in dropped if it.type != "vocabulary"} <= guids
