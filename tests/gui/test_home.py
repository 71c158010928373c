"""Home against a hand-computed fixture.

Revenue (NOK, sum, higher is better, owner Ada): month m of 2025 is 100 + m,
of 2026 is 120 + m, through October 2026; August 2026 was never entered.
Target 110 (stretch 130, warning 100) from 2025, raised to 130 (150, 120)
from July 2026. Visits (owner Bo) has one value, 40 in October 2026, against
a target of 50 (warning 45). Today is 27 November 2026: the tiles show October.

October revenue: 130 against 130 → on track, score 80; vs September (129)
+1 = +0.8 %; vs October 2025 (110) +20 = +18.2 %. Visits 40 < 45 → off track.
Q3 2026 revenue: 127 + 129 = 256 against 3 × 130 = 390 (warning 360) → off track.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from kpidesk.domain.dashboard import ViewKind
from kpidesk.domain.entities import Goal, Kpi, Target
from kpidesk.domain.periods import Period, period_range
from kpidesk.domain.types import Status
from kpidesk.gui.context import AppContext
from kpidesk.gui.main_window import MainWindow
from kpidesk.gui.screens.entry import DataEntryScreen
from kpidesk.gui.screens.home import HomeScreen
from kpidesk.gui.screens.kpis import KpisScreen
from kpidesk.gui.screens.registry import ScreenEntry
from kpidesk.gui.settings import Settings
from kpidesk.store.business import add_person
from kpidesk.store.goals import add_goal, link_kpi
from kpidesk.store.kpis import add_kpi
from kpidesk.store.measurements import ValueRow, write_values
from kpidesk.store.targets import set_target
from tests.gui.screens_support import unnamed_focusable

TODAY = date(2026, 11, 27)
P = Period.parse


@pytest.fixture
def home_context(store, tmp_path, qapp):
    ada, bo = add_person(store, "Ada"), add_person(store, "Bo")
    revenue = add_kpi(store, Kpi(0, "REV", "Revenue", unit="NOK", owner_id=ada.id))
    visits = add_kpi(store, Kpi(0, "VIS", "Visits", unit="count", owner_id=bo.id))
    set_target(store, Target(revenue.id, date(2025, 1, 1), 110.0, 130.0, 100.0))
    set_target(store, Target(revenue.id, date(2026, 7, 1), 130.0, 150.0, 120.0))
    set_target(store, Target(visits.id, date(2025, 1, 1), 50.0, None, 45.0))
    rows = [
        ValueRow(revenue.id, p.start, float((100 if p.start.year == 2025 else 120) + p.start.month))
        for p in period_range(P("2025-01"), P("2026-10"))
        if p != P("2026-08")
    ]
    rows.append(ValueRow(visits.id, date(2026, 10, 1), 40.0))
    write_values(store, rows)
    sales = add_goal(store, Goal(0, "Grow sales"))
    visitors = add_goal(store, Goal(0, "More visitors"))
    link_kpi(store, sales.id, revenue.id)
    link_kpi(store, visitors.id, visits.id)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    context = AppContext(settings, "en")
    context.store = store
    context.ids = {"REV": revenue.id, "VIS": visits.id, "sales": sales.id}
    yield context
    context.store = None  # the `store` fixture closes it


@pytest.fixture
def home(home_context, qtbot) -> HomeScreen:
    screen = HomeScreen(home_context, today=TODAY)
    qtbot.addWidget(screen)
    screen.resize(1200, 760)
    screen.show()
    return screen


def tile(screen: HomeScreen, kpi_id: int):
    return next(t for t in screen.tiles if t.kpi_id == kpi_id)


def test_tile_values_statuses_and_changes(home, home_context):
    ids = home_context.ids
    assert home.view().period == P("2026-10")  # the last ended month
    data = home.data.tiles[ids["REV"]]
    assert data.value == 130
    assert data.target.realistic == 130  # the target raised in July
    assert data.status is Status.ON_TRACK and data.score == pytest.approx(80)
    assert data.vs_previous.change == 1 and data.vs_last_year.change == 20
    text = tile(home, ids["REV"]).text
    assert text.value == "NOK\u00a0130"
    assert text.target == "target NOK\u00a0130"
    assert text.previous == "+0.8% vs previous"
    assert text.last_year == "+18.2% vs last year"
    assert text.status_text == "On track"
    assert home.data.tiles[ids["VIS"]].status is Status.OFF_TRACK
    assert "Off track" in tile(home, ids["VIS"]).accessibleName()


def test_the_quarter_view_rolls_up_values_and_targets(home, home_context):
    home.set_view(ViewKind.QUARTER, P("2026-Q3"))
    data = home.data.tiles[home_context.ids["REV"]]
    assert data.value == 256 and data.target.realistic == 390
    assert data.status is Status.OFF_TRACK


def test_a_missing_month_is_a_gap_and_a_to_do(home, home_context):
    ids = home_context.ids
    data = home.data.tiles[ids["REV"]]
    spark = dict(zip([p.label() for p in data.sparkline_periods], data.sparkline, strict=True))
    assert spark["2026-08"] is None and spark["2026-07"] == 127 and spark["2025-11"] == 111
    assert tile(home, ids["REV"]).sparkline.values() == data.sparkline
    texts = [home.ui.todo_list.item(r).text() for r in range(home.ui.todo_list.count())]
    assert "✎ Revenue: no value for August 2026" in texts


def test_goal_filter_and_owner_filter_narrow_the_tiles(home, home_context):
    ids = home_context.ids
    assert {t.kpi_id for t in home.tiles} == {ids["REV"], ids["VIS"]}
    combo = home.ui.goal_filter
    combo.setCurrentIndex(combo.findData(ids["sales"]))
    assert [t.kpi_id for t in home.tiles] == [ids["REV"]]
    combo.setCurrentIndex(0)
    home.ui.owner_filter.setCurrentIndex(home.ui.owner_filter.findText("Bo"))
    assert [t.kpi_id for t in home.tiles] == [ids["VIS"]]


def test_the_summary_names_the_goal_off_track(home):
    text = home.ui.summary_label.text()
    assert "Off track" in text and "More visitors" in text and "1 of 2 goals on track" in text


def test_esc_leaves_presentation_mode(home, qtbot):
    qtbot.keyClick(home.ui.todo_list, Qt.Key.Key_F11)
    view = home._presentation
    assert view is not None and view.isVisible() and view.isFullScreen()
    assert view.index == 0
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.index == 1
    assert view.timer.isActive()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()


def test_every_focusable_widget_and_tile_has_a_name(home):
    assert unnamed_focusable(home) == []
    for widget in home.tiles:
        assert widget.accessibleName().startswith(widget.text.name + ": ")


@pytest.fixture
def window(home_context, qtbot):
    def entry(key, make):
        return ScreenEntry(key, key, lambda: key, make)

    win = MainWindow(
        home_context,
        [
            entry("home", lambda c: HomeScreen(c, today=TODAY)),
            entry("kpis", KpisScreen),
            entry("data_entry", lambda c: DataEntryScreen(c, today=TODAY)),
        ],
    )
    qtbot.addWidget(win)
    win.resize(1200, 760)
    win.show()
    home_context.signals.store_changed.emit()
    return win


def test_clicking_a_missing_value_opens_the_grid_at_that_cell(window, home_context, qtbot):
    home = window.screen_at(0)
    assert window.ui.screens.currentWidget() is home
    todo = home.ui.todo_list
    row = next(r for r in range(todo.count()) if todo.item(r).text().endswith("August 2026"))
    rect = todo.visualItemRect(todo.item(row))
    qtbot.mouseClick(todo.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    entry = window.ui.screens.currentWidget()
    assert isinstance(entry, DataEntryScreen)
    current = entry.ui.grid.currentIndex()
    assert entry.model.key(current.row(), current.column()) == (
        home_context.ids["REV"],
        "",
        date(2026, 8, 1),
    )
    assert window.ui.navigation.currentRow() == 2


def test_a_cell_outside_the_default_range_is_shown_too(window, home_context):
    entry = window.screen_at(2)
    assert entry.show_cell(home_context.ids["REV"], "", P("2025-02"))
    current = entry.ui.grid.currentIndex()
    assert entry.model.period(current.column()) == P("2025-02")


def test_a_tile_opens_the_kpi(window, home_context, qtbot):
    home = window.screen_at(0)
    seen = []
    home.kpi_requested.connect(seen.append)
    target = tile(home, home_context.ids["VIS"])
    target.setFocus()
    qtbot.keyClick(target, Qt.Key.Key_Return)
    assert seen == [home_context.ids["VIS"]]
    kpis = window.ui.screens.currentWidget()
    assert isinstance(kpis, KpisScreen)
    assert kpis.selected_kpi().id == home_context.ids["VIS"]
    QApplication.processEvents()
