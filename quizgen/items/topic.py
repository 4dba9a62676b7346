"""Main idea and best title (``main_idea`` 这段话主要谈的是, ``title`` 最适合做上文标题的是): what a passage is about.

Asked only where one topic dominates the passage, so that the key is defensible and each wrong option clearly is
not what the passage is about:

* the **key** is a noun (or a name the text repeats) whose chain — the word and the compounds holding it (网球,
  网球赛) — runs through the passage: in at least :data:`STRONG` of its sentences; or in :data:`SPREAD` of them
  (or :data:`SPREAD_SPREAD` of them and every paragraph) while opening or closing the passage (its headline, first
  or last sentence); a headline naming another noun of the passage but not the key refuses it (a figurative one,
  用新眼光解决新问题, says nothing), and so does a headline naming the key: the sheet prints it above the passage.
  The first paragraph holds the key: a passage sets up its topic there (a chunk of two texts, a notice on grain
  funds and then one on bonds, had 利率 through the second only); It is in :data:`DOMINANCE` times as many sentences as any other candidate outside its chain
  (a chain word mostly occurs beside it: 增值税 … 发票): two equal topics (老鼠 7, 能力 6 sentences) give no question;
* a key that mostly stands in the same noun compound is asked as that compound (通信 + 卫星);
* the **wrong options** are nouns of the passage that occur once, in one sentence (its secondary topics: mentioned,
  not central), from three different sentences other than the first (it frames the topic: 航天 for 卫星), sharing
  no character or Cilin category with the key or each other (卫星/行星), listed or in CC-CEDICT, at the level or
  glossed; never a general noun (``topic_generic_nouns.txt``), a verbal noun or a word inside brackets (a dateline);
  and each a thing or a place a passage could be about (:func:`concrete`): 情形, 资料, 意见, 负责人 beside 母亲 or
  三峡工程 are options no reader would weigh.

A long text is asked about per window of paragraphs (:data:`WINDOW` characters). Each question records the
sentences holding the key's chain word (``evidence``; for a compound key, its head word: 乡镇 of 乡镇干部) and, per
wrong option, the one sentence that mentions it.
"""
from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources

from quizgen.analysis import datafiles
from quizgen.analysis.document import Sentence, Token
from quizgen.analysis.han import BASIC_BLOCK
from quizgen.items import distractors as dx
from quizgen.items.context import Context
from quizgen.items.drafts import Draft, paragraph_of, readable, refuse, similar_length, stem
from quizgen.items.select import is_listed
from quizgen.items.synonyms import same_category

STRONG = 0.6  # share of the passage's sentences that makes the key's chain its topic wherever it stands …
SPREAD = 0.5  # … or this share, the key opening or closing the passage …
SPREAD_SPREAD = 1 / 3  # … or this share, opening or closing it, and every paragraph (of two or more)
DOMINANCE = 1.5  # the key's sentences against any candidate outside its chain
CHAIN = 0.75  # a candidate in the key's sentences this often is part of its chain, not a rival topic
MIN_SENTENCES, MIN_KEY_SENTENCES = 4, 3
WINDOW = 900  # Han characters of a passage asked about as a whole; a longer text is asked per window
HEADLINE = 40  # characters of a first line without closing punctuation read as the text's headline
_NOUNS = frozenset({"n", "nr", "nrt", "nrfg", "ns", "nt", "nz", "vn"})
#: Wrong options: no person name (a one-off one is too often a segmenter's guess) and no verbal noun (启动 reads
#: as no topic).
_WRONG_NOUNS = frozenset({"n", "ns", "nt", "nz"})
_NAMES = frozenset({"nr", "nrt", "nrfg", "ns", "nt", "nz"})
_END = ("。", "！", "？", "!", "?", "…", "”", "」")


@cache
def generic_nouns() -> frozenset[str]:
    """topic_generic_nouns.txt: one Simplified word a line, ``#`` comments."""
    text = resources.files("quizgen").joinpath("data", "topic_generic_nouns.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


@cache
def person_lemmas() -> frozenset[str]:
    """person_lemmas.txt (one English word a line, ``#`` comments) and the person field of semantic_fields."""
    from quizgen.items.semantic_fields import FIELDS

    text = resources.files("quizgen").joinpath("data", "person_lemmas.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")) | FIELDS["person"]


def is_person(t: Token) -> bool:
    """A person's name (a proper noun tagged nr: jieba tags 熊猫 nr too) or a noun whose dictionary senses name a kind of person (老奶奶, 教练)."""
    from quizgen.items.semantic_fields import lemmas

    return (t.proper_noun and t.pos.startswith("nr")) or bool(lemmas(t.simplified) & person_lemmas())


@dataclass(frozen=True, slots=True)
class Window:
    """The sentences of one passage asked about as a whole, and its headline if it has one."""

    sentences: tuple[Sentence, ...]
    headline: Sentence | None
    whole: bool  # the whole text


def windows(ctx: Context) -> list[Window]:
    """Paragraph runs of up to :data:`WINDOW` Han characters (the whole text when it is short); unflagged
    sentences; a text's first line is its headline when it is short and has no closing punctuation."""
    sents = [s for s in ctx.doc.sentences if not s.flagged]
    headline = None
    if sents and len(sents[0].text.strip()) <= HEADLINE and not sents[0].text.strip().endswith(_END) \
            and "\n" in ctx.doc.text[sents[0].end:sents[1].start if len(sents) > 1 else len(ctx.doc.text)]:
        headline, sents = sents[0], sents[1:]
    par = paragraph_of(ctx)
    runs: list[list[Sentence]] = []
    size = 0
    for s in sents:
        n = _han(s.text)
        if not runs or (size + n > WINDOW and par[s.id] != par[runs[-1][-1].id]):
            runs.append([])
            size = 0
        runs[-1].append(s)
        size += n
    if len(runs) > 1 and sum(_han(s.text) for s in runs[-1]) < WINDOW // 3:
        runs[-2].extend(runs.pop())  # a short last paragraph belongs to the passage before it
    return [Window(tuple(r), headline if k == 0 else None, len(runs) == 1) for k, r in enumerate(runs)]


def _han(text: str) -> int:
    lo, hi = BASIC_BLOCK  # the main block only, as the window sizes were measured
    return sum(lo <= ord(c) <= hi for c in text)


def _plain(s: Sentence) -> list[Token]:
    """The sentence's tokens outside brackets (（本报北京电） is no topic)."""
    out, depth = [], 0
    for t in s.tokens:
        depth += t.text.count("（") + t.text.count("(") + t.text.count("【")
        if depth == 0:
            out.append(t)
        depth -= t.text.count("）") + t.text.count(")") + t.text.count("】")
        depth = max(depth, 0)
    return out


def _simplified(s: Sentence) -> str:
    return "".join(t.simplified for t in s.tokens)


def _noun(t: Token, pos: frozenset[str]) -> bool:
    return t.is_word and len(t.simplified) >= 2 and (t.pos in pos or festival(t)) \
        and t.simplified not in generic_nouns() and not any(c.isdigit() for c in t.simplified)


#: Cilin's class of festivals (节日: 春节, 中秋节, 除夕) among its times (Ca): jieba tags them time words, yet a
#: passage about 春节 is about it as about any thing (graded text 中国的春节 gave no main idea). Other times
#: (今天, 去年, 假期) stay out: a passage is never about them (bench/mutation_check.py "topic-festival").
FESTIVALS = "Ca25A"


def festival(t: Token) -> bool:
    from quizgen.items.neighbours import codes

    return t.pos[:1] == "t" and any(c.startswith(FESTIVALS) for c in codes(t.simplified))


def _real(ctx: Context, t: Token, mentions: Counter[str]) -> bool:
    """A word a learner can be asked about: listed or in CC-CEDICT (增值税), or a name the text repeats (列夏格);
    not a segmenter's fragment (癌物 of 致癌物)."""
    from quizgen.analysis.lexicon import cedict_entries

    return is_listed(t.simplified, ctx.doc.standard) or bool(cedict_entries(t.simplified)) \
        or ((t.proper_noun or t.pos in _NAMES) and mentions[t.simplified] >= 2)


def topic_of(ctx: Context, w: Window) -> tuple[str, str, tuple[int, ...], bool] | None:
    """(the key as shown, its Simplified form, the ids of the sentences holding it, whether it is a person), or
    None where no topic
    dominates the passage (see the module docstring)."""
    body = w.sentences
    if len(body) < MIN_SENTENCES:
        refuse(ctx, "topic", "fewer than 4 sentences")
        return None
    texts = {s.id: _simplified(s) for s in body}
    mentions = Counter(t.simplified for s in body for t in s.tokens)
    first: dict[str, Token] = {}
    for s in body:
        for t in _plain(s):
            if _noun(t, _NOUNS) and _real(ctx, t, mentions):
                first.setdefault(t.simplified, t)
    where = {c: {i for i, x in texts.items() if c in x} for c in first}
    ranked = sorted(where, key=lambda c: (-len(where[c]), first[c].start))
    if not ranked:
        refuse(ctx, "topic", "no noun")
        return None
    key = ranked[0]
    held = where[key]
    par = paragraph_of(ctx)
    paragraphs = {par[s.id] for s in body}
    spread = len(held) / len(body)
    head = _simplified(w.headline) if w.headline is not None else ""
    if head and key not in head and (any(c in head for c in ranked[1:]) or _headline_noun(w, texts)):
        refuse(ctx, "topic", "headline names another noun")
        return None  # the author's headline names another topic of the passage
    named = any(c in head for c in (key, *(c for c in ranked if key in c)))
    if named and not HEADLINE_HIDDEN:
        refuse(ctx, "topic", "the headline names the key")
        return None  # the sheet prints the headline: 手机支付 over a passage about 手机 answers the question
    if FIRST_PARAGRAPH and not any(par[s.id] == par[body[0].id] for s in body if s.id in held):
        refuse(ctx, "topic", "the first paragraph is about something else")
        return None  # a notice on grain funds, then one on bonds: 利率 runs through the second only
    opens = bool({body[0].id, body[-1].id} & held)  # a figurative headline says nothing
    everywhere = len(paragraphs) > 1 and paragraphs <= {par[i] for i in held}
    if len(held) < MIN_KEY_SENTENCES or not (spread >= STRONG or (opens and (
            spread >= SPREAD or (spread >= SPREAD_SPREAD and everywhere)))):
        refuse(ctx, "topic", "no chain runs through the passage")
        return None
    for c in ranked[1:]:
        chained = len(where[c] & held) >= CHAIN * len(where[c]) or key in c or c in key
        if not chained and DOMINANCE * len(where[c]) > len(held):
            refuse(ctx, "topic", "a rival topic")
            return None
    if first[key].pos == "vn":
        refuse(ctx, "topic", "the chain is a verbal noun")
        return None  # 生产, 发展: an activity the passage mentions throughout, no topic to title it
    phrase = _headline_phrase(w.headline, key, texts, held) if named else None
    if phrase is not None:
        return phrase[0], phrase[1], tuple(sorted(held)), is_person(first[key])
    longer = _longer(key, ranked, where, held)
    if longer is not None:
        return first[longer].text, longer, tuple(sorted(held)), is_person(first[longer])
    shown, simp = _compound(ctx, body, key, held, first[key])
    return shown, simp, tuple(sorted(held)), is_person(first[key])



#: False: a passage whose first paragraph does not hold the key may be asked (bench/mutation_check.py
#: "topic-first-paragraph").
FIRST_PARAGRAPH = True
#: A headline naming the key confirms it: the sheet then hides the headline (阅读短文, as the exam prints a passage;
#: quizgen.build.title_without_answers) and asks what the passage is about — a teacher's text with a title had no
#: such question (手机支付, 人工智能与未来, 中国城市化的挑战 on the held-out graded texts). False: refused, as the
#: printed headline answered it (bench/mutation_check.py "headline-key").
HEADLINE_HIDDEN = True
#: Characters of a headline phrase asked as the key (手机支付 for 手机), at most.
PHRASE = 6
#: False: only the nouns ranked in the passage count as the headline's (bench/mutation_check.py "headline-noun").
HEADLINE_NOUNS = True


def _headline_noun(w: Window, texts: dict[int, str]) -> bool:
    """The headline holds a word the dictionary calls a noun that the passage repeats (去超市买东西: jieba tags
    超市 a verb in the body, so the ranking misses it): the author names that topic, not the key."""
    if not HEADLINE_NOUNS or w.headline is None:
        return False
    return any(t.is_word and len(t.simplified) > 1 and "n" in dx.word_class(t.simplified)
               and sum(t.simplified in x for x in texts.values()) >= 2 for t in w.headline.tokens)


#: Share of the key's sentences a longer word holding it must fill to be asked instead (委员会 for 委员).
LONGER = 0.5


def _headline_phrase(headline: Sentence | None, key: str, texts: dict[int, str], held: set[int]
                     ) -> tuple[str, str] | None:
    """(as shown, Simplified) the longest run of the headline's words holding the key, of at most :data:`PHRASE`
    characters and no 的/与/和 or mark inside, that stands in at least :data:`LONGER` of the key's sentences:
    the passage under 手机支付 is about paying by phone, not about phones (its key was 手机)."""
    if headline is None:
        return None
    words = [t for t in headline.tokens if t.is_word]
    best: tuple[str, str] | None = None
    for a in range(len(words)):
        for b in range(a + 1, len(words) + 1):
            run = words[a:b]
            simp = "".join(t.simplified for t in run)
            if len(simp) > PHRASE or any(t.simplified in _LINKS for t in run) \
                    or any(x.end != y.start for x, y in zip(run, run[1:])):
                break
            if key in simp and simp != key and (best is None or len(simp) > len(best[1])) \
                    and LONGER * len(held) <= sum(simp in texts[i] for i in held):
                best = ("".join(t.text for t in run), simp)
    return best


_LINKS = datafiles.word_sets("question_words.tsv")["phrase_link"]


def _longer(key: str, ranked: list[str], where: dict[str, set[int]], held: set[int]) -> str | None:
    """The longer noun of the passage that holds the key (委员会 holds 委员) and stands in at least :data:`LONGER` of
    the key's sentences, the one in most of them: the chain's sentences counted the key wherever it stood inside a
    word, so a passage about 西藏自治区发展咨询委员会 had 委员 (committee member) for its title."""
    longer = [c for c in ranked if c != key and key in c and LONGER * len(held) <= len(where[c])]
    return max(longer, key=lambda c: (len(where[c]), len(c)), default=None)


def _compound(ctx: Context, body, key: str, held: set[int], tok: Token) -> tuple[str, str]:
    """The key as the noun compound it mostly stands in (通信卫星 for 卫星 when most of its sentences say so)."""
    pairs: Counter[tuple[int, int, str]] = Counter()
    spans: dict[tuple[int, int, str], tuple[int, int]] = {}
    for s in body:
        toks = [t for t in s.tokens if t.is_word]
        seen: set[tuple[int, int, str]] = set()
        for a, b in zip(toks, toks[1:]):
            if b.start != a.end or not (a.pos in _WRONG_NOUNS and b.pos in _WRONG_NOUNS):
                continue
            for side, (k, other) in ((0, (b, a)), (1, (a, b))):
                if k.simplified == key and other.simplified not in generic_nouns():
                    c = (side, 0, a.simplified + b.simplified)
                    if c not in seen:
                        seen.add(c)
                        pairs[c] += 1
                        spans.setdefault(c, (a.start, b.end))
    best = max(pairs, key=lambda c: (pairs[c], c[2]), default=None)
    if best is None or pairs[best] < 2 or 2 * pairs[best] < len(held):
        return tok.text, key
    a, b = spans[best]
    return ctx.doc.display(a, b), best[2]


def _head(toks: list[Token], k: int) -> bool:
    """Token ``k`` heads its phrase: no noun, number or 的 follows it (市场经济, 摄氏20度 use the word as a modifier,
    not as something the passage talks about), and it is no verb by its dictionary senses (利用)."""
    from quizgen.items.semantic_fields import is_verbal, looks_adjectival

    nxt = next((t for t in toks[k + 1:] if t.text.strip()), None)
    if nxt is not None and (nxt.simplified in ("的", "之") or nxt.pos in _NOUNS or nxt.pos[:1] in "mq"):
        return False
    return not is_verbal(toks[k].simplified) and not looks_adjectival(toks[k].simplified)


#: Cilin classes of general abstract nouns and of people in general: as a wrong title or main idea they read as
#: no option at all beside the key (strict checks, sessions 14-16: 情形, 事宜 Da; 措施 Db; 程序, 标题 Dd; 能力 De;
#: 意见, 信念 Df; 责任, 单位, 会议 Di; 意识 Gb; 同志 Aa; 负责人 Af). Things (B: 珍珠), places and times (C: 维也纳),
#: fields (Dk: 文学), institutions (Dm: 医院, 政府), quantities (Dn: 体重) and kinds of people (Ah 妈妈, Al 专家)
#: are what passages are about, and so are laws (Di25: 宪法) and the weather (Da24: 天气, 气候).
ABSTRACT = ("Da", "Db", "Dd", "De", "Df", "Di", "Gb", "Aa", "Af")
TOPICAL = ("Di25", "Da24")


def concrete(t: Token) -> bool:
    """No code of ``t`` (Simplified) in an :data:`ABSTRACT` Cilin class unless :data:`TOPICAL`; a word Cilin does
    not list passes (皖江, 贷款证: Cilin lists the common general words, the specific ones are missing)."""
    from quizgen.items import neighbours as nb

    return not any(c.startswith(ABSTRACT) and not c.startswith(TOPICAL) for c in nb.codes(t.simplified))


def wrong_options(ctx: Context, w: Window, key: str, rng: random.Random, person: bool = False
                  ) -> list[tuple[str, int]] | None:
    """Three listed nouns (as shown, sentence id) each confined to one sentence of the passage (a segmenter's
    fragment such as 保户 of 五保户, or 见状 tagged a noun, is no listed word); no person word when the key is a
    person (``person``: 老奶奶 may be 刘姥姥). None if fewer than three."""
    texts = [_simplified(s) for s in w.sentences] + ([_simplified(w.headline)] if w.headline else [])
    whole = "\n".join(texts)
    cands: list[tuple[Token, int]] = []
    seen: set[str] = set()
    for s in w.sentences[1:]:  # the first sentence frames the topic: its nouns are part of it (航天 for 卫星)
        toks = _plain(s)
        for k, t in enumerate(toks):
            c = t.simplified
            if c in seen or not _head(toks, k) or not _noun(t, _WRONG_NOUNS) or whole.count(c) != 1 \
                    or not is_listed(c, ctx.doc.standard) or (person and is_person(t)) \
                    or set(c) & set(key) or not similar_length(c, key) or dx.is_synonym(c, key) \
                    or same_category(c, key) or not concrete(t) or not readable(ctx, (t,)):
                continue
            seen.add(c)
            cands.append((t, s.id))
    rng.shuffle(cands)
    # the most specific first: a noun about as common as the key (wordfreq), not a broad one (三峡工程 against
    # 基础, 单位: a general noun reads as no title at all); the shuffle breaks ties
    from quizgen.items.frames import zipf

    z = zipf(key)
    cands.sort(key=lambda c: abs(zipf(c[0].simplified) - z))
    chosen: list[tuple[Token, int]] = []
    for t, sid in cands:
        if all(sid != j and not dx.is_synonym(t.simplified, u.simplified) and not same_category(t.simplified, u.simplified)
               for u, j in chosen):
            chosen.append((t, sid))
        if len(chosen) == 3:
            return [(t.text, sid) for t, sid in chosen]
    return None


def drafts(ctx: Context, rng: random.Random) -> list[Draft]:
    """One main-idea or title question per window whose topic check passes (see the module docstring)."""
    out: list[Draft] = []
    for w in windows(ctx):
        got = topic_of(ctx, w)
        if got is None:
            continue
        shown, simp, held, person = got
        if simp in ctx.used:
            continue  # the key is gapped elsewhere on the sheet
        text = ctx.doc.display(w.sentences[0].start, w.sentences[-1].end)
        wrong = wrong_options(ctx, w, simp, ctx.question_rng("topic", simp, text), person)
        if wrong is None:
            refuse(ctx, "topic", "fewer than 3 one-sentence nouns")
            continue
        kind = "title" if w.whole and w.headline is None else "main_idea"
        # what the teacher's key prints: the strict check of session 16 could not read "(the key in 6 of 8)"
        why = f"named in one sentence only, while {shown} runs through {len(held)} of the {len(w.sentences)} sentences"
        out.append(Draft(kind, stem(ctx, kind), shown, tuple((o, why) for o, _ in wrong), held,
                         w.sentences[0].start, w.sentences[-1].end, text, tuple(i for _, i in wrong), word=simp))
    return out
