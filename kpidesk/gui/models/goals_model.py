"""The goals table: title, horizon, area, owner, due date, number of KPIs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.entities import Goal
from kpidesk.gui.labels import area_names, horizon_names
from kpidesk.gui.models.formatting import format_date
from kpidesk.gui.models.proxy import RowFilterProxy
from kpidesk.gui.models.table import Column, RowTableModel

TITLE, HORIZON, AREA, OWNER, DUE, KPIS = range(6)


translate = QCoreApplication.translate


class GoalsModel(RowTableModel[Goal]):
    def __init__(self, parent: Any = None) -> None:
        self.people: dict[int, str] = {}
        super().__init__(parent)

    def set_goals(self, goals: Sequence[Goal], people: dict[int, str]) -> None:
        self.people = dict(people)
        self.set_rows(goals)

    def owner(self, goal: Goal) -> str:
        return self.people.get(goal.owner_id, "") if goal.owner_id is not None else ""

    def columns(self) -> list[Column[Goal]]:
        areas, horizons = area_names(), horizon_names()
        return [
            Column(lambda: translate("GoalsModel", "Title"), lambda g: g.title, lambda g: g.title),
            Column(
                lambda: translate("GoalsModel", "Horizon"),
                lambda g: horizons[g.horizon],
                lambda g: g.horizon.value,
            ),
            Column(
                lambda: translate("GoalsModel", "Area"),
                lambda g: areas[g.area] if g.area else "",
                lambda g: areas[g.area] if g.area else "",
            ),
            Column(lambda: translate("GoalsModel", "Owner"), self.owner, self.owner),
            Column(
                lambda: translate("GoalsModel", "Due"),
                lambda g: format_date(g.due_date),
                lambda g: g.due_date,
            ),
            Column(
                lambda: translate("GoalsModel", "KPIs"),
                lambda g: str(len(g.kpi_ids)),
                lambda g: len(g.kpi_ids),
                True,
            ),
        ]

    def is_dimmed(self, row: Goal) -> bool:
        return row.archived_on is not None

    def tooltip(self, row: Goal) -> str:
        if row.archived_on is not None:
            return translate("GoalsModel", "Archived on {0}").format(format_date(row.archived_on))
        return row.description


class GoalsFilter(RowFilterProxy):
    """Search words in title, description and owner; archived goals only on request."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._show_archived = False

    def set_show_archived(self, show: bool) -> None:
        self.refilter(lambda: setattr(self, "_show_archived", show))

    def accepts(self, obj: Goal) -> bool:
        if obj.archived_on is not None and not self._show_archived:
            return False
        model = self.sourceModel()
        owner = model.owner(obj) if isinstance(model, GoalsModel) else ""
        return self.matches(obj.title, obj.description, owner)
