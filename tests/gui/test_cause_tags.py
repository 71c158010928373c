"""Cause tags: edited in their dialog, marked on the KPI chart and listed beside it."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QInputDialog, QMessageBox

from kpidesk.domain.entities import Kpi
from kpidesk.domain.periods import Period
from kpidesk.gui.dialogs.cause_tags import CauseTagsDialog
from kpidesk.gui.dialogs.explain_red import ExplainRedDialog
from kpidesk.gui.models.chart_data import cause_points, x_of
from kpidesk.gui.screens.kpi_detail import KpiDetailScreen
from kpidesk.store import causes, kpis
from kpidesk.store.measurements import ValueRow, write_values
from tests.gui.conftest import focusable_without_name
from tests.gui.screens_support import make_context

TODAY = date(2026, 11, 27)


def names_in(dialog: CauseTagsDialog) -> list[str]:
    return [dialog.ui.tags_list.item(r).text() for r in range(dialog.ui.tags_list.count())]


def test_tags_are_added_renamed_and_removed(store, tmp_path, qtbot, monkeypatch) -> None:
    context = make_context(tmp_path, store)
    kpi = kpis.add_kpi(store, Kpi(0, "REV", "Revenue"))
    dialog = CauseTagsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert names_in(dialog) == [c.name for c in causes.list_causes(store)]
    assert focusable_without_name(dialog) == []
    taken = causes.list_causes(store)[0].name
    answers = iter([("Roadworks outside", True), ("Roadworks", True), (taken, True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    dialog.add()
    assert names_in(dialog)[-1] == "Roadworks outside"
    assert dialog.ui.tags_list.currentItem().text() == "Roadworks outside"
    dialog.rename()
    assert names_in(dialog)[-1] == "Roadworks"
    dialog.add()  # a name that is there already: said, nothing saved
    assert "already" in dialog.ui.message_label.text()
    roadworks = causes.list_causes(store)[-1]
    causes.set_value_causes(store, kpi.id, Period.parse("2026-10"), [roadworks.id])
    asked: list[str] = []

    def question(parent, title, text, *rest):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog.ui.tags_list.setCurrentRow(len(names_in(dialog)) - 1)
    dialog.remove()
    assert "Values it explains: 1" in asked[0]
    assert "Roadworks" not in names_in(dialog)
    assert causes.value_causes(store, kpi.id) == {}
    context.store = None


def test_the_explain_dialog_is_accessible(store, qtbot) -> None:
    dialog = ExplainRedDialog("Revenue is now off track.", ["Revenue, Oct 2026: 800"], [])
    qtbot.addWidget(dialog)
    dialog.set_causes(causes.list_causes(store))
    dialog.show()
    assert focusable_without_name(dialog) == []
    dialog.tick([causes.list_causes(store)[1].name])
    assert dialog.cause_ids() == [causes.list_causes(store)[1].id]
    dialog.set_causes(causes.list_causes(store))  # refreshed after editing: ticks kept
    assert dialog.cause_ids() == [causes.list_causes(store)[1].id]


def test_the_chart_marks_the_periods_that_carry_causes(store, tmp_path, qtbot) -> None:
    kpi = kpis.add_kpi(store, Kpi(0, "REV", "Revenue"))
    months = [Period.parse("2026-01").shift(n) for n in range(10)]
    write_values(store, [ValueRow(kpi.id, m.start, 100.0 + n) for n, m in enumerate(months)])
    season, stock = causes.list_causes(store)[0], causes.list_causes(store)[2]
    causes.set_value_causes(store, kpi.id, months[6], [season.id, stock.id])
    causes.set_value_causes(store, kpi.id, months[2], [stock.id])
    causes.set_value_causes(store, kpi.id, months[3], [season.id], segment="other")  # not the total
    context = make_context(tmp_path, store)
    screen = KpiDetailScreen(context, today=TODAY)
    qtbot.addWidget(screen)
    screen.show_kpi(kpi.id)
    data = screen.data
    assert data.causes == {months[2]: [stock.name], months[6]: [season.name, stock.name]}
    assert cause_points(data) == [
        (x_of(months[2].start), 102.0, months[2]),
        (x_of(months[6].start), 106.0, months[6]),
    ]
    markers = screen.chart.items["causes"]
    assert list(markers.getData()[1]) == [102.0, 106.0]
    labels = [label.toPlainText() for label in screen.chart.items["cause_labels"]]
    assert labels == [stock.name, f"{season.name}, {stock.name}"]
    assert f"{season.name}, {stock.name}" in screen.chart.describe(x_of(months[6].start) + 3)
    notes = [screen.ui.notes_list.item(r).text() for r in range(screen.ui.notes_list.count())]
    assert any(stock.name in n for n in notes)
    context.set_store(None)


def test_a_retired_kpi_keeps_its_chart(store, tmp_path, qtbot) -> None:
    kpi = kpis.add_kpi(store, Kpi(0, "FLY", "Flyers handed out"))
    months = [Period.parse("2026-01").shift(n) for n in range(6)]
    write_values(store, [ValueRow(kpi.id, m.start, 50.0) for m in months])
    kpis.retire_kpi(store, kpi.id, date(2026, 7, 1), "No effect")
    context = make_context(tmp_path, store)
    screen = KpiDetailScreen(context, today=TODAY)
    qtbot.addWidget(screen)
    index = screen.ui.kpi_combo.findData(kpi.id)
    assert index >= 0 and "retired" in screen.ui.kpi_combo.itemText(index)
    assert screen.ui.leading_combo.findData(kpi.id) < 0  # not offered to relate
    screen.show_kpi(kpi.id)
    assert screen.data is not None and screen.data.actual == [50.0] * 6
    context.set_store(None)


def test_a_run_of_periods_with_the_same_causes_is_labelled_once(store, tmp_path, qtbot) -> None:
    kpi = kpis.add_kpi(store, Kpi(0, "REV", "Revenue"))
    months = [Period.parse("2026-01").shift(n) for n in range(10)]
    write_values(store, [ValueRow(kpi.id, m.start, 100.0 + n) for n, m in enumerate(months)])
    season, stock = causes.list_causes(store)[0], causes.list_causes(store)[2]
    for month in months[4:7]:
        causes.set_value_causes(store, kpi.id, month, [season.id])
    causes.set_value_causes(store, kpi.id, months[8], [stock.id])
    context = make_context(tmp_path, store)
    screen = KpiDetailScreen(context, today=TODAY)
    qtbot.addWidget(screen)
    screen.show_kpi(kpi.id)
    assert len(screen.chart.items["causes"].getData()[0]) == 4  # every period keeps its marker
    labels = [label.toPlainText() for label in screen.chart.items["cause_labels"]]
    assert labels == [season.name, stock.name]
    context.set_store(None)
