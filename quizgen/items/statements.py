"""Questions about what the text says: HSK 5 "choose the statement consistent with the passage", and template
questions on the numbers, dates, people and places of the text (``fact``).

A wrong statement is a clause of the passage with exactly one fact changed — a number, a name, a negation, or a
word swapped for its antonym — and it is *verified* to contradict the passage: the changed clause does not occur
in the passage, and a new number or name occurs nowhere in it. The right statement restates another clause
verbatim (we do not paraphrase: a paraphrase we cannot check could be wrong).
"""
from __future__ import annotations

import random
import re

from ..model import Sentence, Token
from .generate import Context, blank
from .model import Item, Passage
from .sections import CUES, _runs, _sep
from .select import item_spans

# Antonym pairs (Simplified, both directions), the common ones of HSK 1–5 word lists. Only exact tokens swap.
_ANTONYMS = dict(p for a, b in (
    ("增加", "减少"), ("提高", "降低"), ("上升", "下降"), ("扩大", "缩小"), ("增强", "减弱"), ("加快", "放慢"),
    ("多", "少"), ("大", "小"), ("高", "低"), ("长", "短"), ("快", "慢"), ("早", "晚"), ("新", "旧"),
    ("开始", "结束"), ("成功", "失败"), ("支持", "反对"), ("喜欢", "讨厌"), ("容易", "困难"), ("简单", "复杂"),
    ("最高", "最低"), ("最大", "最小"), ("最多", "最少"), ("以上", "以下"), ("以前", "以后"), ("之前", "之后"),
    ("进口", "出口"), ("买", "卖"), ("赢", "输"), ("便宜", "贵"), ("热", "冷"), ("积极", "消极"),
    ("安全", "危险"), ("主动", "被动"), ("国内", "国外"), ("好", "坏"), ("同意", "反对"), ("相同", "不同"),
    ("很多", "很少"), ("许多", "很少"), ("经常", "很少"), ("总是", "很少"), ("必须", "不必"), ("一定", "不一定"),
    ("富", "穷"), ("胖", "瘦"), ("重", "轻"), ("深", "浅"), ("远", "近"), ("男", "女"), ("老", "年轻"),
) for p in ((a, b), (b, a)))
# Verbs that take 不 (有 takes 没); negating them flips the statement's truth.
_NEGATABLE = {"是": "不是", "有": "没有", "能": "不能", "会": "不会", "可以": "不可以", "应该": "不应该",
              "需要": "不需要", "愿意": "不愿意", "喜欢": "不喜欢", "同意": "不同意", "能够": "不能够"}
_NEG_CHARS = ("不", "没", "未", "非", "无", "别")
_CONDITIONAL = ("如果", "假如", "要是", "是否", "吗", "?", "？", "只要", "除非")
_CLAUSE_PUNCT = "，,；;：:。！!？?…"
_NUM = re.compile(r"\d+(?:\.\d+)?")


_SUBORDINATE = frozenset({"即使", "虽然", "如果", "因为", "只要", "尽管", "一旦", "要是", "假如", "除非", "无论"})


_QUESTION = frozenset({"？", "?", "什么", "怎样", "怎么", "为什么", "哪", "哪里", "谁", "吗", "呢", "多少", "几"})


def _has_subject(unit: list[Token]) -> bool:
    """A noun or pronoun before the first verb: the clause says who does what (不应该回过头 has no subject)."""
    for t in unit:
        if t.pos[:1] == "v":
            return False
        if t.pos[:1] in ("n", "r") or t.proper_noun:
            return True
    return False


def _units(ctx: Context, s: Sentence) -> list[tuple[list[Token], bool]]:
    """Clauses of a sentence that read as statements: token runs between clause punctuation, 6–30 characters,
    ≥ 3 words, no subordinating conjunction; (clause, is the sentence's first clause)."""
    question = any(t.simplified in _QUESTION for t in s.tokens)
    out, cur = [], []
    out_started = False  # a sentence's first clause stands alone; later ones must look like statements
    for t in s.tokens + (Token("。", "。", s.end, s.end, "x", "", "", None, None, False),):
        if t.simplified and all(c in _CLAUSE_PUNCT for c in t.simplified):
            if cur:
                text = ctx.doc.text[cur[0].start:cur[-1].end]
                if 6 <= len(text) <= 30 and sum(x.is_word for x in cur) >= 3 and not set(text) & set("“”「」\"") \
                        and _stands_alone(cur) \
                        and not any(t.simplified in _SUBORDINATE for t in cur) and _has_subject(cur) \
                        and not question:
                    out.append((cur, not out_started))
            out_started = True
            cur = []
        else:
            cur.append(t)
    return out


# Clauses opening with these continue or qualify another clause: not a statement on their own.
_DEPENDENT = ("而", "但", "并", "甚至", "即使", "虽然", "因为", "所以", "如果", "在", "当", "从", "对", "把", "被",
              "也", "就", "还", "又", "才", "都", "却", "以", "为", "和", "与", "及", "或", "等", "即")


def _stands_alone(unit: list[Token]) -> bool:
    """A clause that reads as a statement: no dependent opening, not 'when …' (…时), has a verb or adjective."""
    words = [t for t in unit if t.is_word]
    if not words or words[0].simplified.startswith(_DEPENDENT + CUES) or words[-1].simplified in ("时", "时候", "后"):
        return False
    if len(words) >= 2 and words[-2].simplified == "的" and words[-1].pos[:1] == "n":
        return False  # ends in "…的 + noun": a noun phrase (社会所提供的机会), not a statement
    return any(t.pos[:1] in ("v", "a") for t in words)


def _render(ctx: Context, unit: list[Token], i: int, new: str) -> str:
    """Unit text with token i replaced by ``new`` (already in the input's script)."""
    t = unit[i]
    return ctx.doc.text[unit[0].start:t.start] + new + ctx.doc.text[t.end:unit[-1].end]


_FULL = str.maketrans("0123456789.", "０１２３４５６７８９．")


def _same_width(new: str, like: str) -> str:
    """Write ``new`` in full-width digits when ``like`` is (１９４９年 stays full-width)."""
    return new.translate(_FULL) if any("０" <= c <= "９" for c in like) else new


def _new_number(value: str, avoid: str, rng: random.Random) -> str | None:
    decimals = len(value.split(".")[1]) if "." in value else 0
    x = float(value)
    # small, believable changes (a year moves by a year or two, 21世纪 never becomes 42世纪)
    steps = [x + 1, x + 2, x - 1, x - 2] if decimals == 0 else [x + 0.5, x - 0.5, x + 1, x - 1]
    if decimals == 0 and x >= 30 and not (1000 <= x <= 2100):
        steps += [x + 10, x - 10]
    rng.shuffle(steps)
    for y in steps:
        s = _same_width(f"{y:.{decimals}f}", value)
        if y > 0 and s != value and s not in avoid and (decimals or float(s).is_integer()):
            return s
    return None


def perturb(ctx: Context, unit: list[Token], passage: str, names: dict[str, list[str]],
            rng: random.Random) -> list[tuple[str, str]]:
    """Every single-fact change of a clause: (new clause text, explanation), each verified against ``passage``
    (the changed clause occurs nowhere in it), in seeded random order."""
    text = ctx.doc.text[unit[0].start:unit[-1].end]
    if any(c in "".join(t.simplified for t in unit) for c in _CONDITIONAL):
        return []
    tries: list[tuple[str, str]] = []
    for i, t in enumerate(unit):
        m = _NUM.search(t.text)
        if m:
            new = _new_number(m.group(), passage, rng)
            if new:
                tries.append((_render(ctx, unit, i, t.text[:m.start()] + new + t.text[m.end():]),
                              f"number {m.group()} → {new}"))
        if t.proper_noun and t.pos[:2] in names and not _common_word(t.simplified):
            # same kind, length and place suffix (广东省 never becomes 后河): a believable other fact
            suffix = t.text[-1] if t.pos[:2] == "ns" and t.simplified[-1] in "省市县区州镇村国" else ""
            others = [n for n in names[t.pos[:2]] if n not in passage and n != t.text
                      and len(n) == len(t.text) and n.endswith(suffix)]
            if others:
                other = rng.choice(others)
                tries.append((_render(ctx, unit, i, other), f"name {t.text} → {other}"))
        nxt = unit[i + 1].simplified if i + 1 < len(unit) else ""
        if nxt in ("的", "之"):
            continue  # a modifier (成功的人 → 失败的人): the passage says nothing about the other kind
        if t.simplified in _ANTONYMS and not (t.simplified in ("很多", "许多") and "都" in text):  # 很少…都 ✗
            ant = ctx.display(_ANTONYMS[t.simplified])
            tries.append((_render(ctx, unit, i, ant), f"antonym {t.text} → {ant}"))
        prev = unit[i - 1].simplified if i else ""
        if (t.simplified in _NEGATABLE and t.pos.startswith("v") and not prev.endswith(_NEG_CHARS)
                and not any(c in text for c in _NEG_CHARS)):
            neg = ctx.display(_NEGATABLE[t.simplified])
            tries.append((_render(ctx, unit, i, neg), f"negation {t.text} → {neg}"))
    rng.shuffle(tries)
    return [(new, why) for new, why in tries if new != text and new not in passage]


def _common_word(simplified: str) -> bool:
    """A common CC-CEDICT word (钟声 'sound of a bell') that the tagger took for a name."""
    from .. import lexicon

    if any(not e.is_proper for e in lexicon.cedict_entries(simplified)):
        return True
    # a person's name starts with a surname; a place or organisation is a dictionary name or has a suffix
    proper = any(e.is_proper for e in lexicon.cedict_entries(simplified))
    person = len(simplified) == 3 and simplified[:1] in lexicon._SURNAMES  # 2-character ones: 钟声 looks alike
    return not (proper or person or simplified[-1:] in lexicon._PLACE_SUFFIXES
                or simplified[-1:] in lexicon._ORG_SUFFIXES)


def _names(ctx: Context) -> dict[str, list[str]]:
    """Proper nouns of the text by jieba tag (nr people, ns places, nt organisations), first-seen order."""
    out: dict[str, list[str]] = {}
    for s in ctx.doc.sentences:
        if s.flagged:
            continue
        for t in s.tokens:
            if t.proper_noun and t.pos[:2] in ("nr", "ns", "nt") and t.text not in out.setdefault(t.pos[:2], []):
                out[t.pos[:2]].append(t.text)
    return out


MAX_SENTENCE = 100  # characters: HSK 5 passages are short; a 400-character sentence is no reading passage
MIN_STATEMENT = 8  # characters of the right statement: shorter clauses are fragments (他说, 情况如下)


def _unit_len(ctx: Context, unit: list[Token]) -> int:
    return unit[-1].end - unit[0].start


def statement_items(ctx: Context, n: int) -> list[Item]:
    """HSK 5: a passage of 2–5 sentences and 4 statements, one restating a clause, three verified wrong."""
    rng = ctx.rng("statement")
    names = _names(ctx)
    out: list[Item] = []
    last = -1
    for win in _runs(ctx, 2, 6, 320):
        if len(out) >= n:
            break
        if win[0].id <= last:
            continue
        passage = "".join(s.text for s in win)
        if any(len(s.text) > MAX_SENTENCE for s in win):
            continue
        # clauses of complete sentences only: a sentence the pipeline cut at a comma ends in a fragment
        both = [u for s in win if s.text.rstrip("」』”\"）) ")[-1:] in "。！？!?；;" for u in _units(ctx, s)]
        units = [u for u, _ in both]
        firsts = {i for i, (_, first) in enumerate(both) if first}
        if len(units) < 2:
            continue
        order = list(range(len(units)))
        rng.shuffle(order)
        changes = {ui: perturb(ctx, units[ui], passage, names, rng) for ui in order}
        # the right statement: a sentence's first clause of ≥ 8 characters (it has its subject); prefer one
        # whose own changes are not needed, so the wrong options are about other facts
        cands = [ui for ui in order if ui in firsts and _unit_len(ctx, units[ui]) >= MIN_STATEMENT]
        cands.sort(key=lambda ui: len(changes[ui]))
        if not cands:
            continue
        keep = cands[0]
        wrong: list[tuple[str, str, int]] = []
        # other clauses first, at most two changes of one clause; the right clause's own changes only last
        pool = [(c, ui) for ui in order if ui != keep for c in changes[ui]] + [(c, keep) for c in changes[keep]]
        for _round in (1, 2):
            for (new, why), ui in pool:
                if len(wrong) < 3 and all(new != w[0] for w in wrong) and \
                        sum(w[2] == ui for w in wrong) < _round and (ui != keep or _round == 2):
                    wrong.append((new, why, ui))
        if len(wrong) < 3:
            continue
        right_unit = units[keep]
        right = ctx.doc.text[right_unit[0].start:right_unit[-1].end]
        opts = [right] + [w[0] for w in wrong]
        if len(set(opts)) != 4:
            continue
        rng.shuffle(opts)
        opts = [o + "。" for o in opts]
        last = win[-1].id
        pid = f"statement-{len(ctx.passages) + 1}"
        text = "".join((_sep(ctx, win[i - 1], s) if i else "") + s.text for i, s in enumerate(win))
        ctx.passages.append(Passage(pid, "statement", text, text, win[0].start, win[-1].end))
        expl = "; ".join(f"{'ABCD'[opts.index(w[0] + '。')]}: {w[1]}" for w in wrong)
        out.append(Item(id=ctx.id(text, right, "statement"), type="statement", level=ctx.doc.level,
                        prompt="根据这段话，可以知道：", options=tuple(opts), answer=right + "。",
                        answer_index=opts.index(right + "。"), source=ctx.doc.source, sentence=right,
                        start=right_unit[0].start, end=right_unit[-1].end, passage=pid, group=pid,
                        explanation=f"{'ABCD'[opts.index(right + '。')]} restates the passage; {expl}"))
    return out


def _fact_kind(t: Token) -> str:
    if t.proper_noun and t.pos.startswith("nr"):
        return "person"
    if t.proper_noun and t.pos.startswith("ns"):
        return "place"
    if _NUM.search(t.text):
        return "date" if t.text[-1:] in "年月日" and t.pos == "t" else "number"
    return ""


def _fact_values(ctx: Context, kind: str, tok: Token, span_text: str, rng: random.Random) -> list[str]:
    """Three wrong values of the same kind and unit, none in the item sentence."""
    if kind in ("person", "place"):
        # same granularity: same length, and a place keeps its 省/市/县/区 suffix (广东省, never 杭州 for 福建省)
        suffix = tok.text[-1] if kind == "place" and tok.simplified[-1] in "省市县区州镇村国" else ""
        pool = [n for n in _names(ctx).get("nr" if kind == "person" else "ns", [])
                if n not in span_text and len(n) == len(tok.text) and n.endswith(suffix)]
        return pool[:3] if len(pool) >= 3 else []
    m = _NUM.search(tok.text)
    assert m
    pre, suf, value = tok.text[:m.start()], tok.text[m.end():], m.group()
    seen = []
    for s in ctx.doc.sentences:  # same unit used elsewhere in the text first: the most plausible
        for t in s.tokens:
            mm = _NUM.search(t.text)
            if not s.flagged and mm and t.text[:mm.start()] == pre and t.text[mm.end():] == suf \
                    and ("." in mm.group()) == ("." in value) \
                    and mm.group() != value and t.text not in seen and t.text not in span_text:
                seen.append(t.text)
    if kind == "date" and suf == "月":
        extra = [str(x) for x in range(1, 13)]
    else:
        x = float(value)
        dec = len(value.split(".")[1]) if "." in value else 0
        extra = [f"{y:.{dec}f}" for y in (x + 1, x - 1, x + 2, x + 3, x * 2) if y > 0]
    rng.shuffle(extra)
    for v in extra:
        v = _same_width(v, value)
        t = pre + v + suf
        if v != value and t not in seen and t not in span_text:
            seen.append(t)
    return seen[:3] if len(seen) >= 3 else []


def fact_items(ctx: Context, n: int) -> list[Item]:
    """Template questions: a sentence with its date, number, person or place blanked, and 4 values of the
    same kind; the filled-in wrong sentence must occur nowhere in the text (so the text decides)."""
    rng = ctx.rng("fact")
    out: list[Item] = []
    used_spans: set[int] = set()
    kinds_seen: dict[str, int] = {}
    cands = []
    for span in item_spans(ctx.doc):
        for tok in span.tokens:
            kind = _fact_kind(tok)
            if kind and span.text.count(tok.text) == 1:
                cands.append((span, tok, kind))
    # variety first: one of each kind before a second of any
    cands.sort(key=lambda c: c[0].start)
    while len(out) < n and cands:
        cands.sort(key=lambda c: (kinds_seen.get(c[2], 0), c[0].start))
        span, tok, kind = cands.pop(0)
        if span.start in used_spans:
            continue
        wrong = _fact_values(ctx, kind, tok, span.text, rng)
        if not wrong:
            continue
        opts = [tok.text] + wrong
        if len(set(opts)) != 4 or any(blank(ctx.doc, span, tok, w) in ctx.doc.text for w in wrong):
            continue
        rng.shuffle(opts)
        used_spans.add(span.start)
        kinds_seen[kind] = kinds_seen.get(kind, 0) + 1
        out.append(Item(id=ctx.id(span.text, tok.text, "fact"), type="fact", level=ctx.doc.level,
                        prompt=blank(ctx.doc, span, tok), options=tuple(opts), answer=tok.text,
                        answer_index=opts.index(tok.text), source=ctx.doc.source, sentence=span.text,
                        start=span.start, end=span.end, word=tok.text, simplified=tok.simplified,
                        target_start=tok.start, target_end=tok.end, blanked=blank(ctx.doc, span, tok),
                        kind=kind))
    return out
