"""Clauses a question asked in place may use: those that stand alone (:func:`clause_units`), and those that lean
on the clause before them for their subject and take it (:func:`carried`).

Chinese leaves the subject of a clause out when it is the one of the clause before (他1998年来到中国，在北京住了
三年): the second clause alone has no subject, and a question on it (在哪儿住了三年？) would not say who. Where the
first clause's subject is sure, the question says it (他在哪儿住了三年？). Sure means: the first clause opens
with a person — a personal pronoun or a name the tagger calls a person or an organisation — and names nobody
else and no counted thing after it (他有一个哥哥，在北京工作: the brother works there, not 他); and the second
clause opens with an adverb, a full verb or a preposition of place, not with 是/有 (他买了书，是妈妈写的: the book
is), not with a verb-less predicate (他买了书，很有意思: the book is), nor with 就/便/才 (他刚到家，就下雨了:
nobody rains).
"""
from __future__ import annotations

from quizgen.analysis import chars, datafiles
from quizgen.analysis.document import Token
from quizgen.items.changes import Unit
from quizgen.items.context import Context
from quizgen.items.statements import frame as _frame

_STATEMENT_WORDS = datafiles.word_sets("statement_words.tsv")
_QUESTION_WORDS = datafiles.word_sets("question_words.tsv")
# a clause with one of these asserts nothing (a condition, a question, a guess), nor does a question
_NOT_ASSERTED = tuple(sorted(_STATEMENT_WORDS["not_asserted"]))
_QUESTION = _STATEMENT_WORDS["question"]
#: A clause after one ending in these reports an opinion, a wish or a guess, not a fact to ask about.
_OPINION = tuple(sorted(_QUESTION_WORDS["opinion_end"]))
_QUOTES = frozenset(chars.QUOTE_MARKS + "《》")
MAX_STEM = 40
# the persons a subject may be carried from: he, she, I, we … (not 你: the reader)
_PERSONS = _QUESTION_WORDS["pronoun"] - _QUESTION_WORDS["addressee"]
_ANY_PERSON = _QUESTION_WORDS["pronoun"]
_AGENT_TAGS = ("nr", "nrfg", "nrt", "nt")  # jieba's person and organisation names
# a clause opening with these says what follows from the clause before, whose subject need not be its own
_CONSEQUENCE = _QUESTION_WORDS["frame_then"] | {"才"}
_COPULAS = _STATEMENT_WORDS["finite_verb"]  # 是/有/具有: the clause is about the object before it
_TO_PLACE = _QUESTION_WORDS["to_place"]
_ASPECT_TAGS = ("ul", "uz", "ug")  # jieba's tags of 了, 着, 过


def _no_subject(c) -> bool:
    """A clause whose 'subject' is a tagger's guess: a one-character common noun (历33年浴血奋战: 历 is 'to go
    through') or a noun that opens a manner phrase (态度冷冷地…提了81条意见: with a cold manner, the subject is
    elsewhere). A question asked in place on it would have no subject (历多少年浴血奋战？)."""
    words = [t for t in c if t.is_word]
    first = words[0] if words else None
    return first is not None and first.pos[:1] == "n" and not first.proper_noun and (
        len(first.simplified) == 1 or (len(words) > 1 and words[1].simplified.endswith("地")))


def _walk(ctx: Context, s):
    """(clause, free) for each clause of ``s``: free when no opinion, lead-in (村民恳请：), condition or fronted
    frame comes before it in the sentence (see :func:`clause_units`)."""
    from quizgen.items.drafts import clauses

    opinion = bound = False
    for c in clauses(s):
        simp = "".join(t.simplified for t in c)
        text = ctx.doc.display(c[0].start, c[-1].end)
        if ctx.doc.text[c[-1].end:c[-1].end + 1] in ("：", ":"):
            opinion = True  # 村民恳请：“…”: a lead-in to what is said, no statement; what follows is reported
            yield c, False
            continue
        yield c, not opinion and not bound
        opinion = opinion or any(t.simplified.endswith(_OPINION) for t in c) or bool(_QUOTES & set(text))
        bound = BOUND_CLAUSES and (bound or any(w in simp for w in _NOT_ASSERTED) or _frame(c))


def _statement(ctx: Context, toks, text: str) -> bool:
    """``toks`` (reading ``text``) read as a statement of their own, with a subject."""
    from quizgen.items.statements import has_subject, stands_alone

    simp = "".join(t.simplified for t in toks)
    return 6 <= len(text) <= MAX_STEM and sum(t.is_word for t in toks) >= 3 \
        and not _QUOTES & set(text) and not any(w in simp for w in _NOT_ASSERTED) \
        and not any(t.simplified in _QUESTION for t in toks) and stands_alone(toks) and has_subject(toks) \
        and not _no_subject(toks)


def clause_units(ctx: Context, s) -> list[Unit]:
    """Clauses of ``s`` that read as statements on their own, for questions asked in place where the whole
    sentence is no statement unit (:func:`statements.units` wants it complete and free of any condition or
    question word): a subject, standing alone, no condition, question word or quotation in the clause, and no
    opinion (认为, 希望 …) reported before it in the sentence, nor a condition (如果政府报销，我们多半不会挨骂: the
    judgment 我们多半会挨骂 was keyed 错 where the text's own case makes it true) or a fronted frame it depends on
    (对一个贫困的家庭，一千块钱就是一个巨大的消费: without it a claim the text does not make; strict check, session 17)."""
    out: list[Unit] = []
    for c, free in _walk(ctx, s):
        text = ctx.doc.display(c[0].start, c[-1].end)
        if free and _statement(ctx, c, text):
            out.append(Unit(s.id, tuple(c), c[0].start, c[-1].end, text))
    return out


#: A clause after a condition or a fronted frame in its sentence is no statement of its own (bench/mutation_check.py
#: "bound-clauses": False asks it).
BOUND_CLAUSES = True

#: False: no clause takes the subject of the clause before it (bench/mutation_check.py "carried-subject").
CARRY = True


def _agent(c) -> Token | None:
    """The clause's subject where a clause after it may take it: its first word after any time words (后来他…),
    a person (a personal pronoun, a person's or an organisation's name) right before its predicate, the rest a
    statement, and no other person or counted thing after it (他有一个哥哥，在北京工作; 他告诉我，明天去: who goes is
    not sure)."""
    from quizgen.items.statements import has_subject, stands_alone

    words = [t for t in c if t.is_word]
    while words and words[0].pos[:1] == "t":
        words = words[1:]
    if len(words) < 2 or words[1].pos[:1] not in ("v", "d", "p", "t") or not has_subject(words) \
            or not stands_alone(words):
        return None
    first = words[0]
    if not (first.simplified in _PERSONS or (first.proper_noun and first.pos in _AGENT_TAGS)):
        return None
    if any(t.simplified in _ANY_PERSON or t.pos[:1] in ("m", "q") or t.pos.startswith("nr") for t in words[1:]):
        return None
    return first


def _leaning(c) -> bool:
    """A clause that opens with its predicate, continuing its subject's action: adverbs or time words, then a full verb (not
    是/有), or a preposition of place and its place (one or two nouns or pronouns) before the verb (在北京住了三年; not 在北京
    人们…: a subject of its own); and a verb in it somewhere (很有意思 has none: it says something of the object
    before)."""
    words = [t for t in c if t.is_word]
    k = 0
    while k < len(words) and words[k].pos[:1] in ("d", "t"):  # 又, 现在, 第二天
        if words[k].simplified in _CONSEQUENCE:
            return False
        k += 1
    if k == len(words):
        return False
    head = words[k]
    if head.simplified in _TO_PLACE and (head.pos[:1] == "p" or head.simplified == "在"):
        j = k + 1
        while j < len(words) and j <= k + 2 and words[j].pos[:1] in ("n", "s", "f", "r"):
            j += 1
        while j < len(words) and words[j].pos[:1] == "d":
            j += 1
        head = words[j] if k + 1 < j < len(words) else head  # 在/p alone is no verb
    nxt = words[words.index(head) + 1].pos if words.index(head) + 1 < len(words) else ""
    # a verbal noun followed by 了/着/过 is the verb (工作/vn 了五年)
    return head.pos[:1] == "v" and (head.pos != "vn" or nxt in _ASPECT_TAGS) and head.simplified not in _COPULAS


def carried(ctx: Context, s) -> list[tuple[Unit, Token]]:
    """(clause, subject) for each clause of ``s`` with no subject of its own that continues the sure subject of
    the clause before it (or of a run of such clauses before it): see the module docstring. The unit is the clause
    as the text has it; the subject is said before it in the question."""
    out: list[tuple[Unit, Token]] = []
    subject: Token | None = None
    for c, free in _walk(ctx, s):
        if not CARRY or not free:
            subject = None
            continue
        if subject is None or not _leaning(c):
            subject = _agent(c)
            continue
        whole = (subject, *c)
        text = ctx.doc.display(subject.start, subject.end) + ctx.doc.display(c[0].start, c[-1].end)
        if _statement(ctx, whole, text):
            out.append((Unit(s.id, tuple(c), c[0].start, c[-1].end, ctx.doc.display(c[0].start, c[-1].end)),
                        subject))
    return out
