"""English glosses from CC-CEDICT (© MDBG, CC BY-SA 4.0): the short gloss of a word in its reading and part of
speech (:func:`gloss`), and the normalised senses used to tell synonyms apart (:func:`senses`).

Entries come from :func:`quizgen.lexicon.cedict_entries`; everything is computed on first use and cached.
"""
from __future__ import annotations

import re
from functools import lru_cache

from quizgen.analysis import chars, datafiles
from quizgen.analysis import sense_rules as sr
from quizgen.analysis.han import HAN, HAN_CLASS
from quizgen.analysis.lexicon import (
    Entry,
    _listed_level,
    all_hsk_words_levels,
    cedict_entries,
    is_listed_character,
    listed_classifiers,
)
from quizgen.analysis.names import NO_GIVEN_NAME, name_rest, place_piece, surname_gloss
from quizgen.analysis.names import name_piece as _name_piece
from quizgen.analysis.reading_match import reading_match as _reading_match
from quizgen.analysis.reading_match import syllables as _syllables
from quizgen.analysis.sense_pos import is_adjective_form, is_adverb_form, pos_rank, verbal_noun_tag
from quizgen.analysis.sense_rules import Context, is_a_not_a, is_unwanted, noun_before, pos_in_context, rules
from quizgen.analysis.sense_slots import adverb_slot, counted_noun, defers, edition_label, manner_de, nominal
from quizgen.cache import releasable
from quizgen.memo import remembered

# Senses that teach nothing on their own: pointers to other headwords, classifiers, pronunciation notes.
_HAN = HAN_CLASS  # inside the character classes below
_DROP = re.compile(
    rf"^(CL:|([\w-]+ )?variant of |see (also )?[{_HAN}]|used (in|for) [{_HAN}]|([\w.]+ )?pr\. |also written "
    rf"|abbr\. for [{_HAN}]|also (called|known as) [{_HAN}]|separable verb)"
)
# A cross-reference 瞭|了[liao3] or 的士[di1 shi4]; group 1 is the Simplified form.
_REF = re.compile(rf"(?:[{_HAN}·，]+\|)?([{_HAN}·，]+)\[[^\]]*\]")
# Labels in parentheses that are clutter in a short gloss.
_LABEL = re.compile(
    r"\((bound form|Tw|coll\.|colloquial|dialect|literary|lit\.|old|archaic|slang|Internet slang|loanword"
    r"|abbr\.|formal|written|polite|honorific|humble|onom\.|fig\.|math\.|Buddhism|Taiwan|PRC|Cantonese"
    r"|idiom)\)\s*",
)
# "variant of 為|为[wei2]", "see 幹嘛|干嘛[gan4 ma2]": group 1 the Simplified target, group 2 its pinyin.
_POINTER = re.compile(rf"^(?:(?:[\w-]+ )?variant of|see(?: also)?) (?:[{_HAN}]+\|)?([{_HAN}]+)\[([^\]]+)\]")
_MAX_SENSE = 48  # characters; longer senses lose notes, then are cut at a clause boundary
_HARD_MAX = 64  # a sense still longer than this is truncated with an ellipsis (~30 of 12 k HSK glosses)
_MAX_SENSES = 3

_REF_NOTE = re.compile(r"\s*\([^()]*\[[^()]*\)")
_NOTE = re.compile(r"\s*\([^()]*\)")
_CLAUSE = re.compile(r"[,;:]\s")


def _clean_sense(sense: str) -> str:
    """One short, learner-facing sense, or '' if the sense should not be shown."""
    sense = _LABEL.sub("", sense.strip()).strip()
    if sense.startswith("(") and sense.endswith(")") and sense.count("(") == 1:
        sense = sense[1:-1].strip()  # the whole sense is a note: "(completed action marker)"
    elif sense.startswith("(") and ")" in sense:  # leading usage note: "(used after a verb) give it a go"
        sense = sense[sense.index(")") + 1 :].strip()
    if not sense or _DROP.match(sense):
        return ""
    sense = _REF_NOTE.sub("", sense).strip()  # a cross-reference with pinyin ("(abbr. for 的士[di1 shi4])")
    sense = _REF.sub(r"\1", sense)  # "derived from 綠帽子|绿帽子[lu:4 mao4 zi5]" -> "derived from 绿帽子"
    if len(sense) > _MAX_SENSE:
        sense = _NOTE.sub("", sense).strip()  # first lose notes
    if sense.startswith("classifier for ") and len(sense) > _HARD_MAX:  # 七项: 'principles, items, …'
        items = sense.removesuffix(" etc").split(", ")
        while len(items) > 1 and len(", ".join(items)) > _HARD_MAX - 4:
            items.pop()
        sense = ", ".join(items) + " etc"
    if len(sense) > _MAX_SENSE and not (sense.startswith("classifier for ") and len(sense) <= _HARD_MAX):
        cut = _CLAUSE.split(sense, maxsplit=1)[0]  # a classifier keeps its list: 一片好家园 is 'tract of land'
        sense = cut if len(cut) >= 3 else sense
    if len(sense) > _HARD_MAX:
        sense = sense[:_MAX_SENSE].rsplit(" ", 1)[0] + "…"
    return sense.strip(" ,;")


_CLASSIFIER = re.compile(r"^classifier\b|\(classifier\)$")  # 'classifier for houses', 'meter (classifier)'


@releasable
@lru_cache(maxsize=16384)
def _sense_parts(entry: Entry, classifiers: bool = False) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(wanted, unwanted) cleaned senses of one entry; a CC-CEDICT sense 'cheap; inexpensive' counts as two.
    Unwanted: labelled slang, vulgar, old, dialect … by CC-CEDICT, or sexual, scatological, trivia by the
    curated list (:func:`sense_rules.is_unwanted`). Classifier senses come only with ``classifiers``, and
    then only they (all wanted: 文 '(old) classifier for coins' is the sense of 四文铜钱)."""
    wanted: list[str] = []
    unwanted: list[str] = []
    for raw in entry.senses:
        if _DROP.match(_LABEL.sub("", raw.strip())):
            continue
        label = raw[:raw.index(")") + 1] if raw.startswith("(") and ")" in raw else ""
        for part in raw.split("; "):
            cleaned = _clean_sense(part)
            if not cleaned or bool(_CLASSIFIER.search(cleaned)) != classifiers:
                continue
            bad = not classifiers and (is_unwanted(part) or bool(label) and is_unwanted(label))
            if cleaned.lower() not in (o.lower() for o in wanted + unwanted):
                (unwanted if bad else wanted).append(cleaned)
    return tuple(wanted), tuple(unwanted)


def _short_senses(entry: Entry, classifiers: bool = False) -> tuple[str, ...]:
    """The wanted senses of an entry, or its unwanted ones when it has no others."""
    wanted, unwanted = _sense_parts(entry, classifiers)
    return wanted or unwanted


def _variant_target(entry: Entry) -> tuple[str, str] | None:
    """(simplified, pinyin) of the headword a 'variant of X|Y[pin1]' or 'see X|Y[pin1]' entry points to."""
    for raw in entry.senses:
        raw = _LABEL.sub("", raw)
        m = _POINTER.match(raw)
        if m:
            return m.group(1), m.group(2)
    return None


_NUMERALS = frozenset(chars.COUNTING + "几半每这那" + chars.ARABIC)
_LITERAL_LE = {"得了": ("得", "de2")}  # verb + 了 unless an interjection: 他得了第一名 'obtained', not 'all right!'


def _readings(simplified: str, pinyin_numbers: str | None) -> list[str]:
    """The word's reading, or every reading CC-CEDICT has for it when the reading is unknown."""
    return [pinyin_numbers] if pinyin_numbers else sorted({e.pinyin for e in cedict_entries(simplified)})


def _predicate(simplified: str, pinyin_numbers: str | None = None) -> bool:
    """The first sense at the word's reading (at any, unknown: 粘 nián 'sticky', zhān 'to glue') is an adjective's
    by its form: a verb closing its clause says what its subject is like."""
    readings = _readings(simplified, pinyin_numbers)
    return any(is_adjective_form(s[0].split(";")[0].strip()) for r in readings
               if (s := _gloss_senses(simplified, r, follow=True)))


def _adverbial(simplified: str, pinyin_numbers: str | None = None) -> bool:
    """CC-CEDICT's first sense of a word of two characters or more is an adverb's at its reading ('repeatedly' of 反复):
    before a verb it is that adverb (反复推求 'repeatedly', not 'to upend', which the verb tag put first)."""
    return len(simplified) >= 2 and any(is_adverb_form(s[0]) for r in _readings(simplified, pinyin_numbers)
                                        if (s := _gloss_senses(simplified, r, follow=True)))


def _classifier_senses(simplified: str, pinyin_numbers: str | None = None) -> list[str]:
    """The classifier senses of a word at its reading ('classifier for houses …' of 所)."""
    ours = _syllables(pinyin_numbers) if pinyin_numbers else None
    return [s for e in cedict_entries(simplified) if not e.is_proper
            and (ours is None or _reading_match(ours, _syllables(e.pinyin)) >= 2)
            for s in _short_senses(e, classifiers=True)]


def _classifier_gloss(simplified: str, pinyin_numbers: str | None, pos: str, ctx: Context | None) -> str | None:
    """Classifier senses, only where a classifier stands: after a numeral or demonstrative (三 + 所, 这 + 把),
    or as the last character of a numeral + classifier token (一家, 两杯 tagged m; 四文, 这所 that no dictionary
    has; not 一进 tagged a verb: 一 + 进 'to enter') that the curated tables do not gloss (一个 'one; a'), not the idiom CC-CEDICT may list for the whole (一家 'the whole family') — unless no noun follows
    (我们一家都去, 若其中一方不同意: the word's own senses). HSK words (一起, 一下) keep their own senses."""
    found: list[str] = []
    if ctx is not None and ctx.after_count and not sr.number_row_holds(simplified, pos, ctx):
        found = _classifier_senses(simplified, pinyin_numbers)
    elif len(simplified) >= 2 and all(c in _NUMERALS for c in simplified[:-1]) and simplified not in rules() \
            and not _listed_level(simplified, all_hsk_words_levels()) \
            and (not cedict_entries(simplified) and pos[:1] != "v" or pos in ("m", "mq")
                 and (ctx is None or ctx.next_pos.startswith(("n", "a", "m")) or ctx.before_relative)):
        if simplified[-1] in "个個":  # 几个盒饭: the numeral's sense, not 'classifier used before a noun …'
            return f"{head} (+ 个)" if (head := gloss_in_context(simplified[:-1], None, "m", ctx)) else None
        last = pinyin_numbers.split()[-1] if pinyin_numbers else None
        found = _classifier_senses(simplified[-1], last)
    return "; ".join(found[:_MAX_SENSES]) if found else None


_VERB_TAGS = frozenset({"v", "vd", "vi"})  # a verb's jieba tags (not vn, a verbal noun: 交替工作 may be 'work')
_NO_RULE = object()
_LEFTOVER_TAGS = frozenset({"x", "zg", "g"})  # jieba's tags for a character it knows as no word (g: a morpheme)


def _rule_gloss(simplified: str, pinyin_numbers: str | None, pos: str, ctx: Context | None) -> object:
    """The gloss of the curated rule (function words, context senses) that holds here, None when rules hold
    but none at the word's reading (context and reading disagree: show nothing), or _NO_RULE."""
    holding = [r for r in rules().get(simplified, ()) if r.holds(pos, ctx)]
    if not holding:
        return _NO_RULE
    if not pinyin_numbers:
        return holding[0].gloss
    ours = _syllables(pinyin_numbers)
    matches = [(_reading_match(ours, _syllables(r.reading)), r) for r in holding]
    exact = [r for m, r in matches if m == 3]
    if exact:
        return exact[0].gloss
    near = [r for m, r in matches if m == 2]
    # a neutral tone written as a full one (的 de1 for de5) is the same reading, unless the dictionary has an
    # entry at exactly the word's reading (罢 ba4 'to stop' against the particle ba5): then they disagree
    if near and not any(_reading_match(ours, _syllables(e.pinyin)) == 3 for e in cedict_entries(simplified)):
        return near[0].gloss
    # Only a jieba tag against a reading with other letters (还 tagged d, read huán as in 还书): the reading
    # knows better, the dictionary decides. Neighbours against the reading, or one syllable in two tones
    # (罢 bà at the end of 做点事罢): one of them is wrong, nothing is shown.
    if not near and all(m == 0 and all(c.key == "pos" for c in r.conditions) for m, r in matches):
        return _NO_RULE
    return None


def _name_gloss(simplified: str, pos: str, ctx: Context | None) -> object:
    """'surname X' after 姓 or for a name-tagged character before a word (唐排长); None for a name's piece (孔|集镇,
    史|高拉利, 米格|魯|的), else _NO_RULE. A row that holds outranks the tag (她连手机都不会用: 连 'even', not a surname)."""
    if ctx is None:
        return None if _name_piece(simplified, pos) else _NO_RULE
    lone = pos.startswith("nr") and len(simplified) == 1 and ctx.prev != "姓" and not any(
        r.holds(pos, ctx) for r in rules().get(simplified, ()))
    if lone and (place_piece(ctx.next, ctx.next_pos) or ctx.next_pos.startswith(NO_GIVEN_NAME)):
        return None
    if (ctx.prev == "姓" or lone and ctx.next and not ctx.after_count) and (surname := surname_gloss(simplified)):
        return surname
    return None if _name_piece(simplified, pos) or name_rest(simplified, pos, ctx.prev, ctx.prev_pos) else _NO_RULE


_ASPECT = frozenset({"ul", "uz", "ug"})  # jieba's tags of the aspect particles 了, 着, 过
_VERBAL_CLASSIFIERS = datafiles.word_sets("sense_words.tsv")["verbal_classifier"]
_DIGITS = frozenset(chars.COUNTING + chars.ARABIC)


def _times_counted(ctx: Context) -> bool:
    """The word follows a count of times (先后6次投入资金, 三遍读): a number and a verbal classifier count the verb."""
    return ctx.prev in _VERBAL_CLASSIFIERS and len(ctx.earlier) > 1 and ctx.earlier[1][-1:] in _DIGITS  # not 这次旅行


def _counted(simplified: str, pinyin_numbers: str | None, pos: str, ctx: Context | None) -> object:
    """The classifier gloss where one stands (:func:`_classifier_gloss`), None for no gloss, or _NO_RULE. 这对/这把 tagged
    p: a classifier of a noun CC-CEDICT counts so (这把刀), the preposition before a pronoun (这对他), else None."""
    if pos[:1] == "p" and ctx is not None and ctx.after_demonstrative and _classifier_senses(simplified, pinyin_numbers):
        if ctx.next_pos[:1] == "r":
            return _NO_RULE
        return _classifier_gloss(simplified, pinyin_numbers, pos, ctx) if simplified in listed_classifiers(ctx.next) \
            else None
    return _classifier_gloss(simplified, pinyin_numbers, pos, ctx) or _NO_RULE


def _pos_here(simplified: str, pinyin_numbers: str | None, pos: str, ctx: Context) -> str:
    """The part of speech the neighbours show (:func:`sense_rules.pos_in_context`: 蔡邕之才 a noun), before the rules
    look at it; and a verb read by its senses: closing its clause, an adjective's first sense is its own (科技发达。);
    before a verb, an adverb's first sense (反复推求); of two characters closing a 在…中/上 frame after a noun, a noun
    (在第二轮总统选举中 'election'; not the complement of 插上)."""
    pos = pos_in_context(pos, ctx, simplified)
    if simplified == "的" and manner_de(ctx, lambda: _gloss_senses(ctx.prev, None, follow=True)):
        return "uv"  # 白白的丧命: 地's gloss (function_words.tsv)
    if adverb_slot(simplified, pos, ctx, lambda: _gloss_senses(simplified, pinyin_numbers, follow=True)):
        return "d"
    if pos == "v" and ctx.end and ctx.prev and ctx.prev_pos[:1] not in ("p", "v", "u") \
            and _predicate(simplified, pinyin_numbers):
        return "a"
    if pos == "v" and ctx.next_pos in _VERB_TAGS and _adverbial(simplified, pinyin_numbers):
        return "d"
    if pos[:1] == "v" and len(simplified) > 1 and ctx.next_pos[:1] == "f" and ctx.prev_pos[:1] == "n" \
            and "在" in ctx.earlier or counted_noun(pos, ctx):  # or 一段留言，: the thing counted
        return "n"
    return pos


def gloss(simplified: str, pinyin_numbers: str | None = None, pos: str | None = None,
          original: str | None = None) -> str | None:
    """A word's gloss out of context (in its reading and jieba tag when given): :func:`gloss_in_context`."""
    return gloss_in_context(simplified, pinyin_numbers, pos, None, original)


@lru_cache(maxsize=16384)  # keyed by context: few hits beyond a lesson; a book's memory grew to 65,536
def gloss_in_context(simplified: str, pinyin_numbers: str | None, pos: str | None, ctx: Context | None,
                     original: str | None = None) -> str | None:
    """Short English gloss (at most three senses joined by '; ') of the sense the sentence uses, or None.

    In this order: 得了 outside an interjection reads as 得 + 了 ('to obtain'); classifier senses where a
    classifier stands (:func:`_classifier_gloss`); 'surname X' after 姓 or for one character jieba tags a
    name before another word (唐 in 唐排长, not 孔 in 墙上有个孔); a curated rule whose conditions hold
    (function words 把 '(marks the object before the verb)', context senses 伙计 'shop assistant' near 店) —
    or None when rules hold but not at the word's reading; else CC-CEDICT (:func:`_gloss_senses`): the entry
    of the word's reading — none when no entry has it, so reading and gloss always come from one entry — its
    wanted senses (no slang, vulgar, archaic … while others exist, no classifier senses), the Traditional
    form ``original`` choosing between same-reading entries (須 'must', 鬚 'beard').

    ``pos`` puts the senses that suit it first (stable, so dictionary order otherwise) and keeps only those
    when the first suits: verbs (v*, not vn) senses beginning 'to ' (花 'to spend'), nouns (n*, t, s) the
    others, and so do adjectives (a, b: 丰富 'rich'), adverbs (d) adverb-like ones (先 'first'); a verb standing as a
    noun the noun table's (sense_slots.nominal). ``ctx`` None: rules that look at neighbours do not apply.
    """
    original = None if original == simplified else original
    if pos in _LEFTOVER_TAGS and len(simplified) == 1 and not is_listed_character(simplified):
        return None  # a rare character jieba knows as no word: a piece of a name (深水/埗, 蔡瑁's 瑁), not 'wharf'
    if ctx is not None and (is_a_not_a(simplified, ctx) or edition_label(ctx.next, lambda: _gloss_senses(
            simplified, pinyin_numbers, follow=True))):
        return None
    if pos is not None:
        if simplified in _LITERAL_LE and pos not in ("e", "y", "l") and not sr.le_by_position(ctx):
            return gloss(*_LITERAL_LE[simplified], "v")
        counted = _counted(simplified, pinyin_numbers, pos, ctx)
        if counted is not _NO_RULE:
            return counted  # type: ignore[return-value]
        named = _name_gloss(simplified, pos, ctx)
        if named is not _NO_RULE:
            return named  # type: ignore[return-value]
        if ctx is not None and (pos != "a" or len(simplified) > 1):  # 要好 keeps 好 an adjective
            pos = _pos_here(simplified, pinyin_numbers, pos, ctx)
        ruled = _rule_gloss(simplified, pinyin_numbers, pos, ctx)
        if isinstance(ruled, str) and ruled.startswith("@"):
            pos = ruled[1:]  # the rule re-tags the word: CC-CEDICT's senses for that part of speech
        elif ruled == "-":
            return None  # the row says: no sense to teach here
        elif ruled is not _NO_RULE:
            return ruled  # type: ignore[return-value]
        elif ctx is not None and pos[:1] == "v" and pos != "vd" and noun_before(ctx.prev, ctx.next_pos) \
                and ctx.next_pos not in _ASPECT and not _times_counted(ctx):  # 浓缩了, 6次投入资金: the verb
            pos = "n"  # 的发展, 这种包: a verb after 的 or a classifier is used as a noun (not 的持续发展, where
            # jieba's vd says the verb modifies the next one: 'to continue', not 'preservation')
    chosen = _gloss_senses(simplified, pinyin_numbers, follow=True, original=original)
    if pos in ("n", "nv") and (noun := nominal(simplified, chosen, ctx)):
        return noun  # 的诊断 'diagnosis; to diagnose': a verb CC-CEDICT glosses only as a verb, standing as a noun
    pos = verbal_noun_tag(chosen) if pos == "nv" else pos
    if chosen and pos:
        chosen = sorted(chosen, key=lambda sense: pos_rank(sense, pos))
        if pos[:1] in ("v", "n", "t", "s") and pos_rank(chosen[0], pos) == 0:  # the word's other class only
            chosen = [sense for sense in chosen if pos_rank(sense, pos) == 0]  # confuses: 花 v, not 'flower'
    return "; ".join(chosen[:_MAX_SENSES]) if chosen else None


def _gloss_senses(simplified: str, pinyin_numbers: str | None, follow: bool, original: str | None = None) -> list[str]:
    return list(_gloss_senses_of(simplified, pinyin_numbers, follow, original))


@releasable
@lru_cache(maxsize=16384)
def _gloss_senses_of(simplified: str, pinyin_numbers: str | None, follow: bool,
                     original: str | None) -> tuple[str, ...]:
    """:func:`_gloss_senses`, once per word and reading: :func:`gloss_in_context` is cached per context, so a
    common word asked in many contexts re-read its entries each time (a tenth of a book's analysis)."""
    entries = cedict_entries(simplified)
    ours = _syllables(pinyin_numbers) if pinyin_numbers else None
    candidates: list[tuple[Entry, tuple[tuple[str, ...], tuple[str, ...]], bool]] = []
    for entry in entries:
        parts = _sense_parts(entry)
        own = bool(parts[0] or parts[1])
        target = None if own or not follow else _variant_target(entry)
        if target and target[0] != simplified:  # one step only: variants of variants are not followed
            parts = (_gloss_senses_of(target[0], target[1], False, None), ())
        if parts[0] or parts[1]:
            candidates.append((entry, parts, own))
    if not candidates:
        return ()

    def rank(item: tuple[Entry, tuple[tuple[str, ...], tuple[str, ...]], bool]) -> tuple[int, int, bool, bool, bool, int]:
        # Reading first; then common word over name; the input's Traditional form; an entry's own senses over
        # a borrowed variant's; then the entry with more senses to show, usually the main one (便宜 -> pian2
        # yi5; 年 'year', not the entry 'grain; harvest (old)', whose raw senses are more).
        entry, parts, own = item
        match = _reading_match(ours, _syllables(entry.pinyin)) if ours else 0
        return (match, int(not entry.is_proper), entry.traditional == original, own, not defers(entry, simplified),
                len(parts[0]))  # an entry mostly another writing's variant after that writing's (閑 after 閒)

    best = max(candidates, key=rank)  # max keeps the first of equals: dictionary order
    if ours and _reading_match(ours, _syllables(best[0].pinyin)) == 0:
        return ()  # no entry has this reading: a gloss would belong to another word than the one shown
    key = _syllables(best[0].pinyin), best[0].is_proper
    trad = best[0].traditional if original and best[0].traditional == original else None
    wanted: list[str] = []
    unwanted: list[str] = []
    for entry, (good, bad), _ in [best] + [c for c in candidates if c is not best]:
        if (_syllables(entry.pinyin), entry.is_proper) != key or trad and entry.traditional != trad:
            continue
        for out, senses_ in ((wanted, good), (unwanted, bad)):
            for sense in senses_:
                if sense.lower() not in (m.lower() for m in out):
                    out.append(sense)
    return tuple(wanted or unwanted)


_NOTES = re.compile(r"\([^()]*\)|\[[^\]]*\]")
_SENSE_SPLIT = re.compile(r"[;,]")
_LEADING_ARTICLE = re.compile(r"^(to|a|an|the)\s+")


@remembered
def senses(simplified: str) -> frozenset[str]:
    """Normalised English senses of all common-word (lower-case pinyin) entries, for synonym checks.

    Lower-cased, without parentheses, leading 'to '/'a '/'an '/'the ', split at ';' and ','.
    """
    out: set[str] = set()
    for entry in cedict_entries(simplified):
        if entry.is_proper:
            continue
        for raw in entry.senses:
            if _DROP.match(_LABEL.sub("", raw.strip())):
                continue
            text = _NOTES.sub("", raw).lower()
            for part in _SENSE_SPLIT.split(text):
                part = _LEADING_ARTICLE.sub("", " ".join(part.split())).strip(" .!?")
                if part and not HAN.search(part):
                    out.add(part)
    return frozenset(out)
