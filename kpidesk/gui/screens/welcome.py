"""The first screen: start a new business, open a file, or try the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListWidgetItem, QWidget

from kpidesk.gui.forms.ui_welcome import Ui_Welcome
from kpidesk.gui.settings import Settings


class WelcomeScreen(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(str)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.ui = Ui_Welcome()
        self.ui.setupUi(self)
        font = QFont(self.ui.title.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.ui.title.setFont(font)
        self.ui.new_button.clicked.connect(self.new_requested)
        self.ui.open_button.clicked.connect(self.open_requested)
        self.ui.demo_button.clicked.connect(self.demo_requested)
        self.ui.recent_list.itemActivated.connect(
            lambda item: self.recent_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.refresh()

    def refresh(self) -> None:
        """Show the recent files."""
        self.ui.recent_list.clear()
        for location in self.settings.recent_files:
            item = QListWidgetItem(Path(location).name)
            item.setToolTip(location)
            item.setData(Qt.ItemDataRole.UserRole, location)
            self.ui.recent_list.addItem(item)
        has_recent = self.ui.recent_list.count() > 0
        self.ui.recent_list.setVisible(has_recent)
        self.ui.recent_label.setVisible(has_recent)
