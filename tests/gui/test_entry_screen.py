"""The data-entry screen: typing, pasting, clearing, undo — and what reaches the file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QInputDialog

from kpidesk.store.changelog import list_changes
from tests.gui import entry_fixtures
from tests.gui.entry_fixtures import edit_cell, month, value

# The shared fixtures (tests/gui/conftest.py belongs to the whole GUI suite).
kpis = entry_fixtures.kpis
entry_context = entry_fixtures.entry_context
screen = entry_fixtures.screen


def test_typing_a_value_stores_it_and_logs_the_change(screen, entry_context, kpis, qtbot):
    context = entry_context
    assert edit_cell(screen, qtbot, 0, 11, "1 234,5") is None
    assert value(context, kpis["REV"], month(10)) == 1234.5
    change = list_changes(context.store, kpi_id=kpis["REV"].id)[0]
    assert (change.field, change.old, change.new) == ("value", "800", "1234.5")
    assert screen.model.index(0, 11).data() == "1\u00a0235"
    assert screen.ui.grid.currentIndex().row() == 1  # Enter moved down
    # a new value: written with who and when, and counted in the change log
    edit_cell(screen, qtbot, 1, 0, "12")
    assert value(context, kpis["MARGIN"], month(-1)) == 12.0
    assert list_changes(context.store)[0].new == "1 new, 0 changed"


def test_undo_and_redo(screen, entry_context, kpis, qtbot):
    context, rev, margin = entry_context, kpis["REV"], kpis["MARGIN"]
    edit_cell(screen, qtbot, 0, 11, "950")
    edit_cell(screen, qtbot, 1, 0, "7,5")
    assert value(context, margin, month(-1)) == 7.5
    context.undo_stack.undo()  # a new value is cleared again
    assert value(context, margin, month(-1)) is None
    assert screen.model.index(1, 0).data() == ""
    context.undo_stack.undo()  # an old value comes back
    assert value(context, rev, month(10)) == 800.0
    context.undo_stack.redo()
    assert value(context, rev, month(10)) == 950.0
    assert screen.model.index(0, 11).data() == "950"


@pytest.mark.parametrize("text", ["12,3,4", "abc", "1.2.3,4,5"])
def test_invalid_text_changes_nothing_and_says_why(screen, entry_context, kpis, qtbot, text):
    editor = edit_cell(screen, qtbot, 0, 11, text)
    assert editor is not None and editor.text() == text  # still open, text kept
    assert text in screen.ui.message_label.text()
    assert screen.ui.message_label.isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert value(entry_context, kpis["REV"], month(10)) == 800.0
    assert entry_context.undo_stack.count() == 0


def test_paste_a_3x4_block_with_decimal_commas_then_undo(screen, entry_context, kpis):
    context, visits = entry_context, kpis["VISITS"]
    rows = ["1 234,5\t2,5\t3\t4", "5\t6,25\t7\t8", "9\t10\t11\t12,75"]
    QGuiApplication.clipboard().setText("\r\n".join(rows) + "\r\n")  # as Excel copies
    screen.ui.grid.setCurrentIndex(screen.model.index(3, 8))  # visits total, SEO, PPC × Jul–Oct
    screen.paste()
    assert screen.ui.message_label.text() == ""
    stored = {
        segment: [value(context, visits, month(m), segment) for m in (7, 8, 9, 10)]
        for segment in ("", "seo", "ppc")
    }
    assert stored == {
        "": [1234.5, 2.5, 3.0, 4.0],
        "seo": [5.0, 6.25, 7.0, 8.0],
        "ppc": [9.0, 10.0, 11.0, 12.75],
    }
    assert screen.model.index(3, 8).data() == "1\u00a0235"  # no decimals for visits
    assert context.undo_stack.count() == 1
    context.undo_stack.undo()
    assert value(context, visits, month(10), "seo") == 300.0
    assert value(context, visits, month(7)) is None
    assert screen.model.index(4, 11).data() == "300"


def test_a_bad_cell_in_a_pasted_block_names_it_and_writes_nothing(screen, entry_context, kpis):
    QGuiApplication.clipboard().setText("1\t2\n3\tabc\n")
    screen.ui.grid.setCurrentIndex(screen.model.index(0, 9))
    screen.paste()
    message = screen.ui.message_label.text()
    assert "Row 2, column 2" in message and "abc" in message
    assert value(entry_context, kpis["REV"], month(9)) == 1100.0
    assert entry_context.undo_stack.count() == 0


def test_a_block_too_big_or_off_the_scale_is_refused(screen, entry_context, kpis):
    QGuiApplication.clipboard().setText("1\t2\t3\n")
    screen.ui.grid.setCurrentIndex(screen.model.index(0, 10))
    screen.paste()
    assert "room for 6 rows and 2 columns" in screen.ui.message_label.text()
    QGuiApplication.clipboard().setText("9\n")
    screen.ui.grid.setCurrentIndex(screen.model.index(2, 10))
    screen.paste()
    assert "outside the scale" in screen.ui.message_label.text()
    assert entry_context.undo_stack.count() == 0


def test_delete_clears_the_selection_in_one_undo_step(screen, entry_context, kpis, qtbot):
    context, grid = entry_context, screen.ui.grid
    grid.setFocus()
    grid.setCurrentIndex(screen.model.index(0, 10))
    grid.selectionModel().select(
        screen.model.index(1, 11), grid.selectionModel().SelectionFlag.Select
    )
    grid.selectionModel().select(
        screen.model.index(0, 11), grid.selectionModel().SelectionFlag.Select
    )
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert value(context, kpis["REV"], month(9)) is None
    assert value(context, kpis["REV"], month(10)) is None
    assert value(context, kpis["MARGIN"], month(10)) is None
    assert context.undo_stack.count() == 1
    context.undo_stack.undo()
    assert value(context, kpis["REV"], month(9)) == 1100.0
    assert value(context, kpis["MARGIN"], month(10)) == 42.5


def test_copy_puts_the_selection_on_the_clipboard_as_tsv(screen, qtbot):
    grid = screen.ui.grid
    grid.setFocus()
    grid.setCurrentIndex(screen.model.index(0, 10))
    grid.selectionModel().select(
        screen.model.index(1, 11), grid.selectionModel().SelectionFlag.Select
    )
    qtbot.keyClick(grid, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "1100\t\n\t42,5\n"


def test_a_qualitative_kpi_offers_its_scale_labels(screen, entry_context, kpis, qtbot):
    grid = screen.ui.grid
    index = screen.model.index(2, 11)
    grid.setCurrentIndex(index)
    grid.edit(index)
    combo = grid.indexWidget(index)
    assert isinstance(combo, QComboBox)
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items[1:] == ["1 – Very dissatisfied", "2", "3", "4 – Satisfied", "5 – Very satisfied"]
    combo.setCurrentIndex(4)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.wait(20)
    assert value(entry_context, kpis["CSAT"], month(10)) == 4.0
    assert "Satisfied" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_a_comment_is_saved_and_undone(screen, entry_context, kpis, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("Closed a week", True))
    screen.ui.grid.setCurrentIndex(screen.model.index(0, 11))
    screen.edit_comment()
    assert screen.model.cell(0, 11).comment == "Closed a week"
    assert value(entry_context, kpis["REV"], month(10)) == 800.0
    entry_context.undo_stack.undo()
    assert screen.model.cell(0, 11).comment == ""


def test_a_read_only_file_cannot_be_edited(screen, entry_context, kpis):
    entry_context.store.read_only = True
    screen.refresh()
    assert not screen.model.flags(screen.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not screen.paste_action.isEnabled()
    QGuiApplication.clipboard().setText("5\n")
    screen.paste()
    entry_context.store.read_only = False
    assert value(entry_context, kpis["REV"], month(10)) == 800.0


def test_frequency_and_range_pickers(screen, entry_context):
    ui = screen.ui
    frequencies = [ui.frequency_combo.itemText(i) for i in range(ui.frequency_combo.count())]
    assert len(frequencies) == 2  # weekly and monthly KPIs only
    assert (ui.from_combo.currentText(), ui.to_combo.currentText()) == ("nov. 2025", "okt. 2026")
    ui.from_combo.setCurrentIndex(ui.from_combo.currentIndex() + 6)
    assert screen.model.columnCount() == 6
    ui.from_combo.setCurrentIndex(ui.to_combo.currentIndex() + 1)  # after "to": "to" follows
    assert ui.to_combo.currentIndex() == ui.from_combo.currentIndex()
    assert screen.model.columnCount() == 1
    ui.frequency_combo.setCurrentIndex(ui.frequency_combo.findText("Weekly"))
    assert screen.model.rowCount() == 1
    assert screen.model.headerData(11, Qt.Orientation.Horizontal) == "W47 2026"
