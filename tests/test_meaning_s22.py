"""Word-meaning questions whose key is the sense the sentence uses, with wrong options of the key's kind (issue 12,
session 22: the four failures and the weak options of helper-102's strict check)."""
from __future__ import annotations

import random

from quizgen.analysis.pipeline import analyze_text
from quizgen.analysis.segment import segmenter
from quizgen.items import asking, meaning_options, meaning_senses
from quizgen.items.context import Context
from quizgen.items.select import select_targets

REVIEW = ("在网上下的驱动程序，不过明显不如别的好。只是看看片，上上网，足够用了！"
          "不会装程序的同志们可以上网搜一下就能找到怎么安装了。\n")


def _tokens(sentence: str):
    return analyze_text(sentence + "\n", "t.txt", 5, "2025").sentences[0].tokens


def test_an_added_hsk_word_carries_its_part_of_speech(monkeypatch, tmp_path):
    """不太 is an HSK word jieba lacks: added with its syllabus class (an adverb), so 基本 before it reads as the
    adverb 'basically' and its key 'basic; fundamental' is refused."""
    from quizgen.analysis import segment

    assert dict(segmenter().tag("大家都基本不太担心了。"))["不太"] == "d"
    toks = _tokens("大家都基本不太担心了。")
    jiben = next(t for t in toks if t.text == "基本")
    assert asking._used_adverbially(toks, jiben)
    own = tmp_path / "words.txt"  # a user dictionary: a jieba instance of its own, the HSK words added afresh
    own.write_text("# none\n", encoding="utf-8")
    monkeypatch.setattr(segment, "TAG_ADDED", False)
    assert dict(segment.Segmenter(own).tag("大家都基本不太担心了。"))["不太"] == ""


def test_every_tagged_added_word_is_an_hsk_word_jieba_lacks():
    """A row of added_word_tags.tsv for a word jieba knows or no list has would be stale."""
    import rjieba

    from quizgen.analysis import lexicon
    from quizgen.analysis.segment import ADDED_TAGS

    hsk = lexicon.all_hsk_words()
    assert ADDED_TAGS and all(w in hsk and rjieba.tag(w) == [(w, t)] for w, t in ADDED_TAGS.items())


def test_a_noun_before_a_verb_with_a_hidden_adverb_sense_is_not_asked(monkeypatch):
    """用手机全程拍了下来: 全程 'from beginning to end' there; the key 'the whole distance' (its noun sense) is refused.
    A noun before a verb with no such sense (价格上涨) is asked as before."""
    toks = _tokens("一个上海人用手机全程拍了下来。")
    quancheng = next(t for t in toks if t.text == "全程")
    assert meaning_senses.adverb_sense_hidden(toks, quancheng, "the whole distance")
    assert not meaning_senses.adverb_sense_hidden(toks, quancheng, "the whole distance; from beginning to end")
    toks2 = _tokens("今年的价格上涨了很多。")
    assert not meaning_senses.adverb_sense_hidden(toks2, next(t for t in toks2 if t.text == "价格"), "price")
    monkeypatch.setattr(meaning_senses, "ADVERB_SENSE", False)
    assert not meaning_senses.adverb_sense_hidden(toks, quancheng, "the whole distance")


def test_a_noun_after_a_degree_adverb_with_a_hidden_adjective_sense_is_not_asked(monkeypatch):
    """外观比较时尚 (fresh draw 10501, session 22): 时尚 'fashionable' there; the key 'fashion; fad' is refused. 流行时尚
    (no degree adverb) keeps it."""
    toks = _tokens("这台电脑的外观比较时尚。")
    shishang = next(t for t in toks if t.text == "时尚")
    assert meaning_senses.degree_sense_hidden(toks, shishang, "fashion; fad")
    assert not meaning_senses.degree_sense_hidden(toks, shishang, "fashion; fashionable")
    toks2 = _tokens("年轻人喜欢流行时尚。")
    assert not meaning_senses.degree_sense_hidden(toks2, next(t for t in toks2 if t.text == "时尚"), "fashion; fad")
    monkeypatch.setattr(meaning_senses, "DEGREE_SENSE", False)
    assert not meaning_senses.degree_sense_hidden(toks, shishang, "fashion; fad")


def _asked(text: str, level: int = 5) -> dict[str, str]:
    doc = analyze_text(text, "t.txt", level, "2025")
    words = frozenset(t.simplified for s in doc.sentences for t in s.tokens if t.is_word)
    ctx = Context(doc, 0, select_targets(doc, frozenset(), 0), words)
    return {d.word: d.key for d in asking.meaning_drafts(ctx, random.Random(0))}


def test_a_sense_the_key_hides_and_the_passage_names_stops_the_question(monkeypatch):
    """程序 'procedures; sequence' in a laptop review beside 驱动程序 'device driver (computing software)': the text
    means 'computer program', a sense the key hides."""
    assert meaning_senses.hidden_sense_named("程序", "procedures; sequence", frozenset({"驱动程序", "上网"}))
    assert not meaning_senses.hidden_sense_named("程序", "procedures; sequence", frozenset({"上网", "办理"}))
    assert "程序" not in _asked(REVIEW)
    monkeypatch.setattr(meaning_senses, "HIDDEN_NAMED", False)
    assert meaning_senses.hidden_sense_named("程序", "procedures; sequence", frozenset({"驱动程序"})) is False


def test_a_gloss_holding_the_keys_sense_too_joins_the_senses(monkeypatch):
    """A gloss near the word that has a hidden sense and the key's sense together joins them (军人 'serviceman;
    soldier', hidden 'military personnel', beside a word glossed 'soldiers; military'): the question stays; beside
    one glossed 'officer; military' alone it goes. 贯彻 'to implement; to put into practice' beside 执行 'to implement;
    to carry out' stays too."""
    real = meaning_senses.glosses.gloss
    fake = {"兵": "soldiers; military", "军官": "officer; military"}
    monkeypatch.setattr(meaning_senses.glosses, "gloss", lambda w, *a, **k: fake.get(w) or real(w, *a, **k))
    assert not meaning_senses.hidden_sense_named("军人", "serviceman; soldier", frozenset({"兵"}))
    assert meaning_senses.hidden_sense_named("军人", "serviceman; soldier", frozenset({"军官"}))
    assert not meaning_senses.hidden_sense_named("贯彻", "to implement; to put into practice", frozenset({"执行"}))
    # and a short word of a hidden sense is in the glosses of any text: 毕竟 'after all' beside 然后 'after that'
    assert not meaning_senses.hidden_sense_named("毕竟", "all in all; in the final analysis", frozenset({"然后"}))


def test_an_option_sharing_a_sense_through_a_third_word_is_refused(monkeypatch):
    """价格 'price' against 成本 'costs': 代价 is 'price; cost' (strict check, session 21: a buyer could defend it)."""
    assert meaning_senses.co_listed("价格", "成本") and not meaning_senses.co_listed("价格", "邮票")
    monkeypatch.setattr(meaning_senses, "CO_LISTED", False)
    assert not meaning_senses.co_listed("价格", "成本")


def test_options_of_a_concrete_thing_are_of_its_kind(monkeypatch):
    """病毒 'virus' (Cilin Bj, microbes) stood among necktie / stone / lightning (other kinds of things); a thing's
    options now come from its own 中类, or there is no question."""
    pool = ("领带", "石头", "闪电", "细菌")
    monkeypatch.setattr(meaning_options, "_meaning_pool", lambda *a: pool)
    monkeypatch.setattr(meaning_options, "_bonuses", lambda *a: dict.fromkeys(pool, 1))
    assert meaning_options.options("2025", "病毒", 5, "virus", frozenset(), random.Random(0)) is None
    assert not meaning_options.same_kind("病毒", "领带", frozenset({"n"}), 1)
    assert meaning_options.same_kind("病毒", "细菌", frozenset({"n"}), 1)
    assert not meaning_options.same_kind("实地", "喉咙", frozenset({"n"}), 0)  # 'throat' for 'on-site': no neighbour
    monkeypatch.setattr(meaning_options, "SAME_KIND", False)
    assert meaning_options.options("2025", "病毒", 5, "virus", frozenset(), random.Random(0)) is not None


def test_a_word_of_no_class_has_no_options(monkeypatch):
    """荣获 'be honored with': its sources leave its class undecided, and its options were words of no class either
    (symmetry / it could even be said / in addition). Tagged as a verb in its sentence it takes verbs' options."""
    from quizgen.items import distractors as dx

    assert not dx.word_class("荣获")
    assert meaning_options.options("2025", "荣获", 7, "be honored with", frozenset(), random.Random(0)) is None
    monkeypatch.setattr(meaning_options, "SAME_KIND", False)
    assert meaning_options.options("2025", "荣获", 7, "be honored with", frozenset(), random.Random(0)) is not None


def _asked_in_place(clause: str, word: str, kind: str = "number", level: int = 7):
    from quizgen.items.changes import Unit

    doc = analyze_text(clause + "。\n", "t.txt", level, "2025")
    words = frozenset(t.simplified for s in doc.sentences for t in s.tokens if t.is_word)
    ctx = Context(doc, 0, select_targets(doc, frozenset(), 0), words)
    toks = tuple(t for t in doc.sentences[0].tokens if t.text != "。")
    toks = toks[:next((k for k, t in enumerate(toks) if t.text == "，"), len(toks))]  # the first clause
    u = Unit(0, toks, toks[0].start, toks[-1].end, doc.text[toks[0].start:toks[-1].end])
    return asking._asked(ctx, u, next(k for k, t in enumerate(toks) if t.text == word), kind)


def test_no_how_many_on_a_number_without_a_measure_word_or_in_a_list(monkeypatch):
    """Fresh draws 10501/10502 (session 22): 直接用深度多少就可以了？ (6.2 is a version of a program; 就 is no measure
    word) and 1900年美国钢和生铁的产量分别是多少万吨和1401万吨？ (one value of a list asked, the other kept). A count
    with its unit is asked as before (最大水深60米)."""
    from quizgen.items import counts

    assert _asked_in_place("直接用深度6.2就可以了", "6.2") is None
    assert _asked_in_place("美国钢和生铁的产量分别是1035万吨和1401万吨", "1035") is None
    assert _asked_in_place("美国钢和生铁的产量分别是1035万吨和1401万吨", "1401") is None
    assert _asked_in_place("这个湖的最大水深60米", "60") is not None
    monkeypatch.setattr(counts, "NO_UNIT", False)
    assert _asked_in_place("直接用深度6.2就可以了", "6.2") is not None
    assert _asked_in_place("美国钢和生铁的产量分别是1035万吨和1401万吨", "1035") is not None


def test_no_question_in_place_on_a_clause_giving_the_next_ones_time_point(monkeypatch):
    """博览会刚开通2个小时，就已有24万人前来 (strict check, session 21): 博览会刚开通多少个小时？ has no time point; without
    the 就 clause the same clause is asked."""
    from quizgen.items import counts

    assert _asked_in_place("博览会刚开通2个小时，就已有24万人前来", "2") is None
    assert _asked_in_place("博览会已经开通2个小时", "2") is not None
    assert _asked_in_place("博览会刚开通2个小时", "2") is not None
    monkeypatch.setattr(counts, "FRAME_AHEAD", False)
    assert _asked_in_place("博览会刚开通2个小时，就已有24万人前来", "2") is not None
