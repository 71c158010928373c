"""Opening and creating files: pragmas, marks, refusals."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from peewee import DatabaseError

from kpidesk.store.connection import create_database, open_database
from kpidesk.store.errors import NotAKpideskFileError, ReadOnlyError, StoreError
from kpidesk.store.header import APPLICATION_ID, read_header
from kpidesk.store.migrations import LATEST


def test_new_file_is_marked_and_configured(tmp_path: Path) -> None:
    path = tmp_path / "new.kpidesk"
    with create_database(path) as store:
        pragma = lambda name: store.db.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 2
        assert pragma("busy_timeout") >= 1000
        assert pragma("application_id") == APPLICATION_ID
        assert store.schema_version == LATEST
    header = read_header(path)
    assert header.application_id == APPLICATION_ID
    assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_create_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "taken.kpidesk"
    path.write_text("my notes")
    with pytest.raises(StoreError, match="exists already"):
        create_database(path)
    assert path.read_text() == "my notes"


def test_writes_begin_immediate(file_store) -> None:
    # A deferred transaction would only take the write lock at its first write,
    # and fail with "database is locked" midway instead of waiting up front.
    statements: list[str] = []
    file_store.db.connection().set_trace_callback(statements.append)
    with file_store.write():
        file_store.db.execute_sql("UPDATE business SET size = 'tiny'")
    assert "BEGIN IMMEDIATE" in statements


def test_read_only_store_refuses_writes(store, reopen) -> None:
    store.close()
    with reopen(read_only=True) as ro:
        with pytest.raises(ReadOnlyError), ro.write():
            pass
        # Not only the store: the connection itself refuses (SQLite's URI, a
        # read-only PostgreSQL session).
        with pytest.raises(DatabaseError, match=r"readonly|read-only"):
            ro.db.execute_sql("UPDATE business SET size = 'x'")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(NotAKpideskFileError, match="does not exist"):
        open_database(tmp_path / "nowhere.kpidesk")


def test_marked_file_without_tables_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "hollow.kpidesk"
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    raw.execute("CREATE TABLE t (x)")
    raw.commit()
    raw.close()
    with pytest.raises(NotAKpideskFileError, match="no KPIDesk tables"):
        open_database(path)


def test_opening_a_file_never_loads_the_postgresql_driver(tmp_path: Path) -> None:
    # Team mode must not slow down every start: psycopg loads with a team database only.
    path = tmp_path / "solo.kpidesk"
    create_database(path).close()
    code = (
        "import sys; from kpidesk.store.connection import open_database; "
        "from kpidesk.store import measurements, series, transfer, changelog; "
        f"open_database({str(path)!r}).close(); "
        "print('psycopg' in sys.modules, 'psycopg2' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]
