"""Template questions on what the text states (``fact``): a sentence with its date, number, person or place
blanked, and four values of the same kind; each wrong value, filled in, gives a sentence found nowhere in the
text, so the text decides."""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

from quizgen.analysis.document import Document, Token
from quizgen.cache import on_release
from quizgen.items import numbers
from quizgen.items.changes import NUM as _NUM
from quizgen.items.changes import names as _names
from quizgen.items.changes import same_width as _same_width
from quizgen.items.context import Context, blank
from quizgen.items.drafts import ends_open
from quizgen.items.itemset import Item
from quizgen.items.mentions import list_label, name_cut
from quizgen.items.number_checks import dateline, dialled
from quizgen.items.place_kinds import same_kind
from quizgen.items.select import item_spans


def fact_kind(t: Token) -> str:
    if t.proper_noun and t.pos.startswith("nr"):
        return "person"
    if t.proper_noun and t.pos.startswith("ns"):
        return "" if PLACES_NO_PERSONS and known_person(t.text) else "place"
    if _NUM.search(t.text) and not any(c.isascii() and c.isalpha() for c in t.text):
        # a code with letters (c1 of Anki's {{c1::…}}, G20, MP3) is a name, not a quantity: c2 is no wrong value
        return "date" if t.text[-1:] in "年月日" and t.pos == "t" else "number"
    return ""


def date_part(t: Token) -> bool:
    """A token of a date: digits before 年/月/日/号 (3月 + 10日, whatever jieba tags 10日)."""
    return fact_kind(t) == "date" or (_NUM.search(t.text) is not None and t.text[-1:] in "年月日号")


def date_cut(tokens, k: int) -> bool:
    """Token ``k`` is one piece of a date written in several tokens (7月 + 3日): blanked, the stem reads
    ＿＿3日 (strict check, session 17); the month before a bare day number counts too (3月 + 10 + 日)."""
    t = tokens[k]
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return (nxt is not None and (date_part(nxt) or (t.text.endswith("月") and _NUM.fullmatch(nxt.text) is not None))) \
        or (k > 0 and (date_part(tokens[k - 1]) or (MONTH_WORDS and _month_word(tokens[k - 1]))))


#: False: a day after a month written in words (元月16日) may be asked alone: 王先生在元月什么时候即被感染？
#: (bench/mutation_check.py "date-month-word", strict check of draw 11004).
MONTH_WORDS = True


def _month_word(t) -> bool:
    """A time word naming a month (元月, 正月, 腊月, 三月): the day after it is one date with it."""
    return t.pos[:1] == "t" and t.simplified.endswith("月") and len(t.simplified) == 2


_LIFE = re.compile(r"\(name\)|surname|\((?:c\. ?|born )?\d{1,4}(?: BC)?\s*[-–]|\bstar\)")


#: False: a name the tagger calls a place but CC-CEDICT a person (普京 'Vladimir Putin (1952-)') is asked as a place,
#: among places (bench/mutation_check.py "place-not-person").
PLACES_NO_PERSONS = True


def known_person(name: str) -> bool:
    """CC-CEDICT has a proper entry for ``name`` and says it is a person (:func:`a_person`): 普京, never 韩国."""
    from quizgen.analysis.lexicon import cedict_entries
    from quizgen.analysis.script import to_simplified

    return any(e.is_proper for e in cedict_entries(to_simplified(name))) and a_person(name)


def a_person(name: str) -> bool:
    """A name CC-CEDICT does not list as a proper noun (夏世清, or 宝玉 whose entry is "precious jade": the analysis
    found the name), or one whose proper entry says it is a person: "(name)", "surname", a lifespan "(1946-)", or a
    person word of person_lemmas.txt (Sharapova "(Russian female tennis star)"); not 白宫 "White House", 温布顿
    "Wimbledon", 花莲 "Hualien, city…"."""
    from quizgen.analysis.lexicon import cedict_entries
    from quizgen.analysis.script import to_simplified
    from quizgen.items.topic import person_lemmas

    proper = [e for e in cedict_entries(to_simplified(name)) if e.is_proper]
    return not proper or any(_LIFE.search(s) or set(s.lower().replace(")", " ").split()) & person_lemmas()
                             for e in proper for s in e.senses)


def fact_values(ctx: Context, kind: str, tok: Token, span_text: str, rng: random.Random,
                 sure: frozenset[str] = frozenset(), people: bool = False) -> list[str]:
    """Three wrong values of the same kind and unit, none in the item sentence; names only from ``sure``, of the
    same length, or with ``people`` of any length (克林顿 beside 奥尔布赖特) and each a person (:func:`a_person`:
    never 白宫 or 温布顿, which the tagger calls names too); places of the key's kind (a province among provinces,
    never the mountains 昆侖 among them: :mod:`quizgen.items.place_kinds`); numbers plausible
    (:mod:`quizgen.items.numbers`: same magnitude, in the unit's range, years near the text's)."""
    if kind in ("person", "place"):
        # same granularity: same length, and a place keeps its 省/市/县/区 suffix (广东省, never 杭州 for 福建省)
        suffix = tok.text[-1] if kind == "place" and tok.simplified[-1] in "省市县区州镇村国" else ""
        pool = [n for n in _names(ctx).get("nr" if kind == "person" else "ns", [])
                if n in sure and n not in span_text and n.endswith(suffix)
                and (a_person(n) if people else len(n) == len(tok.text))
                and (kind == "person" or same_kind(tok.text, n) and not (PLACES_NO_PERSONS and known_person(n)))]
        return pool[:3] if len(pool) >= 3 else []
    m = _NUM.search(tok.text)
    assert m
    pre, suf, value = tok.text[:m.start()], tok.text[m.end():], m.group()
    unit = suf or _next_text(ctx, tok)  # ９５ + 岁: the unit is the next token
    seen: list[str] = []  # NFKC forms: ５月 and 5月 are one value (they looked like 五月 and 五月 on a sheet)
    out: list[str] = []

    def offer(v: str) -> None:
        option = pre + _same_width(v, value) + suf
        key = unicodedata.normalize("NFKC", option)
        if numbers.plausible(value, v, unit) and key not in seen and option not in span_text \
                and key != unicodedata.normalize("NFKC", tok.text):
            seen.append(key)
            out.append(option)

    for s in ctx.doc.sentences:  # same unit used elsewhere in the text first: the most plausible (real years)
        for k, t in enumerate(s.tokens):
            mm = _NUM.search(t.text)
            if not s.flagged and mm and t.text[:mm.start()] == pre and t.text[mm.end():] == suf \
                    and (suf or (s.tokens[k + 1].text if k + 1 < len(s.tokens) else "") == unit):
                offer(unicodedata.normalize("NFKC", mm.group()))
    for v in numbers.nearby(value, suf, rng):
        offer(v)
    return out[:3] if len(out) >= 3 else []


def _next_text(ctx: Context, tok: Token) -> str:
    """The text of the token after ``tok`` in its sentence ('' at the end)."""
    for s in ctx.doc.sentences:
        if s.start <= tok.start < s.end:
            later = [t for t in s.tokens if t.start >= tok.end]
            return later[0].text if later else ""
    return ""


def sure_name(simplified: str, mentions: Counter[str]) -> bool:
    """A name a question may ask for: CC-CEDICT knows it as one, or the text names it twice. A one-off
    segmenter guess (逛城街民众: 城街 tagged a place for its 街) would make a question about nothing."""
    from quizgen.analysis.lexicon import cedict_entries

    return mentions[simplified] >= 2 or any(e.is_proper for e in cedict_entries(simplified))


_LAST: list[tuple[Document, Counter[str], frozenset[str]]] = []  # the last document's names (one entry)


def _sure_names(doc: Document) -> tuple[Counter[str], frozenset[str]]:
    """The times the text names each proper noun, and the names a question may ask for (:func:`sure_name`),
    read once a document: :func:`fact_items` runs at every step of the allocator, and the whole text was read
    again each time (the same document object: it is frozen)."""
    if _LAST and _LAST[0][0] is doc:
        return _LAST[0][1], _LAST[0][2]
    mentions = Counter(t.simplified for s in doc.sentences for t in s.tokens if t.proper_noun)
    sure = frozenset(t.text for s in doc.sentences for t in s.tokens
                     if t.proper_noun and sure_name(t.simplified, mentions))
    _LAST[:] = [(doc, mentions, sure)]
    return mentions, sure


on_release(_LAST.clear)


#: A person fact asks a person, among persons (:func:`a_person`): the key and its three wrong values
#: (bench/mutation_check.py "fact-persons-only": False lets places and 滑鐵盧 stand among them).
PERSONS_ONLY = True


def fact_items(ctx: Context, n: int) -> list[Item]:
    """Template questions: a sentence with its date, number, person or place blanked, and 4 values of the
    same kind; the filled-in wrong sentence must occur nowhere in the text (so the text decides)."""
    out: list[Item] = []
    used_spans: set[int] = set()
    kinds_seen: dict[str, int] = {}
    asked: set[str] = set()
    cands = []
    mentions, sure = _sure_names(ctx.doc)
    for span in item_spans(ctx.doc, ctx.known):
        if ends_open(span.text):
            continue  # 而在＿＿與巴基斯坦，: a stem that stops where its sentence goes on (strict check, session 17)
        for k, tok in enumerate(span.tokens):
            kind = fact_kind(tok)
            if kind in ("person", "place") and (not sure_name(tok.simplified, mentions)
                                                or name_cut(span.tokens, k)):
                continue
            if kind == "person" and PERSONS_ONLY and not a_person(tok.text):
                continue  # 苗栗縣 tagged a name was asked as a person among 蔡家福/陳水扁 (strict check, session 17)
            if kind == "date" and date_cut(span.tokens, k):
                continue
            if kind == "number" and (list_label(span.tokens, k) or dialled(span.tokens, k)):
                continue  # a list label (1.), a number dialled (叫了110): no quantity
            if kind in ("number", "date") and dateline(span.tokens, k):
                continue  # 新华社宜昌１月２日电: when the report was filed, no fact to read
            if kind and span.text.count(tok.text) == 1:
                cands.append((span, tok, kind))
    # variety first: one of each kind before a second of any
    cands.sort(key=lambda c: c[0].start)
    while len(out) < n and cands:
        cands.sort(key=lambda c: (kinds_seen.get(c[2], 0), c[0].start))
        span, tok, kind = cands.pop(0)
        if span.start in used_spans or span.sentence.id in ctx.used_sentences:
            continue  # a sentence gapped by another question would carry its gaps into this one
        if tok.simplified in asked or tok.simplified in ctx.used:
            continue  # one value asked once: a second 2023年 question is answered by the first's stem (one Anki GUID)
        rng = ctx.word_rng("fact", tok.text)  # the question's own randomness
        wrong = fact_values(ctx, kind, tok, span.text, rng, sure, people=PERSONS_ONLY and kind == "person")
        if not wrong:
            continue
        opts = [tok.text] + wrong
        if len(set(opts)) != 4 or any(blank(ctx.doc, span, tok, w) in ctx.doc.text for w in wrong):
            continue
        rng.shuffle(opts)
        used_spans.add(span.start)
        ctx.used_sentences.add(span.sentence.id)
        kinds_seen[kind] = kinds_seen.get(kind, 0) + 1
        asked.add(tok.simplified)
        ctx.used.add(tok.simplified)  # the build calls this paragraph by paragraph: asked once in the whole text
        out.append(Item(id=ctx.id(span.text, tok.text, "fact"), type="fact", level=ctx.doc.level,
                        prompt=blank(ctx.doc, span, tok), options=tuple(opts), answer=tok.text,
                        answer_index=opts.index(tok.text), source=ctx.doc.source, sentence=span.text,
                        start=span.start, end=span.end, word=tok.text, simplified=tok.simplified,
                        target_start=tok.start, target_end=tok.end, blanked=blank(ctx.doc, span, tok),
                        kind=kind))
    return out
