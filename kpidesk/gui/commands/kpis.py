"""Undoable changes to KPIs: save (new or edited, with new targets and benchmarks), retire."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.entities import Benchmark, Kpi, Target
from kpidesk.gui.commands.base import StoreCommand
from kpidesk.gui.context import AppContext
from kpidesk.store import benchmarks as store_benchmarks
from kpidesk.store import kpis as store_kpis
from kpidesk.store import targets as store_targets

translate = QCoreApplication.translate


class SaveKpiCommand(StoreCommand):
    """Add or update a KPI, then add the targets and benchmarks typed for it.

    Undo removes the added targets and benchmarks and puts the old KPI back
    (or removes a KPI this command created).
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

    def apply(self) -> None:
        store = self.store
        if self.old is None:
            self.kpi_id = store_kpis.add_kpi(store, self.new).id
        else:
            store_kpis.update_kpi(store, self.new)
        assert self.kpi_id is not None
        self.added_targets = [
            store_targets.set_target(store, replace(t, kpi_id=self.kpi_id)).id for t in self.targets
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
        for target_id in reversed(self.added_targets):
            store_targets.delete_target(store, target_id)
        if self.old is None:
            store_kpis.delete_kpi(store, self.kpi_id)
        else:
            store_kpis.update_kpi(store, self.old)


def retire_command(context: AppContext, kpi: Kpi, retired: Kpi) -> SaveKpiCommand:
    """Retiring is an edit of the retirement fields, named as such in Undo."""
    text = translate("KpiCommands", "Retire KPI {0}").format(kpi.code)
    return SaveKpiCommand(context, kpi, retired, text=text)
