"""Upgrading old files: every row kept, a backup first, newer files read-only."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from kpidesk.store import migrations
from kpidesk.store.connection import create_database, open_database
from kpidesk.store.errors import MigrationError
from kpidesk.store.header import APPLICATION_ID
from kpidesk.store.kpis import get_kpi, list_kpis, update_kpi
from kpidesk.store.migrations import LATEST, Step

FIXTURE = Path(__file__).parent / "fixtures" / "v1.sql"
TABLES = (
    "business",
    "person",
    "segment",
    "goal",
    "kpi",
    "goal_kpi",
    "target",
    "measurement",
    "benchmark",
    "review",
    "review_decision",
    "change_log",
)


def make_v1_file(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.executescript(FIXTURE.read_text(encoding="utf-8"))
    db.close()


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as db:
        return {t: db.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in TABLES}


def _schema(path: Path) -> dict[str, list[tuple]]:
    """Every table's columns and every index: what a migration must get right."""
    with sqlite3.connect(path) as db:
        tables = [
            r[0]
            for r in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        schema = {t: sorted(db.execute(f'PRAGMA table_info("{t}")').fetchall()) for t in tables}
        schema["indexes"] = sorted(
            db.execute("SELECT name FROM sqlite_master WHERE type = 'index'").fetchall()
        )
    return schema


def test_v1_file_upgrades_keeping_every_row(tmp_path: Path, private_data_dir: Path) -> None:
    path = tmp_path / "old.kpidesk"
    make_v1_file(path)
    before = _counts(path)
    assert before["measurement"] == 5 and before["target"] == 2
    with open_database(path) as store:
        assert store.schema_version == LATEST
        assert store.backup_path is not None and store.backup_path.exists()
        assert store.backup_path.is_relative_to(private_data_dir)
    assert _counts(path) == before
    with sqlite3.connect(path) as db:
        # Children of the rebuilt kpi table still point at their KPIs.
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        joined = db.execute(
            "SELECT k.code, SUM(m.value) FROM measurement m JOIN kpi k ON k.id = m.kpi_id "
            "GROUP BY k.code ORDER BY k.code"
        ).fetchall()
        assert joined == [("REVENUE", 202500.0), ("SATISFACTION", 4.4), ("VISITS", 4300.0)]
        assert db.execute("SELECT version FROM measurement").fetchall() == [(1,)] * 5
    # The backup is the untouched v1 file.
    assert _counts(store.backup_path) == before


def test_upgraded_schema_equals_fresh_schema(tmp_path: Path) -> None:
    old, fresh = tmp_path / "old.kpidesk", tmp_path / "fresh.kpidesk"
    make_v1_file(old)
    open_database(old).close()
    create_database(fresh).close()
    assert _schema(old) == _schema(fresh)


def test_upgraded_kpi_table_enforces_its_vocabulary(tmp_path: Path) -> None:
    path = tmp_path / "old.kpidesk"
    make_v1_file(path)
    open_database(path).close()
    with sqlite3.connect(path) as db, pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        db.execute("UPDATE kpi SET direction = 'sideways' WHERE id = 1")


def test_step_is_safe_to_run_again(tmp_path: Path) -> None:
    path = tmp_path / "old.kpidesk"
    make_v1_file(path)
    open_database(path).close()
    before = _counts(path)
    with open_database(path) as store:
        migrations.run_migrations(store.db, 1)  # as if the version row had been lost
    assert _counts(path) == before


def test_failed_step_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.kpidesk"
    make_v1_file(path)

    def drop_values(db) -> None:
        db.execute_sql("DELETE FROM measurement")

    bad = Step(LATEST + 1, "bad", drop_values)
    monkeypatch.setattr(migrations, "STEPS", (*migrations.STEPS, bad))
    with sqlite3.connect(path) as db:
        before = db.execute("SELECT COUNT(*) FROM measurement").fetchone()[0]
    with pytest.raises(MigrationError, match="row counts"):
        migrations.run_migrations(_peewee(path), LATEST)
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT COUNT(*) FROM measurement").fetchone()[0] == before
        assert db.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == 1


def _peewee(path: Path):
    from peewee import SqliteDatabase

    db = SqliteDatabase(str(path))
    db.connect()
    return db


def test_file_from_newer_version_opens_read_only(store, reopen) -> None:
    p = store.db.param
    store.db.execute_sql(
        f"INSERT INTO schema_version VALUES ({p}, '2030-01-01 00:00:00', '9.0')", (LATEST + 5,)
    )
    store.close()
    before = store.path.read_bytes() if store.path else None
    with reopen() as newer:
        assert newer.read_only
        assert "newer KPIDesk" in newer.read_only_reason
        assert newer.db.execute_sql("SELECT name FROM business").fetchone()[0]
    if before is not None:  # a file is not touched at all
        assert store.path.read_bytes() == before


def test_v3_file_gains_the_in_use_from_date_of_kpis(tmp_path: Path) -> None:
    path = tmp_path / "v3.kpidesk"
    make_v1_file(path)
    db = _peewee(path)
    assert migrations.STEPS[1].version == 3
    migrations.run_migrations(db, 1, steps=migrations.STEPS[:2])  # as KPIDesk with schema 3 did
    db.close()
    before = _counts(path)
    with open_database(path) as store:
        assert store.schema_version == LATEST >= 4
        old = list_kpis(store)
        assert old and all(k.active_from is None for k in old)  # in use all along
        update_kpi(store, replace(old[0], active_from=date(2026, 10, 1)))
    assert _counts(path) == before | {"change_log": before["change_log"] + 1}
    with open_database(path) as store:
        assert get_kpi(store, old[0].id).active_from == date(2026, 10, 1)
