"""The worksheet as PDF: the print variant of the worksheet template, laid out by WeasyPrint.

The CJK font is Noto Sans CJK (OFL) from the ``noto-cjk-sans-otc`` package, loaded with ``@font-face`` and
embedded as a subset. The collection opens with Japanese glyph shapes unless the text carries a Chinese
``lang``; the template sets ``zh-Hans`` or ``zh-Hant`` from the text. Subsetting that 19.5 MB collection takes
4–8 s with fontTools alone and about 0.3 s with Debian's libharfbuzz-subset0, which WeasyPrint uses when
present (measured on a 3-page sheet; see ../shared/notes/research.md).
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from ..atomic import write_atomic
from ..errors import ConfigError, QuizgenError
from ..items.model import ItemSet
from .worksheet import check_options, render


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


def render_pdf(itemset: ItemSet, **opts: Any) -> bytes:
    """The worksheet PDF as bytes; ``opts`` as for :func:`quizgen.export.worksheet.render_html`."""
    check_options(opts.get("pinyin", "above"), opts.get("paper", "a4"))
    html = render(itemset, target="pdf", font_url=font_path().as_uri(), **opts)
    try:
        import weasyprint  # type: ignore[import-untyped]  # imported here: the import alone costs about 0.5 s
    except ImportError:
        raise ConfigError("PDF output needs WeasyPrint. Install it: pip install 'weasyprint>=70,<71'") from None
    for name in ("weasyprint", "fontTools"):  # WeasyPrint warns about CSS it ignores; not the user's business
        logging.getLogger(name).setLevel(logging.ERROR)
    try:
        return weasyprint.HTML(string=html, base_url=None).write_pdf()
    except OSError as e:
        raise QuizgenError(f"cannot make the PDF: {e}. Check that pango is installed (apt install "
                           "libpango-1.0-0)") from None


def write_pdf(itemset: ItemSet, path: str | Path, **opts: Any) -> Path:
    """Write the worksheet PDF atomically (temporary file beside the target, then rename)."""
    return write_atomic(Path(path), render_pdf(itemset, **opts))
