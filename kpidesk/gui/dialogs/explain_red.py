"""Explain the red: a comment and cause tags for values that just went off track."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from kpidesk.gui.forms.ui_explain_red_dialog import Ui_ExplainRedDialog
from kpidesk.store.causes import CauseTag

TAG_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ExplainRedDialog(QDialog):
    """Asks what happened; Save stores the comment and ticked tags, Skip stores nothing."""

    edit_tags_requested = Signal()

    def __init__(
        self,
        title: str,
        lines: Sequence[str],
        causes: Sequence[CauseTag],
        comment: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ExplainRedDialog()
        self.ui.setupUi(self)
        ui = self.ui
        font = ui.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        ui.title_label.setFont(font)
        ui.title_label.setText(title)
        ui.values_label.setText("\n".join(lines))
        ui.comment_edit.setText(comment)
        save = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Save"))
        save.setAccessibleName(self.tr("Save the comment and causes"))
        skip = ui.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        skip.setText(self.tr("S&kip"))
        skip.setAccessibleName(self.tr("Skip: leave the value unexplained"))
        self.set_causes(causes)
        ui.edit_tags_button.clicked.connect(self.edit_tags_requested)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.comment_edit.setFocus()

    def set_causes(self, causes: Sequence[CauseTag]) -> None:
        """Show `causes` as tickable chips, keeping the ticks of those still there."""
        ticked = set(self.cause_ids())
        self.ui.causes_list.clear()
        for cause in causes:
            item = QListWidgetItem(cause.name)
            item.setData(TAG_ID_ROLE, cause.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = cause.id in ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.ui.causes_list.addItem(item)

    def tick(self, names: Sequence[str]) -> None:
        """Tick the tags called `names` (for tests and screenshots)."""
        for row in range(self.ui.causes_list.count()):
            item = self.ui.causes_list.item(row)
            if item.text() in names:
                item.setCheckState(Qt.CheckState.Checked)

    def cause_names(self) -> list[str]:
        """The tags offered, in order."""
        return [self.ui.causes_list.item(r).text() for r in range(self.ui.causes_list.count())]

    def comment(self) -> str:
        return self.ui.comment_edit.text().strip()

    def cause_ids(self) -> list[int]:
        """The ids of the ticked tags, in the list's order."""
        items = (self.ui.causes_list.item(r) for r in range(self.ui.causes_list.count()))
        return [
            item.data(TAG_ID_ROLE) for item in items if item.checkState() == Qt.CheckState.Checked
        ]

    def dont_ask_again(self) -> bool:
        return self.ui.dont_ask_check.isChecked()
