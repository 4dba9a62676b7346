from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SAMPLE = sorted(SEEDS.glob("*.txt"))[0]
EVAL = ROOT.parent / "shared" / "eval"


@pytest.fixture(autouse=True, scope="session")
def _cache_dir(tmp_path_factory):
    """Tests build the caches from scratch, in a private folder, as on a fresh machine: always, even when the
    developer exported QUIZGEN_CACHE_DIR (tests must never write into, or read stale data from, a real cache)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("QUIZGEN_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        yield


@pytest.fixture(scope="session")
def sample_doc():
    from quizgen.analysis.pipeline import analyze

    return analyze(SAMPLE, level="hsk5")


@pytest.fixture(scope="session")
def sample_text():
    from quizgen.analysis.decoding import read_text

    return read_text(SAMPLE)


def built_gap(sentence: str, answer: str, level: int = 5):
    """A gap built the way the item code builds one, from the segmenter's words and tags (the distractor-slot
    and distractor-object tests)."""
    from quizgen.analysis.segment import segmenter
    from quizgen.items import distractors as dx

    tags = segmenter(None).tag(sentence)
    words = [w for w, _t in tags]
    index = words.index(answer)
    offset = sum(len(w) for w in words[:index])
    return dx.gap_for(answer, tags[index][1], level, sentence, offset, words, index)



@pytest.fixture
def noun_keys(monkeypatch):
    """Noun keys asked as choice items (quizgen.items.plausible.NOUN_KEYS), for tests of the other distractor rules
    that use a noun gap."""
    from quizgen.items import plausible

    monkeypatch.setattr(plausible, "NOUN_KEYS", True)


@pytest.fixture
def plausible_off(monkeypatch):
    """The plausibility test of choice distractors off (quizgen.items.plausible), for tests of other rules that
    need the choice items it refuses; the option checks' and the distractors' cached answers are dropped before
    and after, as they depend on it."""
    from quizgen.items import distractors as dx
    from quizgen.items import plausible

    dx._fit_reason.cache_clear()
    dx._chosen.cache_clear()
    monkeypatch.setattr(plausible, "PLAUSIBLE", False)
    yield
    dx._fit_reason.cache_clear()
    dx._chosen.cache_clear()


def token_of(sentence: str, word: str, nth: int = 0):
    """The ``nth`` token of ``sentence`` (analysed alone) written ``word`` in either script; fails naming the cut."""
    from quizgen.analysis.pipeline import analyze_text

    doc = analyze_text(sentence, "<test>")
    found = [t for s in doc.sentences for t in s.tokens if word in (t.text, t.simplified)]
    assert len(found) > nth, f"{word} is not a token of {sentence}: " + " / ".join(
        t.text for s in doc.sentences for t in s.tokens)
    return found[nth]


def assert_gloss(gloss: str | None, wanted: str | None, unwanted: str | None = None) -> None:
    """A sense-table row's check: no gloss where ``wanted`` is None, else a gloss starting with ``wanted`` and
    (if given) not holding ``unwanted``."""
    if wanted is None:
        assert gloss is None, gloss
        return
    assert gloss is not None and gloss.startswith(wanted), gloss
    if unwanted:
        assert unwanted not in gloss, gloss
