"""The TrueType font every document embeds, so æøå, −, ≥, € and symbols print.

DejaVu Sans Condensed (Bitstream Vera licence, see resources/fonts/LICENSE-DejaVu.txt):
narrow enough for eight-column tables on A4, and it has ✓ ✕ ▲ ★ for statuses.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics

from kpidesk.paths import resource
from kpidesk.reports.font_cache import load_font

REGULAR = "KpiDeskSans"
BOLD = "KpiDeskSans-Bold"
ITALIC = "KpiDeskSans-Italic"

_FILES = {
    REGULAR: "DejaVuSansCondensed.ttf",
    BOLD: "DejaVuSansCondensed-Bold.ttf",
    ITALIC: "DejaVuSansCondensed-Oblique.ttf",
}


@cache
def register_fonts() -> str:
    """Register the fonts once per process; returns the family name for styles."""
    cache = _cache_folder()
    for name, filename in _FILES.items():
        path = resource("fonts", filename)
        if not path.is_file():
            raise FileNotFoundError(f"the report font {filename} is missing from {path.parent}")
        pdfmetrics.registerFont(load_font(name, path, cache))
    # <b> and <i> inside a Paragraph pick the right face of the family.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR


def _cache_folder() -> Path | None:
    """Where parsed fonts are kept between runs; None (parse each time) if it cannot be made."""
    from kpidesk.locations import cache_dir

    try:
        return cache_dir()
    except OSError:
        return None
