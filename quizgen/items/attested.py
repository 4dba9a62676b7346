"""The words around a gap: is the key a word of the sentence at all, and which words do its neighbours attest.

A gap has one right answer only when the sentence really holds the key as a word and the words around the gap
rule the distractors out. These checks read the text around the gap against dictionaries:

* :func:`cut_key` — the key is an artefact of segmentation when a longer dictionary word runs across its edge
  and leaves a word behind: 愛吃狗肉的平地人才野蠻 is 平地人 + 才 (the plains people, only they, are savage),
  not 平地 + 人才 "talent" (session-9 hand check). Such a key is never gapped;
* :func:`neighbour_kind` — a distractor of the kind of a word the gap's neighbour is attested with in a
  dictionary word fits the gap too (良好的＿环境: 社会环境 and 法制环境 are words, so 法律 fits as well as 社会).
  Dictionaries list few free phrases (持久兴趣, 引入人才 are in none), but they list enough of a neighbour's
  partners to show which kinds of word it takes;
* :func:`forms_word` — a distractor that makes a dictionary word with the characters across the gap's edge
  (的 + 确 → 的确) reads as part of that word;
* :func:`collocates` — a distractor that makes a set phrase with the neighbouring word (提高 + 质量) is likely
  right in the gap.
"""
from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources

from quizgen.analysis import cedict_index, chars, lexicon
from quizgen.analysis.han import all_han
from quizgen.cache import Table

#: Shortest dictionary word across the key's edge that makes the key a cut: two characters (的确 across
#: 的 + 确实) are ordinary ambiguities that the context settles; 平地人 across 平地 + 人才 is not.
CUT_MIN = 3


def cut_key(left: str, answer: str, right: str) -> str:
    """The longer word the answer is cut from ('' when none): a word of jieba's dictionary (the segmenter's,
    with the HSK words) of :data:`CUT_MIN` or more characters that takes the end of ``left`` and the start of
    the answer (平地 + 人 of 人才) or the end of the answer and the start of ``right``, while the rest of the
    answer is itself a word (才)."""
    from quizgen.analysis.segment import segmenter

    has, known = segmenter(None).has_word, lexicon.is_known_word
    for k in range(1, len(answer)):
        head, tail = answer[:k], answer[k:]
        for n in range(1, 4):  # up to three characters of the text beside the gap
            before = left[-n:] + head if len(left) >= n else ""
            if len(before) >= CUT_MIN and has(before) and known(tail):
                return before
            after = tail + right[:n] if len(right) >= n else ""
            if len(after) >= CUT_MIN and has(after) and known(head):
                return after
    return ""


def straddles(left_word: str, answer: str, right_word: str) -> bool:
    """The key makes a word with the character before it and another with the one after it, and a neighbour is a
    single character: jieba took the key out of two words (中国国航班机 cut 中国/国/航班/机运: 国航 'Air China' and
    班机 'scheduled flight'; 中国国＿机, the session-23 judge). On the 49 held-out passages of /work/evalwork, 2 of
    2,161 two-character tokens between Han words do this (正|如雷|神 of 正如雷神医院, a bad cut too; 汉学|理论|及)."""
    if not (STRADDLE and left_word and right_word and all_han(left_word) and all_han(right_word)
            and (len(left_word) == 1 or len(right_word) == 1)):
        return False
    return lexicon.is_known_word(left_word[-1] + answer[0]) and lexicon.is_known_word(answer[-1] + right_word[0])


#: False: a key between two single characters it makes words with is gapped (mutation "gap-straddles")
STRADDLE = True


def forms_word(left: str, option: str, right: str) -> bool:
    """True if the option, put in the gap, makes a dictionary word across a gap edge (的 + 确 -> 的确).

    Checks strings of 2-4 characters that cross the left or the right edge of the gap.
    """
    s = left[-3:] + option + right[:3]
    a = len(left[-3:])
    b = a + len(option)
    head, listed = cedict_index.headwords(), lexicon.all_hsk_words()  # lexicon.is_known_word, inlined (hot)
    for i in range(len(s)):
        for j in range(i + 2, min(len(s), i + 4) + 1):
            crosses = (i < a < j) or (i < b < j)
            if crosses and not (i >= a and j <= b) and (s[i:j] in head or s[i:j] in listed):
                return True
    return False


def collocates(left_word: str, option: str, right_word: str) -> bool:
    """True if option + neighbouring word is a set phrase in jieba's dictionary (提高 + 质量 -> 提高质量).

    Such a distractor is likely to be *right* in the gap, so it is never used.
    """
    from quizgen.analysis.segment import segmenter

    j = segmenter(None)
    return bool((left_word and j.has_word(left_word + option)) or (right_word and j.has_word(option + right_word)))


#: Cilin levels: a word shares a 中类 (two-letter code prefix) with a word its neighbour is attested with
_KIND = 2


@cache
def _compounds() -> tuple[Table, Table]:
    """(after, before) from ``data/compounds.tsv`` (:func:`read_compounds`), each set of words joined by
    spaces, the form kept in the cache folder (:mod:`quizgen.cache`, keyed by the package's files, this one
    among them): reading it back costs a small fraction of parsing the file's lines into sets, and a run asks
    for the words of few neighbours, so each table is kept in buckets (:class:`quizgen.cache.Table`)."""
    from quizgen import cache as disk

    def build() -> tuple[tuple[int, dict[int, bytes]], ...]:
        return tuple(disk.buckets({k: " ".join(sorted(v)) for k, v in table.items()})
                     for table in read_compounds())

    after, before = disk.marshalled(_COMPOUNDS_CACHED, build)
    return disk.Table(after), disk.Table(before)


_COMPOUNDS_CACHED = "compounds.marshal"


def read_compounds() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """(after, before) from ``data/compounds.tsv``: ``after[L]`` the words M such that L + M is a dictionary
    word (有 -> 能力, 才干, 本事 …), ``before[R]`` those with M + R one (环境 <- 社会, 法制, 家庭 …).

    The file, one ``left<TAB>right`` pair a line (``#`` comments), is generated by bench/make_compounds.py
    from jieba's dictionary and CC-CEDICT's headwords."""
    text = resources.files("quizgen").joinpath("data", "compounds.tsv").read_text(encoding="utf-8")
    after: dict[str, set[str]] = {}
    before: dict[str, set[str]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            a, b = line.split("\t")
            after.setdefault(a, set()).add(b)
            before.setdefault(b, set()).add(a)
    return ({k: frozenset(v) for k, v in after.items()}, {k: frozenset(v) for k, v in before.items()})


@cache
def after(word: str) -> frozenset[str]:
    """The words attested right after ``word`` in one dictionary word (有 -> 能力, 本事 …)."""
    joined = _compounds()[0].get(word)
    return frozenset(joined.split(" ")) if joined else frozenset()


@cache
def before(word: str) -> frozenset[str]:
    """The words attested right before ``word`` in one dictionary word (环境 <- 社会, 法制 …)."""
    joined = _compounds()[1].get(word)
    return frozenset(joined.split(" ")) if joined else frozenset()


@lru_cache(maxsize=4096)
def _kinds(words: frozenset[str]) -> frozenset[str]:
    from quizgen.items import neighbours as nb

    return frozenset(c[:_KIND] for w in words for c in nb.codes(w))


def neighbour_kind(option: str, left_word: str, right_word: str) -> str:
    """The attested word beside the gap whose kind ``option`` is of ('' when none): ``left_word`` + M or
    M + ``right_word`` is a dictionary word and M shares a Cilin 中类 with ``option`` (or is it). Pass only
    content words as neighbours: 的 + M says nothing about the slot.

    A neighbour attested with words of a kind takes the others of that kind as well: 良好的＿环境 (社会环境,
    法制环境) takes 法律 as well as 社会, 在＿人才上 (引进人才) takes 引入 as well as 招收, 查看＿性能 (使用性能)
    takes 计算 as well as 处理, 有＿修 (有才干, 有本事) takes 勇气 as well as 能力."""
    from quizgen.items import neighbours as nb

    mine = {c[:_KIND] for c in nb.codes(option)}
    for words in (after(left_word) if left_word else frozenset(), before(right_word) if right_word else frozenset()):
        if option in words or (mine and mine & _kinds(words)):
            return next((w for w in sorted(words) if w == option or mine & _kinds(frozenset({w}))), option)
    return ""


#: Longest quoted stretch read as a title, a slogan or a term rather than speech (“温度决定生老病死”, “统一货币”)
QUOTED_TITLE_MAX = 16
_OPENERS = {"《": "》", "“": "”", "「": "」", "『": "』", "〈": "〉", "【": "】", "[": "]", "［": "］"}
_CLAUSE_MARKS = frozenset(chars.CLAUSE_BREAKS + "：")


def after_number(left: str, answer: str) -> bool:
    """The answer completes a number right before it (2002|年初, G20|峰会; 二〇〇二|年初, 三|年级): a gap there cuts a
    date or a quantity ("2002＿", the session-22 judge). After Arabic digits any word; after a Chinese numeral a
    word that starts with a time or measure unit (:data:`chars.UNIT_STARTS`)."""
    if not left:
        return False
    if left[-1] in chars.ARABIC:
        return True
    return left[-1] in chars.NUMBER_CHARS and answer[:1] in chars.UNIT_STARTS


def in_title(left: str, right: str) -> str:
    """The gap stands inside a title, a slogan or a quoted term ('' when not): inside 《》 or 〈〉 always, inside
    quotation marks when the quoted stretch is short (:data:`QUOTED_TITLE_MAX`) and holds no clause mark (a book
    title in quotes, “＿决定生老病死”, a chapter title, a bracketed tag or emoticon code such as a post's [＿]
    for [鲜花] 'flowers'). A gap there asks for a piece of a name the sentence does
    not constrain. Straight quotes ("…", one mark for both ends) open a quotation when an odd number of them
    stands before the gap in ``left`` (叫"＿": 压岁钱 is a term, not a word the sentence constrains)."""
    if left.count('"') % 2:
        i = left.rfind('"')
        close = right.find('"')
        inside = left[i + 1:] + right[:max(close, 0)]
        if close >= 0 and len(inside) <= QUOTED_TITLE_MAX and not set(inside) & _CLAUSE_MARKS:
            return '"' + inside + '"'
    for i in range(len(left) - 1, -1, -1):
        ch = left[i]
        if ch in _OPENERS.values():
            return ""
        if ch in _OPENERS:
            close = right.find(_OPENERS[ch])
            if close < 0:
                return ""
            inside = left[i + 1:] + right[:close]
            if ch in "《〈" or (len(inside) <= QUOTED_TITLE_MAX and not set(inside) & _CLAUSE_MARKS):
                return ch + inside + _OPENERS[ch]
            return ""
    return ""


#: Shortest dictionary term around the key (the key and two or more characters beside it) that makes the gap a
#: piece of a term: 流行＿疫苗 (流行感冒 'influenza'), ＿人数 (死亡人数 'death toll').
TERM_MIN_EXTRA = 2
#: Most characters of a term on one side of the key: four, for names of two two-character words beside the key
#: (春节联欢＿ 晚会 of 春节联欢晚会, the Spring Festival Gala)
TERM_SIDE = 4


def in_term(left: str, answer: str, right: str) -> str:
    """The CC-CEDICT headword the key is a piece of, with up to :data:`TERM_SIDE` characters on each side ('' when
    none)."""
    head = cedict_index.headwords()
    for n_left in range(TERM_SIDE + 1):
        for n_right in range(TERM_SIDE + 1):
            if n_left + n_right < TERM_MIN_EXTRA or n_left > len(left) or n_right > len(right):
                continue
            word = left[len(left) - n_left:] + answer + right[:n_right]
            if word in head:
                return word
    return ""


@cache
def organisation_heads() -> frozenset[str]:
    """``data/organisation_heads.txt``: nouns that end an organisation's name (银行, 旅馆, 委员会)."""
    from quizgen.analysis import datafiles

    return datafiles.words("organisation_heads.txt")


@cache
def bound_heads() -> frozenset[str]:
    """The one-character organisation heads (队): before one the word and the head are one name or term."""
    return frozenset(h for h in organisation_heads() if len(h) == 1)


def in_name(name_before: bool, answer: str, right: str) -> bool:
    """After a proper noun (``name_before``: one of the two words before the key), the key is an organisation
    head or comes right before one (巴林假日＿沙龙: 旅馆 of 假日旅馆, Holiday Inn): the gap cuts a name."""
    if not name_before:
        return False
    heads = organisation_heads()
    return answer in heads or any(right.startswith(h) for h in heads) or place_suffix_after(right) \
        or _office_after(right)


def _office_after(right: str) -> bool:
    """The text after the key opens with a word that ends in a one-character head (台灣＿氣象局: 中央 of 中央氣象局,
    the session-23 judge): the key and that word are one name."""
    from quizgen.analysis.lexicon import is_known_word

    return OFFICES and any(right[k - 1] in bound_heads() and is_known_word(right[:k]) for k in (2, 3)
                           if len(right) >= k)


#: False: a word that ends in an office's head after the key is no part of a name (mutation "gap-before-office")
OFFICES = True


#: False: a gap before a place name's suffix may follow a name (bench/mutation_check.py "gap-in-place-name").
PLACE_NAMES = True


def place_suffix_after(right: str) -> bool:
    """The text after the key opens with a place name's last character (…村, …镇, …路: lexicon.PLACE_SUFFIXES) that
    starts no longer word there (村民, 山水 do): after a name, the key and it are one place (和平鄉＿村: 自由村 of
    和平鄉, strict check, session 18)."""
    from quizgen.analysis.lexicon import PLACE_SUFFIXES, is_known_word

    return PLACE_NAMES and right[:1] in PLACE_SUFFIXES and not any(is_known_word(right[:k]) for k in (2, 3))


#: False: a neighbour that takes other words of the key's own kind leaves the slot narrow (bench/mutation_check.py)
OPEN_KIND = True
#: Fewest other words of the key's kind and class attested with the neighbour that open the slot: one is often an
#: accident of the compound list (利用 beside 滥用特权), two show the neighbour takes the kind (写 作文/日记/序言)
OPEN_KIND_MIN = 2


def open_kind(answer: str, cls: frozenset[str], left_word: str, right_word: str) -> bool:
    """A verb before a noun key, or the noun object after a verb key (``left_word``, ``right_word``: '' for none),
    is attested in dictionary words with :data:`OPEN_KIND_MIN` or more other words of the key's Cilin 中类 and class. Then every plausible
    distractor, one of the key's kind, fits as well (写＿ 文章: 作文, 日记, 序言 are written too), the option checks
    rightly refuse each as ``neighbour-kind``, and the three left are of kinds the neighbour never takes — 写价格 /
    写小组 / 写条件, which no reader weighs (strict hand check, session 19)."""
    from quizgen.items import neighbours as nb
    from quizgen.items.word_classes import word_class

    mine = {c[:_KIND] for c in nb.codes(answer)}
    if not OPEN_KIND or not mine:
        return False
    # only where one word takes the other as its object: a verb before a noun key, a noun after a verb key (关键＿
    # 环节 is attested with 关键问题, 关键因素, but an attribute says less about its head than a verb of its object)
    verb_before = bool(left_word) and "v" in word_class(left_word) and "v" not in cls
    object_after = bool(right_word) and "v" in cls and "n" in word_class(right_word)
    for words in (after(left_word) if verb_before else frozenset(), before(right_word) if object_after else frozenset()):
        same = [w for w in words if w != answer and len(w) > 1 and word_class(w) & cls
                and mine & {c[:_KIND] for c in nb.codes(w)}]
        if len(same) >= OPEN_KIND_MIN:
            return True
    return False
