"""Moving a business file → server → file keeps every value; a failed move keeps nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
import pytest

from kpidesk.domain.entities import Kpi
from kpidesk.store.connection import open_database
from kpidesk.store.errors import StoreError
from kpidesk.store.kpis import add_kpi, list_kpis
from kpidesk.store.measurements import load_values
from kpidesk.store.transfer import TransferError, checksum, pull, push


@pytest.fixture
def empty_database(pg_server):
    name = pg_server.new_database()
    yield pg_server.url(name)
    pg_server.drop_database(name)


def _tables(url: str) -> list[str]:
    with psycopg.connect(url) as conn:
        return [
            r[0]
            for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        ]


def test_file_to_server_to_file_keeps_every_value(demo_path, empty_database, tmp_path) -> None:
    with sqlite3.connect(demo_path) as raw:  # a KPI replaced by a later one: a self-reference
        raw.execute("UPDATE kpi SET replaced_by_id = (SELECT MAX(id) FROM kpi) WHERE id = 1")
    raw.close()
    with open_database(demo_path, read_only=True) as original:
        counts, digest = checksum(original)
        values = load_values(original)
    steps: list[tuple[int, int]] = []
    pushed = push(
        demo_path, empty_database, progress=lambda done, total: steps.append((done, total))
    )
    assert (pushed.counts, pushed.checksum) == (counts, digest)
    assert counts["measurement"] > 10_000
    assert steps[-1][0] == steps[-1][1] == sum(counts.values())
    back = tmp_path / "back.kpidesk"
    pulled = pull(empty_database, back)
    assert (pulled.counts, pulled.checksum) == (counts, digest)
    for target in (empty_database, back):
        with open_database(target, read_only=True) as copy:
            assert checksum(copy) == (counts, digest)
            assert load_values(copy) == values
            kpis = {k.id: k for k in list_kpis(copy)}
            assert kpis[1].replaced_by_id == max(kpis)
    assert not back.with_name("back.kpidesk.partial").exists()


def test_a_pushed_business_takes_new_rows(demo_path, empty_database) -> None:
    push(demo_path, empty_database)
    with open_database(empty_database) as store:
        # The id sequences continue after the copied ids.
        kpi = add_kpi(store, Kpi(0, "NEW_ONE", "New one"))
        assert kpi.id > max(k.id for k in list_kpis(store) if k.code != "NEW_ONE")


def test_push_refuses_a_database_that_is_not_empty(demo_path, pg_database) -> None:
    before = _tables(pg_database)
    with pytest.raises(StoreError, match="not empty"):
        push(demo_path, pg_database)
    assert _tables(pg_database) == before


def test_a_cancelled_or_failed_push_leaves_the_database_empty(demo_path, empty_database) -> None:
    def cancel(done: int, total: int) -> None:
        if done > 5000:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        push(demo_path, empty_database, progress=cancel)
    assert _tables(empty_database) == []
    push(demo_path, empty_database)  # and it can be done again


def test_a_copy_that_differs_is_not_kept(demo_path, empty_database, monkeypatch) -> None:
    from kpidesk.store import transfer

    real = transfer._write

    def lossy(db, table, rows, to_sqlite):
        real(db, table, rows[:-1] if table.name == "measurement" else rows, to_sqlite)

    monkeypatch.setattr(transfer, "_write", lossy)
    with pytest.raises(TransferError, match="measurement has"):
        push(demo_path, empty_database)
    assert _tables(empty_database) == []


def test_pull_never_overwrites_a_file(pg_database, tmp_path: Path) -> None:
    taken = tmp_path / "taken.kpidesk"
    taken.write_text("my notes")
    with pytest.raises(StoreError, match="exists already"):
        pull(pg_database, taken)
    assert taken.read_text() == "my notes"

    def cancel(done: int, total: int) -> None:
        raise KeyboardInterrupt

    fresh = tmp_path / "fresh.kpidesk"
    with pytest.raises(KeyboardInterrupt):
        pull(pg_database, fresh, progress=cancel)
    assert list(tmp_path.iterdir()) == [taken]
