"""Competitors in the GUI: the comparison panel, the Competitors dialog, the chart.

Fixture: a "Google rating" KPI (1 decimal), 4.2 in September and 4.5 in
October 2026 (today is 27 November). An industry benchmark of 4.4 without a
source (an example), a competitor benchmark of 4.6 from a survey. Kaffekoppen AS
rated 4.1 in March and 4.3 on 1 October (Google Maps); Vågen Kaffehus 4.7.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from kpidesk.domain.competitors import CompetitorValue
from kpidesk.domain.entities import Benchmark, Kpi
from kpidesk.domain.types import BenchmarkKind
from kpidesk.gui.dialogs.competitors import CompetitorsDialog
from kpidesk.gui.models import comparison_model
from kpidesk.gui.models.comparison_model import ComparisonModel
from kpidesk.gui.models.competitors_model import CompetitorsModel, CompetitorValuesModel
from kpidesk.gui.screens.kpi_detail import KpiDetailScreen
from kpidesk.gui.widgets.benchmark_panel import BenchmarkPanel
from kpidesk.gui.widgets.kpi_chart import SOURCE_IN_LABEL, benchmark_label
from kpidesk.store import benchmarks, competitors, kpis
from kpidesk.store.measurements import ValueRow, write_values
from tests.gui.screens_support import make_context, unnamed_focusable

TODAY = date(2026, 11, 27)


@pytest.fixture
def rival_context(store, tmp_path, qapp):
    rating = kpis.add_kpi(store, Kpi(0, "RATING", "Google rating", decimals=1))
    write_values(
        store,
        [ValueRow(rating.id, date(2026, 9, 1), 4.2), ValueRow(rating.id, date(2026, 10, 1), 4.5)],
    )
    benchmarks.add_benchmark(
        store,
        Benchmark(0, rating.id, BenchmarkKind.INDUSTRY, "Cafés in Norway", 4.4, date(2026, 1, 1),
                  "", True),
    )  # fmt: skip
    benchmarks.add_benchmark(
        store,
        Benchmark(0, rating.id, BenchmarkKind.COMPETITOR, "Survey of rivals", 4.6,
                  date(2026, 6, 1), "Bergen café survey 2026"),
    )  # fmt: skip
    koppen = competitors.add_competitor(store, "Kaffekoppen AS", "Torgallmenningen")
    vagen = competitors.add_competitor(store, "Vågen Kaffehus")
    for rival, day, value in ((koppen, date(2026, 3, 1), 4.1), (koppen, date(2026, 10, 1), 4.3),
                              (vagen, date(2026, 9, 15), 4.7)):  # fmt: skip
        competitors.add_competitor_value(
            store, CompetitorValue(rival.id, rating.id, day, value, "Google Maps")
        )
    context = make_context(tmp_path, None)
    context.store = store
    context.ids = {"RATING": rating.id, "koppen": koppen.id, "vagen": vagen.id}
    yield context
    context.store = None  # the `store` fixture closes it


def cells(model, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


@pytest.fixture
def detail(rival_context, qtbot):
    screen = KpiDetailScreen(rival_context, today=TODAY)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.show_kpi(rival_context.ids["RATING"])
    return screen


def test_the_panel_shows_every_figure_with_its_source_and_date(detail):
    panel = detail.ui.comparison_panel
    model = panel.model
    assert panel.ui.own_label.text() == "You: 4.5 in October 2026"
    assert cells(model, comparison_model.LABEL) == [
        "Cafés in Norway",
        "Survey of rivals",
        "Kaffekoppen AS",
        "Vågen Kaffehus",
    ]
    assert cells(model, comparison_model.KIND) == [
        "Industry standard (example)",
        "Competitor",
        "Competitor",
        "Competitor",
    ]
    assert cells(model, comparison_model.VALUE) == ["4.4", "4.6", "4.3", "4.7"]
    assert cells(model, comparison_model.AS_OF) == [
        "1 Jan 2026",
        "1 Jun 2026",
        "1 Oct 2026",  # the latest of Kaffekoppen's two figures
        "15 Sep 2026",
    ]
    assert cells(model, comparison_model.SOURCE) == [
        "no source given",
        "Bergen café survey 2026",
        "Google Maps",
        "Google Maps",
    ]
    assert cells(model, comparison_model.GAP) == [
        "+0.1 (you lead)",
        "\u22120.1 (you lag)",
        "+0.2 (you lead)",
        "\u22120.2 (you lag)",
    ]
    tip = model.index(2, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Kaffekoppen AS: 4.3 as of 1 Oct 2026. Source: Google Maps"
    assert panel.ui.comparison_table.isVisible() and not panel.ui.empty_label.isVisible()


def test_competitor_figures_are_series_on_the_chart(detail, rival_context):
    chart = detail.chart
    koppen = chart.items["competitor:Kaffekoppen AS"]
    xs, ys = koppen.getData()
    assert [date.fromordinal(int(x)) for x in xs] == [date(2026, 3, 1), date(2026, 10, 1)]
    assert list(ys) == [4.1, 4.3]
    assert "competitor:Vågen Kaffehus" in chart.items
    assert len(chart.items["benchmarks"]) == 2


def test_a_benchmark_on_the_chart_names_its_date_and_source():
    kpi = Kpi(1, "R", "Rating", decimals=1)
    mark = Benchmark(1, 1, BenchmarkKind.INDUSTRY, "Cafés", 4.4, date(2026, 1, 1), "NHO survey")
    assert benchmark_label(mark, kpi, "en") == "Cafés: 4.4 (as of 1 Jan 2026; NHO survey)"
    long = Benchmark(1, 1, BenchmarkKind.INDUSTRY, "Cafés", 4.4, date(2026, 1, 1), "x" * 80)
    assert benchmark_label(long, kpi, "nb").endswith("x…)")
    assert len(benchmark_label(long, kpi, "nb")) < len("Cafés: 4,4 (per 01.01.2026; )") + 45
    assert SOURCE_IN_LABEL >= 30
    unsourced = Benchmark(1, 1, BenchmarkKind.INDUSTRY, "Cafés", 4.4, date(2026, 1, 1))
    assert benchmark_label(unsourced, kpi, "en").endswith("(as of 1 Jan 2026; no source given)")


def test_a_kpi_without_figures_says_how_to_add_them(rival_context, qtbot, store):
    other = kpis.add_kpi(store, Kpi(0, "OTHER", "Other"))
    panel = BenchmarkPanel()
    qtbot.addWidget(panel)
    panel.context = rival_context
    panel.show()
    panel.show_kpi(other, None)
    assert panel.model.rowCount() == 0
    assert panel.ui.empty_label.isVisible() and not panel.ui.comparison_table.isVisible()
    assert panel.ui.own_label.text() == "You: no value yet"


def test_models_pass_qtmodeltester(qtmodeltester, detail, rival_context, store):
    rows = CompetitorsModel()
    rows.set_rows(competitors.list_competitors(store))
    values = CompetitorValuesModel()
    values.kpis = {k.id: k for k in kpis.list_kpis(store)}
    values.set_rows(competitors.competitor_values(store))
    comparison = ComparisonModel()
    comparison.kpi = detail.current_kpi()
    comparison.set_rows(detail.ui.comparison_panel.model.rows())
    for model in (rows, values, comparison):
        assert model.rowCount() > 0
        qtmodeltester.check(model, force_py=True)
    assert values.index(0, 0).data() == "Google rating"


# --- the Competitors dialog ---------------------------------------------------------------
@pytest.fixture
def dialog(rival_context, qtbot):
    made = CompetitorsDialog(rival_context, rival_context.ids["RATING"], today=TODAY)
    qtbot.addWidget(made)
    made.show()
    return made


def test_the_dialog_adds_and_renames_competitors(dialog, rival_context, store, qtbot):
    ui = dialog.ui
    ui.name_edit.clear()
    qtbot.keyClicks(ui.name_edit, "Bryggeloftet")
    qtbot.mouseClick(ui.add_button, Qt.MouseButton.LeftButton)
    names = [c.name for c in competitors.list_competitors(store)]
    assert names == ["Bryggeloftet", "Kaffekoppen AS", "Vågen Kaffehus"]
    assert dialog.selected().name == "Bryggeloftet"
    qtbot.mouseClick(ui.add_button, Qt.MouseButton.LeftButton)  # the same name again
    assert ui.message_label.text() == "Name: Bryggeloftet is on the list already."
    assert len(competitors.list_competitors(store)) == 3
    ui.name_edit.setText("Bryggeloftet Kafe")
    ui.note_edit.setText("Bryggen 11")
    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    assert competitors.list_competitors(store)[0].note == "Bryggen 11"
    rival_context.undo_stack.undo()
    assert competitors.list_competitors(store)[0].name == "Bryggeloftet"


def test_a_figure_needs_a_number_and_a_source(dialog, rival_context, store, qtbot):
    ui = dialog.ui
    ui.competitors_table.selectRow(dialog.model.row_of(rival_context.ids["vagen"]))
    assert ui.values_group.title() == "Figures of Vågen Kaffehus"
    assert ui.kpi_combo.currentData() == rival_context.ids["RATING"]  # the KPI it came from
    before = competitors.competitor_values(store)
    qtbot.keyClicks(ui.value_edit, "four")
    qtbot.mouseClick(ui.add_value_button, Qt.MouseButton.LeftButton)
    assert ui.message_label.text() == "Value: “four” is not a number."
    ui.value_edit.setText("4.8")
    ui.source_edit.clear()
    qtbot.mouseClick(ui.add_value_button, Qt.MouseButton.LeftButton)
    assert ui.message_label.text().startswith("Source:")
    assert ui.source_edit.hasFocus()
    assert competitors.competitor_values(store) == before  # nothing half-written
    ui.as_of_date.setDate(QDate(2026, 11, 20))
    qtbot.keyClicks(ui.source_edit, "Google Maps")
    qtbot.mouseClick(ui.add_value_button, Qt.MouseButton.LeftButton)
    assert not ui.message_label.isVisible()
    added = competitors.competitor_values(store, competitor_id=rival_context.ids["vagen"])[-1]
    assert (added.as_of, added.value, added.source) == (date(2026, 11, 20), 4.8, "Google Maps")
    assert cells(dialog.values, 1)[0] == "20 Nov 2026"  # newest first


def test_removing_asks_first_and_undo_brings_it_all_back(
    dialog, rival_context, store, qtbot, monkeypatch
):
    ui = dialog.ui
    ui.competitors_table.selectRow(dialog.model.row_of(rival_context.ids["koppen"]))
    asked = []

    def answer(*args):
        asked.append(args[2])
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.mouseClick(ui.remove_button, Qt.MouseButton.LeftButton)
    assert "Remove Kaffekoppen AS and its 2 figures?" in asked[0]
    assert len(competitors.list_competitors(store)) == 2  # "No" keeps it
    qtbot.mouseClick(ui.remove_button, Qt.MouseButton.LeftButton)
    assert [c.name for c in competitors.list_competitors(store)] == ["Vågen Kaffehus"]
    assert len(competitors.competitor_values(store)) == 1
    rival_context.undo_stack.undo()
    assert len(competitors.list_competitors(store)) == 2
    assert len(competitors.competitor_values(store)) == 3


def test_removing_a_figure_can_be_undone(dialog, rival_context, store, qtbot):
    ui = dialog.ui
    ui.competitors_table.selectRow(dialog.model.row_of(rival_context.ids["koppen"]))
    ui.values_table.selectRow(0)
    qtbot.mouseClick(ui.remove_value_button, Qt.MouseButton.LeftButton)
    left = competitors.competitor_values(store, competitor_id=rival_context.ids["koppen"])
    assert [v.value for v in left] == [4.1]
    rival_context.undo_stack.undo()
    again = competitors.competitor_values(store, competitor_id=rival_context.ids["koppen"])
    assert [v.value for v in again] == [4.1, 4.3]


def test_the_panel_opens_the_dialog_on_its_kpi(detail, rival_context, monkeypatch, qtbot):
    seen = []
    monkeypatch.setattr(CompetitorsDialog, "exec", lambda self: seen.append(self) or 0)
    qtbot.mouseClick(detail.ui.comparison_panel.ui.competitors_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].ui.kpi_combo.currentData() == rival_context.ids["RATING"]


def test_the_panel_and_dialog_name_every_focusable_widget(detail, dialog):
    assert unnamed_focusable(detail.ui.comparison_panel) == []
    assert unnamed_focusable(dialog) == []
