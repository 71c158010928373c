"""Helpers for the Goals and KPIs screen tests: a context on a file, modal dialogs answered."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QDialog, QWidget

from kpidesk.gui.context import AppContext
from kpidesk.gui.settings import Settings
from kpidesk.store.connection import Store, open_database


def make_context(tmp_path: Path, store: Store | None) -> AppContext:
    """A context with private settings and `store` open."""
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    context = AppContext(settings, "en")
    context.set_store(store)
    return context


def open_demo(demo_path: Path, *, read_only: bool = False) -> Store:
    return open_database(demo_path, read_only=read_only)


def answer_dialogs(
    monkeypatch: pytest.MonkeyPatch, cls: type[QDialog], fill: Callable[[QDialog], None]
) -> list[QDialog]:
    """Instead of running `cls` modally, call `fill(dialog)` and return its result.

    `fill` presses OK or Cancel itself (or leaves the dialog open = rejected).
    """
    seen: list[QDialog] = []

    def exec_(self: QDialog) -> int:
        seen.append(self)
        self.show()
        fill(self)
        return self.result()

    monkeypatch.setattr(cls, "exec", exec_)
    return seen


def unnamed_focusable(root: QWidget) -> list[str]:
    """Object names of widgets that take focus but have no accessible name."""
    from PySide6.QtCore import Qt

    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if widget.window() is not root.window():
            continue  # popups (a combo box's list) are windows of their own
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own parts (e.g. the line edit inside a spin box)
        # A button's text is its accessible name (Qt reads it to screen readers).
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not widget.accessibleName().strip() and not text.replace("&", "").strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing
