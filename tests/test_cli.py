"""The command line as users run it: stdout, stderr and exit codes checked separately."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import SAMPLE


def run(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "quizgen.cli", *args], capture_output=True, text=True,
                          cwd=cwd)


def test_help_and_version():
    r = run("--help")
    assert r.returncode == 0 and "analyze" in r.stdout
    r = run("analyze", "--help")
    assert r.returncode == 0 and "--level" in r.stdout and "Example" in r.stdout
    r = run("--version")
    assert r.returncode == 0 and r.stdout.startswith("quizgen ")


@pytest.mark.parametrize("content,message", [
    (b"", "Error: "),
    (b"  \n \n", "is empty"),
    (bytes(range(256)) * 8, "binary"),
])
def test_bad_input_one_line_error(tmp_path, content, message):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    r = run("analyze", str(f))
    assert r.returncode == 1
    assert r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and message in lines[0]
    assert "Traceback" not in r.stderr


def test_missing_file_and_bad_options(tmp_path):
    for cmd in ("analyze", "build"):  # a missing input path is a usage error: exit 2, one line
        r = run(cmd, str(tmp_path / "nope.txt"))
        assert r.returncode == 2 and r.stderr == f"Error: {tmp_path / 'nope.txt'} does not exist. Check the path\n"
    f = tmp_path / "a.txt"
    f.write_text("我们去银行。", encoding="utf-8")
    # invalid option values are usage errors: exit 2, the message names the option
    r = run("analyze", str(f), "--level", "hsk10")
    assert r.returncode == 2 and "--level" in r.stderr and "Traceback" not in r.stderr
    r = run("analyze", str(f), "--standard", "1999")
    assert r.returncode == 2 and "--standard" in r.stderr


REQUIRED_DOC = {"source", "script", "standard", "level", "profile", "warnings", "removed", "sentences"}
REQUIRED_SENT = {"id", "text", "start", "end", "flagged", "tokens"}
REQUIRED_TOKEN = {"text", "simplified", "start", "end", "pos", "pinyin", "pinyin_numbers", "level", "gloss",
                  "proper_noun"}


def test_json_schema_on_sample(tmp_path):
    out = tmp_path / "a.json"
    r = run("analyze", str(SAMPLE), "--level", "hsk5", "--json", str(out))
    assert r.returncode == 0, r.stderr
    assert "Warning:" in r.stderr  # junk and garbled sentences are reported
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert REQUIRED_DOC <= doc.keys()
    assert doc["script"] == "traditional" and doc["standard"] == "2025" and doc["level"] == 5
    assert {"text", "count"} == set(doc["removed"][0])
    assert {"text": "平易近", "replacement": "民", "count": 19} in doc["repaired"]
    text = SAMPLE.read_text(encoding="utf-8")
    for s in doc["sentences"]:
        assert REQUIRED_SENT <= s.keys()
        assert isinstance(s["flagged"], bool)
        for t in s["tokens"]:
            assert REQUIRED_TOKEN <= t.keys()
            if text[t["start"]] != t["text"][0]:  # a restored spinner substitution: 平易近警 → 民警
                spun = text[t["start"]:t["end"]]
                assert any(set(r["text"]) & set(spun) for r in doc["repaired"]), (t, spun)
            assert t["level"] in (1, 2, 3, 4, 5, 6, "7-9", None)
            if t["pinyin_numbers"]:
                syl = t["pinyin_numbers"].split()
                assert len(syl) == len(t["text"]) == len(t["pinyin"].split())
                assert all(x[-1] in "12345" for x, c in zip(syl, t["text"]) if "\u4e00" <= c <= "\u9fff")


def test_json_to_stdout_and_summary(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("我们去银行办事。这条河很长。", encoding="utf-8")
    r = run("analyze", str(f), "--json", "-")
    assert r.returncode == 0
    doc = json.loads(r.stdout)
    assert [s["text"] for s in doc["sentences"]] == ["我们去银行办事。", "这条河很长。"]
    r = run("analyze", str(f), "--level", "hsk1")
    assert r.returncode == 0 and "coverage" in r.stdout and "HSK 2025" in r.stdout


def test_user_dict(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("我住在上海市。", encoding="utf-8")
    d = tmp_path / "dict.txt"
    d.write_text("# my fixes\n上海/市\n", encoding="utf-8")
    r = run("analyze", str(f), "--json", "-", "--user-dict", str(d))
    toks = [t["text"] for t in json.loads(r.stdout)["sentences"][0]["tokens"]]
    assert "上海" in toks and "市" in toks and "上海市" not in toks


def test_fast_json_equals_plain_json(sample_doc):
    from quizgen.export.json_doc import document_dict, dumps

    assert json.loads(dumps(sample_doc)) == document_dict(sample_doc)


@pytest.mark.parametrize("option", ["--known", "--user-dict"])
def test_word_list_options_given_a_folder_say_so(tmp_path, option):
    f = tmp_path / "a.txt"
    f.write_text("我们去银行办事。", encoding="utf-8")
    r = run("build", str(f), option, str(tmp_path), "--out", str(tmp_path / "o"))
    assert r.returncode == 2
    assert f"Invalid value for '{option}': {tmp_path} is a folder, not a file. Give the path of a text file" \
        in r.stderr
    assert "does not exist" not in r.stderr


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16", "utf-16-le", "big5"])
def test_known_words_in_the_encodings_inputs_have(tmp_path, encoding):
    from quizgen.items import read_known

    f = tmp_path / "known.txt"
    f.write_bytes("# 我認識的詞\n銀行\n辦事\n".encode(encoding))
    assert read_known(f) == {"銀行", "辦事", "银行", "办事"}


def test_empty_known_words_file_is_no_words(tmp_path):
    from quizgen.items import read_known

    f = tmp_path / "known.txt"
    f.write_bytes(b"")
    assert read_known(f) == frozenset()


def test_python_api_file_and_text_are_separate(tmp_path, monkeypatch):
    import quizgen
    from quizgen.analysis import pipeline
    from quizgen.errors import PathNotFoundError

    monkeypatch.chdir(tmp_path)
    # a file name that names no file: an error (pipeline.analyze, used by `quizgen analyze` and the tests, too)
    for call in (quizgen.analyze_file, quizgen.analyze, pipeline.analyze):
        with pytest.raises(PathNotFoundError, match="missing_file.txt does not exist"):
            call("missing_file.txt")
    doc = quizgen.analyze_text("missing_file.txt 是一个文件名。")  # text is text, whatever it looks like
    assert doc.source == "<text>" and doc.sentences
    (tmp_path / "a.txt").write_text("我们去银行办事。", encoding="gb18030")
    assert quizgen.analyze_file(tmp_path / "a.txt").source == "a.txt"
    assert quizgen.analyze("a.txt").sentences[0].text == "我们去银行办事。"


def test_readme_test_command_prints_a_summary_line():
    """pyproject's addopts already holds -q; another -q on the command line hides pytest's summary line."""
    import re
    import tomllib

    from .conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"python -m pytest[^\n`&|;]*", readme)
    assert commands
    addopts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"][
        "ini_options"]["addopts"]
    for cmd in commands:
        quiet = sum(arg.count("q") for arg in (cmd.split() + addopts.split()) if re.fullmatch(r"-q+", arg))
        assert quiet <= 1, f"{cmd!r} with addopts {addopts!r} prints no summary line"


@pytest.mark.parametrize("kind,value,message", [
    ("pinyin", "sometimes", "unknown pinyin mode 'sometimes'. Use one of: above, all, none"),
    ("paper", "a5", "unknown paper size 'a5'. Use one of: a4, letter"),
    ("script", "cyrillic", "unknown script 'cyrillic'. Use one of: original, simplified, traditional"),
    ("level", "hsk8", "unknown HSK level 'hsk8'. Use one of: hsk1, hsk2, hsk3, hsk4, hsk5, hsk6, hsk7-9"),
    ("standard", "1999", "unknown HSK standard '1999'. Use one of: 2025, 2021, 2.0"),
    ("format", "docx", "unknown format docx. Use a comma-separated list of: json, apkg, html, pdf"),
])
def test_options_and_config_share_one_definition(tmp_path, kind, value, message):
    """Each choice is defined once (quizgen.options): the option and the config setting reject a bad value
    with the same words."""
    f = tmp_path / "a.txt"
    f.write_text("我们去银行办事。", encoding="utf-8")
    r = run("build", str(f), f"--{kind}", value, "--out", str(tmp_path / "o"))
    assert r.returncode == 2 and message in r.stderr, r.stderr
    (tmp_path / "quizgen.toml").write_text(f'{kind} = "{value}"\n', encoding="utf-8")
    r = run("build", str(f), "--out", str(tmp_path / "o"), cwd=tmp_path)
    assert r.returncode == 1 and r.stderr == f"Error: {tmp_path / 'quizgen.toml'}: {kind} = '{value}': {message}\n"


@pytest.mark.parametrize("level,label,json_form", [(1, "1", 1), (6, "6", 6), (7, "7-9", "7-9"),
                                                   (None, "off-list", None)])
def test_one_level_label(level, label, json_form):
    from quizgen import options
    from quizgen.analysis.document import level_label
    from quizgen.export.anki.note_fields import hsk_and_standard as anki_label
    from quizgen.export.json_doc import _level

    assert level_label(level) == options.level_label(level) == label
    assert _level(level) == json_form and options.level_from_json(json_form) == level
    if level is not None:
        assert anki_label("2025", level) == f"HSK {label} (2025)"


@pytest.mark.parametrize("text,kind", [("c1", ""), ("G20", ""), ("MP3", ""), ("300", "number"),
                                       ("3.5", "number")])
def test_codes_with_letters_are_no_numbers_to_ask_about(text, kind):
    """{{c1::…}} (Anki's cloze syntax) in a text once made a fact question whose answer was c1, with c2 … as
    wrong values."""
    from quizgen.analysis.document import Token
    from quizgen.items.facts import fact_kind

    tok = Token(text=text, simplified=text, start=0, end=len(text), pos="m" if text[0].isdigit() else "eng",
                pinyin="", pinyin_numbers="", level=None, gloss=None, proper_noun=False)
    assert fact_kind(tok) == kind
