"""kill -9 in the middle of a migration, a backup or a restore: the file stays whole.

Each case kills a subprocess at several moments (the work takes a few hundred
milliseconds on a file with 100 000 values) and then checks that the file
passes `integrity_check` and holds either everything before or everything after.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from kpidesk.store.connection import open_database
from kpidesk.store.migrations import LATEST
from tests.store.test_migrations import make_v1_file

DELAYS = (0.05, 0.15, 0.3, 0.6)


@pytest.fixture(scope="module")
def big_v1(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A version-1 file with 100 000 values, so the work takes a while."""
    path = tmp_path_factory.mktemp("big") / "big.kpidesk"
    make_v1_file(path)
    first = date(1990, 1, 1)
    rows = [
        (1, "", (first + timedelta(days=i)).isoformat(), float(i), "", "t", "t", "2026-01-01")
        for i in range(100_000)
    ]
    with sqlite3.connect(path) as db:
        db.execute("UPDATE kpi SET frequency = 'day' WHERE id = 1")
        db.execute("DELETE FROM measurement WHERE kpi_id = 1")
        db.executemany(
            "INSERT INTO measurement (kpi_id, segment, period_start, value, comment, "
            "source, entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    db.close()
    return path


def _kill_after(code: str, args: list[str], delay: float) -> None:
    process = subprocess.Popen([sys.executable, "-c", code, *args], env={**os.environ})
    time.sleep(delay)
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
    process.wait()


def _state(path: Path) -> tuple[str, int, int]:
    with sqlite3.connect(path) as db:
        ok = db.execute("PRAGMA integrity_check").fetchone()[0]
        count = db.execute("SELECT COUNT(*) FROM measurement").fetchone()[0]
        version = db.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]
    db.close()
    return ok, count, version


@pytest.mark.parametrize("delay", DELAYS)
def test_kill_during_migration(big_v1: Path, tmp_path: Path, delay: float) -> None:
    path = tmp_path / "old.kpidesk"
    shutil.copyfile(big_v1, path)
    _, before, _ = _state(path)
    code = (
        "import sys; from kpidesk.store.connection import open_database; open_database(sys.argv[1])"
    )
    _kill_after(code, [str(path)], delay)
    ok, count, version = _state(path)
    assert (ok, count) == ("ok", before) and 1 <= version <= LATEST
    with open_database(path) as store:  # and it still upgrades afterwards
        assert store.schema_version == LATEST
    assert _state(path) == ("ok", before, LATEST)


@pytest.mark.parametrize("delay", DELAYS)
def test_kill_during_backup(big_v1: Path, tmp_path: Path, delay: float) -> None:
    source = tmp_path / "live.kpidesk"
    shutil.copyfile(big_v1, source)
    original = source.read_bytes()
    target = tmp_path / "copy.kpidesk"
    code = (
        "import sys; from pathlib import Path; from kpidesk.store.backup import backup_file; "
        "backup_file(Path(sys.argv[1]), Path(sys.argv[2]))"
    )
    _kill_after(code, [str(source), str(target)], delay)
    assert source.read_bytes() == original
    if target.exists():  # a backup is there completely or not at all
        assert _state(target)[:2] == ("ok", _state(big_v1)[1])


@pytest.mark.parametrize("delay", DELAYS)
def test_kill_during_restore(big_v1: Path, tmp_path: Path, delay: float) -> None:
    database = tmp_path / "shop.kpidesk"
    shutil.copyfile(big_v1, database)
    open_database(database).close()  # upgraded, so the backup is a current file
    backup = tmp_path / "backup.kpidesk"
    shutil.copyfile(database, backup)
    with sqlite3.connect(database) as db:
        db.execute("DELETE FROM measurement WHERE id % 2 = 0")
    db.close()
    _, halved, _ = _state(database)
    code = (
        "import sys; from pathlib import Path; from kpidesk.store.backups import restore; "
        "restore(Path(sys.argv[1]), Path(sys.argv[2]))"
    )
    _kill_after(code, [str(database), str(backup)], delay)
    ok, count, _ = _state(database)
    assert ok == "ok" and count in (halved, _state(backup)[1])
