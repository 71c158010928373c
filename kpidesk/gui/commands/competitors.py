"""Undoable changes to competitors and their figures."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.competitors import Competitor, CompetitorValue
from kpidesk.gui.commands.base import StoreCommand
from kpidesk.gui.context import AppContext
from kpidesk.store import competitors as store_competitors

translate = QCoreApplication.translate

WATCHES = ("competitors",)


class AddCompetitorCommand(StoreCommand):
    watches = WATCHES

    def __init__(self, context: AppContext, name: str, note: str = "") -> None:
        text = translate("CompetitorCommands", "Add competitor “{0}”").format(name.strip())
        super().__init__(context, text)
        self.name, self.note = name, note
        self.added: Competitor | None = None

    def apply(self) -> None:
        if self.added is None:
            self.added = store_competitors.add_competitor(self.store, self.name, self.note)
        else:  # redo after undo: the same id, so later steps on the stack still fit
            store_competitors.restore_competitor(self.store, self.added, [])

    def revert(self) -> None:
        assert self.added is not None
        store_competitors.remove_competitor(self.store, self.added.id)


class EditCompetitorCommand(StoreCommand):
    watches = WATCHES

    def __init__(self, context: AppContext, old: Competitor, new: Competitor) -> None:
        text = translate("CompetitorCommands", "Edit competitor “{0}”").format(new.name.strip())
        super().__init__(context, text)
        self.old, self.new = old, new

    def apply(self) -> None:
        store_competitors.update_competitor(self.store, self.new)

    def revert(self) -> None:
        store_competitors.update_competitor(self.store, self.old)


class RemoveCompetitorCommand(StoreCommand):
    """Remove a competitor with its figures; undo puts both back with their ids."""

    watches = WATCHES

    def __init__(self, context: AppContext, competitor: Competitor) -> None:
        text = translate("CompetitorCommands", "Remove competitor “{0}”").format(competitor.name)
        super().__init__(context, text)
        self.competitor = competitor
        self.values: list[CompetitorValue] = []

    def apply(self) -> None:
        _, self.values = store_competitors.remove_competitor(self.store, self.competitor.id)

    def revert(self) -> None:
        store_competitors.restore_competitor(self.store, self.competitor, self.values)


class AddCompetitorValueCommand(StoreCommand):
    watches = WATCHES

    def __init__(self, context: AppContext, value: CompetitorValue, name: str) -> None:
        text = translate("CompetitorCommands", "Add a figure of {0}").format(name)
        super().__init__(context, text)
        self.value = value
        self.added: CompetitorValue | None = None

    def apply(self) -> None:
        if self.added is None:
            self.added = store_competitors.add_competitor_value(self.store, self.value)
        else:
            store_competitors.restore_competitor_value(self.store, self.added)

    def revert(self) -> None:
        assert self.added is not None
        store_competitors.delete_competitor_value(self.store, self.added.id)


class RemoveCompetitorValueCommand(StoreCommand):
    watches = WATCHES

    def __init__(self, context: AppContext, value: CompetitorValue, name: str) -> None:
        text = translate("CompetitorCommands", "Remove a figure of {0}").format(name)
        super().__init__(context, text)
        self.value = value

    def apply(self) -> None:
        store_competitors.delete_competitor_value(self.store, self.value.id)

    def revert(self) -> None:
        store_competitors.restore_competitor_value(self.store, self.value)
