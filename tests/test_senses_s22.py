"""Senses in context from the session-22 held-out draws (issue 11, seeds 10300-10302), both scripts. The sentences
were written for these tests; each row fails when its rule (a data row or a mechanism) is removed
(bench/mutation_check.py, entries s22-*)."""
from __future__ import annotations

import pytest

from .conftest import assert_gloss, token_of

# (sentence, token, which of its occurrences, the gloss must start with this (None: no gloss))
SENSES = [
    # a common surname jieba left as a morpheme, before a name or a title, is the family name
    ("林英杰表示，他被选上了。", "林", 0, "surname Lin"),
    ("林英傑表示，他被選上了。", "林", 0, "surname Lin"),
    ("我们没追查刘教授住的酒店。", "刘", 0, "surname Liu"),
    ("我們沒追查劉教授住的酒店。", "劉", 0, "surname Liu"),
    ("放学以后，我常常和同学一起打球。", "和", 0, "and; with"),
    # ... and a surname before a word known only as a place is the name, the given name unglossed
    ("刚才《收获》程永新给我信息。", "程", 0, "surname Cheng"),
    ("刚才《收获》程永新给我信息。", "永新", 0, None),
    ("剛才《收穫》程永新給我信息。", "永新", 0, None),
    # a directional complement after V了
    ("他手一撑，爬了起来。", "起来", 0, "(after a verb) up"),
    ("他手一撐，爬了起來。", "起來", 0, "(after a verb) up"),
    ("车慢慢停了下来。", "下来", 0, "(after a verb) down"),
    ("我将这件事坚持了下去。", "下去", 0, "(after a verb) down"),
    # classical 也 closing a clause
    ("此乃大礼所用之戏台也，不可少。", "也", 0, "(classical, closing a sentence)"),
    ("此乃大禮所用之戲台也，不可少。", "也", 0, "(classical, closing a sentence)"),
    ("我也喜欢看戏。", "也", 0, "also"),
    # 的 between a verb and a degree adverb is written for 得
    ("这首诗他评的最公。", "的", 0, "(written for 得"),
    ("装了驱动以后跑的很快。", "的", 0, "(written for 得"),
    ("他写的书很好看。", "的", 0, "(links a modifier"),
    # 绝对 as an adverb, 怀抱 as a noun
    ("每一场都很重要，绝对不能失手。", "绝对", 0, "absolutely"),
    ("每一場都很重要，絕對不能失手。", "絕對", 0, "absolutely"),
    ("这一票具有绝对的关键作用。", "绝对", 0, "absolute; unconditional"),
    ("他也具有絕對的關鍵性效果。", "絕對", 0, "absolute; unconditional"),
    ("盼望宝岛早日回到祖国母亲怀抱。", "怀抱", 0, "embrace; bosom"),
    ("她怀抱着孩子走了。", "怀抱", 0, "to hug"),
    # after the second tuning draw: 之 after a preposition, 我的了, 为好, 一钟
    ("这是我们为之奋斗终身的事业。", "之", 0, "(literary: after a verb) him"),
    ("這是我們為之奮鬥終身的事業。", "之", 0, "(literary: after a verb) him"),
    ("你怎么瞧我的了呢。", "的", 0, "(after a pronoun"),
    ("糖尿病人的药还是不断为好。", "为", 0, None),
    ("我们为好朋友干杯。", "为", 0, "for"),
    ("奶奶也喝一钟，怕什么？", "钟", 0, "cup"),
    ("我也陪他一钟。", "钟", 0, "cup"),
    ("下午四点多钟，天就黑了。", "钟", 0, "clock"),
    # after the third tuning draw: 批 of a commentary, 编造, 感觉 as a verb, 黄道/黑道
    ("蒙侧批：交竹滑溜婉转。", "批", 0, "commentary"),
    ("这一批学生明天到。", "批", 0, "classifier for batches"),
    ("你困在家里编造谣言。", "编造", 0, "to fabricate"),
    ("读她的文章，感觉创造了许多角色。", "感觉", 0, "to feel"),
    ("讀她的文章，感覺創造了許多角色。", "感覺", 0, "to feel"),
    ("这种感觉很奇怪。", "感觉", 0, "feeling"),
    ("读书人不在黄道黑道。", "黄道", 0, "lucky day"),
    ("读书人不在黄道黑道。", "黑道", 0, "unlucky day"),
    # after the fourth tuning draw: 起 after a verb, 还算, 与 after a verb of giving, 作用 after 起到, 民运
    ("他拿起一本书来看。", "起", 0, "(after a verb) up"),
    ("从他离开起，我就没见过他。", "起", 0, "(从…起) from"),
    ("從他離開起，我就沒見過他。", "起", 0, "(从…起) from"),
    ("他一早就起了。", "起", 0, "to rise"),
    ("这家店的选择也还算多。", "还", 0, "fairly"),
    ("他把书带与我。", "与", 0, "(literary: after a verb of saying or giving)"),
    ("我和他与你都是朋友。", "与", 0, "and; with"),
    ("这些产品对经济发展起到了带动作用。", "作用", 0, "effect; role"),
    ("這些產品對經濟發展起到了帶動作用。", "作用", 0, "effect; role"),
    ("药物作用于神经。", "作用", 0, "to act on"),
    ("这是北京民运的悲剧。", "民运", 0, "democracy movement"),
    ("从北京到上海要五个小时。", "到", 0, "(从…到…) to"),
    ("從北京到上海要五個小時。", "到", 0, "(从…到…) to"),
    ("我们明天到上海。", "到", 0, "to reach"),
    # the same rows in Traditional script
    ("車慢慢停了下來。", "下來", 0, "(after a verb) down"),
    ("這首詩他評的最公。", "的", 0, "(written for 得"),
    ("盼望寶島早日回到祖國母親懷抱。", "懷抱", 0, "embrace; bosom"),
    ("奶奶也喝一鍾，怕什麼？", "鍾", 0, "cup"),
    ("蒙側批：交竹滑溜婉轉。", "批", 0, "commentary"),
    ("你困在家裡編造謠言。", "編造", 0, "to fabricate"),
    ("讀書人不在黃道黑道。", "黃道", 0, "lucky day"),
    ("這家店的選擇也還算多。", "還", 0, "fairly"),
    ("他把書帶與我。", "與", 0, "(literary: after a verb of saying or giving)"),
    ("這是北京民運的悲劇。", "民運", 0, "democracy movement"),
    ("他拿起一本書來看。", "起", 0, "(after a verb) up"),
    ("糖尿病人的藥還是不斷為好。", "為", 0, None),
    ("這些產品起到了帶動作用。", "作用", 0, "effect; role"),
    ("你怎麼瞧我的了呢。", "的", 0, "(after a pronoun"),
    ("我將這件事堅持了下去。", "下去", 0, "(after a verb) down"),
]


@pytest.mark.parametrize("sentence,word,index,wanted", SENSES)
def test_sense_in_context(sentence, word, index, wanted):
    assert_gloss(token_of(sentence, word, index).gloss, wanted)


# a verb jieba cut from its first character before a complement is cut back (推/算出 -> 推算/出); after a modal or
# an auxiliary the pattern is the modal and a verb with its complement (要/看到)
CUTS = [
    ("警方推算出他离开的时间。", ["推算", "出"]),
    ("几秒钟之内贺卡就发送到了指定地点。", ["发送", "到"]),
    ("她的文字滿溢出某種味道。", ["滿溢", "出"]),
    ("你也要看到这一点。", ["要", "看到"]),
    ("有时候你想要个东西，都要不到。", ["要", "不到"]),
]


@pytest.mark.parametrize("sentence,words", CUTS)
def test_complement_recut(sentence, words):
    from quizgen.analysis.pipeline import analyze_text

    doc = analyze_text(sentence, "<test>")
    tokens = [t.text for s in doc.sentences for t in s.tokens]
    at = tokens.index(words[0])
    assert tokens[at:at + len(words)] == words, tokens


def test_wei_before_hao_read_wei2():
    """为 read wéi before 好 closing its clause (the reading the sense wants) gets 'to be'; read wèi, nothing."""
    from quizgen.analysis.glosses import gloss_in_context
    from quizgen.analysis.sense_rules import context_at

    tags = [("还是", "c"), ("不断", "d"), ("为", "p"), ("好", "a"), ("。", "x")]
    assert (gloss_in_context("为", "wei2", "p", context_at(tags, 2)) or "").startswith("to be (为好")
    assert gloss_in_context("为", "wei4", "p", context_at(tags, 2)) is None


def test_complement_recut_keeps_potential_complements():
    """V + 得C / 不C is a potential complement (记/得到 'can remember'), not a verb 记得 cut from its complement."""
    from quizgen.analysis.phrases import complement_recut
    from quizgen.analysis.segment import segmenter

    tagged = [("他", "r"), ("记", "v"), ("得到", "v")]
    assert complement_recut(tagged, segmenter()) == tagged
    assert complement_recut([("他", "r"), ("推", "v"), ("算出", "v")], segmenter())[1:] == [("推算", "v"), ("出", "v")]


# a surname-initial two-character word and one character before a verb of speech are one name, kept whole and not glossed
SPEAKERS = [
    ("執行董事趙國雄指出，樓市目前仍處鞏固期。", "趙國雄"),
    ("执行董事赵国雄指出，楼市目前仍处巩固期。", "赵国雄"),
    ("羅文嘉指出，選前他們即分析。", "羅文嘉"),
    ("主委丁克華表示，將在最近處理。", "丁克華"),
]


@pytest.mark.parametrize("sentence,name", SPEAKERS)
def test_three_character_speaker_kept_whole(sentence, name):
    token = token_of(sentence, name)
    assert token.gloss is None, token.gloss


def test_speaker_name_needs_a_noun_piece():
    """尤氏因说饿了: 因 is no piece of a name (a preposition), so 尤氏 and 因 stay two words."""
    assert token_of("尤氏因说饿了，先到怡红院。", "因").text == "因"
