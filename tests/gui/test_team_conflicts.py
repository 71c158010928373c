"""Two people, one value: the second save is shown both values and chooses; never overwritten.

"Someone else" here is a second writer on the same file that bypasses the
grid, as another client on a team database would (the real-server version
of these tests is in test_team_postgres.py).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtGui import QGuiApplication

from kpidesk.domain.entities import Target
from kpidesk.gui.commands.kpis import SaveKpiCommand
from kpidesk.gui.screens.kpis import KpisScreen
from kpidesk.gui.team.conflict_dialog import ConflictDialog
from kpidesk.store.kpis import get_kpi
from kpidesk.store.measurements import ValueRow, load_values
from kpidesk.store.targets import list_targets, set_target
from tests.gui import entry_fixtures
from tests.gui.entry_fixtures import month, someone_else_writes

kpis = entry_fixtures.kpis
entry_context = entry_fixtures.entry_context
entry_screen = entry_fixtures.entry_screen
NBSP = "\u00a0"


@pytest.fixture
def screen(entry_screen):
    return entry_screen


def stored(store, kpi, day, segment=""):
    series = load_values(store, [kpi.id]).get((kpi.id, segment), {})
    return next((v for p, v in series.items() if p.start == day), None)


@pytest.fixture
def answer(monkeypatch):
    """Answer the conflict dialog with "mine" or "theirs"; returns what it showed."""
    shown: list[tuple[str, str]] = []
    choice = {"which": "theirs"}

    def exec_(dialog: ConflictDialog) -> int:
        shown.append((dialog.text(), dialog.informativeText()))
        button = dialog.overwrite_button if choice["which"] == "mine" else dialog.keep_button
        button.click()
        return 0

    monkeypatch.setattr(ConflictDialog, "exec", exec_)

    def set_choice(which: str) -> list[tuple[str, str]]:
        choice["which"] = which
        return shown

    return set_choice


def edit(screen, row, column, value):
    screen.model.setData(screen.model.index(row, column), value)


def test_keep_theirs_shows_both_values_and_writes_nothing(screen, entry_context, kpis, answer):
    store, rev = entry_context.store, kpis["REV"]
    shown = answer("theirs")
    someone_else_writes(store, [ValueRow(rev.id, month(10), 1300.0)])
    edit(screen, 0, 11, 950.0)
    ((text, details),) = shown
    assert "anna" in text and "Revenue" in text and "okt. 2026" in text
    assert f"1{NBSP}300{NBSP}kr" in details and f"950{NBSP}kr" in details
    assert stored(store, rev, month(10)) == 1300.0
    assert screen.model.index(0, 11).data() == f"1{NBSP}300"  # theirs is shown now
    assert entry_context.undo_stack.count() == 0


def test_overwrite_with_mine_saves_mine_and_undo_brings_theirs_back(
    screen, entry_context, kpis, answer
):
    store, rev = entry_context.store, kpis["REV"]
    answer("mine")
    someone_else_writes(store, [ValueRow(rev.id, month(10), 1300.0)])
    edit(screen, 0, 11, 950.0)
    assert stored(store, rev, month(10)) == 950.0
    assert screen.model.index(0, 11).data() == "950"
    entry_context.undo_stack.undo()
    assert stored(store, rev, month(10)) == 1300.0
    entry_context.undo_stack.redo()
    assert stored(store, rev, month(10)) == 950.0


def test_no_conflict_when_nobody_else_wrote(screen, entry_context, kpis, answer):
    shown = answer("theirs")
    edit(screen, 0, 11, 950.0)
    edit(screen, 0, 11, 960.0)  # the second edit expects the version the first made
    entry_context.undo_stack.undo()
    entry_context.undo_stack.undo()
    entry_context.undo_stack.redo()
    assert shown == []
    assert stored(entry_context.store, kpis["REV"], month(10)) == 950.0


def test_an_undo_over_someone_elses_change_asks_too(screen, entry_context, kpis, answer):
    store, rev = entry_context.store, kpis["REV"]
    shown = answer("theirs")
    edit(screen, 0, 11, 950.0)
    someone_else_writes(store, [ValueRow(rev.id, month(10), 1100.0)])
    entry_context.undo_stack.undo()
    assert len(shown) == 1 and f"1{NBSP}100{NBSP}kr" in shown[0][1]
    assert stored(store, rev, month(10)) == 1100.0  # theirs kept
    assert entry_context.undo_stack.count() == 0  # the step left the history
    answer("mine")
    edit(screen, 0, 11, 990.0)
    someone_else_writes(store, [ValueRow(rev.id, month(10), 1200.0)])
    entry_context.undo_stack.undo()  # overwrite theirs with my earlier value
    assert stored(store, rev, month(10)) == 1100.0


def test_a_paste_over_several_changed_values_says_how_many(screen, entry_context, kpis, answer):
    store, rev = entry_context.store, kpis["REV"]
    shown = answer("theirs")
    someone_else_writes(store, [ValueRow(rev.id, month(9), 1.0), ValueRow(rev.id, month(10), 2.0)])
    QGuiApplication.clipboard().setText("7\t8\n")
    screen.ui.grid.setCurrentIndex(screen.model.index(0, 10))
    screen.paste()
    assert ": 2." in shown[0][1]
    assert (stored(store, rev, month(9)), stored(store, rev, month(10))) == (1.0, 2.0)


# --- targets -----------------------------------------------------------------------------


@pytest.fixture
def kpis_screen(entry_context, kpis, qtbot):
    widget = KpisScreen(entry_context)
    qtbot.addWidget(widget)
    return widget


def _new_target(kpi, realistic) -> Target:
    return Target(kpi.id, date(2027, 1, 1), realistic=realistic)


def test_a_target_saved_by_someone_else_for_the_same_date_asks(
    kpis_screen, entry_context, kpis, answer
):
    store, rev = entry_context.store, kpis["REV"]
    shown = answer("theirs")
    set_target(store, _new_target(rev, 5000.0))  # the other client's, after the editor opened
    renamed = replace(get_kpi(store, rev.id), name="Revenue (all shops)")
    command = SaveKpiCommand(entry_context, rev, renamed, [_new_target(rev, 6000.0)])
    assert kpis_screen._run(command)  # the rest of the edit is saved …
    ((text, details),) = shown
    assert "1.1.2027" in text or "01.01.2027" in text
    assert "5" in details and "6" in details
    assert [t.realistic for t in list_targets(store, rev.id)][-1] == 5000.0  # … theirs kept
    assert get_kpi(store, rev.id).name == "Revenue (all shops)"


def test_overwriting_a_target_and_undo_puts_theirs_back(kpis_screen, entry_context, kpis, answer):
    store, rev = entry_context.store, kpis["REV"]
    answer("mine")
    set_target(store, _new_target(rev, 5000.0))
    command = SaveKpiCommand(entry_context, rev, rev, [_new_target(rev, 6000.0)])
    assert kpis_screen._run(command)
    assert list_targets(store, rev.id)[-1].realistic == 6000.0
    entry_context.undo_stack.undo()
    assert list_targets(store, rev.id)[-1].realistic == 5000.0
    entry_context.undo_stack.redo()
    assert list_targets(store, rev.id)[-1].realistic == 6000.0


def test_the_editor_expects_the_targets_it_showed(kpis_screen, entry_context, kpis):
    dialog = kpis_screen.make_dialog(kpis["REV"])
    seen = dialog.seen_targets()
    assert [key[1] for key in seen] == [date(2020, 1, 1)]
