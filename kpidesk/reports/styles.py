"""The look of the documents: page geometry, colours, status marks and named styles."""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm

from kpidesk.domain.types import Status
from kpidesk.reports.fonts import BOLD, ITALIC, REGULAR, register_fonts

PAGE = A4
MARGIN_X = 15 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 18 * mm
FRAME_WIDTH = PAGE[0] - 2 * MARGIN_X

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
RULE = colors.HexColor("#9aa5b1")
FAINT = colors.HexColor("#e4e7eb")
BAND = colors.HexColor("#f5f7fa")
ACCENT = colors.HexColor("#1d4e89")

# Colour AND a symbol per status: printed in black and white, the symbol still tells.
STATUS_COLOUR = {
    Status.STRETCH_MET: colors.HexColor("#0b6e4f"),
    Status.ON_TRACK: colors.HexColor("#2e8540"),
    Status.AT_RISK: colors.HexColor("#b7791f"),
    Status.OFF_TRACK: colors.HexColor("#c53030"),
    Status.NO_DATA: colors.HexColor("#7b8794"),
    Status.NO_TARGET: colors.HexColor("#7b8794"),
}
STATUS_SYMBOL = {
    Status.STRETCH_MET: "★",
    Status.ON_TRACK: "✓",
    Status.AT_RISK: "▲",
    Status.OFF_TRACK: "✕",
    Status.NO_DATA: "–",
    Status.NO_TARGET: "○",
}


def status_for_score(score: float | None) -> Status:
    """The status band a goal score falls in (the same bands as a KPI's score)."""
    if score is None:
        return Status.NO_DATA
    if score >= 100:
        return Status.STRETCH_MET
    if score >= 80:
        return Status.ON_TRACK
    return Status.AT_RISK if score >= 50 else Status.OFF_TRACK


@cache
def stylesheet() -> StyleSheet1:
    """Named paragraph styles shared by the scorecard and the charter."""
    register_fonts()
    sheet = StyleSheet1()
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=11.5, textColor=INK)
    sheet.add(base)

    def add(name: str, **kw: object) -> None:
        sheet.add(ParagraphStyle(name, parent=sheet[kw.pop("parent", "body")], **kw))

    add("title", fontName=BOLD, fontSize=20, leading=24, textColor=ACCENT)
    add("subtitle", fontSize=12, leading=15, textColor=INK, spaceAfter=2)
    add("meta", fontSize=8.5, leading=11, textColor=MUTED)
    add("meta_right", parent="meta", alignment=TA_RIGHT)
    add("h1", fontName=BOLD, fontSize=14, leading=17, textColor=ACCENT, spaceBefore=4, spaceAfter=4)
    add("h2", fontName=BOLD, fontSize=11, leading=14, spaceBefore=6, spaceAfter=2)
    add("h3", fontName=BOLD, fontSize=9.5, leading=12, spaceBefore=2, spaceAfter=1)
    add("small", fontSize=8, leading=10)
    add("small_muted", fontSize=7.5, leading=9.5, textColor=MUTED)
    add("note", fontName=ITALIC, fontSize=8, leading=10, textColor=MUTED)
    add("cell", fontSize=8, leading=9.8, alignment=TA_LEFT)
    add("cell_bold", parent="cell", fontName=BOLD)
    add("cell_status", parent="cell", fontSize=7.5, leading=9)
    add("cell_num", parent="cell", alignment=TA_RIGHT)
    add("cell_num_bold", parent="cell_num", fontName=BOLD)
    add("cell_sub", fontSize=7, leading=8.5, textColor=MUTED)
    add("cell_sub_num", parent="cell_sub", alignment=TA_RIGHT)
    add("head", fontName=BOLD, fontSize=7.5, leading=9, textColor=MUTED)
    add("head_num", parent="head", alignment=TA_RIGHT)
    add("tile_title", fontName=BOLD, fontSize=8.5, leading=10.5)
    add("tile_score", fontName=BOLD, fontSize=18, leading=21)
    add("card_label", fontName=BOLD, fontSize=8, leading=10, textColor=MUTED)
    add("card_text", fontSize=8.5, leading=11)
    return sheet
