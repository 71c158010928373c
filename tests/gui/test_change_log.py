"""The change log view: who, when, what, old → new, filtered by KPI, kind, person, dates, words."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from kpidesk.domain.entities import ChangeLogEntry, Kpi, Target
from kpidesk.domain.periods import Period
from kpidesk.domain.types import Frequency
from kpidesk.gui.dialogs.change_log import ChangeLogDialog, load_rows
from kpidesk.gui.models import change_log_model as columns
from kpidesk.gui.models.change_log_model import ChangeLogFilter, ChangeLogModel
from kpidesk.gui.models.change_words import Names, describe
from kpidesk.gui.screens.kpi_detail import KpiDetailScreen
from kpidesk.store import kpis
from kpidesk.store.closing import close_periods, reopen_periods
from kpidesk.store.measurements import set_value
from kpidesk.store.models import ChangeLogRow
from kpidesk.store.targets import set_target
from tests.gui.conftest import focusable_without_name
from tests.gui.screens_support import make_context

OCTOBER = Period.parse("2026-10")


@pytest.fixture
def history(store, tmp_path):
    """A file with two KPIs, edited by two people, closed and reopened once."""
    revenue = kpis.add_kpi(store, Kpi(0, "REV", "Revenue", unit="NOK"))
    margin = kpis.add_kpi(store, Kpi(0, "MARGIN", "Gross margin", unit="%", decimals=1))
    set_value(store, revenue.id, OCTOBER, 1000.0)
    store.user = "kari"
    set_value(store, revenue.id, OCTOBER, 1250.5, comment="Black Friday came early")
    set_target(store, Target(revenue.id, date(2026, 1, 1), realistic=1100))
    set_value(store, margin.id, OCTOBER, 41.25)
    close_periods(store, date(2026, 10, 31), "Reviewed with the accountant")
    reopen_periods(store, date(2026, 9, 30), "Late invoice")
    context = make_context(tmp_path, store)
    yield context, revenue, margin
    context.store = None


def rows_of(proxy: ChangeLogFilter) -> list:
    return [proxy.object_at(r) for r in range(proxy.rowCount())]


def test_every_change_reads_in_words(history) -> None:
    context, *_ = history
    rows, _ = load_rows(context.store)
    value = next(r for r in rows if r.entry.field == "value" and r.entry.who == "kari")
    assert (value.kpi, value.what, value.old, value.new) == (
        "Revenue",
        "Value, Oct 2026",
        "1,000",
        "1,250.5",  # the stored number, every decimal kept
    )
    comment = next(r for r in rows if r.entry.field == "comment")
    assert (comment.old, comment.new, comment.kind) == ("", "Black Friday came early", "comments")
    target = next(r for r in rows if r.kind == "targets")
    assert target.what == "Target from 1 Jan 2026" and target.new == "target 1,100"
    closing = [r for r in rows if r.kind == "closing"]
    assert [(r.what, r.old, r.new, r.note) for r in closing] == [
        (
            "Periods reopened",
            "closed through 31 Oct 2026",
            "closed through 30 Sep 2026",
            "Late invoice",
        ),
        (
            "Periods closed",
            "none closed",
            "closed through 31 Oct 2026",
            "Reviewed with the accountant",
        ),
    ]


def test_unknown_entries_still_show(history) -> None:
    entry = ChangeLogEntry(
        1, datetime(2026, 11, 1, 9, 30), "ola", "gadget", 3, "colour", "red", "blue"
    )
    row = describe(entry, Names({}, {}, {}))
    assert (row.kind, row.what, row.old, row.new) == ("other", "gadget: colour", "red", "blue")


def test_the_model_sorts_and_filters(history, qtmodeltester) -> None:
    context, _, margin = history
    model, proxy = ChangeLogModel(), ChangeLogFilter()
    rows, _ = load_rows(context.store)
    model.set_rows(rows)
    proxy.setSourceModel(model)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    assert model.headerData(columns.OLD, Qt.Orientation.Horizontal) == "Old"
    proxy.set_filter("kpi_id", margin.id)
    assert {r.kpi for r in rows_of(proxy)} == {"Gross margin"}
    proxy.set_filter("kpi_id", None)
    proxy.set_filter("kind", "closing")
    assert len(rows_of(proxy)) == 2
    proxy.set_filter("kind", "")
    proxy.set_filter("who", "kari")
    assert rows_of(proxy) and all(r.entry.who == "kari" for r in rows_of(proxy))
    proxy.set_filter("who", "")
    proxy.set_search("black friday")
    assert [r.entry.field for r in rows_of(proxy)] == ["comment"]
    proxy.set_search("")
    tomorrow = date.today() + timedelta(days=1)
    proxy.set_filter("first", tomorrow)
    assert proxy.rowCount() == 0
    proxy.set_filter("first", None)
    proxy.sort(columns.WHEN, Qt.SortOrder.AscendingOrder)
    ids = [r.entry.id for r in rows_of(proxy)]
    assert ids == sorted(ids)  # the same second: the order they were made in
    with pytest.raises(ValueError):
        proxy.set_filter("colour", "red")


def test_the_dialog_filters_follow_its_controls(history, qtbot) -> None:
    context, revenue, _ = history
    # The closing was done in January: the date filters have two days to tell apart.
    ChangeLogRow.update(at=datetime(2026, 1, 5, 10, 0)).where(
        ChangeLogRow.field == "close"
    ).execute()
    dialog = ChangeLogDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.wait()
    total = dialog.model.rowCount()
    assert dialog.proxy.rowCount() == total and str(total) in dialog.ui.count_label.text()
    ui = dialog.ui
    ui.kind_combo.setCurrentIndex(ui.kind_combo.findData("closing"))
    assert {r.kind for r in rows_of(dialog.proxy)} == {"closing"}
    assert f"2 of {total}" in ui.count_label.text()
    ui.search_edit.setText("invoice")
    assert [r.entry.field for r in rows_of(dialog.proxy)] == ["reopen"]
    ui.to_date.setDate(QDate(2026, 1, 31))
    assert dialog.proxy.rowCount() == 0  # the reopening was later
    ui.search_edit.clear()
    assert [r.entry.field for r in rows_of(dialog.proxy)] == ["close"]
    dialog.reset_filters()
    assert dialog.proxy.rowCount() == total
    ui.person_combo.setCurrentIndex(ui.person_combo.findData("kari"))
    assert all(r.entry.who == "kari" for r in rows_of(dialog.proxy))
    # a change made while the log is open shows up at once, filters kept
    set_value(context.store, revenue.id, Period.parse("2026-11"), 5.0)
    context.changed("values")
    dialog.wait()
    assert dialog.model.rowCount() > total
    assert ui.person_combo.currentData() == "kari"
    assert focusable_without_name(dialog) == []


def test_kpi_detail_opens_the_log_of_its_kpi(history, qtbot) -> None:
    context, revenue, _ = history
    screen = KpiDetailScreen(context, today=date(2026, 11, 27))
    qtbot.addWidget(screen)
    screen.show_kpi(revenue.id)
    dialog = screen.show_change_log()
    assert dialog is not None and dialog.isVisible()
    dialog.wait()
    shown = rows_of(dialog.proxy)
    assert shown and {r.kpi for r in shown} == {"Revenue"}
    dialog.close()


def test_the_edit_menu_opens_the_business_log(window, qtbot, store) -> None:
    window.context.set_store(store)
    action = window.history.change_log_action
    assert action.isEnabled() and action in window.ui.menu_edit.actions()
    action.trigger()
    dialog = window.history.change_log
    assert dialog is not None and dialog.isVisible()
    dialog.wait()
    assert dialog.ui.kpi_combo.currentData() is None  # the whole business
    window.context.set_store(None)  # closing the file closes its log
    assert not dialog.isVisible()


def test_a_weekly_value_names_its_week(history) -> None:
    context, *_ = history
    weekly = kpis.add_kpi(context.store, Kpi(0, "WALK", "Walk-ins", frequency=Frequency.WEEK))
    set_value(context.store, weekly.id, Period.parse("2026-W41"), 40.0)
    set_value(context.store, weekly.id, Period.parse("2026-W41"), 42.0)
    rows, _ = load_rows(context.store)
    assert any(r.what == "Value, W41 2026" for r in rows if r.kpi == "Walk-ins")


def test_a_review_reads_in_words(store) -> None:
    from kpidesk.domain.entities import Review
    from kpidesk.domain.types import ReviewScope
    from kpidesk.store.reviews import add_review

    add_review(store, Review(0, date(2026, 10, 20), ReviewScope.ALL, next_review=date(2027, 1, 19)))
    rows, _ = load_rows(store)
    planned = next(r for r in rows if r.kind == "reviews")
    assert (planned.what, planned.new) == ("Review of 20 Oct 2026: next review", "19 Jan 2027")
