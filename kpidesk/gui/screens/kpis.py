"""The KPIs screen: filter the KPI list; add, edit and retire KPIs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from kpidesk.domain.entities import Kpi, Target
from kpidesk.gui.commands.base import StoreCommand, run
from kpidesk.gui.commands.kpis import SaveKpiCommand, retire_command
from kpidesk.gui.context import AppContext
from kpidesk.gui.dialogs.kpi_dialog import KpiDialog, KpiDialogData
from kpidesk.gui.dialogs.retire_kpi import RetireKpiDialog
from kpidesk.gui.forms.ui_kpis_screen import Ui_KpisScreen
from kpidesk.gui.models import kpis_model
from kpidesk.gui.models.kpis_model import KpiLookups, KpisFilter, KpisModel
from kpidesk.gui.screens.base import Screen
from kpidesk.gui.screens.kpi_filters import FilterBar
from kpidesk.gui.team.conflict_dialog import target_conflict_dialog
from kpidesk.gui.team.messages import store_error_text
from kpidesk.store import benchmarks, business, goals, kpis, targets
from kpidesk.store.errors import ConflictError, StoreError


@cache
def library_channels() -> dict[str, str]:
    """Library KPI code → its marketing channel (the library never changes while running)."""
    from kpidesk.library.catalog import load_library

    return {entry.code: entry.channel for entry in load_library() if entry.channel}


class KpisScreen(Screen):
    icon_name = "kpis"
    watches = ("kpis", "goals", "targets", "benchmarks")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_KpisScreen()
        self.ui.setupUi(self)
        self.model = KpisModel(self)
        self.proxy = KpisFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filters = FilterBar(self.ui, self.proxy)
        self._setup_table()
        self._connect()
        self.refresh()

    def title(self) -> str:
        return self.tr("KPIs")

    def _setup_table(self) -> None:
        table = self.ui.kpis_table
        table.setModel(self.proxy)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMaximumSectionSize(320)  # long names and goal titles are elided, not scrolled
        header.setSectionResizeMode(kpis_model.GOALS, QHeaderView.ResizeMode.Stretch)
        table.setColumnHidden(kpis_model.RETIRED, True)

    def _connect(self) -> None:
        ui = self.ui
        ui.add_button.clicked.connect(self.add_kpi)
        ui.edit_button.clicked.connect(self.edit_kpi)
        ui.retire_button.clicked.connect(self.retire_or_reinstate)
        ui.kpis_table.activated.connect(lambda _: self.edit_kpi())
        ui.kpis_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        for key, slot in (
            (QKeySequence(QKeySequence.StandardKey.Find), ui.search_edit.setFocus),
            (QKeySequence(Qt.Key.Key_Insert), self.add_kpi),
        ):
            shortcut = QShortcut(key, self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.filters.changed.connect(self._update_count)

    # --- loading --------------------------------------------------------------
    def refresh(self) -> None:
        store = self.context.store
        if store is None:
            self.model.set_kpis([], KpiLookups())
            return
        selected = self.selected_kpi()
        lookups = KpiLookups(
            people={p.id: p.name for p in business.list_people(store)},
            goals=goals.list_goals(store, include_archived=True),
            library_channels=library_channels(),
        )
        self.model.set_kpis(kpis.list_kpis(store, include_retired=True), lookups)
        self.filters.fill(
            lookups.goals, business.list_people(store), business.list_segments(store, "channel")
        )
        if selected is not None:
            self.select_kpi(selected.id)
        if self.selected_kpi() is None and self.proxy.rowCount():
            self.ui.kpis_table.selectRow(0)
        self._update_buttons()
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.ui.count_label.setText(self.tr("Shown: {0} of {1} KPIs.").format(shown, total))
        self.ui.kpis_table.setColumnHidden(
            kpis_model.RETIRED, not self.ui.show_retired_check.isChecked()
        )

    def selected_kpi(self) -> Kpi | None:
        rows = self.ui.kpis_table.selectionModel().selectedRows()
        return self.proxy.object_at(rows[0].row()) if rows else None

    def select_kpi(self, kpi_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.object_at(row).id == kpi_id:
                self.ui.kpis_table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        kpi = self.selected_kpi()
        editable = not self.context.read_only
        ui = self.ui
        ui.add_button.setEnabled(editable)
        ui.edit_button.setEnabled(kpi is not None)
        ui.edit_button.setText(self.tr("Ed&it…") if editable else self.tr("V&iew…"))
        ui.retire_button.setEnabled(editable and kpi is not None)
        retired = kpi is not None and kpi.is_retired
        ui.retire_button.setText(self.tr("&Reinstate") if retired else self.tr("&Retire…"))
        ui.retire_button.setAccessibleName(
            self.tr("Reinstate the selected KPI") if retired else self.tr("Retire the selected KPI")
        )

    # --- changes --------------------------------------------------------------
    def _dialog_data(self, kpi: Kpi | None) -> KpiDialogData:
        store = self.context.store
        assert store is not None
        kpi_id = kpi.id if kpi else None
        return KpiDialogData(
            other_kpis=[k for k in kpis.list_kpis(store) if k.id != kpi_id],
            people=business.list_people(store),
            segments=business.list_segments(store),
            targets=targets.list_targets(store, kpi_id) if kpi_id else [],
            benchmarks=benchmarks.list_benchmarks(store, kpi_id) if kpi_id else [],
        )

    def shot_dialogs(self) -> dict[str, Callable[[], QWidget]]:
        def on_tab(index: int) -> Callable[[], QWidget]:
            def make() -> QWidget:
                dialog = self.make_dialog(self.selected_kpi())
                dialog.ui.tabs.setCurrentIndex(index)
                return dialog

            return make

        def retire() -> QWidget:
            store = self.context.store
            return RetireKpiDialog(self.selected_kpi(), kpis.list_kpis(store), self)

        def target_conflict() -> QWidget:
            # The KPI's latest target, as if a colleague had saved another one for its date.
            kpi = self.selected_kpi()
            saved = targets.list_targets(self.context.store, kpi.id)
            theirs = saved[-1] if saved else Target(kpi.id, date.today().replace(day=1), 100.0)
            mine = replace(theirs, realistic=(theirs.realistic or 100.0) * 1.1, note="")
            at = datetime.combine(date.today(), time(9, 41))
            error = ConflictError("target", kpi.name, mine, theirs, "anna", at)
            return target_conflict_dialog(error, kpi, self)

        return {
            "kpi_general": on_tab(0),
            "kpi_targets": on_tab(1),
            "kpi_benchmarks": on_tab(2),
            "kpi_retire": retire,
            "target_conflict": target_conflict,
        }

    def make_dialog(self, kpi: Kpi | None) -> KpiDialog:
        data = self._dialog_data(kpi)
        return KpiDialog(kpi, data, read_only=self.context.read_only, parent=self)

    def add_kpi(self) -> None:
        if self.context.read_only:
            return
        dialog = self.make_dialog(None)
        if dialog.exec() == KpiDialog.DialogCode.Accepted:
            command = SaveKpiCommand(
                self.context,
                None,
                dialog.result_kpi(),
                dialog.new_targets(),
                dialog.new_benchmarks(),
            )
            command.seen_targets.update(dialog.seen_targets())
            if self._run(command) and command.kpi_id is not None:
                self.select_kpi(command.kpi_id)

    def edit_kpi(self) -> None:
        kpi = self.selected_kpi()
        if kpi is None:
            return
        dialog = self.make_dialog(kpi)
        if dialog.exec() != KpiDialog.DialogCode.Accepted or self.context.read_only:
            return
        new, added_targets, added_benchmarks = (
            dialog.result_kpi(),
            dialog.new_targets(),
            dialog.new_benchmarks(),
        )
        if new != kpi or added_targets or added_benchmarks:
            command = SaveKpiCommand(self.context, kpi, new, added_targets, added_benchmarks)
            command.seen_targets.update(dialog.seen_targets())
            self._run(command)

    def retire_or_reinstate(self) -> None:
        kpi = self.selected_kpi()
        if kpi is None or self.context.read_only:
            return
        if kpi.is_retired:
            back = replace(kpi, retired_on=None, retired_reason="", replaced_by_id=None)
            text = self.tr("Reinstate KPI {0}").format(kpi.code)
            self._run(SaveKpiCommand(self.context, kpi, back, text=text))
            return
        store = self.context.store
        assert store is not None
        dialog = RetireKpiDialog(kpi, kpis.list_kpis(store), self)
        if dialog.exec() == RetireKpiDialog.DialogCode.Accepted:
            retired = replace(
                kpi,
                retired_on=dialog.retired_on(),
                retired_reason=dialog.reason(),
                replaced_by_id=dialog.replacement_id(),
            )
            self._run(retire_command(self.context, kpi, retired))

    def _run(self, command: StoreCommand) -> bool:
        while True:
            try:
                run(self.context, command)
                return True
            except ConflictError as exc:
                if not (isinstance(command, SaveKpiCommand) and exc.what == "target"):
                    return self._refused(exc)
                if not self._resolve_target_conflict(command, exc):
                    return False
            except StoreError as exc:
                return self._refused(exc)

    def _resolve_target_conflict(self, command: SaveKpiCommand, exc: ConflictError) -> bool:
        """Ask; True to save again (overwriting theirs, or without the target)."""
        dialog = target_conflict_dialog(exc, command.new, self)
        dialog.exec()
        if not isinstance(exc.mine, Target):
            return False
        if dialog.overwrite_chosen():
            theirs = exc.theirs if isinstance(exc.theirs, Target) else None
            command.overwrite_target(exc.mine, theirs)
            return True
        command.drop_target(exc.mine)
        if command.is_empty():
            self.context.changed("targets")  # theirs is what the screens show
            return False
        return True  # the rest of the edit is still saved

    def _refused(self, exc: StoreError) -> bool:
        QMessageBox.warning(self, self.tr("Not saved"), store_error_text(exc, self.context.store))
        self.context.changed("kpis")  # show what is stored
        return False
