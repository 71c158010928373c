"""load_measurements limited to a range of periods (what the data-entry grid shows)."""

from __future__ import annotations

from datetime import date

from kpidesk.domain.entities import Kpi
from kpidesk.domain.types import Frequency
from kpidesk.store.kpis import add_kpi
from kpidesk.store.measurements import ValueRow, load_measurements, write_values


def test_first_and_last_limit_the_periods_both_included(store) -> None:
    kpi = add_kpi(store, Kpi(0, "REV", "Omsetning", frequency=Frequency.MONTH))
    rows = [ValueRow(kpi.id, date(2026, m, 1), float(m), comment=f"m{m}") for m in range(1, 13)]
    write_values(store, rows)
    got = load_measurements(store, kpi.id, first=date(2026, 3, 1), last=date(2026, 5, 1))
    assert [(m.period.label(), m.value, m.comment) for m in got] == [
        ("2026-03", 3.0, "m3"),
        ("2026-04", 4.0, "m4"),
        ("2026-05", 5.0, "m5"),
    ]
    assert len(load_measurements(store, kpi.id, first=date(2026, 12, 1))) == 1
    assert len(load_measurements(store, kpi.id)) == 12
