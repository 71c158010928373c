"""The screens of the main window, in navigation order (later issues add theirs).

A screen is built the first time it is shown: the window starts with a title
and an icon per screen, and a file opens having loaded only the page in view.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from kpidesk.gui.context import AppContext
from kpidesk.gui.screens.base import Screen


@dataclass(frozen=True)
class ScreenEntry:
    key: str
    icon_name: str
    title: Callable[[], str]
    """The translated title (same context as the screen's own `tr`)."""
    make: Callable[[AppContext], Screen]


def _home(context: AppContext) -> Screen:
    from kpidesk.gui.screens.home import HomeScreen

    return HomeScreen(context)


def _goals(context: AppContext) -> Screen:
    from kpidesk.gui.screens.goals import GoalsScreen

    return GoalsScreen(context)


def _kpis(context: AppContext) -> Screen:
    from kpidesk.gui.screens.kpis import KpisScreen

    return KpisScreen(context)


def _kpi_detail(context: AppContext) -> Screen:
    from kpidesk.gui.screens.kpi_detail import KpiDetailScreen

    return KpiDetailScreen(context)


def _entry(context: AppContext) -> Screen:
    from kpidesk.gui.screens.entry import DataEntryScreen

    return DataEntryScreen(context)


def _reviews(context: AppContext) -> Screen:
    from kpidesk.gui.screens.reviews import ReviewsScreen

    return ReviewsScreen(context)


def _reports(context: AppContext) -> Screen:
    from kpidesk.gui.screens.reports import ReportsScreen

    return ReportsScreen(context)


def make_screens(context: AppContext) -> list[ScreenEntry]:
    """Every screen of a new main window, not yet built."""
    return [
        ScreenEntry(
            "home", "home", lambda: QCoreApplication.translate("HomeScreen", "Home"), _home
        ),
        ScreenEntry(
            "goals", "goals", lambda: QCoreApplication.translate("GoalsScreen", "Goals"), _goals
        ),
        ScreenEntry(
            "kpis", "kpis", lambda: QCoreApplication.translate("KpisScreen", "KPIs"), _kpis
        ),
        ScreenEntry(
            "kpi_detail",
            "detail",
            lambda: QCoreApplication.translate("KpiDetailScreen", "KPI detail"),
            _kpi_detail,
        ),
        ScreenEntry(
            "data_entry",
            "entry",
            lambda: QCoreApplication.translate("DataEntryScreen", "Data entry"),
            _entry,
        ),
        ScreenEntry(
            "reviews",
            "reviews",
            lambda: QCoreApplication.translate("ReviewsScreen", "Reviews"),
            _reviews,
        ),
        ScreenEntry(
            "reports",
            "reports",
            lambda: QCoreApplication.translate("ReportsScreen", "Reports"),
            _reports,
        ),
    ]
