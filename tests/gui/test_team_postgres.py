"""Team mode end to end on a real PostgreSQL server (KPIDESK_TEST_PG; skipped without it).

The connect dialog logs in with a typed password, two clients edit the same
value, the listener brings another client's save to the screen, and the
server's roles decide what the grid lets a viewer and an editor change.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from psycopg.conninfo import conninfo_to_dict
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QDialog

from kpidesk.gui.context import AppContext
from kpidesk.gui.screens.entry import DataEntryScreen
from kpidesk.gui.settings import Settings
from kpidesk.gui.team.conflict_dialog import ConflictDialog
from kpidesk.gui.team.connect_dialog import ConnectDialog
from kpidesk.gui.team.opening import adopt, open_team
from kpidesk.store.connection import Store, open_database
from kpidesk.store.measurements import ValueRow, load_values, write_values
from kpidesk.store.team import add_user, init_team
from tests.gui.entry_fixtures import TODAY, fill_business, month
from tests.gui.team_support import MemoryKeyring, using_keyring
from tests.pg import PgServer

EDITABLE_FLAG = Qt.ItemFlag.ItemIsEditable


@dataclass
class GuiTeam:
    url: dict[str, str]
    """Per login (admin, editor, viewer): the URL without password."""
    password: dict[str, str]
    kpis: dict


def _split(url: str) -> tuple[str, str]:
    """(URL without the password, the password)."""
    parts = conninfo_to_dict(url)
    password = parts.pop("password", "")
    auth = parts["user"]
    return f"postgresql://{auth}@{parts['host']}:{parts['port']}/{parts['dbname']}", password


@pytest.fixture
def gui_team(pg_server: PgServer) -> Iterator[GuiTeam]:
    name = pg_server.new_database(pg_server.template)
    admin = pg_server.url(name)
    try:
        with open_database(admin) as store:
            kpis = fill_business(store)
        init_team(admin)
        urls, passwords = {}, {}
        urls["admin"], passwords["admin"] = _split(admin)
        for role, codes in (("editor", ["REV"]), ("viewer", [])):
            login, secret = f"{name}_{role}", f"pw-{role}-gui"
            add_user(admin, login, role, secret, kpi_codes=codes)
            urls[role], passwords[role] = _split(pg_server.url(name, login, secret))
        yield GuiTeam(urls, passwords, kpis)
    finally:
        pg_server.drop_database(name)
        pg_server.drop_roles(f"{name}_")
        pg_server.drop_roles(f"kpidesk_{name}_")


def connect(team: GuiTeam, who: str) -> Store:
    """Open the team database as the GUI does: on a worker, adopted by this thread."""
    result: list = []
    worker = threading.Thread(
        target=lambda: result.append(open_team(team.url[who], team.password[who]))
    )
    worker.start()
    worker.join(30)
    return adopt(result[0])


def other_client_writes(team: GuiTeam, rows: list[ValueRow]) -> None:
    """Another person's KPIDesk: its own connection, on its own thread."""

    def write() -> None:
        with open_database(team.url["admin"], password=team.password["admin"]) as other:
            write_values(other, rows)

    worker = threading.Thread(target=write)
    worker.start()
    worker.join(30)


@pytest.fixture
def gui_context(qapp, tmp_path) -> Iterator[AppContext]:
    previous = QLocale()
    QLocale.setDefault(QLocale("nb_NO"))
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    context = AppContext(settings, "nb")
    yield context
    context.set_store(None)
    QLocale.setDefault(previous)


def entry_screen(context: AppContext, qtbot) -> DataEntryScreen:
    screen = DataEntryScreen(context, today=TODAY)
    qtbot.addWidget(screen)
    screen.show()
    return screen


def stored(store: Store, kpi, day) -> float | None:
    series = load_values(store, [kpi.id]).get((kpi.id, ""), {})
    return next((v for p, v in series.items() if p.start == day), None)


def test_the_connect_dialog_logs_in_and_explains_failures(gui_team, qtbot, tmp_path):
    url, password = gui_team.url["admin"], gui_team.password["admin"]
    parts = conninfo_to_dict(url)
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    with using_keyring(MemoryKeyring()):
        dialog = ConnectDialog(settings)
        qtbot.addWidget(dialog)
        dialog.show_url(url + "?sslmode=disable")
        dialog.ui.password_edit.setText("not-the-password")
        dialog.connect_now()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=15_000)
        assert "refused the password" in dialog.ui.error_label.text()
        assert "not-the-password" not in dialog.ui.error_label.text()
        dialog.ui.database_edit.setText("no_such_business")
        dialog.ui.password_edit.setText(password)
        dialog.connect_now()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=15_000)
        assert "There is no database “no_such_business”" in dialog.ui.error_label.text()
        dialog.ui.database_edit.setText(parts["dbname"])
        dialog.connect_now()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=15_000)
        store = dialog.store()
        try:
            assert (store.engine, store.role) == ("postgresql", "owner")
            assert (
                store.display_name
                == f"{parts['user']}@{parts['host']}:{parts['port']}/{parts['dbname']}"
            )
            assert store.db.execute_sql("SELECT COUNT(*) FROM kpi").fetchone()[0] == 6
            assert settings.recent_connections == [dialog.url()]
            settings.sync()  # QSettings writes the file later, from the event loop
            written = (tmp_path / "s.ini").read_text(encoding="utf-8")
            assert "recent=" in written and password not in written
        finally:
            store.close()


def test_two_clients_editing_one_value_get_the_conflict_dialog(
    gui_team, gui_context, qtbot, monkeypatch
):
    rev = gui_team.kpis["REV"]
    gui_context.set_store(connect(gui_team, "admin"))
    screen = entry_screen(gui_context, qtbot)
    choices = iter(["theirs", "mine"])
    shown: list[str] = []

    def exec_(dialog: ConflictDialog) -> int:
        shown.append(dialog.informativeText())
        (dialog.keep_button if next(choices) == "theirs" else dialog.overwrite_button).click()
        return 0

    monkeypatch.setattr(ConflictDialog, "exec", exec_)
    other_client_writes(gui_team, [ValueRow(rev.id, month(10), 1300.0)])
    screen.model.setData(screen.model.index(0, 11), 950.0)  # keep theirs
    assert stored(gui_context.store, rev, month(10)) == 1300.0
    assert screen.model.cell(0, 11).value == 1300.0
    other_client_writes(gui_team, [ValueRow(rev.id, month(10), 1400.0)])
    screen.model.setData(screen.model.index(0, 11), 975.0)  # overwrite with mine
    assert stored(gui_context.store, rev, month(10)) == 975.0
    assert len(shown) == 2 and "1\u00a0400\u00a0kr" in shown[1]
    gui_context.undo_stack.undo()  # brings theirs back
    assert stored(gui_context.store, rev, month(10)) == 1400.0


def test_another_clients_save_reaches_the_window_without_focus(gui_team, window, qtbot):
    team = window.files.team
    store = connect(gui_team, "admin")
    team._store, team._credentials = store, (gui_team.url["admin"], gui_team.password["admin"])
    window.context.set_store(store)
    qtbot.waitUntil(lambda: window.live.listening, timeout=10_000)
    entry = next(s for s in window.screens if isinstance(s, DataEntryScreen))
    window.show_screen(entry)
    kpi = entry.model.entry_row(0).kpi
    column = entry.model.columnCount() - 1
    qtbot.wait(300)  # the listener is LISTENing
    other_client_writes(gui_team, [ValueRow(kpi.id, entry.model.period(column).start, 777.0)])
    qtbot.waitUntil(lambda: entry.model.cell(0, column).value == 777.0, timeout=10_000)
    window.context.set_store(None)
    assert not window.live.listening or qtbot.waitUntil(lambda: not window.live.listening)


def test_the_server_role_decides_what_the_grid_allows(gui_team, gui_context, qtbot):
    rev, margin = gui_team.kpis["REV"], gui_team.kpis["MARGIN"]
    gui_context.set_store(connect(gui_team, "viewer"))
    screen = entry_screen(gui_context, qtbot)
    model = screen.model
    assert gui_context.store.role == "viewer" and gui_context.read_only
    assert not model.flags(model.index(0, 11)) & EDITABLE_FLAG

    gui_context.set_store(connect(gui_team, "editor"))
    assert gui_context.store.role == "editor"
    assert gui_context.editable_kpi_ids() == {rev.id}
    assert model.flags(model.index(0, 11)) & EDITABLE_FLAG
    assert not model.flags(model.index(1, 11)) & EDITABLE_FLAG
    model.setData(model.index(0, 11), 990.0)
    assert stored(gui_context.store, rev, month(10)) == 990.0
    # Had the grid let it through, the server refuses the other KPI: a clear message.
    from kpidesk.gui.commands.values import push_changes

    messages: list[str] = []
    change = model.change(1, 11, 50.0)
    assert not push_changes(gui_context, [change], "edit", messages.append)
    assert "refused this change" in messages[0] and "(Editor)" in messages[0]
    assert stored(gui_context.store, margin, month(10)) == 42.5
