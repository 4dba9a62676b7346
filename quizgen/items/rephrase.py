"""More true restatements (see :mod:`quizgen.items.restate`), each checked by its form, refused when unsure:

* **number form**: a number in digits said in Chinese numerals (住了3年 → 住了三年, 7.8平方米 → 七点八平方米), a listed share in its exact
  other form (50% → 一半, number_forms.tsv) — never a year, a date, a decimal or an approximate share;
* **pronoun named**: a clause opening with 他/她 said with the name it stands for (他是…医生 → 李文亮是…医生), only
  when the words just before (the earlier clauses of the sentence, else the sentence before in its paragraph)
  open with one person's name as their subject and mention no other person at all, and the name is sure (in
  CC-CEDICT or written twice in the text: the segmenter makes names such as 李明家);
* **把/被 undone**: S把O V了 → S V了O and O被S V了 → S V了O, only with a definite O (a name, 这/那…, …的…), a
  verb of one or two words and 了 ending the clause (他把我的书拿走了 → 他拿走了我的书);
* **cause turned round**: 因为/由于A，(所以)B → B，是因为A (a sentence of two clauses, B with its own subject).
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache

from quizgen.analysis import chars, datafiles
from quizgen.analysis.document import Token
from quizgen.analysis.han import is_han
from quizgen.items.changes import Unit
from quizgen.items.context import Context
from quizgen.items.cues import table
from quizgen.items.numbers import is_year

_DIGITS = chars.DIGITS
#: after these a number is a date or a clock time, written as the text writes it
_WORDS = datafiles.word_sets("restate_words.tsv")  # its header says what each set is
_DATE_UNITS = tuple(sorted(_WORDS["date_unit"]))
#: two numbers joined by one of these make a range (3至5个, 75%－80%): no number of the text is restated
_RANGE = re.compile(r"\d[%％]?\s*[－﹣~～—至到-]\s*\d")
_NUMBER = re.compile(r"(?<![\d.,，%％])(\d{1,4})(?:\.(\d{1,2}))?(?![\d.,，%％])")
_SHARE = re.compile(r"(?<![\d.])(\d{1,2})[%％](?![\d])")
_THIRD = _WORDS["third_person"]
_GENERAL = _WORDS["general_pronoun"]  # 自己, 大家: pronouns that name no one known
_PRONOUNS = _WORDS["personal_pronoun"] | _GENERAL
_QUOTES = set(chars.QUOTE_MARKS)
_SHARE_APPROX = tuple(sorted(_WORDS["share_approx"]))
_APPROX_AFTER = tuple(sorted(_WORDS["approx_after"]))
_NOT_EXACT_BEFORE = tuple(sorted(_WORDS["not_exact_before"]))
_NOT_SUBJECT_AFTER = _WORDS["not_subject_after"]
_NEEDS_OBJECT = _WORDS["needs_object"]
_CAUSE_CUES = _WORDS["cause_cue"]


def chinese_number(n: int, before_measure: bool) -> str:
    """``n`` (1–9999) in Chinese numerals: 3 → 三, 12 → 十二, 105 → 一百零五, 2 before a measure word → 两."""
    if before_measure and n == 2:
        return "两"
    if n // 1000 == 2 and n % 1000 == 0:
        return "两千"  # 二千户 is not how it is said
    parts, zero = [], False
    for value, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // value % 10
        if d:
            if zero:
                parts.append("零")
            parts.append(("" if (value == 10 and n < 20) else _DIGITS[d]) + name)
            zero = False
        elif parts:
            zero = True
    return "".join(parts)


@cache
def share_forms() -> dict[str, str]:
    """percent -> its exact fraction word (number_forms.tsv)."""
    return {p: f for p, f in table("number_forms.tsv")}


def number_form(ctx: Context, u: Unit) -> tuple[str, str] | None:
    """The first integer before a measure word said in Chinese numerals, or a listed share in its other form."""
    got = all_in_words(ctx, u.text)
    return got if got is not None and got[0] not in ctx.doc.text else None


def all_in_words(ctx: Context, raw: str) -> tuple[str, str] | None:
    """:func:`in_words` for every number it can say, so one clause never mixes the forms (一百家…８３家)."""
    got = in_words(ctx, raw)
    if got is None:
        return None
    text, how = got
    while (more := in_words(ctx, text)) is not None:
        text, how = more[0], how + "; " + more[1]
    return text, how


#: False: the digits of a code (N95, G20) may be said in words (bench/mutation_check.py "number-in-code").
CODES = True


def _in_code(text: str, start: int) -> bool:
    """The number starting at ``start`` follows a Latin letter: a name or code (N95口罩 → *N九十五口罩: strict check,
    session 21), no quantity."""
    return start > 0 and text[start - 1].isascii() and text[start - 1].isalpha()


def in_words(ctx: Context, raw: str) -> tuple[str, str] | None:
    """``raw`` with its first share or integer (see :func:`number_form`) in words, and how; None when it has none."""
    text = unicodedata.normalize("NFKC", raw)
    if len(text) != len(raw) or _RANGE.search(text):
        return None  # offsets would shift; a range
    for m in _SHARE.finditer(text):
        form = share_forms().get(m.group(1) + "%")
        if form and not text[:m.start()].endswith(_SHARE_APPROX) and not text[m.end():].startswith(_SHARE_APPROX):
            return raw[:m.start()] + ctx.display(form) + raw[m.end():], f"number {m.group(0)} → {form}"
    for m in _NUMBER.finditer(text):
        after = text[m.end():m.end() + 3]
        n, point = int(m.group(1)), m.group(2)
        if is_year(m.group(1), after) and not point:
            continue
        if not after[:1] or not is_han(after[0]) or after.startswith(_DATE_UNITS) \
                or (m.group(1).startswith("0") and (n or not point)) or (n == 0 and not point) \
                or after.startswith(_APPROX_AFTER) \
                or text[:m.start()].endswith(_NOT_EXACT_BEFORE) or (CODES and _in_code(text, m.start())):
            continue
        shown = ctx.display(decimal_words(n, point) if point else chinese_number(n, before_measure=True))
        return raw[:m.start()] + shown + raw[m.end():], f"number {m.group(0)} → {shown}"
    return None


def decimal_words(n: int, point: str) -> str:
    """A decimal read out: 7.8 → 七点八, 0.5 → 零点五, 2.05 → 二点零五 (digits after the point one by one)."""
    return (chinese_number(n, before_measure=False) if n else "零") + "点" + "".join(_DIGITS[int(d)] for d in point)


def _is_person(t: Token) -> bool:
    from quizgen.items import neighbours as nb

    codes = nb.codes(t.simplified) if t.pos[:1] == "n" else ()
    # a name the analysis confirmed (a non-proper nr is the tagger's guess: 双眉), a pronoun, a word Cilin files only
    # under people (A: 医生, 妈妈)
    return (t.pos.startswith("nr") and t.proper_noun) or t.simplified in _PRONOUNS \
        or (bool(codes) and all(c[:1] == "A" for c in codes))


def _before(ctx: Context, u: Unit) -> list[Token]:
    """The words the unit follows: the earlier clauses of its sentence, else the sentence before in its paragraph."""
    s = ctx.doc.sentences[u.sentence]
    toks = [t for t in s.tokens if t.end <= u.start]
    if any(t.is_word for t in toks):
        return toks
    if u.sentence == 0:
        return []
    prev = ctx.doc.sentences[u.sentence - 1]
    if "\n" in ctx.doc.text[prev.end:s.start]:
        return []  # another paragraph
    return list(prev.tokens)


#: sentences a pronoun is followed back through (哈桑…。他对…。他认为… → 哈桑认为…), each 他 opening its sentence
CHAIN = 3


def antecedent(ctx: Context, u: Unit, depth: int = CHAIN) -> Token | None:
    """The name 他/她 at the start of ``u`` stands for, or None when it is not certain (see the module docstring);
    a 他/她 before it that opens its own sentence is followed back, at most :data:`CHAIN` sentences."""
    words = [t for t in u.tokens if t.is_word]
    if not words or words[0].simplified not in _THIRD \
            or any(t.simplified in _PRONOUNS or t.pos.startswith("nr") for t in words[1:]):
        return None  # 他让她…, 他和李明…: another person named in the clause itself
    before = [t for t in _before(ctx, u) if t.is_word]
    if not before or _QUOTES & {c for t in _before(ctx, u) for c in t.text}:
        return None
    first = before[0]
    if first.simplified in _THIRD and depth > 1 and before[0] is _before(ctx, u)[0]:
        prev = ctx.doc.sentences[u.sentence - 1] if before[0].start < ctx.doc.sentences[u.sentence].start else None
        if prev is None:
            return None  # the earlier clauses of its own sentence open with 他: follow no further
        name = antecedent(ctx, Unit(prev.id, prev.tokens, prev.start, prev.end, prev.text), depth - 1)
        if name is None or any(_is_person(t) for t in before[1:]):
            return None
        return name
    if not (first.proper_noun and first.pos.startswith("nr")) or len(first.simplified) < 2 or not _sure(ctx, first):
        return None
    if len(before) < 2 or before[1].simplified in _NOT_SUBJECT_AFTER \
            or before[1].pos[:1] in ("n", "r", "f", "u", "c", "x"):
        return None  # 李明的妈妈, 李明家…: the name is no subject; 李明和王芳: two people
    if any(_is_person(t) and t.simplified != first.simplified for t in before[1:]):
        return None  # another person, a pronoun or a person noun: 他 may be that one
    return first


def _sure(ctx: Context, name: Token) -> bool:
    """A name the segmenter did not make up: CC-CEDICT knows it, or the text writes it twice (李明家 tagged as one
    name would give 他 → 李明家)."""
    from quizgen.analysis.lexicon import cedict_entries

    return ctx.doc.text.count(name.text) >= 2 or any(e.is_proper for e in cedict_entries(name.simplified))


def pronoun_named(ctx: Context, u: Unit) -> tuple[str, str] | None:
    name = antecedent(ctx, u)
    if name is None:
        return None
    p = next(t for t in u.tokens if t.is_word)
    new = ctx.doc.display(u.start, p.start) + name.text + ctx.doc.display(p.end, u.end)
    return (new, f"pronoun {p.text} → {name.text}") if new not in ctx.doc.text else None


def _nominal(t: Token) -> bool:
    return (t.pos[:1] in ("n", "r") or t.proper_noun) and t.pos != "vn" and bool(t.text.strip())


def _definite(toks: list[Token]) -> bool:
    """A noun phrase that names one known thing: a name, 这/那 + noun, a possessive or other …的… phrase."""
    words = [t.simplified for t in toks]
    return (len(toks) == 1 and (toks[0].proper_noun or words[0] in _PRONOUNS - _GENERAL)) \
        or words[0][:1] in ("这", "那") or "的" in words[1:-1]


def ba_undone(ctx: Context, u: Unit) -> tuple[str, str] | None:
    """S把O V了 → S V了O; O被S V了 → S V了O (see the module docstring)."""
    toks = [t for t in u.tokens]
    if any(not t.text.strip() for t in toks) or toks[-1].simplified != "了" or len(toks) < 5:
        return None
    at = [k for k, t in enumerate(toks) if t.simplified in ("把", "被") and t.pos == "p"]
    if len(at) != 1 or at[0] == 0:
        return None
    k = at[0]
    verbs = [j for j in range(k + 2, len(toks) - 1) if toks[j].pos[:1] == "v"]
    if not verbs or len(toks) - 1 - verbs[0] > 2 or any(toks[j].pos[:1] != "v" for j in range(verbs[0], len(toks) - 1)):
        return None
    v0 = verbs[0]
    left, right = toks[:k], toks[k + 1:v0]
    if not left or not right or not all(_nominal(t) or t.simplified == "的" for t in left + right) \
            or left[-1].simplified == "的" or right[-1].simplified == "的":
        return None
    verb = ctx.doc.display(toks[v0].start, toks[-1].end)  # the verb(s) with 了
    if any(t.simplified in _NEEDS_OBJECT for t in toks[v0:-1]):
        return None  # 被评为, 把他当作…: a verb that needs what follows
    agent, patient = (left, right) if toks[k].simplified == "把" else (right, left)
    if not _definite(patient):
        return None  # 他把书卖了 (that book) → 他卖了书 (some books) says less
    a = ctx.doc.display(agent[0].start, agent[-1].end)
    p = ctx.doc.display(patient[0].start, patient[-1].end)
    new = a + verb + p
    return (new, f"{toks[k].text} undone") if new not in ctx.doc.text else None


#: the cue of a cause after its effect (B，是因为A); quizgen.items.causal makes the units these read
EXPLAIN = ("是因为", "是由于")


def is_causal(u: Unit) -> bool:
    """``u`` was made by :func:`causal_unit` (a cause and its effect in one unit)."""
    words = [t.simplified for t in u.tokens if t.is_word]
    return bool(words) and (words[0] in ("因为", "由于") or any(
        a + b in EXPLAIN for a, b in zip(words, words[1:])) or any(w in EXPLAIN for w in words))


def cause_turned(ctx: Context, u: Unit) -> tuple[str, str] | None:
    """因为/由于A，(所以)B → B，是因为A and B，是因为A → 因为A，所以B (see the module docstring)."""
    if not is_causal(u):
        return None
    comma = next((k for k, t in enumerate(u.tokens) if t.simplified in ("，", ",")), None)
    if comma is None:
        return None
    a, b = list(u.tokens[:comma]), [t for t in u.tokens[comma + 1:]]
    sep = u.tokens[comma].text
    if a[0].simplified in ("因为", "由于"):
        cause = a[1:]
        effect = b[1:] if b[0].simplified == "所以" else b
        new = ctx.doc.display(effect[0].start, effect[-1].end) + sep + ctx.display("是因为") \
            + ctx.doc.display(cause[0].start, cause[-1].end)
    else:
        k = next(k for k, t in enumerate(b) if t.simplified in _CAUSE_CUES)
        cause = b[k + 1:]
        if not cause:
            return None
        new = ctx.display("因为") + ctx.doc.display(cause[0].start, cause[-1].end) + sep + ctx.display("所以") \
            + ctx.doc.display(a[0].start, a[-1].end)
    return (new, "cause turned round") if new not in ctx.doc.text else None
