"""Readings a sentence chooses (issue 11, session 13): 尽 jǐn 'as … as possible', 粘 zhān as a verb and nián as
an adjective, 为 wéi after 以此, dictionary readings pypinyin lacks (偏颇 piānpō, 葛巾/葛洲坝 gé), erhua 花儿 huār.
Both scripts where they differ, the whole pipeline; ``pinyin`` is the token's tone-mark reading."""
from __future__ import annotations

import pytest

from quizgen.analysis.pipeline import analyze_text

from .conftest import token_of

CASES = [
    # session 18 (helper-80): 宁 nìng before 不/死/为 (宁不心碎, a held-out 红楼梦 commentary, read níng)
    ("将来到了那时，宁不伤心！", "宁", "nìng"),
    ("將來到了那時，寧不傷心！", "寧", "nìng"),
    ("他宁死也不投降。", "宁死", "nìng sǐ"),
    ("这里很安宁。", "安宁", "ān níng"),
    ("宁府里很热闹。", "宁府", "níng fǔ"),
    # the HSK words whose pypinyin phrase reading a tone differs from CC-CEDICT's and the 现代汉语词典's (phrases.txt)
    ("两地的温差很大。", "温差", "wēn chā"),
    ("这里的落差很大。", "落差", "luò chā"),
    ("我还没倒好时差。", "时差", "shí chā"),
    ("颜色反差很大。", "反差", "fǎn chā"),
    ("这张照片很好看。", "照片", "zhào piàn"),
    ("這張照片很好看。", "照片", "zhào piàn"),
    ("他的肚子很大。", "肚子", "dù zi"),
    ("这里的民风很纯朴。", "纯朴", "chún pǔ"),
    ("机器运转正常。", "运转", "yùn zhuǎn"),
    ("新产品今天登场。", "登场", "dēng chǎng"),
    ("他按时还款。", "还款", "huán kuǎn"),
    ("农民退耕还林。", "退耕还林", "tuì gēng huán lín"),
    ("这座建筑很古朴。", "古朴", "gǔ pǔ"),
    ("他的文字很质朴。", "质朴", "zhì pǔ"),
    ("这张相片是我拍的。", "相片", "xiàng piàn"),
    ("这件事少不了你。", "少不了", "shǎo bu liǎo"),
    ("上行的列车已经开了。", "上行", "shàng xíng"),
    ("奶奶和姑娘们先上去罢。", "罢", "ba"),  # after a directional verb jieba tags a time word
    ("帐篷能住得了这么多人吗？", "得了", "de liǎo"),  # the potential complement
    ("他得了第一名。", "得了", "dé le"),
    ("这本书颇具价值。", "颇具", "pō jù"),
    ("這本書頗具價值。", "頗具", "pō jù"),
    # session 17 (helper-74): 倒 the adverb dào before a verb of seeming or an adverb, 哪 the particle after 天
    ("远远一瞧倒象是个孩子。", "倒", "dào"),
    ("遠遠一瞧倒象是個孩子。", "倒", "dào"),
    ("远处看倒像一座山。", "倒", "dào"),
    ("天哪，我的钥匙丢了！", "哪", "na"),
    ("他摔倒了。", "摔倒", "shuāi dǎo"),
    ("请尽速处理。", "尽速", "jǐn sù"),
    ("請儘速處理。", "儘速", "jǐn sù"),
    ("把纸粘在墙上。", "粘", "zhān"),
    ("米饭很粘。", "粘", "nián"),
    ("以此为凭。", "为", "wéi"),
    ("以此為憑。", "為", "wéi"),
    ("他的看法有些偏颇。", "偏颇", "piān pō"),
    ("他的看法有些偏頗。", "偏頗", "piān pō"),
    ("他头戴葛巾。", "葛巾", "gé jīn"),
    ("大大低于葛洲坝截流。", "葛洲坝", "gé zhōu bà"),
    ("自东西冷战结束后，世界变了。", "东西", "dōng xī"),  # East and West as two blocs
    ("自東西冷戰結束後，世界變了。", "東西", "dōng xī"),
    ("这是东西文化交流的结果。", "东西", "dōng xī"),
    ("我买了一朵花儿。", "花儿", "huā r"),
    ("我買了一朵花兒。", "花兒", "huā r"),
    # session 14
    ("莫认东篱闲采掇，粘屏聊以慰重阳。", "粘屏", "zhān píng"),
    ("莫認東籬閒採掇，粘屏聊以慰重陽。", "粘屏", "zhān píng"),
    ("唬的忙退出手来，问是怎么了。", "唬", "xià"),
    ("宝玉唬了一跳，忙问。", "唬", "xià"),
    ("寶玉唬了一跳，忙問。", "唬", "xià"),
    ("你别唬我。", "唬", "hǔ"),
    ("葛先生来了。", "葛先生", "gě xiān shēng"),
    ("葛根可以入药。", "葛根", "gé gēn"),
    # session 15: readings found wrong on held-out worksheets read by hand (phrases.txt, rules.txt); the test
    # sentences are written here, not copied from the held-out texts
    ("这个办法倒是不错。", "倒是", "dào shi"),
    ("這個辦法倒是不錯。", "倒是", "dào shi"),
    ("把调好的颜色涂在墙上。", "调好", "tiáo hǎo"),
    ("他在街上散发传单。", "散发", "sàn fā"),
    ("他在街上散發傳單。", "散發", "sàn fā"),
    ("菜里放了几个干辣椒。", "干辣椒", "gān là jiāo"),
    ("她穿着一件弹墨的裙子。", "弹墨", "tán mò"),
    ("全村人一起奔小康。", "奔", "bèn"),
    ("这个问题颇为复杂。", "颇为", "pō wéi"),
    ("他的话颇有道理。", "颇", "pō"),
    ("他的話頗有道理。", "頗", "pō"),
    ("他端起茶杯，呷了一口茶。", "呷", "xiā"),
    ("这是正当的要求。", "正当", "zhèng dàng"),
    ("這是正當的要求。", "正當", "zhèng dàng"),
    ("正当他要走的时候，电话响了。", "正当", "zhèng dāng"),
    ("你先回去罢。", "罢", "ba"),
    ("你先回去罷。", "罷", "ba"),
    ("他要是不来就罢；我们自己去。", "罢", "bà"),
    ("她穿着一件红袄子。", "子", "zi"),
    ("孔子是思想家。", "孔子", "kǒng zǐ"),
    # session 16: a jieba word that a pypinyin phrase straddles reads as CC-CEDICT has it (这|种花 zhòng huā)
    ("这种花很好看。", "这种", "zhè zhǒng"),
    ("這種花很好看。", "這種", "zhè zhǒng"),
    ("农民种了很多玉米。", "种", "zhòng"),
    ("農民種了很多玉米。", "種", "zhòng"),
    ("午饭后他睡了一个觉。", "觉", "jiào"),
    ("他种出了很大的西瓜。", "种", "zhòng"),
    ("东方种茶，西方种棉。", "种茶", "zhòng chá"),
    ("山上种满了茶树。", "种满", "zhòng mǎn"),
    ("院子里种上了花。", "里种", "lǐ zhòng"),
    # the model's readings bench_readings_ood found wrong (session 16): 少 shǎo, modal 应 yīng, 给 gěi, verb 藏 cáng
    ("今年下的雨比去年少。", "少", "shǎo"),
    ("会议人员少，时间也短。", "少", "shǎo"),
    ("学汉语拼音的更少。", "更少", "gèng shǎo"),
    ("我们确应改正错误。", "确应", "què yīng"),
    ("票价本应经过审批。", "本应", "běn yīng"),
    ("他把菜端给她。", "给", "gěi"),
    ("图书馆所藏两本古书很珍贵。", "所藏", "suǒ cáng"),
    ("他总是在手心里藏个糖果。", "藏个", "cáng gè"),
    ("他应了一声就走了。", "应", "yìng"),
    ("她在门外應了一聲。", "應", "yìng"),
    ("军方制定了代号为“海狮”的作战计划，准备进攻。", "为", "wéi"),
    ("軍方制定了代號為「海獅」的作戰計畫，準備進攻。", "為", "wéi"),
]


@pytest.mark.parametrize("sentence, word, reading", CASES)
def test_reading_in_its_sentence(sentence, word, reading):
    assert token_of(sentence, word).pinyin == reading


def test_the_erhua_flower_is_glossed_flower():
    doc = analyze_text("我买了一朵花儿。", "<test>")
    (hua,) = [t for s in doc.sentences for t in s.tokens if t.text == "花儿"]
    assert hua.gloss is not None and hua.gloss.startswith("flower"), hua.gloss
