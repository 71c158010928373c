"""The change log: who changed what, when, from which value to which — filterable.

Opened for the whole business (Edit → Change Log…) or for one KPI (the KPI
detail screen); it stays open beside the app and follows every change.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QDialog, QHeaderView, QWidget

from kpidesk.gui.context import AppContext
from kpidesk.gui.forms.ui_change_log_dialog import Ui_ChangeLogDialog
from kpidesk.gui.models import change_log_model as columns
from kpidesk.gui.models.change_labels import KINDS, kind_names
from kpidesk.gui.models.change_log_model import ChangeLogFilter, ChangeLogModel
from kpidesk.gui.models.change_words import ChangeRow, Names, describe
from kpidesk.gui.models.formatting import from_qdate, to_qdate
from kpidesk.gui.tasks import CancelToken
from kpidesk.gui.widgets.combos import refill_combo
from kpidesk.gui.worker_store import thread_connection
from kpidesk.store.business import get_business, list_people
from kpidesk.store.changelog import list_changes
from kpidesk.store.connection import Store
from kpidesk.store.goals import list_goals
from kpidesk.store.kpis import list_kpis

Loaded = tuple[list[ChangeRow], Names]
_CHECK_EVERY = 5000
"""How many entries are put in words between two looks at the cancel token."""


def load_names(store: Store) -> Names:
    """The KPIs, goals and people the entries refer to by id."""
    return Names(
        {k.id: k for k in list_kpis(store)},
        {g.id: g.title for g in list_goals(store, include_archived=True)},
        {p.id: p.name for p in list_people(store)},
        get_business(store).fiscal_start_month,
    )


def load_rows(store: Store, token: CancelToken | None = None) -> Loaded:
    """Every change of the file in words, newest first (`token` may stop it between entries)."""
    names = load_names(store)
    rows = []
    for number, entry in enumerate(list_changes(store)):
        if token is not None and number % _CHECK_EVERY == 0:
            token.check()
        rows.append(describe(entry, names))
    return rows, names


def load_work(store: Store) -> Callable[..., Loaded]:
    """Loading for the task pool: a large log is read and worded off the GUI thread."""

    def work(token: CancelToken, progress: Callable[[int, int], None]) -> Loaded:
        with thread_connection(store):
            return load_rows(store, token)

    return work


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
        self._task: CancelToken | None = None
        self._generation = 0
        self._wanted_kpi = kpi_id
        self._set_up_table()
        self._connect()
        self.refresh()
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
        """Reload the log from the file in the background, keeping the filters chosen."""
        store = self.context.store
        if self._task is not None:
            self._task.cancel()
        self._generation += 1
        if store is None:
            self._show(([], Names({}, {}, {})))
            return
        generation = self._generation
        self.ui.count_label.setText(self.tr("Reading the change log…"))
        _, self._task = self.context.tasks.start(
            load_work(store),
            on_finished=lambda loaded, g=generation: self._loaded(g, loaded),
            on_failed=lambda message, details, g=generation: self._failed(g, message),
        )

    def wait(self) -> None:
        """Until the log is loaded (for screenshots and tests)."""
        while self._task is not None:
            self.context.tasks.wait()
            QApplication.processEvents()

    def _loaded(self, generation: int, loaded: Loaded) -> None:
        if generation == self._generation:  # a newer load makes this one stale
            self._task = None
            self._show(loaded)

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._task = None
            self.ui.count_label.setText(
                self.tr("The change log could not be read: {0}").format(message)
            )

    def _show(self, loaded: Loaded) -> None:
        rows, names = loaded
        ui = self.ui
        kpis = [(f"{k.name} ({k.code})", k.id) for k in names.kpis.values()]
        refill_combo(ui.kpi_combo, [(self.tr("All KPIs and the business"), None), *kpis])
        if self._wanted_kpi is not None:
            ui.kpi_combo.setCurrentIndex(max(0, ui.kpi_combo.findData(self._wanted_kpi)))
            self._wanted_kpi = None
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
        header = ui.table.horizontalHeader()
        self.model.set_rows(rows)  # filters again
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._count()

    def _data_changed(self, what: str) -> None:
        if self.isVisible():
            self.refresh()

    def done(self, result: int) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        super().done(result)

    # --- filters ------------------------------------------------------------------
    def show_kpi(self, kpi_id: int) -> None:
        """Show only the changes of one KPI (once the log is loaded)."""
        if self._task is not None:
            self._wanted_kpi = kpi_id
            return
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
