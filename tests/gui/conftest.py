"""GUI fixtures: a context with private settings and the app's translators."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from kpidesk.gui.app import build_window, make_application
from kpidesk.gui.context import AppContext
from kpidesk.gui.i18n import install_language
from kpidesk.gui.settings import Settings


@pytest.fixture(scope="session")
def qapp_cls():
    return QApplication


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture(params=["en"])
def context(qapp, settings: Settings, request: pytest.FixtureRequest) -> Iterator[AppContext]:
    make_application()
    language = install_language(qapp, request.param)
    ctx = AppContext(settings, language)
    yield ctx
    ctx.set_store(None)
    install_language(qapp, "en")


@pytest.fixture
def window(context: AppContext, qtbot):
    win = build_window(context)
    qtbot.addWidget(win)
    win.resize(1200, 760)
    win.show()
    return win


def focusable_without_name(root: QWidget) -> list[str]:
    """Widgets a keyboard user can reach that a screen reader could not name."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAccessible

    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        if widget.inherits("QScrollBar") or widget.objectName().startswith("qt_"):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface else ""
        if not name.replace("&", "").strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing
