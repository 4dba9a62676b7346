# Task runner: make test | lint | bench | score
PY ?= python

test:
	$(PY) -m pytest

lint:
	$(PY) -m ruff check quizgen tests bench
	$(PY) -m mypy

# Benchmarks compare against a baseline in the same run; the gold data lives in ../shared/eval when present.
bench:
	$(PY) bench/bench_analyze.py
	$(PY) bench/bench_build.py
	$(PY) bench/bench_pinyin.py
	$(PY) bench/bench_hygiene.py
	$(PY) bench/bench_despin.py
	$(PY) bench/bench_append.py

score:
	$(PY) ../shared/eval/score.py all

.PHONY: test lint bench score
