"""A light sparkline: one QPainter polyline per run of values; a missing value is a gap."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget


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


class Sparkline(QWidget):
    """Values oldest first; no axes, no pyqtgraph: a tile has dozens of these."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: list[float | None] = []
        self._reference: float | None = None
        self.colour = QColor()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    def sizeHint(self) -> QSize:
        return QSize(160, 32)

    def set_values(self, values: Sequence[float | None], reference: float | None = None) -> None:
        """The values to draw (None = gap) and an optional target drawn as a dotted line."""
        self._values = list(values)
        self._reference = reference
        self.update()

    def values(self) -> list[float | None]:
        return list(self._values)

    def paintEvent(self, event: QPaintEvent) -> None:
        pieces = runs(self._values)
        if not pieces:
            return
        known = [v for piece in pieces for _, v in piece]
        if self._reference is not None and math.isfinite(self._reference):
            known.append(self._reference)
        low, high = min(known), max(known)
        span = high - low or 1.0
        rect = QRectF(self.rect()).adjusted(3, 3, -3, -3)
        steps = max(len(self._values) - 1, 1)

        def point(i: int, v: float) -> QPointF:
            return QPointF(
                rect.left() + rect.width() * i / steps,
                rect.bottom() - rect.height() * (v - low) / span,
            )

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = self.colour if self.colour.isValid() else self.palette().text().color()
        if self._reference is not None and math.isfinite(self._reference):
            muted = QColor(self.palette().placeholderText().color())
            pen = QPen(muted, 1, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            y = point(0, self._reference).y()
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        painter.setPen(QPen(colour, 1.6))
        for piece in pieces:
            if len(piece) == 1:
                painter.drawPoint(point(*piece[0]))
            else:
                painter.drawPolyline(QPolygonF([point(i, v) for i, v in piece]))
        last = len(self._values) - 1
        if self._values[last] is not None:  # the period shown, as a dot
            painter.setBrush(colour)
            painter.drawEllipse(point(last, self._values[last]), 2.5, 2.5)
        painter.end()
