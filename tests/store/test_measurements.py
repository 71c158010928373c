"""Values: all-or-nothing batches, change log, series for the domain."""

from __future__ import annotations

from datetime import date

import pytest

from kpidesk.domain.entities import Kpi
from kpidesk.domain.periods import Period
from kpidesk.domain.types import Frequency, RollUp
from kpidesk.store import changelog, kpis
from kpidesk.store.business import ensure_segment
from kpidesk.store.errors import StoreError
from kpidesk.store.measurements import (
    ValueRow,
    count_values,
    load_measurements,
    load_values,
    set_value,
    write_values,
)
from kpidesk.store.series import load_series


@pytest.fixture
def web(store):
    ensure_segment(store, "seo", "channel", "SEO")
    visits = kpis.add_kpi(
        store,
        Kpi(0, "VISITS", "Besøk", frequency=Frequency.DAY, rollup=RollUp.SUM, dimension="channel"),
    )
    orders = kpis.add_kpi(
        store, Kpi(0, "ORDERS", "Ordre", frequency=Frequency.DAY, rollup=RollUp.SUM)
    )
    rate = kpis.add_kpi(
        store,
        Kpi(0, "CONV", "Konvertering", frequency=Frequency.MONTH, formula="ORDERS / VISITS * 100"),
    )
    return visits, orders, rate


def test_batch_reports_new_changed_unchanged_and_logs_changes(store, web) -> None:
    visits, _, _ = web
    rows = [ValueRow(visits.id, date(2026, 10, d), 100.0 + d) for d in range(1, 11)]
    assert write_values(store, rows).new == 10
    again = write_values(store, rows)  # re-importing the same data changes nothing
    assert (again.new, again.changed, again.unchanged) == (0, 0, 10)
    fixed = [ValueRow(visits.id, date(2026, 10, 3), 999.0, comment="rettet")]
    assert write_values(store, fixed, source="kasse.csv").changed == 1
    [entry] = [c for c in changelog.list_changes(store, kpi_id=visits.id) if c.field == "value"]
    assert (entry.old, entry.new, entry.context) == ("103", "999", "2026-10-03")
    [m] = [m for m in load_measurements(store, visits.id) if m.period.start == date(2026, 10, 3)]
    assert (m.value, m.comment, m.source) == (999.0, "rettet", "kasse.csv")


def test_a_bad_row_writes_nothing(store, web) -> None:
    visits = web[0]
    monthly = kpis.add_kpi(store, Kpi(0, "REV", "Omsetning", frequency=Frequency.MONTH))
    rows = [
        ValueRow(visits.id, date(2026, 10, 1), 5.0),
        ValueRow(monthly.id, date(2026, 10, 15), 7.0),
    ]  # not the start of a month
    with pytest.raises(StoreError, match="value 2: 2026-10-15 does not start a month"):
        write_values(store, rows)
    with pytest.raises(StoreError, match="not saved"):
        write_values(store, [ValueRow(visits.id, date(2026, 10, 1), 5.0, segment="tiktok")])
    assert count_values(store) == 0


def test_missing_stays_missing(store, web) -> None:
    visits, _, _ = web
    day = Period.parse("2026-10-05")
    set_value(store, visits.id, day, 12.0, comment="kampanje")
    set_value(store, visits.id, day, None)  # cleared, comment kept
    [m] = load_measurements(store, visits.id)
    assert m.value is None and m.comment == "kampanje"
    month = load_series(store)[(visits.id, "")].value(Period.parse("2026-10"))
    assert month.value is None


def test_formula_kpi_over_a_month_is_ratio_of_sums(store, web) -> None:
    visits, orders, rate = web
    rows = []
    for day, (v, o) in enumerate([(100, 1), (300, 9), (100, 5)], start=1):
        rows += [
            ValueRow(visits.id, date(2026, 10, day), v),
            ValueRow(orders.id, date(2026, 10, day), o),
        ]
        rows.append(ValueRow(visits.id, date(2026, 10, day), v / 2, segment="seo"))
    write_values(store, rows)
    series = load_series(store)
    month = Period.parse("2026-10")
    assert series[(rate.id, "")].value(month).value == pytest.approx(15 / 500 * 100)
    assert set(load_values(store)) == {(visits.id, ""), (visits.id, "seo"), (orders.id, "")}
    # Orders are not split by channel, so there is no per-channel conversion rate.
    assert (rate.id, "seo") not in series


def test_a_key_given_twice_in_one_batch_keeps_the_last_value(store, web) -> None:
    visits = web[0]
    rows = [
        ValueRow(visits.id, date(2026, 10, 1), 1.0),
        ValueRow(visits.id, date(2026, 10, 1), 2.0),
    ]
    write_values(store, rows)
    assert load_values(store, [visits.id])[(visits.id, "")] == {Period.parse("2026-10-01"): 2.0}
