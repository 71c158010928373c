"""The Goals screen: add in the dialog, edit, archive, link and unlink KPIs, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kpidesk.gui.dialogs.goal_dialog import GoalDialog
from kpidesk.gui.screens.goals import GoalsScreen
from kpidesk.store import goals, kpis
from kpidesk.store.models import GoalKpiRow
from tests.gui.screens_support import answer_dialogs, make_context, open_demo


@pytest.fixture
def screen(qtbot, demo_path, tmp_path):
    context = make_context(tmp_path, open_demo(demo_path))
    screen = GoalsScreen(context)
    qtbot.addWidget(screen)
    yield screen
    context.set_store(None)


def _shown_titles(screen: GoalsScreen) -> list[str]:
    return [screen.proxy.object_at(r).title for r in range(screen.proxy.rowCount())]


def test_the_goal_dialog_creates_a_goal(qtbot, screen, monkeypatch):
    def fill(dialog: GoalDialog) -> None:
        qtbot.keyClicks(dialog.ui.title_edit, "Open a second cafe in Bergen")
        dialog.set_kpi_checked(4, True)  # CUSTOMER_ENQUIRIES, a leading KPI
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)

    answer_dialogs(monkeypatch, GoalDialog, fill)
    screen.add_goal()
    stored = [
        g for g in goals.list_goals(screen.context.store) if g.title.startswith("Open a second")
    ]
    assert len(stored) == 1 and stored[0].kpi_ids == (4,)
    assert "Open a second cafe in Bergen" in _shown_titles(screen)
    screen.context.undo_stack.undo()
    assert len(goals.list_goals(screen.context.store)) == 3


def test_a_goal_needs_a_title(qtbot, screen, monkeypatch):
    seen = answer_dialogs(
        monkeypatch,
        GoalDialog,
        lambda d: qtbot.mouseClick(d.ok_button(), Qt.MouseButton.LeftButton),
    )
    screen.add_goal()
    assert seen[0].ui.error_label.isVisible()
    assert "Title" in seen[0].ui.error_label.text()
    assert len(goals.list_goals(screen.context.store, include_archived=True)) == 3


def test_archive_hides_the_goal_but_keeps_it(screen):
    screen.select_goal(3)
    screen.toggle_archived()
    store = screen.context.store
    assert "Flere faste kunder i kafeen" not in _shown_titles(screen)
    kept = goals.get_goal(store, 3)
    assert kept.archived_on is not None and len(kept.kpi_ids) == 7
    screen.ui.show_archived_check.setChecked(True)
    assert "Flere faste kunder i kafeen" in _shown_titles(screen)
    screen.context.undo_stack.undo()
    assert goals.get_goal(store, 3).archived_on is None


def test_linking_and_unlinking_kpis_changes_goal_kpi(qtbot, screen, monkeypatch):
    def fill(dialog: GoalDialog) -> None:
        dialog.set_kpi_checked(1, False)  # REVENUE off
        dialog.set_kpi_checked(12, True)  # LOYALTY_SIGNUPS on
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)

    def links() -> set[int]:
        return {row.kpi_id for row in GoalKpiRow.select().where(GoalKpiRow.goal == 1)}

    answer_dialogs(monkeypatch, GoalDialog, fill)
    screen.select_goal(1)
    screen.edit_goal()
    assert links() == {2, 3, 4, 5, 12}
    screen.context.undo_stack.undo()
    assert links() == {1, 2, 3, 4, 5}
    screen.context.undo_stack.redo()
    assert links() == {2, 3, 4, 5, 12}


def test_undo_of_an_edit_restores_the_old_title(qtbot, screen, monkeypatch):
    def fill(dialog: GoalDialog) -> None:
        dialog.ui.title_edit.clear()
        qtbot.keyClicks(dialog.ui.title_edit, "Bedre kaffe")
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)

    answer_dialogs(monkeypatch, GoalDialog, fill)
    screen.select_goal(3)
    screen.edit_goal()
    store = screen.context.store
    assert goals.get_goal(store, 3).title == "Bedre kaffe"
    screen.context.undo_stack.undo()
    assert goals.get_goal(store, 3).title == "Flere faste kunder i kafeen"
    assert "Flere faste kunder i kafeen" in _shown_titles(screen)


def test_search_narrows_the_goals(screen):
    screen.ui.search_edit.setText("kafeen")
    assert _shown_titles(screen) == ["Flere faste kunder i kafeen"]


def test_a_read_only_file_disables_editing(qtbot, demo_path, tmp_path):
    context = make_context(tmp_path, open_demo(demo_path, read_only=True))
    screen = GoalsScreen(context)
    qtbot.addWidget(screen)
    assert not screen.ui.add_button.isEnabled()
    assert not screen.ui.edit_button.isEnabled()
    assert not screen.ui.archive_button.isEnabled()
    assert len(kpis.list_kpis(context.store)) == 16
    context.set_store(None)
