"""Results remembered for speed are the results computed afresh (docs/benchmarks.md, "Issue 10/15: faster
without changing outputs")."""
from __future__ import annotations


def test_fact_items_with_the_names_read_once_are_those_read_every_step(sample_doc, monkeypatch):
    """facts._sure_names reads a document's names once; reading them at every step gives the same items."""
    from quizgen.items import build_items, facts

    remembered = build_items(sample_doc, seed=0)
    assert facts._LAST and facts._LAST[0][0] is sample_doc and facts._LAST[0][2]
    calls = []

    def afresh(doc):  # type: ignore[no-untyped-def]
        facts._LAST.clear()
        calls.append(doc)
        return original(doc)

    original = facts._sure_names
    monkeypatch.setattr(facts, "_sure_names", afresh)
    assert build_items(sample_doc, seed=0) == remembered
    assert len(calls) > 1
    assert any(it.type == "fact" for it in remembered.items)


def test_the_names_of_another_document_are_its_own(sample_doc):
    from collections import Counter

    from quizgen.analysis.pipeline import analyze_text
    from quizgen.items import facts

    other = analyze_text("克林顿昨天到了北京。克林顿说，北京很大。", "other.txt")
    for doc in (sample_doc, other, sample_doc):
        mentions, sure = facts._sure_names(doc)
        expected = Counter(t.simplified for s in doc.sentences for t in s.tokens if t.proper_noun)
        assert mentions == expected and sure == frozenset(
            t.text for s in doc.sentences for t in s.tokens if t.proper_noun and facts.sure_name(t.simplified, expected))
    assert facts._sure_names(other)[0]["克林顿"] == 2
