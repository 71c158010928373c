"""File → Restore from Backup in the app."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from kpidesk.gui.dialogs.restore import RestoreDialog
from kpidesk.store.backups import daily_backup
from kpidesk.store.measurements import count_values
from tests.gui.conftest import focusable_without_name


def test_restore_puts_the_backup_in_place_and_reopens(
    window, demo_path: Path, qtbot, monkeypatch
) -> None:
    daily_backup(demo_path, datetime(2026, 11, 1, 9, 0))
    assert window.files.open_path(str(demo_path))
    before = count_values(window.context.store)
    window.context.store.db.execute_sql("DELETE FROM measurement WHERE id % 3 = 0")
    assert count_values(window.context.store) < before
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: RestoreDialog.DialogCode.Accepted)
    assert window.action_restore.isEnabled()
    window.action_restore.trigger()
    qtbot.waitUntil(lambda: window.context.store is not None, timeout=10_000)
    assert count_values(window.context.store) == before
    assert demo_path.with_name(demo_path.name + ".before-restore").exists()


def test_a_damaged_file_offers_the_restore(window, demo_path: Path, monkeypatch) -> None:
    daily_backup(demo_path, datetime(2026, 11, 1, 9, 0))
    with sqlite3.connect(demo_path) as db:
        db.execute("PRAGMA writable_schema = ON")
        db.execute("UPDATE sqlite_master SET sql = 'garbage' WHERE name = 'business'")
    db.close()
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.No
    )
    assert not window.files.open_path(str(demo_path))
    assert "damaged" in asked[0] and "backup" in asked[0]


def test_restore_dialog_lists_backups_with_counts(qtbot, demo_path: Path, context) -> None:
    daily_backup(demo_path, datetime(2026, 11, 1, 9, 0))
    dialog = RestoreDialog(demo_path)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.ui.backups_table
    assert table.rowCount() == 1
    assert table.item(0, 2).text() == "3" and table.item(0, 3).text() == "16"
    assert dialog.chosen() is not None
    assert focusable_without_name(dialog) == []
