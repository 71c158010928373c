"""History stays true: every screen and report scores a period against the target in force
then, and a retired KPI leaves the dashboard while its values, chart and old scorecards stay."""

from __future__ import annotations

from datetime import date

import pytest

from kpidesk.domain.dashboard import View, ViewKind
from kpidesk.domain.entities import Goal, Kpi, Target
from kpidesk.domain.periods import Period
from kpidesk.domain.types import Frequency, Status
from kpidesk.gui.models.chart_data import build_chart_data
from kpidesk.gui.models.dashboard_data import load_dashboard
from kpidesk.gui.models.entry_data import load_grid
from kpidesk.gui.models.entry_model import STATUS_ROLE, EntryModel
from kpidesk.reports.inputs import load_inputs
from kpidesk.reports.scorecard_data import build_scorecard
from kpidesk.store import goals, kpis
from kpidesk.store.measurements import ValueRow, load_values, write_values
from kpidesk.store.reads import StoreReads
from kpidesk.store.series import load_series
from kpidesk.store.targets import list_targets, set_target

TODAY = date(2026, 11, 27)
MAY, AUGUST = Period.parse("2026-05"), Period.parse("2026-08")


@pytest.fixture
def raised(store):
    """1050 a month all year; the target 1000 until June, 1200 from July (warning 1080)."""
    kpi = kpis.add_kpi(store, Kpi(0, "REV", "Revenue", frequency=Frequency.MONTH))
    goal = goals.add_goal(store, Goal(0, "Grow"))
    goals.link_kpi(store, goal.id, kpi.id)
    set_target(store, Target(kpi.id, date(2026, 1, 1), realistic=1000))
    set_target(store, Target(kpi.id, date(2026, 7, 1), realistic=1200, warning=1080))
    months = [Period.parse("2026-01").shift(n) for n in range(10)]
    write_values(store, [ValueRow(kpi.id, m.start, 1050.0) for m in months])
    return kpi


def test_old_periods_keep_the_target_in_force_then_everywhere(store, raised, qapp) -> None:
    expected = {MAY: (1000.0, Status.ON_TRACK), AUGUST: (1200.0, Status.OFF_TRACK)}
    # the data-entry grid
    grid = load_grid(store, Frequency.MONTH, MAY, AUGUST)
    model = EntryModel(TODAY)
    model.set_rows(grid.rows, grid.periods, grid.cells)
    assert model.index(0, 0).data(STATUS_ROLE) == Status.ON_TRACK
    assert model.index(0, 3).data(STATUS_ROLE) == Status.OFF_TRACK
    # the KPI chart
    series = load_series(store)[(raised.id, "")]
    chart = build_chart_data(
        raised, series, today=TODAY, lang="en", targets=list_targets(store, raised.id)
    )
    by_period = dict(zip(chart.periods, chart.targets["realistic"], strict=True))
    assert (by_period[MAY], by_period[AUGUST]) == (1000.0, 1200.0)
    inputs = load_inputs(store)
    for period, (target, status) in expected.items():
        # the scorecard of that month …
        [line] = build_scorecard(inputs, period, TODAY).lines
        assert (line.target.realistic, line.status) == (target, status)
        # … and the Home tile when Home shows that month
        tile = load_dashboard(StoreReads(store), View(ViewKind.MONTH, period), TODAY).tiles[
            raised.id
        ]
        assert (tile.target.realistic, tile.status) == (target, status)


def test_a_retired_kpi_leaves_the_dashboard_and_keeps_its_history(store, raised, qapp) -> None:
    kpis.retire_kpi(store, raised.id, date(2026, 9, 1), "Replaced by gross profit")
    home = load_dashboard(StoreReads(store), View(ViewKind.MONTH, Period.parse("2026-10")), TODAY)
    assert raised.id not in home.tiles and raised.id not in home.kpis
    assert len(load_values(store, [raised.id])[(raised.id, "")]) == 10  # every value kept
    grid = load_grid(store, Frequency.MONTH, MAY, AUGUST)
    assert grid.rows == []  # no longer typed in
    inputs = load_inputs(store)
    [old] = build_scorecard(inputs, AUGUST, TODAY).lines  # August still prints as it did
    assert (old.actual, old.status) == (1050.0, Status.OFF_TRACK)
    assert build_scorecard(inputs, Period.parse("2026-10"), TODAY).lines == []
