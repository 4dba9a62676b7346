"""Distractors of the key's semantic kind, and gaps that are pieces of a name, a title or a term (issue 13,
deliverable 1; faults of the session-12 strict hand check on held-out text). Each test names the rule it
guards; removing the rule makes it fail (bench/mutation_check.py)."""
import pytest

from quizgen.items import attested, option_checks, word_classes
from quizgen.items import distractors as dx
from quizgen.items import neighbours as nb


def _gap(words: list[str], answer: str, tag: str, level: int = 5, **kw) -> dx.Gap:
    index = words.index(answer)
    sentence = "".join(words)
    return dx.gap_for(answer, tag, level, sentence, sum(len(w) for w in words[:index]), words, index, **kw)


@pytest.mark.parametrize("words, answer, wrong_kind, same_kind", [
    (["他", "骂", "得", "有", "效果", "。"], "效果", "教师", "意义"),  # a person in a slot for an abstract thing
    (["却", "常", "用", "中药", "治病"], "中药", "沙子", "西药"),  # sand among medicines (Cilin Bb, Br)
    (["这", "是", "大家", "最", "喜欢", "去", "的", "地方", "。"], "地方", "会议", "车站"),  # places (Cb)
])
def test_a_noun_distractor_is_of_the_key_kind(words, answer, wrong_kind, same_kind):
    """骂得有＿ (效果) offered 教师/工人/记者, 却常用＿ (中药) 沙子/大厦/暴雨: a reader rules them out unread."""
    gap = _gap(words, answer, "n")
    assert "kind" in dx.problems(gap, wrong_kind)
    assert "kind" not in dx.problems(gap, same_kind)
    assert dx.gate([answer, wrong_kind, "意义" if answer != "效果" else "价值", "西药"], answer, gap)


def test_the_kind_is_the_first_synonym_code():
    """A '#' leaf holds related words (效果 is Ae17C05#, beside Da25A01=): the kind is the '=' code's."""
    assert nb.noun_kind("效果") == "D"
    assert nb.noun_kind("教师") == "Ae"
    assert nb.noun_kind("中药") == "Br"


def test_a_noun_slot_ranks_by_noun_codes_only():
    """盒饭 'box lunch' is filed under Ed48 too, beside 业余 and 名牌: they are no neighbours of a noun."""
    assert nb.bonus("盒饭", "业余") > 0
    assert nb.bonus("盒饭", "业余", noun=True) == 0


def test_a_noun_key_of_no_known_kind_is_not_gapped():
    """崩溃的＿ (视频, not in Cilin) took 女性/图片/作家: with no kind known the options cannot be chosen."""
    assert dx.unsure_slot(_gap(["看到", "病人", "崩溃", "的", "视频", "。"], "视频", "n")) == "no-kind"


def test_a_gap_inside_a_quoted_title_is_not_made():
    """买了“＿决定生老病死” (a book title in quotes) keyed 温度: the title does not constrain its words."""
    gap = _gap(["买", "了", "“", "温度", "决定", "生老病死", "”", "这", "本", "书"], "温度", "n")
    assert attested.in_title(gap.left, gap.right) == "“决定生老病死”"  # the title around the gap
    assert dx.unsure_slot(gap) == "in-title"
    assert attested.in_title("他读了《", "与和平》，很喜欢") == "《与和平》"  # 《》 at any length


def test_quoted_speech_is_no_title():
    gap = _gap(["他", "说", "：", "“", "今天", "的", "温度", "很", "高", "，", "我们", "别", "去", "了", "”"],
               "温度", "n")
    assert attested.in_title(gap.left, gap.right) == ""


def test_a_gap_inside_a_dictionary_term_is_not_made():
    """＿人数尚有10个 (死亡人数 'death toll', a CC-CEDICT headword) keyed 死亡 among 发光/组合/过渡."""
    gap = _gap(["死亡", "人数", "尚", "有", "10", "个"], "死亡", "v")
    assert attested.in_term(gap.left, gap.answer, gap.right) == "死亡人数"
    assert dx.unsure_slot(gap) == "in-term"
    assert attested.in_term("他的", "死亡", "让人难过") == ""


def test_a_gap_inside_an_organisation_name_is_not_made():
    """巴林假日＿沙龙 (Holiday Inn) keyed 旅馆: after a proper noun an organisation head is part of a name."""
    words = ["巴林", "假日", "旅馆", "沙龙", "。"]
    assert dx.unsure_slot(_gap(words, "旅馆", "n", name_before=True)) == "in-name"
    assert attested.in_name(True, "工作", "委员会的") and not attested.in_name(True, "工作", "很忙")
    assert not attested.in_name(False, "旅馆", "沙龙")
    assert attested.in_name(True, "自由", "村乌石坑")  # 和平鄉＿村: 自由村 (strict check, session 18)
    assert not attested.in_name(True, "美丽", "山水")  # 山水 is a word of its own


def test_make_gap_sees_a_name_before_the_key():
    from quizgen.analysis.pipeline import analyze_text
    from quizgen.items.context import make_gap
    from quizgen.items.select import item_spans

    doc = analyze_text("我们昨天住在北京饭店里面，房间很大。\n", "n.txt", 5)
    span = next(s for s in item_spans(doc) if "饭店" in s.text)
    tok = next(t for t in span.tokens if t.simplified == "饭店")
    assert make_gap(span, tok, 5).name_before
    tok = next(t for t in span.tokens if t.simplified == "房间")
    assert not make_gap(span, tok, 5).name_before


@pytest.mark.parametrize("words, answer, tag", [
    (["碧", "咸", "原本", "已", "沉寂", "多时"], "原本", "n"),  # Cilin Ka too: an adverb here
    (["心里", "基本", "都", "还", "踏实"], "基本", "n"),  # a feature noun before 都
])
def test_a_noun_used_as_an_adverb_is_not_gapped(words, answer, tag):
    """碧咸＿已沉寂 keyed 原本 among 课题/命令/档案: the slot takes an adverb, the options are nouns."""
    assert dx.unsure_slot(_gap(words, answer, tag)) == "adverbial-use"


def test_a_noun_subject_before_an_adverb_is_still_gapped():
    assert dx.unsure_slot(_gap(["所有", "数字", "都", "是", "零"], "数字", "n")) != "adverbial-use"


def test_no_negative_distractor_in_a_negated_clause():
    """不得对＿ / 不能＿: a negative option makes two negations (or a second right answer)."""
    gap = _gap(["不得", "对", "客户", "的", "交易", "提供", "透支"], "客户", "n")
    assert option_checks.double_negation(gap, "无数") and not option_checks.double_negation(gap, "用户")
    unnegated = _gap(["对", "客户", "的", "交易", "提供", "透支"], "客户", "n")
    assert not option_checks.double_negation(unnegated, "无数")
    gap = _gap(["他", "不", "能", "解决", "问题"], "解决", "v")
    assert "double-negation" in dx.problems(gap, "无法")
    assert option_checks.negative_word("无效")
    assert not option_checks.negative_word("未来") and not option_checks.negative_word("非常")


def test_no_gap_after_a_verb_of_seeming():
    """疫情看上去＿ (稳定): 乐观 fits as well; any state fits after 看上去, 看起来 (frames.tsv open_after)."""
    assert dx.unsure_slot(_gap(["疫情", "看上去", "稳定", "。"], "稳定", "a")) == "open-feeling"


def test_a_noun_head_after_de_is_a_noun_slot():
    """落空的＿。 (危险, jieba 'an') offered 现有/整个/详细, 所克服的＿， (困难) 完全/积极/现有: after 的, at the end of
    its phrase, the word is a noun."""
    gap = _gap(["这项", "计划", "就", "有", "落空", "的", "危险", "。"], "危险", "an")
    assert gap.answer_class == {"n"}
    assert _gap(["他", "的", "危险", "很", "大"], "危险", "an").answer_class == {"a", "n"}


def test_a_verb_key_after_an_adjective_at_the_end_of_its_clause_is_not_gapped():
    """做出了最大＿。 (贡献, tagged v) offered 打破/急需: the slot is the noun 最大 modifies."""
    assert dx.unsure_slot(_gap(["做出", "了", "最大", "贡献", "。"], "贡献", "v")) == "verb-as-noun-or-attribute"


@pytest.mark.parametrize("words, answer, why", [
    (["关于", "中西医", "的", "问题", "，"], "问题", "open-topic"),  # 关于中西医的＿: 科研 fits as well
    (["这种", "模式", "如", "不", "加以", "纠正"], "模式", "open-anaphor"),  # 这种＿如不加以纠正: any noun of the kind
])
def test_open_noun_slots_are_not_gapped(words, answer, why):
    assert dx.unsure_slot(_gap(words, answer, "n")) == why


def test_a_demonstrative_before_a_noun_pair_is_no_open_slot():
    # 实际 itself is not gapped there since session 15 (an attribute: "attribute-use"), but not for the anaphor
    assert dx.unsure_slot(_gap(["这些", "实际", "问题"], "实际", "n")) != "open-anaphor"
    assert dx.unsure_slot(_gap(["这些", "农业", "问题"], "农业", "n")) == ""


@pytest.mark.parametrize("words, answer", [
    (["大一", "的", "时候", "，", "在", "宿舍", "还有", "说到"], "宿舍"),  # 阳台, 车厢 fit as well
    (["每天", "放", "狗", "到", "院子", "里"], "院子"),  # 客厅 fits as well
])
def test_a_place_after_a_preposition_of_place_is_not_gapped(words, answer):
    assert dx.unsure_slot(_gap(words, answer, "n")) == "open-place"


def test_a_place_as_object_of_another_verb_is_still_gapped():
    assert dx.unsure_slot(_gap(["他", "打扫", "院子", "。"], "院子", "n")) == ""



def test_institutions_and_quantities_are_kinds_of_their_own():
    """希望能有＿ (效果) took 法院/工厂/学院, filed under D like 效果: an institution is no abstract thing to a
    reader (Cilin Dm), nor is a quantity (Dn)."""
    gap = _gap(["希望", "能", "有", "效果", "，"], "效果", "n")
    assert "kind" in dx.problems(gap, "法院") and "kind" in dx.problems(gap, "数量")
    assert nb.noun_kind("银行") == "Dm" and nb.noun_kind("比例") == "Dn" and nb.noun_kind("办法") == "D"


def test_a_stem_with_markup_left_in_it_is_no_item_span():
    """里面的＿&#183; (a review copied from a web page) was a choice stem."""
    from quizgen.analysis.pipeline import analyze_text
    from quizgen.items.select import item_spans

    doc = analyze_text("这本书里面的爱情故事&#183;非常感人。我们每天晚上都在家里一起喝茶聊天。\n", "r.txt", 5)
    texts = [s.text for s in item_spans(doc)]
    assert texts, "the clean sentence gives a span"
    assert not any("&#" in t for t in texts), texts


def test_a_word_two_sources_call_a_noun_is_no_verb_option():
    """在＿食补 (进行) offered 结果 as a verb (CC-CEDICT's first entry: 'to bear fruit'); jieba tags it 'n' and
    Cilin files its own sense with nouns (Da06). 参观, tagged 'n' but filed with actions (Fa), stays a verb."""
    gap = _gap(["也", "在", "进行", "食补", "，"], "进行", "v")
    assert "noun-voted" in dx.problems(gap, "结果")
    assert "noun-voted" not in dx.problems(gap, "打败")
    assert word_classes.noun_voted("结果") and not word_classes.noun_voted("参观")


def test_a_gap_inside_a_long_name_is_not_made():
    """A gap in 春节联欢晚会 (the Spring Festival Gala, one CC-CEDICT headword): four characters stand before the
    key 晚会, so the term is found only when four characters of each side are read."""
    gap = _gap(["今年", "的", "春节", "联欢", "晚会", "很", "精彩", "。"], "晚会", "n")
    assert attested.in_term(gap.left, gap.answer, gap.right) == "春节联欢晚会"
    assert dx.unsure_slot(gap) == "in-term"


def test_a_word_with_a_noun_reading_is_no_verb_option():
    """才能＿ (购买) offered 说法: CC-CEDICT's first reading shuōfǎ is 'to expound Buddhist teachings', a later one
    (shuōfa 'way of speaking') a noun, and Cilin files it with nouns (Dk): two sources say noun."""
    gap = _gap(["只有", "站票", "才能", "购买", "。"], "购买", "v")
    assert word_classes.noun_reading("说法") and not word_classes.noun_reading("打败")
    assert "noun-voted" in dx.problems(gap, "说法")
    assert "noun-voted" not in dx.problems(gap, "批评")


@pytest.mark.parametrize("words, answer", [
    (["要", "熟悉", "产品", "的", "特点", "、", "用法", "和", "价格", "。"], "特点"),  # 标准 fits as well
    (["孩子", "的", "身高", "、", "体重", "都", "正常", "。"], "体重"),  # after the comma too
])
def test_a_gap_in_a_list_is_not_made(words, answer):
    """熟悉贷款证的＿、内容及使用方法 (特点) took 标准, 以及＿、社会性发展 (情绪) 心理 (session-13 hand check): any
    word of the list's kind joins a list."""
    assert dx.unsure_slot(_gap(words, answer, "n")) == "enumeration"
    assert dx.unsure_slot(_gap(["孩子", "的", "体重", "很", "正常", "。"], "体重", "n")) != "enumeration"
