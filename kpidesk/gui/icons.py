"""Icons from resources/icons/*.svg (crisp at any scale).

Each icon also gets a white variant for Qt's Selected mode, so it stays
visible on the highlight colour of a selected list row.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from kpidesk.paths import resource

ICON_COLOUR = "#4A78A8"
SIZES = (16, 24, 32, 48)


def _pixmap(svg: bytes, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    QSvgRenderer(QByteArray(svg)).render(painter)
    painter.end()
    return pixmap


@cache
def icon(name: str) -> QIcon:
    """The SVG icon `name` (an empty icon if it is missing)."""
    path = resource("icons", f"{name}.svg")
    if not path.exists():
        return QIcon()
    result = QIcon(str(path))
    svg = path.read_bytes()
    if ICON_COLOUR.encode() in svg:
        white = svg.replace(ICON_COLOUR.encode(), b"#FFFFFF")
        for size in SIZES:
            result.addPixmap(_pixmap(white, size), QIcon.Mode.Selected)
    return result
