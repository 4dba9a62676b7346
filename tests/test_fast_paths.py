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


def test_one_opencc_instance_converts_as_one_instance_per_config(sample_doc):
    """script.Converter switches one shared OpenCC instance between configs; each conversion, interleaved,
    equals that of an instance made for its config alone (the sample, a Simplified text and words)."""
    from opencc_pyo3 import OpenCC

    from quizgen.analysis import script

    texts = [sample_doc.text[:3000], "这里起床以后用软件发了后来的消息，皇后干涉了若干台湾的事。", "著", "后", "里", "系"]
    alone = {cfg: OpenCC(cfg) for cfg in ("t2s", "s2t", "s2tw")}
    for text in texts:
        for cfg in ("t2s", "s2tw", "s2t", "s2tw", "t2s"):
            assert script.converter(cfg).convert(text) == alone[cfg].convert(text), (cfg, text[:20])
    assert len(script._shared) == 1


def test_tone_marks_remembered_are_computed_afresh():
    """tone_number and apostrophe_before are cached; asked twice (and the cache cleared) they give what the
    uncached functions give, for every syllable of pypinyin's table in every tone and case."""
    from pypinyin.contrib.tone_convert import to_tone

    from quizgen.analysis import tone_marks

    base = ["a", "ai", "an", "ang", "ao", "e", "ei", "en", "er", "o", "ou", "lü", "nü", "lüe", "gui", "liu",
            "xiong", "zhuang", "yuan", "de", "le"]
    sylls = [s for b in base for t in "12345" for s in (to_tone(b.replace("ü", "v") + t),)]
    sylls += [s.capitalize() for s in sylls] + ["lv4", "hao3", "de5", "Běi"]
    for fn in (tone_marks.tone_number, tone_marks.apostrophe_before):
        fn.cache_clear()
        for _ in range(2):
            assert [fn(s) for s in sylls] == [fn.__wrapped__(s) for s in sylls]
    assert tone_marks.tone_number("lǜ") == 4 and tone_marks.apostrophe_before("Ān")


def test_sheet_and_key_from_the_kept_sections_are_those_made_afresh(sample_doc, monkeypatch):
    """context.sections_and_key keeps its last result for the same item set: the sample's sheet and key (HTML,
    every pinyin mode) rendered with it equal those rendered making the sections afresh
    at every call, and the kept result was used."""
    import dataclasses

    from quizgen.export.worksheet import context, integrity
    from quizgen.export.worksheet.html import PINYIN_MODES, render_html
    from quizgen.items import build_items
    from quizgen.items.paragraphs import reading_paragraphs

    items = build_items(sample_doc, seed=0)
    items = dataclasses.replace(items, reading=reading_paragraphs(sample_doc, ""))
    kept_fn = context.sections_and_key
    made: list = []  # the item sets the sections were made for (context.numbered opens every making)
    numbered = context.numbered
    monkeypatch.setattr(context, "numbered", lambda s: made.append(s) or numbered(s))

    def pages() -> list[str]:
        integrity._last_fit.clear()
        kept_fn.cache_clear()
        return [render_html(items, pinyin=p, copy=c, embed_font=False)
                for p in PINYIN_MODES for c in ("student", "key")]

    kept = pages()
    calls = len(made)
    afresh = kept_fn.__wrapped__
    monkeypatch.setattr(context, "sections_and_key", afresh)
    monkeypatch.setattr(integrity, "sections_and_key", afresh)
    assert pages() == kept
    assert calls < len(made) - calls  # the kept sections spared some of the work
    monkeypatch.undo()
    for p in (*PINYIN_MODES, *PINYIN_MODES):  # one item set asked in turn for every pinyin mode
        assert kept_fn(items, p) == afresh(items, p)



def test_kept_distractors_are_those_chosen_afresh(sample_doc, monkeypatch):
    """distractors.distractors keeps its choice per gap, salt and text words (_chosen): the sample's items and
    their stats (the tally: words considered, rejections by reason in their order, items dropped) equal those
    of a build that chooses afresh at every call; a kept choice is asked again within one build."""
    from quizgen.items import build_items
    from quizgen.items import distractors as dx

    dx._chosen.cache_clear()
    kept = build_items(sample_doc, seed=4)
    assert dx._chosen.cache_info().hits > 0
    original = dx._chosen

    def afresh(*args):  # type: ignore[no-untyped-def]
        original.cache_clear()
        return original(*args)

    monkeypatch.setattr(dx, "_chosen", afresh)
    again = build_items(sample_doc, seed=4)
    assert again == kept and list(again.stats.items()) == list(kept.stats.items())
    assert kept.stats["distractor_candidates"] > 0 and any(k.startswith("rejected.") for k in kept.stats)
