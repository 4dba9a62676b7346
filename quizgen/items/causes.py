"""Why / what for / what happened then: questions from cause, purpose and result structures of one sentence.

A clause opening with a cue of cues.tsv gives the pair (question, key):

* ``why``: 因为/由于 A，(所以) B and B，因为 A → “B”是因为： A; B，(这)是因为 A and 之所以 B，是因为 A → A;
  A，所以/因此/因而 B → A (a sentence opening with 所以/因此 takes the one-clause sentence before it as A); and
  inside one clause, S因为/由于/因 A 而 B → “SB”是因为： A, or with a result verb after 而 (S因为A而导致B)
  → “B”是因为： SA (:func:`_inner_cause`);
* ``purpose``: 为了 A，B → “B”是为了： A, also as the last two clauses of a sentence (…，但为了A，B), and with a
  one-word subject before 为了 (母亲为了A，B → “母亲B”是为了： A); B，以便/为的是 A → A;
* ``result``: A，于是/结果/从而 B → “A”，结果怎么样？ B.

A turn after a concession (cues.tsv role ``turn``: A，可是B，因此C) makes B alone the cause of C; the turn word is
left out of every clause quoted or given as a key.

The wrong options are clauses that stand alone from sentences of the same paragraph at least two away from the
question's, of similar length and without a cause, purpose or result cue of their own: things the passage says,
but not what it gives as the cause, purpose or result — so exactly one option answers the question.
"""
from __future__ import annotations

import random

from quizgen.analysis import datafiles
from quizgen.analysis.document import Sentence, Token
from quizgen.items.cause_keys import addressed, pointing, points_back, says
from quizgen.items.context import Context
from quizgen.items.cues import cue_words, opens_with
from quizgen.items.drafts import (
    Draft,
    clauses,
    paragraph_of,
    readable,
    refuse,
    similar_length,
    spoken,
    stem,
    text_of,
    usable,
)
from quizgen.items.inner_cause import inner_cause as _inner_cause
from quizgen.items.quotes import inner_quotes
from quizgen.items.statements import has_subject, stands_alone

MIN_KEY, MAX_KEY = 4, 30  # characters of a key clause
MAX_STEM = 40  # characters of the clause quoted in the stem
DISTANCE = 2  # wrong options come from sentences at least this far from the question's
_ROLES = ("cause", "explain", "result", "purpose", "purpose_post", "explain_pre")
_RESULT_WHY = datafiles.word_sets("question_words.tsv")["result_why"]  # result cues whose clause before is a cause; the others give ``result``
_PRONOUNS = datafiles.word_sets("question_words.tsv")["pronoun"]
#: False: a why question may ask about a cause and an effect neither of which has a subject (bench/mutation_check.py
#: "cause-someone"): 因为不做事或是把事做坏，全没关系 gave “全没关系”是因为：不做事或是把事做坏 (strict check, session 21).
SOMEONE = True
#: False: a subject before the cause cue hides the cause (bench/mutation_check.py "subject-before-cause").
SUBJECT_CAUSE = True


def _words(toks: list[Token]) -> list[str]:
    return [t.simplified for t in toks if t.is_word]


def _after(toks: list[Token], cue: str) -> list[Token]:
    """The clause without its opening cue (and a 这/那 before 是因为)."""
    n = 0
    for k, t in enumerate(toks):
        n += len(t.simplified)
        if n >= len(cue):
            return toks[k + 1:]
    return []


def _strip(toks: list[Token], roles: tuple[str, ...]) -> list[Token]:
    for role in roles:
        cue = opens_with(_words(toks), role)
        if cue:
            return _after(toks, cue)
    return toks


def _turned(toks: list[Token]) -> list[Token]:
    """The clause without the turn word it opens with (但是A → A)."""
    cue = opens_with(_words(toks), "turn")
    return _after(toks, cue) if cue else toks


def _own_subject(c: list[Token]) -> bool:
    """The clause opens with its own subject: a noun, a name or a personal pronoun (太原市开展…, 他每天…; not
    每天都看…, whose subject is the sentence's)."""
    first = next((t for t in c if t.is_word), None)
    return first is not None and (first.proper_noun or first.simplified in _PRONOUNS
                                  or (first.pos[:1] == "n" and first.pos != "nr"))


def _purpose(c: list[Token]) -> tuple[list[Token], list[Token]] | None:
    """(subject, purpose) of a clause opening with 为了, after a turn word (但为了A) or a one-word subject that is a
    noun or personal pronoun (母亲为了A, 他为了A); None for any other clause."""
    c = _turned(c)
    w = _words(c)
    if cue := opens_with(w, "purpose"):
        return [], _after(c, cue)
    if len(c) > 2 and c[0].is_word and (c[0].simplified in _PRONOUNS or c[0].pos[:1] == "n") \
            and (cue := opens_with(w[1:], "purpose")):
        return c[:1], _after(c[1:], cue)
    return None


def _result_cause(cl: list[list[Token]], i: int) -> list[Token] | None:
    """The clause before the result clause ``i`` that is its whole cause: the one before it when it is the first
    (A，因此B), or a turn after a concession (A，可是B，因此C: B); None when several clauses may be the cause."""
    if i == 1:
        return _turned(cl[0])
    if i == 2 and opens_with(_words(cl[1]), "turn") and not any(opens_with(_words(cl[0]), r) for r in _ROLES):
        return _turned(cl[1])
    return None


def _prev_cause(prev: Sentence | None) -> list[Token] | None:
    """The cause of a sentence opening with a result cue (所以/因此/于是 …): the sentence before it when it is a
    statement of one clause, or of two (A1，A2。因此B: the whole, comma kept) with no cue opening either, or the
    turn of a concession (虽然A，但B。所以C: B). None for a question, a longer sentence (which of its clauses is the
    cause?) or one whose clauses carry cues of their own."""
    if prev is None or prev.text.rstrip(" 」』”\"\n")[-1:] not in ("。", "！", "!"):
        return None
    cl = clauses(prev)
    if len(cl) == 1:
        return cl[0]
    if len(cl) != 2 or any(opens_with(_words(c), r) for c in cl for r in _ROLES):
        return None
    if opens_with(_words(cl[1]), "turn"):
        return _turned(cl[1])
    if opens_with(_words(cl[1]), "continue") or opens_with(_words(cl[1]), "follow"):
        return None  # A，而是B / A，也B: the second leans on the first in a way the key would hide
    return [t for t in prev.tokens if cl[0][0].start <= t.start < cl[1][-1].end]


def _hedged(toks: list[Token]) -> tuple[str, list[Token]]:
    """(the cause cue the clause opens with, the clause from that cue on), skipping hedging adverbs before it
    (或许正因为A, 却因为A: cues.tsv role ``hedge``) and a turn word (但因为A，所以B: role ``turn``: it turns against
    what came before, the cause is A all the same); ("", toks) when it opens with none."""
    hedges = set(cue_words("hedge")) | (set(cue_words("turn")) if TURN_BEFORE_CAUSE else set())
    k = 0
    while k < min(2, len(toks)) and toks[k].simplified in hedges:
        k += 1
    for j in range(k + 1):
        if cue := opens_with(_words(toks[j:]), "cause"):
            return cue, toks[j:]
    return "", toks


#: False: a turn word before a cause cue (但因为A，B) hides the cause (bench/mutation_check.py "cause-after-turn").
TURN_BEFORE_CAUSE = True


#: Words of a subject before a cause cue (音响因为要散热，所以…; 国内股市由于…): the effect after it is said of it.
SUBJECT_WORDS = 2


def _bare_subject(c: list[Token]) -> bool:
    """A clause that is only a noun phrase of up to four words (几千万湖北人): numerals, measure words, nouns,
    names or pronouns ending in its head noun, name or pronoun (作业很多 is a clause: it ends in a predicate)."""
    words = [t for t in c if t.is_word]
    return 0 < len(words) <= 4 and len(words) == len([t for t in c if t.text.strip()]) \
        and all(t.pos[:1] in ("n", "r", "m", "q", "s") and t.pos != "vn" for t in words) \
        and words[-1].pos[:1] in ("n", "r", "s")


def _time(t: Token) -> bool:
    """A time word or a date (廿五日 is tagged a numeral)."""
    return t.pos[:1] == "t" or (t.pos[:1] == "m" and t.simplified[-1:] in "年月日号")


def _subject_cause(c: list[Token]) -> tuple[list[Token], str, list[Token]] | None:
    """(subject, cue, the clause from the cue on) of a clause whose subject — one or two nouns, a name or a personal
    pronoun — comes before its cause cue (音响因为要散热 → 音响, 因为, 因为要散热); None for any other clause."""
    for k in range(1, SUBJECT_WORDS + 1):
        head = c[:k]
        if len(c) > k + 1 and all(t.is_word and (t.simplified in _PRONOUNS or t.pos[:1] in ("n", "s") or t.proper_noun)
                                  and t.pos != "vn" for t in head) \
                and (cue := opens_with(_words(c[k:]), "cause")):
            return head, cue, c[k:]
    return None


def _pairs(ctx: Context, s: Sentence, prev: Sentence | None) -> list[tuple[str, list[Token], list[Token], int]]:
    """(kind, stem clause, key clause, evidence sentence id or -1) found in ``s``."""
    cl = clauses(s)
    out = []
    inners = [_inner_cause(c) for c in cl]
    has_cause = any(_hedged(c)[0] or (SUBJECT_CAUSE and _subject_cause(c)) or inner for c, inner in zip(cl, inners))
    for i, c in enumerate(cl):
        w = _words(c)
        if (inner := inners[i]) is not None:
            out.append(("why", inner[0], inner[1], -1))  # the cause is closed inside the clause
            continue
        cue, c_cue = _hedged(c)
        subject: list[Token] = []
        if not cue and SUBJECT_CAUSE and i == 0 and len(cl) > 1 and (sc := _subject_cause(c)) is not None:
            subject, cue, c_cue = sc  # 音响因为要散热，所以绝不能用布盖着 → "音响绝不能用布盖着"是因为：要散热
        if cue and len(cl) > 1:
            if i + 1 < len(cl) and not opens_with(_words(cl[i + 1]), "result") \
                    and any(opens_with(_words(x), "result") for x in cl[i + 2:]):
                continue  # 因为A，A2，所以B: the cause is two clauses
            if i + 1 == len(cl):
                effect = cl[i - 1]  # B，因为A。: the clause before
            elif i == 0 or opens_with(_words(cl[i + 1]), "result") or sum(t.is_word for t in cl[i - 1]) < 2:
                effect = _strip(cl[i + 1], ("result",))  # (不过，)因为A，(所以)B: the clause after
            else:
                continue  # B，因为A，C: B or C may be the effect

            reason = _after(c_cue, cue)
            if subject:  # the subject is the effect's too, or only the cause's (我们学校因为离家近，所以我…)
                own = _own_subject([t for k, t in enumerate(effect) if any(not _time(x) for x in effect[:k + 1])])
                effect, reason = (effect, subject + reason) if own else (subject + effect, reason)
            out.append(("why", effect, reason, -1))
        elif (cue := opens_with(w, "explain")) and i > 0:
            out.append(("why", _strip(cl[i - 1], ("explain_pre",)), _after(c, cue), -1))
        elif (cue := opens_with(w, "result")) and not has_cause:
            before = _result_cause(cl, i) if i else _prev_cause(prev)
            if before is None:
                continue  # A1，A2，A3，因此B: the cause is all of them, the clause before is one part
            kind = "why" if cue in _RESULT_WHY else "result"
            if opened := opens_with(_words(before), "cause_paired"):
                before = _after(before, opened)  # 因太太好善，所以…: the cause without its cue, as after 因为
            stem_part, key = (_after(c, cue), before) if kind == "why" else (before, _after(c, cue))
            out.append((kind, stem_part, key, -1 if i else prev.id))  # type: ignore[union-attr]
        elif SUBJECT_CAUSE and i == 1 and len(cl) > 2 and _bare_subject(cl[0]) and not _own_subject(cl[2]) \
                and (got := _purpose(c)) is not None and not got[0]:
            # 几千万湖北人，为了疫情不被扩散，被困在家近两个月: a clause that is only its subject, then 为了A，B
            out.append(("purpose", cl[0] + cl[2], got[1], -1))
        elif (i + 2 == len(cl) or (i == 0 and len(cl) > 2 and _own_subject(cl[1]))) \
                and (got := _purpose(c)) is not None:
            # 为了A，B，C: B may be a second purpose (为了A，加强B，…), unless it has a subject of its own: then it is
            # the action done for A (为了保障农村用电，太原市开展…活动，…)
            out.append(("purpose", got[0] + cl[i + 1], got[1], -1))
        elif (cue := opens_with(w, "purpose_post")) and i == len(cl) - 1 and i > 0:
            out.append(("purpose", cl[i - 1], _after(c, cue), -1))
    return out


def _text(ctx: Context, toks: list[Token]) -> str:
    """The text of ``toks``, which may be two runs (a subject and the clause it is the subject of)."""
    cut = next((k for k in range(1, len(toks)) if ctx.doc.text[toks[k - 1].end:toks[k].start].strip()), 0)
    return text_of(ctx, toks[:cut]) + text_of(ctx, toks[cut:]) if cut else text_of(ctx, toks)


def _ok(ctx: Context, toks: list[Token], lo: int, hi: int, quoted: bool = False) -> bool:
    """A clause of ``lo``–``hi`` characters that says something at the level, opening with no cue, and without
    quotation marks, titles or brackets — except, where ``quoted`` (the clause the stem quotes), quotation marks
    in pairs inside it (:func:`inner_quotes`)."""
    text = inner_quotes(_text(ctx, toks)) if quoted else _text(ctx, toks)
    return (lo <= len(text) <= hi and says(toks) and sum(t.is_word for t in toks) >= 2 and readable(ctx, toks)
            and not any(opens_with(_words(toks), r) for r in _ROLES)
            and not any(ch in text for ch in "“”「」『』\"《》（）()"))



def _acts(toks: list[Token]) -> bool:
    """The clause (without its pronoun subject) is an action not yet done, as a purpose is: it opens with no
    subject, no ``no_action`` word, personal pronoun or 的 comes before or as its first verb, and no aspect particle
    了/过 marks it done (经常去图书馆看书, 在北京工作; not 父母满意…, 应该有所醒悟, 不要单独外出, 每年的祭日,
    说了这么多)."""
    if not toks or toks[0].pos[:1] == "n" or toks[0].simplified in _PRONOUNS \
            or any(t.pos in ("ul", "ug") for t in toks):
        return False
    no = set(cue_words("no_action"))
    for t in toks:
        if t.simplified in no or t.simplified in _PRONOUNS or t.pos == "uj":
            return False  # 晚上我们一起去公园散步 has a subject after all
        if t.pos[:1] == "v":
            return True
    return False


def _pool(ctx: Context) -> list[tuple[int, str, str, bool, bool]]:
    """(sentence id, text, text without its pronoun subject or "", whether it opens with an action, whether it has
    its subject) of clauses that may be wrong options: standing alone (statements.stands_alone), readable, no cue of
    any role anywhere in them, not opening with a turn (可父母不懂 leans on the clause before), asserting something
    (no condition, guess or question word: 只要没被感染, 要说哪里最安全 are no cause of anything); whether it is an action: :func:`_acts`;
    its subject: statements.has_subject."""
    cues = {c for r in _ROLES for c in cue_words(r)}
    words = datafiles.word_sets("statement_words.tsv")
    asserts_nothing = words["not_asserted"] | words["question"] if ASSERTED_ONLY else frozenset()
    leans = set(cue_words("leans"))
    out = []
    for s in ctx.doc.sentences:
        if s.flagged or not ctx.doc.as_written(s) or "？" in s.text or "?" in s.text:
            continue
        for c in clauses(s):
            text = text_of(ctx, c)
            if MIN_KEY <= len(text) <= MAX_KEY and sum(t.is_word for t in c) >= 3 and stands_alone(c) \
                    and readable(ctx, c) and not (cues | asserts_nothing) & set(_words(c)) \
                    and not opens_with(_words(c), "turn") \
                    and not any(ch in text for ch in "“”「」『』\"《》（）()"):
                bare = ctx.doc.display(c[1].start, c[-1].end) \
                    if c[0].simplified in _PRONOUNS and len(c) > 2 and c[1].simplified != "的" \
                    and c[1].simplified not in leans else ""  # not 的同事, 都关起门来
                out.append((s.id, text, bare, _acts(c[1:] if bare else c), has_subject(c)))
    return out


def drafts(ctx: Context, rng: random.Random) -> list[Draft]:
    """Cause, purpose and result questions of every usable sentence, text order."""
    pool = _pool(ctx)
    par = paragraph_of(ctx)
    out: list[Draft] = []
    sents = ctx.doc.sentences
    for k, s in enumerate(sents):
        if not usable(ctx, s):
            continue
        prev = sents[k - 1] if k and usable(ctx, sents[k - 1]) and sents[k - 1].id == s.id - 1 else None
        for kind, stem_toks, key_toks, extra in _pairs(ctx, s, prev):
            if not _ok(ctx, key_toks, MIN_KEY, MAX_KEY) or (kind == "why" and pointing(key_toks)) \
                    or addressed(key_toks):
                refuse(ctx, kind, "key clause too short, long or hard")
                continue
            if not (_ok(ctx, stem_toks, MIN_KEY, MAX_STEM, quoted=True)
                    and (stands_alone(stem_toks) or points_back(stem_toks))):
                refuse(ctx, kind, "asked clause too short, long, hard or leaning")
                continue  # the clause asked about must say something (在…情形下 is no effect)
            if SOMEONE and kind == "why" and not has_subject(stem_toks) and not has_subject(key_toks):
                refuse(ctx, kind, "neither clause says who or what")
                continue  # 因为不做事或是把事做坏，全没关系: A is what B is said of (its topic), not why
            if spoken(ctx, list(stem_toks) + list(key_toks)):
                refuse(ctx, kind, "a speaker's 我 or 你 inside a quotation")
                continue
            key = _text(ctx, key_toks)
            quoted = inner_quotes(_text(ctx, stem_toks))
            if key in quoted or quoted in key:
                refuse(ctx, kind, "key inside the asked clause")
                continue
            # the question's own paragraph and the one before: a paragraph appended changes no question
            here = [c for c in pool if par[s.id] - 1 <= par[c[0]] <= par[s.id]]
            wrong = _wrong(key, key_toks[0].pos[:1] not in ("n", "r"), kind == "purpose", quoted, {s.id, extra}, here)
            if wrong is None:
                refuse(ctx, kind, "fewer than 3 wrong clauses")
                continue
            evidence = tuple(sorted({s.id} | ({extra} if extra >= 0 else set())))
            out.append(Draft(kind, stem(ctx, kind, x=quoted), key,
                             tuple((w, f"said in the text, but not the {kind_word(kind)}") for _, w in wrong), evidence,
                             s.start, s.end, s.text, tuple(i for i, _ in wrong)))
            break  # one question per sentence
    return out


def kind_word(kind: str) -> str:
    return {"why": "cause", "purpose": "purpose", "result": "result"}[kind]


#: False: a wrong option may assert nothing (bench/mutation_check.py "cause-options-asserted").
ASSERTED_ONLY = True
#: False: a key with its subject may get wrong options without one (bench/mutation_check.py "cause-options-subject").
SUBJECT_LIKE_KEY = True


def _wrong(key: str, subjectless: bool, action: bool, quoted: str, near: set[int],
           pool: list[tuple[int, str, str, bool, bool]]) -> list[tuple[int, str]] | None:
    """Three clauses of other sentences, from three different sentences, closest in length to the key; for a key
    without a subject (学好汉语) a clause's pronoun subject is dropped (他每天都看中文报纸 → 每天都看中文报纸), so
    every option has the key's shape; a purpose's wrong options are actions without a subject, as its key is (a
    fact such as 女人没有本事 is plainly no purpose); a key with its subject (病房一床难求) gets clauses with theirs,
    not fragments (一定堵车满满)."""
    ids = {i for i in near if i >= 0}
    cands = []
    for i, t, bare, acts, subject in pool:
        if action and not (acts and (bare or not t.startswith(tuple(_PRONOUNS)))):
            continue
        if SUBJECT_LIKE_KEY and not action and not subjectless and not subject:
            continue
        t = bare if subjectless and bare else t
        if all(abs(i - j) >= DISTANCE for j in ids) and similar_length(t, key) and t not in quoted \
                and key not in t and t not in key:
            cands.append((i, t))
    cands.sort(key=lambda c: (abs(len(c[1]) - len(key)), c[0]))
    chosen: list[tuple[int, str]] = []
    for i, t in cands:
        if all(i != j and t != u for j, u in chosen):
            chosen.append((i, t))
        if len(chosen) == 3:
            return sorted(chosen)
    return None
