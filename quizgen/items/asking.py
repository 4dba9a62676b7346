"""Questions asked in place, and the meaning of a word in its sentence.

* ``who`` / ``where`` / ``when`` / ``how_many``: a clause that stands alone with one of its people, places, dates
  or counted numbers replaced by the question word (Chinese asks in place: 他在北京工作了三年 → 他在哪儿工作了三年？);
  the options are that value and three others of the same kind and unit from the passage (:func:`facts.fact_values`),
  each of which, put back, gives a clause the text does not contain. A place is asked only after a preposition or
  verb of direction (在/到/去/从 …), a number only with a measure word and never when approximate (约, 多, 左右).
  A clause opening with 他/她 is asked ``who`` when its person is certain (rephrase.antecedent): the key is the
  name the pronoun stands for, so the learner follows it back.
* ``meaning``: a word at the level or one below with a single common CC-CEDICT entry and few senses (so its gloss is its
  sense in this sentence too); the options are its short gloss and the glosses of three listed words of the same
  part of speech and length that share no sense with it or with each other, and are not in its paragraph, and
  no gloss a third listed word bridges to the key's (:mod:`quizgen.items.gloss_bridges`: 败坏 'to ruin' for 摧毁).
"""
from __future__ import annotations

import random
from collections import Counter

from quizgen.analysis import chars, datafiles, lexicon
from quizgen.analysis.document import Token
from quizgen.items import distractors as dx
from quizgen.items import idioms, numbers
from quizgen.items import meaning_options as mo
from quizgen.items import meaning_senses as ms
from quizgen.items.about_counts import about_count
from quizgen.items.attested import in_title
from quizgen.items.changes import NUM, Unit, approximate, not_the_person
from quizgen.items.clause_units import MAX_STEM, _no_subject, carried, clause_units
from quizgen.items.context import Context, inside_name
from quizgen.items.counts import (
    ORDINAL_UNITS,
    RANGE,
    coordinated_value,
    counted_in_words,
    digit_options,
    frame_ahead,
    measure,
    not_a_count,
    unaskable_count,
    unit_missing,
)
from quizgen.items.drafts import (
    SHARE_LONG,
    Draft,
    in_place,
    narrated,
    open_to_meaning,
    readable,
    refuse,
    repaired_open,
    repaired_usable,
    spoken,
    stem,
    usable,
)
from quizgen.items.facts import a_person, date_cut, fact_kind, fact_values, sure_name
from quizgen.items.meaning_options import MAX_SENSES, _one_sense, plain_gloss, short_gloss  # noqa: F401 (tests)
from quizgen.items.meaning_words import meaning_words, time_word  # noqa: F401 (time_word: tests)
from quizgen.items.mentions import in_list, list_label, name_cut
from quizgen.items.number_checks import dateline
from quizgen.items.quotes import quote_of
from quizgen.items.statements import SCOPE_WORDS, units

_WH = {"person": ("who", "wh_person"), "place": ("where", "wh_place"), "date": ("when", "wh_time"),
       "number": ("how_many", "wh_number")}
_QUESTION_WORDS = datafiles.word_sets("question_words.tsv")
_TO_PLACE, _DENIED = _QUESTION_WORDS["to_place"], _QUESTION_WORDS["denial"]
_COORDINATED = _QUESTION_WORDS["coordinated"]


#: False: a clause holding the first word of a pair (不仅/不但 … 而且/还) may be asked in place, which cuts the pair
#: (当年不仅多少名职工全部妥善安置？: strict check of draw 11004; bench/mutation_check.py "wh-pair-first").
PAIRS = True
_PAIR_FIRST = _QUESTION_WORDS["pair_first"]

#: False: a place after a verb of direction and 了/过 (去了丽江) is not asked (bench/mutation_check.py "aspect-to-place").
ASPECT_TO_PLACE = True

#: False: a date or count cut into several tokens, or a count opening a named subject, may be asked in place
#: (bench/mutation_check.py "wh-split-values").
SPLIT_VALUES = True


def _numeral_edge(ch: str) -> bool:
    """A digit of any width or a Chinese digit (not a multiplier: 340|億元 is one amount asked as 多少億元): a
    value runs on across the token edge."""
    return bool(ch) and (ch.isdigit() or ch in chars.DIGITS + chars.ZERO + chars.TWO)


def _asked(ctx: Context, u: Unit, i: int, kind: str) -> str | None:
    """The clause of ``u`` with token ``i`` replaced by the question word, or None where the question would not
    read (a place that is not where something is or goes, an approximate or percentage number)."""
    toks = u.tokens
    t = toks[i]
    prev = toks[i - 1].simplified if i else ""
    nxt = toks[i + 1].simplified if i + 1 < len(toks) else ""
    word = stem(ctx, _WH[kind][1])
    if frame_ahead(ctx, u):
        return None  # 博览会刚开通2个小时，就已有24万人前来: 刚开通多少个小时？ has no time point
    if kind == "place" and ASPECT_TO_PLACE and prev in ("了", "过") and i > 1 \
            and toks[i - 2].simplified in _TO_PLACE and toks[i - 2].pos[:1] == "v":
        prev = toks[i - 2].simplified  # 我们去了丽江 → 我们去了哪儿？: the verb of direction with its aspect
    if kind == "place" and (prev not in _TO_PLACE or nxt in ("的", "之")):
        return None
    if kind in ("person", "place") and (prev in _COORDINATED or nxt in _COORDINATED):
        return None  # 蔡瑁、张允令… → 谁、张允令…？ does not read
    if kind == "person" and ((i and toks[i - 1].pos[:1] == "n" and not toks[i - 1].pos.startswith("nr"))
                             or (i + 1 < len(toks) and toks[i + 1].pos[:1] == "n")):
        return None  # 国务卿谁访问…, 谁石雕…: a name after its title, or one modifying a noun (a place the tagger took)
    if kind == "date" and (nxt in ("的", "之") or NUM.fullmatch(t.text)):
        return None
    if kind == "date" and date_cut(toks, i):  # 3月 + 10 + 日该: jieba cuts the day off
        return None  # 于1999年12月8日 → 于什么时候12月8日 (or 12月什么时候) does not read: one date, several tokens
    if kind == "date" and any(x.pos[:1] == "v" and x.pos != "vn" for x in toks[:i]) \
            and any(x.simplified == "的" for x in toks[i + 1:]):
        return None  # 提供了一份小阜村1983年购买林木的花名册: the date is inside the object, asking it does not read
    if kind in ("date", "number") and SPLIT_VALUES and (_numeral_edge(prev[-1:]) or _numeral_edge(nxt[:1])):
        return None  # 北京二|０００年部长级会议: the year is cut in two, 什么时候 would replace half of it
    if kind == "number" and SPLIT_VALUES and not any(x.is_word for x in toks[:i]) \
            and any(x.proper_noun for x in toks[i + 1:next((k for k in range(i + 1, len(toks))
                                                           if toks[k].pos[:1] in ("v", "p")), len(toks))]):
        return None  # 35歲浙江茶商梁利根從江蘇到晴隆: the count is the named subject's attribute (多少歲浙江茶商…？)
    if kind == "number" and SPLIT_VALUES and prev in SCOPE_WORDS:
        return None  # 取得施工许可证的仅39家 → *仅多少家: the scope says 'only', the question cannot
    if kind == "number":
        if unaskable_count(u, i):
            return None
        m = NUM.search(t.text)
        suffix = t.text[m.end():] if m else ""
        unit = suffix or nxt
        after = toks[i + 1] if i + 1 < len(toks) else None
        if not suffix and after is not None and after.pos[:1] not in ("q", "m") and len(nxt) > 1 \
                and not numbers.unit_range(nxt):
            return None  # 拨打了120急救中心: a number before a noun of two characters is a name (a phone number)
        if unit_missing(toks, i, suffix) or coordinated_value(toks, i, _COORDINATED) or prev in _DENIED \
                or not_a_count(toks, i, i + 1 if suffix else i + 2):
            return None  # 深度6.2就可以了 (a version), 分别是A和B (one of a list of values), 不是8个小时 (a value denied)
        if not m or m.start() or (suffix and not measure(suffix)) or (not suffix and not measure(nxt)) \
                or approximate(u, i) or unit in ORDINAL_UNITS or nxt in RANGE or prev in RANGE:
            return None  # 20世纪 is no count (多少世纪); 5至20分钟 is a range
        word += suffix
    a, b = t.start - u.start, t.end - u.start
    return in_place(ctx, toks, u.text, a, b, word)


def wh_drafts(ctx: Context, rng: random.Random) -> list[Draft]:
    mentions = Counter(t.simplified for s in ctx.doc.sentences for t in s.tokens if t.proper_noun)
    sure = frozenset(t.text for s in ctx.doc.sentences for t in s.tokens
                     if t.proper_noun and sure_name(t.simplified, mentions))
    out: list[Draft] = []
    for s in ctx.doc.sentences:
        if not (usable(ctx, s) or repaired_usable(ctx, s)):
            continue
        us = units(ctx, s)
        starts = {u.start for u in us}
        # a clause that takes the subject of the one before (clause_units.carried) is asked with it said first
        for u, subject in [(u, None) for u in us + [c for c in clause_units(ctx, s) if c.start not in starts]] \
                + [(c, subject) for c, subject in carried(ctx, s) if c.start not in starts]:
            whole = u.tokens if subject is None else (subject, *u.tokens)
            if not u.asserted or len(u.text) > MAX_STEM or not readable(ctx, whole) or _no_subject(whole) \
                    or spoken(ctx, whole) or (PAIRS and any(t.simplified in _PAIR_FIRST for t in whole)):
                continue
            d = _one_wh(ctx, u, s, rng, mentions, sure) or _by_reference(ctx, u, s, sure) or counted_in_words(ctx, u, s)
            d = d or about_count(ctx, u, s)  # 4万多人: the whole count asked (about_counts)
            d = d if d is None or subject is None else _with_subject(ctx, d, subject, u)
            if d is None:
                refuse(ctx, "wh", "fewer than 3 same-kind options" if any(_kind(t, i, u.tokens[i - 1] if i else None)
                                                              for i, t in enumerate(u.tokens))
                       else "no person, place, time or number")
            else:
                out.append(d)
                break  # one question per sentence
    return out


def _with_subject(ctx: Context, d: Draft, subject: Token, u: Unit) -> Draft:
    """Draft ``d`` on clause ``u`` asked with the ``subject`` it takes from the clause before said first (他在哪儿
    住了三年？; the narrator's 我 as 作者), its evidence the text from that subject to the clause's end."""
    from dataclasses import replace

    said = ctx.doc.display(subject.start, subject.end)
    return replace(d, stem=narrated(ctx, (subject, *u.tokens), said + d.stem), start=subject.start,
                   text=ctx.doc.display(subject.start, u.end))


def _kind(t: Token, i: int, prev: Token | None = None) -> str:
    """fact_kind, with a count of years (住了3年) a number, not a date: a date names its year in full (2019年) or its
    month or day; and a date opening the clause is not asked (什么时候我去了北京 does not read). A year of one or two
    digits is a count only after a verb, an adverb or 了/过 (工作3年, 已3年, 住了3年); elsewhere it may be a year
    written short (91年地价税仍予减免: Minguo 91), and is not asked."""
    kind = fact_kind(t)
    if kind == "date":
        if i == 0:
            return ""
        m = NUM.search(t.text)
        if m and t.text.endswith("年") and len(m.group()) < 3:
            return "number" if prev is not None and prev.pos[:1] in ("v", "d", "u") else ""
    return kind


def _one_wh(ctx: Context, u: Unit, s, rng, mentions, sure) -> Draft | None:
    for i, t in enumerate(u.tokens):
        kind = _kind(t, i, u.tokens[i - 1] if i else None)
        if not kind or u.text.count(t.text) != 1 or list_label(u.tokens, i) or dateline(u.tokens, i):
            continue
        if kind in ("person", "place") and (not sure_name(t.simplified, mentions) or in_list(u.tokens, i)
                                            or name_cut(u.tokens, i) or (kind == "person" and not a_person(t.text))
                                            or (kind == "person" and not_the_person(ctx, t))):
            continue  # 林之孝家的: the wife, not 林之孝
        asked = _asked(ctx, u, i, kind)
        if asked is None:
            continue
        bare = kind == "number" and NUM.fullmatch(t.text) is not None
        rng = ctx.question_rng("wh", t.text, u.text)  # the question's own randomness
        wrong = digit_options(ctx, u, i, rng) if bare else fact_values(ctx, kind, t, u.text, rng, sure,
                                                                  people=kind == "person")
        if len(wrong) < 3:
            continue
        a, b = t.start - u.start, t.end - u.start
        if not wrong or any(u.text[:a] + w + u.text[b:] in ctx.doc.text for w in wrong):
            continue
        return Draft(_WH[kind][0], asked, t.text, tuple((w, f"{kind} {t.text} → {w}") for w in wrong), (s.id,),
                     u.start, u.end, u.text)
    return None


def _by_reference(ctx: Context, u: Unit, s, sure: frozenset[str]) -> Draft | None:
    """``who`` for a clause opening with 他/她 whose person is certain (:func:`rephrase.antecedent`: named as the
    subject just before, nobody else mentioned): 他认为… → 谁认为…？ with that name as the key, so the learner
    follows the pronoun back; the wrong options are other sure names of the passage, as for any ``who``."""
    from quizgen.items.rephrase import antecedent

    name = antecedent(ctx, u)
    if name is None or name.text not in sure or not a_person(name.text):
        return None
    p = next(t for t in u.tokens if t.is_word)
    rng = ctx.question_rng("wh", name.text, u.text)
    wrong = fact_values(ctx, "person", name, u.text + name.text, rng, sure, people=True)
    a, b = p.start - u.start, p.end - u.start
    if len(wrong) < 3 or any(u.text[:a] + w + u.text[b:] in ctx.doc.text for w in wrong):
        return None
    asked = in_place(ctx, u.tokens, u.text, a, b, stem(ctx, "wh_person"))
    where = next(x.id for x in ctx.doc.sentences if x.start <= name.start < x.end)
    return Draft("who", asked, name.text, tuple((w, f"person {name.text} → {w}") for w in wrong),
                 tuple(sorted({where, s.id})), u.start, u.end, u.text)


# --- word meaning -------------------------------------------------------------------------------------------


def _meaning_options(ctx: Context, tok: Token, rng: random.Random | None = None) -> list[tuple[str, str]] | None:
    """Three glosses of other words (word, gloss) for a meaning question on ``tok``
    (:func:`quizgen.items.meaning_options.options`), drawn with the question's own seed (cached) unless ``rng``."""
    lv, near = tok.level or ctx.doc.level, ctx.words_near(tok.start)  # the paragraph's: a later one changes none
    got = mo.options(ctx.doc.standard, tok.simplified, lv, tok.gloss or "", near, rng, tok.pos) if rng is not None \
        else mo.cached(ctx.doc.standard, tok.simplified, lv, tok.gloss or "", near,
                       ctx.rng_key("meaning", tok.simplified, ""), tok.pos)
    return None if got is None else list(got)


def _used_adverbially(toks, tok: Token) -> bool:
    """An adjective whose glosses have no adverb, standing before a verb or adverb (生活物质基本不缺, 问题基本解决):
    it is used as an adverb ("basically") and its gloss "basic; fundamental" is not its sense here."""
    from quizgen.items.semantic_fields import looks_adjectival

    k = next(i for i, t in enumerate(toks) if t is tok)
    nxt = next((t for t in toks[k + 1:] if t.is_word), None)
    return nxt is not None and nxt.pos[:1] in ("v", "d") and looks_adjectival(tok.simplified) \
        and not any(w.endswith("ly") for w in (tok.gloss or "").replace(";", " ").split())


#: False: an adverb of the word list tagged a noun or adjective may be asked (bench/mutation_check.py
#: "meaning-use-class"): 碧咸原本已沉寂多时 keyed 原本 "original" (it is "originally" there). The tagger is wrong as
#: often as the list (很基本的问题: 基本 tagged n, listed a, glossed right), so only the adverb case is refused.
USE_CLASS = True


def _gloss_fits_use(tok: Token) -> bool:
    """The meaning shown as the key is of the part of speech the sentence uses: a verb in context (tag v) needs a
    'to …' sense among the senses shown (一條一條研究 is no "research; a study"); a noun in context whose word
    also has verb senses is not asked (公司領導 would read "lead; leading": CC-CEDICT's first senses of such a word
    are its verb's, and which of its noun senses is meant the dictionary does not say)."""
    shown = [x.strip() for x in short_gloss(tok.gloss or "").split(";")]
    tag = tok.pos[:1]
    listed = dx.word_class(tok.simplified)
    if USE_CLASS and tag in ("n", "a") and tok.pos != "vn" and "d" in listed and tag not in listed:
        return False  # 原本 tagged n, listed an adverb: which use, and which sense, is unsure (its gloss "original")
    if tag == "v" and tok.pos != "vn":
        return any(x.startswith("to ") for x in shown)
    if tag == "n" or tok.pos == "vn":
        return not any(x.startswith("to ") for e in lexicon.cedict_entries(tok.simplified) if not e.is_proper
                       for x in e.senses)
    return True


def _used_attributively(toks, tok: Token) -> bool:
    """A word right before 的 whose gloss shows a verb sense ("to …") while the dictionary also gives it a sense
    that is no verb (辩证的过程: "to investigate" against "dialectical"): before 的 it modifies a noun, and the verb
    sense is not its sense here. A verb before its object (承接新船订单, 征求爷爷的意见) and one whose senses are all
    verbs (居住的城市 'to reside') are asked as before."""
    from quizgen.analysis.lexicon import cedict_entries

    k = next(i for i, t in enumerate(toks) if t is tok)
    if k + 1 >= len(toks) or toks[k + 1].simplified not in ("的", "之") \
            or not short_gloss(tok.gloss or "").startswith("to "):
        return False
    senses = [s for e in cedict_entries(tok.simplified) if not e.is_proper for s in e.senses]
    return any(not s.startswith(("to ", "CL:")) for s in senses)


#: False: a sheet may ask two words of one meaning (bench/mutation_check.py "meaning-sheet-synonyms").
SHEET_SYNONYMS = True


def _word_use_fits(span, tok: Token) -> bool:
    return plain_gloss(short_gloss(tok.gloss or "")) and not _used_adverbially(span.tokens, tok) \
        and not mo.object_of_have(span.tokens, tok) \
        and _gloss_fits_use(tok) and not _used_attributively(span.tokens, tok)


def _key_of_use(tok: Token) -> str:
    """The key of a word-meaning question: the word's short gloss, without its verb senses where the sentence does
    not use it as a verb (所有上述 keyed "all; to have": strict check, session 21), if any sense is left."""
    shown = [x.strip() for x in short_gloss(tok.gloss or "").split(";")]
    kept = [x for x in shown if not x.startswith("to ")] if USE_KEY and tok.pos[:1] != "v" else shown
    return "; ".join(kept or shown)


#: False: a word-meaning key keeps its verb senses whatever the use (bench/mutation_check.py "meaning-key-of-use").
USE_KEY = True


def meaning_drafts(ctx: Context, rng: random.Random) -> list[Draft]:
    out: list[Draft] = []
    seen: set[int] = set()  # sentences asked (a long one: see quotes)
    quotes: dict[int, list[str]] = {}  # clauses quoted of long sentences (drafts.open_to_meaning)
    for word, occurrences, idiom in meaning_words(ctx):
        for span, tok in occurrences:
            s = span.sentence
            quote = quote_of(ctx, span, tok)
            if s.id in seen or not (usable(ctx, s) or open_to_meaning(ctx, s, quote)
                                   or repaired_open(ctx, s, tok)) or len(quote) > MAX_STEM \
                    or any(q in quote or quote in q for q in quotes.get(s.id, ())) \
                    or not readable(ctx, span.tokens) or not (idiom or _word_use_fits(span, tok)) or inside_name(span, tok) \
                    or in_title(ctx.doc.display(s.start, tok.start), ctx.doc.display(tok.end, s.end)):
                continue  # 《碼頭風雲》: a word of a title means what the title makes it
            key = (idioms.idiom_meaning(word) if idiom else None) or _key_of_use(tok)
            if not idiom and (ms.adverb_sense_hidden(span.tokens, tok, key) or ms.degree_sense_hidden(span.tokens, tok, key)
                              or ms.hidden_sense_named(tok.simplified, key, ctx.words_near(tok.start))):
                continue  # 用手机全程拍了: 'from beginning to end', not the key 'the whole distance'
            if SHEET_SYNONYMS and any(mo._glosses_overlap(key, d.key) or dx.is_synonym(tok.simplified, d.word)
                                      for d in out):
                refuse(ctx, "meaning", "a near-synonym asked already")
                break  # 泪水 "teardrop; tears" after 眼泪 "tears; crying": each question answers the other
            wrong = idioms.options(word, key, ctx.words_near(tok.start), ctx.question_rng("meaning", word, quote),
                                   ctx.doc.standard) if idiom else _meaning_options(ctx, tok)
            if wrong is None:
                refuse(ctx, "meaning", "fewer than 3 glosses of the same kind")
                break
            if s.clauses and SHARE_LONG:
                quotes.setdefault(s.id, []).append(quote)
            else:
                seen.add(s.id)
            out.append(Draft("meaning", stem(ctx, "meaning", s=quote, w=tok.text),
                             key, tuple((g, f"sense of {ctx.display(w)}") for w, g in wrong),
                             (s.id,), span.start, span.end, span.text, word=tok.simplified))
            break
    return out


def drafts(ctx: Context, rng: random.Random) -> list[Draft]:
    return wh_drafts(ctx, rng) + meaning_drafts(ctx, rng)
