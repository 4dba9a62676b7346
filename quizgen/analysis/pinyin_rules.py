"""Readings decided by grammar, from jieba's part-of-speech tags: the function words and the polyphones whose
reading follows their role (地 after an adverb is de, 得 after a verb de but 你得去 děi, 着 after a verb zhe,
很长 cháng but 长大 zhǎng, 率 in 效率 lǜ but 率领 shuài). :func:`quizgen.pinyin.sentences_pinyin` asks
:func:`rule` first and sends a character to the polyphone model only when no rule decides it.
"""
from __future__ import annotations

from collections.abc import Sequence

_DEGREE = frozenset("很太更最挺好真多越较")  # 很长 cháng, 很重 zhòng
_MODAL_BEFORE = frozenset(["还", "就", "也", "都", "又", "可", "总", "只", "必须", "我", "你", "他", "她",
                           "我们", "你们", "他们", "她们", "咱们", "大家", "谁"])  # X得+verb: děi
_TITLE_BEFORE = frozenset("书察员队部局厅处科校院社市省县乡镇村组班团营连排师军行所站会事司署馆门厂区州园")
_PERSONAL = frozenset(["我", "你", "您", "他", "她", "它", "我们", "你们", "他们", "她们", "咱们"])
_NEGATION = frozenset(["没", "没有", "不", "未", "别"])
CLAUSE_END = frozenset("，。！？；：,.!?;:、")
_MODAL = frozenset(["要", "能", "会", "应", "应该", "愿意", "可以", "将", "想", "肯", "敢", "愿", "能够", "需要"])
_WEI4_WORD_START = frozenset("地这能也都还就又将要可并而")
_WEI2_MARKERS = frozenset("以视")  # 以…为…, 视…为…: wéi


def rule(text: str, i: int, words: Sequence[tuple[str, str]], wi: int) -> str | None:
    """Reading of text[i], in jieba word number `wi`, decided by the jieba context; None to keep the other.

    Applied to characters outside pypinyin's phrases, and inside a phrase that jieba splits differently
    (所有人|都|会: pypinyin's 都会 dū huì loses to the adverb 都).
    Each rule was kept because it fixed errors on the CPP test or on the SIGHAN msr/pku texts
    (bench/bench_pinyin.py) without adding any there.
    """
    ch = text[i]
    word, pos = words[wi]
    prev = words[wi - 1] if wi else ("", "")
    nxt = words[wi + 1] if wi + 1 < len(words) else ("", "")
    alone = len(word) == 1
    before = text[i - 1] if i else ""
    if ch == "的" and alone:
        return "de5"
    if ch == "了":
        if before == "不":
            return "liao3"  # 走不了
        if alone:
            return "le5"
    if ch == "地" and alone and pos == "uv" and before and before not in CLAUSE_END:  # 省、地、县: dì
        return "de5"
    if ch == "着" and alone and pos == "uz":
        return "zhe5"
    if ch == "得":
        if alone and nxt[1][:1] in ("v", "p") and (prev[0] in _MODAL_BEFORE or prev[1] in ("r", "d")):
            return "dei3"  # 你得去, 还得从…
        if alone and nxt[1] == "d" and prev[0] in _MODAL_BEFORE:
            return "dei3"  # 你得快点儿, 我得马上走 (jieba tags this 得 ud)
        if alone and nxt[0] == "了" and prev[1][:1] not in ("v", "a"):
            return "de2"  # 他得了第一名: to obtain (jieba tags this 得 ud as well)
        if alone and (pos == "ud" or prev[1][:1] in ("v", "a")):
            return "de5"
        if not alone and word.index(ch) > 0 and pos[:1] in ("l", "v", "a") and before not in "那这我你他她":
            return "de5"  # 跑得快 (jieba keeps V得C as one word)
        if not alone and word[0] == ch and pos[:1] in ("m", "a", "d", "l") and prev[1][:1] in ("v", "a"):
            return "de5"  # 控制|得太多
    if ch == "还" and alone and (nxt[0] in _PERSONAL or prev[0] in _NEGATION and nxt[1][:1] in ("n", "r")):
        return "huan2"  # 还我钱, 没还书: the verb with its object (jieba tags every lone 还 d)
    if ch == "吧" and alone and pos == "y" and not ("\u4e00" <= nxt[0][:1] <= "\u9fff"):
        return "ba5"  # 你先喝吧。 (not 贴吧上: jieba tags that 吧 y too, but a word follows)
    if ch in "长重" and before in _DEGREE:
        return "chang2" if ch == "长" else "zhong4"
    if ch == "长" and len(word) > 1 and word[-1] == ch and pos[:1] == "n" and before in _TITLE_BEFORE:
        return "zhang3"  # 秘书长, 检察长
    if ch == "为" and pos == "p":
        if not alone:
            return "wei4" if word[-1] == ch and word[0] in _WEI4_WORD_START else None  # 更好地为, 这为
        start = i
        while start and text[start - 1] not in CLAUSE_END:
            start -= 1
        if (_WEI2_MARKERS & set(text[start:i]) or (prev[1][:1] == "v" and prev[0] not in _MODAL)
                or nxt[1] in ("m", "x")):
            return "wei2"  # 以此为契机, 视质量为生命, 描述为, 分别为：
        return "wei4"  # 为人民服务
    if ch == "应" and (alone or word[0] == ch) and pos[:1] == "v":
        return "ying1"  # modal: 应采取
    if ch == "干" and alone and pos == "v":
        return "gan4"
    if ch == "都" and alone and pos == "d":
        return "dou1"
    if ch == "少" and pos[:1] in ("a", "d", "v"):
        return "shao3"
    if ch == "好" and (pos[:1] in ("a", "d", "z") or prev[0] in _DEGREE):
        return "hao3"  # 更好实行, 很好: the adjective; hào (to like) is in phrases (爱好, 好奇)
    if ch == "地" and word[0] == ch and len(word) == 2 and prev[1][:1] in ("a", "d", "z"):
        return "de5"  # 迫切|地说: jieba glues the particle to the verb
    if ch == "率":
        # 失业率, 占有率: the rate suffix of a noun of 3+ characters (2-character ones, 效率 草率, are pypinyin
        # phrases; jieba's HMM glues names to it, 杨仆率 nr, so proper nouns are left alone); 率团: leads
        if len(word) > 2 and word[-1] == ch and pos == "n":
            return "lü4"
        if word[0] == ch and (len(word) > 1 or pos[:1] == "v"):
            return "shuai4"
    return None


RULE_CHARS = frozenset("的了地着得长重为应干都少率好还吧")


def decided_by_rule(ch: str, word: str, pos: str) -> bool:
    """True when `_rule` surely decides this character, so the model need not run for it."""
    if len(word) == 1:
        return (ch in "的了" or (ch == "地" and pos == "uv") or (ch == "着" and pos == "uz")
                or (ch == "为" and pos == "p") or (ch == "都" and pos == "d"))
    return False
