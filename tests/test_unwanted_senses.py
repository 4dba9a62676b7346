"""Senses never shown while a word has others (quizgen/data/unwanted_senses.txt): insults and vulgar senses
reach learners as glosses and as the options of word-meaning questions."""
import pytest

from quizgen.analysis import glosses


@pytest.mark.parametrize(("word", "kept", "dropped"), [
    ("王八", "tortoise", "cuckold"),  # offered as a word-meaning option in the session-9 review
    ("王八", "tortoise", "pimp"),
    ("菊花", "chrysanthemum", "anus"),
])
def test_insults_and_vulgar_senses_are_not_shown(word, kept, dropped):
    g = glosses.gloss(word) or ""
    assert kept in g and dropped not in g, g


def test_a_plain_sense_is_not_caught_by_the_patterns():
    assert not glosses.is_unwanted("to shift; to move")  # \bshit\b must not match inside a word
