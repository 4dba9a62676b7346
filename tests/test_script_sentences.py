"""Script detection, offset-preserving conversion, sentence and clause splitting."""
from __future__ import annotations

from quizgen.analysis.script import detect_script, to_simplified
from quizgen.analysis.sentences import split_clauses, split_sentences


def test_detect_script_by_ratio():
    assert detect_script("我們去銀行辦事，並且買了書。") == "traditional"
    assert detect_script("我们去银行办事，并且买了书。") == "simplified"
    # one stray simplified character does not make a Traditional text "mixed"
    assert detect_script("全國公安機關堅決把黨的絕對領導落實到公安任務各方面全過程并") == "traditional"


def test_to_simplified_keeps_length(sample_text):
    simp = to_simplified(sample_text)
    assert len(simp) == len(sample_text)
    assert "习近平" in simp and "習近平" not in simp


def test_sentences_with_closing_quotes():
    text = "他说：“我们走吧！”然后走了。真的？是的……好\n新的一行"
    spans = split_sentences(text)
    got = [text[a:b] for a, b in spans]
    assert got == ["他说：“我们走吧！”", "然后走了。", "真的？", "是的……", "好", "新的一行"]


def test_overlong_sentence_split_at_clauses():
    s = "长江经济带发展战略，是以习近平同志为核心的党中央作出的重大战略决策，" \
        "公安部专门成立领导小组，每年组织开展专项行动，集中发布便民利企措施。"
    pieces = split_clauses(s, 0, len(s), max_len=30)
    assert len(pieces) >= 2
    assert all(b - a <= 40 for a, b in pieces)
    assert "".join(s[a:b] for a, b in pieces) == s
    assert split_clauses("短句。", 0, 3) == []


def test_unpunctuated_text_is_cut_into_bounded_pieces():
    from quizgen.analysis.sentences import MAX_SENTENCE_CHARS

    text = "我们" * 2000
    spans = split_sentences(text)
    assert all(b - a <= MAX_SENTENCE_CHARS for a, b in spans)
    assert "".join(text[a:b] for a, b in spans) == text
