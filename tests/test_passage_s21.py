"""Why questions, session 21 (issue 12): an effect ending in a time word its verb takes, an effect holding a
quotation, and the refusals where the 'cause' is a frame or a noun phrase."""
import random

import pytest

from quizgen.analysis.pipeline import analyze_text
from quizgen.items import causes
from quizgen.items.context import Context
from quizgen.items.quotes import inner_quotes
from quizgen.items.select import select_targets
from quizgen.items.statements import stands_alone

# sentences whose clauses stand alone as wrong options (at least two sentences away from the asked one)
FILLER = ("我叫王明，在北京一家公司工作。我每天早上七点起床。{0}我的同事也开始跟我一起运动。父母非常满意这次旅行。"
          "我们参观了很多有名的地方。他经常去图书馆看书。我的房间很干净。妹妹今年上大学了。")


def _drafts(sentence: str, level: int = 4, filler: str = FILLER):
    doc = analyze_text(filler.format(sentence), "t.txt", level, "2025")
    ctx = Context(doc, 0, select_targets(doc), frozenset())
    sid = next(s.id for s in doc.sentences if s.text == sentence)
    return [d for d in causes.drafts(ctx, random.Random(0)) if sid in d.evidence]


def _tokens(text: str, level: int = 4):
    doc = analyze_text(text, "t.txt", level, "2025")
    return [t for t in doc.sentences[0].tokens if t.is_word and t.text not in "，。"]


@pytest.mark.parametrize("clause, ok", [
    ("我不喜欢下雨天。", True),  # 下|雨天: the time word is the object of 喜欢 (jieba cuts 下雨天 so)
    ("我很喜欢夏天。", True),  # a season after its verb
    ("中国的大熊猫今天。", False),  # a time word the clause is cut at: no verb before it
    ("会议是今天。", False),  # 是 + a time says when, no object
])
def test_a_time_word_after_its_verb_is_its_object(clause, ok):
    assert stands_alone(_tokens(clause)) is ok


def test_why_on_an_effect_ending_in_a_time_word():
    got = _drafts("我不喜欢下雨天，因为不能出去玩。")
    assert len(got) == 1 and got[0].kind == "why"
    assert "“我不喜欢下雨天”" in got[0].stem and got[0].key == "不能出去玩"


@pytest.mark.parametrize("sentence", ["很多人喜欢在“双十一”那天购物，因为有很大的折扣。",
                                      '很多人喜欢在"双十一"那天购物，因为有很大的折扣。'])
def test_why_on_an_effect_holding_a_quotation(sentence):
    got = _drafts(sentence)
    assert len(got) == 1 and got[0].key == "有很大的折扣"
    assert "“很多人喜欢在‘双十一’那天购物”" in got[0].stem  # the inner marks, the stem's own around them


@pytest.mark.parametrize("text, inner", [
    ("在“双十一”那天", "在‘双十一’那天"),
    ('在"双十一"那天', "在‘双十一’那天"),
    ("在「雙十一」那天", "在‘雙十一’那天"),
    ("在“双十一那天", "在“双十一那天"),  # a mark without its pair stays: the clause is refused
])
def test_inner_quotes(text, inner):
    assert inner_quotes(text) == inner


@pytest.mark.parametrize("sentence", [
    "很多人喜欢在“双十一那天购物，因为有很大的折扣。",  # a quotation mark without its pair
    "因为我从十一岁起，接受的就是很好的教育。",  # 从…起 says since when: no cause
])
def test_why_refused(sentence):
    assert not _drafts(sentence)


# more short clauses with a subject: wrong options for a short key
MORE = FILLER + "他的汉语很好。爸爸工作很忙。天气很冷。"


@pytest.mark.parametrize("sentence, key", [
    ("因为那时的你，已经是一个大学生了。", None),  # a pronoun's phrase is who, not why
    ("因为这个原因，城市变得越来越大。", None),  # the reason is in another sentence
    ("因为他喜欢她，他每天都很开心。", "他喜欢她"),  # a clause ending in a pronoun is a cause
    ("因为这些年的经济发展，城市变得越来越大。", "这些年的经济发展"),  # so is an event's noun phrase
    ("由于疫情的影响，很多工厂停工了。", "疫情的影响"),
])
def test_a_cause_names_an_event(sentence, key):
    got = _drafts(sentence, filler=MORE)
    assert [d.key for d in got] == ([key] if key else [])


def _restated(sentence: str) -> dict[str, list[str]]:
    from quizgen.items import restate
    from quizgen.items.statements import units

    doc = analyze_text(f"我叫王明，在北京一家公司工作。{sentence}我们参观了很多有名的地方。", "t.txt", 5, "2025")
    ctx = Context(doc, 0, [], frozenset())
    s = next(s for s in doc.sentences if s.text == sentence)
    return {u.text: [t for t, _ in restate.restatements(ctx, u)] for u in units(ctx, s)}


@pytest.mark.parametrize("sentence, clause, said", [
    ("朋友吃了以后说非常好吃。", "朋友吃了以后说非常好吃", "朋友吃了之后说非常好吃"),  # after 了 …
    ("我们吃饭之前要洗手。", "我们吃饭之前要洗手", "我们吃饭以前要洗手"),  # … or its verb: "before" alike
    ("我的哥哥以后想去中国工作。", "我的哥哥以后想去中国工作", None),  # alone 以后 is "in the future"
    ("他三年以后回到了北京。", "他三年以后回到了北京", None),  # after no verb: left as it is
])
def test_a_time_localiser_is_said_the_other_way_only_after_its_verb(sentence, clause, said):
    got = _restated(sentence)[clause]
    if said:
        assert said in got
    else:
        assert not any("之后" in t for t in got)


def test_a_cause_key_speaks_to_nobody():
    """于是说你还是在家写作吧 was a result key (strict check, session 21): 你 in a key speaks to the student."""
    assert not _drafts("因为你每天都很努力，所以老师很满意。", filler=MORE)
    assert [d.key for d in _drafts("因为他每天都很努力，所以老师很满意。", filler=MORE)] == ["他每天都很努力"]


def _wh(sentence: str, level: int = 4):
    from quizgen.items import asking

    doc = analyze_text(MORE.format(sentence), "t.txt", level, "2025")
    ctx = Context(doc, 0, select_targets(doc), frozenset())
    sid = next(s.id for s in doc.sentences if s.text == sentence)
    return [d for d in asking.wh_drafts(ctx, random.Random(0)) if d.evidence == (sid,)]


def test_every_narrator_i_of_a_question_is_the_author():
    """作者注意了一下，在我眼前出现最多的人有几种？ mixed the two (strict check, session 21)."""
    got = _wh("我注意了一下，在我眼前出现的人有三种。")
    assert [d.stem for d in got] == ["作者注意了一下，在作者眼前出现的人有几种？"]


def test_no_count_inside_a_place_name():
    """桂林资江漂流五排河探险 was asked 漂流几排河 (strict check, session 21): 五排河 is a river."""
    assert [d.key for d in _wh("他们在五排河漂流了两次。")] == ["两次"]  # not 五排 (+ 河)
    assert not _wh("桂林资江漂流五排河探险。")


def test_no_code_said_in_words():
    """他送给我二十个N95口罩 was restated true as …N九十五口罩 (strict check, session 21): the digits of a code are no
    count; a count in the same clause still is."""
    from quizgen.items import rephrase

    doc = analyze_text("他送给我20个N95口罩。", "t.txt", 4, "2025")
    ctx = Context(doc, 0, [], frozenset())
    assert rephrase.all_in_words(ctx, "他送给我20个N95口罩")[0] == "他送给我二十个N95口罩"
    assert rephrase.in_words(ctx, "他送给我N95口罩") is None


@pytest.mark.parametrize("sentence, wrong", [
    ("云南的米线很好吃。", "云南的米线很难吃"),
    ("他唱的歌很好听。", "他唱的歌很难听"),
    ("他的房间很干净。", "他的房间很脏"),
    ("中国的高速铁路发展得非常迅速。", "中国的高速铁路发展得非常缓慢"),
])
def test_antonyms_of_session_21_make_the_clause_false(sentence, wrong):
    from quizgen.items import statements as st

    doc = analyze_text(sentence, "t.txt", 5, "2025")
    ctx = Context(doc, 0, [], frozenset())
    us = [u for s in doc.sentences for u in st.units(ctx, s)]
    got = [new for u in us for new, why in st.changes(ctx, u, doc.text, {}, random.Random(0)) if why.startswith("antonym")]
    assert wrong in got


def test_no_why_where_neither_clause_says_who():
    """因为不做事或是把事做坏，全没关系 was asked “全没关系”是因为：… (strict check, session 21): the first clause is
    what the second is said of, not its cause."""
    assert not _drafts("因为不认真做事，全没关系。", filler=MORE)
    assert [d.key for d in _drafts("因为他不认真做事，老师很不满意。", filler=MORE)] == ["他不认真做事"]
