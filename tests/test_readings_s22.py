"""Readings a sentence chooses (issue 11, session 22): the classes bench/bench_readings_ood.py found quizgen losing to
plain pypinyin on text that is not CPP (SIGHAN test texts, the chinesevocablist examples), each fixed by a rule of
``pinyin_data/rules.txt`` or by closing to the polyphone model a word CC-CEDICT reads as pypinyin does
(``word_readings.agreeing_positions``). Both scripts, the whole pipeline; the sentences are written here, not
copied from the measured texts; ``pinyin`` is the token's tone-mark reading."""
from __future__ import annotations

import pytest

from quizgen.analysis.pipeline import analyze_text

from .conftest import token_of

CASES = [
    # 为 in a chunk jieba made of it and a neighbour, a verb phrase after it: wèi 'for'
    ("歌手首次为亚姐宣传。", "为亚姐", "wèi yà jiě"),
    ("歌手首次為亞姐宣傳。", "為亞姐", "wèi yà jiě"),
    ("这棵树可为他带来收入。", "可为", "kě wèi"),
    ("這棵樹可為他帶來收入。", "可為", "kě wèi"),
    ("为免时间拖长，他们提前出发。", "为免", "wèi miǎn"),
    ("為免時間拖長，他們提前出發。", "為免", "wèi miǎn"),
    # ... but wéi in dictionary words and frames
    ("他以我为榜样。", "为", "wéi"),
    ("他以我為榜樣。", "為", "wéi"),
    ("这支队伍不愧为一支能打硬仗的队伍。", "不愧为", "bù kuì wéi"),
    ("他身为班长却带头迟到。", "身为", "shēn wéi"),
    ("他身為班長卻帶頭遲到。", "身為", "shēn wéi"),
    ("我奇怪为甚么他那么激动。", "为", "wèi"),
    # 谁 shéi (CC-CEDICT, 现代汉语词典, the HSK lists)
    ("你是谁？", "谁", "shéi"),
    ("你是誰？", "誰", "shéi"),
    # 长 zhǎng 'to grow'
    ("肚子长了蛆的狐狸。", "长", "zhǎng"),
    ("肚子長了蛆的狐狸。", "長", "zhǎng"),
    ("这只狗长的像匹马。", "长", "zhǎng"),
    ("這隻狗長的像匹馬。", "長", "zhǎng"),
    ("这棵树愈长愈大。", "长", "zhǎng"),
    ("這棵樹愈長愈大。", "長", "zhǎng"),
    ("这条路很长。", "长", "cháng"),
    ("這條路很長。", "長", "cháng"),
    # words CC-CEDICT reads as pypinyin does are closed to the model (族长 zhǎng, 审计长, 馆藏 cáng)
    ("族长是族里的仲裁者。", "族长", "zú zhǎng"),
    ("族長是族裡的仲裁者。", "族長", "zú zhǎng"),
    ("审计长强调独立。", "审计长", "shěn jì zhǎng"),
    ("審計長強調獨立。", "審計長", "shěn jì zhǎng"),
    ("图书馆馆藏以古籍为主。", "馆藏", "guǎn cáng"),
    ("圖書館館藏以古籍為主。", "館藏", "guǎn cáng"),
    # 率 lǜ closing a noun, 地 dì before 的/之/the end, 更 gèng, 应 yīng, 曾 céng
    ("不论定率或定额，都要缴税。", "定率", "dìng lǜ"),
    ("不論定率或定額，都要繳稅。", "定率", "dìng lǜ"),
    ("这里是琵鹭的觅食地。", "地", "dì"),
    ("這裡是琵鷺的覓食地。", "地", "dì"),
    ("两人更长达两年不说话。", "更", "gèng"),
    ("兩人更長達兩年不說話。", "更", "gèng"),
    ("保险公司应依不同情况承担责任。", "应依", "yīng yī"),
    ("保險公司應依不同情況承擔責任。", "應依", "yīng yī"),
    ("至今没有人曾达到这个高度。", "曾", "céng"),
    ("至今沒有人曾達到這個高度。", "曾", "céng"),
    # 得 dé after a verb of getting; 难 nán; 弄 nòng, 干 gān 'dry'; 藏 cáng; 倒 dào 'to pour'; 差 chà; 挑 tiāo
    ("鱼与熊掌不可兼得。", "兼得", "jiān dé"),
    ("魚與熊掌不可兼得。", "兼得", "jiān dé"),
    ("他的童年过得非常苦。", "过得", "guò de"),
    ("他的童年過得非常苦。", "過得", "guò de"),
    ("我们过得愉快。", "过得", "guò de"),
    ("我們過得愉快。", "過得", "guò de"),
    ("说起来容易，做起来却相当难。", "难", "nán"),
    ("說起來容易，做起來卻相當難。", "難", "nán"),
    ("中间也藏著一个谎言。", "藏", "cáng"),
    ("这是千年难逢的机会。", "难逢", "nán féng"),
    ("這是千年難逢的機會。", "難逢", "nán féng"),
    ("他用毛巾弄干自己。", "弄", "nòng"),
    ("他用毛巾弄乾自己。", "弄", "nòng"),
    ("他用毛巾弄干自己。", "干", "gān"),
    ("他用毛巾弄乾自己。", "乾", "gān"),
    ("把衣服晒干。", "晒干", "shài gān"),
    ("把衣服曬乾。", "曬乾", "shài gān"),
    ("先把自己的事情干好。", "干", "gàn"),
    ("他把情感藏进了心底。", "藏进", "cáng jìn"),
    ("他把情感藏進了心底。", "藏進", "cáng jìn"),
    ("将面糊倒入烤盘。", "倒入", "dào rù"),
    ("將麵糊倒入烤盤。", "倒入", "dào rù"),
    ("这种设备防护能力差。", "能力差", "néng lì chà"),
    ("這種設備防護能力差。", "能力差", "néng lì chà"),
    ("周末可以去市场挑挑水果。", "挑挑", "tiāo tiāo"),
    ("週末可以去市場挑挑水果。", "挑挑", "tiāo tiāo"),
]


@pytest.mark.parametrize("sentence, word, reading", CASES)
def test_reading_in_its_sentence(sentence, word, reading):
    assert token_of(sentence, word).pinyin == reading


def test_agreeing_words_are_closed_only_to_the_model() -> None:
    """A word CC-CEDICT reads as pypinyin does is closed to the model, not to the context rules: 过得很苦 keeps the
    complement de although CC-CEDICT's 过得 is guò dé."""
    doc = analyze_text("他的童年过得很苦。", "<test>")
    (de,) = [t for s in doc.sentences for t in s.tokens if "得" in t.text]
    assert de.pinyin.split()[-1] == "de"
