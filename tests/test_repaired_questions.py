"""★ questions in sentences that cleaning changed (a restored spun word, junk removed): never where a spun form of
the table is left, and a word-meaning question only on a word the sentence holds as written
(quizgen.items.drafts.repaired_usable, repaired_open)."""
from __future__ import annotations

import random

import pytest

from tests.conftest import SAMPLE


@pytest.fixture(scope="module")
def sample6():
    from quizgen.analysis.pipeline import analyze
    from quizgen.items.context import Context
    from quizgen.items.select import select_targets

    doc = analyze(SAMPLE, level="hsk6")
    words = frozenset(t.simplified for s in doc.sentences if not s.flagged for t in s.tokens if t.is_word)
    return doc, lambda: Context(doc, 0, select_targets(doc, frozenset(), 0), words)


def _spun():
    from quizgen.analysis import despin

    return {p.spun for p in despin.pairs()}


def test_a_repaired_sentence_takes_meaning_questions_on_words_it_holds_as_written(sample6):
    """The sample (a spun copy of a news article): 57 of its 63 unflagged sentences hold a restored word, and its
    main job gave two ★ questions. Now its restored sentences are asked about, on words left as written."""
    from quizgen.items import asking

    doc, ctx = sample6
    drafts = asking.meaning_drafts(ctx(), random.Random(0))
    by_id = {s.id: s for s in doc.sentences}
    repaired = [d for d in drafts if not doc.as_written(by_id[d.evidence[0]])]
    assert len(repaired) >= 4, [d.word for d in drafts]
    spun = _spun()
    for d in repaired:
        s = by_id[d.evidence[0]]
        assert d.word not in spun
        assert not any(t.simplified in spun and doc.text[t.start:t.end] == t.text for t in s.tokens), s.text


def test_no_meaning_question_where_a_spun_form_is_left_or_on_a_restored_word(sample6):
    """A spun form the restorer left (a genuine use, or one it could not decide) may stand for its original
    (嚴重問題 for 重大問題): its sentence takes no word-meaning question; a restored word is never asked."""
    from quizgen.items.drafts import repaired_open

    doc, ctx = sample6
    c, spun, text = ctx(), _spun(), doc.text
    left = restored = 0
    for s in doc.sentences:
        if s.flagged or doc.as_written(s):
            continue
        words = [t for t in s.tokens if t.is_word and len(t.simplified) >= 2]
        if any(t.simplified in spun and text[t.start:t.end] == t.text for t in s.tokens):
            left += 1
            assert not any(repaired_open(c, s, t) for t in words), s.text
        for t in words:
            if text[t.start:t.end] != t.text:
                restored += 1
                assert not repaired_open(c, s, t), t.text
    assert left >= 1 and restored >= 10  # the sample holds both cases: the test is not vacuous


def test_a_repaired_sentence_takes_a_how_many_question(sample6):
    """全國1.9萬個派出所建成綜合服務窗口 (restored 供給→提供 in the clause after): asked 多少萬個派出所…？"""
    from quizgen.items import asking

    doc, ctx = sample6
    by_id = {s.id: s for s in doc.sentences}
    drafts = [d for d in asking.wh_drafts(ctx(), random.Random(0)) if not doc.as_written(by_id[d.evidence[-1]])]
    assert drafts and all(d.kind == "how_many" for d in drafts), [(d.kind, d.stem) for d in drafts]
    spun = _spun()
    for d in drafts:
        s = by_id[d.evidence[-1]]
        assert not any(t.simplified in spun and doc.text[t.start:t.end] == t.text for t in s.tokens), s.text
