"""Notes of the questions about a whole passage stay as they are when a paragraph is appended (issue 15)."""
from __future__ import annotations

from quizgen.analysis.pipeline import analyze_text
from quizgen.export.anki.deck import note_guid
from quizgen.export.anki.note_fields import note_fields
from quizgen.items import build_items

from .test_mentioned import MARKET, _no_word_meaning

LATER = "放学以后，我常常和同学一起去公园玩。\n"


def _not_mentioned(text: str):
    with _no_word_meaning():  # as test_mentioned builds MARKET
        items = build_items(analyze_text(text, "t.txt", "hsk3", "2025"), seed=0)
    (item,) = [i for i in items.items if i.kind == "not_mentioned"]
    return item, note_fields(items, item)[1]


def test_appending_a_paragraph_changes_no_field_of_a_not_mentioned_note():
    """The card showed the whole text as the question's passage, so every appended paragraph updated the note
    (bench/bench_append.py: the only 2 of 654 notes updated). It shows the passage through the line naming the
    last of its options: what the question needs."""
    item, fields = _not_mentioned(MARKET)
    longer, longer_fields = _not_mentioned(MARKET + LATER)
    assert note_guid(longer) == note_guid(item) and longer.options == item.options
    assert longer_fields == fields
    shown = fields[8]  # the Sentence field
    assert all(o in shown for o in item.options if o != item.answer) and item.answer not in shown
    assert MARKET.startswith(shown) and LATER.strip() not in shown
