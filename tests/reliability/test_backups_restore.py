"""Daily backups, thinning, listing and restoring."""

from __future__ import annotations

import sqlite3
import stat
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from kpidesk.cli import main
from kpidesk.store.backups import daily_backup, list_backups, restore
from kpidesk.store.errors import StoreError


def _values(path: Path) -> int:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT COUNT(*) FROM measurement").fetchone()[0]


def test_one_automatic_backup_a_day_thinned_over_time(demo_path: Path) -> None:
    start = datetime(2026, 1, 1, 8, 0)
    for day in range(60):
        now = start + timedelta(days=day)
        assert daily_backup(demo_path, now) is not None
        assert daily_backup(demo_path, now + timedelta(hours=3)) is None  # once a day
    autos = [b for b in list_backups(demo_path) if b.label == "auto"]
    assert 7 <= len(autos) <= 7 + 4 + 12
    assert autos[0].taken_at == start + timedelta(days=59)
    for info in autos:
        assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
        with sqlite3.connect(info.path) as db:
            assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"


def test_restore_replaces_the_file_and_keeps_the_current_one(demo_path: Path) -> None:
    backup = daily_backup(demo_path, datetime(2026, 11, 1, 9, 0))
    with sqlite3.connect(demo_path) as db:
        db.execute("DELETE FROM measurement WHERE id % 2 = 0")
    db.close()
    damaged_count = _values(demo_path)
    kept = restore(demo_path, backup)
    assert _values(demo_path) == _values(backup) > damaged_count
    assert _values(kept) == damaged_count
    [before] = [b for b in list_backups(demo_path) if b.label == "before-restore"]
    assert _values(before.path) == damaged_count


def test_stale_wal_of_the_old_file_is_never_applied(demo_path: Path) -> None:
    backup = daily_backup(demo_path, datetime(2026, 11, 1, 9, 0))
    # A writer dies with committed pages still only in the -wal file.
    writer = textwrap.dedent("""
        import os, sqlite3, sys
        db = sqlite3.connect(sys.argv[1], isolation_level=None)
        db.execute("PRAGMA journal_mode = WAL"); db.execute("PRAGMA wal_autocheckpoint = 0")
        db.execute("DELETE FROM measurement")
        os.kill(os.getpid(), 9)
    """)
    subprocess.run([sys.executable, "-c", writer, str(demo_path)], check=False)
    assert demo_path.with_name(demo_path.name + "-wal").stat().st_size > 0
    kept = restore(demo_path, backup)
    assert _values(demo_path) == _values(backup) > 0
    assert _values(kept) == 0  # the dead writer's committed delete is kept, in the old file


def test_restore_refuses_a_bad_backup_and_a_file_in_use(demo_path: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.kpidesk"
    junk.write_text("not a backup")
    before = demo_path.read_bytes()
    with pytest.raises(StoreError, match="not a KPIDesk file"):
        restore(demo_path, junk)
    assert demo_path.read_bytes() == before
    backup = daily_backup(demo_path, datetime(2026, 11, 1, 9, 0))
    from kpidesk.store.connection import open_database

    with open_database(demo_path), pytest.raises(StoreError, match="close it there"):
        restore(demo_path, backup)


def test_cli_lists_and_restores(demo_path: Path, capsys) -> None:
    backup = daily_backup(demo_path, datetime(2026, 11, 1, 9, 0))
    assert main(["backup", str(demo_path), "--list"]) == 0
    out = capsys.readouterr().out
    assert "2026-11-01 09:00" in out and "3 goals, 16 KPIs" in out
    assert main(["backup", str(demo_path), "--restore", str(backup)]) == 0
    assert "before-restore" in capsys.readouterr().out
