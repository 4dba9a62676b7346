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


def test_options_do_not_depend_on_the_order_questions_are_made(sample_text):
    """Moving the first paragraph to the end changes which question is made first; each question's options
    stay the same."""
    first, rest = sample_text.split("\n", 1)
    a = _questions(_items(sample_text))
    b = _questions(_items(rest.rstrip("\n") + "\n" + first + "\n"))
    same = set(a) & set(b)
    assert same
    assert {k: a[k][0] for k in same if a[k][1] == b[k][1]} == {k: b[k][0] for k in same if a[k][1] == b[k][1]}
