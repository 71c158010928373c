"""The screens of the main window, in navigation order (later issues add theirs)."""

from __future__ import annotations

from kpidesk.gui.context import AppContext
from kpidesk.gui.screens.base import Screen


def make_screens(context: AppContext) -> list[Screen]:
    """One instance of every screen, for a new main window."""
    from kpidesk.gui.screens.entry import DataEntryScreen
    from kpidesk.gui.screens.goals import GoalsScreen
    from kpidesk.gui.screens.kpis import KpisScreen

    return [GoalsScreen(context), KpisScreen(context), DataEntryScreen(context)]
