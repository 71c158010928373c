"""The quick sqlite3 read of a file gives Home exactly what the store gives it."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from kpidesk.domain.dashboard import ViewKind, default_view
from kpidesk.domain.types import CHANNEL_DIMENSION
from kpidesk.gui.models.dashboard_data import load_dashboard
from kpidesk.store.business import add_person
from kpidesk.store.connection import open_database
from kpidesk.store.goals import archive_goal, list_goals, update_goal
from kpidesk.store.kpis import list_kpis, retire_kpi, update_kpi
from kpidesk.store.lock import FileLock, lock_holder
from kpidesk.store.quick import QuickReads, quick_reads
from kpidesk.store.reads import StoreReads
from tests.conftest import DEMO_TODAY


def _varied(demo_path: Path) -> Path:
    """The demo with what the demo lacks: an archived goal, a replaced KPI, dates, owners."""
    with open_database(demo_path) as store:
        owner = add_person(store, "Åse Ødegård", "ase@example.no", "daglig leder")
        first, second, *_ = list_goals(store)
        update_goal(store, replace(first, due_date=date(2027, 6, 30), owner_id=owner.id))
        archive_goal(store, second.id, date(2026, 9, 1))
        old, new = [k for k in list_kpis(store) if not k.is_retired][:2]
        retire_kpi(store, old.id, date(2026, 10, 1), "erstattet", replaced_by_id=new.id)
        update_kpi(store, replace(new, active_from=date(2026, 10, 1), owner_id=owner.id))
    return demo_path


@pytest.fixture
def reads(demo_path: Path):
    """(store reads, quick reads) of the same varied demo file."""
    path = _varied(demo_path)
    quick = quick_reads(str(path))
    assert isinstance(quick, QuickReads)
    store = open_database(path, read_only=True)
    yield StoreReads(store), quick
    quick.close()
    store.close()


def test_every_table_reads_the_same(reads) -> None:
    store, quick = reads
    assert quick.business() == store.business()
    assert quick.kpis() == store.kpis()
    assert quick.goals() == store.goals()
    assert quick.targets() == store.targets()
    assert quick.reviews() == store.reviews()
    assert quick.people() == store.people()
    assert quick.segments() == store.segments()
    assert quick.segments(CHANNEL_DIMENSION) == store.segments(CHANNEL_DIMENSION)
    ids = [k.id for k in store.kpis()]
    assert quick.measured(ids) == store.measured(ids) and quick.measured([]) == set()
    assert quick.first_added() == store.first_added() is not None
    # What the variations were for: they show up, so the comparison covers them.
    assert any(k.active_from and k.owner_id for k in quick.kpis())
    assert any(k.replaced_by_id for k in quick.kpis())
    assert any(g.due_date for g in quick.goals()) and quick.reviews()
    assert any(r.decisions for r in quick.reviews())
    assert any(k.scale and k.scale.labels for k in quick.kpis())


def test_values_read_the_same(reads) -> None:
    store, quick = reads
    ids = [k.id for k in store.kpis()]
    for args in (
        (ids, None, None, None),
        (ids[:3], date(2026, 1, 1), date(2026, 6, 30), ""),
        (ids, date(2025, 11, 1), None, "seo"),
    ):
        assert quick.values(*args) == store.values(*args)
        assert quick.values(*args)  # the demo has values of each kind


@pytest.mark.parametrize("kind", ViewKind.ALL)
def test_home_shows_the_same_from_either(reads, kind: str) -> None:
    store, quick = reads
    view = default_view(kind, DEMO_TODAY, store.business().fiscal_start_month)
    from_store = load_dashboard(store, view, DEMO_TODAY)
    assert load_dashboard(quick, view, DEMO_TODAY) == from_store
    assert from_store.tiles and from_store.todos
    assert load_dashboard(quick, view, DEMO_TODAY + timedelta(days=400)) == load_dashboard(
        store, view, DEMO_TODAY + timedelta(days=400)
    )


def test_a_file_in_use_is_not_read_quickly(demo_path: Path) -> None:
    assert lock_holder(demo_path) is None
    lock = FileLock(demo_path)
    assert lock.acquire() is None
    try:
        assert lock_holder(demo_path) is not None
        assert quick_reads(str(demo_path)) is None  # the usual open asks about it first
    finally:
        lock.release()
    assert lock_holder(demo_path) is None


def test_files_the_usual_open_must_explain_are_not_read_quickly(tmp_path: Path) -> None:
    text = tmp_path / "notes.kpidesk"
    text.write_text("hei")
    assert quick_reads(str(text)) is None
    assert quick_reads(str(tmp_path / "missing.kpidesk")) is None


def test_an_older_file_waits_for_its_upgrade(tmp_path: Path) -> None:
    import sqlite3

    from kpidesk.store.header import APPLICATION_ID

    v1 = tmp_path / "v1.kpidesk"
    with sqlite3.connect(v1) as db:
        db.executescript((Path(__file__).parent / "fixtures" / "v1.sql").read_text())
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.close()
    assert quick_reads(str(v1)) is None


def test_the_quick_read_loads_no_peewee(demo_path: Path) -> None:
    code = (
        "import sys; from kpidesk.store.quick import quick_reads; "
        f"reads = quick_reads({str(demo_path)!r}); "
        "print(reads is not None and bool(reads.kpis()), "
        "sorted(m for m in ('peewee', 'psycopg', 'kpidesk.store.models') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "[]"]
