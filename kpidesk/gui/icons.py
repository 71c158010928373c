"""Icons from resources/icons/*.svg (crisp at any scale).

An icon may have a white twin in resources/icons/selected/ for Qt's Selected
mode, so it stays visible on the highlight colour of a selected list row.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from kpidesk.paths import resource


@cache
def icon(name: str) -> QIcon:
    """The SVG icon `name` (an empty icon if it is missing)."""
    path = resource("icons", f"{name}.svg")
    if not path.exists():
        return QIcon()
    result = QIcon(str(path))
    selected = resource("icons", "selected", f"{name}.svg")
    if selected.exists():
        result.addFile(str(selected), mode=QIcon.Mode.Selected)
    return result
