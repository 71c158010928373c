"""How a grid cell looks: its number in the locale, tooltip, status colour and symbol."""

from __future__ import annotations

from datetime import date
from functools import cache

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPen, QPixmap

from kpidesk.domain.entities import Kpi, Target
from kpidesk.domain.formatting import format_number
from kpidesk.domain.periods import Period
from kpidesk.domain.types import Direction, Status
from kpidesk.gui.labels import STATUS_COLOURS, STATUS_SYMBOLS, status_names
from kpidesk.gui.models.formatting import format_date
from kpidesk.gui.period_labels import period_label

_EDIT_DIGITS = 10


def format_value(value: float | None, decimals: int, locale: QLocale) -> str:
    """The value as the grid shows it: the KPI's decimals, grouped digits."""
    if value is None:
        return ""
    # The same digits as the PDF scorecard: one formatter for screens and reports.
    language = "nb" if locale.name().split("_")[0] in ("nb", "no", "nn") else "en"
    return format_number(value, max(0, decimals), language)


def edit_text(value: float | None, locale: QLocale) -> str:
    """The value in full precision, ungrouped, as an editor or a copied cell holds it."""
    if value is None:
        return ""
    text = f"{value:.{_EDIT_DIGITS}f}".rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text.replace(".", locale.decimalPoint())


def example_number(locale: QLocale | None = None) -> str:
    """A number written the way the UI expects it, for messages: 1 234,5 or 1,234.5."""
    return (locale or QLocale()).toString(1234.5, "f", 1)


def score_label(kpi: Kpi, value: float | None) -> str:
    """The scale's word for a score ("Satisfied"), or "" when it has none."""
    if kpi.scale is None or value is None or not float(value).is_integer():
        return ""
    return kpi.scale.labels.get(int(value), "")


def target_text(kpi: Kpi, target: Target | None, locale: QLocale) -> str:
    """The target in force, as a sentence for the tooltip; "" without one."""
    if target is None:
        return ""

    def fmt(value: float | None) -> str:
        return format_value(value, kpi.decimals, locale)

    if kpi.direction is Direction.RANGE:
        if target.low is None and target.high is None:
            return ""
        return QCoreApplication.translate("EntryGrid", "Target: between {0} and {1}.").format(
            fmt(target.low) or "…", fmt(target.high) or "…"
        )
    if target.realistic is None:
        return ""
    if target.stretch is not None:
        return QCoreApplication.translate("EntryGrid", "Target: {0} (stretch {1}).").format(
            fmt(target.realistic), fmt(target.stretch)
        )
    return QCoreApplication.translate("EntryGrid", "Target: {0}.").format(fmt(target.realistic))


def status_text(status: Status) -> str:
    return QCoreApplication.translate("EntryGrid", "Status: {0} {1}.").format(
        STATUS_SYMBOLS[status], status_names()[status]
    )


@cache
def status_brush(status: Status) -> QBrush:
    """A light tint of the status colour that leaves the number readable (light and dark)."""
    colour = QColor(STATUS_COLOURS[status])
    colour.setAlpha(46)
    return QBrush(colour)


@cache
def closed_brush() -> QBrush:
    """Closed periods: a grey wash that reads as "not editable" on light and dark palettes."""
    return QBrush(QColor(128, 128, 128, 64))


def closed_text(period: Period, closed_through: date | None, locale: QLocale) -> str:
    """Why a closed period's values cannot change, and what to do about it."""
    return QCoreApplication.translate(
        "EntryGrid",
        "{0} is closed (periods through {1} are). Its values cannot be changed "
        "unless the periods are reopened.",
    ).format(
        period_label(period, locale, year=True),
        format_date(closed_through) if closed_through else "",
    )


@cache
def missing_brush() -> QBrush:
    """Past periods without a value: hatched, so the mark does not rest on colour alone."""
    return QBrush(QColor(217, 142, 4, 110), Qt.BrushStyle.BDiagPattern)


SYMBOL_SIZE = 14
"""The side of a status symbol in device-independent pixels."""


def _symbol_canvas(ratio: float) -> tuple[QPixmap, QPainter]:
    """A transparent square of SYMBOL_SIZE for a screen of `ratio`, and a painter on it."""
    side = round(SYMBOL_SIZE * ratio)
    pixmap = QPixmap(side, side)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


@cache
def status_pixmap(status: Status, ratio: float = 1.0, colour: str = "") -> QPixmap:
    """The status symbol (★ ✓ ▲ ✕ –) for a screen of `ratio`, in its colour unless given."""
    pixmap, painter = _symbol_canvas(ratio)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    font = QFont()
    font.setPixelSize(12)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor(colour or STATUS_COLOURS[status]))
    box = QRectF(0, 0, SYMBOL_SIZE, SYMBOL_SIZE)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, STATUS_SYMBOLS[status])
    painter.end()
    return pixmap


@cache
def lock_pixmap(ratio: float = 1.0, colour: str = "#5F6B76") -> QPixmap:
    """A small padlock drawn with lines (no font has to hold the glyph)."""
    pixmap, painter = _symbol_canvas(ratio)
    pen = QPen(QColor(colour))
    pen.setWidthF(1.6)
    painter.setPen(pen)
    painter.drawArc(QRectF(4, 1.5, 6, 7), 0, 180 * 16)  # the shackle
    painter.drawLine(QPointF(4, 5), QPointF(4, 6.5))
    painter.drawLine(QPointF(10, 5), QPointF(10, 6.5))
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(QRectF(2.5, 6.5, 9, 6.5), 1.5, 1.5)  # the body
    painter.end()
    return pixmap


@cache
def status_icon(status: Status) -> QIcon:
    """The status symbol as an icon, sharp at 1× and 2× (the model's DecorationRole)."""
    icon = QIcon()
    for ratio in (1.0, 2.0):
        icon.addPixmap(status_pixmap(status, ratio))
    return icon
