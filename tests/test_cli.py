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
