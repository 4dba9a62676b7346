"""The worksheet gets its questions back once the whole text is read (generate._top_up, _sheet_stretches): a gap
asked in its first paragraph whose answer a later paragraph writes again cannot be printed, and the sample lost
17 → 12 sheet questions that way. The Anki deck keeps only the paragraph steps' questions (issue 15)."""
from __future__ import annotations

import pytest

from quizgen.items import build_items, generate


def _questions(s):
    return [it for it in s.items if it.type != "vocabulary"]


@pytest.fixture(scope="module")
def sample_doc():
    from quizgen.analysis.pipeline import analyze

    from .conftest import SAMPLE

    return analyze(SAMPLE, level="hsk5")


def test_the_sheet_tops_up_what_later_paragraphs_took(sample_doc, monkeypatch):
    s = build_items(sample_doc, seed=0)
    monkeypatch.setattr(generate, "TOP_UP", False)
    monkeypatch.setattr(generate, "SINGLE_STRETCHES", False)
    steps_only = build_items(sample_doc, seed=0)
    # +2 until session 15, when the steps alone made one more choice item (全國連續7年多未＿暴恐案事件, 發生) once
    # 連續 before a number was no longer gapped (an adjective used as an adverb); the full build had it already
    assert len(_questions(s)) >= len(_questions(steps_only)) + 1, (len(_questions(s)), len(_questions(steps_only)))
    assert len(_questions(s)) >= 14
    # the top-up is for the sheet: none of it in the deck, and the deck is what the steps alone make
    extra = [it for it in s.items if it.id in s.sheet_only]
    assert extra
    assert not {it.id for it in extra} & {it.id for it in s.deck_items()}
    assert {it.id for it in s.deck_items()} == {it.id for it in steps_only.deck_items()}


def test_a_gap_whose_answer_the_text_writes_again_is_only_in_the_deck(sample_doc):
    s = build_items(sample_doc, seed=0)
    text = sample_doc.text
    for it in s.items:
        if it.type in ("choice", "cloze") and it.word:  # a fact's options are the text's own values
            assert text.count(it.word) == 1, it.word
    dead = [it for it in s.off_sheet if it.type in ("choice", "cloze") and text.count(it.word) > 1]
    assert dead and all(it in s.deck_items() for it in dead)


def test_top_up_words_are_written_once_and_take_free_sentences(sample_doc):
    s = build_items(sample_doc, seed=0)
    extra = [it for it in s.items if it.id in s.sheet_only and it.type in ("choice", "cloze")]
    sentences = [it.sentence for it in _questions(s) if it.type in ("choice", "cloze", "fact")]
    assert len(sentences) == len(set(sentences))  # one question a sentence
    assert all(sample_doc.text.count(it.word) == 1 for it in extra)
