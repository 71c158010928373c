"""The GUI follows the role the database gives: viewers look, editors change their KPIs.

The role and the editable KPIs are set on a file's Store here, as the server
would report them; test_team_postgres.py checks them with a real server.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from kpidesk.gui.commands.base import StoreCommand, run
from kpidesk.gui.dialogs.import_dialog import apply_work
from kpidesk.gui.screens.entry import DataEntryScreen
from kpidesk.gui.tasks import CancelToken
from kpidesk.store.errors import PermissionDeniedError, StoreError
from kpidesk.store.measurements import ValueRow, load_values, write_values
from tests.gui import entry_fixtures
from tests.gui.entry_fixtures import month

kpis = entry_fixtures.kpis
entry_context = entry_fixtures.entry_context
entry_screen = entry_fixtures.entry_screen
EDITABLE = Qt.ItemFlag.ItemIsEditable


@pytest.fixture
def screen(entry_screen):
    return entry_screen


def make_viewer(store) -> None:
    store.role, store.read_only, store.read_only_cause = "viewer", True, "viewer"
    store.read_only_reason = "You are a viewer."


def make_editor(store, monkeypatch, kpi_ids) -> None:
    store.role = "editor"
    monkeypatch.setattr(store, "editable_kpi_ids", lambda: set(kpi_ids))


def stored(store, kpi, day):
    series = load_values(store, [kpi.id]).get((kpi.id, ""), {})
    return next((v for p, v in series.items() if p.start == day), None)


def test_a_viewer_gets_read_only_screens(screen, entry_context, kpis):
    make_viewer(entry_context.store)
    entry_context.reload()
    model = screen.model
    assert not any(
        model.flags(model.index(r, c)) & EDITABLE
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    )
    assert not screen.paste_action.isEnabled() and not screen.clear_action.isEnabled()
    assert not model.setData(model.index(0, 11), 5.0)
    assert stored(entry_context.store, kpis["REV"], month(10)) == 800.0


def test_the_window_says_where_and_which_role(window, demo_path: Path):
    assert window.files.open_path(str(demo_path))
    store = window.context.store
    assert window.file_label.text() == str(demo_path)  # a file: its path, as before
    make_viewer(store)
    monkey_engine = type(store).engine
    try:
        type(store).engine = property(lambda self: "postgresql")
        store.location = "anna@db.bryggen.no:5432/bryggen"
        window.context.reload()
        assert window.file_label.text() == "Team database anna@db.bryggen.no:5432/bryggen · Viewer"
        assert window.banner.isVisible()
        assert "You are a viewer of anna@db.bryggen.no:5432/bryggen" in window.banner.text()
        assert window.windowTitle().startswith("anna@db.bryggen.no:5432/bryggen")
        assert not window.ui.action_backup.isEnabled()  # no file to copy
    finally:
        type(store).engine = monkey_engine


def test_an_editor_edits_only_the_kpis_given_to_them(
    screen, entry_context, kpis, monkeypatch, qtbot
):
    store, rev, margin = entry_context.store, kpis["REV"], kpis["MARGIN"]
    make_editor(store, monkeypatch, {rev.id})
    entry_context.reload()
    model = screen.model
    assert model.flags(model.index(0, 11)) & EDITABLE  # Revenue: theirs to enter
    assert not model.flags(model.index(1, 11)) & EDITABLE  # Gross margin: not
    tip = model.index(1, 11).data(Qt.ItemDataRole.ToolTipRole)
    assert "Read-only for you" in tip
    assert "Read-only for you" not in model.index(0, 11).data(Qt.ItemDataRole.ToolTipRole)
    assert not model.setData(model.index(1, 11), 50.0)
    assert model.setData(model.index(0, 11), 950.0)
    assert stored(store, rev, month(10)) == 950.0
    # a paste reaching into a KPI that is not theirs changes nothing
    QGuiApplication.clipboard().setText("1\n2\n")
    screen.ui.grid.setCurrentIndex(model.index(0, 11))
    screen.paste()
    assert "“Gross margin (%)”" in screen.ui.message_label.text()
    assert stored(store, rev, month(10)) == 950.0
    # Delete on a cell that is not theirs says so
    screen.ui.grid.setCurrentIndex(model.index(1, 11))
    screen.ui.grid.selectionModel().select(
        model.index(1, 11), screen.ui.grid.selectionModel().SelectionFlag.ClearAndSelect
    )
    screen.clear()
    assert "may not change" in screen.ui.message_label.text()
    assert stored(store, margin, month(10)) == 42.5


def refuse_writes(monkeypatch, target: str) -> None:
    def refused(*args, **kwargs):
        raise PermissionDeniedError(
            "The team database refused writing these values: your role (editor) does not "
            "allow it. Nothing was saved. (Server: new row violates row-level security)"
        )

    monkeypatch.setattr(target, refused)


def test_a_refused_grid_edit_is_explained_and_the_stored_value_shown(
    screen, entry_context, kpis, monkeypatch
):
    entry_context.store.role = "editor"
    refuse_writes(monkeypatch, "kpidesk.gui.commands.values.write_values")
    screen.model.setData(screen.model.index(0, 11), 950.0)
    message = screen.ui.message_label.text()
    assert "refused this change" in message and "(Editor)" in message
    assert screen.model.index(0, 11).data() == "800"
    assert entry_context.undo_stack.count() == 0


@pytest.mark.parametrize("entry_context", ["en"], indirect=True)
def test_a_refused_undo_is_explained_and_leaves_the_history(entry_context, kpis, monkeypatch):
    messages: list[str] = []
    entry_context.signals.write_refused.connect(messages.append)

    class Rename(StoreCommand):
        watches = ("kpis",)

        def apply(self) -> None:
            write_values(self.store, [ValueRow(kpis["REV"].id, month(10), 1.0)])

        def revert(self) -> None:
            raise PermissionDeniedError("refused by the server")

    run(entry_context, Rename(entry_context, "rename"))
    entry_context.undo_stack.undo()
    assert messages and "refused this change" in messages[0]
    assert entry_context.undo_stack.count() == 0


def test_a_refused_import_is_explained(entry_context, kpis, monkeypatch):
    entry_context.store.role = "viewer"
    refuse_writes(monkeypatch, "kpidesk.imports.plan.apply_plan")
    work = apply_work(entry_context.store, object(), "skip")
    with pytest.raises(StoreError) as raised:
        work(CancelToken(), lambda done, total: None)
    assert "refused this change" in str(raised.value) and "Viewer" in str(raised.value)


def test_focus_brings_other_peoples_changes(window, demo_path: Path, qtbot):
    assert window.files.open_path(str(demo_path))
    store = window.context.store
    entry = next(s for s in window.screens if isinstance(s, DataEntryScreen))
    window.show_screen(entry)
    kpi = entry.model.entry_row(0).kpi
    column = entry.model.columnCount() - 1
    start = entry.model.period(column).start
    assert not window.live.check()  # nothing new since it was opened
    me, store.user = store.user, "anna"
    write_values(store, [ValueRow(kpi.id, start, 4242.0)])  # someone else's save
    store.user = me
    assert entry.model.cell(0, column).value != 4242.0
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    assert entry.model.cell(0, column).value == 4242.0
    assert not window.live.check()  # seen now
    entry.model.setData(entry.model.index(0, column), 4343.0)  # the window's own edit
    assert not window.live.check()  # … needs no reload
    assert not window.live.listening  # a file: no server to listen to


def test_an_editors_grid_passes_the_qt_model_tester(
    screen, entry_context, kpis, monkeypatch, qtmodeltester
):
    make_editor(entry_context.store, monkeypatch, {kpis["REV"].id})
    entry_context.reload()
    qtmodeltester.check(screen.model)
