"""Passage questions about meaning (issue 12, session 9): the cause found in the sentence before, causes that say
something, purposes of a sentence of three clauses, 使得, a hedge 也 before 因为, detail questions whose wrong
options change the key's own clause; each with a case where the check must refuse."""
import random

import pytest

from quizgen.analysis.pipeline import analyze_text
from quizgen.items import causes, detail
from quizgen.items.context import Context
from quizgen.items.select import select_targets
from tests.test_questions import ACTIONS, FILLER


def _ctx(text: str, level: int = 4) -> Context:
    doc = analyze_text(text, "t.txt", level, "2025")
    return Context(doc, 0, select_targets(doc), frozenset())


def _drafts(text: str, sentence: str):
    ctx = _ctx(text)
    first = next(s.id for s in ctx.doc.sentences if sentence.startswith(s.text) or s.text in sentence)
    return ctx, [d for d in causes.drafts(ctx, random.Random(0)) if first in d.evidence or first + 1 in d.evidence]


@pytest.mark.parametrize("sentence, kind, quoted, key", [
    # 所以/因此 opening a sentence: the sentence before is the cause, two clauses of it as a whole
    ("天气很冷，风也很大。所以我们没有去公园。", "why", "我们没有去公园", "天气很冷，风也很大"),
    # the turn alone (风太大了 is 风/太/大/了 since session 14: a key with a subject takes options with theirs, and
    # the filler has no two more of four characters)
    ("虽然天气很好，但是外面的风太大了。所以我们没有去公园。", "why", "我们没有去公园", "外面的风太大了"),
    ("天气突然变冷，使得很多人感冒了。", "why", "很多人感冒了", "天气突然变冷"),  # A，使得B: A is why B
    ("也因为今天下雨，我们没有去公园。", "why", "我们没有去公园", "今天下雨"),  # 也 before the cue
])
def test_more_causes(sentence, kind, quoted, key):
    ctx, got = _drafts(FILLER.format(sentence), sentence)
    assert [(d.kind, d.key) for d in got] == [(kind, key)] and f"“{quoted}”" in got[0].stem
    ids = {s.id for s in ctx.doc.sentences if s.text in sentence}
    assert set(got[0].evidence) == ids  # the cause's sentence and the effect's
    assert all(abs(i - j) >= causes.DISTANCE for i in got[0].sources for j in ids)


@pytest.mark.parametrize("sentence", [
    "天气很冷，风也很大，路也不好走。所以我们没有去公园。",  # three clauses before: which is the cause?
    "天气冷不冷？所以我们没有去公园。",  # a question is no cause
    "天气很冷，而是风很大。所以我们没有去公园。",  # the second clause leans on the first
    "因为在这件事上，他没有说话。",  # 在…上 is where, not why (causes.says)
])
def test_more_causes_refused(sentence):
    _, got = _drafts(FILLER.format(sentence), sentence)
    assert got == []


@pytest.mark.parametrize("sentence, quoted, key", [
    # the subject before the cue is the effect's too (音响因为要散热，所以…: SIGHAN AS text)
    ("他因为身体不舒服，所以昨天没来上课。", "他昨天没来上课", "身体不舒服"),
    # … or only the cause's, when the effect has its own (a time word may come first)
    ("我们学校因为离家很近，所以我每天走路去上学。", "我每天走路去上学", "我们学校离家很近"),
])
def test_cause_after_its_subject(sentence, quoted, key):
    _, got = _drafts(FILLER.format(sentence), sentence)
    assert [(d.kind, d.key) for d in got] == [("why", key)] and f"“{quoted}”" in got[0].stem


def test_purpose_after_a_clause_that_is_its_subject():
    sentence = "几千万湖北人，为了疫情不被扩散，被困在家近两个月。"
    ctx = _ctx(sentence, 7)
    got = causes._pairs(ctx, ctx.doc.sentences[0], None)
    assert [(k, causes._text(ctx, a), causes._text(ctx, b)) for k, a, b, _ in got] == \
        [("purpose", "几千万湖北人被困在家近两个月", "疫情不被扩散")]
    ctx = _ctx("他们去了北京，为了疫情不被扩散，被困在家近两个月。", 7)  # a clause with a verb is no bare subject
    assert not [a for _, a, _, _ in causes._pairs(ctx, ctx.doc.sentences[0], None) if "北京" in causes._text(ctx, a)]
    for sentence, wrong in (("作业很多，为了提高水平，每天都看中文报纸。", "作业很多每天"),  # ends in a predicate
                            ("几千万湖北人，为了疫情不被扩散，他们被困在家。", "湖北人他们")):  # B has a subject
        ctx = _ctx(sentence, 7)
        assert not [a for _, a, _, _ in causes._pairs(ctx, ctx.doc.sentences[0], None) if wrong in causes._text(ctx, a)]


def test_purpose_of_the_main_clause_with_its_own_subject():
    sentence = "为了提高自己的汉语水平，他每天都看中文报纸，也不玩手机。"
    _, got = _drafts(ACTIONS.format(sentence), sentence)
    assert [(d.kind, d.key) for d in got] == [("purpose", "提高自己的汉语水平")] and "“他每天都看中文报纸”" in got[0].stem


def test_purpose_refused_when_the_next_clause_has_no_subject():
    sentence = "为了提高自己的汉语水平，每天都看中文报纸，也不玩手机。"  # 每天…报纸 may be a second purpose
    _, got = _drafts(ACTIONS.format(sentence), sentence)
    assert got == []


def test_says():
    ctx = _ctx("因为在这件事上，他没有说话。")
    toks = [t for t in ctx.doc.sentences[0].tokens if t.is_word]
    assert not causes.says(toks[1:5])  # 在这件事上
    assert causes.says([t for t in _ctx("天气很冷").doc.sentences[0].tokens])


def test_detail_wrong_options_change_the_keys_own_clause():
    ctx = _ctx("他去年购买了3台电脑。我们的老师有三个孩子。", 5)
    d = next(d for d in detail.drafts(ctx, random.Random(0)) if d.text.startswith("他去年"))
    assert d.key[:-1] not in ctx.doc.text  # a paraphrase
    assert sorted(d.sources) == [0, 0, 1] and sum(i == 0 for i in d.sources) <= detail.OWN_CHANGES
    kinds = [why.split()[0] for (_, why), i in zip(d.wrong, d.sources) if i == 0]
    assert len(set(kinds)) == len(kinds)  # each change of the own clause of another kind
    for w, _ in d.wrong:
        assert w[:-1] not in ctx.doc.text


def test_detail_refused_with_no_other_sentence_changed():
    ctx = _ctx("学校的考试非常重要。", 5)  # changes of the key's clause alone would mark it
    assert detail.drafts(ctx, random.Random(0)) == []
    assert ctx.tally.refused == {"detail:fewer than 3 one-fact changes nearby": 1}


def test_detail_own_changes_are_of_different_kinds(monkeypatch):
    ctx = _ctx("他的3个孩子非常聪明。我们的老师有三个孩子。", 5)
    own = detail._units(ctx)[0][0]
    fake = {own.text: [("他的3个孩子不聪明", "negation 非常聪明"), ("他的5个孩子非常聪明", "number 3 → 5"),
                       ("他的4个孩子非常聪明", "number 3 → 4"), ("他的3个孩子现在聪明", "time 去年 → 现在")]}
    real = detail.changes
    monkeypatch.setattr(detail, "changes", lambda c, u, *a: fake.get(u.text) or real(c, u, *a))
    got = detail._wrong(ctx, 0, "他的3个孩子特别聪明", detail._units(ctx), {}, random.Random(0), own)
    assert got is not None
    kinds = [why.split()[0] for i, _, why in got if i == 0]
    assert sorted(kinds) == ["number", "time"]  # of different kinds, never the key's opposite (negation)


def test_same_width_keeps_the_decimal_point_as_written():
    from quizgen.items.changes import same_width

    assert same_width("3.1", "３.３") == "３.１"  # a half-width point stays half-width
    assert same_width("3.1", "３．３") == "３．１"
    assert same_width("3.1", "3.3") == "3.1"


@pytest.mark.parametrize("sentence, key", [("太原市8万多盏路灯全换上了节能灯。", "8万多盏"),
                                           ("太原市8万盏路灯全换上了节能灯。", "8")])
def test_number_approximate_after_its_magnitude(sentence, key):
    # 8 + 万 + 多: never asked in place as 多少万多盏; since session 22 the whole count is the key
    # (quizgen.items.about_counts), the question 太原市多少盏路灯…？
    from quizgen.items import asking

    ctx = _ctx("太原市有7万盏路灯。" + sentence + "他们买了6万盏节能灯。", 6)
    got = [d for d in asking.wh_drafts(ctx, random.Random(0)) if d.kind == "how_many" and d.evidence == (1,)]
    assert [d.key for d in got] == [key] and not any("万多" in d.stem for d in got)


def test_no_contrary_for_an_adjective_inside_an_object():
    from quizgen.items import restate
    from quizgen.items.changes import Unit

    for text, ok in (("山西有责任保障全国用电安全", False), ("这里的交通很安全", True)):
        ctx = _ctx(text + "。", 6)
        s = ctx.doc.sentences[0]
        toks = tuple(t for t in s.tokens if t.text != "。")
        u = Unit(0, toks, toks[0].start, toks[-1].end, text)
        assert (restate.contrary(ctx, u) is not None) == ok


def test_a_lead_in_before_a_colon_is_no_statement():
    from quizgen.items import asking

    ctx = _ctx("西关村的村民在信中恳请：“请不要停电。”", 6)
    assert asking.clause_units(ctx, ctx.doc.sentences[0]) == []
    ctx = _ctx("西关村的村民在信中恳请，晚上不要停电。", 6)
    assert asking.clause_units(ctx, ctx.doc.sentences[0]) != []


@pytest.mark.parametrize("sentence, ok", [("因为在天时、地利、人和三个方面，克林顿一项都不占。", False),
                                          ("因为今天下雨，我们没有去公园。", True)])
def test_a_frame_is_no_cause_to_turn_round(sentence, ok):
    from quizgen.items.causal import causal_unit

    ctx = _ctx(sentence)
    assert (causal_unit(ctx, ctx.doc.sentences[0]) is not None) == ok


@pytest.mark.parametrize("sentence, asked", [
    ("京山县法院于1999年12月8日对此案进行了审理。", False),  # 于什么时候12月8日 does not read
    ("夏世清又提供了一份小阜村1983年购买林木的花名册。", False),  # the date is inside the object
    ("京山县法院在1999年审理了这个案子。", True),
])
def test_when_asked_only_where_it_reads(sentence, asked):
    from quizgen.items import asking

    ctx = _ctx("京山县法院在2000年成立。小阜村在1998年买了林木。" + sentence + "夏世清在1997年去了北京。", 7)
    got = [d for d in asking.wh_drafts(ctx, random.Random(0)) if d.kind == "when" and d.evidence == (2,)]
    assert bool(got) == asked


@pytest.mark.parametrize("sentence, asked", [("滑雪旅游收入达到3亿元以上。", False), ("滑雪旅游收入达到3亿元。", True)])
def test_number_approximate_after_its_unit(sentence, asked):
    from quizgen.items import asking

    ctx = _ctx("旅游收入是5亿元。" + sentence + "他们花了2亿元。", 7)
    got = [d for d in asking.wh_drafts(ctx, random.Random(0)) if d.kind == "how_many" and d.evidence == (1,)]
    assert bool(got) == asked


@pytest.mark.parametrize("sentence, word, attributive", [
    ("黑龙江人对冰雪的认识经历了辩证的过程。", "辩证", True),  # 'to investigate' is not 'dialectical'
    ("官方公布的名单很长。", "公布", False),  # all its senses are verbs: "to announce" is its sense here
    ("我征求爷爷的意见。", "征求", False),  # a verb before its object
    ("这些新技术都是国内首次采用。", "采用", False)])
def test_a_verb_sense_before_de_is_not_asked_for_a_modifier(sentence, word, attributive):
    from quizgen.items import asking

    toks = list(_ctx(sentence, 7).doc.sentences[0].tokens)
    tok = next(t for t in toks if t.simplified == word)
    assert asking._used_attributively(toks, tok) == attributive


def test_no_meaning_question_on_a_verb_sense_before_de():
    from quizgen.items import asking

    ctx = _ctx("他们对这个问题有了辩证的认识。我们应该用辩证的方法看问题。", 7)
    words = {d.word for d in asking.meaning_drafts(ctx, random.Random(0))}
    assert "辩证" not in words  # 'to investigate' is not its sense here


MORE = ("我叫王明，在北京一家公司工作。我每天早上七点起床。我们常常一起去超市买菜。父母非常满意这次旅行。{0}"
        "我的同事也开始跟我一起运动。我们参观了很多有名的地方。他经常去图书馆看书。我的房间很干净。妹妹今年上大学了。"
        "我们晚上一起去公园散步。")


@pytest.mark.parametrize("sentence, kind, quoted, key", [
    ("他每天早上都去公园跑步，目的是为了锻炼自己的身体。", "purpose", "他每天早上都去公园跑步", "锻炼自己的身体"),
    ("他每天早上都去公园跑步，目的是锻炼自己的身体。", "purpose", "他每天早上都去公园跑步", "锻炼自己的身体"),
    ("他每天早上都去公园跑步，是为了锻炼自己的身体。", "purpose", "他每天早上都去公园跑步", "锻炼自己的身体"),
    ("那天晚上雨下得很大，故很多人没有出门。", "why", "很多人没有出门", "那天晚上雨下得很大"),
    ("那天晚上雨下得很大，导致很多人没有出门。", "why", "很多人没有出门", "那天晚上雨下得很大"),
    ("那天晚上雨下得很大，造成很多人没有出门。", "why", "很多人没有出门", "那天晚上雨下得很大"),
])
def test_cue_words_of_written_chinese(sentence, kind, quoted, key):
    _, got = _drafts(MORE.format(sentence), sentence)
    assert [(d.kind, d.key) for d in got] == [(kind, key)] and f"“{quoted}”" in got[0].stem


@pytest.mark.parametrize("sentence", [
    "他每天早上都去公园跑步，目的是锻炼自己的身体，也认识了很多朋友。",  # 目的是 not closing the sentence
    "我很想念故乡的朋友们，那里的天气很好。",  # 故 inside 故乡 is no cue
])
def test_cue_words_of_written_chinese_refused(sentence):
    _, got = _drafts(MORE.format(sentence), sentence)
    assert got == []


@pytest.mark.parametrize("name, person", [("克林顿", True), ("奥尔布赖特", True), ("夏世清", True), ("宝玉", True),
                                          ("白宫", False), ("温布顿", False), ("花莲", False)])
def test_a_person_by_the_dictionary(name, person):
    from quizgen.items.facts import a_person

    assert a_person(name) == person


WHO = "李明是一名老师。王小红是他的学生。张伟也在学校工作。玛丽亚是校长。{0}后来李明去了上海。王小红去了北京。张伟回家了。"


def test_who_options_are_people_of_any_length():
    from quizgen.items import asking

    ctx = _ctx(WHO.format(""), 7)
    d = next(d for d in asking.wh_drafts(ctx, random.Random(0)) if d.evidence == (1,))
    assert d.kind == "who" and d.key == "王小红" and {w for w, _ in d.wrong} == {"李明", "张伟", "玛丽亚"}


@pytest.mark.parametrize("sentence, asked", [
    ("玛丽亚很喜欢这个学校。", True),
    ("校长玛丽亚很喜欢这个学校。", False),  # a name after its title: 校长谁…？ does not read
])
def test_who_not_asked_after_a_title(sentence, asked):
    from quizgen.items import asking

    ctx = _ctx(WHO.format(sentence), 7)
    got = [d for d in asking.wh_drafts(ctx, random.Random(0)) if d.kind == "who" and d.evidence == (4,)]
    assert bool(got) == asked


@pytest.mark.parametrize("clause, bad", [("我们已经胜利实现了现代化建设的目标", ("失败实现", "胜利没实现")),
                                         ("他们成功举办了这次比赛", ("失败举办", "成功没举办"))])
def test_no_change_inside_a_manner_word_and_its_verb(clause, bad):
    from quizgen.items.changes import Unit, changes

    ctx = _ctx(clause + "。", 6)
    toks = tuple(t for t in ctx.doc.sentences[0].tokens if t.text != "。")
    got = changes(ctx, Unit(0, toks, toks[0].start, toks[-1].end, clause), ctx.doc.text, {}, random.Random(0))
    assert not [w for w, _ in got if any(b in w for b in bad)]
    ok = _ctx("公司的收入增加了很多。", 6)  # the antonym of a predicate verb still reads
    toks = tuple(t for t in ok.doc.sentences[0].tokens if t.text != "。")
    assert "公司的收入减少了很多" in {w for w, _ in changes(ok, Unit(0, toks, toks[0].start, toks[-1].end, "公司的收入增加了很多"),
                                                     ok.doc.text, {}, random.Random(0))}


@pytest.mark.parametrize("sentence, units", [
    ("中国人民，历33年浴血奋战，终于取得了胜利。", []),  # 历 is no subject
    ("他们到了以后，态度冷冷地一下就提了81条意见。", []),  # 态度冷冷地 is a manner, not the subject
    ("他们到了以后，工人们提了81条意见。", ["工人们提了81条意见"]),
])
def test_no_question_in_place_on_a_clause_without_its_subject(sentence, units):
    from quizgen.items import asking

    ctx = _ctx(sentence, 7)
    got = [u.text for u in asking.clause_units(ctx, ctx.doc.sentences[0])]
    assert got == units


@pytest.mark.parametrize("text, sid, kind", [
    ("中国人民经过了很多困难。历33年浴血奋战。他们在1990年成功了。", 1, "how_many"),  # 历 is no subject
    ("他们到了以后，态度冷冷地一下就提了81条意见。我们提了3条。你们提了5条。", 0, "how_many"),  # 态度 is no subject
    ("去年3月10日该病房有10多名医护染病。今年5月8日又有人染病。2019年2月3日也有。", 0, "when"),  # 什么时候10日
    ("他91年来到北京。我88年来到北京。她95年来到北京。他们都住了30年。", 0, "how_many"),  # a year written short
    ("研究所91年研究出了新方法。我们88年开始研究。她95年开始工作。他们都工作了30年。", 0, "how_many"),
])
def test_not_asked_in_place(text, sid, kind):
    from quizgen.items import asking

    ctx = _ctx(text, 7)
    got = [d for d in asking.wh_drafts(ctx, random.Random(0))]
    assert not [d for d in got if d.kind == kind and d.evidence == (sid,)]


def test_no_topic_that_is_a_verbal_noun():
    from quizgen.items import topic

    ctx = _ctx("工厂的生产很重要。生产的过程很有序。今年的生产增加了。工人们的生产热情很高。生产的产品很受欢迎。"
               "这个城市也很美丽。", 5)
    assert topic.drafts(ctx, random.Random(0)) == []
    assert ctx.tally.refused == {"topic:the chain is a verbal noun": 1}


def test_a_two_digit_year_after_a_verb_is_a_count():
    from quizgen.items import asking

    ctx = _ctx("他已经在北京住了3年。我在上海住了5年。她在广州住了8年。", 7)
    assert ("how_many", "他已经在北京住了多少年？") in [(d.kind, d.stem) for d in asking.wh_drafts(ctx, random.Random(0))]


def test_title_is_the_longer_word_the_chain_stands_in():
    """The chain of 委员 runs through the passage mostly inside 委员会: the title is the committee, not its members
    (a held-out passage about 西藏自治區發展諮詢委員會 was titled 委員)."""
    from quizgen.items import topic

    ctx = _ctx("西藏发展咨询委员会昨天在北京成立。该委员会有四十四名委员。委员们来自多所大学。委员会的办公室在一座老楼里。"
               "那天北京的天气很好。", 6)
    assert [(d.kind, d.key) for d in topic.drafts(ctx, random.Random(0))] == [("title", "委员会")]


def test_title_options_are_about_as_specific_as_the_key():
    """Wrong titles are nouns of the passage about as common as the key (wordfreq): 基础 (Zipf 5.4) reads as no title
    beside 三峡工程 (2.5) when 电力, 房子 … are there."""
    from quizgen.items import topic

    ctx = _ctx("三峡工程是世界上最大的水利工程。三峡工程的建设开始于一九九四年。工人们在长江上修建了大坝。"
               "三峡工程为城市提供了电力。专家说三峡工程打下了很好的基础。附近的农民得到了新房子。", 6)
    for seed in range(6):
        (d,) = topic.drafts(ctx, random.Random(seed))
        assert d.key == "三峡工程" and "基础" not in [w for w, _ in d.wrong]


def test_no_near_synonym_gloss_among_the_options(monkeypatch):
    """摧毁 'to destroy; to wreck' and 败坏 'to ruin; to corrupt' share no sense, but 毁 'to destroy; to ruin' holds one
    of each: 'to ruin' would be a second right answer (held-out as_raw3). Unrelated glosses are not bridged."""
    from quizgen.items import asking, meaning_options
    from quizgen.items.gloss_bridges import bridged

    assert bridged("摧毁", "败坏", "2025") and bridged("败坏", "摧毁", "2025")
    assert not bridged("趋势", "传说", "2025") and not bridged("欣赏", "发明", "2025")
    doc = analyze_text("大火摧毁了这座老房子。", "t.txt", 6, "2025")
    tok = next(t for s in doc.sentences for t in s.tokens if t.simplified == "摧毁")
    ctx = Context(doc, 0, [], frozenset())
    monkeypatch.setattr(meaning_options, "_meaning_pool", lambda *a: ("发明", "退缩", "表扬"))
    assert {w for w, _ in asking._meaning_options(ctx, tok, random.Random(0)) or ()} == {"发明", "退缩", "表扬"}
    monkeypatch.setattr(meaning_options, "_meaning_pool", lambda *a: ("败坏", "发明", "退缩"))
    assert asking._meaning_options(ctx, tok, random.Random(0)) is None  # 败坏 is no option: two are left


def _changed(clause: str, level: int = 6) -> set[str]:
    from quizgen.items.changes import Unit, changes

    ctx = _ctx(clause + "。", level)
    toks = tuple(t for t in ctx.doc.sentences[0].tokens if t.text != "。")
    return {w for w, _ in changes(ctx, Unit(0, toks, toks[0].start, toks[-1].end, clause), ctx.doc.text, {},
                                  random.Random(0))}


@pytest.mark.parametrize("clause, bad, good", [
    # a verb before an adverb heads the subject: 手机支付 is 'mobile payment' (held-out graded text)
    ("手机支付不仅方便", "手机没有支付", None),
    ("手机支付非常方便", "手机没有支付", None),
    # 不仅A，而且B says both halves the same way: *不仅方便，而且危险, *而且很安全、不舒服
    ("手机支付不仅方便，而且安全", "危险", None),
    ("高铁不仅速度快，而且很舒服", "不舒服", None),
    ("高铁的速度快，而且很舒服", "不舒服", None),
    ("心情愉快也很重要", "要", None),  # 也 says it is as the thing before: *也很次要, *也不重要
    ("高铁的速度很快", None, "高铁的速度不快"),
    ("妈妈买了很多水果", None, "妈妈没买很多水果"),  # the verb after its subject still takes 没
    # a delimitative (一会儿, 一下) takes no negation: 我不会看一会儿电视 does not read
    ("晚上我会看一会儿电视", "不会看一会儿", None),
    ("晚上我会看电视", None, "晚上我不会看电视"),
    ("朋友吃了以后说非常好吃", "没吃以后", None),
    ("另一位医生说得更干脆", "没有说得", None),
    ("学校里有一栋教学楼和一个操场", "没有一栋", None),  # 没有 + a count reads 'fewer than'
    ("学校里有教学楼和操场", None, "学校里没有教学楼和操场"),
    ("去年我参加了一个画画比赛", "没参加一个", None),
    ("去年我参加了画画比赛", None, "去年我没参加画画比赛"),  # a complement with 得 is negated in it, not before the verb  # V了 before 以后 is a time: *朋友没吃以后说…
    ("朋友吃了很多菜", None, "朋友没吃很多菜"),
])
def test_negation_only_where_it_reads(clause, bad, good):
    got = _changed(clause)
    if bad:
        assert not [w for w in got if bad in w], got
    if good:
        assert good in got, got


def test_paired_approximate_count_is_not_asked():
    """二、三十种 is 'twenty or thirty kinds': neither asked (二、多少种) nor changed (二、四十种)."""
    from quizgen.items import asking

    text = "灾害防救法订定的分工很细，二、三十种的各类灾害，分由不同单位处理。他们有三十种办法。"
    ctx = _ctx(text, 7)
    asked = [d.stem for d in asking.wh_drafts(ctx, random.Random(0))]
    assert not [s for s in asked if "二、" in s and "多少" in s], asked
    assert not [w for w in _changed("二、三十种的各类灾害分由不同单位处理") if "二、" in w and "三十种" not in w]


def test_detail_key_is_no_understatement():
    """生活节奏很快 → 不慢 is true but no paraphrase an exam prints (strict hand check, session 15)."""
    ctx = _ctx("现代人的生活节奏很快。我们的老师有三个孩子。他在上海住了3年。", 5)
    u = next(u for u in detail._units(ctx)[0] if u.text == "现代人的生活节奏很快")
    assert any(how.startswith("contrary") for _, how in detail.restate.restatements(ctx, u, numbers=False))
    got = detail.paraphrase(ctx, u)
    assert got is None or not got[1].startswith("contrary")


def test_a_word_of_the_level_is_asked_for_its_meaning_before_one_below_it():
    """Strict check, session 16: 情况 and 成为 (HSK 4) were asked on HSK 5 sheets. Drafts on words of the sheet's
    level come first; a word below it keeps its place among the others only after them."""
    from quizgen.items.drafts import Draft
    from quizgen.items.questions import draft_order

    doc = analyze_text("政治情况很复杂。\n", "t.txt", "hsk5", "2025")
    ctx = Context(doc, 0, select_targets(doc, frozenset(), 0), frozenset())
    easy = Draft("meaning", "“情况”的意思是：", "situation", (), (0,), 0, 4, "", word="情况")  # HSK 4
    hard = Draft("meaning", "“政治”的意思是：", "politics", (), (0,), 10, 14, "", word="政治")  # HSK 5
    why = Draft("why", "…是因为：", "x", (), (0,), 5, 8, "")
    assert sorted([easy, why, hard], key=lambda d: draft_order(ctx, d)) == [why, hard, easy]
    above = Draft("meaning", "“复杂”的意思是：", "complicated", (), (0,), 1, 3, "", word="诚恳")  # HSK 7-9
    # the level's words, then one above it (asked from its context), then one below
    assert sorted([easy, above, why, hard], key=lambda d: draft_order(ctx, d)) == [why, hard, above, easy]


def test_a_word_above_the_level_is_asked_for_its_meaning(monkeypatch):
    """The exam asks what a word above the level means from its context (画线词语): 诚恳 on an HSK 5
    sheet (HSK 7-9), a sentence of words at the level around it; the sheet does not gloss it (glossing.gapped_words)."""
    from quizgen.items import asking

    text = MORE.format("我的朋友王明十分诚恳。")  # 诚恳: HSK 7-9
    ctx = _ctx(text, 5)
    assert "诚恳" in {d.word for d in asking.meaning_drafts(ctx, random.Random(0))}
    from quizgen.items import meaning_words

    monkeypatch.setattr(meaning_words, "ABOVE_LEVEL", False)
    ctx = _ctx(text, 5)
    assert "诚恳" not in {d.word for d in asking.meaning_drafts(ctx, random.Random(0))}


def test_no_word_meaning_question_on_a_time_word():
    """Strict check, session 17: “近來”的意思是 keyed "recently; lately" beside 如今's "nowadays; now" (two right
    answers); 周末 "weekend" against "summer"/"birthday" needs no reading."""
    from quizgen.items.asking import time_word

    assert time_word("近来") and time_word("如今") and time_word("周末")
    assert not time_word("政治") and not time_word("感染")


def test_meaning_drafts_skip_time_words():
    from quizgen.items import asking

    text = "近来流浪狗失声的很少。如今很多家庭都养狗。这些狗的主人都很负责任。\n"
    doc = analyze_text(text, "t.txt", "hsk5", "2025")
    ctx = Context(doc, 0, select_targets(doc, frozenset(), 0), frozenset())
    asked = {d.word for d in asking.meaning_drafts(ctx, random.Random(0))}
    assert not asked & {"近来", "如今"}
    from quizgen.items import meaning_words

    meaning_words.NO_TIME_WORDS = False
    try:
        again = Context(doc, 0, select_targets(doc, frozenset(), 0), frozenset())
        assert {d.word for d in asking.meaning_drafts(again, random.Random(0))} & {"近来", "如今"}, \
            "the text no longer tests anything: no time word would be asked without the rule"
    finally:
        meaning_words.NO_TIME_WORDS = True


@pytest.mark.parametrize("sentence, quoted, key", [
    ("他因为身体不舒服而没有来上课。", "他没有来上课", "身体不舒服"),  # S因为A而B: SB because A
    ("比赛由于天气不好而推迟了两天。", "比赛推迟了两天", "天气不好"),  # 由于, a verbal noun as the subject
    ("他们因工作需要而搬到了上海。", "他们搬到了上海", "工作需要"),  # 因 … 而
    ("因太太好善，所以小姑娘们都很善良。", "小姑娘们都很善良", "太太好善"),  # 因 opening A，所以B: no cue in the key
    # a result verb after 而: what it brings about is the effect, the subject with its act the cause
    ("许多共享单车公司因为过度投放车辆而导致城市街道上堆满了废弃的自行车。", "城市街道上堆满了废弃的自行车",
     "许多共享单车公司过度投放车辆"),
])
def test_a_cause_closed_by_er_inside_its_clause(sentence, quoted, key):
    ctx = _ctx(sentence, 7)
    got = causes._pairs(ctx, ctx.doc.sentences[0], None)
    assert [(k, causes._text(ctx, a), causes._text(ctx, b)) for k, a, b, _ in got] == [("why", quoted, key)]


@pytest.mark.parametrize("sentence", [
    "清清那因面对小森而兴奋过度的声带。",  # 那 + … + 的声带: a noun phrase, no clause (held-out AS text)
    "很多人因为这件事而感到非常失望。",  # 这件事 is a thing, no cause a clause can state
    "我说因为下雨而取消了比赛。",  # a verb before the cue: 我 is not the subject of the effect
    "我认为他因为身体不舒服而没有来上课。",  # … nor here: an opinion, whose subject ends in a pronoun
    "他因为生病。",  # no 而, nothing after the cause
    "因为违反规定而被捕的三个人昨天被送上了法庭。",  # 而被捕的…: the cause is of a noun phrase (SIGHAN PKU)
    "由于不按规定销售而发生的亏损。",  # … here the whole clause is one
    "因为他不愿为赶时间而放弃原则。",  # 而 closes 为…: the cause is the whole clause
])
def test_a_cause_inside_a_clause_refused(sentence):
    ctx = _ctx(sentence, 7)
    assert causes._pairs(ctx, ctx.doc.sentences[0], None) == []


def test_a_cause_inside_a_clause_reaches_the_sheet_as_a_why_question():
    sentence = "他因为身体不舒服而没有来上课。"
    _, got = _drafts(FILLER.format(sentence), sentence)
    assert [(d.kind, d.key) for d in got] == [("why", "身体不舒服")] and "“他没有来上课”" in got[0].stem
    assert len(got[0].wrong) == 3 and all(w[0] != "身体不舒服" for w in got[0].wrong)


def test_word_meaning_options_have_the_keys_shape(monkeypatch):
    # strict check, session 19: 贸易 "trade" against clinical / forecast / "to search": the one gloss with "to "
    # among nouns' (or the one without it among verbs') stands out
    from quizgen.items import meaning_options

    bonus = {"到达": 9, "用户": 1, "主席": 1, "理念": 1}  # the verb first in the target's neighbourhood
    monkeypatch.setattr(meaning_options, "_meaning_pool", lambda *a: tuple(bonus))
    monkeypatch.setattr(meaning_options, "_bonuses", lambda *a: bonus)
    got = meaning_options.options("2025", "产业", 5, "industry; estate", frozenset(), random.Random(0))
    assert got is not None and {w for w, _ in got} == {"用户", "主席", "理念"}


@pytest.mark.parametrize("clause, word, kind", [
    ("北京二０００年部长级会议取得圆满成功", "０００年", "date"),  # 二|０００年: the year cut in two (SIGHAN PKU)
    ("35歲浙江茶商梁利根從江蘇到晴隆", "35", "number"),  # a count opening a named subject: 多少歲浙江茶商…？
])
def test_no_question_in_place_on_a_value_cut_or_opening_a_named_subject(monkeypatch, clause, word, kind):
    """Strict check, session 19: 北京二什么时候部长级会议取得圆满成功？ and 多少歲浙江茶商梁利根從江蘇到晴隆？"""
    from quizgen.items import asking
    from quizgen.items.changes import Unit

    ctx = _ctx(clause + "。", 7)
    toks = tuple(t for t in ctx.doc.sentences[0].tokens if t.text != "。")
    u = Unit(0, toks, toks[0].start, toks[-1].end, clause)
    i = next(k for k, t in enumerate(toks) if t.text == word)
    assert asking._asked(ctx, u, i, kind) is None
    monkeypatch.setattr(asking, "SPLIT_VALUES", False)
    assert asking._asked(ctx, u, i, kind) is not None


def test_a_negation_in_bu_shi_er_shi_is_not_changed(monkeypatch):
    """灾难是你家不是一个人死，而是一家人… → 灾难是你家是一个人死，而是… (方方日记, strict check, session 19)."""
    from quizgen.items import changes as ch

    assert _changed("灾难是你家不是一个人死，而是一家人全部死光") == set()
    assert _changed("他不是老师") == {"他是老师"}
    monkeypatch.setattr(ch, "CONTRASTED", False)
    assert _changed("灾难是你家不是一个人死，而是一家人全部死光")


def _asked_in(clause: str, word: str, kind: str, level: int = 7):
    from quizgen.items import asking
    from quizgen.items.changes import Unit

    ctx = _ctx(clause + "。", level)
    toks = tuple(t for t in ctx.doc.sentences[0].tokens if t.text != "。")
    u = Unit(0, toks, toks[0].start, toks[-1].end, clause)
    return asking._asked(ctx, u, next(k for k, t in enumerate(toks) if t.text == word), kind)


def test_an_example_marker_is_no_part_of_a_question(monkeypatch):
    """如市某金融单位什么时候投资…？ (SIGHAN PKU, strict check, session 19): 如 'for example', cut into 如市."""
    from quizgen.items import drafts

    clause = "如市某金融单位1998年投资近百万元装修新办公楼"
    assert _asked_in(clause, "1998年", "date") == "市某金融单位什么时候投资近百万元装修新办公楼？"
    monkeypatch.setattr(drafts, "EXAMPLES_DROPPED", False)
    assert _asked_in(clause, "1998年", "date").startswith("如市")


def test_no_count_asked_after_only(monkeypatch):
    """…的仅多少家？ (SIGHAN PKU, strict check, session 19): 仅 says 'only', a question cannot."""
    from quizgen.items import asking

    clause = "施工单位有资质并取得施工许可证的仅39家"
    assert _asked_in(clause, "39", "number") is None
    monkeypatch.setattr(asking, "SPLIT_VALUES", False)
    assert _asked_in(clause, "39", "number") is not None


def test_no_person_option_that_names_no_one_the_passage_shows(monkeypatch):
    """谁百般的安慰他？ offered 秦 (of 秦显家的) and 林之孝 (of 林之孝家的, his wife) (红楼梦, strict check, session 19)."""
    from quizgen.items import changes as ch

    ctx = _ctx("秦显家的听了，林之孝家的也来了。赵姨娘百般的安慰他。贾环也来了。王夫人来了。", 7)
    assert ch.names(ctx)["nr"] == ["赵姨娘", "贾环", "王夫人"]
    monkeypatch.setattr(ch, "NOT_THE_PERSON", False)
    assert {"林之孝", "秦显家"} <= set(ch.names(ctx)["nr"])


@pytest.mark.parametrize("sentence, word, as_object", [
    ("他是一个很有担当的年轻人。", "担当", True),  # the object of 有: "a sense of responsibility", no "to take upon oneself"
    ("这个年轻人很有担当。", "担当", True),
    ("我们要担当起这个责任。", "担当", False),  # a verb with its object
])
def test_a_verb_after_you_is_its_object(sentence, word, as_object):
    from quizgen.items import meaning_options as mo

    toks = list(_ctx(sentence, 7).doc.sentences[0].tokens)
    assert mo.object_of_have(toks, next(t for t in toks if t.simplified == word)) == as_object


def test_no_meaning_question_with_a_verb_gloss_on_the_object_of_you():
    from quizgen.items import asking

    ctx = _ctx(MORE.format("他是一个很有担当的年轻人。"), 7)
    assert "担当" not in {d.word for d in asking.meaning_drafts(ctx, random.Random(0))}


def test_a_word_above_the_level_is_asked_only_when_the_key_shows_all_its_senses():
    """帖子 (card; invitation; message; post) was keyed "card; invitation" for a post online (session 20): a word
    above the level is asked only when it has few senses (three at most)."""
    from quizgen.items import asking

    ctx = _ctx(MORE.format("我在网上看到一个帖子。"), 5)
    assert "帖子" not in {d.word for d in asking.meaning_drafts(ctx, random.Random(0))}
