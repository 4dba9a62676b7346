"""Gaps not made and options ruled out after the session-15 strict hand check of held-out choice items: the slot
is open to many words (a point of view, a list with 及, a clause as object), the key is used as another class (an
adjective before a number) or is a piece of a word jieba split, a noun after a bare numeral; options ruled out by
form (a verb of no feeling after 非常, a verb that takes no object before a verbal noun + noun) or a spelling test
(a homophone). Each test names the rule it guards; removing the rule makes it fail."""
from quizgen.items import distractors as dx
from quizgen.items import frames, slot_words

from .conftest import built_gap as _gap


def test_a_verb_cilin_files_as_no_feeling_takes_no_degree_adverb():
    """在中国，手机支付已经非常＿了 (普及) offered 错过 'to miss (train …)' and 涨价 'to appreciate (in value)':
    English heads of feelings, but Cilin files them with states and relations only."""
    spread = _gap("在中国，手机支付已经非常普及了。", "普及")
    assert "frame-degree" in dx.problems(spread, "错过")
    assert "frame-degree" in dx.problems(spread, "涨价")
    assert "frame-degree" not in dx.problems(spread, "担心")  # a feeling takes 非常
    assert frames.gradable("想念", frozenset({"v"}))  # 'to miss' a person is a feeling


def test_a_verbal_noun_before_a_noun_is_an_object():
    """更＿生活品质 (注重) offered 难受: 生活 (tagged vn) + 品质 is a noun phrase, the verb's object."""
    stress = _gap("而现在的年轻人更注重生活品质，愿意为体验和兴趣买单。", "注重")
    assert frames.tagged_object(stress.right)
    assert "frame-intransitive" in dx.problems(stress, "难受")
    assert not frames.tagged_object("生活，愿意为")


def test_separable_rows_like_and_price_rise():
    """点赞 ('to like', 点个赞) and 涨价 (涨了价) are separable: no object after them."""
    stress = _gap("而现在的年轻人更注重生活品质，愿意为体验和兴趣买单。", "注重")
    assert "frame-intransitive" in dx.problems(stress, "点赞")
    assert frames.takes_no_object("涨价")


def test_no_homophone_of_the_key():
    """这件事＿2005年完成 (预定) offered 预订, read yù dìng as well: a spelling test, and often written for it."""
    planned = _gap("这件事预定2005年完成，至今统一关税率都定不下来。", "预定")
    assert "homophone" in dx.problems(planned, "预订")
    assert "homophone" not in dx.problems(planned, "预备")


def test_no_noun_gap_after_a_bare_numeral():
    """公元前二＿ (世纪) among 人生/机会/关键: only a noun that is its own measure takes a bare numeral."""
    century = _gap("这条路线大约在公元前二世纪由汉朝的张骞开辟。", "世纪")
    assert dx.unsure_slot(century) == "after-numeral"
    assert dx.unsure_slot(_gap("他们举行会议。", "会议")) != "after-numeral"


def test_no_gap_of_a_verb_whose_object_is_the_next_clause():
    """高唐县＿，举办科普大集… (发现) took 决定 and 打算 as well; 气象局＿，除非… (强调) 反映."""
    found = _gap("在近几年的科技下乡活动中，高唐县发现，举办科普大集、请专家讲课等形式，收效并不大。", "发现")
    assert dx.unsure_slot(found) == "clause-object"
    stressed = _gap("不过，气象局强调，除非有人目击龙卷风的漏斗形旋转云团，", "强调")
    assert dx.unsure_slot(stressed) == "clause-object"
    assert dx.unsure_slot(_gap("他们举行会议。", "举行")) == ""


def test_an_adjective_before_a_number_is_an_adverb():
    """大学＿四年 (一般) among 轻松/安全/舒服: the adjectives cannot stand before a number."""
    usually = _gap("小学六年，初中三年，高中三年，大学一般四年。", "一般")
    assert dx.unsure_slot(usually) == "adverbial-use"
    assert dx.unsure_slot(_gap("这是我最快乐的一天。", "快乐")) == ""


def test_no_gap_in_a_word_the_segmenter_split():
    """从共享单车到共享＿宝 (充电): 充电宝 'power bank' is one word; jieba cut 宝 off as a name."""
    charge = _gap("从共享单车到共享充电宝，从共享办公空间到共享汽车。", "充电")
    assert dx.unsure_slot(charge) == "in-term"


def test_no_gap_in_a_point_of_view():
    """从严于责己的＿来说 (角度): 意义 and 逻辑 fit as well."""
    angle = _gap("而以自己的一个不义行为去纠正另一个人的不义行为，从严于责己的角度来说，甚至可能是一个更大的不义。", "角度")
    assert dx.unsure_slot(angle) == "open-viewpoint"
    assert "来说" in slot_words.viewpoint_closers()


def test_no_noun_gap_beside_a_list_conjunction():
    """环境保护的＿及内容 (范围): 原则 fits as well; a list takes any word of its kind."""
    scope = _gap("自东西冷战结束后，环境保护已成为全球瞩目的议题，环境保护的范围及内容，", "范围")
    assert dx.unsure_slot(scope) == "enumeration"


def test_a_verb_closing_a_prepositional_frame_is_gapped():
    """与父辈＿， (相比): the clause after it is no object of 相比, whose frame 与…相比 has one answer."""
    compared = _gap("与父辈相比，中国年轻一代的消费观念发生了很大的变化。", "相比")
    assert dx.unsure_slot(compared) != "clause-object"


def test_a_noun_after_a_round_number_is_gapped():
    """5000万＿转移人口 (农业): written Chinese counts in 万 without a classifier; the gap is not a measure noun's."""
    farming = _gap("2019年以来，5000万农业转移人口进城落户；", "农业")
    assert dx.unsure_slot(farming) != "after-numeral"


def test_a_noun_with_a_feature_reading_before_a_noun_or_verb_is_an_attribute():
    """离开这些＿问题 (实际) among 意见/感情/爱情, 在＿办证工作中 (实际) among 效果/网页/信息: 实际 'reality' (Cilin
    also Ed, a feature) is the attribute of the noun or verb after it; a noun of things (传统节日) stays gapped."""
    actual = _gap("离开这些实际问题去讲大道理，摆花架子，效果往往事倍功半。", "实际")
    assert dx.unsure_slot(actual) == "attribute-use"
    assert dx.unsure_slot(_gap("春节是中国最重要的传统节日。", "传统")) == ""


def test_after_an_event_classifier_only_events():
    """第十九次＿决定 (会议, CC-CEDICT counts it with 场 and 届) offered 民族/习惯/世界; 战争 (场, 次) is an event."""
    meeting = _gap("第九届全国人民代表大会常务委员会第十九次会议决定对条例作如下修改：", "会议")
    assert "frame-measure" in dx.problems(meeting, "习惯")
    assert "frame-measure" not in dx.problems(meeting, "战争")


def test_a_sentence_holding_the_sources_clause_numbers_is_no_stem():
    """…諮詢網，29.，請海外華人專家提供建議，30.，進而＿國內環保科技 (SIGHAN AS numbers its lines): no stem reads so."""
    from quizgen.analysis.pipeline import analyze_text
    from quizgen.items.select import item_spans

    doc = analyze_text("另建立海外环保学人资料库及咨询网，\n29.，请海外华人专家提供建议，进而提升国内环保科技。\n"
                       "我们每天晚上都在家里一起喝茶聊天。\n", "n.txt", 5)  # one numbered line: cleaning leaves it
    texts = [s.text for s in item_spans(doc)]
    assert texts, "the clean sentence gives a span"
    assert not any("环保" in t for t in texts), texts
    doc = analyze_text("另建立海外环保学人资料库及咨询网，\n29.，请海外华人专家提供建议，\n30.，进而提升国内环保科技。\n"
                       "我们每天晚上都在家里一起喝茶聊天。\n", "n.txt", 5)  # numbered lines: cleaning cuts the numbers
    assert not any("29." in s.text or "30." in s.text for s in doc.sentences)


def test_no_gap_of_a_purpose_after_come_or_go():
    """他和家人一起到麦纳麦来＿。 (过节) took 照相, which fits as well: any act is a purpose of coming."""
    holiday = _gap("他和家人一起到麦纳麦来过节。", "过节")
    assert dx.unsure_slot(holiday) == "open-purpose"
    assert dx.unsure_slot(_gap("他们举行会议。", "举行")) == ""


def test_after_a_verb_a_directional_complement_takes_only_another():
    """读＿我觉得意犹未尽 (起来) offered 决定, 离开: no complements; 回去 is one."""
    read = _gap("中间的故事都没有，读起来我觉得意犹未尽哦", "起来")
    assert "frame-complement" in dx.problems(read, "决定")
    assert "frame-complement" not in dx.problems(read, "回去")
    assert "frame-complement" not in dx.problems(_gap("他起来了。", "起来"), "决定")  # no verb before it


def test_a_verb_of_seeming_takes_no_aspect_particle():
    """一些年轻人＿了债务困境 (陷入) offered 看似 'to look as if': 看似 takes no 了."""
    sink = _gap("一些年轻人陷入了债务困境，背负了超出自己能力的贷款。", "陷入")
    assert "frame-aspect" in dx.problems(sink, "看似")
    assert "frame-aspect" not in dx.problems(sink, "激发")
