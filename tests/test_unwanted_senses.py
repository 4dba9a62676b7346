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


def test_the_factored_pattern_finds_what_the_patterns_joined_find():
    """sense_rules.factored (the patterns after one \\b and one ^) searches as the plain alternation does: on
    every sense of every listed word's CC-CEDICT entries, on senses made to hit each pattern, and on patterns
    that are alternations themselves or count groups."""
    import re

    from quizgen.analysis import lexicon, sense_rules

    lines = sense_rules._data_lines("unwanted_senses.txt")
    patterns = [line for line in lines if not line.startswith("(")]
    plain = re.compile("|".join(patterns), re.IGNORECASE)
    fast = sense_rules.unwanted()[1]
    assert fast.pattern != plain.pattern and fast.flags == plain.flags
    senses = {part for w in lexicon.all_hsk_words() for e in lexicon.cedict_entries(w) for raw in e.senses
              for part in [raw, *raw.split("; ")]}
    senses |= {"a prefix", "prefix for ordinal numbers", "Kangxi radical 85", "breasts", "BREASTS", "the breasts",
               "radical in Chinese characters (Kangxi radical 9)", "sexual intercourse", "homosexuality", "gay",
               "gayety", "shit", "shitty", "al-Qaeda", "Al-Qaeda's", "suffix", "a suffixes", "anus", "manus"}
    hits = [s for s in senses if plain.search(s)]
    assert len(hits) > 40 and len(senses) > 20_000
    assert [s for s in senses if bool(fast.search(s)) != bool(plain.search(s))] == []
    made = [r"\bfoo|bar", r"^x", r"\b(a|b)c", r"[|]z", r"\b[|]y", r"\b\(q|r\)", r"^s$"]
    for ps in (made, [r"(\w)\1", *made]):  # a back-reference counts the groups before it
        a, b = re.compile(sense_rules.factored(ps)), re.compile("|".join(ps))
        for s in ("foo", "zbar", "x", "ax", "ac", "zac", "|z", "|y", "a|y", "(q", "q", "zr)", "s", "as", "aa", "ab"):
            assert bool(a.search(s)) == bool(b.search(s)), (ps, s)
