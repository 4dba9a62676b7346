"""A question's options depend on the question alone (issue 15): not on the rest of the text."""
from __future__ import annotations

from quizgen.analysis.pipeline import analyze_text
from quizgen.items.generate import build_items

CHOICE_LIKE = ("choice", "passage_cloze")


def _items(text: str):
    return build_items(analyze_text(text, "sample.txt", "hsk5"), seed=0).items


def _questions(items):
    return {(i.type, i.simplified): (i.options, i.sentence) for i in items if i.type in CHOICE_LIKE}


def test_a_distractor_written_in_a_new_paragraph_stays(sample_text):
    """Before, a distractor had to be absent from the whole text, so a paragraph using it changed the
    question; now only its own paragraph counts."""
    before = _questions(_items(sample_text))
    assert before
    distractor = next(o for opts, _ in before.values() for o in opts if o not in sample_text)
    after = _questions(_items(sample_text.rstrip("\n") + f"\n大家都谈到了{distractor}的问题。\n"))
    assert {k: after[k] for k in before} == before


def test_a_later_sentence_does_not_take_a_question_over(sample_text):
    """A new paragraph with a simpler sentence for each tested word: the questions keep their sentences."""
    items = _items(sample_text)
    words = [i for i in items if i.type in ("choice", "cloze", "vocabulary")]
    assert words
    extra = "".join(f"我们都说{i.word}很好。" for i in words)
    again = {(i.type, i.simplified): i.sentence for i in _items(sample_text.rstrip("\n") + "\n" + extra + "\n")}
    before = {(i.type, i.simplified): i.sentence for i in words}
    kept = set(before) & set(again)  # a word may now be asked in the new paragraph by another kind of question
    assert len(kept) >= len(before) // 2
    assert {k: before[k] for k in kept} == {k: again[k] for k in kept}


def test_options_do_not_depend_on_the_order_questions_are_made(sample_text):
    """Moving the first paragraph to the end changes which question is made first; each question's options
    stay the same."""
    first, rest = sample_text.split("\n", 1)
    a = _questions(_items(sample_text))
    b = _questions(_items(rest.rstrip("\n") + "\n" + first + "\n"))
    same = set(a) & set(b)
    assert same
    assert {k: a[k][0] for k in same if a[k][1] == b[k][1]} == {k: b[k][0] for k in same if a[k][1] == b[k][1]}


def test_a_wrong_statement_is_checked_against_its_passage_not_the_rest_of_the_text():
    """A one-fact change contradicts its passage; another paragraph that happens to say it (added later, or
    about something else) does not take the option away (the whole-text check did)."""
    import random

    from quizgen.items import statements as st
    from quizgen.items.context import Context

    passage = "我们的压力很大。他不能参加这次会议。"
    for text in (passage, passage + "\n后来他说，我们的压力很小。\n"):
        doc = analyze_text(text, "t.txt", 5, "2025")
        ctx = Context(doc, 0, [], frozenset())
        unit = next(u for u in st.units(ctx, doc.sentences[0]) if u.text == "我们的压力很大")
        got = [new for new, _ in st.changes(ctx, unit, passage, {}, random.Random(0))]
        assert "我们的压力很小" in got, text


def test_appending_a_paragraph_keeps_every_vocabulary_word(sample_text):
    """The vocabulary list is chosen paragraph by paragraph (words.vocabulary_order): a paragraph appended later,
    full of verbs new at the level and used three times each, adds cards and retires none, even when the list is
    full (a whole-text ranking let them push earlier words out: 73 of 500 notes retired)."""
    def vocabulary(text, n):
        items = build_items(analyze_text(text, "sample.txt", "hsk5"), seed=0, counts={"vocabulary": n}).items
        return {i.simplified: (i.sentence, i.gloss) for i in items if i.type == "vocabulary"}

    extra = "我们要积极参与实践，克服困难，承担责任，采取办法，培养能力，接受挑战，促进发展，保持联系。" * 3
    for n in (10, 50):
        before = vocabulary(sample_text, n)
        assert len(before) >= min(n, 15)  # enough words to mean something (headings give none: issue 13)
        after = vocabulary(sample_text.rstrip("\n") + "\n" + extra + "\n", n)
        assert {k: after.get(k) for k in before} == before, n


def _edited(text: str, sentence: str) -> str:
    """``text`` with a clause inserted before the closing punctuation of ``sentence`` (the tested word untouched)."""
    body = sentence.rstrip("。！？!?…；;”」』\"’）) ")
    return text.replace(sentence, body + "，大家都知道" + sentence[len(body):], 1)


def test_an_edited_sentence_keeps_its_questions_notes_and_options(sample_text, plausible_off):
    """Editing the sentence of a question on a word updates its note in place: the same GUID (a word-meaning
    question was identified by its sentence, so the edit retired it and asked it again as a new note, 15 of 34
    questions in bench/bench_churn.py) and the same options (they were drawn with the sentence as seed). (The
    sample asks no choice item whose distractors are all of the key's 小类, quizgen.items.plausible: the test
    turns that test off, plausible_off, to have choice items whose options it follows.)"""
    from quizgen.export.anki.deck import note_guid

    items = [i for i in _items(sample_text) if i.type != "vocabulary"]
    meaning = [i for i in items if i.type == "question" and i.kind == "meaning"]
    words = [i for i in items if i.type in CHOICE_LIKE and sample_text.count(i.sentence) == 1]
    assert meaning and words
    for it in meaning[:1] + words[:1]:
        assert sample_text.count(it.sentence) == 1
        again = {note_guid(i): i for i in _items(_edited(sample_text, it.sentence))}
        assert note_guid(it) in again, it.sentence
        assert again[note_guid(it)].options == it.options


def _paragraph_shares(text: str, k: int) -> dict[str, int]:
    """What paragraph ``k`` (an input line) adds to each growing count (as generate._Steps.step computes it)."""
    from quizgen.analysis.han import is_han
    from quizgen.items import generate, shares

    doc = analyze_text(text, "sample.txt", "hsk5")
    a, b = generate.paragraph_ranges(doc)[k]
    chars = sum(1 for s in doc.sentences[a:b] for t in s.tokens if t.is_word and not t.proper_noun
                for c in t.simplified if is_han(c))
    own = doc.text[doc.sentences[a].start:doc.sentences[b - 1].end]
    return {kind: shares.share(own, chars, v / generate.CHARS_PER_SHEET, kind)
            for kind, v in generate.DEFAULT_COUNTS[5].items() if kind in generate.SCALED}


def test_a_longer_paragraph_moves_no_question_in_the_others(sample_text):
    """Each paragraph adds its own share to the counts (items.shares): lengthening one paragraph by a sentence
    with nothing to ask changes no question made elsewhere, as long as its own share stays. (Counts from the
    characters read so far moved every later threshold: a question was made one paragraph earlier and a note
    far from the edit retired, 29 notes on 32 edits in bench/bench_churn.py.)"""
    lines = sample_text.split("\n")
    k = 1  # an early paragraph: every count threshold after it would move
    fillers = ["我們都很高興。", "他也去了。", "今天天氣很好。", "我們都很高興。他也去了。", "今天天氣很好。他也去了。",
               "是的。", "對。"]  # the short ones keep the paragraph's share of 12 questions per 1,000 characters
    filler = max((f for f in fillers if _paragraph_shares("\n".join(lines[:k] + [lines[k] + f]), k)
                  == _paragraph_shares(sample_text, k)), key=len)
    edited = "\n".join(lines[:k] + [lines[k] + filler] + lines[k + 1:])
    later = sum(len(x) + 1 for x in lines[:k + 2])  # questions from the paragraph after the edited one on

    def questions(text, shift):
        return {(i.type, i.kind, i.simplified, i.sentence, i.options) for i in _items(text)
                if i.type != "vocabulary" and i.start - shift >= later}

    assert questions(sample_text, 0) == questions(edited, len(filler))

    def quotas(text):  # what each paragraph step allows, from the paragraph after the edited one on
        from quizgen.items import generate
        from quizgen.items.context import Context
        from quizgen.items.select import select_targets

        doc = analyze_text(text, "sample.txt", "hsk5")
        ctx = Context(doc, 0, select_targets(doc, frozenset(), 0), frozenset())
        steps = generate._Steps(ctx, {}, {k: generate.UNCAPPED for k in generate.SCALED})
        out = []
        for j in range(len(steps.pars)):
            steps.step(j)
            out.append(steps.quota())
        return out[k + 1:]

    assert quotas(sample_text) == quotas(edited)  # every threshold after the edit moved by the filler's length
