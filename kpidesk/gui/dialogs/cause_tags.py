"""Edit the business's cause tags: add, rename, remove (Edit → Cause Tags…)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from kpidesk.gui.context import AppContext
from kpidesk.gui.forms.ui_cause_tags_dialog import Ui_CauseTagsDialog
from kpidesk.store import causes
from kpidesk.store.connection import Store
from kpidesk.store.errors import StoreError

TAG_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CauseTagsDialog(QDialog):
    """Each change is saved at once (and kept in the change log)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_CauseTagsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.message_label.setStyleSheet("QLabel { color: #B3261E; }")
        ui.message_label.hide()
        ui.add_button.clicked.connect(self.add)
        ui.rename_button.clicked.connect(self.rename)
        ui.remove_button.clicked.connect(self.remove)
        ui.tags_list.itemDoubleClicked.connect(lambda _: self.rename())
        ui.tags_list.currentRowChanged.connect(lambda _: self._update_buttons())
        ui.buttons.rejected.connect(self.reject)
        self.refresh()

    @property
    def _read_only(self) -> bool:
        return self.context.read_only

    def refresh(self, select: int | None = None) -> None:
        """Reload the tags from the file (selecting tag `select` if given)."""
        tags = self.ui.tags_list
        tags.clear()
        store = self.context.store
        for tag in causes.list_causes(store) if store is not None else []:
            tags.addItem(tag.name)
            tags.item(tags.count() - 1).setData(TAG_ID_ROLE, tag.id)
            if tag.id == select:
                tags.setCurrentRow(tags.count() - 1)
        self.ui.add_button.setEnabled(not self._read_only)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.ui.tags_list.currentItem() is not None and not self._read_only
        self.ui.rename_button.setEnabled(chosen)
        self.ui.remove_button.setEnabled(chosen)

    def _ask_name(self, title: str, current: str = "") -> str:
        name, ok = QInputDialog.getText(
            self, title, self.tr("Name of the cause tag:"), QLineEdit.EchoMode.Normal, current
        )
        return name.strip() if ok else ""

    def add(self) -> None:
        name = self._ask_name(self.tr("Add a cause tag"))
        if name:
            self._save(lambda store: causes.add_cause(store, name).id, name)

    def rename(self) -> None:
        item = self.ui.tags_list.currentItem()
        if item is None or self._read_only:
            return
        tag_id = item.data(TAG_ID_ROLE)
        name = self._ask_name(self.tr("Rename the cause tag"), item.text())
        if name and name != item.text():
            self._save(lambda store: causes.rename_cause(store, tag_id, name) or tag_id, name)

    def remove(self) -> None:
        item = self.ui.tags_list.currentItem()
        store = self.context.store
        if item is None or store is None or self._read_only:
            return
        tag_id = item.data(TAG_ID_ROLE)
        uses = causes.cause_uses(store).get(tag_id, 0)
        question = (
            self.tr("Remove “{0}”? Values it explains: {1}. They stay, without this tag.")
            if uses
            else self.tr("Remove “{0}”? No value uses it.")
        ).format(item.text(), uses)
        answer = QMessageBox.question(self, self.tr("Remove the cause tag"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self._save(lambda store: causes.remove_cause(store, tag_id) or None, item.text())

    def _save(self, change: Callable[[Store], int | None], name: str) -> None:
        """Make `change` (which returns the tag to select) and show the result."""
        store = self.context.store
        if store is None:
            return
        try:
            chosen = change(store)
        except StoreError:
            self.ui.message_label.setText(
                self.tr("“{0}” was not saved: there is a cause tag with that name already.").format(
                    name
                )
            )
            self.ui.message_label.show()
            return
        self.ui.message_label.hide()
        self.refresh(chosen)
        self.context.changed("causes")
