"""What every screen of the main window has in common."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QStackedWidget, QWidget

from kpidesk.gui.context import AppContext


class Screen(QWidget):
    """A page of the main window; reloads itself when the file or its data change."""

    icon_name = ""
    watches: tuple[str, ...] = ()
    """The kinds of change (see AppContext.changed) that make this screen reload."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = False
        context.signals.store_changed.connect(self._reload)
        context.signals.data_changed.connect(self._on_data_changed)

    def title(self) -> str:
        """The screen's name in the navigation, translated."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload everything shown from the open file."""

    def shot_dialogs(self) -> dict[str, Callable[[], QWidget]]:
        """Dialogs of this screen for `kpidesk shots`: name → a function that opens one."""
        return {}

    def _on_data_changed(self, what: str) -> None:
        if what in self.watches:
            self._reload()

    def _reload(self) -> None:
        # A page the main window is not showing only notes that it is stale and
        # reloads when shown: opening a file then reads what the first page needs.
        stack = self.parentWidget()
        if isinstance(stack, QStackedWidget) and stack.currentWidget() is not self:
            self._stale = True
        else:
            self._stale = False
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)


def open_screen(widget: QWidget, key: str) -> QWidget | None:
    """Bring the main window's screen `key` to the front (None outside a main window)."""
    window = widget.window()
    entries = getattr(window, "entries", None) or []
    for row, entry in enumerate(entries):
        if entry.key == key:
            screen = window.screen_at(row)
            window.show_screen(screen)
            return screen
    return None
