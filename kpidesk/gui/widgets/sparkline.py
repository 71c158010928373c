"""A light sparkline: one QPainter polyline per run of values; a missing value is a gap."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QPolygonF


def runs(values: Sequence[float | None]) -> list[list[tuple[int, float]]]:
    """The unbroken runs of (index, value); None (and NaN) split them."""
    result: list[list[tuple[int, float]]] = []
    current: list[tuple[int, float]] = []
    for i, v in enumerate(values):
        if v is None or not math.isfinite(v):
            if current:
                result.append(current)
            current = []
        else:
            current.append((i, v))
    if current:
        result.append(current)
    return result


class Sparkline:
    """Values oldest first, drawn into part of a tile: no axes, no pyqtgraph, and no widget
    of its own (a dashboard has dozens; a child widget each cost the start ~3 ms)."""

    def __init__(self) -> None:
        self._values: list[float | None] = []
        self._reference: float | None = None
        self.colour = QColor()

    def set_values(self, values: Sequence[float | None], reference: float | None = None) -> None:
        """The values to draw (None = gap) and an optional target drawn as a dotted line."""
        self._values = list(values)
        self._reference = reference

    def values(self) -> list[float | None]:
        return list(self._values)

    def paint(self, painter: QPainter, area: QRectF, palette: QPalette) -> None:
        """Draw into `area` (its edges left free) with `palette`'s colours."""
        pieces = runs(self._values)
        if not pieces:
            return
        known = [v for piece in pieces for _, v in piece]
        if self._reference is not None and math.isfinite(self._reference):
            known.append(self._reference)
        low, high = min(known), max(known)
        span = high - low or 1.0
        rect = area.adjusted(3, 3, -3, -3)
        steps = max(len(self._values) - 1, 1)

        def point(i: int, v: float) -> QPointF:
            return QPointF(
                rect.left() + rect.width() * i / steps,
                rect.bottom() - rect.height() * (v - low) / span,
            )

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = self.colour if self.colour.isValid() else palette.text().color()
        if self._reference is not None and math.isfinite(self._reference):
            muted = QColor(palette.placeholderText().color())
            pen = QPen(muted, 1, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            y = point(0, self._reference).y()
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        painter.setPen(QPen(colour, 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for piece in pieces:
            if len(piece) == 1:
                painter.drawPoint(point(*piece[0]))
            else:
                painter.drawPolyline(QPolygonF([point(i, v) for i, v in piece]))
        last = len(self._values) - 1
        if self._values[last] is not None:  # the period shown, as a dot
            painter.setBrush(colour)
            painter.drawEllipse(point(last, self._values[last]), 2.5, 2.5)
        painter.restore()
