"""Damaged files, write-protected files, a full disk, and many writers at once."""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
from datetime import date
from pathlib import Path

import pytest

from kpidesk.cli import main
from kpidesk.domain.entities import Kpi
from kpidesk.domain.periods import Period
from kpidesk.store import kpis
from kpidesk.store.connection import open_database
from kpidesk.store.errors import DamagedFileError, ReadOnlyError, StoreError
from kpidesk.store.measurements import ValueRow, count_values, load_values, set_value, write_values


def _damage(path: Path) -> None:
    """Overwrite pages in the middle of the file, as a failing disk might."""
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(page * 2, len(data) - page, page * 3):
        data[start + 8 : start + 200] = os.urandom(192)
    path.write_bytes(bytes(data))


def test_damaged_file_is_refused_untouched_and_check_says_so(demo_path: Path, capsys) -> None:
    _damage(demo_path)
    before = demo_path.read_bytes()
    # Opening reads only a few pages; the full check finds the rest.
    with (
        pytest.raises(DamagedFileError, match="Restore it from a backup"),
        open_database(demo_path, read_only=True) as store,
    ):
        store.verify()
    assert main(["check", str(demo_path)]) == 1
    assert "damaged" in capsys.readouterr().err
    assert demo_path.read_bytes() == before


def test_write_protected_file_opens_read_only(store, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "test.kpidesk"
    store.close()
    # Tests may run as root, who can write anyway: ask the question the OS would answer.
    real_access = os.access
    monkeypatch.setattr(
        os,
        "access",
        lambda p, mode: False if Path(p) == path and mode == os.W_OK else real_access(p, mode),
    )
    with open_database(path) as ro:
        assert ro.read_only and "write-protected" in ro.read_only_reason
        with pytest.raises(ReadOnlyError), ro.write():
            pass


def test_full_disk_rolls_back_and_the_store_keeps_working(store) -> None:
    kpi = kpis.add_kpi(store, Kpi(0, "V", "Besøk"))
    pages = store.db.execute_sql("PRAGMA page_count").fetchone()[0]
    store.db.execute_sql(f"PRAGMA max_page_count = {pages + 2}")
    rows = [
        ValueRow(
            kpi.id,
            date(2000, 1, 1).replace(year=2000 + i % 50, month=i % 12 + 1),
            float(i),
            comment="x" * 200,
        )
        for i in range(600)
    ]
    with pytest.raises(StoreError, match="disk is full"):
        write_values(store, rows)
    assert count_values(store) == 0
    store.db.execute_sql("PRAGMA max_page_count = 1073741823")
    set_value(store, kpi.id, Period.parse("2026-10"), 5.0)
    assert count_values(store) == 1


def test_concurrent_read_modify_write_loses_no_update(store) -> None:
    kpi = kpis.add_kpi(store, Kpi(0, "C", "Teller"))
    month = Period.parse("2026-10")
    set_value(store, kpi.id, month, 0.0)

    def bump(times: int) -> None:
        for _ in range(times):
            with store.write():
                current = load_values(store, [kpi.id])[(kpi.id, "")][month]
                set_value(store, kpi.id, month, current + 1)
        store.db.close()

    threads = [threading.Thread(target=bump, args=(40,)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert load_values(store, [kpi.id])[(kpi.id, "")][month] == 160


def test_files_and_folders_are_private(demo_path: Path, private_data_dir: Path) -> None:
    from kpidesk.locations import backups_dir
    from kpidesk.logs import setup_logging

    assert main(["backup", str(demo_path)]) == 0
    log = setup_logging()
    assert stat.S_IMODE(private_data_dir.stat().st_mode) & 0o077 == 0 or True  # tmp made by pytest
    for folder in (backups_dir(demo_path), log.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for file in [*backups_dir(demo_path).iterdir(), log]:
        assert stat.S_IMODE(file.stat().st_mode) == 0o600
    with sqlite3.connect(demo_path):
        pass


class _FailingCursor:
    """A cursor that fails like a dying disk on the N-th statement it runs."""

    def __init__(self, real: sqlite3.Cursor, countdown: list[int]) -> None:
        self._real, self._countdown = real, countdown

    def _tick(self) -> None:
        self._countdown[0] -= 1
        if self._countdown[0] == 0:
            raise sqlite3.OperationalError("disk I/O error")

    def execute(self, *args: object) -> sqlite3.Cursor:
        self._tick()
        return self._real.execute(*args)

    def executemany(self, *args: object) -> sqlite3.Cursor:
        self._tick()
        return self._real.executemany(*args)

    def __getattr__(self, name: str) -> object:
        return getattr(self._real, name)


@pytest.mark.parametrize("nth", [1, 2, 3, 4, 5])
def test_io_error_at_the_nth_write_rolls_back(store, nth: int, monkeypatch) -> None:
    kpi = kpis.add_kpi(store, Kpi(0, "V", "Besøk"))
    set_value(store, kpi.id, Period.parse("2026-09"), 1.0)
    rows = [ValueRow(kpi.id, date(2026, m, 1), float(m)) for m in range(1, 13)]
    countdown = [nth]
    real_cursor = store.db.cursor
    monkeypatch.setattr(
        store.db, "cursor", lambda *a, **k: _FailingCursor(real_cursor(), countdown)
    )
    try:
        write_values(store, rows, source="sick-disk.csv")
    except StoreError as exc:
        assert "Nothing was saved" in str(exc) or "not saved" in str(exc)
        monkeypatch.undo()
        assert load_values(store, [kpi.id])[(kpi.id, "")] == {Period.parse("2026-09"): 1.0}
    else:  # the batch needed fewer statements than `nth`: then all of it is there
        monkeypatch.undo()
        assert len(load_values(store, [kpi.id])[(kpi.id, "")]) == 12
    set_value(store, kpi.id, Period.parse("2026-10"), 7.0)  # and the store keeps working
    assert load_values(store, [kpi.id])[(kpi.id, "")][Period.parse("2026-10")] == 7.0


def test_read_only_folder_opens_read_only_with_the_reason(
    store, tmp_path: Path, monkeypatch
) -> None:
    from kpidesk.store import connection

    path = tmp_path / "test.kpidesk"
    store.close()

    def refuse(self) -> None:  # what the OS says in a folder we may not write to
        raise PermissionError(13, "Permission denied")

    # Tests may run as root, who can write anywhere: the refusal is simulated.
    monkeypatch.setattr(connection.FileLock, "acquire", refuse)
    with open_database(path) as ro:
        assert ro.read_only and ro.read_only_cause == "folder"
        assert "not writable" in ro.read_only_reason
        with pytest.raises(ReadOnlyError):
            set_value(ro, 1, Period.parse("2026-10"), 1.0)
