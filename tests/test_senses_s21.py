"""Senses in context from the session-21 held-out draws (issue 11, seeds 9701-9703), both scripts. The sentences
were written for these tests; each row fails when its rule (a data row or a mechanism) is removed
(bench/mutation_check.py, entries s21-*)."""
from __future__ import annotations

import pytest

from .conftest import assert_gloss, token_of

# (sentence, token, which of its occurrences, the gloss must start with this (None: no gloss), a text it must not hold)
SENSES = [
    # 的 written for 地 after a reduplicated word of manner, before a verb
    ("你这样做只会白白的送命。", "的", 0, "(written for 地", None),
    ("他忙忙的吃饭。", "的", 0, "(written for 地", None),
    ("她嘻嘻的笑着。", "的", 0, "(written for 地", None),
    ("他慢慢的走回家。", "的", 0, "(written for 地", None),
    ("妈妈的关心让我很感动。", "的", 0, "(links a modifier", None),
    ("大家都有深深的失望。", "的", 0, "(links a modifier", None),
    # 的 closing a clause after 有/还有/得了 heads a noun phrase
    ("这些都不好，后面还有好的。", "的", 0, "(closing a phrase", None),
    ("他花了钱，也得了好的。", "的", 0, "(closing a phrase", None),
    ("还有比这个大的呢。", "的", 0, "(closing a phrase", None),
    ("这件事是他做的。", "的", 0, "(at the end of a sentence) it is so", None),
    ("明天就有回信的。", "的", 0, "(at the end of a sentence) it is so", None),
    # a verb counted at the end of its clause is the thing counted
    ("我在网上看到一段留言，很感动。", "留言", 0, "message", None),
    ("我在網上看到一段留言，很感動。", "留言", 0, "message", None),
    ("请给我留言。", "留言", 0, "to leave a message", None),
    # 上 after a verbal noun is the localiser after a noun
    ("成功建立在大家的合作上。", "上", 0, "on; above", None),
    ("他爬上了山顶。", "上", 0, "(after a verb) up", None),
    # function words by their neighbours
    ("他才三岁就会写字了。", "才", 0, "(before an amount) only", None),
    ("他才來三天。", "才", 0, "only then", None),
    ("从下个月一日起实行新规定。", "起", 0, "(从…起) from", None),
    ("從下個月一日起實行新規定。", "起", 0, "(从…起) from", None),
    ("你去叫他快点回来。", "叫", 0, "to ask", None),
    ("你叫什么名字？", "叫", 0, "to shout", None),
    ("花儿任风吹。", "任", 0, "to let", None),
    ("他紧张到说不出话。", "到", 0, "(after an adjective) to the point", None),
    ("我只是一个普通的老师。", "只是", 0, "merely", None),
    ("他不是老板，只是一个普通职员。", "只是", 0, "merely", None),
    ("当然，我们也要努力。", "当然", 0, "of course", None),
    ("當然，我們也要努力。", "當然", 0, "of course", None),
    ("开始，我不喜欢这里。", "开始", 0, "at first", None),
    ("我们开始上课了。", "开始", 0, "to begin", None),
    ("他们很快冷静下来。", "下来", 0, "(after a verb) down", None),
    ("如果你不去，那你就别说了。", "那", 0, "(opening a clause) then", None),
    ("如果你不去，那你就別說了。", "那", 0, "(opening a clause) then", None),
    ("那人是谁？", "那", 0, "that", None),
    ("谓人死也。", "谓", 0, "to call; to mean", None),
    # after the measure of seed 9750
    ("我一定将这件事做完。", "将", 0, "(marks the object", None),
    ("他将去北京。", "将", 0, "will", None),
    ("他说不过，只得罢了。", "罢了", 0, "(as a verb) to let it go", None),
    ("我不过说说罢了。", "罢了", 0, "that's all", None),
    ("三首诗里这首为上。", "上", 0, "(为上) the best", None),
    ("大家又商议了一回，才散了。", "回", 0, "(counting times) time", None),
    ("今又写此一回，两两遥对。", "回", 0, "classifier for acts of a play", None),
    ("必使他二人为之则不好。", "之", 0, "(literary: after a verb) him", None),
    ("你们别笑话我。", "别", 0, "don't", None),
    ("你们别笑话我。", "笑话", 0, "to laugh at", None),
    ("你們別笑話我。", "笑話", 0, "to laugh at", None),
    ("他讲了一个笑话。", "笑话", 0, "joke", None),
    ("本报北京5月3日电今天下雨。", "电", 0, "telegram", None),
    # after the measure of seed 9760
    ("请站住，我有话说。", "请", 0, "please", None),
    ("我请你吃饭。", "请", 0, "to ask", None),
    ("全家人把老人请到家里来。", "请", 0, "to ask", None),
    ("她马上请助理到车上去。", "请", 0, "to ask", None),
    ("昨晚的雨下得还不小。", "还", 0, "fairly", None),
    ("这家饭馆还不错。", "还", 0, "fairly", None),
    ("他还不知道这件事。", "还", 0, "still", None),
    ("公园明天对游客开放。", "开放", 0, "to open (to the public)", None),
    ("春天樱花开放了。", "开放", 0, "to bloom", None),
    ("他以最开放的心态写作。", "开放", 0, "unrestrained", None),
    ("这台电脑的工艺设计很好。", "工艺", 0, "(manufacturing) process", None),
    ("她喜欢玻璃工艺。", "工艺", 0, "arts and crafts", None),
    ("他很有眼光。", "眼光", 0, "vision", None),
    ("大家向他投来羡慕的眼光。", "眼光", 0, "gaze", None),
    ("昨晚的雨下得还不小。", "下", 0, "to fall (of rain", None),
    ("大家都道是他写得最好。", "道", 0, "to say", None),
    # after the measure of seed 9770
    ("嘉宾们来自中法各界。", "法", 0, "France", None),
    ("嘉賓們來自中法各界。", "法", 0, "France", None),
    ("他们通过了新的证券交易法。", "法", 0, "law", None),
    ("这家饭馆的菜也还可以。", "可以", 0, "not bad", None),
    ("你可以走了。", "可以", 0, "can", None),
    ("这里有仓储业、加工业和商业。", "加工业", 0, None, None),
    # after the measure of seed 9780
    ("在下虽不才，也愿意试一试。", "才", 0, "(不才) talent", None),
    ("这笔钱用于补贴学生的午饭。", "补贴", 0, "to subsidize", None),
    ("這筆錢用於補貼學生的午飯。", "補貼", 0, "to subsidize", None),
    ("唯一的可能是他忘了。", "可能", 0, "possibility", None),
    ("他可能忘了。", "可能", 0, "might", None),
    # after the measure of seed 9785
    ("这项工作该全盘重新考虑。", "该", 0, "should", None),
    ("该公司表示不同意。", "该", 0, "this; that", None),
    ("近几十年来，城市不断扩大。", "来", 0, "(after a span of time", None),
    ("他们明天来北京。", "来", 0, "to come", None),
    ("这种情况也是有的。", "有的", 0, "(是…有的) there is", None),
    ("有的人喜欢喝茶。", "有的", 0, "some", None),
    ("他也就不要钱了。", "不要", 0, "(不 + 要) not to want", None),
    ("我们不要钱。", "不要", 0, "(不 + 要) not to want", None),
    ("不要全田喷药。", "不要", 0, "don't", None),
    ("那一样是奶油炸的。", "那", 0, "that", None),
    ("拣一两点就罢了。", "罢了", 0, "that's all", None),
    ("你不要去。", "不要", 0, "don't", None),
    ("企业党组织要做好工作。", "组织", 0, "organization", None),
    ("一时只见丫鬟们走来。", "只见", 0, "to see (suddenly)", None),
    ("她是我们那里最巧的姑娘。", "巧", 0, "skillful", None),
    # context senses
    ("这件事关系到大家的安全。", "关系", 0, "to concern", None),
    ("這件事關係到大家的安全。", "關係", 0, "to concern", None),
    ("我们的关系很好。", "关系", 0, "relation", None),
    ("姨娘且住。", "住", 0, "(且住) wait", None),
    ("他住在北京。", "住", 0, "to live", None),
    ("一时，宝玉回来了。", "一时", 0, "(opening a sentence) presently", None),
    ("大家都被封在家里。", "封", 0, "to seal", None),
    ("大家都封在家里。", "封", 0, "to seal", None),
    ("他的账号被封了。", "封", 0, "to seal", None),
    ("他被封了王。", "封", 0, "to confer", None),
    ("我们要接纳不同的意见。", "接纳", 0, "to accept", None),
    ("她们每天晚上跳广场舞。", "舞", 0, "dance", None),
    ("这是一次重大突破。", "突破", 0, "breakthrough", None),
    ("他们终于突破了难关。", "突破", 0, "to break through", None),
    ("文件里没有明确规定时间。", "明确", 0, "to clarify", None),
    ("他的目标很明确。", "明确", 0, "clear-cut", None),
    ("园中绿翠红粉，争相开放。", "红粉", 0, "red and pink", None),
    ("宁骈首以死。", "以", 0, "(literary, joining two actions)", None),
    ("学生们对老师很尊重。", "尊重", 0, "to esteem", None),
    ("要学会独立思考。", "独立", 0, "independently", None),
    ("他研究美国独立革命。", "独立", 0, "independent", None),
    # cuts kept whole: 跑马地 (Happy Valley), 副末 (a role of the old stage, no gloss)
    ("我们住在跑马地区。", "跑马地", 0, "Happy Valley", None),
    ("开场副末上台。", "副末", 0, None, None),
]


@pytest.mark.parametrize("sentence,word,index,wanted,unwanted", SENSES)
def test_sense_in_context(sentence, word, index, wanted, unwanted):
    assert_gloss(token_of(sentence, word, index).gloss, wanted, unwanted)
