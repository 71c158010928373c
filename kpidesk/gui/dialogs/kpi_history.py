"""The Targets and Benchmarks tabs of the KPI editor: history shown, new rows added.

Rows added here are kept in the dialog (shown in italics) and stored only when
the dialog is accepted, in the same undoable command as the KPI itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QHeaderView, QLineEdit, QTableView

from kpidesk.domain.entities import Benchmark, Segment, Target
from kpidesk.domain.types import BenchmarkKind, Direction
from kpidesk.gui.forms.ui_kpi_dialog import Ui_KpiDialog
from kpidesk.gui.models import benchmarks_model, targets_model
from kpidesk.gui.models.benchmarks_model import BenchmarksModel, benchmark_kind_names
from kpidesk.gui.models.formatting import format_date, from_qdate, parse_number
from kpidesk.gui.models.targets_model import TargetsModel

translate = QCoreApplication.translate

Fail = Callable[[QLineEdit | None, str], None]
"""Shows a problem in the dialog and puts the cursor on the field (if any)."""


def _table(view: QTableView, stretch: int) -> None:
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class HistoryTabs:
    """Fills and reads the Targets and Benchmarks tabs of a KpiDialog form."""

    def __init__(self, ui: Ui_KpiDialog, fail: Fail) -> None:
        self.ui, self.fail = ui, fail
        self.targets = TargetsModel(ui.targets_table)
        self.benchmarks = BenchmarksModel(ui.benchmarks_table)
        ui.targets_table.setModel(self.targets)
        ui.benchmarks_table.setModel(self.benchmarks)
        _table(ui.targets_table, targets_model.NOTE)
        _table(ui.benchmarks_table, benchmarks_model.LABEL)
        today = QDate.currentDate()
        ui.effective_from_date.setDate(QDate(today.year(), today.month(), 1))
        ui.as_of_date.setDate(today)
        for kind, name in benchmark_kind_names().items():
            ui.benchmark_kind_combo.addItem(name, kind.value)
        ui.add_target_button.clicked.connect(self.add_target)
        ui.add_benchmark_button.clicked.connect(self.add_benchmark)

    def show(
        self,
        targets: list[Target],
        benchmarks: list[Benchmark],
        segments: list[Segment],
    ) -> None:
        self.targets.segments = {s.code: s.name for s in segments}
        self.targets.set_rows(targets)
        self.benchmarks.set_rows(benchmarks)

    def set_kpi_shape(self, decimals: int, direction: Direction, segments: list[Segment]) -> None:
        """Follow the General tab: number format, range or not, segments to target."""
        ui = self.ui
        self.targets.decimals = self.benchmarks.decimals = decimals
        is_range = direction is Direction.RANGE
        for widget in (ui.realistic_edit, ui.stretch_edit):
            widget.setEnabled(not is_range)
        for widget in (ui.low_edit, ui.high_edit):
            widget.setEnabled(is_range)
        # Show the columns that mean something for this direction (old rows included).
        has = {
            name: any(getattr(t, name) is not None for t in self.targets.rows())
            for name in ("realistic", "stretch", "low", "high")
        }
        for column, name, shown in (
            (targets_model.REALISTIC, "realistic", not is_range),
            (targets_model.STRETCH, "stretch", not is_range),
            (targets_model.LOW, "low", is_range),
            (targets_model.HIGH, "high", is_range),
        ):
            ui.targets_table.setColumnHidden(column, not (shown or has[name]))
        ui.targets_table.setColumnHidden(targets_model.SEGMENT, not segments)
        chosen = ui.segment_combo.currentData()
        ui.segment_combo.clear()
        ui.segment_combo.addItem(translate("KpiDialog", "Total"), "")
        for segment in segments:
            ui.segment_combo.addItem(segment.name, segment.code)
        ui.segment_combo.setCurrentIndex(max(0, ui.segment_combo.findData(chosen or "")))
        ui.segment_combo.setEnabled(bool(segments))
        self.targets.layoutChanged.emit()
        self.benchmarks.layoutChanged.emit()

    def new_targets(self) -> list[Target]:
        return [t for t in self.targets.rows() if t.id is None]

    def new_benchmarks(self) -> list[Benchmark]:
        return [b for b in self.benchmarks.rows() if b.id == 0]

    def add_typed(self) -> bool:
        """Add a target or benchmark whose fields hold text; False if one is wrong."""
        ui = self.ui
        target_edits = (ui.realistic_edit, ui.stretch_edit, ui.warning_edit, ui.low_edit)
        if any(e.text().strip() for e in (*target_edits, ui.high_edit)) and not self.add_target():
            return False
        benchmark_edits = (ui.benchmark_label_edit, ui.benchmark_value_edit)
        return not any(e.text().strip() for e in benchmark_edits) or self.add_benchmark()

    # --- adding -------------------------------------------------------------
    def _number(self, edit: QLineEdit, name: str) -> tuple[float | None, bool]:
        if not edit.isEnabled():
            return None, True
        try:
            return parse_number(edit.text()), True
        except ValueError:
            message = translate("KpiDialog", "{0}: “{1}” is not a number.")
            self.fail(edit, message.format(name, edit.text()))
            return None, False

    def add_target(self) -> bool:
        ui = self.ui
        fields = (
            (ui.realistic_edit, translate("KpiDialog", "Realistic")),
            (ui.stretch_edit, translate("KpiDialog", "Stretch")),
            (ui.warning_edit, translate("KpiDialog", "Warning at")),
            (ui.low_edit, translate("KpiDialog", "Range low")),
            (ui.high_edit, translate("KpiDialog", "Range high")),
        )
        values = []
        for edit, name in fields:
            value, ok = self._number(edit, name)
            if not ok:
                return False
            values.append(value)
        realistic, stretch, warning, low, high = values
        if all(v is None for v in (realistic, stretch, low, high)):
            self.fail(
                ui.realistic_edit if ui.realistic_edit.isEnabled() else ui.low_edit,
                translate("KpiDialog", "Target: type a realistic target (or a range) first."),
            )
            return False
        if low is not None and high is not None and low > high:
            self.fail(ui.low_edit, translate("KpiDialog", "Range low: must not exceed range high."))
            return False
        start = from_qdate(ui.effective_from_date.date())
        segment = ui.segment_combo.currentData() or ""
        if any(t.effective_from == start and t.segment == segment for t in self.targets.rows()):
            message = translate(
                "KpiDialog",
                "Effective from: a target from {0} exists already; targets are never "
                "rewritten, so choose another date.",
            )
            self.fail(None, message.format(format_date(start)))
            return False
        note = ui.note_edit.text().strip()
        target = Target(0, start, realistic, stretch, warning, low, high, segment, note)
        self.targets.append_row(target)
        for edit, _ in fields:
            edit.clear()
        ui.note_edit.clear()
        return True

    def add_benchmark(self) -> bool:
        ui = self.ui
        label = ui.benchmark_label_edit.text().strip()
        if not label:
            self.fail(
                ui.benchmark_label_edit,
                translate("KpiDialog", "Label: say what the benchmark is, e.g. whose figure."),
            )
            return False
        value, ok = self._number(ui.benchmark_value_edit, translate("KpiDialog", "Value"))
        if not ok:
            return False
        if value is None:
            self.fail(ui.benchmark_value_edit, translate("KpiDialog", "Value: type the figure."))
            return False
        benchmark = Benchmark(
            id=0,
            kpi_id=0,
            kind=BenchmarkKind(ui.benchmark_kind_combo.currentData()),
            label=label,
            value=value,
            as_of=from_qdate(ui.as_of_date.date()),
            source=ui.benchmark_source_edit.text().strip(),
            is_example=ui.example_check.isChecked(),
        )
        self.benchmarks.append_row(benchmark)
        for edit in (ui.benchmark_label_edit, ui.benchmark_value_edit, ui.benchmark_source_edit):
            edit.clear()
        ui.example_check.setChecked(False)
        return True
