"""The printable worksheet as one self-contained HTML file (student sheet, answer key, self-check mode).

Templates are Jinja2 files in the top-level ``templates/`` folder (shipped as ``quizgen/templates``); a
teacher's folder (``templates_dir``) overrides them file by file. This module turns an :class:`ItemSet` into
plain values for the template (continuous item numbers, passages split at their gaps, key entries); the
template only lays them out. :mod:`quizgen.export.pdf` renders the same template with ``target="pdf"``.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import ConfigError, QuizgenError
from ..items.model import BLANK, INSTRUCTIONS, ITEM_TYPES, Item, ItemSet, Passage

TEMPLATE = "worksheet.html.j2"
PINYIN_MODES = ("above", "all", "none")
PAPERS = ("a4", "letter")
LETTERS = "ABCDEFGHIJKLMNOP"
#: Vocabulary items are the Anki word list, not questions: a word list on the sheet would give away the
#: cloze answers. The above-level words are in the glossary instead.
SKIPPED_TYPES = ("vocabulary",)
#: Glossary rows: the most frequent above-level words that have a gloss. 48 rows fill about half an A4 page
#: in two columns; the sample text has 327 above-level words, which would take three pages. Every skipped
#: word still has its pinyin over it in the text, and the sheet says how many were left out.
GLOSSARY_MAX = 48
GLOSS_SENSES = 2  # senses of a CC-CEDICT gloss shown ("nationals; citizens; people of a nation" -> 2)
CN_NUMERALS = "一二三四五六七八九十"


@dataclass(slots=True)
class ItemView:
    n: int
    item: Item
    prompt: list[tuple[str, bool]]  # prompt pieces; True marks the blank
    options: list[tuple[str, str]]  # (letter, text); empty when the group shows them
    hint: str = ""


@dataclass(slots=True)
class Block:
    """A run of items shown together: one passage, word bank or matching set, or single items."""

    kind: str
    items: list[ItemView]
    passage: list[list[tuple[str, int | None]]] = field(default_factory=list)  # paragraphs of (text, gap n)
    shared: list[tuple[str, str]] = field(default_factory=list)  # options shown once for the group
    prompt: str = ""


def builtin_templates_dir() -> Path:
    """``quizgen/templates`` in an installed wheel, else the repository's ``templates/`` (editable install)."""
    packaged = resources.files("quizgen") / "templates"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "templates"


@lru_cache(maxsize=8)
def _environment(templates_dir: Path | None):
    import jinja2

    search = [str(builtin_templates_dir())]
    if templates_dir is not None:
        search.insert(0, str(templates_dir))  # the teacher's files first, built-in ones for the rest
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(search), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                             keep_trailing_newline=True)
    env.filters["word_pinyin"] = word_pinyin
    env.filters["zh"] = jinja2.pass_context(lambda ctx, text: zh(text, ctx["lang"]))
    return env


def zh(text: str, lang: str) -> str:
    """A fixed label (written in Simplified) in the sheet's script: ``{{ "姓名"|zh }}`` in a template."""
    if lang != "zh-Hant":
        return text
    from ..script import to_traditional

    return to_traditional(text)


def word_pinyin(syllables: str) -> str:
    """Syllables written as one word, as in Hanyu Pinyin orthography: 'gōng ān jī guān' -> "gōng'ānjīguān".

    An apostrophe goes before a syllable that starts with a, o or e (any tone), so the word reads unambiguously.
    """
    parts = syllables.split()
    out = parts[:1]
    for p in parts[1:]:
        out.append(("'" if p[:1].lower() in "aāáǎàoōóǒòeēéěè" else "") + p)
    return "".join(out)


def check_options(pinyin: str, paper: str) -> None:
    """Reject bad option values before any work starts."""
    if pinyin not in PINYIN_MODES:
        raise ConfigError(f"unknown pinyin mode '{pinyin}'. Use one of: {', '.join(PINYIN_MODES)}")
    if paper not in PAPERS:
        raise ConfigError(f"unknown paper size '{paper}'. Use one of: {', '.join(PAPERS)}")


def render_html(itemset: ItemSet, *, templates_dir: Path | None = None, pinyin: str = "above",
                paper: str = "a4") -> str:
    """The worksheet as one self-contained HTML page (inline CSS and script, no network requests).

    ``pinyin``: "above" (over words above the level, the default), "all" (over every word) or "none".
    ``paper``: "a4" or "letter", for printing. Raises ConfigError for a bad option or a broken template.
    """
    return render(itemset, templates_dir=templates_dir, pinyin=pinyin, paper=paper, target="html")


def render(itemset: ItemSet, *, templates_dir: Path | None = None, pinyin: str = "above", paper: str = "a4",
           target: str = "html", font_url: str = "") -> str:
    """Render for ``target`` "html" (screen, print, self-check) or "pdf" (WeasyPrint: embedded font file)."""
    import jinja2

    check_options(pinyin, paper)
    if templates_dir is not None and not Path(templates_dir).is_dir():
        raise ConfigError(f"templates folder {templates_dir} not found. Give an existing folder or leave out "
                          "--templates to use the built-in templates")
    env = _environment(Path(templates_dir).resolve() if templates_dir is not None else None)
    ctx = context(itemset, pinyin=pinyin, paper=paper, target=target, font_url=font_url)
    where = templates_dir or builtin_templates_dir()
    try:
        return env.get_template(TEMPLATE).render(**ctx)
    except jinja2.TemplateSyntaxError as e:
        raise ConfigError(f"template {e.name or TEMPLATE} is broken: {e.message} (line {e.lineno}). Fix it, "
                          f"or delete it from {where} to use the built-in one") from None
    except jinja2.TemplateNotFound as e:
        raise ConfigError(f"template {e.name} not found in {where}. Restore it or use the built-in "
                          "templates") from None
    except jinja2.UndefinedError as e:
        raise ConfigError(f"template in {where} uses an unknown value: {e.message}. Fix the name; the values "
                          "are listed in templates/README.md") from None
    except jinja2.TemplateError as e:
        raise ConfigError(f"template in {where} failed: {e}. Fix it, or delete your copy to use the built-in "
                          "one") from None


def write_html(itemset: ItemSet, path: str | Path, **opts: Any) -> Path:
    """Write the worksheet HTML atomically (temporary file beside the target, then rename)."""
    html = render_html(itemset, **opts)
    return write_atomic(Path(path), html.encode("utf-8"))


def write_atomic(path: Path, data: bytes) -> Path:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise QuizgenError(f"cannot write {path}: {e.strerror}. Choose a writable location") from None
    return path


# --- values for the template -------------------------------------------------------------------------------


def context(itemset: ItemSet, *, pinyin: str, paper: str, target: str, font_url: str = "") -> dict[str, Any]:
    from .. import lexicon
    from ..model import level_label
    from ..script import detect_script

    sample = "".join(p.text for p in itemset.reading) or "".join(i.sentence for i in itemset.items)
    lang = "zh-Hant" if detect_script(sample) == "traditional" else "zh-Hans"
    try:
        standard_name = lexicon.standard_name(itemset.standard)
    except ConfigError:
        standard_name = itemset.standard
    sections, key = sections_and_key(itemset)
    return {
        "title": itemset.title, "lang": lang, "level": level_label(itemset.level), "standard": standard_name,
        "target": target, "paper": paper, "pinyin": pinyin, "font_url": font_url,
        "reading": reading_runs(itemset, pinyin), "glossary": glossary_rows(itemset),
        "glossary_total": len(itemset.glossary), "chart": chart(itemset.profile, itemset.level),
        "sections": sections, "key": key, "n_items": sum(len(b.items) for s in sections for b in s["blocks"]),
        "attribution": itemset.attribution, "source": itemset.source, "seed": itemset.seed,
    }


def sections_and_key(itemset: ItemSet) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Sections in ITEM_TYPES order, items numbered continuously from 1; the key entry of every item."""
    sections: list[dict[str, Any]] = []
    key: list[dict[str, Any]] = []
    n = 0
    for type_ in ITEM_TYPES:
        items = itemset.by_type(type_)
        if not items or type_ in SKIPPED_TYPES:
            continue
        blocks: list[Block] = []
        for group in _groups(items):
            views = []
            for it in group:
                n += 1
                views.append(_item_view(n, it))
                key.append(_key_entry(n, it))
            blocks.append(_block(itemset, type_, views))
        zh_, en = INSTRUCTIONS[type_]
        sections.append({"type": type_, "numeral": CN_NUMERALS[len(sections) % 10], "zh": zh_, "en": en,
                         "blocks": blocks, "first": blocks[0].items[0].n, "last": n})
    return sections, key


def _groups(items: tuple[Item, ...]) -> list[list[Item]]:
    """Consecutive items sharing a group (passage, bank, matching set) together; others one by one."""
    out: list[list[Item]] = []
    for it in items:
        if it.group and out and out[-1][0].group == it.group:
            out[-1].append(it)
        else:
            out.append([it])
    return out


SHARED_OPTIONS = ("word_bank", "matching", "insertion")


def _item_view(n: int, it: Item) -> ItemView:
    shared = it.type in SHARED_OPTIONS
    prompt = it.prompt
    if it.type == "insertion":
        prompt = ""  # the gap is shown in the passage
    pieces: list[tuple[str, bool]] = []
    for k, part in enumerate(prompt.split(BLANK)):
        if k:
            pieces.append(("", True))
        if part:
            pieces.append((part, False))
    options = [] if shared else [(LETTERS[k], o) for k, o in enumerate(it.options)]
    hint = word_pinyin(it.hint) if it.type == "cloze" and it.hint else ""
    return ItemView(n, it, pieces, options, hint)


def _block(itemset: ItemSet, type_: str, views: list[ItemView]) -> Block:
    first = views[0].item
    block = Block(type_, views)
    if type_ in SHARED_OPTIONS:
        block.shared = [(LETTERS[k], o) for k, o in enumerate(first.options)]
    if first.passage:
        try:
            p = itemset.passage(first.passage)
        except KeyError:
            return block
        numbers = {v.item.number: v.n for v in views if v.item.number is not None}
        block.passage = passage_pieces(p, numbers)
    if type_ == "statement":
        block.prompt = first.prompt
    return block


def passage_pieces(p: Passage, numbers: dict[int, int]) -> list[list[tuple[str, int | None]]]:
    """Paragraphs of (text, None) and ("", item number) pieces: gap ``{{k}}`` becomes the sheet's number."""
    paragraphs = []
    for line in p.display.split("\n"):
        pieces: list[tuple[str, int | None]] = []
        for k, part in enumerate(re.split(r"\{\{(\d+)\}\}", line)):
            if k % 2:
                pieces.append(("", numbers.get(int(part), int(part))))
            elif part:
                pieces.append((part, None))
        if pieces:
            paragraphs.append(pieces)
    return paragraphs


def _key_entry(n: int, it: Item) -> dict[str, Any]:
    """Answer by number; the source sentence (answer marked) for items made from one sentence."""
    letter = LETTERS[it.answer_index] if it.answer_index is not None and it.answer_index < len(LETTERS) else ""
    sentence: list[tuple[str, bool]] = []
    if it.type in ("cloze", "choice", "word_bank", "passage_cloze", "fact") and it.sentence:
        sentence = [(it.sentence, False)]
        if it.target_start is not None and it.target_end is not None:
            a, b = it.target_start - it.start, it.target_end - it.start
            if 0 <= a < b <= len(it.sentence) and it.sentence[a:b] == it.answer:
                sentence = [(it.sentence[:a], False), (it.answer, True), (it.sentence[b:], False)]
    detail = it.pinyin and word_pinyin(it.pinyin) if it.type in ("cloze", "choice", "word_bank") else ""
    return {"n": n, "type": it.type, "letter": letter, "answer": it.answer, "index": it.answer_index,
            "alt": it.simplified if it.simplified != it.answer else "", "sentence": sentence,
            "pinyin": detail or "", "gloss": it.gloss if it.type in ("cloze", "choice") else "",
            "explanation": it.explanation if it.type in ("statement",) else ""}


def reading_runs(itemset: ItemSet, pinyin: str) -> list[dict[str, Any]]:
    """Paragraphs as runs of (text, pinyin, "adj" when right after another annotated word): pinyin "" for
    plain text; consecutive plain tokens are merged (fewer boxes for WeasyPrint to lay out)."""
    out = []
    for p in itemset.reading:
        runs: list[tuple[str, str, str]] = []
        for t in p.tokens:
            py = word_pinyin(t.pinyin) if t.pinyin and (pinyin == "all" or (pinyin == "above" and t.above)) else ""
            if not py and runs and not runs[-1][1]:
                runs[-1] = (runs[-1][0] + t.text, "", "")
            else:
                runs.append((t.text, py, "adj" if py and runs and runs[-1][1] else ""))
        out.append({"number": p.number, "runs": runs})
    return out


def glossary_rows(itemset: ItemSet) -> list[dict[str, Any]]:
    """Up to GLOSSARY_MAX glossed words (most frequent first), shown in order of first appearance with the
    number of the paragraph where they first occur."""
    first: dict[str, int] = {}
    for p in itemset.reading:
        for t in p.tokens:
            first.setdefault(t.text, p.number)
    chosen = [g for g in itemset.glossary if g.gloss][:GLOSSARY_MAX]
    rows = [{"word": g.word, "pinyin": word_pinyin(g.pinyin),
             "gloss": "; ".join(s.strip() for s in g.gloss.split(";")[:GLOSS_SENSES]),
             "para": first.get(g.word)} for g in chosen]
    order = {id(r): k for k, r in enumerate(rows)}
    rows.sort(key=lambda r: (r["para"] if r["para"] is not None else 10**9, order[id(r)]))
    return rows


def chart(profile: dict[str, Any], level: int) -> dict[str, Any] | None:
    """Bars of cumulative word coverage by level (1..6, 7-9) with the 95 % line, in SVG user units."""
    from ..model import level_label

    words = profile.get("words") or {}
    labels = [level_label(lv) for lv in range(1, 8)]
    if not all(lab in words for lab in labels):
        return None
    width, height, top, bar, gap, left = 196, 88, 10, 20, 6, 24
    plot = height - top - 16  # 16 units below the bars for the level labels
    bars = []
    for k, lab in enumerate(labels):
        v = max(0.0, min(1.0, float(words[lab])))
        h = round(v * plot, 1)
        bars.append({"x": left + k * (bar + gap), "y": round(top + plot - h, 1), "h": h, "w": bar,
                     "label": lab, "pct": round(v * 100), "target": k + 1 == level})
    return {"width": width, "height": height, "bars": bars, "y95": round(top + plot * 0.05, 1),
            "y0": top + plot, "left": left, "right": left + 7 * (bar + gap) - gap,
            "level_95_words": profile.get("level_95_words"),
            "level_95_characters": profile.get("level_95_characters")}
