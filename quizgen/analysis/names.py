"""Names kept whole after jieba's cut (a stage of :mod:`quizgen.analysis.segment`): Japanese names and
pairs of name pieces (:func:`names_whole`), transliterated names (:func:`foreign_names_whole`); and, over a
whole text, the names it cuts whole elsewhere (:func:`text_names_whole`, run by the pipeline)."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from quizgen.analysis import chars, datafiles
from quizgen.analysis.han import all_han
from quizgen.analysis.lexicon import cedict_entries, is_listed_character


@lru_cache(maxsize=1)
def japanese_surnames() -> frozenset[str]:
    """Japanese family names of two characters or more (``quizgen/data/japanese_surnames.txt``, one a line)."""
    text = resources.files("quizgen").joinpath("data", "japanese_surnames.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


_NOT_IN_NAMES = datafiles.word_sets("name_parts.tsv")["not_in_name"]


def names_whole(tagged: list[tuple[str, str]], known) -> list[tuple[str, str]]:
    """Names jieba cuts inside kept whole: a Japanese family name and a two-character given name (武田信/玄是
    -> 武田信玄/是, 德/川家康 -> 德川家康) when jieba tags a piece as a person's name, a piece is no learner's
    word (a name the dictionary lacks) and what is left is a word (中山舰/具有 stays); and two adjacent pieces jieba tags as a person's name
    (莎/拉波娃 -> 莎拉波娃, 林/英杰 -> 林英杰). Measured with score.py: neutral on PKU and MSR (-0.0003), +0.001
    on AS and CityU."""
    starts = [0]
    for w, _ in tagged:
        starts.append(starts[-1] + len(w))
    text = "".join(w for w, _ in tagged)
    out: list[tuple[str, str]] = []
    i = 0
    surnames = japanese_surnames()
    while i < len(tagged):
        w, p = tagged[i]
        name = next((text[starts[i]:starts[i] + n + 2] for n in (2, 3) if text[starts[i]:starts[i] + n] in surnames
                     and len(text) >= starts[i] + n + 2), None)
        if name and len(w) < len(name) and not set(name[-2:]) & _NOT_IN_NAMES:
            j = next(k for k in range(i, len(tagged)) if starts[k + 1] >= starts[i] + len(name))
            rest = text[starts[i] + len(name):starts[j + 1]]
            inner = [x for x, _ in tagged[i:j + 1]]
            tags = [q for _, q in tagged[i:j + 1]]
            if "nr" in {q[:2] for q in tags} and not any(q[:1] == "m" for q in tags) and (not rest or known(rest)) \
                    and not all(known(x) for x in inner if x not in surnames):
                out.append((name, "nr"))
                if rest:
                    out.append((rest, tagged[j][1]))
                i = j + 1
                continue
        if out and p.startswith("nr") and out[-1][1].startswith("nr") and len(out[-1][0]) + len(w) <= 6 \
                and not (known(out[-1][0]) and known(w)):
            out[-1] = (out[-1][0] + w, "nr")
        else:
            out.append((w, p))
        i += 1
    return out


_NOT_NAME_TAGS = ("p", "c", "u", "d", "r", "y", "v", "f")


def _proper_only(word: str) -> bool:
    from quizgen.analysis.lexicon import cedict_entries

    entries = cedict_entries(word)
    return bool(entries) and all(e.is_proper for e in entries)


def foreign_names_whole(tagged: list[tuple[str, str]], known) -> list[tuple[str, str]]:
    """A transliterated name jieba cuts inside kept whole, with no piece glossed: two neighbours, one of them a
    name jieba tags nr that no dictionary knows, across whose boundary CC-CEDICT has a name (米/高积逊: 米高
    'Michael (name)'; the whole is 米高积逊, Michael Jackson, not 'rice' + a name). A function word
    (preposition, pronoun, adverb, verb, localiser …) is never taken into a name."""
    out: list[tuple[str, str]] = []
    for w, p in tagged:
        if out:
            a, pa = out[-1]
            names = [(x, q) for x, q in ((a, pa), (w, p)) if q.startswith("nr") and not known(x)]
            if names and all_han(a + w) and not pa.startswith(_NOT_NAME_TAGS) \
                    and not (p.startswith(_NOT_NAME_TAGS) and not p.startswith("nr")) \
                    and any(_proper_only(a[i:] + w[:j]) for i in range(max(0, len(a) - 3), len(a))
                            for j in range(1, min(len(w), 3) + 1)):
                out[-1] = (a + w, "nrt")
                continue
        out.append((w, p))
    return out


_TEXT_NAME_TAGS = ("n", "nr", "nz")  # jieba's tags of a name it cut whole (袭人 n, 宝玉 nr)
# characters no text's name or term of this kind holds: function words, numerals, counting (多人, 一书, 等国, 个省)
_NOT_IN_TEXT_NAMES = _NOT_IN_NAMES | frozenset(chars.COUNTING + "亿") | datafiles.word_sets("name_parts.tsv")["not_in_text_name"]
_MIN_WHOLE = 2  # times a text must cut the word whole before its pieces elsewhere count as a wrong cut


def text_names_whole(sentences: list[list[tuple[str, str]]], known, lone_tag) -> list[list[tuple[str, str]]]:
    """A word of two or three characters that no dictionary knows (``known`` false) and that jieba cut whole as
    a noun or name at least :data:`_MIN_WHOLE` times in the text is one of the text's names or terms. Where jieba
    cut it otherwise (细说与袭/人听: 'to raid' + 'person'; 喜袭/人, 袭人忙 glued to the next word), the words
    over it are cut again around it, as long as none of them is a dictionary word; a piece left over gets its
    tag from ``lone_tag`` (jieba's tag of the piece alone) or keeps the one it had. Names stay whole (issue
    11): a piece of a name is no word to gloss."""
    from collections import Counter

    times: Counter[str] = Counter()
    tagged: Counter[tuple[str, str]] = Counter()
    for tags in sentences:
        for w, p in tags:
            if 2 <= len(w) <= 3 and p.startswith(_TEXT_NAME_TAGS) and all_han(w) \
                    and _NOT_IN_TEXT_NAMES.isdisjoint(w):
                times[w] += 1
                tagged[w, p] += 1
    speakers = _speaking_pairs(sentences, known)
    names: dict[str, str] = dict.fromkeys(speakers, "nr")
    for (w, p), _ in tagged.most_common():  # the tag it has most often
        if w not in names and times[w] >= _MIN_WHOLE and not known(w):
            names[w] = p
    if not names:
        return sentences
    firsts = frozenset(w[0] for w in names)
    longest_first = sorted(names, key=len, reverse=True)
    return [_recut(tags, names, longest_first, known, lone_tag, speakers)
            if any(c in firsts for w, _ in tags for c in w)
            else tags for tags in sentences]


_PIECE_NOT = ("p", "c", "u", "d", "r", "m", "q", "f", "y", "x", "e", "o")  # function words never part of a name
_NOT_SPEAKER = datafiles.word_sets("name_parts.tsv")["not_in_speaker"]


def _speaking_pairs(sentences: list[list[tuple[str, str]]], known) -> set[str]:
    """Two one-character words opening a clause before a verb of speech or one whose subject is a person (探春
    cut 探/春 before 笑道 or 说): a person's name jieba cut apart, when the pair is no dictionary word and neither
    piece a function word (有/人说 is 有人) or one of ``not_in_speaker`` (让/人说). The text's other cuts of it are mended
    too."""
    acts = datafiles.words("speech_verbs.txt") | datafiles.words("person_verbs.txt")
    speech = acts | _SPEAKER_VERBS
    out = set()
    for tags in sentences:
        for k in range(len(tags) - 2):
            (a, pa), (b, pb) = tags[k], tags[k + 1]
            pair = len(a) == len(b) == 1 and (k == 0 or tags[k - 1][1] == "x") and tags[k + 2][0] in acts \
                and all_han(a + b) and not pa.startswith(_PIECE_NOT) and not pb.startswith(_PIECE_NOT) \
                and _NOT_SPEAKER.isdisjoint(a + b)
            if (pair or _three_character_speaker(tags, k, speech)) and not known(a + b):
                out.add(a + b)
    return out


_SPEAKER_VERBS = datafiles.word_sets("name_parts.tsv")["speaker_verb"]


def _three_character_speaker(tags: list[tuple[str, str]], k: int, acts: frozenset[str]) -> bool:
    """A two-character word opening with a common surname and a one-character noun or name after it, before a verb
    of speech, at the head of a clause or after a noun (a title: 執行董事趙國/雄指出, 主委丁克/華表示, 江漢/聲指出, 羅文/嘉認為):
    a three-character name jieba cut as a dictionary name ('Roman Tam', 'Jianghan district') and one character."""
    (a, pa), (b, pb) = tags[k], tags[k + 1]
    return len(a) == 2 and len(b) == 1 and a[0] in _SURNAMES and pb[:1] == "n" and not pa.startswith(_PIECE_NOT) \
        and tags[k + 2][0] in acts and all_han(a + b) and (k == 0 or tags[k - 1][1][:1] in ("x", "n"))


def _recut(tags: list[tuple[str, str]], names: dict[str, str], longest_first: list[str], known,
           lone_tag, speakers: set[str]) -> list[tuple[str, str]]:
    """:func:`text_names_whole` on one sentence; ``longest_first``: the names, longest first. A recut keeps the
    sentence's text (the words over a name become left + name + right), so it is joined once. A speaker's name
    (``speakers``) is joined over a dictionary word too where the words over it spell it exactly (趙國/雄)."""
    text = "".join(w for w, _ in tags)
    for name in longest_first:
        a = text.find(name)
        while a >= 0:
            b = a + len(name)
            starts = [0]
            for w, _ in tags:
                starts.append(starts[-1] + len(w))
            k = max(i for i in range(len(tags)) if starts[i] <= a)
            m = min(i for i in range(len(tags)) if starts[i + 1] >= b)
            over = tags[k:m + 1]
            exact = name in speakers and "".join(w for w, _ in over) == name
            if not (len(over) == 1 and over[0][0] == name) \
                    and (exact or all(len(w) == 1 or not known(w) for w, _ in over)):
                left, right = text[starts[k]:a], text[b:starts[m + 1]]
                new = ([(left, lone_tag(left) or over[0][1])] if left else []) + [(name, names[name])] \
                    + ([(right, lone_tag(right) or over[-1][1])] if right else [])
                tags = tags[:k] + new + tags[m + 1:]
            a = text.find(name, b)
    return tags


_BOUND_TAGS = frozenset({"x", "vg", "ng", "ag"})  # jieba: no word, or a morpheme bound in words


def name_rest(word: str, pos: str, prev: str, prev_pos: str) -> bool:
    """The rest of a name jieba cut after its name-tagged first part, so no word to gloss: one character it knows
    only as a bound morpheme or no word (tags x, vg, ng, ag: 巴罗|佐, not 'to assist'), a noun none of the listed
    characters (李|纨, not 'white silk'), or a name-tagged word after a one-character name (萨|比特, not 'bit'); a
    verb after a name is the name's action (宝玉|唬了一跳, 袭人|呷了一口); the given name after a surname tagged a noun
    (程|永新: :func:`given_after_surname`)."""
    if not prev_pos.startswith("nr"):
        return given_after_surname(word, pos, prev, prev_pos)
    if len(word) == 1:
        return pos in _BOUND_TAGS or pos[:1] == "n" and not is_listed_character(word)
    return pos.startswith("nr") and len(prev) == 1


_NAMING = datafiles.word_sets("name_parts.tsv")
_FAMILY_COUNTS = _NAMING["family_count"]
_NAMING_VERBS = _NAMING["naming_verb"]
_FAMILY_NOUNS = _NAMING["family_noun"]
_COUNT_CHARS = frozenset(chars.COUNTING + "兩几幾")
_NOT_A_GIVEN_NAME = ("r", "d", "p", "u", "c", "v", "m", "q", "y", "e", "f")  # a pronoun, adverb … after 叫 is no name


def family_list(tags: list[tuple[str, str]], is_surname) -> set[int]:
    """Indices of one-character surnames listed with 、 before a count of families or people (张、黄两家, 王、李、赵
    三家, 钱、孙二人): jieba cuts each alone and tags it as anything (张 a classifier 'sheet', 黄 'yellow'), but the list
    names families. ``is_surname(char)``: CC-CEDICT has a surname entry for it. Two surnames at least."""
    out: set[int] = set()
    for k, (w, _) in enumerate(tags):
        counted = k + 1 < len(tags) and tags[k + 1][0] in _FAMILY_NOUNS and all(c in _COUNT_CHARS for c in w)
        if w not in _FAMILY_COUNTS and not counted:  # 两家 whole, or 兩|家 as jieba cuts it in a sentence
            continue
        run: list[int] = []
        j = k - 1
        while j >= 0 and len(tags[j][0]) == 1 and is_surname(tags[j][0]):
            run.append(j)
            if j < 2 or tags[j - 1][0] != "、":
                break
            j -= 2
        if len(run) >= 2:
            out.update(run)
    return out


def named_after_naming_verb(tags: list[tuple[str, str]]) -> set[int]:
    """Indices of the pieces of a name cut into single characters after a verb of naming that closes the clause
    (叫蕙香。, 名唤晴雯, jieba 蕙/香: 'Coumarouna odorata' and 'fragrant' are no sense of the maid's name): two or three
    one-character words, none a pronoun, adverb, verb or other word no name is, up to the clause's end. They are
    the name's pieces: no gloss, never tested."""
    out: set[int] = set()
    for k, (w, _) in enumerate(tags):
        if w not in _NAMING_VERBS:
            continue
        j = k + 1
        while j < len(tags) and tags[j][1] != "x":
            j += 1
        pieces = range(k + 1, j)
        if 2 <= len(pieces) <= 3 and all(len(tags[i][0]) == 1 and all_han(tags[i][0])
                                         and not tags[i][1].startswith(_NOT_A_GIVEN_NAME) for i in pieces):
            out.update(pieces)
    return out


_PLACE_SUFFIXES = _NAMING["place_suffix"] - _NAMING["given_name_place"]
# What no given name is tagged: a one-character "name" before a pronoun, particle, conjunction or preposition is no
# surname (富|了, 米格|魯|的, 金 of 退役金的, 史 of 文學史的): glosses gives it no gloss unless a row holds. Before 的 this
# also drops a right surname now and then (李的協助: 4 such on the SIGHAN test texts against 12 wrong ones gone).
NO_GIVEN_NAME = ("r", "u", "c", "p", "y", "e")


def place_piece(next_: str, next_pos: str) -> bool:
    """A one-character name-tagged word before ``next_`` is the first piece of a name jieba cut, not a surname: before
    a noun that ends as a place name ends (孔|集镇 is the town Kongji, 王|家村) or a name of three characters or more,
    which no Chinese given name is and no dictionary word (史|高拉利, Scolari)."""
    if len(next_) >= 3 and next_pos.startswith("nr"):
        return not any(not e.is_proper for e in cedict_entries(next_))  # 廖|老太太 is Mrs Liao
    return len(next_) >= 2 and next_[-1] in _PLACE_SUFFIXES and next_pos[:1] == "n" and not next_pos.startswith("nr")


def surname_gloss(simplified: str) -> str | None:
    """'surname Kong' for 孔 after 姓 (他姓孔), from CC-CEDICT's surname entry."""
    for entry in cedict_entries(simplified):
        if entry.is_proper:
            for sense in entry.senses:
                if sense.startswith("surname "):
                    return sense
    return None


def name_piece(simplified: str, pos: str) -> bool:
    """One character tagged a name without a surname (碧 of 碧咸) or a place (巴 of 巴以): never glossed."""
    return len(simplified) == 1 and (pos.startswith("nr") and surname_gloss(simplified) is None
                                     or pos.startswith(("ns", "nz")))


_SURNAMES = _NAMING["surname"]
_TITLES = datafiles.words("name_titles.txt")
# jieba's tags of a character it took for no word of its own (a morpheme: 林/ng 英傑, 劉/zg 教授)
_MORPHEME_TAGS = frozenset({"ng", "zg", "tg", "vg", "ag", "dg", "g"})


def proper_given_name(word: str, pos: str) -> bool:
    """A two-character word that CC-CEDICT knows only as a proper noun (a county, 永新), which jieba tags an adverb,
    verb or adjective: after a surname it is the given name (程|永新), no word to gloss."""
    entries = cedict_entries(word)
    return len(word) == 2 and pos[:1] in ("d", "v", "a", "b") and bool(entries) and all(e.is_proper for e in entries)


def surname_before_name(simplified: str, pos: str, next_: str, next_pos: str) -> bool:
    """A common surname (name_parts.tsv) that jieba left as a morpheme, before a name-tagged word of one or two
    characters or a title (林|英傑, 劉|教授), or as a noun before :func:`proper_given_name` (程|永新): the
    family name, not 'woods', 'battle-axe', 'rule'. Before other words these characters keep their senses (和|同学)."""
    if len(simplified) != 1 or simplified not in _SURNAMES or not next_:
        return False
    if pos in _MORPHEME_TAGS:
        return next_pos.startswith("nr") and len(next_) <= 2 or next_ in _TITLES
    return pos == "n" and proper_given_name(next_, next_pos)


def given_after_surname(word: str, pos: str, prev: str, prev_pos: str) -> bool:
    """``word`` is the given name after a surname :func:`surname_before_name` takes (程|永新): no word to gloss."""
    return proper_given_name(word, pos) and surname_before_name(prev, prev_pos, word, pos)


def surnames_before_names(tags: list[tuple[str, str]]) -> set[int]:
    """Indices of the surnames :func:`surname_before_name` takes in a sentence's (word, tag) pairs (林|英傑): the
    pipeline glosses them as the surname and a proper noun, never tested, as a list of families' surnames."""
    return {k for k in range(len(tags) - 1) if surname_before_name(tags[k][0], tags[k][1], *tags[k + 1])}
