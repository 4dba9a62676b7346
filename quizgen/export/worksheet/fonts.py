"""The worksheet's CJK font: the Noto Sans CJK collection of the ``noto-cjk-sans-otc`` package, and its subset
for the characters of one sheet (HarfBuzz's subsetter, from the ``uharfbuzz`` wheel). Used by the HTML (an
inline subset) and the PDF (a subset file, and the widths of the pinyin-over-word blocks).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from quizgen.errors import ConfigError

FONT_FACE = 0  # the face of the collection the sheet uses: the Japanese one, made Chinese by lang + locl
SUBSET_NAME = "QuizgenCJK-subset.otf"


def font_path() -> Path:
    """The Noto Sans CJK collection file of the installed ``noto-cjk-sans-otc`` package."""
    try:
        import noto_cjk_sans_otc  # type: ignore[import-untyped]
    except ImportError:
        raise ConfigError("the CJK font package is missing. Install it: pip install noto-cjk-sans-otc") from None
    path = Path(str(noto_cjk_sans_otc.FONT_PATH))
    if not path.is_file():
        raise ConfigError(f"CJK font file {path} not found. Reinstall it: pip install --force-reinstall "
                          "noto-cjk-sans-otc")
    return path


@lru_cache(maxsize=1)
def harfbuzz() -> Any:
    """The ``uharfbuzz`` module (HarfBuzz with its subsetter, from a PyPI wheel), or None."""
    try:
        import uharfbuzz
    except ImportError:
        return None
    return uharfbuzz


@lru_cache(maxsize=2)
def font_face(path: Path, face: int) -> Any:
    hb = harfbuzz()
    return hb.Face(hb.Blob.from_file_path(str(path)), face)


def subset_font(path: Path, chars: set[str], face: int = FONT_FACE) -> bytes | None:
    """Face ``face`` of the font file at ``path`` cut down to the glyphs of ``chars`` (plus what its layout
    tables reach from them), as an OpenType file; None when HarfBuzz is missing or the subsetter fails."""
    hb = harfbuzz()
    if hb is None:
        return None
    request = hb.SubsetInput()
    wanted = request.unicode_set
    for c in chars:
        wanted.add(ord(c))
    try:
        result = hb.subset(font_face(path, face), request)
    except Exception:  # uharfbuzz raises its own errors for a font it cannot cut
        return None
    data = result.blob.data if result is not None else b""
    return bytes(data) or None
