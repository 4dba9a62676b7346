"""The caches of a test run: always a private temporary folder, whatever the developer's environment says."""
import os
from pathlib import Path


def test_tests_use_a_temporary_cache(tmp_path_factory):
    from quizgen.analysis.cedict_index import cache_dir

    base = tmp_path_factory.getbasetemp()
    assert Path(os.environ["QUIZGEN_CACHE_DIR"]).is_relative_to(base)
    assert cache_dir().is_relative_to(base)
