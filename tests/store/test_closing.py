"""Closed periods: read-only until reopened, and both steps on record."""

from __future__ import annotations

from datetime import date

import pytest

from kpidesk.domain.entities import Kpi
from kpidesk.domain.periods import Period
from kpidesk.domain.types import Frequency
from kpidesk.store import changelog, kpis
from kpidesk.store.closing import close_history, close_periods, closed_through, reopen_periods
from kpidesk.store.errors import StoreError
from kpidesk.store.measurements import ValueRow, load_values, set_value, write_values


@pytest.fixture
def revenue(store):
    return kpis.add_kpi(store, Kpi(0, "REV", "Omsetning", frequency=Frequency.MONTH))


def test_a_closed_period_refuses_changes_and_reopening_allows_them(store, revenue) -> None:
    october = Period.parse("2026-10")
    set_value(store, revenue.id, october, 100.0)
    close_periods(store, date(2026, 10, 31), "Oktober gjennomgått")
    assert closed_through(store) == date(2026, 10, 31)
    with pytest.raises(StoreError, match="2026-10 is closed"):
        set_value(store, revenue.id, october, 999.0)
    # A batch that touches a closed period writes nothing at all.
    rows = [
        ValueRow(revenue.id, date(2026, 11, 1), 5.0),
        ValueRow(revenue.id, date(2026, 9, 1), 6.0),
    ]
    with pytest.raises(StoreError, match="2026-09 is closed"):
        write_values(store, rows)
    assert load_values(store, [revenue.id])[(revenue.id, "")] == {october: 100.0}
    set_value(store, revenue.id, Period.parse("2026-11"), 7.0)  # open periods still take values
    reopen_periods(store, date(2026, 9, 30), "Rettelse av oktober")
    set_value(store, revenue.id, october, 105.0)
    assert [e.action for e in close_history(store)] == ["close", "reopen"]
    logged = [c for c in changelog.list_changes(store) if c.entity == "period_close"]
    assert {(c.field, c.new) for c in logged} == {("close", "2026-10-31"), ("reopen", "2026-09-30")}


def test_closing_backwards_or_reopening_what_is_open_is_refused(store) -> None:
    with pytest.raises(StoreError, match="not closed"):
        reopen_periods(store, None)
    close_periods(store, date(2026, 10, 31))
    with pytest.raises(StoreError, match="already closed"):
        close_periods(store, date(2026, 9, 30))
