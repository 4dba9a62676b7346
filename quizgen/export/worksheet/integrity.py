"""Sheet integrity: what one printed sheet may hold together — enforced by :func:`fit`, verified by :func:`check`.

A worksheet is read as a whole, so an item that is fine alone can spoil another: a choice item's answer
printed as a distractor of the next one, a statement option carrying gap (12), a reading with gap numbers
(5)(6)(1)(7). :func:`fit` drops the fewest items so that, on the student pages,

* no answer of a gap item (cloze, choice, word bank, passage cloze) and no sentence cut out for an insertion
  item is printed anywhere but in its own options — not elsewhere in the reading (明星 when 女明星 stands
  elsewhere), not in another item's options, not in the glossary;
* no question's stem or options contain another item's gap;
* the numbers in the reading (gaps, slots, references) follow the text order: the numbering
  (:func:`quizgen.export.worksheet.order.sheet_order`) gives them in text order across kinds, and an item
  still out of order (a hole inside another item's group) is dropped;
* no paragraph has more holes than :func:`paragraph_cap` allows;
* a number or date asked about is printed nowhere but in the reading and its own question (the statement option
  2001年新年钟声即将敲响 would answer the question on 2001年); digits are compared as a reader reads them
  (２０ and 20 and 二十 alike, 20 not inside 2001);
* the options of one question look different (五月 and 5月 do not) and are of one kind (all numbers with the
  same unit, or none).

:func:`check` re-checks a rendered sheet independently (also the totals, the script of every fixed label and
the glossary's cover of every word printed with pinyin); :func:`quizgen.export.worksheet.html.render` runs it on
every sheet it makes and refuses to return one that fails.
"""
from __future__ import annotations

import dataclasses
import re
import unicodedata
from html.parser import HTMLParser
from typing import Any

from quizgen.analysis import chars
from quizgen.cache import on_release
from quizgen.export.worksheet.context import sections_and_key
from quizgen.export.worksheet.order import increasing
from quizgen.items import kinds
from quizgen.items.itemset import GENERIC_TITLE, Item, ItemSet
from quizgen.items.kinds import GAP_TYPES

_GENERIC_TITLES = frozenset(GENERIC_TITLE.values())  # 阅读短文: a label, no title

#: At most this many holes in one paragraph, and one per :data:`CHARS_PER_HOLE` characters of it: twelve gaps
#: in a 400-character paragraph leave nothing to read the gaps by (HSK 5 part 1 has 3–4 gaps in ~200 characters).
MAX_HOLES_PER_PARAGRAPH = 8
CHARS_PER_HOLE = 50


def paragraph_cap(chars: int) -> int:
    """Holes allowed in a paragraph of ``chars`` characters (at least 2: a short paragraph still takes two)."""
    return max(2, min(MAX_HOLES_PER_PARAGRAPH, chars // CHARS_PER_HOLE))


_last_fit: list[tuple[ItemSet, str, ItemSet]] = []  # the one fit made last: (given, pinyin, fitted)
on_release(_last_fit.clear)


def fit(itemset: ItemSet, pinyin: str = "above") -> ItemSet:
    """``itemset`` without the items that cannot share the student sheet (see the module docstring).

    The last result is kept for the same ``itemset`` object: the student sheet and the key of each format
    fit the same items, and each fitting renders the sheet once per item it drops."""
    if _last_fit and _last_fit[0][0] is itemset and _last_fit[0][1] == pinyin:
        return _last_fit[0][2]
    fitted = _fit(itemset, pinyin)
    _last_fit[:] = [(itemset, pinyin, fitted)]
    return fitted


def _fit(itemset: ItemSet, pinyin: str) -> ItemSet:
    items = list(itemset.items)
    while True:
        current = dataclasses.replace(itemset, items=tuple(items))
        sections, _key, text = sections_and_key(current, pinyin)
        found = problems(current, sections, text)
        if not found:
            return current
        # one item at a time, the one breaking most rules (then a single item, then the last): dropping it
        # may settle the others (a sentence cut for insertion holding three gaps)
        by_n = _numbers(sections)
        count: dict[int, int] = {}
        for n, _why in found:
            count[n] = count.get(n, 0) + 1
        worst = max(count, key=lambda n: (count[n], not by_n[n].group, n))
        items = [it for it in items if it.id != by_n[worst].id]


def settle(items: ItemSet, shown: ItemSet, pinyin: str = "above") -> tuple[ItemSet, ItemSet]:
    """``items`` and ``shown`` (the same items in the displayed script) without what the student sheet cannot
    hold (:func:`fit`, decided once, on the shown script): the one decision point before any export, so the
    items JSON, the key, the sheet and the build's counts carry the same questions. The dropped ones go to
    :attr:`ItemSet.off_sheet`, which only the Anki deck reads (its cards stand alone)."""
    kept = {it.id for it in fit(shown, pinyin).items}
    if len(kept) == len(shown.items):
        return items, shown

    def keep(s: ItemSet) -> ItemSet:
        on = _bank_of_kept(tuple(it for it in s.items if it.id in kept))
        # the counts say what is on the sheet (items.passage_cloze: 6 beside 5 items, session-9 review)
        stats = {**s.stats, **{k: sum(it.type == k[len("items."):] for it in on) for k in s.stats
                               if k.startswith("items.")}}
        return dataclasses.replace(s, items=on, stats=stats,
                                   off_sheet=s.off_sheet + tuple(it for it in s.items if it.id not in kept))

    return keep(items), keep(shown)


def _bank_of_kept(items: tuple[Item, ...]) -> tuple[Item, ...]:
    """An insertion exercise whose sheet dropped one of its gaps offers only the sentences of the gaps it keeps:
    the dropped gap's sentence is back in the reading, so as an option it was crossed out at sight (held-out
    review: a 'spare' option printed in the passage)."""
    answers: dict[str, set[str]] = {}
    for it in items:
        if it.type == "insertion" and it.group:
            answers.setdefault(it.group, set()).add(it.answer)
    out = []
    for it in items:
        if it.type == "insertion" and it.group and len(answers[it.group]) < len(it.options):
            opts = tuple(o for o in it.options if o in answers[it.group])
            it = dataclasses.replace(it, options=opts, answer_index=opts.index(it.answer))
        out.append(it)
    return tuple(out)


def _numbers(sections: list[dict[str, Any]]) -> dict[int, Item]:
    return {v.n: v.item for s in sections for b in s["blocks"] for v in b.items}


def _text(pieces) -> str:
    return "".join(t for t, n in pieces if n is None)


#: False: a word-meaning key may stand among another question's options (bench/mutation_check.py
#: "sheet-meaning-key-elsewhere").
KEYS_NOT_OPTIONS = True


def visible(sections: list[dict[str, Any]], text, glossary: list[dict[str, Any]] | None = None) \
        -> list[tuple[str, str]]:
    """Every text on the student pages with its owner: "reading", "glossary", "item:<n>" (a stem), "opts:<n>"
    (an item's options) or "group:<id>" (options shown once for a group)."""
    out = [("reading", "".join(r[1] for p in text.paragraphs for r in p["runs"] if r[0] in ("t", "w", "wa")))]
    out += [("glossary", g["word"]) for g in glossary or []]
    for s in sections:
        for b in s["blocks"]:
            if b.shared:
                out.append((f"group:{b.items[0].item.group}", "\n".join(_text(ps) for _, ps in b.shared)))
            for para in b.passage:
                out.append(("reading", _text(para)))
            for v in b.items:
                out.append((f"item:{v.n}", _text(v.prompt) + (v.item.prompt if v.item.type == "matching" else "")))
                out.append((f"opts:{v.n}", "\n".join(_text(ps) for _, ps in v.options)))
    return out


def problems(itemset: ItemSet, sections: list[dict[str, Any]], text) -> list[tuple[int, str]]:
    """(number of the item to drop, why) for every rule of :func:`fit` the sheet breaks."""
    views = [(v, b) for s in sections for b in s["blocks"] for v in b.items]
    out: list[tuple[int, str]] = []
    out += _crowded_paragraphs(views, text)
    # numbers in the reading out of text order
    seq = [r[3] for p in text.paragraphs for r in p["runs"] if r[0] in ("gap", "slot", "ref")]
    keep = {seq[i] for i in increasing(seq)}
    out += [(n, "hole out of text order") for n in seq if n not in keep]
    # another item's gap inside a stem or an option
    for v, b in views:
        for where, pieces in [("stem", v.prompt)] + [("option", ps) for _, ps in v.options] \
                + [("bank", ps) for _, ps in b.shared]:
            for _t, n in pieces:
                if n and n != v.n:
                    single = not v.item.group and where == "stem"
                    out.append((v.n if single else n, f"gap {n} in the {where} of {v.n}"))
    # an answer printed elsewhere, the sheet's title too (a title taken from the text's opening may hold one)
    title = itemset.sheet_title()
    texts = visible(sections, text) + [("title", title)]
    for v, b in views:
        it = v.item
        own = {f"opts:{v.n}", f"group:{it.group}"}
        if it.type in GAP_TYPES:
            words = {w for w in (it.word, it.answer) if len(w) >= 2 or it.type != "cloze"}
        elif it.type == "insertion":
            words = {it.answer}
        elif it.type == "question" and it.kind in kinds.TOPIC_KINDS:
            # the sheet's own title answers a main-idea question holding its key (手机 under 手机支付), and a
            # printed title stands against 最适合做上文标题的是 (strict check, session 16)
            if it.answer in title or (it.kind == "title" and title not in _GENERIC_TITLES):
                out.append((v.n, f"the sheet's title answers or contradicts {v.n}"))
            continue
        elif it.type == "question" and it.kind == "meaning" and KEYS_NOT_OPTIONS:
            # a sense asked printed as another question's option (便捷's "convenient and fast" among 堅定's)
            if any(o.startswith(("opts:", "group:")) and o not in own and it.answer in t.split("\n") for o, t in texts):
                out.append((v.n, f"answer of {v.n} is an option of another item"))
            continue
        elif NUMBER.search(it.answer) and it.options:
            # a number or date asked about (2001年, 11, 20): the reading is where the student finds it, but no
            # other question may print it (a statement option 2001年新年钟声即将敲响 answers the date question)
            own |= {"reading", f"item:{v.n}"}
            if any(owner not in own and shows_number(it.answer, t) for owner, t in texts):
                out.append((v.n, f"answer of {v.n} shown elsewhere"))
            continue
        else:
            continue
        for owner, t in texts:
            if owner not in own and any(w and w in t for w in words):
                out.append((v.n, f"answer of {v.n} shown in {owner}"))
                break
    out += [(v.n, why) for v, _ in views for why in option_problems(v.item)]
    out += _thin_insertions([v for v, _ in views])
    return sorted(set(out))


def _crowded_paragraphs(views, text) -> list[tuple[int, str]]:
    """Too many holes in a paragraph: singles go first, the last ones first."""
    out: list[tuple[int, str]] = []
    per_para: dict[int, list[int]] = {}
    for n, para in text.placed.items():
        per_para.setdefault(para, []).append(n)
    alone = {v.n for v, _ in views if not v.item.group}  # items outside a group go first: a group keeps its shape
    for para, ns in per_para.items():
        chars = len("".join(r[1] for r in text.paragraphs[para - 1]["runs"])) + 3 * len(ns)
        extra = len(ns) - paragraph_cap(chars)
        if extra > 0:
            order = sorted(ns, key=lambda n: (n not in alone, -n))
            out += [(n, f"paragraph {para}: {len(ns)} holes") for n in order[:extra]]
    return out


def _thin_insertions(views) -> list[tuple[int, str]]:
    """The gaps of an insertion exercise the sheet left with fewer than :data:`MIN_INSERTION` of its gaps (its
    bank still lists every sentence it removed): none at all."""
    groups: dict[str, list[int]] = {}
    made: dict[str, int] = {}
    for v in views:
        if v.item.type == "insertion" and v.item.group:
            groups.setdefault(v.item.group, []).append(v.n)
            made[v.item.group] = len(v.item.options)
    return [(n, "insertion with too few gaps") for g, ns in groups.items()
            if len(ns) < min(MIN_INSERTION, made[g]) for n in ns]


#: Gaps an insertion exercise keeps at least (sections.insertion makes 3-5): with two, placing one places both.
MIN_INSERTION = 3


#: A number as written on a sheet (ASCII or full-width digits, after NFKC both are ASCII).
NUMBER = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?")
_CN_DIGITS = {c: str(n) for c, n in (chars.DIGIT_VALUE | {chars.ZERO: 0, chars.CIRCLE_ZERO: 0, chars.TWO: 2}).items()}


def _numeral(m: re.Match) -> str:
    """一九九九 -> 1999, 五 -> 5, 十二 -> 12, 二十 -> 20 (digits read in place; 十 alone is 10)."""
    t = m.group()
    if "十" not in t:
        return "".join(_CN_DIGITS[c] for c in t)
    tens, _, ones = t.partition("十")
    return str(int(_CN_DIGITS.get(tens, "1") if tens else "1") * 10 + (int(_CN_DIGITS[ones]) if ones else 0))


# a Chinese numeral read as a number: two characters or more (二○○一, 十二), or one before a unit (五月, 三个);
# 一样, 一些 stay words
_DIGIT_CLASS = chars.ZERO + chars.CIRCLE_ZERO + chars.DIGITS + chars.TWO
_CN_NUMBER = re.compile(rf"[{chars.ONE_TO_NINE}]?十[{chars.ONE_TO_NINE}]?|[{_DIGIT_CLASS}]{{2,}}"
                        rf"|[{_DIGIT_CLASS}](?=[年月日号岁点时分秒元个次位名])")


def looks(option: str) -> str:
    """An option as a reader tells it from another: NFKC (full-width forms alike), no spaces, Chinese numerals
    as digits (五月 and 5月 look the same to a reader: one value)."""
    t = "".join(unicodedata.normalize("NFKC", option).split())
    return _CN_NUMBER.sub(_numeral, t)


def shows_number(answer: str, text: str) -> bool:
    """``text`` prints the number of ``answer`` (with its unit when it has one): 20 in 第20页, not in 2001年."""
    a = looks(answer)
    m = chars.ASCII_DECIMAL.search(a)
    if m is None:
        return False
    pat = re.escape(a) if a != m.group() else r"(?<![0-9.])" + re.escape(a) + r"(?![0-9]|\.[0-9])"
    # line by line: options come one a line, and looks() drops the breaks (50\n70 read as 5070 hid the 70)
    return any(re.search(pat, looks(line)) is not None for line in text.split("\n"))


def option_problems(it: Item) -> list[str]:
    """Options of one item that a reader cannot tell apart, or that are not of one kind: an option with a
    number among options without (2001年 / 夏天), or numbers with other units (7元 / 30天)."""
    shown = [looks(o) for o in it.options]
    fails = []
    if len(set(shown)) != len(shown):
        fails.append("options look alike")
    if kinds.kind(it.type).masked_prompt and shown:  # options that are words or values (not sentences)
        frames = {chars.ASCII_DECIMAL.sub("#", o) if re.search(r"[0-9]", o) else "" for o in shown}
        if len(frames) > 1 and any(frames):
            fails.append("options of different kinds")
    return fails


class _Visible(HTMLParser):
    """The text of a rendered page outside <script> and <style>, and the data-n of its items."""

    def __init__(self) -> None:
        super().__init__()
        self.skip = 0
        self.chunks: list[str] = []
        self.items: list[int] = []
        self.key_rows: list[int] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag in ("script", "style"):
            self.skip += 1
        if "data-n" in a and "item" in (a.get("class") or "").split():
            self.items.append(int(a["data-n"] or 0))
        if tag == "tr" and "data-n" in a:
            self.key_rows.append(int(a["data-n"] or 0))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.chunks.append(data)


def parse(html: str) -> _Visible:
    page = _Visible()
    page.feed(html)
    return page


def check(html: str, ctx: dict[str, Any], itemset: ItemSet) -> list[str]:
    """Every rule a finished page breaks (empty: none). ``ctx`` is the template context it was rendered from."""
    from quizgen.analysis.script import simplified_only

    page = parse(html)
    shown = "".join(page.chunks)
    fails = [f"{why} (question {n})" for n, why in problems(itemset, ctx["sections"], ctx["text"])]
    n_views = sum(len(b.items) for s in ctx["sections"] for b in s["blocks"])
    if ctx["copy"] == "student":
        totals = {ctx["n_items"], ctx["n_scored"], n_views, len(ctx["checks"]), len(page.items)}
        if len(totals) != 1:
            fails.append(f"totals disagree: {sorted(totals)}")
        if page.key_rows or "data-answer" in html or 'id="key"' in html:
            fails.append("the student copy carries the answer key")
    elif len(page.key_rows) != n_views:
        fails.append(f"key rows {len(page.key_rows)} for {n_views} questions")
    if ctx["lang"] == "zh-Hant":
        source = "".join(p.text for p in itemset.reading) + "".join(
            o for it in itemset.items for o in (it.sentence, it.prompt, *it.options))
        odd = sorted(c for c in set(shown) - set(source) if simplified_only(c))
        if odd:
            fails.append("Simplified characters on a Traditional sheet: " + "".join(odd))
    return fails + _glossary_problems(ctx)


def _glossary_problems(ctx: dict[str, Any]) -> list[str]:
    """In pinyin mode "above" the glossary holds exactly the words printed with pinyin: each of those has its
    meaning (issue 13.3), and no row explains a word the reading does not mark (it would be a row the student
    has no reason to look up, and the sheet would be longer for it)."""
    if ctx["pinyin"] != "above" or not ctx["reading"]:
        return []
    glossed = {g["word"] for g in ctx["glossary"]} | {g["word"] for g in ctx["glossary_more"]}
    marked = {word for p in ctx["reading"] for kind, word, py, _n in p["runs"] if kind in ("w", "wa") and py}
    return [f"{word} has pinyin but no meaning on the sheet" for word in sorted(marked - glossed)] + \
        [f"{word} is in the glossary but has no pinyin in the reading" for word in sorted(glossed - marked)]
