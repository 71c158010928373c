"""Home's reminders on a fixture file; today is 27 November 2026 (October is due).

- Revenue: 130 every month since January 2025 against 100 (stretch 120): easy all year.
- Flyers: values until July 2026, none since: a candidate to retire.
- Six monthly KPIs M1…M6 without any value: October is missing for each.
- Newsletter: values through October but no target.
- A review of the goal "Grow sales" planned its next review for 1 August 2026.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kpidesk.domain.entities import Goal, Kpi, Review, Target
from kpidesk.domain.periods import Period, period_range
from kpidesk.domain.todo import ToDoKind
from kpidesk.domain.types import ReviewScope
from kpidesk.gui.main_window import MainWindow
from kpidesk.gui.screens.base import Screen
from kpidesk.gui.screens.entry import DataEntryScreen
from kpidesk.gui.screens.home import HomeScreen
from kpidesk.gui.screens.kpi_detail import KpiDetailScreen
from kpidesk.gui.screens.kpis import KpisScreen
from kpidesk.gui.screens.registry import ScreenEntry
from kpidesk.gui.widgets.reminder_list import CAP, ReminderAction, actions_for
from kpidesk.store.goals import add_goal, link_kpi
from kpidesk.store.kpis import add_kpi
from kpidesk.store.measurements import ValueRow, write_values
from kpidesk.store.reviews import add_review
from kpidesk.store.targets import set_target
from tests.gui.screens_support import make_context, unnamed_focusable

TODAY = date(2026, 11, 27)
P = Period.parse


@pytest.fixture
def reminder_context(store, tmp_path, qapp):
    ids = {}
    for code, name in [("REV", "Revenue"), ("FLY", "Flyers"), ("NEWS", "Newsletter")] + [
        (f"M{n}", f"Monthly {n}") for n in range(1, 7)
    ]:
        ids[code] = add_kpi(store, Kpi(0, code, name)).id
        if code != "NEWS":
            set_target(store, Target(ids[code], date(2025, 1, 1), 100.0, 120.0, 90.0))
    months = list(period_range(P("2025-01"), P("2026-10")))
    rows = [ValueRow(ids["REV"], p.start, 130.0) for p in months]
    rows += [ValueRow(ids["NEWS"], p.start, 50.0) for p in months]
    rows += [ValueRow(ids["FLY"], p.start, 100.0) for p in months if p <= P("2026-07")]
    write_values(store, rows)
    goal = add_goal(store, Goal(0, "Grow sales"))
    link_kpi(store, goal.id, ids["REV"])
    ids["goal"] = goal.id
    add_review(
        store,
        Review(
            0, date(2026, 5, 1), ReviewScope.GOAL, goal_id=goal.id, next_review=date(2026, 8, 1)
        ),
    )
    context = make_context(tmp_path, None)
    context.store = store
    context.ids = ids
    yield context
    context.store = None  # the `store` fixture closes it


class FakeReviews(Screen):
    """Stands in for the Reviews screen: records the reviews started."""

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.started: list[tuple] = []

    def title(self) -> str:
        return "Reviews"

    def start_review(self, scope, goal_id=None, kpi_id=None) -> None:
        self.started.append((scope, goal_id, kpi_id))


def make_window(context, qtbot, with_reviews: bool) -> MainWindow:
    def entry(key, make):
        return ScreenEntry(key, key, lambda: key, make)

    entries = [
        entry("home", lambda c: HomeScreen(c, today=TODAY)),
        entry("goals", lambda c: FakeReviews(c)),  # a page to land on, named like Goals
        entry("kpis", KpisScreen),
        entry("kpi_detail", lambda c: KpiDetailScreen(c, today=TODAY)),
        entry("data_entry", lambda c: DataEntryScreen(c, today=TODAY)),
    ]
    if with_reviews:
        entries.append(entry("reviews", FakeReviews))
    win = MainWindow(context, entries)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    context.signals.store_changed.emit()
    return win


@pytest.fixture
def window(reminder_context, qtbot):
    return make_window(reminder_context, qtbot, with_reviews=True)


def row_of(home: HomeScreen, kind: ToDoKind, kpi_id: int | None = None) -> int:
    todo = home.data.todos
    item = next(t for t in todo if t.kind is kind and (kpi_id is None or t.kpi_id == kpi_id))
    return home.ui.todo_list.row_of(item)


def click(qtbot, home: HomeScreen, row: int) -> None:
    todo = home.ui.todo_list
    rect = todo.visualItemRect(todo.item(row))
    qtbot.mouseClick(todo.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_home_groups_the_reminders_by_what_to_do(window, reminder_context):
    home = window.screen_at(0)
    todo = home.ui.todo_list
    texts = [todo.item(r).text() for r in range(todo.count())]
    headings = [
        t for t in texts if t.endswith(")") and not t.startswith(("✎", "⟳", "○", "⌛", "▲"))
    ]
    assert headings == [
        "Enter the missing values (6)",
        "Hold the reviews that are due (1)",
        "Set a target (1)",
        "No values for a while: retire them? (1)",
        "Targets beaten all year: raise them? (1)",
    ]
    shown = todo.reminder_texts()
    assert len([t for t in shown if t.startswith("✎")]) == CAP  # capped …
    assert "Show 2 more…" in texts  # … with the rest one click away
    assert "⟳ Review of the goal Grow sales was due 1 Aug 2026" in shown
    assert "○ Newsletter has no target" in shown
    assert "⌛ Flyers: no value for 3 months, since August 2026" in shown
    assert "▲ Revenue: target beaten clearly every month for a year" in shown
    assert home.ui.todo_title.text() == "&To do (10)"


def test_show_more_opens_the_rest_of_a_group(window, qtbot):
    home = window.screen_at(0)
    todo = home.ui.todo_list
    more = next(r for r in range(todo.count()) if todo.item(r).text() == "Show 2 more…")
    click(qtbot, home, more)
    assert len([t for t in todo.reminder_texts() if t.startswith("✎")]) == 6
    assert all(todo.item(r).text() != "Show 2 more…" for r in range(todo.count()))
    assert window.ui.screens.currentWidget() is home  # it only unfolds


def test_headings_are_skipped_by_the_keyboard_and_the_button_names_the_action(window, qtbot):
    home = window.screen_at(0)
    todo = home.ui.todo_list
    assert todo.current_todo().kind is ToDoKind.MISSING_VALUES  # not the heading above it
    assert home.ui.todo_action_button.text() == "&Enter the values"
    todo.setCurrentRow(row_of(home, ToDoKind.EASY_TARGET))
    assert home.ui.todo_action_button.text() == "&Open the KPI"
    assert "raise it" in todo.currentItem().toolTip()
    todo.setCurrentRow(row_of(home, ToDoKind.REVIEW_DUE))
    assert home.ui.todo_action_button.text() == "&Start the review"


def test_a_missing_value_opens_the_grid_at_its_period(window, reminder_context, qtbot):
    home = window.screen_at(0)
    ids = reminder_context.ids
    home.ui.todo_list.setCurrentRow(row_of(home, ToDoKind.MISSING_VALUES, ids["M1"]))
    qtbot.mouseClick(home.ui.todo_action_button, Qt.MouseButton.LeftButton)
    entry = window.ui.screens.currentWidget()
    assert isinstance(entry, DataEntryScreen)
    current = entry.ui.grid.currentIndex()
    assert entry.model.key(current.row(), current.column()) == (ids["M1"], "", date(2026, 10, 1))


def test_a_candidate_to_retire_or_raise_opens_the_kpi(window, reminder_context, qtbot):
    home = window.screen_at(0)
    ids = reminder_context.ids
    for kind, code in [(ToDoKind.NO_RECENT_DATA, "FLY"), (ToDoKind.EASY_TARGET, "REV")]:
        window.show_screen(home)
        click(qtbot, home, row_of(home, kind))
        kpis = window.ui.screens.currentWidget()
        assert isinstance(kpis, KpisScreen)
        assert kpis.selected_kpi().id == ids[code]


def test_enter_on_a_review_due_starts_that_review(window, reminder_context, qtbot):
    home = window.screen_at(0)
    todo = home.ui.todo_list
    todo.setCurrentRow(row_of(home, ToDoKind.REVIEW_DUE))
    todo.setFocus()
    qtbot.keyClick(todo, Qt.Key.Key_Return)
    reviews = window.ui.screens.currentWidget()
    assert reviews.started == [(ReviewScope.GOAL, reminder_context.ids["goal"], None)]


def test_without_a_reviews_screen_a_review_opens_the_goals(reminder_context, qtbot):
    window = make_window(reminder_context, qtbot, with_reviews=False)
    home = window.screen_at(0)
    click(qtbot, home, row_of(home, ToDoKind.REVIEW_DUE))
    assert window.ui.screens.currentWidget() is window.screen_at(1)
    assert window.screen_at(1).started == []


def test_the_context_menu_offers_the_chart_the_grid_and_a_review(window, reminder_context, qtbot):
    home = window.screen_at(0)
    ids = reminder_context.ids
    todo = home.ui.todo_list
    stale = home.data.todos[[t.kind for t in home.data.todos].index(ToDoKind.NO_RECENT_DATA)]
    assert actions_for(stale, can_review=True) == [
        ReminderAction.KPI,
        ReminderAction.CHART,
        ReminderAction.ENTER,
        ReminderAction.REVIEW,
    ]
    menu = todo.menu(stale)
    names = [a.text() for a in menu.actions()]
    assert names == ["Open the KPI", "Show its chart", "Enter values", "Start a review"]
    assert menu.defaultAction().text() == "Open the KPI"
    menu.actions()[1].trigger()
    detail = window.ui.screens.currentWidget()
    assert isinstance(detail, KpiDetailScreen) and detail.current_kpi().id == ids["FLY"]
    todo.menu(stale).actions()[3].trigger()
    assert window.ui.screens.currentWidget().started[-1] == (ReviewScope.KPI, None, ids["FLY"])
    todo.menu(stale).actions()[2].trigger()
    entry = window.ui.screens.currentWidget()
    current = entry.ui.grid.currentIndex()
    assert entry.model.key(current.row(), current.column()) == (ids["FLY"], "", date(2026, 8, 1))


def test_nothing_to_do_says_so(store, tmp_path, qtbot, qapp):
    context = make_context(tmp_path, None)
    context.store = store
    home = HomeScreen(context, today=TODAY)
    qtbot.addWidget(home)
    assert home.ui.todo_list.reminder_texts() == []
    assert home.ui.todo_list.item(0).text() == "✓ Nothing to do: every value is in."
    assert not home.ui.todo_action_button.isEnabled()
    context.store = None


def test_every_focusable_widget_of_the_reminders_has_a_name(window):
    home = window.screen_at(0)
    assert unnamed_focusable(home) == []
    assert home.ui.todo_action_button.accessibleName() == "Enter the values"
