"""Senses in context: the gloss a learner sees is the sense the sentence uses, or none at all.

Every example of issue 11, in both scripts, run through the whole pipeline (segmentation, the pipeline's own
pinyin, glosses). ``wanted`` must be in the gloss; ``None`` means the word must have no gloss (and so is never
tested); ``unwanted`` must not appear. Where the right sense hangs on a reading the pinyin stage may still get
wrong (打折 shé, 炸 zhá, 人家 rénjia, 罢 ba), either the fitting gloss or none is accepted: never the wrong one.
"""
from __future__ import annotations

import pytest

from quizgen.analysis.glosses import gloss, gloss_in_context
from quizgen.analysis.pipeline import analyze_text
from quizgen.analysis.sense_rules import Context, context_at, rules

EITHER = "either"  # the fitting gloss or none
FIRST = "first"  # the fitting gloss, first

# sentence, word (as written), wanted (str, None = no gloss, (EITHER, str)), unwanted
CASES = [
    # session 18 (helper-80): the senses two strict judges of session 17 found wrong; sentences written for the tests
    ("两种版本交替出版。", "交替", (FIRST, "alternately"), "to replace"),
    ("兩種版本交替出版。", "交替", (FIRST, "alternately"), "to replace"),
    ("新的制度交替了旧的。", "交替", (FIRST, "to replace"), None),
    ("他们反复讨论这个问题。", "反复", (FIRST, "repeatedly"), None),
    ("我们都很关心海外同胞。", "同胞", (FIRST, "compatriot"), "sibling"),
    ("我們都很關心海外同胞。", "同胞", (FIRST, "compatriot"), "sibling"),
    ("他们是同胞兄弟。", "同胞", (FIRST, "born of the same parents"), None),
    ("同志们，大家辛苦了！", "同志", (FIRST, "comrade"), "gay"),
    ("这几年同志运动发展很快。", "同志", (FIRST, "gay"), "comrade"),
    ("這幾年同志運動發展很快。", "同志", (FIRST, "gay"), "comrade"),
    ("这几年同志运动发展很快。", "运动", (FIRST, "movement"), "sports"),
    ("同性恋者又称同志。", "同志", (FIRST, "gay"), "comrade"),
    ("学生运动一个小时就累了。", "运动", (EITHER, "exercise"), "movement"),
    ("他们不知道求助的管道。", "管道", (FIRST, "channel"), "tubing"),
    ("他們不知道求助的管道。", "管道", (FIRST, "channel"), "tubing"),
    ("工人正在铺设天然气管道。", "管道", (FIRST, "pipeline"), "channel"),
    ("年轻人获取信息的渠道很多。", "渠道", (FIRST, "channel"), "irrigation"),
    ("年輕人獲取資訊的渠道很多。", "渠道", (FIRST, "channel"), "irrigation"),
    ("农民修了一条灌溉渠道。", "渠道", (FIRST, "irrigation ditch"), None),
    ("他们透过朋友认识了老板。", "透过", (FIRST, "through; by means of"), "penetrate"),
    ("他們透過朋友認識了老闆。", "透過", (FIRST, "through; by means of"), "penetrate"),
    ("光棍问题越来越严重。", "光棍", (FIRST, "bachelor"), "gangster"),
    ("光棍問題越來越嚴重。", "光棍", (FIRST, "bachelor"), "gangster"),
    ("法国总统会见了国家主席。", "主席", (FIRST, "president"), "premier"),
    ("他被选为学生会主席。", "主席", (FIRST, "chairman"), "premier"),
    ("他被選為學生會主席。", "主席", (FIRST, "chairman"), "premier"),
    ("这是老百姓的基本需求。", "需求", (FIRST, "needs"), "to require"),
    ("這是老百姓的基本需求。", "需求", (FIRST, "needs"), "to require"),
    ("将来到了那时，宁不伤心！", "宁", (EITHER, "how could"), "peaceful"),
    ("这对夫妻很幸福。", "对", None, "to; towards"),  # 夫妻 lists no 对: classifier or preposition, unsure
    ("這對夫妻很幸福。", "對", None, "to; towards"),
    ("这对他来说很重要。", "对", (FIRST, "to; towards"), "classifier"),
    ("这把他吓坏了。", "把", (FIRST, "(marks the object"), "classifier"),
    ("这把刀很快。", "把", (FIRST, "classifier"), "marks the object"),
    ("那对双胞胎来了。", "对", (FIRST, "classifier"), None),
    ("他买了三把雨伞。", "把", (FIRST, "classifier"), None),
    ("现在的局面很好。", "局面", (FIRST, "situation"), None),
    ("他近日去了一趟上海。", "近日", (FIRST, "recently"), "next few days"),
    ("他近日將訪問北京。", "近日", (FIRST, "in the next few days"), "past"),
    ("他是这所大学的名誉教授。", "名誉", (FIRST, "honorary"), None),
    ("他很看重自己的名誉。", "名誉", (FIRST, "fame"), "honorary"),
    ("他心理上的包袱很重。", "包袱", (FIRST, "burden"), None),
    ("她背着一个包袱走了。", "包袱", (FIRST, "wrapping cloth"), "burden"),
    ("武装分子袭击了村庄。", "武装", (FIRST, "armed"), "equipment"),
    ("政府与阿族武装达成了协议。", "武装", (FIRST, "armed group"), "equipment"),
    ("不少轿车停在路边。", "轿车", (FIRST, "car"), None),
    ("不少轎車停在路邊。", "轎車", (FIRST, "car"), None),
    ("他的文章很空洞。", "空洞", (FIRST, "empty"), "cavity"),
    ("他在上次总统选举中落选了。", "选举", (FIRST, "election"), "to elect"),
    ("他在上次總統選舉中落選了。", "選舉", (FIRST, "election"), "to elect"),
    ("他在门口处插上一面旗子。", "插", (FIRST, "to insert"), None),  # a one-character verb and its complement
    # session 18, a held-out draw (seed 18080): sentences written for the tests
    ("他们先后6次投入资金。", "投入", (FIRST, "to throw into"), "absorbed"),  # a count of times, then the verb
    ("這次旅行很愉快。", "旅行", (FIRST, "journey"), None),  # 这次: a noun after a classifier
    ("这是一面环绕的浓缩了中国历史的墙。", "浓缩", (FIRST, "to concentrate"), "espresso"),  # after 的, before 了
    ("这件事很值得纪念。", "纪念", (FIRST, "to commemorate"), "memento"),
    ("商店将每天营业十小时。", "将", (FIRST, "will"), "marks the object"),
    ("他将书放在桌上。", "将", (FIRST, "(marks the object"), None),
    ("检察机关依法办案。", "检察", (FIRST, "procuratorial"), "to inspect"),
    ("他们的文化面临破败。", "破败", (FIRST, "ruined"), "to defeat"),
    ("通过讲座、展览等形式宣传。", "形式", (FIRST, "form"), "outer appearance"),
    ("传统文化受到冲击。", "冲击", (FIRST, "impact"), None),
    ("政府对这些活动进行调查。", "活动", (FIRST, "activity"), "to exercise"),
    ("你还要我赔你不成？", "不成", (FIRST, "(closing a question)"), "unable"),
    ("这样做不成。", "不成", (EITHER, "unable"), "closing a question"),
    # session 18, a second held-out draw (seed 18082)
    ("工厂的污水排放问题很严重。", "排放", (FIRST, "to emit"), None),
    ("这是一本关于心灵的书。", "心灵", (FIRST, "heart"), "smart"),
    ("他是一个爱自然的人。", "自然", (FIRST, "nature"), "naturally"),
    ("他自然会来的。", "自然", (EITHER, "naturally"), "the natural world"),
    ("资金不足是发展的瓶颈。", "瓶颈", (FIRST, "bottleneck"), None),
    ("学生应认真完成作业。", "应", (FIRST, "should"), "to agree"),
    ("这么多饭你吃得了吗？", "得了", (FIRST, "(V得了) can"), "obtain"),
    ("他得了第一名。", "得了", (FIRST, "to obtain"), "(V得了)"),
    ("得了，别说了。", "得了", (FIRST, "all right!"), "obtain"),
    ("这对大家都会有益。", "会", (FIRST, "will"), "skill"),  # jieba tags 有益 a noun
    ("人都會有性的需求。", "會", (FIRST, "will"), "skill"),
    ("他决定去北京。", "决定", (FIRST, "to decide"), "certainly"),  # an adverb's sense, but not the first
    ("阳光透过了云层。", "透过", (FIRST, "to pass through"), None),
    ("这种光可以透过。", "透过", (FIRST, "to pass through"), None),
    # session 17 (helper-74): a held-out draw's wrong first senses, by kind; sentences written for the tests
    ("这件事我早就知道的了。", "的", (FIRST, "(at the end of a sentence) it is so"), "links"),
    ("昨天买的，今天都吃完了。", "的", (FIRST, "(closing a phrase"), "it is so"),
    ("昨天買的，今天都吃完了。", "的", (FIRST, "(closing a phrase"), "it is so"),
    ("他是昨天来的，不是今天。", "的", (FIRST, "(at the end of a sentence) it is so"), None),
    ("这件事大家早就知道的。", "的", (FIRST, "(at the end of a sentence) it is so"), None),
    ("那把伞是你的。", "的", (FIRST, "(after a pronoun"), "it is so"),
    ("你放心，我会告诉他的。", "的", (FIRST, "(at the end of a sentence) it is so"), None),
    ("你们也知道这件事的，不用我多说。", "的", (FIRST, "(at the end of a sentence) it is so"), None),
    ("你说得很对。", "对", (FIRST, "right; correct"), "towards"),
    ("你說得很對。", "對", (FIRST, "right; correct"), "towards"),
    ("这样做才对呀。", "对", (FIRST, "right; correct"), "towards"),
    ("这孩子倒挺懂事。", "倒", (FIRST, "but; on the contrary"), "invert"),
    ("這孩子倒挺懂事。", "倒", (FIRST, "but; on the contrary"), "invert"),
    ("远处看倒像一座山。", "倒", (FIRST, "but; on the contrary"), None),
    ("远处看倒像一座山。", "像", (FIRST, "to resemble"), None),
    ("他们用游戏来练习口语。", "来", (FIRST, "(between a means and a verb) in order to"), None),
    ("他們用遊戲來練習口語。", "來", (FIRST, "(between a means and a verb) in order to"), None),
    ("他明天来上海开会。", "来", (FIRST, "to come"), "(between a means"),
    ("她在门口叫“妈妈，快开门”，没人答应。", "叫", (FIRST, "to shout"), "to be called"),
    ("她在門口叫「媽媽，快開門」，沒人答應。", "叫", (FIRST, "to shout"), "to be called"),
    ("他的名字叫“小明”。", "叫", (FIRST, "to be called"), None),
    ("他该走了。", "该", (FIRST, "should"), "this; that"),
    ("天哪，我的钥匙丢了！", "哪", (FIRST, "(after 天"), "which"),
    ("天哪，我的钥匙丢了！", "天", (FIRST, "(interjection"), "day"),
    ("天啊，这么多人！", "天", (FIRST, "(interjection"), "day"),
    ("你错了，我没说过这话。", "错", (FIRST, "wrong"), "grind"),
    ("你錯了，我沒說過這話。", "錯", (FIRST, "wrong"), "grind"),
    ("他是得票最多的人。", "最多", (FIRST, "the most"), "at most"),
    ("每人最多拿两本。", "最多", (FIRST, "at most"), None),
    ("这个计划经校长批准后开始实行。", "经", (FIRST, "through"), "classics"),
    ("他经朋友介绍认识了她。", "经", (FIRST, "through"), "classics"),
    ("经研究决定，明天放假。", "经", (FIRST, "through"), "classics"),
    ("他出门时给我稍了一包茶叶。", "稍", (FIRST, "(= 捎)"), "somewhat"),
    ("请稍等一下。", "稍等", (FIRST, "to wait a moment"), None),
    ("十年间，这里变化很大。", "间", (FIRST, "within (a period of time)"), "between"),
    ("十年間，這裡變化很大。", "間", (FIRST, "within (a period of time)"), "between"),
    ("他在第三旅当兵。", "旅", (FIRST, "brigade"), "trip"),
    ("敌人的一个旅被我军包围了。", "旅", (FIRST, "brigade"), "trip"),
    ("第三旅今天出发了。", "旅", (FIRST, "brigade"), "trip"),
    ("这个旅的士兵都很年轻。", "旅", (FIRST, "brigade"), "trip"),
    ("网上活跃着很多年轻作者。", "活跃", (FIRST, "to be active"), "enliven"),
    ("網上活躍著很多年輕作者。", "活躍", (FIRST, "to be active"), "enliven"),
    ("她没有进正室，只在厢房里坐着。", "正室", (FIRST, "main room"), "wife"),
    ("她没有进正室，只在厢房里坐着。", "进", (FIRST, "to go"), "into"),
    ("那天她不在这正室。", "正室", (FIRST, "main room"), "wife"),
    ("他在一家生产手机的公司工作。", "一家", (FIRST, "classifier for families or businesses"), "whole family"),
    ("他在一家生產手機的公司工作。", "一家", (FIRST, "classifier for families or businesses"), "whole family"),
    ("我们一家搬到了南方的城市。", "一家", (FIRST, "the whole family"), "classifier"),
    ("有一种是从云南来的。", "一种", (FIRST, "one kind of"), "classifier"),
    ("他买了一包茶叶。", "包", (FIRST, "package"), "to cover"),
    ("他買了一包茶葉。", "包", (FIRST, "package"), "to cover"),
    # session 17, the second draw's kinds
    ("这条路不太长。", "长", (FIRST, "long"), "length"),
    ("這條路不太長。", "長", (FIRST, "long"), "length"),
    ("他的头发长了。", "长", (EITHER, "to grow"), "long"),  # zhǎng 'to grow' or nothing (the reading may be cháng)
    ("我们等了半天，他才来。", "半天", (FIRST, "a long time"), "half of the day"),
    ("我們等了半天，他才來。", "半天", (FIRST, "a long time"), "half of the day"),
    ("这个菜做起来很简单。", "起来", (FIRST, "(V起来 + a comment)"), None),
    ("他站起来走了。", "起来", (FIRST, "(after a verb) up"), "comment"),
    ("大家要讲卫生。", "讲", (FIRST, "to stress"), "to speak"),
    ("大家要講衛生。", "講", (FIRST, "to stress"), "to speak"),
    ("世卫组织发布了报告。", "组织", (FIRST, "organization"), "to organize"),
    ("学校组织学生参观。", "组织", (FIRST, "to organize"), None),
    ("王大姑娘来了。", "大", (FIRST, "eldest"), "big"),
    ("他终于从痛苦中解脱出来。", "解脱", (FIRST, "to free"), "untie"),
    # session 17, the third draw's kinds
    ("他不上炕。", "上", (FIRST, "to climb; to get onto"), "above"),
    ("她没上那辆车。", "上", (FIRST, "to climb; to get onto"), "(after a verb)"),
    ("公司视质量为生命。", "视", (FIRST, "(视…为) to regard as"), "to look at"),
    ("公司視質量為生命。", "視", (FIRST, "(视…为) to regard as"), "to look at"),
    ("老师引我们进了教室。", "引", (FIRST, "to lead"), "bow"),
    # session 16: a vehicle after 坐, 钱 'money' first, 盘 counting games, a verb-object word split by a count
    ("我们坐火车去上海。", "坐", (FIRST, "to take"), None),
    ("我們坐火車去上海。", "坐", (FIRST, "to take"), None),
    ("他每天坐地铁上班。", "坐", (FIRST, "to take"), None),
    ("这本书花了我三十块钱。", "钱", (FIRST, "money"), None),
    ("她又赢了一盘。", "盘", (FIRST, "classifier for games"), None),
    ("她又贏了一盤。", "盤", (FIRST, "classifier for games"), None),
    ("学生们每天上午上三节课。", "上", (FIRST, "to go to class"), "above"),
    ("運動以後他洗了個澡。", "洗", (FIRST, "to bathe"), None),
    ("我们开了两次会。", "开", (FIRST, "to hold a meeting"), None),
    ("此事当慎之也。", "之", (FIRST, "(literary: after a verb) him"), "of"),
    ("学而时习之。", "之", (FIRST, "(literary: after a verb) him"), "of"),
    ("我们再等几日吧。", "日", (FIRST, "day"), "sun"),
    ("这本书只有三十页。", "只有", (FIRST, "only; just"), "only if"),
    ("只有努力才能成功。", "只有", (FIRST, "only if"), None),
    ("大家都在热烈地讨论。", "在", (FIRST, "(before a verb"), None),
    ("请把这些书带回去。", "带", (FIRST, "to take along"), "to wear"),
    ("請把這些書帶回去。", "帶", (FIRST, "to take along"), "to wear"),
    ("你千万要小心。", "千万", (FIRST, "by all means"), "ten million"),
    # session 16, readings the model got wrong, and with them the gloss: 少 shǎo (not 'young'), 给 gěi (not 'to supply')
    ("今年的雨比往年少。", "少", (FIRST, "few"), "young"),
    ("他把菜端给她。", "给", (FIRST, "for; to"), "supply"),
    ("他应了一声就走了。", "一声", (FIRST, "(after a verb) a cry"), "tone"),
    ("在产品加工上，工厂投入很大。", "上", (FIRST, "on; in"), "onto"),
    ("他爬上山顶。", "上", (FIRST, "(after a verb) up"), None),
    ("后来打折了腿。", "打折", (EITHER, "break"), "discount"),
    ("後來打折了腿。", "打折", (EITHER, "break"), "discount"),
    ("外香微脆的炸豆腐。", "炸", (EITHER, "deep-fry"), "explode"),
    ("外香微脆的炸豆腐。", "豆腐", "tofu", None),
    ("做法是先把鸡蛋打好，再切西红柿。", "切", "to cut", "grind"),  # pypinyin reads a lone 切 qiè
    ("做法是先把雞蛋打好，再切西紅柿。", "切", "to cut", "grind"),
    ("听人家背地里谈论。", "人家", (EITHER, "other people"), "household"),
    ("聽人家背地裡談論。", "人家", (EITHER, "other people"), "household"),
    ("这户人家很穷。", "人家", (EITHER, "household"), "other people"),
    ("只把她当做妹妹。", "把", "marks the object", "urinate"),
    ("只把她當做妹妹。", "把", "marks the object", "urinate"),
    ("这把椅子坏了。", "把", "classifier", "marks the object"),
    ("被她的美貌所深深吸引。", "所", "passive", "houses"),
    ("被她的美貌所深深吸引。", "被", "passive", "quilt"),
    ("三所学校都很好。", "所", "classifier for houses", "passive"),
    ("冬天也须穿上棉袄。", "须", "must", "beard"),
    ("冬天也須穿上棉襖。", "須", "must", "beard"),
    pytest.param("丧礼时尚左还是尚右？", "尚", "esteem", "still", marks=pytest.mark.xfail(
        strict=True, reason="jieba cuts 时尚/左 (尚左 is in no dictionary): 时尚 'fashion' is still shown")),
    ("尚左还是尚右？", "尚", "esteem", "still"),
    ("四文铜钱。", "四文", "classifier for coins", "language"),
    ("四文銅錢。", "四文", "classifier for coins", "language"),
    ("若其中一方不同意，就不能签。", "若", "if", "seem"),
    ("若其中一方不同意，就不能签。", "一方", "side", "classifier"),
    ("故風速最大。", "故", "therefore", "reason"),
    ("故风速最大。", "故", "therefore", "reason"),
    ("即為冠軍。", "即", "namely", "approach"),
    ("即为冠军。", "即", "namely", "approach"),
    ("你去做点事罢。", "罢", (EITHER, "particle"), "to stop"),
    ("他说罢就走了。", "罢", "finish", None),
    ("他姓孔。", "孔", "surname Kong", "hole"),
    ("墙上有个孔。", "孔", "hole", "surname"),
    ("墙上有孔。", "孔", "hole", "classifier"),
    ("他在咸亨酒店里当伙计。", "伙计", "shop assistant", "partner"),
    ("讓家有六歲寶寶的家長隨時上網。", "家長", "parent or guardian", None),  # session-13 review: not 'head of a household'
    ("这种工艺流程不仅效率高。", "流程", (FIRST, "sequence of processes"), None),  # not 'course; stream'
    ("我们好容易才找到他。", "好容易", "with great difficulty", "so easy"),  # never its literal opposite
    ("这种病是慢性的。", "慢性", (FIRST, "chronic"), None),
    ("急命宝玉脱去孝服，领他前来。", "前来", "to come", "before"),
    ("急命寶玉脫去孝服，領他前來。", "前來", "to come", "before"),
    ("他在咸亨酒店裡當夥計。", "夥計", "shop assistant", "partner"),
    ("他在咸亨酒店里当伙计。", "当", "work as", "withstand"),
    ("院子里开满了菊花。", "菊花", "chrysanthemum", "anus"),
    ("院子裡開滿了菊花。", "菊花", "chrysanthemum", "anus"),
    ("本場比賽的總局數為十三。", "總局", None, None),  # 總/局數: no 'head office'
    ("我们走吧。", "吧", "particle", None),
    ("他跑得很快。", "得", "complement", None),
    ("他慢慢地走。", "地", (EITHER, "-ly"), "earth"),
    ("门开着。", "着", (EITHER, "ongoing"), None),
    ("一家咖啡店。", "一家", "classifier for families or businesses", "whole family"),
    ("我们一家都去。", "一家", "family", "classifier"),
    ("倒还是舍着我这付老脸去碰一碰。", "一", "a little", None),  # V一V
    ("當彗星靠近太陽後，彗尾變長。", "當", "when", "work as"),
    ("当彗星靠近太阳后，彗尾变长。", "当", "when", "work as"),
    ("小穆便下了决心。", "下", "decision", "under"),
    ("高原地型使肯亞氣候相當舒服。", "地", ("", "ground"), "-ly"),  # 地型 cut as 地/型: the noun 地 (dì, read so since issue 11 readings), not de
    ("年平均溫度在攝氏三十一度左右。", "左右", "approximately", "left and right"),
    ("父亲交过一件事，我们极好的。", "的", "affirms", "modifier"),
    ("祭罢天地，复宰牛设酒。", "复", "again", "to go and return"),
    ("以致天下人心思乱。", "下人", None, None),  # 天/下人/心: 天下 and 人心 torn apart
    ("经济的发展很快。", "发展", "development", None),
    ("武田信玄是日本的大名。", "武田信玄", None, None),  # a name, whole, and no word to gloss
    ("人老了格外看重自己的生日。", "老", "old", "prefix"),
    ("由于太阳辐射的“加热”，彗核变热。", "的", "modifier", "affirms"),  # a quote mark ends no clause
    ("将地面扫干净。", "将", "marks the object", "will"),
    ("他将去北京。", "将", "will", "marks the object"),
    ("几颗恒星相媲美。", "相", (EITHER, "each other"), "appraise"),
    ("一般企业的局域网。", "一般", "ordinary", "same"),
    ("信息被分解成一个个的信息包，这就有可能。", "包", "packet", "wrap"),
    ("建築師順著這塊詭異的長條基地。", "基地", "base", "al-Qaeda"),
    ("听了唐排长的介绍。", "唐", "surname Tang", "exaggerate"),
    ("与乡村小路有着截然不同的要求一样。", "要求", "requirement", "to request"),  # a verb after 的
    ("这就有可能会在传递过程中有信息包遗失。", "在", "at; in", "…ing"),
    ("他在吃饭。", "在", "…ing", None),
    ("这彗星绕太阳运动的周期为3000余年。", "为", "to be", "passive"),
    ("当20世纪即将到来时，世界已经变了。", "时", "when", "o'clock"),
    ("帝惊倒，左右急救入宫。", "左右", "attendants", "approximately"),
    ("使人有一种超脱的升天感。", "感", "a sense of", "to move"),
    ("我们去机场。", "机场", "airport", "Shadowsocks"),  # CC-CEDICT's (slang) label
    ("他是我的家人。", "家人", "family member", "servant"),  # (old)
    ("我家有一只猫。", "猫", "cat", "hide"),  # (dialect)
    ("我坐出租车去。", "出租车", "taxi", "rental car"),  # (Tw)
    ("她是个好小姐。", "小姐", "miss", "prostitute"),
    ("同志们好。", "同志", "comrade", "homosexual"),
    ("他买了一只鸡。", "鸡", "chicken", "prostitute"),
    # a measure word after a number: its unit sense (CC-CEDICT writes 'meter (classifier)'), and the main
    # entry of a reading before a lesser one (年 'year', not the entry 'grain; harvest (old)')
    ("海拔四千三百一十三米的哨所。", "米", "meter", "rice"),
    ("成立至今已兩年。", "年", (FIRST, "year"), None),
    ("建宁四年二月，洛阳地震。", "年", (FIRST, "year"), None),
    # a rare character jieba knows as no word is a piece of a name (深水埗, 蔡瑁), never glossed
    ("深水埗區議員指深水埗蚊患嚴重。", "埗", None, None),
    ("瑁遂与张允同至樊城。", "瑁", None, None),
    ("懿叹曰：“吾不如也！”", "曰", "to say", None),  # listed (HSK 7-9): kept
    # a numeral word cut out of a longer number (三十/一度 is 三十一 + 度): no 'for a time'
    ("年平均溫度在攝氏三十一度左右。", "一度", None, None),
    # session 10: the strict review's wrong first senses (context_senses.tsv), in both scripts
    ("她憋着一股气。", "气", (FIRST, "breath"), "gas"),
    ("她憋著一股氣。", "氣", (FIRST, "breath"), "gas"),
    ("别气我了。", "气", (FIRST, "to make angry"), "gas"),
    ("道家讲究养「气」。", "气", (FIRST, "vital energy"), "gas"),  # near= counts words, not punctuation
    ("他问得这样幼稚。", "这样", (FIRST, "so"), "kind of"),
    ("我们应该这样做。", "这样", (FIRST, "this way"), "kind of"),
    ("降息刺激了消费。", "刺激", (FIRST, "to stimulate"), "irritate"),
    ("这件事刺激了他。", "刺激", (FIRST, "to provoke"), "stimulate"),
    ("工人发动了革命。", "革命", (FIRST, "revolution"), "mandate"),  # CC-CEDICT's '(original meaning)' is unwanted
    ("他气得说不出话。", "气", (FIRST, "to make angry"), "gas"),
    ("你别委曲，我明天请你。", "委曲", (FIRST, "(= 委屈) to feel wronged"), "sinuous"),
    ("你別委曲，我明天請你。", "委曲", (FIRST, "(= 委屈) to feel wronged"), "sinuous"),
    ("一条委曲的小路。", "委曲", (FIRST, "winding"), "wronged"),
    ("于是两人见过，辞了贾母。", "辞", (FIRST, "to take leave of"), "resign"),
    ("於是兩人見過，辭了賈母。", "辭", (FIRST, "to take leave of"), "resign"),
    ("他辞别母亲。", "辞别", "to bid farewell", None),
    ("酒店前台服务态度一般。", "前台", (FIRST, "front desk"), "stage"),
    ("酒店前檯服務態度一般。", "前檯", (FIRST, "front desk"), "stage"),
    ("他走上了政治前台。", "前台", (FIRST, "the stage"), "desk"),
    ("价格便宜，能买到这个配置很值。", "配置", (FIRST, "configuration"), "deploy"),
    ("我喜欢这个配置。", "配置", (FIRST, "configuration"), "deploy"),  # after a demonstrative + classifier
    ("这台电脑配置很高。", "配置", (FIRST, "configuration"), "deploy"),
    ("打印机的驱动要安装。", "驱动", (FIRST, "device driver"), "propel"),
    ("代表团毫不气馁。", "毫不", (FIRST, "not at all"), "hardly"),
    ("代表團毫不氣餒。", "毫不", (FIRST, "not at all"), "hardly"),
    ("这块地很肥。", "地", (FIRST, "(as a noun) ground"), "-ly"),
    # cut artefacts of the review glossed as words: kept whole (quizgen.analysis.phrases), never 'lion', 'receivable'
    ("老板却獅子大開口。", "獅子大開口", None, None),
    ("要做到应收尽收。", "应收尽收", None, None),
    ("网页负责人李新生说。", "新生", None, None),  # a given name after a role: no 'new student'
    ("他是新生。", "新生", "new", None),
    ("驱动上官网下载。", "官网", "official website", None),
    ("驱动上官网下载。", "驱动", (FIRST, "device driver"), "propel"),
    ("他一度很忙。", "一度", "for a time", None),
    ("拿着漱盂麈尾巾帕之物。", "麈", None, None),  # jieba's g: a morpheme, no word (麈尾 cut apart)
    # function words by their tag and neighbours
    ("他同我一起去北京。", "同", "with", "same"),
    ("你在家么？", "么", "question particle", "suffix"),
    ("一股悲伤涌上心头。", "上", "up", "above"),  # a localiser after a verb is its complement
    ("桌子上有书。", "上", "on", "up"),
    ("他就像一个孩子。", "就", (FIRST, "just"), None),
    ("吃完饭他就走了。", "就", (FIRST, "then"), None),
    ("凤姐笑道：“你来了。”", "道", "to say", "road"),  # 道 ending its clause before a quotation
    ("我写了两道题。", "道", "classifier", "to say"),
    ("他正在吃饭。", "正在", (FIRST, "(marks an action in progress)"), None),
    # CC-CEDICT lists these with and without a neutral tone; pypinyin writes none: the everyday word's entry
    ("他告诉我一件事。", "告诉", "to tell", "press charges"),
    ("他給我講了一個故事。", "故事", "story", "old practice"),
    ("他的妻子是老师。", "妻子", "wife", "children"),
    # session 6 hand check (issue 11): the part of speech the neighbours show, CC-CEDICT's domain labels,
    # an A-not-A question cut in two, and curated senses judged in context
    ("拿回家以後拍了照。", "照", (FIRST, "photo"), "according to"),  # a noun: no preposition's sense
    ("拿回家以后拍了照。", "照", (FIRST, "photo"), "according to"),
    ("聖經說這是「違反自然」。", "自然", (FIRST, "nature"), "naturally"),  # an "adverb" ending its clause
    ("圣经说这是“违反自然”。", "自然", (FIRST, "nature"), "naturally"),
    ("政府机关的工作受到制约。", "制约", (FIRST, "to restrict"), "condition"),  # after a light verb
    ("政府機關的工作受到制約。", "制約", (FIRST, "to restrict"), "condition"),
    ("将来资金会流向欧美。", "流向", (FIRST, "to flow toward"), "direction"),  # a modal and its object
    ("將來資金會流向歐美。", "流向", (FIRST, "to flow toward"), "direction"),
    ("政府机关的工作受到制约。", "机关", (FIRST, "office"), "mechanism"),
    ("政府機關的工作受到制約。", "機關", (FIRST, "office"), "mechanism"),
    ("这是生产的一个重要环节。", "环节", (FIRST, "a part of an integrated whole"), "worm"),  # (zoology)
    ("這是生產的一個重要環節。", "環節", (FIRST, "a part of an integrated whole"), "worm"),
    ("就海合会的新世纪前景，记者请教老者。", "新", (FIRST, "new"), "chemistry"),
    ("大家加油！", "加油", (FIRST, "to make an extra effort"), "refuel"),
    ("你們要加油。", "加油", (FIRST, "to make an extra effort"), "refuel"),
    ("他给汽车加油。", "加油", (FIRST, "to refuel"), "cheer"),
    ("他給汽車加油。", "加油", (FIRST, "to refuel"), "cheer"),
    ("两部影片已分别赚取300万及100万美元。", "分别", (FIRST, "respectively"), "differently"),
    ("兩部影片已分別賺取300萬及100萬美元。", "分別", (FIRST, "respectively"), "differently"),
    ("这算不算问题？", "不算", None, None),  # half of 算不算: no 'to not count'
    ("這算不算問題？", "不算", None, None),
    ("这不算问题。", "不算", "to not count", None),
    ("刘备带领百姓，日行止十数里。", "日", (FIRST, "(before a verb) per day"), "sun"),
    ("劉備帶領百姓，日行止十數里。", "日", (FIRST, "(before a verb) per day"), "sun"),
    ("不知道作者到底想说什么。", "想", (FIRST, "to want to"), "to think"),
    ("不知道作者到底想說什麼。", "想", (FIRST, "to want to"), "to think"),
    ("完成重建才刚满三年。", "满", (FIRST, "to reach"), "packed"),
    ("完成重建才剛滿三年。", "滿", (FIRST, "to reach"), "packed"),
    ("他们在地下高桌上坐着。", "地下", None, None),  # dìxia 'on the floor': never 'underground'
    ("他們在地下高桌上坐著。", "地下", None, None),
    ("这条河在地下流了很远。", "地下", "underground", None),
    ("今年也同样如此。", "同样", (FIRST, "likewise"), None),
    ("今年也同樣如此。", "同樣", (FIRST, "likewise"), None),
    ("诸将都来了。", "将", (FIRST, "general"), "will"),  # jiàng after 诸/众, not the future marker
    ("諸將都來了。", "將", (FIRST, "general"), "will"),
    ("大众将被通知。", "将", "will", "general"),
    ("那姑娘大不过十六七岁。", "不过", (FIRST, "only"), "but"),  # before an amount: no more than
    ("那姑娘大不過十六七歲。", "不過", (FIRST, "only"), "but"),
    ("不过他没有来。", "不过", (FIRST, "but"), None),
    ("你白说了。", "白", (FIRST, "in vain"), "white"),  # before a verb: to no avail
    ("他白等了一天。", "白", (FIRST, "in vain"), "white"),
    ("这张纸很白。", "白", "white", "in vain"),
    ("他端来一道菜。", "一道", (FIRST, "one (classifier"), "together"),  # 一 + the classifier 道
    ("我们一道去吧。", "一道", (FIRST, "together"), "classifier"),
    ("一道闪电划过天空。", "一道", (FIRST, "one (classifier"), "together"),  # CC-CEDICT: 闪电 CL:道
    ("我们一道回家。", "一道", (FIRST, "together"), "classifier"),
    ("他和我一道工作。", "一道", (FIRST, "together"), "classifier"),
    ("文到之日１０天后，发现问题。", "之", (FIRST, "(literary: links a modifier"), "him"),  # 之日: of, not an object
    ("总之，我们要努力。", "总之", (FIRST, "in short"), None),
    ("疫情尽管缓慢，但总还是在向好转。", "总", (FIRST, "always; after all"), "general"),
    ("由是感激，遂许先帝以驱驰。", "是", (FIRST, "(literary: 由是)"), None),  # not 'to be'
    ("这个决定由他来做。", "由", (FIRST, "by"), None),
    ("大家都要查体温。", "要", (FIRST, "(before a verb) need to, should"), None),  # modal, not only 'to want'
    ("我要一杯茶。", "要", (FIRST, "to want"), None),
    ("当前，应围绕增加农民收入。", "应", (FIRST, "should"), "to agree"),
    ("較多的學者認為。", "較", (FIRST, "(before an adjective) relatively"), "to compare"),
    ("经过几十年的持续发展。", "持续", (FIRST, "to continue"), "preservation"),  # vd after 的: still the verb
    ("创造性地开展工作。", "创造性", (FIRST, "creativ"), None),  # 创造性 + 地, not 性地 'innate quality'
    ("10天后他来了。", "后", (FIRST, "after"), "Tin Hau"),  # 10 + 天 + 后: no token 天后 'Tin Hau'
    ("１０天後他來了。", "後", (FIRST, "after"), "Tin Hau"),
    # session 9 (issue 11): words before glosses, and senses by neighbours
    ("所有人都来了。", "所有", (FIRST, "all"), None),  # 所有 + 人, not 所 'particle' + 有人
    ("所有人都來了。", "所有", (FIRST, "all"), None),
    ("我所知道的。", "所", "particle", None),  # 所 + verb: still the particle
    ("在一定量下，反应很快。", "一定", (FIRST, "a certain"), "one"),  # 一定 + 量, not 一 'one' + 定量
    ("在一定量下，反應很快。", "一定", (FIRST, "a certain"), "one"),
    ("在一定量下，反应很快。", "量", "quantity", "to estimate"),
    ("瑪雅說她明天會來。", "瑪雅", None, None),  # a person who speaks: no 'Maya (civilization)'
    ("玛雅说她明天会来。", "玛雅", None, None),
    ("玛雅文明很古老。", "玛雅", "Maya", None),
    ("这件事要落实。", "落实", (FIRST, "to implement"), "practical"),  # jieba's a after a modal: a verb
    ("這件事要落實。", "落實", (FIRST, "to implement"), "practical"),
    ("我们要把政策落实到基层。", "落实", (FIRST, "to implement"), "practical"),
    ("我們要把政策落實到基層。", "落實", (FIRST, "to implement"), "practical"),
    ("米高積遜是美國歌手。", "米高積遜", None, None),  # a transliterated name, whole: no 'rice'
    ("米高积逊是美国歌手。", "米高积逊", None, None),
    ("举宠以为督。", "以为", (FIRST, "(literary 以…为)"), "to think"),  # 以(之)为 + a last noun
    ("舉寵以為督。", "以為", (FIRST, "(literary 以…为)"), "to think"),
    ("我以为他走了。", "以为", (FIRST, "to think"), "literary"),
    ("侵其境土，杀其人民。", "土", None, None),  # 侵其境/土 cuts 境土 'territory': no 'earth'
    ("侵其境土，殺其人民。", "土", None, None),
    ("他做出了决定。", "做出", (FIRST, "to make"), "put out"),
    ("他做出了決定。", "做出", (FIRST, "to make"), "put out"),
    ("他们要好好学习。", "好好", (FIRST, "carefully"), None),  # 要/好好/学习 is no torn 要好 + 好学
    ("他們要好好學習。", "好好", (FIRST, "carefully"), None),
    ("我认为这是给了她另一选择。", "给", (FIRST, "to give"), "for; to"),  # 给了: the verb
    ("我認為這是給了她另一選擇。", "給", (FIRST, "to give"), "for; to"),
    ("成员单位间可调剂使用。", "单位", (FIRST, "unit; organization"), None),
    ("成員單位間可調劑使用。", "單位", (FIRST, "unit; organization"), None),
    ("急命宝玉脱去孝服。", "去", (FIRST, "(after a verb) away"), "to go"),
    ("急命寶玉脫去孝服。", "去", (FIRST, "(after a verb) away"), "to go"),
    ("以开放的大国姿态发挥作用。", "以", (FIRST, "with"), "in order to"),  # 以 + verb + 的: a noun phrase
    ("以開放的大國姿態發揮作用。", "以", (FIRST, "with"), "in order to"),
    ("以提高效率。", "以", (FIRST, "in order to"), None),
    ("美国进行了独立战争。", "进行", (FIRST, "to carry out"), "to advance"),
    ("美國進行了獨立戰爭。", "進行", (FIRST, "to carry out"), "to advance"),
    ("三峡工程要有多大的投资？", "工程", (FIRST, "project"), None),
    ("三峽工程要有多大的投資？", "工程", (FIRST, "project"), None),
    ("实在可以想见得到。", "得到", (FIRST, "(after a verb"), "to obtain"),
    ("實在可以想見得到。", "得到", (FIRST, "(after a verb"), "to obtain"),
    ("他得到了奖学金。", "得到", (FIRST, "to get"), "after a verb"),
    ("甘宁从寨之南门杀出，无人敢当。", "无人", (FIRST, "no one"), "unmanned"),
    ("甘寧從寨之南門殺出，無人敢當。", "無人", (FIRST, "no one"), "unmanned"),
    ("全县共拍卖小型水利工程１９３６处。", "共", (FIRST, "altogether"), None),
    ("全縣共拍賣小型水利工程１９３６處。", "共", (FIRST, "altogether"), None),
    ("一面说，一面用手去掸。", "去", (FIRST, "(before a verb) to go and"), None),
    ("一面說，一面用手去撣。", "去", (FIRST, "(before a verb) to go and"), None),
    ("一面说，一面用手去掸。", "一面", (FIRST, "(一面…一面…) while"), "one side"),
    ("一面說，一面用手去撣。", "一面", (FIRST, "(一面…一面…) while"), "one side"),
    ("黏土一颗颗塞进我的耳朵。", "塞", "to stuff", None),  # 塞进 is no name (jieba's dictionary tags it nr)
    ("黏土一顆顆塞進我的耳朵。", "塞", "to stuff", None),
    # session 12 (issue 11, held-out hand check): the part of speech the frame shows, adverb senses first, a
    # question mark for 几, a name piece, and curated senses
    ("他在会上讲话。", "会", (FIRST, "meeting"), "can"),  # 在 + 会 + 上: the noun of the frame
    ("他在會上講話。", "會", (FIRST, "meeting"), "can"),
    ("他在会上讲话。", "上", (FIRST, "on"), "after a verb"),  # 会 is no verb before the localiser either
    ("他在會上講話。", "上", (FIRST, "on"), "after a verb"),
    ("要督促、检查有关机构。", "检查", (FIRST, "to examine"), "inspection"),  # listed after a verb
    ("要督促、檢查有關機構。", "檢查", (FIRST, "to examine"), "inspection"),
    ("我看了几遍。", "几", (FIRST, "a few"), None),
    ("我看了幾遍。", "幾", (FIRST, "a few"), None),
    ("你看了几遍？", "几", (FIRST, "how many"), None),
    ("你看了幾遍？", "幾", (FIRST, "how many"), None),
    ("一时探春便先有了。", "先", (FIRST, "first"), None),
    ("一時探春便先有了。", "先", (FIRST, "first"), None),
    ("他们纷纷离开了。", "纷纷", (FIRST, "one after another"), "continuously"),
    ("他們紛紛離開了。", "紛紛", (FIRST, "one after another"), "continuously"),
    ("三峡截流一举成功。", "一举", (FIRST, "in one move"), "a move"),
    ("三峽截流一舉成功。", "一舉", (FIRST, "in one move"), "a move"),
    ("奶奶惯会说这话。", "惯", (FIRST, "accustomed to"), None),  # 'accustomed to' is a verb's sense too
    ("奶奶慣會說這話。", "慣", (FIRST, "accustomed to"), None),
    ("听到碧咸的大胆告白。", "碧", None, None),  # 碧咸 (Beckham) cut: no 'green jade'
    ("聽到碧咸的大膽告白。", "碧", None, None),
    ("还有一个新增确诊。", "一个", (FIRST, "one; a"), "classifier used"),
    ("還有一個新增確診。", "一個", (FIRST, "one; a"), "classifier used"),
    ("奶奶来了。", "奶奶", (FIRST, "grandma"), "boob"),
    ("奶奶來了。", "奶奶", (FIRST, "grandma"), "breasts"),
    ("省委进行了部署。", "部署", (FIRST, "to deploy"), "dispose"),
    ("省委進行了部署。", "部署", (FIRST, "to deploy"), "dispose"),
    ("帖子传得沸沸扬扬。", "沸沸扬扬", (FIRST, "abuzz"), None),
    ("帖子傳得沸沸揚揚。", "沸沸揚揚", (FIRST, "abuzz"), None),
    ("入住之后感觉还不错。", "不错", (FIRST, "not bad"), None),
    ("入住之後感覺還不錯。", "不錯", (FIRST, "not bad"), None),
    ("不错，就是他。", "不错", (FIRST, "right"), None),
    ("不錯，就是他。", "不錯", (FIRST, "right"), None),
    ("他把这事说与我听了。", "与", (FIRST, "(literary: after a verb of saying or giving) to"), None),
    ("他把這事說與我聽了。", "與", (FIRST, "(literary: after a verb of saying or giving) to"), None),
    ("我们要加强与他们的合作。", "与", (FIRST, "and; with"), None),
    # issue 11's examples in Traditional where only the Simplified form was tested
    ("這把椅子壞了。", "把", "classifier", "marks the object"),
    ("三所學校都很好。", "所", "classifier for houses", "passive"),
    ("若其中一方不同意，就不能簽。", "若", "if", "seem"),
    ("你去做點事罷。", "罷", (EITHER, "particle"), "to stop"),
    ("他說罷就走了。", "罷", "finish", None),
    ("牆上有個孔。", "孔", "hole", "surname"),
    ("外香微脆的炸豆腐。", "豆腐", "tofu", None),
    ("做法是先把鸡蛋打好，再切西红柿。", "切", "to cut", "grind"),  # pypinyin reads a lone 切 qiè
    ("做法是先把雞蛋打好，再切西紅柿。", "切", "to cut", "grind"),
    ("這戶人家很窮。", "人家", (EITHER, "household"), "other people"),
    ("尚左還是尚右？", "尚", "esteem", "still"),
    ("他買了一隻雞。", "雞", "chicken", "prostitute"),
    ("同志們好。", "同志", "comrade", "homosexual"),
    ("他的住所位于巴以单独控制区的交界处。", "巴", None, None),  # a place's one character: Palestine, not 'to cling'
    ("他的住所位於巴以單獨控制區的交界處。", "巴", None, None),
    ("后来科技发达，生活质量提高。", "发达", (FIRST, "well-developed"), None),  # a verb closing its clause
    ("後來科技發達，生活質量提高。", "發達", (FIRST, "well-developed"), None),
    ("他很忙。", "忙", (FIRST, "busy"), None),
    ("他們都很忙。", "忙", (FIRST, "busy"), None),
    ("他们忙着准备。", "忙", (FIRST, "to hurry"), None),
    ("各金融机构在实际办证工作中。", "工作", (FIRST, "job; work"), None),  # a verbal noun heading a noun phrase
    ("各金融機構在實際辦證工作中。", "工作", (FIRST, "job; work"), None),
    ("使中央银行监管工作有据可依。", "工作", (FIRST, "job; work"), None),
    ("使中央銀行監管工作有據可依。", "工作", (FIRST, "job; work"), None),
    ("刘姥姥一进荣国府。", "一进", None, "classifier"),  # 一 + the verb 进, no classifier
    ("劉姥姥一進榮國府。", "一進", None, "classifier"),
    ("将皮褂子拿出来，与了袭人。", "与", (FIRST, "(literary) to give"), None),
    ("將皮褂子拿出來，與了襲人。", "與", (FIRST, "(literary) to give"), None),
    ("任何商业银行与非银行金融机构之间。", "非", (FIRST, "non-"), None),
    ("任何商業銀行與非銀行金融機構之間。", "非", (FIRST, "non-"), None),
    ("凤姐儿又命平儿把包袱拿出来。", "命", (FIRST, "to order"), "assign a name"),
    ("鳳姐兒又命平兒把包袱拿出來。", "命", (FIRST, "to order"), "assign a name"),
    ("这是他的命。", "命", (FIRST, "life"), None),
    ("葡萄牙队士气高昂。", "高昂", (FIRST, "high (spirits)"), "hold"),
    ("葡萄牙隊士氣高昂。", "高昂", (FIRST, "high (spirits)"), "hold"),
    ("价格高昂。", "高昂", (FIRST, "expensive"), "hold"),
    ("并通过了技术审查。", "审查", (FIRST, "to examine"), "censorship"),  # its noun sense is not among the first
    ("並通過了技術審查。", "審查", (FIRST, "to examine"), "censorship"),
    ("他们检查、批准了计划。", "检查", (FIRST, "to examine"), "inspection"),  # listed before a verb
    ("他們檢查、批准了計劃。", "檢查", (FIRST, "to examine"), "inspection"),
    ("更多自媒体，也早就在默默地记录。", "记录", (FIRST, "to record"), None),  # after 地: a verb
    ("更多自媒體，也早就在默默地記錄。", "記錄", (FIRST, "to record"), None),
    ("他打破了记录。", "记录", (FIRST, "record"), None),
    ("按银发２４０号文件执行。", "号", (FIRST, "number (No."), "number of people"),  # a row before the classifier
    ("按銀發２４０號文件執行。", "號", (FIRST, "number (No."), "number of people"),
    ("万人迷再爆桃色丑闻", "桃色", (FIRST, "illicit love"), None),
    ("萬人迷再爆桃色醜聞", "桃色", (FIRST, "illicit love"), None),
    ("是蒲公英引进的旺盛气流。", "引进", (FIRST, "to introduce"), "recommend"),
    ("是蒲公英引進的旺盛氣流。", "引進", (FIRST, "to introduce"), "recommend"),
    ("却很难住进医院。", "进", (FIRST, "(after a verb) into"), "go forward"),
    ("卻很難住進醫院。", "進", (FIRST, "(after a verb) into"), "go forward"),
    ("把众人打扮体统了。", "打扮", (FIRST, "to dress up"), None),
    ("把眾人打扮體統了。", "打扮", (FIRST, "to dress up"), None),
    ("生活中已经有过不少这样的教训。", "教训", (FIRST, "a lesson"), "talking-to"),
    ("生活中已經有過不少這樣的教訓。", "教訓", (FIRST, "a lesson"), "talking-to"),
    ("经过院校培训。", "培训", (FIRST, "to train"), "cultivate"),
    ("經過院校培訓。", "培訓", (FIRST, "to train"), "cultivate"),
    ("他希望委员们充分认识西藏工作。", "充分", (FIRST, "fully"), None),  # ad: an adjective as an adverb
    ("他希望委員們充分認識西藏工作。", "充分", (FIRST, "fully"), None),
    ("我家需要做一场比较彻底的卫生。", "彻底", (FIRST, "thorough;"), None),  # ad before 的: the adjective
    ("我家需要做一場比較徹底的衛生。", "徹底", (FIRST, "thorough;"), None),
    ("服務水準已完全恢復。", "完全", (FIRST, "totally"), None),
    ("找来认真读了一遍。", "认真", (FIRST, "conscientious"), "take seriously"),
    ("許多人連自來水都不敢飲。", "都", (FIRST, "(连…都) even"), None),  # 连…都
    ("许多人连自来水都不敢饮。", "都", (FIRST, "(连…都) even"), None),
    ("大家都来了。", "都", (FIRST, "all"), None),
    ("太太就只给了这灰鼠的。", "就", (FIRST, "just; only"), None),
    ("太太就只給了這灰鼠的。", "就", (FIRST, "just; only"), None),
    ("另一派叫“目的论”。", "叫", (FIRST, "to be called"), "shout"),
    ("另一派叫「目的論」。", "叫", (FIRST, "to be called"), "shout"),
    ("他叫我去。", "叫", (EITHER, "to"), "be called"),
    ("被指偷情決訴諸法律", "指", (FIRST, "(被指) to be alleged"), "finger"),
    ("被指偷情决诉诸法律", "指", (FIRST, "(被指) to be alleged"), "finger"),
    ("只有将贷款证的推行以法律的形式固定下来。", "固定", (FIRST, "to fix"), None),  # before 下来: a verb
    ("只有將貸款證的推行以法律的形式固定下來。", "固定", (FIRST, "to fix"), None),
    ("只有将贷款证的推行固定下来。", "贷款", (FIRST, "a loan"), "to provide"),  # after the object marker 将
    ("只有將貸款證的推行固定下來。", "貸款", (FIRST, "a loan"), "to provide"),
    ("不知道医院的主政领导怎么还能坐得住。", "领导", (FIRST, "leader"), None),
    ("不知道醫院的主政領導怎麼還能坐得住。", "領導", (FIRST, "leader"), None),
    ("他领导了这次运动。", "领导", (FIRST, "to lead"), "leader"),
    ("我没去。", "没", (FIRST, "(before a verb) not"), "not to have"),  # 没 + a verb
    ("我沒去。", "沒", (FIRST, "(before a verb) not"), "not to have"),
    ("他没有钱。", "没有", (FIRST, "not to have"), None),
    ("他没有来。", "没有", (FIRST, "(before a verb) not"), None),
    ("他沒有來。", "沒有", (FIRST, "(before a verb) not"), None),
    ("要让科技在农田里开花。", "让", (FIRST, "to let"), "yield"),
    ("要讓科技在農田裡開花。", "讓", (FIRST, "to let"), "yield"),
    ("你只管住下。", "下", (FIRST, "(after a verb) down"), "under"),
    ("桌子下有猫。", "下", (FIRST, "under"), None),
    ("对不执行有关要求的机构。", "有关", (FIRST, "related"), "to have sth"),
    ("對不執行有關要求的機構。", "有關", (FIRST, "related"), "to have sth"),
    ("这与他有关。", "有关", (FIRST, "to have sth"), None),
    ("她说正准备去买几个盒饭。", "几个", (FIRST, "a few"), "no specific classifier"),
    ("她說正準備去買幾個盒飯。", "幾個", (FIRST, "a few"), "no specific classifier"),
    # session 14: the senses open after session 13, and a strict draw from untuned text
    ("他们经过此地，宫车过往频。", "过往", (FIRST, "to come and go"), "in the past"),
    ("他們經過此地，宮車過往頻。", "過往", (FIRST, "to come and go"), "in the past"),
    ("过往的车辆很多。", "过往", (FIRST, "to come and go"), "in the past"),
    ("過往的車輛很多。", "過往", (FIRST, "to come and go"), "in the past"),
    ("他过往的经历很丰富。", "过往", (FIRST, "in the past"), None),
    ("你就安心养病吧。", "安心", (FIRST, "to keep one's mind on sth"), "relieved"),
    ("你就安心養病吧。", "安心", (FIRST, "to keep one's mind on sth"), "relieved"),
    ("又会为何？", "为何", None, None),  # 为 wéi + 何 'to be what': the token's reading wèi has no such sense
    ("又會為何？", "為何", None, None),
    ("这是为何？", "为何", "why", None),
    ("把两种颜色混合在一起。", "混合", (FIRST, "to mix"), None),
    ("把兩種顏色混合在一起。", "混合", (FIRST, "to mix"), None),
    ("政府规划兴建新的公路。", "规划", (FIRST, "to draw up a plan"), "plan; a"),
    ("政府規劃興建新的公路。", "規劃", (FIRST, "to draw up a plan"), "plan; a"),
    ("公司计划招聘新员工。", "计划", (FIRST, "to plan"), None),
    ("公司計劃招聘新員工。", "計劃", (FIRST, "to plan"), None),
    ("这个计划完成了。", "计划", (FIRST, "plan"), None),
    ("此时水分需求更少。", "水分", (FIRST, "moisture content"), "overstatement"),
    ("此時水分需求更少。", "水分", (FIRST, "moisture content"), "overstatement"),
    ("这些统计数据有水分。", "水分", (FIRST, "(fig.) overstatement"), None),
    ("可将花梗剪除、欣赏绿叶。", "剪除", (FIRST, "to cut off"), "exterminate"),
    ("可將花梗剪除、欣賞綠葉。", "剪除", (FIRST, "to cut off"), "exterminate"),
    ("发育状况可由身高、体重等指标反应作为判断依据。", "指标", (FIRST, "indicator"), "quota"),
    ("發育狀況可由身高、體重等指標反應作為判斷依據。", "指標", (FIRST, "indicator"), "quota"),
    ("发育状况可由身高、体重等指标反应作为判断依据。", "依据", (FIRST, "basis"), "according to"),
    ("發育狀況可由身高、體重等指標反應作為判斷依據。", "依據", (FIRST, "basis"), "according to"),
    ("依据法律处理。", "依据", (FIRST, "according to"), None),
    ("我们完成了生产指标。", "指标", (FIRST, "target"), None),
    ("我們完成了生產指標。", "指標", (FIRST, "target"), None),
    ("信辗转送到他手里。", "辗转", (FIRST, "from person to person"), "toss"),
    ("信輾轉送到他手裡。", "輾轉", (FIRST, "from person to person"), "toss"),
    ("他的诗很含蓄。", "含蓄", (FIRST, "(of words or writing) implicit"), None),
    ("VLCC的建造成功，圆了中国造船人的百年梦想。", "圆", (FIRST, "to fulfil"), "circle"),
    ("VLCC的建造成功，圓了中國造船人的百年夢想。", "圓", (FIRST, "to fulfil"), "circle"),
    ("军官履行法律赋予的神圣职责。", "神圣", (FIRST, "sacred"), "hallow"),
    ("軍官履行法律賦予的神聖職責。", "神聖", (FIRST, "sacred"), "hallow"),
    ("晚上八点整开会。", "整", (FIRST, "exactly"), "repair"),
    ("晚上八點整開會。", "整", (FIRST, "exactly"), "repair"),
    ("我们的假设很天真。", "假设", (FIRST, "hypothesis"), "if"),
    ("我們的假設很天真。", "假設", (FIRST, "hypothesis"), "if"),
    ("要么长着长着死了，要么就从此不开。", "长", (FIRST, "to grow"), "chief"),
    ("要麼長著長著死了，要麼就從此不開。", "長", (FIRST, "to grow"), "chief"),
    ("宝玉听了，喜的忙作下揖去。", "喜", (FIRST, "to be happy"), "fond"),
    ("寶玉聽了，喜的忙作下揖去。", "喜", (FIRST, "to be happy"), "fond"),
    ("其中，主持群的酬劳就相当惊人。", "主持", (FIRST, "to host"), None),
    ("其中，主持群的酬勞就相當驚人。", "主持", (FIRST, "to host"), None),
    ("唬的忙退出手来，问是怎么了。", "唬", (FIRST, "to scare"), "bluff"),
    ("宝玉唬了一跳，忙问。", "唬", (FIRST, "to scare"), "bluff"),
    ("你别唬人。", "别", (FIRST, "don't"), "to leave"),
    ("酒红色适合女生用，很好。", "用", (FIRST, "to use"), "outlay"),  # a preposition's tag closing a clause after a noun
    ("酒紅色適合女生用，很好。", "用", (FIRST, "to use"), "outlay"),
    ("哇，好冷！", "好", (FIRST, "(before an adjective, exclaiming) so"), "good"),
    ("哇，好冷！", "冷", (FIRST, "cold"), None),
    ("天气好冷啊。", "好", (FIRST, "(before an adjective, exclaiming) so"), "good"),
    ("天氣好冷啊。", "好", (FIRST, "(before an adjective, exclaiming) so"), "good"),
    ("他很好。", "好", (FIRST, "good"), None),
    ("它们的操控只是短时间地被暂停。", "只是", (FIRST, "merely"), None),
    ("它們的操控只是短時間地被暫停。", "只是", (FIRST, "merely"), None),
    ("只是每日小心巡察要紧。", "只是", (FIRST, "but"), None),
    ("你別唬人。", "別", (FIRST, "don't"), "to leave"),
    # session 15: senses found wrong on held-out worksheets read by hand (sense_rules.pos_in_context); the test
    # sentences are written here, not copied from the held-out texts
    ("我们要学会照顾自己。", "学会", (FIRST, "to learn"), "institute"),
    ("我們要學會照顧自己。", "學會", (FIRST, "to learn"), "institute"),
    ("这个城市发展得很快。", "发展", (FIRST, "to develop"), None),
    ("這個城市發展得很快。", "發展", (FIRST, "to develop"), None),
    ("用新的制度来规范市场。", "规范", (FIRST, "to fix rules"), "norm"),
    ("我主张先调查清楚。", "主张", (FIRST, "to advocate"), None),
    ("他幻想有一天能去月球。", "幻想", (FIRST, "to fantasize"), None),
    ("最可怜的是那只小狗。", "可怜", (FIRST, "pitiful"), None),
    ("我最喜欢的菜是饺子。", "喜欢", (FIRST, "to like"), None),
    ("他的计划很好。", "计划", (FIRST, "plan"), None),
    # session 15: context_senses.tsv rows
    ("你来就行。", "行", (FIRST, "all right"), "to walk"),
    ("只要你來就行。", "行", (FIRST, "all right"), "to walk"),
    ("下次就轮到我们了。", "轮", (FIRST, "to take turns"), "wheel"),
    ("这个方案經政府批准了。", "經", (FIRST, "through"), "scripture"),
    ("他是公司的技术骨干。", "骨干", (FIRST, "(fig.) backbone"), None),
    ("股市里电子股表现很好。", "股", (FIRST, "(stock) share"), "thigh"),
    ("股市裡電子股表現很好。", "股", (FIRST, "(stock) share"), "thigh"),
    ("捷运淡水线、新店线都恢复了。", "线", (FIRST, "line"), "thread"),
    ("捷運淡水線、新店線都恢復了。", "線", (FIRST, "line"), "thread"),
    ("車站採自動售票。", "採", (FIRST, "to adopt"), "to pluck"),
    ("美苏冷战结束以后，欧洲变了。", "冷战", (FIRST, "the (US-Soviet) Cold War"), "speaking terms"),
    ("冷战结束以后，世界变了。", "冷战", (FIRST, "the (US-Soviet) Cold War"), "speaking terms"),
    ("东西冷战使欧洲分为两半。", "冷战", (FIRST, "the (US-Soviet) Cold War"), "speaking terms"),
    ("春节他回老家过节。", "过节", (FIRST, "to celebrate a festival"), None),
    ("这份报告的数字有误。", "误", (FIRST, "mistake"), None),
    ("他家在白马镇东边。", "镇", (FIRST, "small town"), None),
    ("这是一个技术攻关项目。", "攻关", (FIRST, "(fig.) to tackle"), None),
    ("他善写文章。", "善", (FIRST, "good at"), None),
    ("这件事未成，他很失望。", "未成", (FIRST, "incomplete"), "minor"),
    ("好歹也吃一点吧。", "好歹", (FIRST, "in any case"), None),
    ("究竟他还是个孩子。", "究竟", (FIRST, "after all"), None),
    ("究竟是谁干的？", "究竟", (EITHER, "finally"), "after all; when"),
    ("临走时，他给我打了电话。", "临", (FIRST, "just before"), None),
    ("我们在大理古城住了三天。", "大理", (FIRST, "Dali"), "judicial"),
    # session 15: the rest of a name cut after its name-tagged first part has no gloss (names.name_rest)
    ("大家看着李纨走过来。", "纨", None, None),
    ("大家看著李紈走過來。", "紈", None, None),
    ("总理巴罗佐安排了选举。", "佐", None, None),
    ("萨比特昨天回国了。", "比特", None, None),
    ("王明说他明天来。", "说", (FIRST, "to speak"), None),
    ("宝玉呷了一口茶。", "呷", (FIRST, "to sip"), None),  # a verb after a name is its action
    # session 15, second round
    ("他被这本书所影响。", "影响", (FIRST, "to influence"), None),
    ("他被這本書所影響。", "影響", (FIRST, "to influence"), None),
    ("在这次活动中，大家都很高兴。", "活动", (FIRST, "activity"), "loose"),
    ("學校的活動很多。", "活動", (FIRST, "activity"), "loose"),
    ("大家在文化活动中认识了。", "活动", (FIRST, "activity"), "loose"),
    ("我们要多活动活动身体。", "活动", (FIRST, "to exercise"), None),
    ("这件事引起了全球关注。", "全球", (FIRST, "global"), None),
    ("明天带两个朋友来。", "带", (FIRST, "to take along"), "to wear"),
    ("政府召开了专门会议。", "专门", (FIRST, "specialized"), "specialist"),
    ("这是专门为你做的。", "专门", (FIRST, "specially"), "specialist"),
    ("请输入密码。", "输入", (FIRST, "to input"), None),
    ("我们要应对这个问题。", "应对", (FIRST, "to handle"), None),
    ("由北京至上海的火车。", "至", (FIRST, "to; until"), "to arrive"),
    # session 15, third round (context_senses.tsv)
    ("他倾向于同意。", "倾向", (FIRST, "to be inclined to"), None),
    ("资金不足制约了发展。", "制约", (FIRST, "to restrict"), None),
    ("制约农业发展的主要矛盾是什么？", "制约", (FIRST, "to restrict"), "condition"),
    ("这个词形容的是一种心情。", "形容", (FIRST, "to describe"), None),
    ("我们要提高生活品质。", "品质", (FIRST, "quality"), None),
    ("他的品质很好。", "品质", (FIRST, "character"), None),
    ("买家的评价都很好。", "评价", (FIRST, "evaluation"), None),
    ("全面落实这项政策。", "落实", (FIRST, "to implement"), "practical"),
    ("两国签署了这个协定。", "协定", (FIRST, "agreement"), None),
    ("双方签了合作协定。", "协定", (FIRST, "agreement"), "to reach"),
    ("要减轻学生的作业负担和压力。", "负担", (FIRST, "burden"), None),
    ("他负担了全部费用。", "负担", (FIRST, "to bear"), None),
    ("他们只得一个孩子。", "只得", (FIRST, "only got"), None),
    ("我们只得回家。", "只得", (FIRST, "to have no alternative"), None),
    ("他把钱存在银行里。", "存在", (FIRST, "(存 + 在)"), "to exist"),
    ("这个问题还存在。", "存在", (FIRST, "to exist"), None),
    # session 15, fourth round
    ("他素喜读书。", "素", (FIRST, "usually"), "raw silk"),
    ("这件衣服太素了。", "素", (FIRST, "plain"), "raw silk"),
    ("这是正宗的北京烤鸭。", "正宗", (FIRST, "authentic"), None),
    ("这种技术的应用很广。", "应用", (FIRST, "application"), None),
    ("有关部门的负责同志来了。", "负责", (FIRST, "in charge"), "conscientious"),
    ("他负责这项工作。", "负责", (FIRST, "to be responsible"), None),
]


def _token(sentence: str, word: str):
    doc = analyze_text(sentence, "<test>")
    found = [t for s in doc.sentences for t in s.tokens if t.text == word]
    assert found, f"{word} is not a token of {sentence}: " + " / ".join(
        t.text for s in doc.sentences for t in s.tokens)
    return found[0]


@pytest.mark.parametrize("sentence, word, wanted, unwanted", CASES)
def test_sense_in_context(sentence, word, wanted, unwanted):
    g = _token(sentence, word).gloss
    if unwanted:
        assert g is None or unwanted not in g, g
    if wanted is None:
        assert g is None
    elif isinstance(wanted, tuple) and wanted[0] == FIRST:
        assert g is not None and g.startswith(wanted[1]), g
    elif isinstance(wanted, tuple):
        assert g is None or wanted[1] in g, g
    else:
        assert g is not None and wanted in g, g


def test_reading_and_gloss_come_from_one_entry():
    # no CC-CEDICT entry reads 打折 dǎ shé: the 'discount' entry must not lend its gloss to that reading
    assert gloss("打折", "da3 she2", "v") is None
    assert gloss("打折", "da3 zhe2", "v") == "to give a discount"
    # the neighbours ask for zhá (deep-fry) while the reading says zhà: the two disagree, nothing is shown
    ctx = context_at([("炸", "v"), ("豆腐", "n")], 0)
    assert gloss_in_context("炸", "zha4", "v", ctx) is None
    assert "deep-fry" in gloss_in_context("炸", "zha2", "v", ctx)


def test_an_organisation_suffix_after_a_noun_is_the_group():
    # 洽谈|团, 学习|组 cut apart: the organisation (context_senses.tsv), not 'round; lump' or 'to form'
    assert gloss_in_context("团", "tuan2", "n", Context(prev="洽谈", prev_pos="vn")).startswith("group")
    assert gloss_in_context("团", "tuan2", "n", Context(prev="艺术", prev_pos="n")).startswith("group")
    assert gloss_in_context("组", "zu3", "n", Context(prev="学习", prev_pos="vn")).startswith("group")  # by its tag
    assert "classifier" in gloss_in_context("团", "tuan2", "q", Context(prev="一", prev_pos="m"))  # 一团火


def test_verb_senses_by_the_object():
    # 气 + a person is 'to make angry', 辞 + a person 'to take leave of' (context_senses.tsv)
    assert gloss_in_context("气", "qi4", "v", Context(prev="他", prev_pos="r")).startswith("to make angry")
    assert gloss_in_context("辞", "ci2", "v", Context(next="贾母", next_pos="nr")).startswith("to take leave")
    assert gloss_in_context("辞", "ci2", "v", Context(next="职", next_pos="ng")).startswith("to resign")


def test_a_usage_note_is_no_sense():
    assert gloss("革命", "ge2 ming4", "n") == "revolution; revolutionary"  # no '(separable verb …)'


def test_a_verbal_noun_before_a_noun_modifies_it():
    # 考试时间: 'exam'; 努尔哈赤统一女真诸部: after a person the verb and its object (sense_rules.pos_in_context)
    assert gloss_in_context("考试", "kao3 shi4", "vn", Context(next="时间", next_pos="n")) == "exam"
    assert gloss_in_context("统一", "tong3 yi1", "vn", Context(prev="努尔哈赤", prev_pos="nr", next="女真",
                                                             next_pos="nz")).startswith("to unify")


def test_a_verb_after_a_demonstrative_and_classifier_is_a_noun():
    ctx = Context(prev="这个", prev_pos="r")
    assert gloss_in_context("配置", "pei4 zhi4", "v", ctx).startswith("configuration")
    assert gloss_in_context("配置", "pei4 zhi4", "v", Context(prev="合理", prev_pos="a")).startswith("to deploy")
    # 一个辩证的过程: after 一个 the word is a noun's modifier, 'dialectical', not 'to investigate'
    assert gloss_in_context("辩证", "bian4 zheng4", "v", Context(prev="一个", prev_pos="m")) == "dialectical"


def test_classifier_senses_only_after_a_numeral_or_demonstrative():
    assert "classifier" not in gloss_in_context("张", "zhang1", "v", Context(prev="他", prev_pos="r"))
    assert "classifier" in gloss_in_context("张", "zhang1", "q", Context(prev="三", prev_pos="m"))
    assert "classifier" not in (gloss_in_context("所", "suo3", "n", Context(prev="研究", prev_pos="vn")) or "")
    assert "classifier" in gloss_in_context("所", "suo3", "q", Context(prev="三", prev_pos="m"))
    assert "classifier" in gloss_in_context("把", "ba3", "p", Context(prev="这", prev_pos="r", next="刀", next_pos="n"))
    assert "classifier" in gloss_in_context("把", "ba3", "p", Context(prev="三", prev_pos="m", next="利器", next_pos="n"))
    # after a demonstrative and before a pronoun the preposition; before a noun CC-CEDICT does not count so, unsure
    assert "object" in gloss_in_context("把", "ba3", "p", Context(prev="这", prev_pos="r", next="他", next_pos="r"))
    assert gloss_in_context("对", "dui4", "p", Context(prev="这", prev_pos="r", next="环境", next_pos="n")) is None


def test_suo_is_the_particle_only_before_a_verb_or_after_a_passive():
    # 所 before no verb (所/有人 as jieba's phrase split once made it) is neither the particle nor 'place'
    assert gloss_in_context("所", "suo3", "c", Context(next="有人", next_pos="r")) is None
    assert "particle" in gloss_in_context("所", "suo3", "c", Context(prev="我", prev_pos="r", next="知道",
                                                                    next_pos="v"))


def test_jieba_tag_against_a_reading_with_other_letters_lets_the_reading_decide():
    # 你还我书: jieba tags 还 'd' (the adverb hái), the reading is huán: 'to give back', not 'still'
    assert gloss_in_context("还", "huan2", "d", Context(next="我", next_pos="r")).startswith("to pay back")


def test_rule_tables_are_well_formed():
    table = rules()
    assert len(table) >= 150  # the commonest function words, and a few content words with cues
    for word, rs in table.items():
        for r in rs:
            assert r.gloss and r.gloss.count(";") <= 2, (word, r)
            assert r.reading.replace(" ", "").isalnum(), (word, r)


def test_a_word_without_a_gloss_is_never_tested():
    from dataclasses import replace

    from quizgen.items.select import is_testable

    tok = _token("他在咸亨酒店里当伙计。", "伙计")
    assert is_testable(tok)
    assert not is_testable(replace(tok, gloss=None))


def test_the_traditional_form_chooses_between_same_reading_entries():
    assert gloss("须", "xu1", "n", "鬚").startswith("beard")
    assert "beard" not in gloss("须", "xu1", "n", "須")


def test_curated_patterns_drop_unlabelled_vulgar_senses():
    assert "urinate" not in gloss("把", "ba3")  # out of context, no rule: CC-CEDICT's senses, filtered
    assert gloss("把", "ba3").startswith("to hold")


# jieba's tag against the neighbours (sense_rules.pos_in_context), and senses after a numeral or a verb
IN_CONTEXT = [
    ("要求认真总结经验。", "总结", (FIRST, "to sum up")),  # after an adverb: a verb, not 'summary'
    ("要求認真總結經驗。", "總結", (FIRST, "to sum up")),
    ("村委会就成了乡镇政府的腿。", "成", (FIRST, "to become")),  # before 了: a verb, not 'OK!; one tenth'
    ("因荐蔡邕之才。", "才", (FIRST, "ability")),  # after 之: a noun, not 'only then'
    ("另外不好的一点就是书的内容太少。", "书", (FIRST, "book")),  # 的 follows: still the noun
    ("可怜少帝四月登基。", "月", (FIRST, "month")),
    ("於去年十一月抵台。", "月", (FIRST, "month")),
    ("來台四個月。", "月", (FIRST, "month")),
    ("今晚的月很圆。", "月", (FIRST, "moon")),
    ("全国各地都基本控制住了。", "住", (FIRST, "(after a verb) firmly")),
    ("他住在北京。", "住", (FIRST, "to live")),
    ("怕被人说成是干涉。", "成", (FIRST, "(after a verb) into")),
    ("本来这酒店大堂的服务还挺好。", "酒店", (FIRST, "hotel")),
    ("吾想先帝临危之时。", "之", (FIRST, "(literary: links a modifier")),
    ("叱左右推出斩之。", "之", (FIRST, "(literary: after a verb)")),
]


@pytest.mark.parametrize("sentence, word, wanted", IN_CONTEXT)
def test_sense_by_neighbours(sentence, word, wanted):
    g = _token(sentence, word).gloss
    assert g is not None and g.startswith(wanted[1]), g


# function-word uses of content words, adverbs and classifiers by their neighbours; None: no gloss at all
BY_NEIGHBOURS = [
    ("道理简单，可父母不懂。", "可", (FIRST, "but")),  # opening its clause before the subject
    ("未感染者便可走出家门。", "可", (FIRST, "can")),  # before a verb: not 'to approve'
    ("以为程序不过是走过场。", "不过", (FIRST, "only")),
    ("程序不過是走過場。", "不過", (FIRST, "only")),
    ("一些单位向企业乱收费。", "乱", (FIRST, "indiscriminate")),  # an adverb's sense: not 'in confusion'
    ("女孩子早晚要嫁到别人家。", "早晚", (FIRST, "sooner or later")),
    ("从而避免了暗箱操作。", "暗箱", (FIRST, "(暗箱操作) behind closed doors")),
    ("更为子孙留下一片好家园。", "片", "tract of land"),  # a classifier keeps its list of uses
    ("辦好簽證才能出關。", "才", (FIRST, "only then")),  # cut 才 + 能 before its verb (segment._adverb_modal_apart)
    # a given name standing alone for a person named earlier is no word to gloss (李儒 -> 儒, 董卓 -> 卓)
    ("帝问李儒。儒曰：“可。”", "儒", None),
    ("董卓大喜。卓曰：“善。”", "卓", None),
    ("他是有名的儒。", "儒", "scholar"),  # not opening its clause: the word
    # a given name HSK lists as a word (操) only before a verb of speech
    ("曹操大喜。操曰：“善。”", "操", None),
    ("曹操大喜。操曰：「善。」", "操", None),
    ("孙权大喜。甘宁即告权曰：“可。”", "权", None),  # a given name before 曰, after a verb (告权曰)
    ("孫權大喜。甘寧即告權曰：「可。」", "權", None),
    # session 22: 较 before the thing compared is the preposition (the sample text), before an adjective 'relatively'
    ("全国破获毒品犯罪案件4.2万起，较高峰期下降74.5%。", "较", (FIRST, "(before the thing compared) compared with")),
    ("全國破獲毒品犯罪案件4.2萬起，較高峰期下降74.5%。", "較", (FIRST, "(before the thing compared) compared with")),
    ("今年产量较去年增长了一倍。", "较", (FIRST, "(before the thing compared) compared with")),
    ("这里的气候较温和。", "较", (FIRST, "(before an adjective) relatively")),
    # session 22: 创 near a record or before an amount (the sample's 创5年来最好成绩), elsewhere CC-CEDICT's 'to begin'
    ("四项重要指标创5年来最好成绩。", "创", (FIRST, "to achieve; to set (a record)")),
    ("四項重要指標創5年來最好成績。", "創", (FIRST, "to achieve; to set (a record)")),
    ("去年实现利润创历史最高纪录。", "创", (FIRST, "to achieve; to set (a record)")),
    ("他们创了一番事业。", "创", (FIRST, "to begin")),
    # 健全 before what it makes sound is the verb (CC-CEDICT has only the adjective); 治理 near pollution or a river
    ("浙江的首要特色是健全公共財政體制。", "健全", (FIRST, "to make sound")),
    ("各金融机构应建立健全对贷款企业的监督。", "健全", (FIRST, "to make sound")),
    ("市场经济必须以健全的法制为基础。", "健全", (FIRST, "robust")),
    ("資源豐富、制度健全無法被取代。", "健全", (FIRST, "robust")),
    ("加强矿山自然生态环境治理。", "治理", (FIRST, "to bring under control")),
    ("河南集中治理公路车辆。", "治理", (FIRST, "to govern")),  # 河 of 河南 is no river
    ("要提高国家治理能力。", "治理", (FIRST, "to govern")),
    # 还是 of alternatives after 无论 or in a question; elsewhere 'still' (a graded-reader draw, session 22)
    ("无论是在大商场还是在路边的小摊，都可以付款。", "还是", (FIRST, "(无论…还是…) or")),
    ("無論是在大商場還是在路邊的小攤，都可以付款。", "還是", (FIRST, "(无论…还是…) or")),
    ("你喝茶还是喝咖啡？", "还是", (FIRST, "(in a question) or")),
    ("你喝茶還是喝咖啡？", "還是", (FIRST, "(in a question) or")),
    ("为什么夜晚还是那么冷呢？", "还是", (FIRST, "still")),
    ("你还是不相信我吗？", "还是", (FIRST, "still")),
    ("我还是喜欢你。", "还是", (FIRST, "still")),
    # 习惯 before a verb or adjective the verb; 流行 'popular' first, 'to spread' of a disease
    ("老一辈人习惯节俭。", "习惯", (FIRST, "to be used to")),
    ("汉族群众因生活习惯不同。", "习惯", (FIRST, "habit")),
    ("理念开始在年轻人中流行。", "流行", (FIRST, "popular")),
    ("流感开始流行。", "流行", (FIRST, "(of a disease) to spread")),
    ("火车开了三个小时才到。", "开", (FIRST, "(of a train, car, ship) to run")),
    ("火車開了三個小時才到。", "開", (FIRST, "(of a train, car, ship) to run")),
    ("共享单车是最成功的例子之一。", "成功", "successful"),
    ("实验成功了。", "成功", (FIRST, "to succeed")),
    ("晚上大家一起看春节联欢晚会，等到十二点放鞭炮。", "点", (FIRST, "o'clock")),
    ("他提了三点意见。", "点", (FIRST, "classifier for items")),
    ("最后加入调好的酱汁。", "加入", (FIRST, "to add")),
    ("最後加入調好的醬汁。", "加入", (FIRST, "to add")),
    ("他加入了学生会。", "加入", (FIRST, "to become a member")),
    ("这势将对内地和香港股市产生积极的推动作用。", "内地", (FIRST, "mainland China")),
    ("這勢將對內地和香港股市產生積極的推動作用。", "內地", (FIRST, "mainland China")),
    ("他从沿海搬到了内地。", "内地", (FIRST, "inland")),
]


@pytest.mark.parametrize("sentence, word, wanted", BY_NEIGHBOURS)
def test_function_senses_and_names_by_neighbours(sentence, word, wanted):
    g = _token(sentence, word).gloss
    if wanted is None:
        assert g is None, g
    elif isinstance(wanted, tuple):
        assert g is not None and g.startswith(wanted[1]), g
    else:
        assert g is not None and wanted in g, g


def test_a_name_that_speaks_in_the_text_is_a_person_everywhere():
    """宝玉道 shows 宝玉 is one of the text's people: no 'precious jade' on any of its tokens; alone, the
    common noun keeps its gloss."""
    doc = analyze_text("宝玉道：“我去。”宝玉听了，就笑了。", "<test>")
    names = [t for s in doc.sentences for t in s.tokens if t.text == "宝玉"]
    assert len(names) == 2 and all(t.gloss is None for t in names)
    assert "jade" in (_token("这块宝玉很珍贵。", "宝玉").gloss or "")


@pytest.mark.parametrize("text", ["探春笑道：“我不去。”探春听了，便走了。", "探春笑道：「我不去。」探春聽了，便走了。"])
def test_two_pieces_that_speak_are_one_name_everywhere(text):
    """探/春 before 笑道 (a name jieba cuts in two, neither piece a function word, the pair no dictionary word) is one
    of the text's people: no 'to explore' or 'spring' on any of its pieces, here or where it only listens."""
    doc = analyze_text(text, "<test>")
    tokens = [t for s in doc.sentences for t in s.tokens]
    assert [t.simplified for t in tokens].count("探春") == 2, " / ".join(t.text for t in tokens)
    assert all(t.gloss is None for t in tokens if t.simplified == "探春")
    assert [t.simplified for t in analyze_text("有人说他不来了。", "<test>").sentences[0].tokens][:2] == ["有人", "说"]



def test_a_dictionary_word_that_speaks_is_no_name():
    """老/师 before 说 is the word 老师 'teacher', not a person named 老师 (tags as jieba could give them); 让/人 before
    想 is a verb and its object."""
    from quizgen.analysis.lexicon import known_word_predicate
    from quizgen.analysis.names import _speaking_pairs

    known = known_word_predicate()
    assert _speaking_pairs([[("老", "a"), ("师", "n"), ("说", "v")]], known) == set()
    assert _speaking_pairs([[("探", "v"), ("春", "tg"), ("说", "v")]], known) == {"探春"}
    assert _speaking_pairs([[("让", "v"), ("人", "n"), ("想", "v")]], known) == set()  # 让人想起: 'makes one think'
    assert _speaking_pairs([[("也", "d"), ("笑", "v"), ("道", "q")]], known) == set()  # an adverb is no piece of a name


@pytest.mark.parametrize("text", ["宝玉深知其情，劝了一番。这宝玉便回房去了。", "寶玉深知其情，勸了一番。這寶玉便回房去了。"])
def test_a_name_that_knows_is_a_person(text):
    """宝玉深知 (深知 'to know well', person_verbs.txt) shows 宝玉 is one of the text's people (a held-out 红楼梦 chunk)."""
    doc = analyze_text(text, "<test>")
    names = [t for s in doc.sentences for t in s.tokens if t.simplified == "宝玉"]
    assert len(names) == 2 and all(t.gloss is None for t in names)


@pytest.mark.parametrize("text", ["宝玉在门口听见了。这宝玉便回房去了。", "寶玉在門口聽見了。這寶玉便回房去了。"])
def test_a_name_that_acts_after_a_prepositional_phrase_is_a_person(text):
    """宝玉在门口听见 (a person's verb after the phrase 在门口) is as good as 宝玉听见: no token of 宝玉 is 'precious
    jade' (a held-out 红楼梦 commentary, session 17); a preposition followed by a verb phrase is no such frame."""
    from quizgen.analysis.pipeline import _verb_after_phrase

    doc = analyze_text(text, "<test>")
    names = [t for s in doc.sentences for t in s.tokens if t.simplified == "宝玉"]
    assert len(names) == 2 and all(t.gloss is None for t in names)
    assert _verb_after_phrase([("宝玉", "nr"), ("在", "p"), ("门口", "s"), ("听见", "v")], 1) == "听见"
    assert _verb_after_phrase([("宝玉", "nr"), ("在", "p"), ("，", "x"), ("听见", "v")], 1) == ""


@pytest.mark.parametrize("text", ["宝玉听了，忙笑着走了。这宝玉便回房去了。", "寶玉聽了，忙笑著走了。這寶玉便回房去了。"])
def test_a_name_that_acts_as_a_person_is_a_person_everywhere(text):
    """宝玉听了 (a verb whose subject is a person, person_verbs.txt) is as good as 宝玉道: the text never has
    him speak, and still no token of 宝玉 is 'precious jade'."""
    doc = analyze_text(text, "<test>")
    names = [t for s in doc.sentences for t in s.tokens if t.simplified == "宝玉"]
    assert len(names) == 2 and all(t.gloss is None for t in names)


# session 14: runs jieba cuts wrongly (recuts.tsv), and a degree adverb glued between a noun and an adjective
CUTS = [
    ("我在家宅了五十多天。", ["在家", "宅"]),
    ("我在家宅著不出門。", ["在家", "宅"]),
    ("等到花开落尽后，可将花梗剪除。", ["花", "开", "落", "尽", "后"]),
    ("等到花開落盡後，可將花梗剪除。", ["花", "開", "落", "盡", "後"]),
    ('如今，中国提出了"一带一路"倡议。', ["一带一路"]),
    ("如今，中國提出了「一帶一路」倡議。", ["一帶一路"]),
    ("一句接住上回“红楼梦”大篇文字。", ["上回"]),
    ("一句接住上回「紅樓夢」大篇文字。", ["上回"]),
    ("发电能力达到150万千瓦。", ["万", "千瓦"]),  # session 17: 萬千 'myriad' + 瓦 'roof tile' on a CityU sheet
    ("發電能力達到150萬千瓦。", ["萬", "千瓦"]),
    ("人都会有性的需求。", ["都", "会", "有性"]),  # session 18: not 都会 'city' (jieba tags 有性 a noun)
    ("人都會有性的需求。", ["都", "會", "有性"]),
    ("这对大家都会有益。", ["都", "会", "有益"]),
    ("这个汤太酸了。", ["汤", "太", "酸"]),
    ("這個湯太酸了。", ["湯", "太", "酸"]),
    ("热透了，人才舒服。", ["人", "才", "舒服"]),  # session 21: asked as 人才 'talent' (a diary)
    ("洗了脸，便出南门。", ["便", "出", "南门"]),  # session 21: 红楼梦's 便出, 大香 made a genuine sentence "garbled"
    ("大香铺里买了冰麝。", ["大", "香", "铺"]),
    ("熱透了，人才舒服。", ["人", "才", "舒服"]),
    ("大战大考，是践行初心使命的试金石。", ["践行", "初心", "使命"]),  # session 22: the sample's 初 + 心 cards
    ("大戰大考，是踐行初心使命的試金石。", ["踐行", "初心", "使命"]),
    ("今天股价创新高。", ["创", "新高"]),  # not 创新 'to innovate'
    ("今天股價創新高。", ["創", "新高"]),
    ('很多人喜欢在"双十一"那天购物。', ["双十一"]),
    ("很多人喜歡在「雙十一」那天購物。", ["雙十一"]),
]


@pytest.mark.parametrize("sentence, words", CUTS)
def test_runs_cut_as_a_reader_cuts_them(sentence, words):
    doc = analyze_text(sentence, "<test>")
    tokens = [t.text for s in doc.sentences for t in s.tokens]
    joined = "".join(words)
    at = next((i for i in range(len(tokens)) if "".join(tokens[i:i + len(words)]) == joined
               and tokens[i:i + len(words)] == words), None)
    assert at is not None, " / ".join(tokens)


def test_flowers_bloom_and_stay_at_home():
    doc = analyze_text("等到花开落尽后。我在家宅了五十多天。", "<test>")
    by_text = {t.text: t for s in doc.sentences for t in s.tokens}
    assert by_text["花"].gloss.startswith("flower"), by_text["花"].gloss
    assert by_text["开"].gloss.startswith("(of flowers) to bloom"), by_text["开"].gloss
    assert by_text["宅"].gloss.startswith("to stay in at home"), by_text["宅"].gloss


def test_a_classical_sentence_with_bian_and_da_is_not_garbled():
    """次日一早起来，洗了脸，便出南门，大香铺里买了冰麝，便往荣国府来 (红楼梦) was greyed on a sheet as machine-rewritten:
    jieba's 便出 and 大香 are no words (strict check, session 21); 便 and 大 now cut off such tokens (segment_words.tsv)."""
    doc = analyze_text("次日一早起来，洗了脸，便出南门，大香铺里买了冰麝，便往荣国府来。\n", "<test>")
    assert not doc.sentences[0].flagged
