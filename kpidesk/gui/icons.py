"""Icons from resources/icons/*.svg (crisp at any scale)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from kpidesk.paths import resource


@cache
def icon(name: str) -> QIcon:
    """The SVG icon `name` (an empty icon if it is missing)."""
    path = resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()
