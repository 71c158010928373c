"""Two people, one number: a save based on a stale read is refused, never silently lost."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date

import pytest

from kpidesk.domain.entities import Kpi, Target
from kpidesk.store.changelog import latest_change_id
from kpidesk.store.connection import open_database
from kpidesk.store.errors import ConflictError
from kpidesk.store.kpis import add_kpi
from kpidesk.store.measurements import ValueRow, load_measurements, write_values
from kpidesk.store.notify import ChangeListener
from kpidesk.store.targets import list_targets, set_target

OCTOBER = date(2026, 10, 1)


@pytest.fixture
def revenue(store) -> int:
    return add_kpi(store, Kpi(0, "REV", "Revenue")).id


def _seen(store, kpi_id: int) -> dict:
    """What a grid shows: the version of each stored value, by its key."""
    return {
        (m.kpi_id, m.segment, m.period.start): m.version for m in load_measurements(store, kpi_id)
    }


def test_a_value_changed_since_it_was_read_is_a_conflict_showing_both(store, revenue) -> None:
    write_values(store, [ValueRow(revenue, OCTOBER, 100.0)])
    seen = _seen(store, revenue)
    assert seen == {(revenue, "", OCTOBER): 1}
    write_values(store, [ValueRow(revenue, OCTOBER, 150.0)])  # someone else's save
    with pytest.raises(ConflictError) as conflict:
        write_values(store, [ValueRow(revenue, OCTOBER, 120.0)], expected=seen)
    error = conflict.value
    assert (error.what, error.mine, error.theirs) == ("value", 120.0, 150.0)
    assert error.subject == "Revenue, 2026-10"
    assert error.changed_by == store.user and error.changed_at is not None
    assert [m.value for m in load_measurements(store, revenue)] == [150.0]
    # Saving again from a fresh read works, and bumps the version.
    write_values(store, [ValueRow(revenue, OCTOBER, 120.0)], expected=_seen(store, revenue))
    assert _seen(store, revenue) == {(revenue, "", OCTOBER): 3}


def test_a_value_added_by_someone_else_is_a_conflict_for_who_saw_none(store, revenue) -> None:
    write_values(store, [ValueRow(revenue, OCTOBER, 80.0)])
    with pytest.raises(ConflictError) as conflict:
        write_values(
            store,
            [ValueRow(revenue, date(2026, 9, 1), 1.0), ValueRow(revenue, OCTOBER, 90.0)],
            expected={(revenue, "", date(2026, 9, 1)): None, (revenue, "", OCTOBER): None},
        )
    assert (conflict.value.mine, conflict.value.theirs) == (90.0, 80.0)
    # The whole batch is one transaction: September was not written either.
    assert [m.value for m in load_measurements(store, revenue)] == [80.0]


def test_a_target_changed_since_it_was_read_is_a_conflict(store, revenue) -> None:
    first = set_target(store, Target(revenue, date(2026, 1, 1), 100.0, 120.0))
    seen = list_targets(store, revenue)[0]
    set_target(store, replace(first, realistic=110.0))  # someone else's correction
    mine = replace(seen, realistic=105.0)
    with pytest.raises(ConflictError) as conflict:
        set_target(store, mine, expected=seen)
    error = conflict.value
    assert error.what == "target" and "Revenue" in error.subject and "2026-01-01" in error.subject
    assert error.mine.realistic == 105.0 and error.theirs.realistic == 110.0
    assert error.changed_by == store.user
    assert list_targets(store, revenue)[0].realistic == 110.0
    # Someone adding a target for the same start date conflicts with "I saw none".
    with pytest.raises(ConflictError):
        set_target(store, Target(revenue, date(2026, 1, 1), 1.0), expected=None)
    set_target(store, mine, expected=list_targets(store, revenue)[0])
    assert list_targets(store, revenue)[0].realistic == 105.0


def test_latest_change_id_moves_with_every_save(store, revenue) -> None:
    before = latest_change_id(store)
    write_values(store, [ValueRow(revenue, OCTOBER, 1.0)])
    assert latest_change_id(store) > before


def test_two_clients_saving_the_same_value_at_once_one_wins_one_is_told(pg_database) -> None:
    with open_database(pg_database) as setup:
        kpi = add_kpi(setup, Kpi(0, "REV", "Revenue")).id
        write_values(setup, [ValueRow(kpi, OCTOBER, 100.0)])
        seen = _seen(setup, kpi)
    ready = threading.Barrier(2)
    outcome: dict[float, object] = {}

    def client(value: float) -> None:
        with open_database(pg_database) as store:
            ready.wait()
            try:
                write_values(store, [ValueRow(kpi, OCTOBER, value)], expected=seen)
                outcome[value] = "saved"
            except ConflictError as exc:
                outcome[value] = exc

    threads = [threading.Thread(target=client, args=(v,)) for v in (111.0, 222.0)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    saved = [v for v, result in outcome.items() if result == "saved"]
    refused = [result for result in outcome.values() if isinstance(result, ConflictError)]
    assert len(saved) == 1 and len(refused) == 1
    assert (refused[0].theirs, refused[0].mine) == (saved[0], 333.0 - saved[0])
    with open_database(pg_database, read_only=True) as reader:
        assert [m.value for m in load_measurements(reader, kpi)] == saved


def test_other_clients_hear_every_committed_save(pg_database) -> None:
    with open_database(pg_database) as store, ChangeListener(pg_database) as listener:
        kpi = add_kpi(store, Kpi(0, "REV", "Revenue")).id
        listener.wait(0.2)  # the KPI's own notification
        assert not listener.wait(0.05)
        with pytest.raises(ConflictError):
            write_values(store, [ValueRow(kpi, OCTOBER, 5.0)], expected={(kpi, "", OCTOBER): 9})
        assert not listener.wait(0.2)  # a refused save commits nothing, so says nothing
        write_values(store, [ValueRow(kpi, OCTOBER, 5.0)])
        assert listener.wait(5)


def test_a_save_waits_for_another_clients_only_so_long(pg_database, monkeypatch) -> None:
    import psycopg

    from kpidesk.store import server
    from kpidesk.store.errors import StoreError

    monkeypatch.setattr(server, "WRITE_WAIT", "200ms")
    with open_database(pg_database) as store:
        kpi = add_kpi(store, Kpi(0, "REV", "Revenue")).id
        with psycopg.connect(pg_database) as other:  # another client in the middle of a save
            other.execute(f"SELECT pg_advisory_xact_lock({server.WRITE_LOCK})")
            with pytest.raises(StoreError, match="took too long"):
                write_values(store, [ValueRow(kpi, OCTOBER, 1.0)])
        write_values(store, [ValueRow(kpi, OCTOBER, 1.0)])  # once it is done, saving works
        assert [m.value for m in load_measurements(store, kpi)] == [1.0]
