"""Import values from a file: preview, mapping, dry run, conflict choice, then all or nothing.

Reading and planning run on the task pool against a read-only connection of
their own; applying runs there too, in one transaction that a Cancel rolls
back. The dialog never guesses a format the file leaves open: it asks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QWidget,
)

from kpidesk.domain.entities import Kpi
from kpidesk.gui.context import AppContext
from kpidesk.gui.drops import dropped_file
from kpidesk.gui.forms.ui_import_dialog import Ui_ImportDialog
from kpidesk.gui.models.import_models import (
    ChangesModel,
    KpiCounts,
    PreviewModel,
    ProblemsModel,
    SummaryModel,
)
from kpidesk.gui.tasks import CancelToken, TaskSignals
from kpidesk.gui.team.messages import store_error_text
from kpidesk.gui.worker_store import thread_connection
from kpidesk.imports.i18n import language
from kpidesk.imports.plan import AppliedImport, ImportPlan
from kpidesk.imports.preview import LEAVE_OUT, FilePreview
from kpidesk.store.connection import Store
from kpidesk.store.errors import PermissionDeniedError, StoreError

DRY_RUN_DELAY_MS = 250
ANY_HEADER = "any"
"""Settings key for a preset's mapping remembered by column name, whatever the header."""


@dataclass
class Loaded:
    """What the first look at a file found: its first rows and the default mapping."""

    preview: FilePreview
    mapping: dict[str, str]
    channels: dict[str, str]


# --- work done on the task pool (plain inputs, no widgets) ------------------------------


def load_work(store: Store, path: str, preset: str, lang: str) -> Callable[..., Loaded]:
    def work(token: CancelToken, progress: Callable[[int, int], None]) -> Loaded:
        from kpidesk.imports.plan import load_catalogue
        from kpidesk.imports.preview import default_channels, default_mapping, preview_file

        with language(lang):  # a file that cannot be read is told in the UI's language
            preview = preview_file(path, preset)
        token.check()
        with thread_connection(store):
            catalogue = load_catalogue(store)
        codes = {s.code for s in catalogue.segments}
        return Loaded(
            preview, default_mapping(preview, catalogue), default_channels(preview, codes)
        )

    return work


def plan_work(
    store: Store,
    path: str,
    preset: str,
    mapping: dict[str, str],
    channels: dict[str, str],
    number_format: str | None,
    date_format: str | None,
    lang: str = "en",
) -> Callable[..., ImportPlan]:
    def work(token: CancelToken, progress: Callable[[int, int], None]) -> ImportPlan:
        from kpidesk.imports.plan import plan_file

        with thread_connection(store):
            plan = plan_file(
                store,
                path,
                preset,
                mapping or None,
                number_format,
                date_format,
                channel_map=channels or None,
                lang=lang,
            )
        token.check()
        return plan

    return work


def apply_work(store: Store, plan: ImportPlan, conflict: str) -> Callable[..., AppliedImport]:
    """Apply in one transaction; a Cancel while writing rolls it all back."""

    def work(token: CancelToken, progress: Callable[[int, int], None]) -> AppliedImport:
        from kpidesk.imports.plan import apply_plan

        try:
            with thread_connection(store), store.write():
                token.check()
                applied = apply_plan(store, plan, conflict)  # type: ignore[arg-type]
                token.check()  # raising here rolls the whole transaction back
        except PermissionDeniedError as exc:  # the server's refusal, in the UI's language
            raise StoreError(store_error_text(exc, store)) from None
        return applied

    return work


# --- the dialog -------------------------------------------------------------------------


class ImportDialog(QDialog):
    imported = Signal(str)
    """After a successful import: a one-line message for the status bar."""

    def __init__(
        self, context: AppContext, path: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        ui = self.ui
        for label, key in (
            (self.tr("Spreadsheet or CSV file"), "generic"),
            (self.tr("Google Analytics 4 export"), "ga4"),
            (self.tr("Meta Business Suite export"), "meta"),
        ):
            ui.preset_combo.addItem(label, key)
        for label, key in (
            (self.tr("Detect from the file"), ""),
            (self.tr("Norwegian: 1 234,50"), "nb"),
            (self.tr("English: 1,234.50"), "en"),
        ):
            ui.number_format_combo.addItem(label, key)
        for label, key in (
            (self.tr("Detect from the file"), ""),
            (self.tr("Day first: 31.01.2026"), "dmy"),
            (self.tr("Month first: 01/31/2026"), "mdy"),
        ):
            ui.date_format_combo.addItem(label, key)
        self.preview_model = PreviewModel(self)
        self.summary_model = SummaryModel(self)
        self.changes_model = ChangesModel(self)
        self.changes_model.lang = context.language
        self.problems_model = ProblemsModel(self)
        ui.preview_view.setModel(self.preview_model)
        ui.summary_view.setModel(self.summary_model)
        ui.changes_view.setModel(self.changes_model)
        ui.problems_view.setModel(self.problems_model)
        self._size_columns()
        self.import_button: QPushButton = ui.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setAccessibleName(self.tr("Import the values"))
        self.import_button.setDefault(True)
        ui.buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            self.tr("Close without importing")
        )
        ui.top_splitter.setSizes([600, 400])
        ui.main_splitter.setSizes([340, 200])
        ui.question_label.setStyleSheet("QLabel { color: #B3261E; font-weight: bold; }")
        ui.question_label.hide()

        store = context.store
        self.kpis: list[Kpi] = []
        self.segments: list[tuple[str, str]] = []
        if store is not None:
            from kpidesk.store.business import list_segments
            from kpidesk.store.kpis import list_kpis

            self.kpis = list_kpis(store, include_retired=False)
            self.segments = [(s.code, s.name) for s in list_segments(store, "channel")]
        self.changes_model.kpis = {k.code: k for k in self.kpis}

        self.path = ""
        self.preview = FilePreview()
        self.mapping: dict[str, str] = {}
        self.channels: dict[str, str] = {}
        self.plan: ImportPlan | None = None
        self.applied: AppliedImport | None = None
        self._task: tuple[TaskSignals, CancelToken] | None = None
        self._task_kind = ""
        self._generation = 0
        self._dry_run_timer = QTimer(self, singleShot=True, interval=DRY_RUN_DELAY_MS)
        self._dry_run_timer.timeout.connect(self.run_dry_run)

        ui.browse_button.clicked.connect(self.browse)
        ui.preset_combo.currentIndexChanged.connect(lambda _: self._load())
        ui.number_format_combo.currentIndexChanged.connect(lambda _: self.schedule_dry_run())
        ui.date_format_combo.currentIndexChanged.connect(lambda _: self.schedule_dry_run())
        ui.overwrite_radio.toggled.connect(lambda _: self._update_state())
        ui.keep_radio.toggled.connect(lambda _: self._update_state())
        ui.cancel_button.clicked.connect(self.cancel)
        ui.buttons.accepted.connect(self.start_import)
        ui.buttons.rejected.connect(self.reject)
        self._show_mapping()
        self._show_plan()
        if path:
            self.set_file(path)

    # --- choosing the file ---------------------------------------------------------------
    def browse(self) -> None:
        folder = self.context.settings.import_folder or str(Path.home())
        location, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the file to import"),
            folder,
            self.tr(
                "Spreadsheets and CSV files (*.csv *.txt *.tsv *.xlsx *.xls *.ods);;All files (*)"
            ),
        )
        if location:
            self.set_file(location)

    def set_file(self, path: str, preset: str | None = None) -> None:
        """Read a file with the preset it looks like (or `preset`), then dry-run it."""
        from kpidesk.imports.preview import guess_preset

        self.path = str(path)
        self.ui.file_edit.setText(self.path)
        self.ui.file_edit.setToolTip(self.path)
        self.context.settings.import_folder = str(Path(path).parent)
        chosen = preset or guess_preset(path)
        combo = self.ui.preset_combo
        combo.blockSignals(True)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)
        self._load()

    @property
    def preset(self) -> str:
        return str(self.ui.preset_combo.currentData())

    def _load(self) -> None:
        """First look at the file: its rows, what can be mapped, and the defaults."""
        store = self.context.store
        if not self.path or store is None:
            return
        self.plan = None
        self._show_plan()
        work = load_work(store, self.path, self.preset, self.context.language)
        self._start("load", work, self.tr("Reading {0}…").format(Path(self.path).name))

    def _loaded(self, loaded: Loaded) -> None:
        self.preview = loaded.preview
        settings = self.context.settings
        mapping = dict(loaded.mapping)
        codes = {k.code for k in self.kpis} | {LEAVE_OUT}
        for remembered in (
            settings.import_mapping(self.preset, ANY_HEADER),
            settings.import_mapping(self.preset, self.preview.header_key),
        ):
            mapping.update({k: v for k, v in remembered.items() if k in mapping and v in codes})
        channels = dict(loaded.channels)
        segments = {code for code, _ in self.segments} | {""}
        remembered = settings.import_channels(self.preset)
        channels.update({k: v for k, v in remembered.items() if k in channels and v in segments})
        self.mapping, self.channels = mapping, channels
        self.preview_model.set_preview(self.preview, self.mapping)
        self._fit_preview_columns()
        self._show_mapping()
        if self.preview.error:
            self.ui.status_label.setText(self.preview.error)
        self.run_dry_run()

    # --- the mapping ---------------------------------------------------------------------
    def _clear_mapping(self) -> None:
        form = self.ui.mapping_form
        while form.rowCount():
            form.removeRow(0)

    def _section(self, text: str) -> None:
        label = QLabel(f"<b>{text}</b>")
        label.setWordWrap(True)
        self.ui.mapping_form.addRow(label)

    def _show_mapping(self) -> None:
        self._clear_mapping()
        self.mapping_combos: dict[str, QComboBox] = {}
        self.channel_combos: dict[str, QComboBox] = {}
        preview = self.preview
        if not self.path:
            self._section(self.tr("Choose a file to see its columns here."))
            return
        if preview.layout == "long":
            self._section(
                self.tr(
                    "Each row names its KPI, period and value, so there is nothing to map. "
                    "KPIs are found by code or name."
                )
            )
        elif preview.columns:
            self._section(self.tr("Import each column into:"))
        for column in preview.columns:
            combo = self._kpi_combo(column)
            self.mapping_combos[column] = combo
            self._add_row(column, combo)
        if preview.channels:
            self._section(self.tr("Channel groups (segments):"))
            for channel in preview.channels:
                combo = self._segment_combo(channel)
                self.channel_combos[channel] = combo
                self._add_row(channel, combo)

    def _add_row(self, text: str, combo: QComboBox) -> None:
        label = QLabel(text + ":")
        label.setBuddy(combo)
        label.setToolTip(text)
        self.ui.mapping_form.addRow(label, combo)

    def _combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        return combo

    def _kpi_combo(self, column: str) -> QComboBox:
        combo = self._combo()
        combo.setAccessibleName(self.tr("KPI for the column {0}").format(column))
        combo.addItem(self.tr("(leave out)"), LEAVE_OUT)
        for kpi in self.kpis:
            combo.addItem(f"{kpi.code} – {kpi.name}", kpi.code)
        combo.setCurrentIndex(max(0, combo.findData(self.mapping.get(column, LEAVE_OUT))))
        combo.currentIndexChanged.connect(lambda _, c=column, w=combo: self._map(c, w))
        return combo

    def _segment_combo(self, channel: str) -> QComboBox:
        combo = self._combo()
        combo.setAccessibleName(self.tr("Segment for the channel group {0}").format(channel))
        combo.addItem(self.tr("(only in the total)"), "")
        for code, name in self.segments:
            combo.addItem(name, code)
        combo.setCurrentIndex(max(0, combo.findData(self.channels.get(channel, ""))))
        combo.currentIndexChanged.connect(lambda _, c=channel, w=combo: self._map_channel(c, w))
        return combo

    def _map(self, column: str, combo: QComboBox) -> None:
        self.mapping[column] = str(combo.currentData())
        self.preview_model.set_mapping(self.mapping)
        QTimer.singleShot(0, self._fit_preview_columns)  # once the header has its new text
        self.schedule_dry_run()

    def _map_channel(self, channel: str, combo: QComboBox) -> None:
        self.channels[channel] = str(combo.currentData())
        self.schedule_dry_run()

    def set_mapping(self, column: str, kpi_code: str) -> None:
        """Map a column to a KPI code (LEAVE_OUT leaves it out), as the user would."""
        combo = self.mapping_combos[column]
        combo.setCurrentIndex(combo.findData(kpi_code))

    def remember_mapping(self) -> None:
        """Offer this mapping the next time a file with this preset (and header) comes."""
        settings = self.context.settings
        if self.mapping:
            settings.save_import_mapping(self.preset, self.preview.header_key, self.mapping)
            wide = settings.import_mapping(self.preset, ANY_HEADER)
            wide.update(self.mapping)
            settings.save_import_mapping(self.preset, ANY_HEADER, wide)
        if self.channels:
            channels = settings.import_channels(self.preset)
            channels.update(self.channels)
            settings.save_import_channels(self.preset, channels)

    # --- the dry run ---------------------------------------------------------------------
    def schedule_dry_run(self) -> None:
        if self.path and self._task_kind != "load":
            self.plan = None
            self._update_state()
            self._dry_run_timer.start()

    def run_dry_run(self) -> None:
        """Read the file with the current choices and compare it with the database."""
        self._dry_run_timer.stop()
        store = self.context.store
        if not self.path or store is None:
            return
        work = plan_work(
            store,
            self.path,
            self.preset,
            dict(self.mapping),
            dict(self.channels),
            self.ui.number_format_combo.currentData() or None,
            self.ui.date_format_combo.currentData() or None,
            self.context.language,
        )
        self._start(
            "plan", work, self.tr("Checking {0} against the file…").format(Path(self.path).name)
        )

    def _planned(self, plan: ImportPlan) -> None:
        self.plan = plan
        self._show_plan()

    def _show_plan(self) -> None:
        plan = self.plan
        ui = self.ui
        rows: list[KpiCounts] = []
        if plan is not None:
            names = {k.code: k.name for k in self.kpis}
            for code, per in plan.by_kpi().items():
                rows.append(
                    KpiCounts(
                        code, names.get(code, ""), per["new"], per["changed"], per["unchanged"]
                    )
                )
            if len(rows) > 1:
                rows.append(
                    KpiCounts(
                        self.tr("Total"),
                        "",
                        plan.count("new"),
                        plan.count("changed"),
                        plan.count("unchanged"),
                        is_total=True,
                    )
                )
        self.summary_model.set_rows(rows)
        changed = [v for v in plan.values if v.status == "changed"] if plan else []
        self.changes_model.set_rows(changed)
        problems = list(plan.problems) if plan else []
        self.problems_model.set_rows(problems)
        ui.notes_list.clear()
        if plan is not None:
            ui.notes_list.addItems(plan.notes)
        tabs = ui.results_tabs
        tabs.setTabText(1, self.tr("C&hanges ({0})").format(len(changed)))
        tabs.setTabText(2, self.tr("P&roblems ({0})").format(len(problems)))
        tabs.setTabText(3, self.tr("No&tes ({0})").format(ui.notes_list.count()))
        if problems:
            tabs.setCurrentWidget(ui.problems_tab)
        elif plan is not None and tabs.currentWidget() is ui.problems_tab:
            tabs.setCurrentWidget(ui.summary_tab)
        self._show_questions()
        self._update_state()

    def _show_questions(self) -> None:
        questions = self.plan.questions if self.plan else []
        texts = []
        if "number_format" in questions:
            texts.append(
                self.tr(
                    "The numbers in this file can be read two ways (is 1.234 one thousand two "
                    "hundred and thirty-four, or one point two three four?). Choose its number "
                    "format under Numbers."
                )
            )
        if "date_format" in questions:
            texts.append(
                self.tr(
                    "The dates in this file can be read two ways (is 01/02/2026 the first of "
                    "February or the second of January?). Choose its date order under Dates."
                )
            )
        self.ui.question_label.setText("\n".join(texts))
        self.ui.question_label.setVisible(bool(texts))

    # --- state of the buttons --------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._task is not None

    def conflict(self) -> str | None:
        """ "overwrite", "keep", or None while the user has not chosen."""
        if self.ui.overwrite_radio.isChecked():
            return "overwrite"
        if self.ui.keep_radio.isChecked():
            return "keep"
        return None

    def _update_state(self) -> None:
        ui, plan = self.ui, self.plan
        changed = plan.count("changed") if plan else 0
        ui.conflict_group.setEnabled(changed > 0 and not self.busy)
        ready = self._readiness()
        self.import_button.setEnabled(ready is None)
        if not self.busy and ready is not None:
            ui.status_label.setText(ready)
        elif not self.busy and plan is not None:
            ui.status_label.setText(
                self.tr("Ready to import {0} new and {1} changed values of {2} KPIs.").format(
                    plan.count("new"), changed, len(plan.by_kpi())
                )
            )
        ui.preset_combo.setEnabled(self._task_kind != "apply")
        ui.browse_button.setEnabled(self._task_kind != "apply")

    def _readiness(self) -> str | None:
        """Why Import cannot be pressed yet (None when it can)."""
        plan = self.plan
        if self.context.read_only:
            return self.tr("The file is open read-only: nothing can be imported into it.")
        if self.busy:
            return ""
        if not self.path:
            return self.tr("Choose the file to import.")
        if self.preview.error and plan is None:
            return self.preview.error
        if plan is None:
            return ""
        if plan.questions:
            return self.tr("Choose the file's format above; nothing is imported until then.")
        if plan.problems:
            return self.tr(
                "The file has problems (see Problems: {0}). Correct the file or the mapping; "
                "nothing can be imported until then."
            ).format(len(plan.problems))
        if not plan.count("new") and not plan.count("changed"):
            return self.tr("The file holds what is stored already: nothing to import.")
        if plan.count("changed") and self.conflict() is None:
            return self.tr(
                "Choose above what happens to stored values that differ from the file "
                "(changed: {0})."
            ).format(plan.count("changed"))
        return None

    # --- tasks -------------------------------------------------------------------------
    def _start(self, kind: str, work: Callable[..., object], message: str) -> None:
        if self._task is not None:
            self._task[1].cancel()
        self._generation += 1
        generation = self._generation
        signals, token = self.context.tasks.start(
            work,
            on_finished=lambda result, g=generation: self._finished(g, result),
            on_failed=lambda message, details, g=generation: self._failed(g, message),
            on_cancelled=lambda g=generation: self._cancelled(g),
        )
        self._task, self._task_kind = (signals, token), kind
        ui = self.ui
        ui.progress_bar.setRange(0, 0)
        ui.progress_bar.show()
        ui.cancel_button.show()
        ui.cancel_button.setEnabled(True)
        ui.status_label.setText(message)
        self._update_state()

    def _done(self, generation: int) -> str:
        """The kind of task that ended, or '' when its result is stale."""
        if generation != self._generation:
            return ""
        kind, self._task, self._task_kind = self._task_kind, None, ""
        self.ui.progress_bar.hide()
        self.ui.cancel_button.hide()
        return kind

    def _finished(self, generation: int, result: object) -> None:
        kind = self._done(generation)
        if kind == "load":
            self._loaded(result)  # type: ignore[arg-type]
        elif kind == "plan":
            self._planned(result)  # type: ignore[arg-type]
        elif kind == "apply":
            self._applied(result)  # type: ignore[arg-type]

    def _failed(self, generation: int, message: str) -> None:
        kind = self._done(generation)
        if not kind:
            return
        self._update_state()
        self.ui.status_label.setText(
            self.tr("Nothing was imported: {0}").format(message)
            if kind == "apply"
            else self.tr("The file could not be read: {0}").format(message)
        )

    def _cancelled(self, generation: int) -> None:
        if self._done(generation):
            self._update_state()
            self.ui.status_label.setText(self.tr("Cancelled: nothing was imported."))

    def cancel(self) -> None:
        """Stop the work in progress: a read or dry run is dropped, an import rolled back."""
        if self._task is None:
            return
        self._task[1].cancel()
        if self._task_kind == "apply":
            # The import may be committing right now: its own answer says what happened.
            self.ui.cancel_button.setEnabled(False)
            self.ui.status_label.setText(self.tr("Cancelling…"))
            return
        self._generation += 1
        self._task, self._task_kind = None, ""
        self.ui.progress_bar.hide()
        self.ui.cancel_button.hide()
        self._update_state()
        self.ui.status_label.setText(self.tr("Cancelled: nothing was imported."))

    def wait(self, msecs: int = 30_000) -> None:
        """Run the event loop until no work is in progress (for screenshots and tests)."""
        for _ in range(50):
            if self._task is None and not self._dry_run_timer.isActive():
                return
            if self._dry_run_timer.isActive():
                self.run_dry_run()
            self.context.tasks.wait(msecs)
            QApplication.processEvents()

    # --- importing -------------------------------------------------------------------------
    def start_import(self) -> None:
        """Apply the dry run's plan: all values or none."""
        plan, store = self.plan, self.context.store
        if plan is None or store is None or self._readiness() is not None:
            return
        self.remember_mapping()
        conflict = self.conflict() or "overwrite"
        self._start(
            "apply",
            apply_work(store, plan, conflict),
            self.tr("Importing {0}…").format(plan.source),
        )

    def _applied(self, applied: AppliedImport) -> None:
        self.applied = applied
        plan = self.plan
        source = plan.source if plan else ""
        self.context.changed("values")
        if applied.new or applied.changed:
            message = self.tr("Imported {0}: {1} new and {2} changed values.").format(
                source, applied.new, applied.changed
            )
            if applied.kept:
                message += " " + self.tr("Stored values kept as they were: {0}.").format(
                    applied.kept
                )
        else:
            message = self.tr("Nothing imported from {0}: it holds what is stored already.").format(
                source
            )
        self.imported.emit(message)
        self.accept()

    def accept(self) -> None:
        if self.applied is not None:
            super().accept()
        else:
            self.start_import()

    def reject(self) -> None:
        if self._task is not None and self._task_kind != "apply":
            self.cancel()
        elif self._task is not None:
            return  # an import is being written: wait for it
        super().reject()

    # --- drops and layout -------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_file(event) and self._task_kind != "apply":
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_file(event)
        if path and self._task_kind != "apply":
            event.acceptProposedAction()
            self.set_file(path)

    def _fit_preview_columns(self) -> None:
        view = self.ui.preview_view
        view.resizeColumnsToContents()
        char = view.fontMetrics().horizontalAdvance("x")
        widest, left_out = max(120, char * 28), max(60, char * 10)
        for column, name in enumerate(self.preview.header):
            narrow = self.mapping.get(name.strip()) == LEAVE_OUT
            view.setColumnWidth(
                column, min(view.columnWidth(column), left_out if narrow else widest)
            )

    def _size_columns(self) -> None:
        for view, stretch in (
            (self.ui.summary_view, 1),
            (self.ui.changes_view, 4),
            (self.ui.problems_view, 2),
        ):
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(False)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.ui.preview_view.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.ui.preview_view.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        rows = self.ui.preview_view.verticalHeader()
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.ui.mapping_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for column in (1, 3, 5):
            self.ui.source_grid.setColumnStretch(column, 1)
        # One line per problem (the whole text in its tooltip): thousands stay quick.
        self.ui.problems_view.setWordWrap(False)
        self.ui.problems_view.setTextElideMode(Qt.TextElideMode.ElideRight)
