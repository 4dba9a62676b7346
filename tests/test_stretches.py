"""Choice and cloze gaps take one stretch of the reading each (quizgen.items.stretches), so the sheet prints one
section per kind instead of alternating short ones, and no question is lost for it."""
from __future__ import annotations

import pytest

from quizgen.export.worksheet.order import sheet_order
from quizgen.items import build_items, generate, stretches
from quizgen.items.itemset import ItemSet


def _kinds_in_order(s: ItemSet) -> list[str]:
    return [it.type for it in sheet_order(s) if it.type in ("choice", "cloze")]


def _runs(seq: list[str]) -> int:
    return sum(1 for k, t in enumerate(seq) if k == 0 or seq[k - 1] != t)


@pytest.fixture(scope="module")
def sample_docs():
    from quizgen.analysis.pipeline import analyze

    from .conftest import SAMPLE

    return {lv: analyze(SAMPLE, level=f"hsk{lv}") for lv in (5, 6)}


@pytest.mark.parametrize("level", [5, 6])
def test_choice_and_cloze_each_take_one_stretch(sample_docs, level, monkeypatch, plausible_off):
    """The sample alternated 一 choice 1–3, 二 cloze 4, 三 choice 5 …; now each kind is one run of holes, with
    the same number of single-gap questions as the sections picked. (Counted with the choice items the
    plausibility test refuses, plausible_off: it leaves the sample few choice gaps to order.)"""
    s = build_items(sample_docs[level], seed=0)
    seq = _kinds_in_order(s)
    assert "cloze" in seq and "choice" in seq
    # at HSK 6, three gaps of the choice stretch take no options (健全 an open attribute, 公共 coordinated, 決策 a
    # noun of no Cilin kind, session 12) and stay cloze items where they are: 4 sections, against 7 without this
    assert _runs(seq) == (2 if level == 5 else 4), seq
    monkeypatch.setattr(generate, "SINGLE_STRETCHES", False)
    before = build_items(sample_docs[level], seed=0)
    assert _runs(_kinds_in_order(before)) > 2  # the alternation this fixes
    # about as many single gaps (relabelled on the whole text, then each kind topped up inside its stretch); a
    # lone gap still splitting the other kind's stretch goes to the deck only (sample at HSK 6: 15 → 13)
    assert len(seq) >= 0.85 * len(_kinds_in_order(before)), (len(seq), _kinds_in_order(before))


def test_a_relabelled_gap_keeps_its_sentence_and_word(sample_docs):
    s = build_items(sample_docs[5], seed=0)
    for it in s.items:
        if it.type == "cloze":
            # the input's offsets (a sentence with a spun word restored is shown otherwise: 平易近族 → 民族)
            assert it.hint == it.pinyin and not it.options and sample_docs[5].text[
                it.target_start:it.target_end] == it.word
        if it.type == "choice":
            assert it.answer_index is not None and it.options[it.answer_index] == it.answer


def test_longest_run_bounds():
    seq = [(10, "choice"), (20, "cloze"), (30, "choice"), (40, "choice"), (50, "passage_cloze")]
    assert stretches.longest_run(seq, "choice") == (20, 50)
    assert stretches.longest_run(seq, "cloze") == (10, 30)
    assert stretches.longest_run(seq, "insertion") is None


def test_a_lone_gap_inside_the_other_kinds_stretch_is_left_to_the_deck():
    """choice 10, cloze 20, choice 30, cloze 40: the cloze at 20 alone splits the choice stretch (a cloze item
    whose options failed the choice gate); the sheet leaves it out, the deck keeps it. A lone gap at the edge of
    the text, or the only run of its kind, stays."""
    import dataclasses

    from quizgen.items.itemset import Item

    base = Item(id="x", type="choice", level=5, prompt="", options=("a", "b", "c", "d"), answer="a",
                answer_index=0, word="a", simplified="a", pinyin="", gloss="", sentence="", start=0, end=1)

    def gap(kind, pos):
        return dataclasses.replace(base, id=f"{kind}{pos}", type=kind, start=pos, end=pos + 1, target_start=pos,
                                   target_end=pos + 1)

    items = [gap("choice", 10), gap("cloze", 20), gap("choice", 30), gap("cloze", 40)]
    assert stretches.lone_breaks(items) == {"cloze20"}
    assert stretches.lone_breaks([gap("choice", 10), gap("cloze", 20), gap("choice", 30)]) == set()
    assert stretches.lone_breaks([gap("cloze", 5), gap("choice", 10), gap("choice", 30), gap("cloze", 40)]) == set()
