"""Sentences that are machine-rewritten (spun) or garbled, and the spinner's repairable substitutions.

A spun text is one a synonym "spinner" has rewritten word by word (人民 → 平易近, 大 → 年夜, 方向 → 标的目的):
grammatical-looking, wrong Chinese. :func:`spun_document` recognises such a document by the spinner's tell-tale
substitutions; :func:`spinner_repairs` finds the ones with a single source, which the pipeline repairs;
:func:`is_garbled` flags each sentence that still looks spun or garbled, so it is read but never taught.
Everything works on Simplified text (the analysis form).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

__all__ = [
    "garble_reasons",
    "is_garbled",
    "is_spinner_word",
    "spinner_hits",
    "spinner_repair_traditional",
    "spinner_repairs",
    "spun_document",
]

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002ffff]")

# --------------------------------------------------------------------------------------------------
# Garbled / spun sentences
# --------------------------------------------------------------------------------------------------
# Spinner substitutions that are rare in genuine text. Each was counted in the SIGHAN test texts
# (~640k characters of Simplified/converted news and prose): every pattern below occurs 0 times there
# once its exceptions are applied, while the spun sample has 平易近 ×28, 年夜 ×19, 标的目的 ×4 …
# Real words the spinner also produces (平安, 周全, 精力, 国民, 供给, 中心, 焦点, 气力 …) are common in
# genuine text (SIGHAN: 平安 10, 国民 156, 中心 200 …) and deliberately absent.
# Each comes with the word the spinner replaced: in a spun document (spun_document) these are repaired, since
# the spun forms are not Chinese (平易近警, 年夜局) and each has exactly one source.
_SPINNER_TABLE = (
    ("平易近", r"平易近(?!人)", "民"),  # 平易近人 is a real idiom (SIGHAN msr: 2)
    ("标的目的", r"标的目的", "方向"),
    ("不符合法令", r"不符合法令(?!规|要求|法规|条|[、和的。,，])", "非法"),
    ("轨制", r"轨制", "制度"),
    ("年夜", r"(?<![大除])年夜(?![饭里间晚空色])", "大"),  # 年夜饭 (pku: 1), 大年夜, 去年夜里
    ("差人", r"(?<!出)差人(?!意)", "警察"),  # 国民差人; 出差人员
    ("生齿", r"生齿", "人口"),
    ("岑岭", r"岑岭", "高峰"),
    ("损掉", r"(?<![磨耗亏破])损掉", "损失"),
    ("栖身证", r"栖身证", "居住证"),
    ("成分证", r"成分证", "身份证"),
    ("无限公司", r"无限公司", "有限公司"),
    ("一起配合", r"一起配合", "合作"),
    ("白叟", r"白叟", "老人"),
)
_SPINNER_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(rx)) for name, rx, _ in _SPINNER_TABLE)
_REPAIR = {name: repl for name, _, repl in _SPINNER_TABLE}
# The repairs in Traditional characters (OpenCC s2tw gives the same; written out to spare loading it, 0.04 s)
_REPAIR_TRADITIONAL = {"损失": "損失", "居住证": "居住證", "身份证": "身份證"}  # the others are the same


def spinner_repair_traditional(word: str) -> str:
    """A repair word of ``_SPINNER_TABLE`` (Simplified) in Traditional characters."""
    return _REPAIR_TRADITIONAL.get(word, word)

# Weak tier: real words the spinner writes for common ones (平安 for 安全, 周全 for 全面, 犯法 for 犯罪,
# 供给 for 提供 …). Each is rare in genuine text — at most 15 occurrences in the ~640k SIGHAN characters
# (平安 10, 供给 10, 无力 9, 法令 6, 周全 1, 犯法 1, 若何 0 …) — but common in spun text (平安 20, 周全 9 and
# 犯法 10 in the 4k-character sample). One alone proves nothing; ≥ _MIN_WEAK distinct ones in a sentence
# flag it. Matched as whole jieba tokens, since 有用 or 安身 also occur across word boundaries (所有用户).
_SPINNER_WEAK = frozenset(
    "周全 犯法 平安 供给 无力 法令 气力 冲破 安然 降落 不竭 安身 最基础 若何 靠得住 凸起 受益者 处所 捏造 "
    "权衡 耐久 进进 殊途同归 瞩目标 融会 美妙 功德 变乱 投进 今朝 思惟 思绪 按期 同道 完美 增添 请求 迫害 "
    "宏大 尽力 泥土 盼望 精力 分歧 改良 设定 有用 分解 后代 专心 保存 抵触 平安感".split()
)
_MIN_WEAK = 2
# Spun-document tier: common words the spinner writes for others, read from the spun sample against the
# article it was made from (国民 for 人民, 任务 for 工作/使命, 改造 for 改革, 实行 for 履行, 普通 for 一般,
# 办法 for 措施, 程度 for 水平, 严重 for 重大, 保证 for 保障 …). Far too common in genuine text to mean anything
# there, so they count only in a document already shown to be spun, where a sentence holding one is flagged:
# the sample's "unflagged" 服务国民 and 实行好…职责任务 were spun too, and items must never teach them.
_SPINNER_SPUN_DOC = frozenset(
    "国民 任务 改造 实行 普通 办法 程度 严重 主要 中心 焦点 深刻 获得 需求 形式 特点 生涯 保证 事务 食物 合适 "
    "安排 遵守 局势 途径 路况 决裂 培养 晋升 次序 支出 当即 公平 比拟 重若".split()
)
# In a document the spinner has demonstrably rewritten (strong substitutions ≥ _SPUN_DOC_HITS times), one
# weak word is enough: there it is far more likely spun than genuine (the sample: 平安感 for 安全感, 供给 for
# 提供). SIGHAN's ~640k characters contain 0 strong hits, so genuine documents never switch to this mode;
# the sample has 60+.
_SPUN_DOC_HITS = 3


def spun_document(text: str) -> bool:
    """True when a Simplified document shows the spinner's strong substitutions at least 3 times."""
    n = 0
    for _ in _ANY_SPINNER.finditer(text):
        n += 1
        if n >= _SPUN_DOC_HITS:
            return True
    return False

# OOV rule: a sentence with ≥ _MIN_UNITS Han units of which ≥ _MAX_UNKNOWN_SHARE are unknown. A unit is
# a multi-character Han token, or a run of ≥ 3 single-character Han tokens (jieba's way of cutting a
# string it does not know); it is unknown when ``known`` rejects it. The unknown share of SIGHAN sentences
# has p50 ≈ 0.12, p99 ≈ 0.5 — and the spun sample has the same distribution, because the spinner writes
# dictionary words, so this rule only catches real garbage (mojibake, name lists, stuffed lines).
# Flagged share of SIGHAN sentences (pku / msr / as / cityu) by (min units, share):
#   8, 0.5: 1.99 / 2.36 / 0.89 / 2.87 %     8, 0.6: 0.53 / 0.59 / 0.31 / 0.67 %  <- chosen
#   8, 0.7: 0.15 / 0.12 / 0.08 / 0.20 %     6, 0.6: 0.79 / 0.99 / 0.74 / 0.80 %
# What it flags there is mostly sentences dense with names (丁关根、田纪云、李铁映…), no loss to a learner.
_MIN_UNITS = 8
_MAX_UNKNOWN_SHARE = 0.6


_ANY_SPINNER = re.compile("|".join(f"(?:{rx.pattern})" for _, rx in _SPINNER_PATTERNS))
_HAN_WORD = re.compile(f"(?:{_HAN.pattern})+")


def spinner_repairs(text: str) -> list[tuple[int, int, str]]:
    """The strong spinner substitutions in a Simplified string as (start, end, original word), in text order,
    non-overlapping: 平易近警 → [(0, 3, '民')]. Apply only to a :func:`spun_document`."""
    out: list[tuple[int, int, str]] = []
    if not _ANY_SPINNER.search(text):
        return out
    for m in _ANY_SPINNER.finditer(text):
        out.append((m.start(), m.end(), _REPAIR[_spinner_name(m.group())]))
    return out


def _spinner_name(found: str) -> str:
    return next(name for name, rx in _SPINNER_PATTERNS if found.startswith(name))


def is_spinner_word(word: str) -> bool:
    """A real word that spinners write for another (平安 for 安全, 无力 for 有力): in a spun document its
    dictionary sense is usually not what the text means."""
    return word in _SPINNER_WEAK or word in _SPINNER_SPUN_DOC


def spinner_hits(text: str) -> list[str]:
    """Names of the strong spinner substitutions found in a Simplified string, in pattern order."""
    if not _ANY_SPINNER.search(text):  # one combined search first: almost every genuine sentence stops here
        return []
    return [name for name, rx in _SPINNER_PATTERNS if rx.search(text)]


def garble_reasons(words: Sequence[str], known: Callable[[str], bool], spun: bool = False) -> list[str]:
    """Why a sentence (its Simplified tokens) looks spun or garbled; empty when it does not.

    Reasons: the strong spinner substitutions found (``'平易近'`` …), ``'weak:平安+周全'`` for ≥ 2 weak
    ones, ``'oov'`` when too many Han units are unknown words.
    """
    reasons = spinner_hits("".join(words))
    weak = sorted({w.strip() for w in words} & (_SPINNER_WEAK | _SPINNER_SPUN_DOC if spun else _SPINNER_WEAK))
    if len(weak) >= (1 if spun else _MIN_WEAK):
        reasons.append("weak:" + "+".join(weak))
    units = _han_units(words)
    if len(units) >= _MIN_UNITS:
        unknown = sum(1 for u in units if not known(u))
        if unknown >= _MAX_UNKNOWN_SHARE * len(units):
            reasons.append("oov")
    return reasons


def is_garbled(words: Sequence[str], known: Callable[[str], bool], spun: bool = False) -> bool:
    """True when a sentence (its Simplified jieba tokens) still looks spun or garbled.

    It contains a strong spinner substitution (``_SPINNER_PATTERNS``; matched on the joined tokens,
    because jieba cuts 平易近警 as 平易/近警), or ≥ 2 distinct weak ones (``_SPINNER_WEAK``; in a spun
    document one weak or spun-document word, ``_SPINNER_SPUN_DOC``, is enough), or too many
    of its Han units are unknown words (``_MAX_UNKNOWN_SHARE``). Punctuation tokens may be present or not.
    """
    # The same tests as garble_reasons, stopping at the first that fires: this runs on every sentence.
    if _ANY_SPINNER.search("".join(words)):
        return True
    if spun:
        if not _SPINNER_WEAK.isdisjoint(words) or not _SPINNER_SPUN_DOC.isdisjoint(words):
            return True
    elif len(_SPINNER_WEAK.intersection(words)) >= _MIN_WEAK:
        return True
    if len(words) < _MIN_UNITS:  # a unit is at least one token: too few tokens for the unknown-word rule
        return False
    units = _han_units(words)
    if len(units) < _MIN_UNITS:
        return False
    unknown = sum(1 for u in units if not known(u))
    return unknown >= _MAX_UNKNOWN_SHARE * len(units)


def _han_units(words: Sequence[str]) -> list[str]:
    units: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= 3:
            units.append("".join(run))
        run.clear()

    for w in words:
        w = w.strip()
        if len(w) == 1 and _HAN.match(w):
            run.append(w)
            continue
        flush()
        if _HAN_WORD.fullmatch(w):
            units.append(w)
    flush()
    return units
