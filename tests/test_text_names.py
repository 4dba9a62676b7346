"""Names and terms a text cuts whole stay whole where jieba cut them otherwise (issue 11, session 13): 细说与袭/人听
was glossed 'to raid' + 'person'; an idiom jieba and pypinyin both know is no phrase to cut (扬眉/吐气)."""
from __future__ import annotations

import pytest

from quizgen.analysis import lexicon
from quizgen.analysis.names import text_names_whole
from quizgen.analysis.pipeline import analyze_text


def _known(word: str) -> bool:
    return lexicon.known_word_predicate()(word)


def _tags(word: str) -> str:
    return {"忙": "v", "细说": "n", "与": "p", "听": "v"}.get(word, "")


def test_a_name_cut_whole_twice_joins_its_pieces_elsewhere():
    sents = [[("袭人", "n"), ("亦", "d")], [("袭人", "n"), ("笑", "v")],
             [("细说", "n"), ("与", "p"), ("袭", "v"), ("人", "n"), ("听", "v")],
             [("喜袭", "v"), ("人", "n")], [("袭人忙", "v"), ("趁", "p")]]
    out = text_names_whole(sents, _known, _tags)
    assert out[2] == [("细说", "n"), ("与", "p"), ("袭人", "n"), ("听", "v")]
    assert out[3] == [("喜", "v"), ("袭人", "n")]
    assert out[4] == [("袭人", "n"), ("忙", "v"), ("趁", "p")]


def test_a_word_cut_whole_once_is_no_name_of_the_text():
    sents = [[("袭人", "n"), ("亦", "d")], [("与", "p"), ("袭", "v"), ("人", "n")]]
    assert text_names_whole(sents, _known, _tags) == sents


def test_a_dictionary_word_is_never_cut_for_a_name():
    sents = [[("京华", "nz")], [("京华", "nz")], [("北京", "ns"), ("华侨", "n")]]
    assert text_names_whole(sents, _known, _tags)[2] == [("北京", "ns"), ("华侨", "n")]


def test_counting_words_are_no_names():
    sents = [[("多人", "n")], [("多人", "n")], [("许", "v"), ("多", "m"), ("人", "n")]]
    assert text_names_whole(sents, _known, _tags) == sents


def test_the_pipeline_keeps_the_name_whole():
    doc = analyze_text("袭人伸手与他系裤带。宝玉细说与袭人听了。袭人亦含羞笑问。", "<test>")
    second = doc.sentences[1]
    assert "袭人" in [t.text for t in second.tokens]
    assert not any(t.text == "人" and t.gloss for t in second.tokens)


@pytest.mark.parametrize("sentence, idiom", [("他终于扬眉吐气了。", "扬眉吐气"), ("他終於揚眉吐氣了。", "揚眉吐氣")])
def test_an_idiom_jieba_and_pypinyin_know_stays_whole(sentence, idiom):
    doc = analyze_text(sentence, "<test>")
    assert idiom in [t.text for s in doc.sentences for t in s.tokens]
