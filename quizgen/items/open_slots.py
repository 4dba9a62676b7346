"""Slots that admit too many words to make a one-answer choice item: such a gap is never asked.

:func:`unsure_slot` says why (or '' when the slot is narrow enough): the gap is a piece of a longer word, title,
term or name; the tag and the dictionary disagree on the answer's class; or the words around the gap leave the
slot open to any word of the answer's kind (an action noun after 对X的, a feeling after 感到, a place after 在,
an adjective before 的人, a noun after 这种 …). The options are judged afterwards, one by one
(:mod:`quizgen.items.option_checks`).
"""
from __future__ import annotations

import re

from quizgen.analysis import cedict_index, chars, datafiles, lexicon
from quizgen.items import attested, frames, slot_words
from quizgen.items import neighbours as nb
from quizgen.items import semantic_fields as fx
from quizgen.items.gaps import CLAUSE_END, Gap
from quizgen.items.word_classes import FUNCTION_CLASSES, noun_slot, noun_voted, word_class

# Heads after which an adjective slot is open to most adjectives (很多＿的人: 成功, 诚实, 害羞 all fit).
_SLOT_WORDS = datafiles.word_sets("slot_words.tsv")
_OPEN_HEADS = tuple(sorted(_SLOT_WORDS["open_head"]))
#: A noun key whose clause ends in a colon after at most a copula: the list or quotation that decides it is not in
#: the stem (他们的主要＿是：)
_COLON_END = re.compile(r"(?:是|为|有|如下|包括)?[：:]\s*$")


def unsure_slot(gap: Gap) -> str:
    """Why the slot itself admits too many words to make a one-answer item ('' when it does not).

    * a verb slot whose answer reads as a noun or adjective in CC-CEDICT (确定 'definite' tagged v): the tag
      and the dictionary disagree, so we cannot tell which words fit;
    * a noun slot whose answer is an action (贡献 'to contribute; contribution' in 个人对社会的＿): any action
      noun fits (评价, 指导), and action nouns are not excluded reliably;
    * an adjective before 的 + a general head (的人, 的地方): nearly every adjective fits;
    * a time word (未来, 以往): other time words fit the same slot (中期 in 希望＿可做到);
    * a gap after 感到, 觉得 (``frames.tsv``): any feeling fits (怎能不感到＿呢: 痛苦, 矛盾);
    * a key cut out of a longer word (平地人才野蠻: 平地人 + 才, :func:`attested.cut_key`);
    * a noun right after a bare numeral (公元前二＿): only nouns that are their own measure (世纪, 年) stand there,
      so any other noun is ruled out by form;
    * a verb that takes an object ending its clause before a comma or colon (高唐县＿，举办…): the next clause is
      its object, and any verb of saying, finding or deciding takes it (发现, 决定, 打算; 强调, 反映);
    * a gap beside the enumeration comma 、 or a noun beside 及 (one item of a list);
    * a noun before 来说, 来看, 而言 after 从/就/对 (a point of view: 角度, 意义, 逻辑 all fit);
    * a verb closing a time clause, or a noun key that takes a clause (:func:`_event_or_clause`).
    """
    why = cuts_a_name(gap)
    if why:
        return why
    cls = gap.answer_class
    sp = fx.sense_pos(gap.answer)
    if "v" in cls and "n" not in cls and sp not in ("v", "m"):
        return "verb-slot-not-verb"
    if "v" in cls and (gap.left.endswith("的") or gap.right.startswith("的") or _after_attribute(gap)):
        return "verb-as-noun-or-attribute"  # 社会的＿ (评价, 指导 fit), 完成＿的任务 (合格 fits)
    why = _open_noun(gap)
    if why:
        return why
    why = _open_around(gap)
    if why:
        return why
    if cls <= FUNCTION_CLASSES:
        return "function-word"
    if _adverbial_use(gap):
        return "adverbial-use"  # 碧咸＿已沉寂 (原本) among 课题/命令/档案  # English senses cannot tell 不时 from 以便: part of speech unchecked
    if cls == {"t"}:
        return "time-word"
    why = _event_or_clause(gap, cls)
    if why:
        return why
    if gap.left_word in slot_words.open_after():
        return "open-feeling"  # 我们怎能不感到＿呢: 痛苦 and 矛盾 both fit; any feeling fits after 感到  # 希望＿可做到: 未来 and 中期 both fit; any time word fits a time slot
    if cls <= {"n", "t", "s"} and fx.is_verbal(gap.answer):
        return "action-noun"
    if cls & {"a"} and "v" not in cls and gap.right.startswith(_OPEN_HEADS):
        return "open-adjective"
    if noun_slot(cls) and not nb.noun_kind(gap.answer):
        return "no-kind"  # 崩溃的＿ (视频, not in Cilin) took 女性/图片/作家: the kind of the options is not known
    if noun_slot(cls) and _kinds_apart(gap.answer):
        return "kinds-apart"  # 保持清醒＿ (头脑, filed first as a leader, Af) took 大臣/公主/皇帝: persons for the mind
    if cls == {"n"} and _bare_person(gap):
        return "open-person"  # ＿對舉重並不感冒: 消費者 fits as well as 老百姓; 失去＿的哀伤: 外公 as well as 亲人
    if cls & {"a"} and "v" not in cls and _noun_follows(gap):
        return "open-attribute"  # 产生了＿兴趣: 持久 fits as well as 浓厚; an attribute takes many adjectives
    if cls == {"a"} and gap.partners:
        return "open-coordinate"  # 得到＿而可靠的回報: 穩定 and 有限 both fit; most adjectives join another
    return _use_in_context(gap, cls) or ("open-kind" if _open_kind(gap) else "")


def _use_in_context(gap: Gap, cls: frozenset[str]) -> str:
    """Why the key's use in this sentence is of another class than its options ('' when not): a manner word or
    an adjective modifying the verb after it, a noun in context whose dictionary's first sense is a verb, an
    adjective-and-noun key after 的, an adjective or a word of quantity (the noun there)."""
    if {"a", "n"} <= cls and (gap.left.endswith("的") or word_class(gap.left_word) == {"a"}
                              or gap.left_word in _SLOT_WORDS["noun_quantifier"]):
        return "adjective-as-noun"  # 战胜各种＿ (困难) among 痛苦/方便/容易: the noun, its options adjectives
    if cls == {"a", "d"} and _verb_follows(gap):
        return "open-manner"  # 青島市＿為名牌產品創立: 積極 and 正式 both fit; most manner words do
    if "a" in cls and not cls & {"v", "n"} and _verb_follows(gap) and not gap.right.startswith(_NOT_ADVERBIAL):
        return "adverbial-adjective"  # 北方人＿吃面食 (主要) among 安全/聪明/整个: the key modifies the verb, and
        # adjectives that cannot (聪明吃) are no options, while those that can (积极, 认真) all fit
    if cls == {"v"} and gap.tag == "n" and noun_voted(gap.answer):
        return "verb-slot-noun-voted"  # ，＿却出乎人意料 (结果, 'to bear fruit' first) took 说明/利用/结合: a noun in context
    return _nominal_or_verbal_use(gap, cls)


#: Particles of aspect after a verb: an adjective key followed by one and an object is used as a verb there
_ASPECT_MARKS = ("了", "着", "过")
#: What may follow 了 at the end of a clause without being an object (了。, 了吗)
_FINAL_PARTICLES = tuple(chars.CLAUSE_MARKS) + ("吗", "呢", "吧", "啊")


def _nominal_or_verbal_use(gap: Gap, cls: frozenset[str]) -> str:
    """Why the key stands in this sentence as a word of another class than its options ('' when not), the way a
    strict teacher read items of held-out text (session 18):

    * a verb or adjective key right after a classifier is a noun there (没有一丝＿和沉思: 感动 among 有着/包含/
      错过, verbs that cannot follow 一丝);
    * a verb key that Cilin files with nouns only (作用: Da, Df) reads as a noun, its verb options do not;
    * an adjective key tagged as an adverb in context that Cilin also files with adverbs (确实: Ka), not closing
      its clause, is an adverb there, and ordinary adjectives are no options;
    * an adjective key heading a noun phrase after 的 or 之 at its end (出现不可收拾的＿； 混乱 among 杰出/惊人,
      百姓之＿， 艰辛 among 潮湿/精美): adjectives that cannot be nouns are no options there;
    * an adjective key followed by 了/着/过 and an object is a verb there (心里＿了不信任感: 充满, tagged 'a',
      among 有利/同一/平等);
    * an adjective key that closes its clause after an adverb is the predicate (国内却不＿。 普遍: 积极 fits;
      也会日渐＿。 显著: 富裕 fits): most adjectives of the subject's kind fit a bare predicate, and nothing in the
      clause rules them out;
    * a noun key with an aspect particle right after it (什么都＿了: 习惯, tagged 'n', among 传统/时尚/世界) is the
      predicate there: a noun takes no 了/着/过, and the noun options no reader weighs (session 21)."""
    if cls == {"n"} and gap.right_word in _ASPECT_MARKS:
        return "noun-as-predicate"
    if cls & {"v", "a"} and "n" not in cls and _after_classifier(gap.left):
        return "nominal-after-classifier"
    if "v" in cls and "n" not in cls and _verb_subject(gap):
        return "verb-as-subject"  # 但＿已经正常进行 (急诊) among 邮寄/往返/改正: an act as the subject of its clause
        # takes any other act (邮寄已经正常进行 is a sentence too)
    codes = nb.codes(gap.answer)
    if cls == {"v"} and codes and all(c[0] in _NOUN_TOPS for c in codes):
        return "verb-filed-as-noun"  # 蒸发的冷却＿来调节气候 (作用, 'to act on' first, Cilin Da/Df only) among 受伤/收入/报道
    if gap.tag in ("d", "ad") and "K" in nb.tops(gap.answer) and "a" in cls and not _closes_clause(gap):
        return "adverb-use"  # 您＿和我不是一路人 (确实, Cilin Eb and Ka) among 严格/危险/卫生: an adverb, its options adjectives
    if "a" in cls and not cls & {"v", "n"}:
        if gap.left.endswith(("的", "之")) and _closes_clause(gap):
            return "adjective-as-noun"
        if gap.right.startswith(_ASPECT_MARKS) and gap.right[1:2] and not gap.right[1:].startswith(_FINAL_PARTICLES):
            return "adjective-with-object"
        if _closes_clause(gap) and gap.left_word and word_class(gap.left_word) == {"d"}:
            return "open-predicate"
    return ""


#: Cilin's 大类 of nouns (people, things, time and space, abstract things)
_NOUN_TOPS = "ABCD"


def _closes_clause(gap: Gap) -> bool:
    return not gap.right or gap.right.startswith(CLAUSE_END)


def _verb_subject(gap: Gap) -> bool:
    """A verb key opening its clause (after nothing but a conjunction: 但, 而) with an adverb after it (已经, 都,
    也): the key is the clause's subject, an act named, not a predicate with its own object."""
    from quizgen.analysis.segment import segmenter

    before = chars.CLAUSE_OR_COLON_SPLIT.split(gap.left)[-1]
    if before and not all(t[1] == "c" for t in segmenter(None).tag(before)):
        return False
    return bool(gap.right_word) and word_class(gap.right_word) == {"d"}


def _after_classifier(left: str) -> bool:
    """The text before the gap ends with a classifier by jieba's tag (一丝, 一种, 这份), the way it ends before a
    noun."""
    from quizgen.analysis.segment import segmenter

    tags = segmenter(None).tag(chars.CLAUSE_OR_COLON_SPLIT.split(left)[-1][-6:])
    return bool(tags) and tags[-1][1] == "q"


def _event_or_clause(gap: Gap, cls: frozenset[str]) -> str:
    """A verb closing a time clause (＿以后, ``time_closer`` in frames.tsv): any event fits (放学, 出院); a noun key
    whose first CC-CEDICT sense takes a clause ('it is said that': 据说) is a sentence adverb, no noun ('' if neither)."""
    if "v" in cls and slot_words.closes_time_clause(gap.right):
        return "open-time-clause"  # ＿以后，我常常和同学一起打篮球 (放学): 出院 fits as well; any event closes a time clause
    if noun_slot(cls) and fx.first_sense(gap.answer).endswith(" that"):
        return "clause-sense"  # ＿仅由于迪拜不同意… (据说 'it is said that', Cilin Da) took 简历/背景/疑问: a sentence adverb
    return ""


def _open_around(gap: Gap) -> str:
    """Why the words around the gap open it to many words ('' when not): a bare numeral before a noun, the next
    clause as the verb's object, a list."""
    cls = gap.answer_class
    if noun_slot(cls) and "E" in nb.tops(gap.answer) and _modifies_next(gap.right):
        return "attribute-use"  # 离开这些＿问题 (实际) among 意见/感情/爱情: the key is an attribute there, its options not
    if "v" in cls and gap.left_word in _COME_GO and (not gap.right or gap.right.startswith(CLAUSE_END)):
        return "open-purpose"  # 到麦纳麦来＿。 (过节): 照相 fits as well; any act is a purpose of coming or going
    if noun_slot(cls) and _COLON_END.match(gap.right):
        return "colon-end"  # 他们的主要＿是： (做法): what decides it comes after the stem, and 原因 fits the stem as well
    if noun_slot(cls) and _NUMERAL_END.search(gap.left):
        return "after-numeral"  # 公元前二＿ (世纪) among 人生/机会/关键: only a noun that is its own measure takes a bare numeral
    if "v" in cls and gap.right.startswith(_CLAUSE_OBJECT) and not frames.takes_no_object(gap.answer) \
            and not _after_preposition(gap.left):
        return "clause-object"  # 高唐县＿，举办… (发现): 决定, 打算 fit; 气象局＿，除非… (强调): 反映 fits
    if gap.left.endswith(_ENUMERATION) or gap.right.startswith(_ENUMERATION) or (
            noun_slot(cls) and (gap.left.endswith(_LIST_JOINERS) or gap.right.startswith(_LIST_JOINERS))) or (
            gap.left.endswith(_LIST_JOINERS) and _ENUMERATION in chars.CLAUSE_SPLIT.split(gap.left)[-1]):
        # the last member of a list after 、…及 of any class (渗透、蒸发及＿ 保存: the list takes any process of its kind)
        return "enumeration"  # 熟悉…的＿、内容及使用方法 (特点): 标准 fits; a list takes any member of its kind
    return ""


def cuts_a_name(gap: Gap) -> str:
    """Why the gap is a piece of something longer than the key ('' when not): a key cut out of a longer word
    (平地人才野蠻: 平地人 + 才, :func:`attested.cut_key`), a gap inside a title or quoted term (“＿决定生老病死”),
    inside a dictionary term (流行＿疫苗: 流行感冒), inside an organisation's name (巴林假日＿沙龙) or after the number
    it completes (2002＿ for 年初: :func:`attested.after_number`)."""
    if attested.cut_key(gap.left, gap.answer, gap.right) or attested.straddles(gap.left_word, gap.answer, gap.right_word):
        return "cut-key"
    if attested.in_title(gap.left, gap.right):
        return "in-title"
    if attested.in_term(gap.left, gap.answer, gap.right):
        return "in-term"
    if _bound_noun_after(gap):
        return "in-term"  # 共享＿宝 (充电): 充电宝 'power bank' is one word that jieba split
    if attested.in_name(gap.name_before, gap.answer, gap.right):
        return "in-name"
    if _LETTER_END.search(gap.left):
        return "in-name"
    if attested.after_number(gap.left, gap.answer):
        return "in-number"  # 走完美国最著名的AT＿ (路线) among 地位/天空/区域: a letter code and its noun name one thing
    return ""


#: A Latin letter right before the gap: the key is the head of a name or term spelt with a code (AT路线, X光, B超)
_LETTER_END = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]$")


def _adverbial_use(gap: Gap) -> bool:
    """A noun or adjective key used as an adverb: a key Cilin also files with function words (K: 原本, 正好), or
    a noun key with a feature reading (E: 基本), right before an adverb or a preposition (碧咸＿已沉寂, 这＿从一个
    侧面, 心里＿都还踏实). Its options (nouns, adjectives) are of another kind than the word the slot takes."""
    if gap.answer_class & {"a"} and "v" not in gap.answer_class and _NUMERAL_START.match(gap.right):
        return True  # 大学＿四年 (一般) among 轻松/安全/舒服: an adjective before a number is an adverb there
    if not gap.right_word or not word_class(gap.right_word) & {"d", "p"} or "v" in gap.answer_class:
        return False
    tops = nb.tops(gap.answer)
    return "K" in tops or ("E" in tops and noun_slot(gap.answer_class))


#: Complements of change after an adjective (好起来, 冷下来): the adjective is the predicate there, not an adverbial
_NOT_ADVERBIAL = tuple(sorted(_SLOT_WORDS["change_complement"]))

#: A number opening the text after the gap
_NUMERAL_START = re.compile(rf"[{chars.COUNTING}几0-9０-９]")


def _modifies_next(right: str) -> bool:
    """The text after the gap opens with a noun or verb by jieba's tag (not a pronoun or a time word): a key with
    a feature reading (Cilin E) stands there as its attribute or adverbial (实际问题, 实际办证, 官方欢送)."""
    from quizgen.analysis.segment import segmenter

    tags = segmenter(None).tag(chars.CLAUSE_OR_COLON_SPLIT.split(right)[0][:8])
    return bool(tags) and tags[0][1][:1] in ("n", "v") and not tags[0][1].startswith(("nr", "ns", "nt", "nz"))


def _after_preposition(left: str) -> bool:
    """The clause before the gap opens with a preposition (与父辈＿， 相比): the key closes a prepositional frame,
    and the next clause is no object of it."""
    from quizgen.analysis.segment import segmenter

    tags = segmenter(None).tag(chars.CLAUSE_OR_COLON_SPLIT.split(left)[-1])
    return bool(tags) and tags[0][1] == "p"


def _bound_noun_after(gap: Gap) -> bool:
    """The one character after the key is a token of its own that jieba tags as a noun (or name) and, with the
    key, a CC-CEDICT word: the segmenter split a word (充电/宝 of 充电宝), and the gap would cut it. A verb or
    function word after the key is not (学生/会 of 学生会去: 会 'will')."""
    if len(gap.right_word) != 1 or gap.answer + gap.right_word not in cedict_index.headwords():
        return False
    from quizgen.analysis.segment import segmenter

    tags = segmenter(None).tag(gap.right[:6])
    return bool(tags) and tags[0][0] == gap.right_word and tags[0][1][:1] == "n"


def _after_attribute(gap: Gap) -> bool:
    """A verb key after an adjective, ending its clause (做出了最大＿。: 贡献): the key is the noun the adjective
    modifies, and verb options (打破, 急需) are of another kind."""
    return bool(gap.left_word) and word_class(gap.left_word) == {"a"} and (
        not gap.right or gap.right.startswith(CLAUSE_END))


#: A numeral right before the gap, with no classifier between (二＿, 19＿); not a round number (5000万农业转移人口,
#: 十万大军: written Chinese counts people and troops in 百, 千, 万 and 亿 without a classifier)
_NUMERAL_END = re.compile(rf"[{chars.ONE_TO_NINE}{chars.TWO}十0-9０-９]$")

#: Marks after which the following clause is the object of a verb ending its own clause (发现，…; 强调：…)
_CLAUSE_OBJECT = ("，", "：", ",", ":")

#: The enumeration comma: a gap beside it is one item of a list, which any word of the list's kind joins as well
#: (以及＿、社会性发展 (情绪): 心理 fits; 电网＿、银行交流 (合并): 维护 fits)
_ENUMERATION = "、"

#: Verbs of coming and going before a verb of purpose that ends its clause (来过节, 去游泳)
_COME_GO = ("来", "去")

#: Conjunctions that join nouns of a list (环境保护的＿及内容 (范围): 原则 fits) — not 和, 与, also prepositions
_LIST_JOINERS = ("及", "以及")

#: Prepositions that open a point of view closed by 来说, 来看 … (frames.tsv ``viewpoint``)
_VIEW_FROM = tuple(sorted(_SLOT_WORDS["view_from"]))

#: Demonstratives + classifier before a noun that points back to what the text said (这种＿如不加以纠正): any noun
#: of the kind fits; and prepositions of topic (关于中西医的＿: 研究, 科研, 争论 all fit)
_ANAPHOR = tuple(sorted(_SLOT_WORDS["anaphor"]))
_TOPIC = tuple(sorted(_SLOT_WORDS["topic_prep"]))


def _open_noun(gap: Gap) -> str:
    """Why a noun slot is open ('' when not): the head after a topic phrase (关于X的＿), a noun after a
    demonstrative with nothing after it that narrows it (这种＿如不加以纠正), a place right after a preposition of
    place (在＿, 到＿里)."""
    if not noun_slot(gap.answer_class):
        return ""
    clause = chars.CLAUSE_SPLIT.split(gap.left)[-1]
    if gap.left.endswith("的") and any(t in clause for t in _TOPIC):
        return "open-topic"
    if gap.left.endswith(_ANAPHOR) and not (gap.right_word and "n" in word_class(gap.right_word)):
        return "open-anaphor"
    if gap.right.lstrip("上").startswith(slot_words.viewpoint_closers()) and any(p in clause for p in _VIEW_FROM):
        return "open-viewpoint"  # 从严于责己的＿来说 (角度): 意义 and 逻辑 fit; a standpoint takes any such word
    kind = nb.noun_kind(gap.answer)
    if kind in _PLACE_KINDS and gap.left_word in _TOWARDS:
        return "open-place"  # 在＿还有说到 (宿舍): 阳台 and 车厢 fit as well; 放狗到＿里 (院子): 客厅
    return ""


#: Kinds of place (Cilin Cb places, Bn buildings and rooms, Dm institutions one goes to: 银行, 工厂, 法院) and the
#: prepositions and verbs of place before them: a place right after one is any place of the kind (在宿舍/阳台/车厢;
#: 去＿排队 (银行): 球场 and 工厂 fit as well, session 18)
_PLACE_KINDS = ("Cb", "Bn", "Dm")
_TOWARDS = _SLOT_WORDS["towards"]


def _bare_person(gap: Gap) -> bool:
    """The answer is a person (every Cilin code in 大类 A) standing alone as subject or object: no noun beside
    it narrows which person (学生＿ 家长, 母子＿儿女 do)."""
    cs = nb.codes(gap.answer)
    return bool(cs) and all(c[0] == "A" for c in cs) \
        and not any(w and "n" in word_class(w) for w in (gap.left_word, gap.right_word))


def _noun_follows(gap: Gap) -> bool:
    """The gap modifies the noun after it, directly (＿兴趣) or through 的 (＿的兴趣)."""
    if gap.right.startswith("的"):
        rest = gap.right[1:]
        word = next((rest[:n] for n in (4, 3, 2, 1) if len(rest) >= n and lexicon.is_known_word(rest[:n])), "")
        return bool(word) and word_class(word) == {"n"}
    # a verbal noun (突破, 发展: n + v) counts: 取得了＿突破 (重要) takes 重大 as well, and as an adverbial before its
    # verb reading the slot is open too
    return bool(gap.right_word) and "n" in word_class(gap.right_word)


def _verb_follows(gap: Gap) -> bool:
    """The word after the gap is a verb or a preposition: the gap is an adverbial (manner) slot."""
    return bool(gap.right_word) and bool(word_class(gap.right_word) & {"v", "p"}) \
        and "n" not in word_class(gap.right_word)



def _kinds_apart(word: str) -> bool:
    """Cilin files the noun's own senses (``=`` and ``@`` leaves) under more than one of its noun classes — a
    person (A), a thing (B), a time or place (C), an abstract thing (D): 头脑 is Af 'leader' and Df 'mind'. The
    options are drawn from the kind of its first sense, which may not be the sense of the sentence, and then a
    reader rules all three out at once (保持清醒＿: 大臣/公主/皇帝)."""
    return len({c[0] for c in nb.codes(word) if c[-1] in "=@" and c[0] in _NOUN_TOPS}) > 1


def _open_kind(gap: Gap) -> bool:
    """A content neighbour of the gap takes other words of the key's kind (:func:`attested.open_kind`)."""
    from quizgen.items.option_checks import content_neighbours

    return attested.open_kind(gap.answer, gap.answer_class, *content_neighbours(gap))
