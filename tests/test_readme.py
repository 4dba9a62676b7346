"""The README's Python example runs, and the commands it documents exist with the options it names."""
from __future__ import annotations

import re
import subprocess
import sys

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_python_example_runs(monkeypatch, capsys):
    blocks = re.findall(r"```python\n(.*?)```", README, re.S)
    assert blocks
    monkeypatch.chdir(ROOT)
    for code in blocks:
        exec(compile(code, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "堅持" in out and "jiān chí" in out  # the sample's first sentence, read and glossed


def test_documented_options_exist():
    for cmd in ("build", "analyze"):
        help_text = subprocess.run([sys.executable, "-m", "quizgen.cli", cmd, "--help"], capture_output=True,
                                   text=True).stdout
        documented = set(re.findall(rf"quizgen {cmd} [^\n]*(?:\n +\[[^\n]*)*", README))
        for line in documented:
            for opt in re.findall(r"--[a-z][a-z-]+", line):
                assert opt in help_text, f"README documents {cmd} {opt}, but --help does not list it"
