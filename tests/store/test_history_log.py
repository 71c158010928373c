"""The change log keeps comments and causes as they read then; closed periods name themselves."""

from __future__ import annotations

from datetime import date

import pytest

from kpidesk.domain.entities import Kpi
from kpidesk.domain.periods import Period
from kpidesk.store import changelog, kpis
from kpidesk.store.causes import (
    cause_uses,
    causes_by_kpi,
    list_causes,
    remove_cause,
    rename_cause,
    set_value_causes,
    value_cause_ids,
)
from kpidesk.store.closing import close_periods
from kpidesk.store.errors import ClosedPeriodError, StoreError
from kpidesk.store.measurements import set_value

OCTOBER = Period.parse("2026-10")


@pytest.fixture
def revenue(store):
    return kpis.add_kpi(store, Kpi(0, "REV", "Omsetning"))


def logged(store, kpi, field):
    return [
        (c.old, c.new, c.context)
        for c in changelog.list_changes(store, kpi_id=kpi.id)
        if c.field == field
    ]


def test_a_comment_change_is_logged_on_its_own(store, revenue) -> None:
    set_value(store, revenue.id, OCTOBER, 100.0)
    set_value(store, revenue.id, OCTOBER, 100.0, comment="Stengt en uke")
    assert logged(store, revenue, "comment") == [("", "Stengt en uke", "2026-10-01")]
    assert logged(store, revenue, "value") == []  # the value did not change
    set_value(store, revenue.id, OCTOBER, 90.0, comment="Stengt to uker")
    assert logged(store, revenue, "value") == [("100", "90", "2026-10-01")]
    assert logged(store, revenue, "comment")[0] == ("Stengt en uke", "Stengt to uker", "2026-10-01")


def test_causes_are_logged_by_name_and_survive_a_rename(store, revenue) -> None:
    season, paused, stock = list_causes(store)[:3]
    set_value_causes(store, revenue.id, OCTOBER, [paused.id, season.id])
    set_value_causes(store, revenue.id, OCTOBER, [paused.id, season.id])  # no change, no entry
    assert value_cause_ids(store, revenue.id, OCTOBER.start) == [season.id, paused.id]
    rename_cause(store, season.id, "Høysesong")
    set_value_causes(store, revenue.id, OCTOBER, [stock.id])
    assert logged(store, revenue, "causes") == [
        ("Høysesong, " + paused.name, stock.name, "2026-10-01"),
        ("", f"{season.name}, {paused.name}", "2026-10-01"),
    ]
    assert cause_uses(store) == {stock.id: 1}
    with pytest.raises(StoreError, match="name"):
        rename_cause(store, stock.id, "  ")
    with pytest.raises(StoreError, match="no cause tag"):
        set_value_causes(store, revenue.id, OCTOBER, [999])
    remove_cause(store, stock.id)
    assert causes_by_kpi(store) == {}


def test_causes_by_kpi_reads_a_span(store, revenue) -> None:
    season = list_causes(store)[0]
    for label in ("2026-08", "2026-09", "2026-10"):
        set_value_causes(store, revenue.id, Period.parse(label), [season.id], segment="")
    found = causes_by_kpi(store, first=date(2026, 9, 1), last=date(2026, 9, 30))
    assert found == {revenue.id: {("", date(2026, 9, 1)): [season.name]}}


def test_a_closed_period_error_names_the_period_and_the_day(store, revenue) -> None:
    close_periods(store, date(2026, 10, 31))
    with pytest.raises(ClosedPeriodError) as caught:
        set_value(store, revenue.id, OCTOBER, 1.0)
    assert caught.value.period == OCTOBER and caught.value.closed_through == date(2026, 10, 31)
    assert "2026-10 is closed" in str(caught.value)
