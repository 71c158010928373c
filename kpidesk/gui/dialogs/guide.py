"""The KPI guide, in the app's language."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from kpidesk.paths import resource


class GuideDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("KPI guide"))
        self.resize(640, 720)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("KPI guide"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(resource("guide", f"guide_{language}.md").read_text("utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
