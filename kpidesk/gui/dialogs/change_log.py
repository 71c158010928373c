"""The change log: who changed what, when, from which value to which — filterable.

Opened for the whole business (Edit → Change Log…) or for one KPI (the KPI
detail screen); it stays open beside the app and follows every change.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QDialog, QHeaderView, QWidget

from kpidesk.gui.context import AppContext
from kpidesk.gui.forms.ui_change_log_dialog import Ui_ChangeLogDialog
from kpidesk.gui.models import change_log_model as columns
from kpidesk.gui.models.change_log_model import ChangeLogFilter, ChangeLogModel
from kpidesk.gui.models.change_words import KINDS, ChangeRow, Names, describe, kind_names
from kpidesk.gui.models.formatting import from_qdate, to_qdate
from kpidesk.gui.widgets.combos import refill_combo
from kpidesk.store.business import get_business, list_people
from kpidesk.store.changelog import list_changes
from kpidesk.store.goals import list_goals
from kpidesk.store.kpis import list_kpis


def load_rows(context: AppContext) -> tuple[list[ChangeRow], Names]:
    """Every change of the open file in words, newest first."""
    store = context.store
    if store is None:
        return [], Names({}, {}, {})
    names = Names(
        {k.id: k for k in list_kpis(store)},
        {g.id: g.title for g in list_goals(store, include_archived=True)},
        {p.id: p.name for p in list_people(store)},
        get_business(store).fiscal_start_month,
    )
    return [describe(entry, names) for entry in list_changes(store)], names


class ChangeLogDialog(QDialog):
    def __init__(
        self, context: AppContext, kpi_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_ChangeLogDialog()
        self.ui.setupUi(self)
        self.model = ChangeLogModel(self)
        self.proxy = ChangeLogFilter(self)
        self.proxy.setSourceModel(self.model)
        self._set_up_table()
        self._connect()
        self.refresh()
        if kpi_id is not None:
            self.show_kpi(kpi_id)
        context.signals.data_changed.connect(self._data_changed)
        context.signals.store_changed.connect(self.close)

    def _set_up_table(self) -> None:
        table = self.ui.table
        table.setModel(self.proxy)
        table.sortByColumn(columns.WHEN, Qt.SortOrder.DescendingOrder)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (columns.WHEN, 125),
            (columns.WHO, 115),
            (columns.KPI, 170),
            (columns.WHAT, 270),
            (columns.OLD, 140),
            (columns.NEW, 160),
        ):
            table.setColumnWidth(column, width)
        table.verticalHeader().hide()

    def _connect(self) -> None:
        ui, proxy = self.ui, self.proxy
        ui.kpi_combo.currentIndexChanged.connect(
            lambda _: self._filter("kpi_id", ui.kpi_combo.currentData())
        )
        ui.kind_combo.currentIndexChanged.connect(
            lambda _: self._filter("kind", ui.kind_combo.currentData() or "")
        )
        ui.person_combo.currentIndexChanged.connect(
            lambda _: self._filter("who", ui.person_combo.currentData() or "")
        )
        ui.from_date.dateChanged.connect(lambda d: self._date_chosen("first", ui.from_date, d))
        ui.to_date.dateChanged.connect(lambda d: self._date_chosen("last", ui.to_date, d))
        ui.search_edit.textChanged.connect(lambda text: (proxy.set_search(text), self._count()))
        ui.reset_button.clicked.connect(self.reset_filters)
        ui.buttons.rejected.connect(self.close)

    # --- loading ------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the log from the file, keeping the filters chosen."""
        rows, names = load_rows(self.context)
        ui = self.ui
        kpis = [(f"{k.name} ({k.code})", k.id) for k in names.kpis.values()]
        refill_combo(ui.kpi_combo, [(self.tr("All KPIs and the business"), None), *kpis])
        present, kinds = {r.kind for r in rows}, kind_names()
        refill_combo(
            ui.kind_combo,
            [(self.tr("Every kind"), None), *((kinds[k], k) for k in KINDS if k in present)],
        )
        people = sorted({r.entry.who for r in rows if r.entry.who}, key=str.casefold)
        refill_combo(ui.person_combo, [(self.tr("Everyone"), None), *((p, p) for p in people)])
        # A choice no longer offered fell back to "all": the filter follows the combo.
        self.proxy.kpi_id = ui.kpi_combo.currentData()
        self.proxy.kind = ui.kind_combo.currentData() or ""
        self.proxy.who = ui.person_combo.currentData() or ""
        days = [r.entry.at.date() for r in rows] or [date.today()]
        first, last = to_qdate(min(days)), to_qdate(max(max(days), date.today()))
        for edit, bound, open_end in (
            (ui.from_date, first, self.proxy.first is None),
            (ui.to_date, last, self.proxy.last is None),
        ):
            edit.blockSignals(True)
            edit.setDateRange(first, last)
            if open_end:  # an open end stays open: it moves with the log
                edit.setDate(bound)
            edit.blockSignals(False)
        self.model.set_rows(rows)  # filters again
        self._count()

    def _data_changed(self, what: str) -> None:
        if self.isVisible():
            self.refresh()

    # --- filters ------------------------------------------------------------------
    def show_kpi(self, kpi_id: int) -> None:
        """Show only the changes of one KPI."""
        self.ui.kpi_combo.setCurrentIndex(max(0, self.ui.kpi_combo.findData(kpi_id)))

    def reset_filters(self) -> None:
        ui = self.ui
        for combo in (ui.kpi_combo, ui.kind_combo, ui.person_combo):
            combo.setCurrentIndex(0)
        ui.from_date.setDate(ui.from_date.minimumDate())
        ui.to_date.setDate(ui.to_date.maximumDate())
        ui.search_edit.clear()

    def _date_chosen(self, name: str, edit: QDateEdit, day: QDate) -> None:
        # The first or last day of the log means "from the start" or "up to now".
        end = edit.minimumDate() if name == "first" else edit.maximumDate()
        self._filter(name, None if day == end else from_qdate(day))

    def _filter(self, name: str, value: object) -> None:
        self.proxy.set_filter(name, value)
        self._count()

    def _count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.ui.count_label.setText(
            self.tr("Changes shown: {0}").format(shown)
            if shown == total
            else self.tr("Changes shown: {0} of {1}").format(shown, total)
        )
