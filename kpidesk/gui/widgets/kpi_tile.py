"""A dashboard tile: a KPI's value, target, status (colour and symbol), changes, sparkline.

Painted with QPainter rather than built from labels: a dashboard holds dozens
of tiles and must be built and painted within 150 ms.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from kpidesk.domain.entities import Kpi, Target
from kpidesk.domain.formatting import DASH, format_change, format_percent_change, format_value
from kpidesk.domain.tiles import TileData
from kpidesk.domain.types import Direction, Status
from kpidesk.gui.labels import STATUS_COLOURS, STATUS_SYMBOLS, status_names
from kpidesk.gui.widgets.sparkline import Sparkline

TILE_SIZE = QSize(244, 150)
_ACTIVATE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


@dataclass(frozen=True)
class TileText:
    """What a tile says, in the UI language."""

    name: str
    value: str
    status: Status
    status_text: str
    target: str
    previous: str
    last_year: str
    note: str
    """The period shown when it is not the dashboard's (a quarterly KPI in a month view)."""

    @property
    def accessible(self) -> str:
        # {0} KPI name, {1} value, {2} status, {3} the target line.
        return QCoreApplication.translate("KpiTile", "{0}: {1}, {2}, {3}").format(
            self.name, self.value, self.status_text, self.target
        )


def _target_text(kpi: Kpi, target: Target | None, lang: str) -> str:
    if target is None:
        return QCoreApplication.translate("KpiTile", "no target")
    unit, decimals = kpi.unit, kpi.decimals
    if kpi.direction == Direction.RANGE:
        low = format_value(target.low, unit, decimals, lang)
        high = format_value(target.high, unit, decimals, lang)
        return QCoreApplication.translate("KpiTile", "target {0} – {1}").format(low, high)
    if target.realistic is None:
        return QCoreApplication.translate("KpiTile", "no target")
    return QCoreApplication.translate("KpiTile", "target {0}").format(
        format_value(target.realistic, unit, decimals, lang)
    )


def change_text(kpi: Kpi, change: float | None, pct: float | None, lang: str) -> str:
    """A change as the owner reads it: per cent, or percentage points for a % KPI."""
    if change is None:
        return DASH
    if kpi.unit.strip() == "%" or pct is None:
        return format_change(change, kpi.unit, kpi.decimals, lang)
    return format_percent_change(pct, lang)


def tile_text(kpi: Kpi, tile: TileData, lang: str, note: str = "") -> TileText:
    """The words and numbers of one tile (every number through domain.formatting)."""
    prev, year = tile.vs_previous, tile.vs_last_year
    return TileText(
        name=kpi.name,
        value=format_value(tile.value, kpi.unit, kpi.decimals, lang),
        status=tile.status,
        status_text=status_names()[tile.status],
        target=_target_text(kpi, tile.target, lang),
        previous=""
        if tile.to_date
        else QCoreApplication.translate("KpiTile", "{0} vs previous").format(
            change_text(kpi, prev.change, prev.change_pct, lang)
        ),
        last_year=QCoreApplication.translate("KpiTile", "{0} vs last year").format(
            change_text(kpi, year.change, year.change_pct, lang)
        ),
        note=note,
    )


class KpiTile(QWidget):
    """One KPI; a click, Enter or Space emits `activated(kpi_id)`."""

    activated = Signal(int)

    def __init__(
        self,
        kpi_id: int,
        text: TileText,
        sparkline: list[float | None],
        reference: float | None = None,
        scale: float = 1.0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kpi_id = kpi_id
        self.text = text
        self.scale = scale
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFixedSize(TILE_SIZE * scale)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(text.accessible)
        self.setAccessibleDescription(" · ".join(t for t in (text.previous, text.last_year) if t))
        self.setToolTip(
            "\n".join(t for t in (text.name, text.note, text.previous, text.last_year) if t)
        )
        self.sparkline = Sparkline()
        self.sparkline.colour = QColor(STATUS_COLOURS[text.status])
        if text.status in (Status.NO_DATA, Status.NO_TARGET):
            self.sparkline.colour = QColor("#4A78A8")
        self.sparkline.set_values(sparkline, reference)
        base = QFont(self.font())
        size = base.pointSizeF() if base.pointSizeF() > 0 else 9.0
        self._name_font = QFont(base)
        self._name_font.setPointSizeF(size * scale)
        self._name_font.setBold(True)
        self._value_font = QFont(base)
        self._value_font.setPointSizeF(size * 1.75 * scale)
        self._value_font.setBold(True)
        self._small_font = QFont(base)
        self._small_font.setPointSizeF(size * 0.95 * scale)
        self._symbol_font = QFont(base)
        self._symbol_font.setPointSizeF(size * 1.1 * scale)
        self._symbol_font.setBold(True)

    # --- input ------------------------------------------------------------------
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.activated.emit(self.kpi_id)
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ACTIVATE_KEYS:
            self.activated.emit(self.kpi_id)
            return
        super().keyPressEvent(event)

    # --- painting ---------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        s, text = self.scale, self.text
        palette = self.palette()
        colour = QColor(STATUS_COLOURS[text.status])
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        border = palette.color(QPalette.ColorRole.Highlight) if self.hasFocus() else palette.mid()
        painter.setPen(QPen(border, 2.5 if self.hasFocus() else 1))
        painter.setBrush(palette.base())
        painter.drawRoundedRect(frame, 6 * s, 6 * s)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)  # the status strip along the left edge
        painter.drawRoundedRect(QRectF(1, 1, 6 * s, frame.height()), 3 * s, 3 * s)

        left, width = int(14 * s), int(self.width() - 24 * s)
        badge = int(22 * s)
        painter.drawEllipse(QRectF(self.width() - badge - 8 * s, 8 * s, badge, badge))
        painter.setPen(QColor("white"))
        painter.setFont(self._symbol_font)
        painter.drawText(
            QRectF(self.width() - badge - 8 * s, 8 * s, badge, badge),
            Qt.AlignmentFlag.AlignCenter,
            STATUS_SYMBOLS[text.status],
        )
        text_colour = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        y = int(8 * s)
        y = self._line(painter, self._name_font, text_colour, text.name, left, y, width - badge)
        y = self._line(painter, self._value_font, text_colour, text.value, left, y + 1, width)
        status_colour = colour.darker(115) if palette.base().color().lightness() > 128 else colour
        status = f"{STATUS_SYMBOLS[text.status]} {text.status_text}"
        metrics = QFontMetrics(self._small_font)
        painter.setFont(self._small_font)
        painter.setPen(status_colour)
        painter.drawText(left, y + metrics.ascent(), status)
        offset = metrics.horizontalAdvance(status + "  ")
        painter.setPen(text_colour)
        target = metrics.elidedText(text.target, Qt.TextElideMode.ElideRight, width - offset)
        painter.drawText(left + offset, y + metrics.ascent(), target)
        y += metrics.height() + int(2 * s)
        for line in (text.note, text.previous, text.last_year):
            if line:
                y = self._line(painter, self._small_font, muted, line, left, y, width)
        spark = QRectF(
            int(14 * s), int(self.height() - 36 * s), int(self.width() - 24 * s), int(30 * s)
        )
        self.sparkline.paint(painter, spark, palette)
        painter.end()

    @staticmethod
    def _line(
        painter: QPainter, font: QFont, colour: QColor, text: str, x: int, y: int, width: int
    ) -> int:
        """Draw one elided line at top `y`; the top of the next line."""
        metrics = QFontMetrics(font)
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(
            x, y + metrics.ascent(), metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        )
        return y + metrics.height()
