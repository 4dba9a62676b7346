"""Options ruled out by form where an object follows the gap (strict hand check, session 14): the object is seen
when it is a name, a prefixed noun or a set phrase read as a noun, and whatever follows a dummy verb; separable
verb-object words take no object; a verb that takes an adjective is no option for one that takes a clause. Each
test names the rule it guards; removing the rule makes it fail."""
from quizgen.items import distractors as dx
from quizgen.items import frames

from .conftest import built_gap as _gap


def test_a_name_after_the_verb_is_its_object():
    """把握西藏基本区情 (把握) offered 行走 'to walk': 西藏 has no CC-CEDICT sense, but jieba tags it ns."""
    grasp = _gap("他希望委员们把握西藏基本区情，主动关心西藏发展，", "把握")
    assert frames.object_follows(grasp.right, grasp.right_word, dx.word_class)
    assert "frame-intransitive" in dx.problems(grasp, "行走")


def test_walk_takes_no_object():
    assert frames.intransitive("行走")


def test_a_prefixed_noun_after_the_verb_is_its_object():
    """定期＿非银行金融机构…的交易情况 (掌握) offered 留言 'to leave a message': 非 is tagged h (a prefix)."""
    grasp = _gap("人民银行各分行要定期掌握非银行金融机构在拆借市场的交易情况，", "掌握")
    assert grasp.right_word == "非"
    assert "frame-intransitive" in dx.problems(grasp, "留言")


def test_a_set_phrase_read_as_a_noun_after_the_verb_is_its_object():
    """整体＿精神文明建设水平 (提升): 精神文明 is tagged i (a set phrase); CC-CEDICT's 'spiritual culture' is a noun."""
    raise_ = _gap("是整体提升精神文明建设水平的重要举措。", "提升")
    assert frames.tagged_object(raise_.right)
    assert "frame-intransitive" in dx.problems(raise_, "留言")
    assert not frames.tagged_object("千方百计。")  # an idiom, no noun


def test_a_separable_verb_takes_no_object():
    """提升＿ offered 开幕 'to open (a conference)': English reads it as transitive, but 开幕 is a separable
    verb-object word (离合词) and takes no object after it."""
    hold = _gap("他们举行会议。", "举行")
    assert not frames.intransitive("开幕")
    assert frames.takes_no_object("开幕")
    assert "frame-intransitive" in dx.problems(hold, "开幕")
    assert "frame-intransitive" not in dx.problems(hold, "召开")


def test_whatever_follows_a_dummy_verb_is_its_object():
    """也在＿食补 (进行) offered 受伤: 食补 is tagged v, yet 进行 takes an action as its object."""
    do = _gap("也在进行食补，但生吃泥鳅我却不敢尝试，", "进行")
    assert not frames.object_follows(do.right, do.right_word, dx.word_class)
    assert "frame-intransitive" in dx.problems(do, "受伤")
    done = _gap("比赛正在进行。", "进行")
    assert "frame-intransitive" not in dx.problems(done, "受伤")


def test_a_verb_that_takes_an_adjective_is_no_option_for_one_that_takes_a_clause():
    """紧张情况，＿政府要求… (促使) offered 显得, which takes no clause: ruled out by form."""
    urge = _gap("政界出现的紧张情况，促使政府要求清洁工人在数小时内清理海报。", "促使")
    assert "frame-adjective" in dx.problems(urge, "显得")
    assert "frame-adjective" not in dx.problems(_gap("他显得很紧张。", "显得"), "变得")
