"""Team mode and history together: explained edits keep their version checks, and
each refusal (a closed period, a role, someone else's save) says its own reason.

"Someone else" is a second writer on the same file that bypasses the grid, as
another client on a team database would.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kpidesk.gui.commands.values import push_changes
from kpidesk.gui.team.conflict_dialog import ConflictDialog
from kpidesk.store.causes import list_causes, value_causes
from kpidesk.store.closing import close_periods
from kpidesk.store.measurements import ValueRow, load_measurements
from tests.gui import entry_fixtures
from tests.gui.entry_fixtures import edit_cell, month, someone_else_writes

kpis = entry_fixtures.kpis
entry_context = entry_fixtures.entry_context
screen = entry_fixtures.screen

SEP = 10
"""REV's September column (row 0): 1100 with the comment "Summer sale", target 1000."""
EDITABLE = Qt.ItemFlag.ItemIsEditable


def stored(context, kpi, day) -> tuple[float | None, str]:
    found = [m for m in load_measurements(context.store, kpi.id) if m.period.start == day]
    return (found[0].value, found[0].comment) if found else (None, "")


def causes_of(context, kpi, day) -> list[str]:
    return value_causes(context.store, kpi.id).get(("", day), [])


@pytest.fixture
def conflicts(monkeypatch):
    """Answer every conflict dialog with "keep theirs"; the list of the dialogs' texts."""
    shown: list[str] = []

    def exec_(dialog: ConflictDialog) -> int:
        shown.append(dialog.text())
        dialog.keep_button.click()
        return 0

    monkeypatch.setattr(ConflictDialog, "exec", exec_)
    return shown


def explain(screen, comment: str, tags: list[str]) -> None:
    dialog = screen.red.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.ui.comment_edit.setText(comment)
    dialog.tick(tags)
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()


@pytest.mark.parametrize("comment", ["Closed for repairs", "Summer sale"])
def test_an_explained_edit_undoes_and_redoes_without_a_false_conflict(
    screen, entry_context, kpis, qtbot, conflicts, comment
):
    """The explanation writes the value's row again (or, keeping the comment, does not):
    the next undo must expect the version actually stored, not guess it."""
    context, rev = entry_context, kpis["REV"]
    season = list_causes(context.store)[0].name
    edit_cell(screen, qtbot, 0, SEP, "850")
    explain(screen, comment, [season])
    assert stored(context, rev, month(9)) == (850.0, comment)
    assert causes_of(context, rev, month(9)) == [season]
    context.undo_stack.undo()
    assert stored(context, rev, month(9)) == (1100.0, "Summer sale")
    assert causes_of(context, rev, month(9)) == []
    context.undo_stack.redo()
    assert stored(context, rev, month(9)) == (850.0, comment)
    assert causes_of(context, rev, month(9)) == [season]
    assert conflicts == []


def test_undo_of_an_explained_edit_over_someone_elses_save_asks_and_keeps_theirs(
    screen, entry_context, kpis, qtbot, conflicts
):
    context, rev = entry_context, kpis["REV"]
    season = list_causes(context.store)[0].name
    edit_cell(screen, qtbot, 0, SEP, "850")
    explain(screen, "Closed for repairs", [season])
    someone_else_writes(context.store, [ValueRow(rev.id, month(9), 870.0, comment="Corrected")])
    context.undo_stack.undo()
    assert len(conflicts) == 1 and "anna" in conflicts[0]
    assert stored(context, rev, month(9)) == (870.0, "Corrected")  # theirs, untouched
    assert causes_of(context, rev, month(9)) == [season]  # the undo wrote nothing at all
    assert context.undo_stack.count() == 0


def test_an_explanation_after_someone_elses_save_is_refused_and_says_so(
    screen, entry_context, kpis, qtbot, conflicts
):
    context, rev = entry_context, kpis["REV"]
    season = list_causes(context.store)[0].name
    edit_cell(screen, qtbot, 0, SEP, "850")
    someone_else_writes(context.store, [ValueRow(rev.id, month(9), 870.0)])
    explain(screen, "Closed for repairs", [season])
    assert stored(context, rev, month(9)) == (870.0, "Summer sale")
    assert causes_of(context, rev, month(9)) == []
    text = screen.ui.message_label.text()
    assert "comment and causes were not saved" in text and "Someone else" in text


def test_overwriting_theirs_then_explaining_undoes_to_theirs(
    screen, entry_context, kpis, qtbot, monkeypatch
):
    context, rev = entry_context, kpis["REV"]
    monkeypatch.setattr(ConflictDialog, "exec", lambda d: d.overwrite_button.click() or 0)
    season = list_causes(context.store)[0].name
    someone_else_writes(context.store, [ValueRow(rev.id, month(9), 1050.0, comment="Anna's")])
    edit_cell(screen, qtbot, 0, SEP, "850")
    explain(screen, "Closed for repairs", [season])
    assert stored(context, rev, month(9)) == (850.0, "Closed for repairs")
    context.undo_stack.undo()
    assert stored(context, rev, month(9)) == (1050.0, "Anna's")  # theirs, with their comment
    assert causes_of(context, rev, month(9)) == []


def test_closed_role_and_conflict_refusals_each_say_their_own_reason(
    screen, entry_context, kpis, monkeypatch
):
    context, rev, margin = entry_context, kpis["REV"], kpis["MARGIN"]
    messages: list[str] = []
    close_periods(context.store, date(2026, 8, 31))
    closed = screen.model.change(0, 0, 5.0)  # REV, Nov 2025: closed
    assert push_changes(context, [closed], "edit", messages.append) is None
    someone_else_writes(context.store, [ValueRow(rev.id, month(10), 1.0)])
    stale = screen.model.change(0, 11, 5.0)  # the grid still shows 800
    assert push_changes(context, [stale], "edit", messages.append) is None
    context.store.role = "editor"
    monkeypatch.setattr(context.store, "editable_kpi_ids", lambda: {margin.id})
    context.reload()
    model = screen.model
    assert not model.flags(model.index(0, 11)) & EDITABLE  # not given to this editor
    assert model.flags(model.index(1, 11)) & EDITABLE  # MARGIN, open period
    assert not model.flags(model.index(1, 0)) & EDITABLE  # MARGIN, closed period
    both = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Read-only for you" in both and "is closed" in both
    closed_text, conflict_text = messages
    assert closed_text.startswith("Nothing was saved") and "is closed" in closed_text
    assert "Someone else saved" in conflict_text and "closed" not in conflict_text
