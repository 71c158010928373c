"""The item models of the Goals and KPIs screens: qtmodeltester, sort role, one-cell changes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt

from kpidesk.domain.entities import Benchmark, Target
from kpidesk.domain.types import BenchmarkKind, Timing
from kpidesk.gui.models import goals_model, kpis_model, targets_model
from kpidesk.gui.models.benchmarks_model import BenchmarksModel
from kpidesk.gui.models.goals_model import GoalsFilter, GoalsModel
from kpidesk.gui.models.kpis_model import KpiLookups, KpisFilter, KpisModel
from kpidesk.gui.models.table import OBJECT_ROLE, SORT_ROLE
from kpidesk.gui.models.targets_model import TargetsModel
from kpidesk.store import benchmarks, business, goals, kpis, targets
from tests.gui.screens_support import open_demo


@pytest.fixture
def demo(demo_path):
    store = open_demo(demo_path, read_only=True)
    yield store
    store.close()


@pytest.fixture
def nb_locale():
    old = QLocale()
    QLocale.setDefault(QLocale("nb_NO"))
    yield
    QLocale.setDefault(old)


def _goals(demo) -> GoalsModel:
    model = GoalsModel()
    people = {p.id: p.name for p in business.list_people(demo)}
    model.set_goals(goals.list_goals(demo, include_archived=True), people)
    return model


def _kpis(demo) -> KpisModel:
    model = KpisModel()
    lookups = KpiLookups(
        people={p.id: p.name for p in business.list_people(demo)},
        goals=goals.list_goals(demo),
        library_channels={"EMAIL_OPEN_RATE": "email"},
    )
    model.set_kpis(kpis.list_kpis(demo), lookups)
    return model


def test_every_model_and_proxy_passes_qtmodeltester(qtmodeltester, demo):
    goals_proxy, kpis_proxy = GoalsFilter(), KpisFilter()
    goals_proxy.setSourceModel(_goals(demo))
    kpis_proxy.setSourceModel(_kpis(demo))
    target_rows = TargetsModel()
    target_rows.set_rows(targets.list_targets(demo, 1))
    benchmark_rows = BenchmarksModel()
    benchmark_rows.set_rows(benchmarks.list_benchmarks(demo))
    for model in (goals_proxy, kpis_proxy, target_rows, benchmark_rows):
        qtmodeltester.check(model, force_py=True)
        qtmodeltester.check(model.sourceModel() if hasattr(model, "sourceModel") else model)


def test_goals_model_shows_text_and_sorts_by_native_values(demo):
    model = _goals(demo)
    assert model.rowCount() == 3
    assert model.index(0, goals_model.OWNER).data() == "Ingrid Solberg"
    assert model.index(0, goals_model.KPIS).data() == "5"
    assert model.index(0, goals_model.KPIS).data(SORT_ROLE) == 5
    assert model.index(0, goals_model.DUE).data(SORT_ROLE) == date(2029, 12, 31)
    proxy = GoalsFilter()
    proxy.setSourceModel(model)
    proxy.sort(goals_model.KPIS, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, goals_model.KPIS).data() == "7"


def test_one_changed_cell_emits_one_cell_datachanged(qtbot, demo):
    model = _goals(demo)
    goal = model.row_object(1)
    with qtbot.waitSignal(model.dataChanged) as signal:
        model.set_row(1, replace(goal, title="Ny tittel"))
    top_left, bottom_right = signal.args[:2]
    assert (top_left.row(), top_left.column()) == (1, goals_model.TITLE)
    assert (bottom_right.row(), bottom_right.column()) == (1, goals_model.TITLE)
    assert model.index(1, goals_model.TITLE).data() == "Ny tittel"


def test_numbers_follow_the_ui_locale(nb_locale):
    model = TargetsModel()
    model.decimals = 1
    model.set_rows([Target(1, date(2026, 1, 1), realistic=1234.5, stretch=2000.0)])
    assert model.index(0, targets_model.REALISTIC).data() == "1\u00a0234,5"
    assert model.index(0, targets_model.REALISTIC).data(SORT_ROLE) == 1234.5
    bench = BenchmarksModel()
    bench.set_rows([Benchmark(1, 1, BenchmarkKind.INDUSTRY, "Snitt", 1.9, date(2026, 1, 1))])
    assert bench.index(0, 2).data() == "1,9"


def test_kpi_filters_narrow_the_list(demo):
    model = _kpis(demo)
    proxy = KpisFilter()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 15  # FLYERS is retired
    proxy.set_filter("timing", Timing.LEADING)
    shown = [proxy.index(r, 0).data(OBJECT_ROLE) for r in range(proxy.rowCount())]
    assert shown and all(k.timing is Timing.LEADING for k in shown)
    proxy.set_filter("timing", None)
    proxy.set_filter("goal_id", 2)
    assert proxy.rowCount() == 5
    proxy.set_filter("goal_id", None)
    proxy.set_filter("channel", kpis_model.SPLIT_BY_CHANNEL)
    codes = {proxy.index(r, 0).data() for r in range(proxy.rowCount())}
    assert codes == {"WEB_VISITS", "WEB_ORDERS", "CONVERSION_RATE"}
    proxy.set_filter("channel", "email")  # split by channel, or the library's e-mail KPI
    codes = {proxy.index(r, 0).data() for r in range(proxy.rowCount())}
    assert codes == {"WEB_VISITS", "WEB_ORDERS", "CONVERSION_RATE", "EMAIL_OPEN_RATE"}
    proxy.set_filter("channel", None)
    proxy.set_search("nett")
    assert {proxy.index(r, 0).data() for r in range(proxy.rowCount())} >= {"WEB_VISITS"}
    proxy.set_search("")
    proxy.set_filter("show_retired", True)
    assert proxy.rowCount() == 16
