"""The TrueType font every document embeds, so æøå, −, ≥, € and symbols print.

DejaVu Sans Condensed (Bitstream Vera licence, see resources/fonts/LICENSE-DejaVu.txt):
narrow enough for eight-column tables on A4, and it has ✓ ✕ ▲ ★ for statuses.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kpidesk.paths import resource

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
    for name, filename in _FILES.items():
        path = resource("fonts", filename)
        if not path.is_file():
            raise FileNotFoundError(f"the report font {filename} is missing from {path.parent}")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    # <b> and <i> inside a Paragraph pick the right face of the family.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR
