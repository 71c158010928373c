"""Undoable changes to KPIs: save (new or edited, with new targets and benchmarks), retire."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.entities import Benchmark, Kpi, Target
from kpidesk.gui.commands.base import StoreCommand
from kpidesk.gui.context import AppContext
from kpidesk.store import benchmarks as store_benchmarks
from kpidesk.store import kpis as store_kpis
from kpidesk.store import targets as store_targets

translate = QCoreApplication.translate
TargetKey = tuple[str, date]
"""(segment, effective from): where a KPI's target is stored."""


class SaveKpiCommand(StoreCommand):
    """Add or update a KPI, then add the targets and benchmarks typed for it.

    Undo removes the added targets and benchmarks and puts the old KPI back
    (or removes a KPI this command created). Each target is saved expecting
    what the editor showed for its segment and start date (None: nothing), so
    a target someone else saved there meanwhile raises ConflictError.
    """

    watches = ("kpis", "targets", "benchmarks", "goals")

    def __init__(
        self,
        context: AppContext,
        old: Kpi | None,
        new: Kpi,
        targets: list[Target] | tuple[Target, ...] = (),
        benchmarks: list[Benchmark] | tuple[Benchmark, ...] = (),
        text: str = "",
    ) -> None:
        if not text:
            text = (
                translate("KpiCommands", "Add KPI {0}")
                if old is None
                else translate("KpiCommands", "Edit KPI {0}")
            ).format(new.code)
        super().__init__(context, text)
        self.old, self.new = old, new
        self.targets, self.benchmarks = list(targets), list(benchmarks)
        self.kpi_id: int | None = old.id if old else None
        self.added_targets: list[int] = []
        self.added_benchmarks: list[int] = []
        self.seen_targets: dict[TargetKey, Target | None] = {}
        """What was shown for a target's (segment, start); not listed: nothing was shown."""
        self.overwritten: dict[TargetKey, Target] = {}
        """Targets of others this command overwrites on purpose: Undo puts them back."""

    def is_empty(self) -> bool:
        """True when saving would change nothing."""
        return self.old == self.new and not self.targets and not self.benchmarks

    def overwrite_target(self, mine: Target, theirs: Target | None) -> None:
        """Save `mine` over `theirs` (what is stored now; chosen after a conflict)."""
        key = (mine.segment, mine.effective_from)
        self.seen_targets[key] = theirs
        if theirs is not None:
            self.overwritten[key] = theirs

    def drop_target(self, mine: Target) -> None:
        """Leave out this command's target for mine's segment and start (theirs stays)."""
        key = (mine.segment, mine.effective_from)
        self.targets = [t for t in self.targets if (t.segment, t.effective_from) != key]

    def apply(self) -> None:
        store = self.store
        if self.old is None:
            self.kpi_id = store_kpis.add_kpi(store, self.new).id
        else:
            store_kpis.update_kpi(store, self.new)
        assert self.kpi_id is not None
        self.added_targets = [
            store_targets.set_target(
                store,
                replace(t, kpi_id=self.kpi_id),
                expected=self.seen_targets.get((t.segment, t.effective_from)),
            ).id
            for t in self.targets
        ]
        self.added_benchmarks = [
            store_benchmarks.add_benchmark(store, replace(b, kpi_id=self.kpi_id)).id
            for b in self.benchmarks
        ]

    def revert(self) -> None:
        store = self.store
        assert self.kpi_id is not None
        for benchmark_id in reversed(self.added_benchmarks):
            store_benchmarks.delete_benchmark(store, benchmark_id)
        for target_id, target in reversed(list(zip(self.added_targets, self.targets, strict=True))):
            theirs = self.overwritten.get((target.segment, target.effective_from))
            if theirs is None:
                store_targets.delete_target(store, target_id)
            else:  # a target of someone else's, overwritten on purpose: it comes back
                store_targets.set_target(store, theirs)
        if self.old is None:
            store_kpis.delete_kpi(store, self.kpi_id)
        else:
            store_kpis.update_kpi(store, self.old)


def retire_command(context: AppContext, kpi: Kpi, retired: Kpi) -> SaveKpiCommand:
    """Retiring is an edit of the retirement fields, named as such in Undo."""
    text = translate("KpiCommands", "Retire KPI {0}").format(kpi.code)
    return SaveKpiCommand(context, kpi, retired, text=text)
