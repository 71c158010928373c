"""File → Restore from Backup: pick one of the file's backups and put it in place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from kpidesk.gui.forms.ui_restore_dialog import Ui_RestoreDialog
from kpidesk.store.backups import BackupInfo, list_backups


class RestoreDialog(QDialog):
    """Lists the backups of `database` with what each holds; `chosen()` after Accepted."""

    def __init__(self, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        self.backups = list_backups(database, with_counts=True)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.ui.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self._fill()

    def _labels(self) -> dict[str, str]:
        return {
            "auto": self.tr("Daily"),
            "before-restore": self.tr("Before a restore"),
            "": self.tr("By hand"),
        }

    def _kind(self, info: BackupInfo) -> str:
        if info.label.startswith("v") and info.label[1:].split("-")[0].isdigit():
            return self.tr("Before an upgrade")
        return self._labels().get(info.label, info.label)

    def _fill(self) -> None:
        table = self.ui.backups_table
        headers = [
            self.tr("Taken"),
            self.tr("Kind"),
            self.tr("Goals"),
            self.tr("KPIs"),
            self.tr("Values"),
        ]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(self.backups))
        locale = QLocale()
        for row, info in enumerate(self.backups):
            cells = [
                locale.toString(info.taken_at, QLocale.FormatType.ShortFormat),
                self._kind(info),
                *(_count(n) for n in (info.goals, info.kpis, info.values)),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        has_backups = bool(self.backups)
        table.setVisible(has_backups)
        self.ui.backups_label.setVisible(has_backups)
        self.ui.empty_label.setVisible(not has_backups)
        if has_backups:
            table.selectRow(0)
        self.restore_button.setEnabled(has_backups)

    def chosen(self) -> BackupInfo | None:
        """The backup selected, if any."""
        rows = self.ui.backups_table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None


def _count(value: int | None) -> str:
    return "–" if value is None else QLocale().toString(value)
