"""Explain the red: a value that turns a KPI off track asks why; the answer is kept with it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox

from kpidesk.domain.types import Status
from kpidesk.gui.dialogs.preferences import PreferencesDialog
from kpidesk.gui.models.entry_model import STATUS_ROLE
from kpidesk.store.causes import add_cause, list_causes, value_causes
from kpidesk.store.changelog import list_changes
from kpidesk.store.measurements import load_measurements
from tests.gui import entry_fixtures
from tests.gui.entry_fixtures import edit_cell, month, value

kpis = entry_fixtures.kpis
entry_context = entry_fixtures.entry_context
screen = entry_fixtures.screen

SEP, OCT, AUG = 10, 11, 9
"""Grid columns; REV (row 0) has target 1000, warning 900: Sep 1100 on track, Oct 800 off."""


def comment_of(context, kpi, day) -> str:
    found = [m for m in load_measurements(context.store, kpi.id) if m.period.start == day]
    return found[0].comment if found else ""


def causes_of(context, kpi, day) -> list[str]:
    return value_causes(context.store, kpi.id).get(("", day), [])


def save(dialog, comment: str, tags: list[str]) -> None:
    dialog.ui.comment_edit.setText(comment)
    dialog.tick(tags)
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_a_value_that_turns_red_asks_why_and_keeps_the_answer_with_it(
    screen, entry_context, kpis, qtbot
):
    context, rev = entry_context, kpis["REV"]
    season, paused = (c.name for c in list_causes(context.store)[:2])
    edit_cell(screen, qtbot, 0, SEP, "850")
    dialog = screen.red.dialog
    assert dialog is not None and dialog.isVisible()
    assert "Revenue" in dialog.ui.title_label.text()
    assert "850" in dialog.ui.values_label.text() and "1" in dialog.ui.values_label.text()
    assert dialog.ui.comment_edit.text() == "Summer sale"  # the comment it had, to edit
    save(dialog, "Closed two weeks for repairs", [season, paused])
    assert value(context, rev, month(9)) == 850.0
    assert comment_of(context, rev, month(9)) == "Closed two weeks for repairs"
    assert causes_of(context, rev, month(9)) == [season, paused]
    assert context.undo_stack.count() == 1  # value, comment and tags: one step
    index = screen.model.index(0, SEP)
    assert f"{season}, {paused}" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert screen.model.look(0, SEP).tagged
    logged = {(c.field, c.new) for c in list_changes(context.store, kpi_id=rev.id)}
    assert ("causes", f"{season}, {paused}") in logged
    assert ("comment", "Closed two weeks for repairs") in logged
    context.undo_stack.undo()
    assert value(context, rev, month(9)) == 1100.0
    assert comment_of(context, rev, month(9)) == "Summer sale"
    assert causes_of(context, rev, month(9)) == []
    context.undo_stack.redo()
    assert value(context, rev, month(9)) == 850.0
    assert comment_of(context, rev, month(9)) == "Closed two weeks for repairs"
    assert causes_of(context, rev, month(9)) == [season, paused]


def test_a_new_value_off_track_asks_too_and_skip_keeps_only_the_value(
    screen, entry_context, kpis, qtbot
):
    edit_cell(screen, qtbot, 0, AUG, "500")  # no value before: it becomes off track
    dialog = screen.red.dialog
    assert dialog is not None
    dialog.ui.comment_edit.setText("typed, then skipped")
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert value(entry_context, kpis["REV"], month(8)) == 500.0
    assert comment_of(entry_context, kpis["REV"], month(8)) == ""
    assert causes_of(entry_context, kpis["REV"], month(8)) == []


@pytest.mark.parametrize(
    ("column", "text", "status"),
    [
        (SEP, "950", Status.AT_RISK),  # at risk is not off track
        (OCT, "700", Status.OFF_TRACK),  # it was off track already
        (SEP, "1250", Status.STRETCH_MET),
    ],
)
def test_no_question_unless_the_status_becomes_off_track(
    screen, entry_context, kpis, qtbot, column, text, status
):
    edit_cell(screen, qtbot, 0, column, text)
    assert screen.model.index(0, column).data(STATUS_ROLE) == status
    assert screen.red.dialog is None


def test_no_question_when_the_setting_is_off(screen, entry_context, kpis, qtbot):
    entry_context.settings.explain_red = False
    edit_cell(screen, qtbot, 0, SEP, "850")
    assert value(entry_context, kpis["REV"], month(9)) == 850.0
    assert screen.red.dialog is None


def test_dont_ask_again_turns_the_setting_off(screen, entry_context, kpis, qtbot):
    assert entry_context.settings.explain_red  # on by default
    edit_cell(screen, qtbot, 0, SEP, "850")
    dialog = screen.red.dialog
    dialog.ui.dont_ask_check.setChecked(True)
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert not entry_context.settings.explain_red


def test_a_paste_asks_once_for_every_value_it_turned_red(screen, entry_context, kpis):
    context, rev = entry_context, kpis["REV"]
    stock = add_cause(context.store, "Supplier late")
    QGuiApplication.clipboard().setText("600\t700\t750\n")  # Aug (new), Sep (was on track), Oct
    screen.ui.grid.setCurrentIndex(screen.model.index(0, AUG))
    screen.paste()
    dialog = screen.red.dialog
    assert dialog is not None
    lines = dialog.ui.values_label.text().splitlines()
    assert len(lines) == 2  # October was off track before the paste
    save(dialog, "Supplier delivered late", [stock.name])
    for month_number in (8, 9):
        assert comment_of(context, rev, month(month_number)) == "Supplier delivered late"
        assert causes_of(context, rev, month(month_number)) == ["Supplier late"]
    assert causes_of(context, rev, month(10)) == []
    context.undo_stack.undo()
    assert causes_of(context, rev, month(9)) == [] and value(context, rev, month(8)) is None


def test_a_removed_tag_does_not_stop_undo(screen, entry_context, kpis, qtbot):
    from kpidesk.store.causes import remove_cause

    context, rev = entry_context, kpis["REV"]
    tag = list_causes(context.store)[0]
    edit_cell(screen, qtbot, 0, SEP, "850")
    save(screen.red.dialog, "", [tag.name])
    remove_cause(context.store, tag.id)
    context.undo_stack.undo()
    assert value(context, rev, month(9)) == 1100.0
    assert screen.ui.message_label.text() == ""


def test_preferences_switch_the_question_off_and_on(settings, qtbot):
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.explain_check.isChecked()
    dialog.explain_check.setChecked(False)
    dialog.accept()
    assert settings.explain_red is False
    again = PreferencesDialog(settings)
    qtbot.addWidget(again)
    assert not again.explain_check.isChecked()
