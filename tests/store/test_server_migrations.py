"""Upgrading a team database: exactly once however many clients start at the same time."""

from __future__ import annotations

import threading
import time

import psycopg
import pytest

from kpidesk.store import server
from kpidesk.store.causes import list_causes
from kpidesk.store.connection import open_database
from kpidesk.store.errors import MigrationError
from kpidesk.store.migrations import LATEST

V3_TABLES = ("value_tag", "competitor_value", "competitor", "cause_tag", "period_close")


def _make_v2(url: str) -> None:
    """Take a database back to schema 2 (step 3 only adds tables; later steps are re-runnable)."""
    with psycopg.connect(url, autocommit=True) as conn:
        for table in V3_TABLES:
            conn.execute(f'DROP TABLE "{table}"')
        conn.execute("UPDATE schema_version SET version = 2")


def test_two_clients_on_an_old_schema_migrate_exactly_once(pg_database, monkeypatch) -> None:
    _make_v2(pg_database)
    runs: list[list[int]] = []
    real = server.run_migrations

    def slow_migrations(db, version):
        applied = real(db, version)
        runs.append(applied)
        time.sleep(0.3)  # the other client has ample time to get in the way
        return applied

    monkeypatch.setattr(server, "run_migrations", slow_migrations)
    ready = threading.Barrier(2)
    versions: list[int] = []
    errors: list[BaseException] = []

    def client() -> None:
        try:
            ready.wait()
            with open_database(pg_database) as store:
                versions.append(store.schema_version)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=client) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == []
    assert runs == [list(range(3, LATEST + 1))]
    assert versions == [LATEST, LATEST]
    with open_database(pg_database, read_only=True) as store:
        rows = store.db.execute_sql("SELECT version FROM schema_version ORDER BY 1").fetchall()
        assert [r[0] for r in rows] == list(range(2, LATEST + 1))
        assert len(list_causes(store)) == 5  # seeded once, in the business's language


def test_only_the_administrator_upgrades_a_team_database(team) -> None:
    _make_v2(team.admin_url)
    for role in ("owner", "editor"):
        with pytest.raises(MigrationError, match="administrator must upgrade it"):
            open_database(team.urls[role])
    with open_database(team.admin_url) as admin:
        assert admin.schema_version == LATEST
    # The new tables belong to the team's admin role, with row security, like the others.
    names = server.team_roles(team.dbname)
    with psycopg.connect(team.admin_url) as conn:
        for table in V3_TABLES:
            owner, forced = conn.execute(
                "SELECT pg_get_userbyid(relowner), relforcerowsecurity FROM pg_class "
                "WHERE relname = %s",
                (table,),
            ).fetchone()
            assert (owner, forced) == (names["admin"], True)
    with open_database(team.urls["editor"]) as editor:
        assert editor.schema_version == LATEST
        assert list_causes(editor)
