"""A word inside a name is not asked for its meaning (quizgen.items.context.inside_name): the rule word gaps follow
(attested.in_name) now holds for word-meaning questions too."""
from __future__ import annotations

import random

from quizgen.analysis.pipeline import analyze_text
from quizgen.items import asking, context
from quizgen.items.context import Context
from quizgen.items.select import select_targets

TEAM = "日本火腿隊昨天在台北以三比二贏了比賽。日本火腿隊的投手表現很好，觀眾都很高興。他們下週還要再比一場。\n"


def _asked(text: str, level: int) -> set[str]:
    doc = analyze_text(text, "t.txt", level, "2025")
    words = frozenset(t.simplified for s in doc.sentences for t in s.tokens if t.is_word)
    ctx = Context(doc, 0, select_targets(doc, frozenset(), 0), words)
    return {d.word for d in asking.meaning_drafts(ctx, random.Random(0))}


def test_no_meaning_question_on_a_word_of_a_teams_name(monkeypatch):
    """日本火腿隊 is a baseball team (a strict check keyed 火腿 'ham' there)."""
    assert "火腿" not in _asked(TEAM, 5)
    monkeypatch.setattr(context, "NAMES_KEPT", False)
    assert "火腿" in _asked(TEAM, 5)  # the sentence is asked about without the rule: the test can fail



def test_no_meaning_question_before_a_one_character_head():
    """CityU: 我國投手許銘傑昨天對火腿隊先發 — no proper noun before 火腿, still the team's name."""
    text = "我國投手許銘傑昨天對火腿隊先發，只投了五局。觀眾都很高興，他們下週還要再比一場。\n"
    assert "火腿" not in _asked(text, 5)


def test_a_word_before_a_word_starting_with_the_head_is_asked():
    """专家队伍: 队伍 'ranks' is a word of its own, and 专家 keeps its meaning (pku: 组成了百名导弹技术专家队伍)."""
    from quizgen.items import attested

    toks = analyze_text("他们组成了一支专家队伍。\n", "t.txt", 6, "2025").sentences[0].tokens
    assert [t.text for t in toks][-3:-1] == ["专家", "队伍"] and "队" in attested.organisation_heads()
    span = type("S", (), {"tokens": toks})()
    assert not context.inside_name(span, toks[-3])


def test_no_meaning_question_on_a_word_with_a_hidden_sense(monkeypatch):
    """同志 'comrade; (slang) homosexual': the glosses hide the slang sense, so a key cannot say which one a text means
    (a Taiwanese text on gay youth was keyed 'comrade', strict check, session 21)."""
    from quizgen.items import meaning_options

    assert not meaning_options.askable("同志") and meaning_options.askable("专家")
    monkeypatch.setattr(meaning_options, "HIDDEN_SENSES", False)
    assert meaning_options.askable("同志")


def test_a_meaning_key_drops_verb_senses_where_the_word_is_no_verb(monkeypatch):
    """所有上述，都是从各路朋友处获悉 was keyed "all; to have" (strict check, session 21): 所有 is no verb there."""
    toks = analyze_text("所有上述，都是从各路朋友处获悉。\n", "t.txt", 5, "2025").sentences[0].tokens
    suoyou = next(t for t in toks if t.text == "所有")
    assert asking._key_of_use(suoyou) == "all"
    verb = next(t for t in analyze_text("他获得了冠军。\n", "t.txt", 5, "2025").sentences[0].tokens if t.text == "获得")
    assert asking._key_of_use(verb).startswith("to ")
    monkeypatch.setattr(asking, "USE_KEY", False)
    assert asking._key_of_use(suoyou) != "all"
