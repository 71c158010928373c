"""Closed periods in the data-entry grid: read-only with a reason; closing and reopening logged."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog

from kpidesk.domain.types import Frequency
from kpidesk.gui.dialogs.close_periods import ClosePeriodsDialog, month_ends
from kpidesk.gui.models.entry_model import VALUE_ROLE
from kpidesk.store.changelog import list_changes
from kpidesk.store.closing import close_periods, closed_through
from tests.gui import entry_fixtures
from tests.gui.conftest import focusable_without_name
from tests.gui.entry_fixtures import TODAY, edit_cell, month, value

kpis = entry_fixtures.kpis
entry_context = entry_fixtures.entry_context
screen = entry_fixtures.screen

SEP, OCT = 10, 11
END_OF_SEPTEMBER = date(2026, 9, 30)


@pytest.fixture
def closed(screen, entry_context):
    """September and earlier closed, the grid reloaded."""
    close_periods(entry_context.store, END_OF_SEPTEMBER, "Q3 reviewed")
    entry_context.changed("periods")
    return screen


def message(screen) -> str:
    return screen.ui.message_label.text()


def test_closed_cells_are_read_only_greyed_and_say_why(closed, entry_context, kpis):
    model = closed.model
    assert not model.flags(model.index(0, SEP)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, OCT)) & Qt.ItemFlag.ItemIsEditable
    look = model.look(0, SEP)
    assert look.locked and look.background is not None
    tip = model.index(0, SEP).data(Qt.ItemDataRole.ToolTipRole)
    assert "is closed" in tip and "30" in tip
    assert not model.look(0, OCT).locked
    assert "30" in closed.ui.closed_label.text() and closed.ui.reopen_button.isEnabled()


def test_typing_into_a_closed_period_is_refused_with_a_reason(closed, entry_context, kpis, qtbot):
    grid = closed.ui.grid
    grid.setFocus()
    grid.setCurrentIndex(closed.model.index(0, SEP))
    qtbot.keyClicks(grid, "5")
    assert grid.indexWidget(closed.model.index(0, SEP)) is None  # no editor opened
    assert "is closed" in message(closed) and "reopened" in message(closed)
    # setData from any other path is refused too
    assert not closed.model.setData(closed.model.index(0, SEP), 5.0)
    assert value(entry_context, kpis["REV"], month(9)) == 1100.0
    assert entry_context.undo_stack.count() == 0


def test_paste_and_delete_touching_a_closed_period_change_nothing(closed, entry_context, kpis):
    QGuiApplication.clipboard().setText("1\t2\n")  # September (closed) and October (open)
    closed.ui.grid.setCurrentIndex(closed.model.index(0, SEP))
    closed.paste()
    assert "is closed" in message(closed) and "Nothing was changed" in message(closed)
    assert value(entry_context, kpis["REV"], month(10)) == 800.0
    grid = closed.ui.grid
    grid.setCurrentIndex(closed.model.index(0, OCT))
    grid.selectionModel().select(
        closed.model.index(0, SEP), grid.selectionModel().SelectionFlag.Select
    )
    closed.show_message("")
    closed.clear()
    assert "is closed" in message(closed)
    assert value(entry_context, kpis["REV"], month(9)) == 1100.0
    assert value(entry_context, kpis["REV"], month(10)) == 800.0
    assert entry_context.undo_stack.count() == 0


def test_a_comment_on_a_closed_value_is_refused(closed, entry_context, kpis, monkeypatch):
    asked = []
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: asked.append(1))
    closed.ui.grid.setCurrentIndex(closed.model.index(0, SEP))
    closed.edit_comment()
    assert asked == [] and "is closed" in message(closed)


def test_undo_into_a_period_closed_since_is_refused_clearly(screen, entry_context, kpis, qtbot):
    context = entry_context
    edit_cell(screen, qtbot, 1, SEP, "12")  # margin, September
    assert value(context, kpis["MARGIN"], month(9)) == 12.0
    close_periods(context.store, END_OF_SEPTEMBER)
    context.undo_stack.undo()
    assert value(context, kpis["MARGIN"], month(9)) == 12.0  # the file is unchanged
    assert "cannot be undone" in message(screen) and "is closed" in message(screen)
    # the step left the undo list: the list no longer pretends it was taken back
    assert context.undo_stack.count() == 0 and not context.undo_stack.canRedo()


def test_closing_and_reopening_through_the_dialog_are_logged(screen, entry_context, kpis, qtbot):
    context = entry_context
    dialog = screen.closing.ask("close")
    assert dialog is not None and dialog.isVisible()
    assert dialog.through() == date(2026, 10, 31)  # the last ended month
    dialog.choose(END_OF_SEPTEMBER)
    dialog.ui.note_edit.setText("Q3 reviewed")
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert closed_through(context.store) == END_OF_SEPTEMBER
    assert not screen.model.flags(screen.model.index(0, SEP)) & Qt.ItemFlag.ItemIsEditable
    reopen = screen.closing.ask("reopen")
    assert reopen.through() == date(2026, 8, 31)  # by default only the latest month reopens
    reopen.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert reopen.isVisible() and "Note" in reopen.ui.error_label.text()  # a reason is required
    reopen.ui.note_edit.setText("Bank corrected September")
    reopen.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert closed_through(context.store) == date(2026, 8, 31)
    assert screen.model.flags(screen.model.index(0, SEP)) & Qt.ItemFlag.ItemIsEditable
    edit_cell(screen, qtbot, 0, SEP, "1150")
    assert screen.model.index(0, SEP).data(VALUE_ROLE) == 1150.0
    logged = [(c.field, c.old, c.new, c.context) for c in list_changes(context.store)]
    assert ("close", "", "2026-09-30", "Q3 reviewed") in logged
    assert ("reopen", "2026-09-30", "2026-08-31", "Bank corrected September") in logged


def test_the_dialog_offers_only_what_can_be_closed_or_reopened() -> None:
    ends = [m.end for m in month_ends("close", END_OF_SEPTEMBER, TODAY)]
    assert ends == [date(2026, 10, 31)]
    reopen = [m.end for m in month_ends("reopen", END_OF_SEPTEMBER, TODAY)]
    assert reopen[:2] == [date(2026, 8, 31), date(2026, 7, 31)]
    assert month_ends("reopen", None, TODAY) == []
    everything = month_ends("close", None, TODAY)
    assert everything[0].frequency is Frequency.MONTH and everything[0].end == date(2026, 10, 31)


def test_a_fully_closed_file_cannot_be_closed_further(qtbot) -> None:
    dialog = ClosePeriodsDialog("close", date(2026, 10, 31), TODAY)
    qtbot.addWidget(dialog)
    assert not dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.ui.error_label.text()


def test_close_dialogs_and_the_grid_controls_have_accessible_names(screen, qtbot) -> None:
    assert focusable_without_name(screen) == []
    for mode in ("close", "reopen"):
        dialog = ClosePeriodsDialog(mode, END_OF_SEPTEMBER, TODAY)
        qtbot.addWidget(dialog)
        dialog.show()
        assert focusable_without_name(dialog) == []
