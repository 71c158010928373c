"""Connect to Team Database…: the URL, the keyring, recent connections, errors, Cancel."""

from __future__ import annotations

import logging
import os
import secrets
import tempfile
import threading
import time
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as NoKeyring
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from kpidesk.gui.crash import install_crash_handler
from kpidesk.gui.team.connect_dialog import ConnectDialog
from kpidesk.gui.team.connect_errors import describe_connect_error
from kpidesk.gui.team.connection_info import ConnectionInfo, is_team_url, parse_url
from kpidesk.gui.team.passwords import SERVICE, TIMEOUT_MS, Keyring
from kpidesk.logs import setup_logging
from kpidesk.store.errors import StoreError
from tests.conftest import _HOME
from tests.gui.conftest import focusable_without_name
from tests.gui.team_support import (
    HangingKeyring,
    MemoryKeyring,
    blocking_opener,
    file_opener,
    using_keyring,
)

URL = "postgresql://anna@db.bryggen.no:5432/bryggen?sslmode=prefer"
ACCOUNT = "anna@db.bryggen.no:5432/bryggen"


@pytest.fixture
def memory_keyring():
    with using_keyring(MemoryKeyring()) as backend:
        yield backend


@pytest.fixture
def secret() -> str:
    return "Hemmelig-" + secrets.token_hex(8)


def make_dialog(qtbot, settings, **options) -> ConnectDialog:
    dialog = ConnectDialog(settings, **options)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill(dialog: ConnectDialog, password: str = "", sslmode: str = "prefer") -> None:
    ui = dialog.ui
    ui.host_edit.setText("db.bryggen.no")
    ui.database_edit.setText("bryggen")
    ui.user_edit.setText("anna")
    ui.password_edit.setText(password)
    ui.sslmode_combo.setCurrentIndex(ui.sslmode_combo.findData(sslmode))


# --- the address --------------------------------------------------------------------------


def test_the_url_is_built_from_the_fields_with_the_tls_mode(qtbot, settings, memory_keyring):
    dialog = make_dialog(qtbot, settings)
    assert dialog.ui.sslmode_combo.currentData() == "prefer"  # the default
    fill(dialog, sslmode="verify-full")
    dialog.ui.port_spin.setValue(6543)
    assert dialog.url() == "postgresql://anna@db.bryggen.no:6543/bryggen?sslmode=verify-full"
    assert dialog.ui.address_label.text() == dialog.url()
    assert "server's name" in dialog.ui.sslmode_hint.text()
    modes = [dialog.ui.sslmode_combo.itemData(i) for i in range(dialog.ui.sslmode_combo.count())]
    assert modes == ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"]


def test_urls_round_trip_and_quote_odd_names() -> None:
    info = ConnectionInfo("::1", "Kaffe & Co", "ola nordmann", 5433, "require")
    assert info.url() == "postgresql://ola%20nordmann@[::1]:5433/Kaffe%20%26%20Co?sslmode=require"
    assert parse_url(info.url()) == info
    assert parse_url("postgresql://anna:pw@h/db").account() == "anna@h:5432/db"  # no password
    assert is_team_url(URL) and not is_team_url("/home/anna/bryggen.kpidesk")
    with pytest.raises(ValueError):
        parse_url("postgresql://anna@h/db?sslmode=sometimes")


def test_a_missing_field_is_named_and_nothing_is_tried(qtbot, settings, memory_keyring):
    calls: list = []
    dialog = make_dialog(qtbot, settings, opener=file_opener(Path("x"), "pw", calls))
    fill(dialog)
    dialog.ui.database_edit.clear()
    dialog.connect_now()
    assert "Database:" in dialog.ui.error_label.text()
    assert dialog.focusWidget() is dialog.ui.database_edit
    assert calls == [] and not dialog.busy


def test_every_field_has_an_accessible_name(qtbot, settings, memory_keyring):
    assert focusable_without_name(make_dialog(qtbot, settings)) == []


# --- connecting, the keyring, recent connections ------------------------------------------


def test_connecting_keeps_the_password_in_the_keyring_and_the_url_without_it(
    qtbot, settings, memory_keyring, store, secret
):
    path = Path(store.location)
    store.close()
    dialog = make_dialog(qtbot, settings, opener=file_opener(path, secret))
    fill(dialog, secret)
    dialog.connect_now()
    assert dialog.busy and dialog.ui.busy_bar.isVisible()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=5000)
    opened = dialog.store()
    assert opened is not None and opened.location == str(path)
    assert opened.db.execute_sql("SELECT COUNT(*) FROM business").fetchone()[0] == 1
    opened.close()
    assert settings.recent_connections == [URL]
    # The keyring is written by the window after the dialog: see the next test.
    assert memory_keyring.passwords == {}


def test_a_recent_connection_reads_its_password_from_the_keyring(
    qtbot, window, memory_keyring, store, secret
):
    path = Path(store.location)
    store.close()
    memory_keyring.passwords[(SERVICE, ACCOUNT)] = secret
    window.context.settings.add_recent_connection(URL)
    window.files.team.opener = file_opener(path, secret)
    window._fill_recent_menu()
    recent = [a for a in window.ui.menu_recent.actions() if a.toolTip() == URL]
    assert recent and ACCOUNT in recent[0].text()
    QTimer.singleShot(
        10_000, lambda: window.files.team.dialog and window.files.team.dialog.reject()
    )
    recent[0].trigger()  # connects as soon as the keyring answered: nothing typed
    store_now = window.context.store
    assert store_now is not None and store_now.location == str(path)
    assert "Owner" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: memory_keyring.passwords.get((SERVICE, ACCOUNT)) == secret)


def test_unticking_remember_forgets_a_kept_password(qtbot, window, memory_keyring, store, secret):
    path = Path(store.location)
    store.close()
    memory_keyring.passwords[(SERVICE, ACCOUNT)] = secret
    team = window.files.team
    team.opener = file_opener(path, secret)

    def untick_and_connect() -> None:
        dialog = team.dialog
        qtbot.waitUntil(lambda: dialog.password() == secret)
        dialog.ui.remember_check.setChecked(False)
        dialog.connect_now()

    QTimer.singleShot(0, untick_and_connect)
    assert team.connect(URL)
    qtbot.waitUntil(lambda: (SERVICE, ACCOUNT) not in memory_keyring.passwords)


def test_a_keyring_that_hangs_is_given_up_on_and_the_dialog_still_works(
    qtbot, settings, store, secret
):
    path = Path(store.location)
    store.close()
    assert TIMEOUT_MS == 3000
    hanging = HangingKeyring()
    with using_keyring(hanging):
        dialog = make_dialog(qtbot, settings, opener=file_opener(path, secret))
        dialog.keyring = Keyring(dialog, timeout_ms=300)
        started = time.monotonic()
        dialog.show_url(URL)  # asks the keyring, which never answers
        assert time.monotonic() - started < 0.5  # the GUI thread did not wait for it
        assert hanging.asked.wait(5)
        qtbot.waitUntil(lambda: "did not answer" in dialog.ui.status_label.text(), timeout=3000)
        dialog.ui.password_edit.setText(secret)  # so the person types it
        dialog.connect_now()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=5000)
        dialog.store().close()
        hanging.release.set()  # the keyring answers at last: nobody listens any more
        qtbot.wait(50)
        assert dialog.password() == secret


def test_without_a_keyring_the_password_is_asked_and_not_remembered(qtbot, settings, store, secret):
    with using_keyring(NoKeyring()):
        dialog = make_dialog(qtbot, settings)
        dialog.show_url(URL)
        qtbot.waitUntil(lambda: "no keyring" in dialog.ui.status_label.text())
        assert not dialog.remember_password()
        assert dialog.focusWidget() is dialog.ui.password_edit


def test_cancel_stops_waiting_and_a_late_connection_is_closed(
    qtbot, settings, memory_keyring, store
):
    path = Path(store.location)
    store.close()
    go, done = threading.Event(), threading.Event()
    dialog = make_dialog(qtbot, settings, opener=blocking_opener(path, go, done))
    fill(dialog, "pw")
    dialog.connect_now()
    assert dialog.busy and not dialog.ui.host_edit.isEnabled()
    dialog.reject()  # Cancel while connecting: stop, and stay to correct a field
    assert not dialog.busy and dialog.isVisible() and dialog.ui.host_edit.isEnabled()
    assert dialog.ui.status_label.text() == "Cancelled."
    go.set()
    assert done.wait(5)
    qtbot.wait(100)
    assert dialog.store() is None
    from kpidesk.store.connection import open_database

    with open_database(path) as again:  # the late connection gave its lock back
        assert not again.read_only
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected


# --- errors, and the password nowhere ------------------------------------------------------


@pytest.mark.parametrize(
    ("server_says", "field", "words"),
    [
        ('FATAL:  password authentication failed for user "anna"', "password", "password"),
        ('FATAL:  database "bryggen" does not exist', "database", "no database"),
        ('could not translate host name "db.bryggen.no" to address', "host", "not found"),
        (
            'connection to server at "10.0.0.9", port 5432 failed: Connection refused',
            "host",
            "No answer",
        ),
        (
            'FATAL:  no pg_hba.conf entry for host "10.0.0.2", user "anna", database "bryggen", '
            "no encryption",
            "sslmode",
            "only encrypted",
        ),
        ("server does not support SSL, but SSL was required", "sslmode", "does not offer"),
        ('FATAL:  role "anna" does not exist', "user", "does not know"),
    ],
)
def test_connection_errors_are_told_plainly(context, server_says, field, words) -> None:
    error = StoreError(f"Could not connect to anna@db.bryggen.no:5432/bryggen: {server_says}")
    problem = describe_connect_error(error, parse_url(URL))
    assert problem.field == field
    assert words in problem.message


@pytest.mark.parametrize("context", ["nb"], indirect=True)
def test_connection_errors_in_norwegian(context) -> None:
    error = StoreError('FATAL:  password authentication failed for user "anna"')
    problem = describe_connect_error(error, parse_url(URL))
    assert "passordet" in problem.message


def _files_written_since(folders: list[Path], since: float) -> list[Path]:
    found = []
    for folder in folders:
        for root, _dirs, names in os.walk(folder):
            for name in names:
                path = Path(root) / name
                try:
                    info = path.stat()
                except OSError:
                    continue
                if info.st_mtime >= since and info.st_size < 20_000_000:
                    found.append(path)
    return found


def _content(path: Path) -> bytes:
    """A file's bytes; none for a file another program removed meanwhile (shared temp)."""
    try:
        return path.read_bytes()
    except OSError:
        return b""


@pytest.fixture
def log_file(private_data_dir: Path):
    """The app's log file (as `kpidesk` writes it), taken off again after the test."""
    from logging.handlers import RotatingFileHandler

    root = logging.getLogger("kpidesk")
    before = list(root.handlers)
    for handler in before:
        if isinstance(handler, RotatingFileHandler):
            root.removeHandler(handler)
    path = setup_logging()
    yield path
    for handler in list(root.handlers):
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    for handler in before:
        if handler not in root.handlers:
            root.addHandler(handler)


def test_the_password_appears_in_no_file_written(
    qtbot, settings, memory_keyring, store, secret, log_file, tmp_path, monkeypatch, capsys
):
    started = time.time() - 1
    path = Path(store.location)
    store.close()
    dialog = make_dialog(qtbot, settings, opener=file_opener(path, secret))
    fill(dialog, secret + "-wrong")  # first a wrong password: the "server" quotes it back
    dialog.connect_now()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    shown = dialog.ui.error_label.text()
    assert "refused the password" in shown and secret not in shown
    dialog.ui.password_edit.setText(secret)
    dialog.connect_now()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=5000)
    dialog.store().close()
    # An unexpected error quoting the connection string, as the crash handler reports it.
    monkeypatch.setattr("sys.excepthook", None)
    install_crash_handler(show_dialog=False)
    import sys

    try:
        raise RuntimeError(f"host=db.bryggen.no user=anna password={secret}-wrong dbname=x")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    logging.getLogger("kpidesk.test").warning("retrying with %s", secret)
    settings.sync()
    for handler in logging.getLogger("kpidesk").handlers:
        handler.flush()
    log_text = log_file.read_text(encoding="utf-8")
    assert "could not connect to anna@db.bryggen.no:5432/bryggen" in log_text
    assert "unhandled error" in log_text
    folders = [tmp_path, log_file.parent, Path(tempfile.gettempdir()), Path(_HOME)]
    written = _files_written_since(folders, started)
    assert log_file in written and any(p.name == "settings.ini" for p in written)
    leaks = [p for p in written if secret.encode() in _content(p)]
    assert leaks == []
    assert secret not in capsys.readouterr().err
    QApplication.processEvents()
