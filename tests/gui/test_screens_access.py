"""Every widget that takes focus in the Goals and KPIs screens and their dialogs has a name."""

from __future__ import annotations

from kpidesk.gui.dialogs.goal_dialog import GoalDialog
from kpidesk.gui.dialogs.retire_kpi import RetireKpiDialog
from kpidesk.gui.screens.goals import GoalsScreen
from kpidesk.gui.screens.kpis import KpisScreen
from kpidesk.store import business, kpis
from tests.gui.screens_support import make_context, open_demo, unnamed_focusable


def test_every_focusable_widget_has_an_accessible_name(qtbot, demo_path, tmp_path):
    context = make_context(tmp_path, open_demo(demo_path))
    goals_screen, kpis_screen = GoalsScreen(context), KpisScreen(context)
    store = context.store
    all_kpis = kpis.list_kpis(store)
    widgets = [
        goals_screen,
        kpis_screen,
        GoalDialog(None, all_kpis, business.list_people(store)),
        kpis_screen.make_dialog(all_kpis[0]),
        kpis_screen.make_dialog(None),
        RetireKpiDialog(all_kpis[0], all_kpis),
    ]
    for widget in widgets:
        qtbot.addWidget(widget)
        assert unnamed_focusable(widget) == [], type(widget).__name__
    context.set_store(None)
