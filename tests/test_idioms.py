"""★ What an idiom means (issue 12, session 20): the meaning read from its CC-CEDICT entry, three other idioms'
meanings as wrong options, asked from HSK 5 up, never explained by the sheet's glossary."""
import random

import pytest

from quizgen.analysis.pipeline import analyze_text
from quizgen.items import asking, idioms
from quizgen.items.context import Context
from quizgen.items.select import select_targets
from tests.test_questions import FILLER


@pytest.mark.parametrize("senses, meaning", [
    # "fig." says what it means; the literal reading before it is never the key
    (("lit. to have one's hands bound and be unable to do anything about it (idiom); fig. helpless in the face of a "
      "crisis",), "helpless in the face of a crisis"),
    (("lit. set up a pole and immediately see its shadow (idiom)", "fig. to get instant results"), "to get instant results"),
    # a literal reading marked (idiom), the meaning after it
    (("one move, two gains (idiom); two birds with one stone",), "two birds with one stone"),
    (("lit. has a name but no reality (idiom); exists only in name", "nominal"), "exists only in name; nominal"),
    (("lit. windswept and battered by rain", "to undergo hardship (idiom)"), "to undergo hardship"),
    (("lit. impervious to sword or spear (idiom)", "invulnerable"), "invulnerable"),  # the sense after "lit."
    # the mark before the meaning, the next sense of the same shape added
    (("(idiom) variable", "uneven", "irregular"), "variable; uneven"),
    # the marked sense, not a first sense that may be a literal reading
    (("different mouths, same voice", "to speak in unison (idiom)"), "to speak in unison"),
    (("to work hard without complaint (idiom)",), "to work hard without complaint"),
    (("limited company", "corporation"), None),  # no mark: no idiom
])
def test_meaning_of(senses, meaning):
    assert idioms.meaning_of(senses) == meaning


def test_idiom_meaning_only_for_idioms_with_a_plain_meaning():
    assert idioms.idiom_meaning("束手无策") == "helpless in the face of a crisis"
    assert idioms.idiom_meaning("任劳任怨") == "to work hard without complaint"
    assert idioms.idiom_meaning("有限公司") is None  # a compound, no idiom
    assert idioms.idiom_meaning("纸上谈兵") is None  # its meaning is a long explanation, no option
    assert idioms.idiom_meaning("电脑") is None


def test_options_are_other_idioms_of_the_same_shape_sharing_nothing_with_the_key():
    key = idioms.idiom_meaning("任劳任怨")
    got = idioms.options("任劳任怨", key, frozenset(), random.Random(0))
    assert got is not None and len(got) == 3
    assert got == idioms.options("任劳任怨", key, frozenset(), random.Random(0))  # the seed decides
    words = [w for w, _ in got]
    assert all(idioms.idiom_meaning(w) == g for w, g in got)
    assert all(g.startswith("to ") for _, g in got)  # the key's shape
    assert not any(set(w) & set("任劳任怨") for w in words)
    assert len({c for w in words for c in w}) == 12  # no character shared between options either
    assert not any(idioms.nb.too_close("任劳任怨", w, verb=True) for w in words)  # 百折不挠 (Ee) is too near


# idioms of other Cilin classes than 任劳任怨 (Ee), "to …" meanings of a like length
_OTHERS = (("如法炮制", "to follow a set pattern"), ("冷嘲热讽", "to mock and ridicule"),
           ("胆战心惊", "to tremble with fear"))


def test_no_option_of_the_keys_cilin_class(monkeypatch):
    near = ("百折不挠", "to keep on fighting in spite of all setbacks")  # Ee12, a virtue as 任劳任怨 (Ee24)
    monkeypatch.setattr(idioms, "pool", lambda: (near,) + _OTHERS)
    got = idioms.options("任劳任怨", "to work hard without complaint", frozenset(), random.Random(0))
    assert got is not None and set(got) == set(_OTHERS)


def test_no_two_options_share_a_character(monkeypatch):
    twin = ("回心转意", "to change one's mind")  # 心 as 胆战心惊 (Cilin Jd, Ga: apart)
    monkeypatch.setattr(idioms, "pool", lambda: (twin,) + _OTHERS)
    got = idioms.options("任劳任怨", "to work hard without complaint", frozenset(), random.Random(0))
    assert got is None or sum(w in ("回心转意", "胆战心惊") for w, _ in got) == 1
    monkeypatch.setattr(idioms, "pool", lambda: (twin, ("先发制人", "to preempt; to anticipate")) + _OTHERS)
    for seed in range(6):
        got = idioms.options("任劳任怨", "to work hard without complaint", frozenset(), random.Random(seed))
        assert got is not None and sum(w in ("回心转意", "胆战心惊") for w, _ in got) == 1


def _meaning(text: str, level: int):
    doc = analyze_text(FILLER.format(text), "t.txt", level, "2025")
    ctx = Context(doc, 0, select_targets(doc), frozenset())
    return {d.word: d for d in asking.meaning_drafts(ctx, random.Random(0))}


def test_an_idiom_is_asked_from_hsk5_with_its_meaning_as_the_key():
    got = _meaning("我的母亲是一个任劳任怨的人。", 5)
    d = got["任劳任怨"]
    assert d.key == "to work hard without complaint"
    assert "“任劳任怨”的意思是" in d.stem and "我的母亲是一个任劳任怨的人" in d.stem
    assert len(d.wrong) == 3 and all(g != d.key for g, _ in d.wrong)
    assert "任劳任怨" not in _meaning("我的母亲是一个任劳任怨的人。", 4)  # HSK 4 reading asks no idiom


def test_no_idiom_question_when_idioms_are_off(monkeypatch):
    from quizgen.items import meaning_words

    monkeypatch.setattr(meaning_words, "IDIOMS", False)
    assert "任劳任怨" not in _meaning("我的母亲是一个任劳任怨的人。", 5)


def test_the_glossary_never_explains_a_word_whose_meaning_is_asked(tmp_path, monkeypatch):
    import json

    from typer.testing import CliRunner

    from quizgen.cli import app

    src = tmp_path / "t.txt"
    src.write_text(FILLER.format("我的母亲是一个任劳任怨的人。"), encoding="utf-8")

    def build(out):
        r = CliRunner().invoke(app, ["--quiet", "build", str(src), "--level", "hsk5", "-f", "json,html", "--out", str(out)])
        assert r.exit_code == 0, r.output
        items = json.loads((out / "t.items.json").read_text(encoding="utf-8"))["items"]
        return items, (out / "t.html").read_text(encoding="utf-8")

    items, html = build(tmp_path / "a")
    asked = [i for i in items if i["type"] == "question" and i["simplified"] == "任劳任怨"]
    assert asked and asked[0]["answer"] == "to work hard without complaint"
    assert html.count("to work hard without complaint") == 1  # the option only, no glossary row
    from quizgen.export.worksheet import glossing

    monkeypatch.setattr(glossing, "ASKED_MEANINGS", False)
    _, html = build(tmp_path / "b")
    assert html.count("to work hard without complaint") > 1  # the glossary would give the answer away
