"""The KPI editor: every field of a KPI, its target history and its benchmarks."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from kpidesk.domain.entities import Benchmark, Kpi, Person, Scale, Segment, Target
from kpidesk.domain.types import (
    CHANNEL_DIMENSION,
    Area,
    Direction,
    Frequency,
    KpiKind,
    RollUp,
    Status,
    Timing,
)
from kpidesk.gui import labels
from kpidesk.gui.dialogs import kpi_checks as checks
from kpidesk.gui.dialogs.common import make_read_only
from kpidesk.gui.dialogs.kpi_history import HistoryTabs
from kpidesk.gui.forms.ui_kpi_dialog import Ui_KpiDialog
from kpidesk.gui.labels import STATUS_COLOURS
from kpidesk.gui.models.formatting import format_date, format_number, parse_number


@dataclass
class KpiDialogData:
    """Everything the editor shows besides the KPI itself, read from the store."""

    other_kpis: list[Kpi] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    benchmarks: list[Benchmark] = field(default_factory=list)


class KpiDialog(QDialog):
    def __init__(
        self,
        kpi: Kpi | None,
        data: KpiDialogData,
        *,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_KpiDialog()
        self.ui.setupUi(self)
        self.kpi = kpi or Kpi(id=0, code="", name="")
        self.data = data
        self.other_codes = {k.code for k in data.other_kpis}
        title = self.tr("New KPI") if kpi is None else self.tr("KPI {0}").format(kpi.code)
        self.setWindowTitle(title)
        self._fill_choices()
        self.history = HistoryTabs(self.ui, self._fail)
        self.history.show(data.targets, data.benchmarks, data.segments)
        self._show(self.kpi)
        self._connect()
        self._general_changed()
        self.ui.error_label.hide()
        for label in (self.ui.formula_message_label, self.ui.error_label):
            label.setStyleSheet(f"color: {STATUS_COLOURS[Status.OFF_TRACK]};")
        if read_only:
            make_read_only(self, self.ui.buttons)

    def _fill_choices(self) -> None:
        ui = self.ui
        combos = (
            (ui.area_combo, labels.area_names()),
            (ui.kind_combo, labels.kind_names()),
            (ui.timing_combo, labels.timing_names()),
            (ui.direction_combo, labels.direction_names()),
            (ui.frequency_combo, labels.frequency_names()),
            (ui.rollup_combo, labels.rollup_names()),
        )
        for combo, names in combos:
            for value, name in names.items():
                combo.addItem(name, value.value)
        ui.owner_combo.addItem(self.tr("(nobody)"), 0)
        for person in self.data.people:
            ui.owner_combo.addItem(person.name, person.id)
        ui.dimension_combo.addItem(self.tr("Not split (total only)"), "")
        ui.dimension_combo.addItem(self.tr("Marketing channel"), CHANNEL_DIMENSION)
        for dimension in sorted({s.dimension for s in self.data.segments} - {CHANNEL_DIMENSION}):
            ui.dimension_combo.addItem(dimension, dimension)

    def _connect(self) -> None:
        ui = self.ui
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.formula_edit.textChanged.connect(self._check_formula)
        for combo in (ui.kind_combo, ui.direction_combo, ui.dimension_combo):
            combo.currentIndexChanged.connect(self._general_changed)
        ui.decimals_spin.valueChanged.connect(self._general_changed)

    @staticmethod
    def _select(combo: object, value: object) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))  # type: ignore[attr-defined]

    def _show(self, kpi: Kpi) -> None:
        ui = self.ui
        ui.code_edit.setText(kpi.code)
        ui.name_edit.setText(kpi.name)
        ui.definition_edit.setPlainText(kpi.definition)
        for combo, value in (
            (ui.area_combo, kpi.area.value),
            (ui.kind_combo, kpi.kind.value),
            (ui.timing_combo, kpi.timing.value),
            (ui.direction_combo, kpi.direction.value),
            (ui.frequency_combo, kpi.frequency.value),
            (ui.rollup_combo, kpi.rollup.value),
            (ui.owner_combo, kpi.owner_id or 0),
            (ui.dimension_combo, kpi.dimension),
        ):
            self._select(combo, value)
        ui.unit_edit.setText(kpi.unit)
        ui.decimals_spin.setValue(kpi.decimals)
        ui.data_source_edit.setText(kpi.data_source)
        ui.drives_edit.setText(", ".join(kpi.drives))
        ui.baseline_edit.setText(format_number(kpi.baseline, kpi.decimals))
        ui.formula_edit.setText(kpi.formula)
        ui.library_value_label.setText(kpi.library_code or self.tr("Not from the library"))
        scale = kpi.scale or Scale(1, 5)
        ui.scale_min_spin.setValue(int(scale.minimum))
        ui.scale_max_spin.setValue(int(scale.maximum))
        ui.scale_labels_edit.setPlainText(checks.format_scale_labels(scale.labels))
        if kpi.is_retired:
            text = self.tr("Retired on {0}. Reason: {1}").format(
                format_date(kpi.retired_on), kpi.retired_reason or "–"
            )
            ui.retired_label.setText(text)
        ui.retired_label.setVisible(kpi.is_retired)

    def _general_changed(self) -> None:
        ui = self.ui
        ui.scale_group.setEnabled(ui.kind_combo.currentData() == KpiKind.QUALITATIVE.value)
        dimension = ui.dimension_combo.currentData() or ""
        segments = [s for s in self.data.segments if dimension and s.dimension == dimension]
        direction = Direction(ui.direction_combo.currentData())
        self.history.set_kpi_shape(ui.decimals_spin.value(), direction, segments)

    def _check_formula(self) -> None:
        message = checks.formula_problem(self.ui.formula_edit.text(), self.other_codes)
        # A symbol as well as a colour: colour is never the only signal.
        self.ui.formula_message_label.setText(f"✕ {message}" if message else "")
        self.ui.formula_message_label.setVisible(bool(message))

    def _fail(self, widget: QWidget | None, message: str) -> None:
        self.ui.error_label.setText(message)
        self.ui.error_label.show()
        if widget is not None:
            tab = self.ui.tabs.indexOf(self._tab_of(widget))
            if tab >= 0:
                self.ui.tabs.setCurrentIndex(tab)
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def _tab_of(self, widget: QWidget) -> QWidget:
        for index in range(self.ui.tabs.count()):
            page = self.ui.tabs.widget(index)
            if page.isAncestorOf(widget):
                return page
        return widget

    # --- result -------------------------------------------------------------
    def problem(self) -> tuple[QWidget | None, str]:
        """The first problem with what is typed (the field and a message), or (None, "")."""
        ui = self.ui
        code = ui.code_edit.text().strip()
        found = [
            (ui.code_edit, checks.code_problem(code, self.other_codes)),
            (
                ui.name_edit,
                "" if ui.name_edit.text().strip() else self.tr("Name: give the KPI a name."),
            ),
            (ui.decimals_spin, checks.decimals_problem(ui.decimals_spin.value())),
            (ui.formula_edit, checks.formula_problem(ui.formula_edit.text(), self.other_codes)),
            (ui.drives_edit, checks.drives_problem(self._drives(), self.other_codes)),
        ]
        if ui.scale_group.isEnabled():
            minimum, maximum = ui.scale_min_spin.value(), ui.scale_max_spin.value()
            found.append((ui.scale_min_spin, checks.scale_problem(minimum, maximum)))
            text = ui.scale_labels_edit.toPlainText()
            found.append(
                (ui.scale_labels_edit, checks.parse_scale_labels(text, minimum, maximum)[1])
            )
        try:
            parse_number(ui.baseline_edit.text())
        except ValueError:
            message = self.tr("Baseline: “{0}” is not a number.").format(ui.baseline_edit.text())
            found.append((ui.baseline_edit, message))
        return next(((w, m) for w, m in found if m), (None, ""))

    def accept(self) -> None:
        widget, message = self.problem()
        if message:
            self._fail(widget, message)
            return
        # A target or benchmark typed but not added yet is what the owner meant to keep.
        if not self.history.add_typed():
            return
        super().accept()

    def _drives(self) -> list[str]:
        return [c.strip() for c in self.ui.drives_edit.text().split(",") if c.strip()]

    def result_kpi(self) -> Kpi:
        """The KPI as filled in (call after accept)."""
        ui = self.ui
        scale = None
        if ui.kind_combo.currentData() == KpiKind.QUALITATIVE.value:
            minimum, maximum = ui.scale_min_spin.value(), ui.scale_max_spin.value()
            text = ui.scale_labels_edit.toPlainText()
            scale = Scale(minimum, maximum, checks.parse_scale_labels(text, minimum, maximum)[0])
        return replace(
            self.kpi,
            code=ui.code_edit.text().strip(),
            name=ui.name_edit.text().strip(),
            definition=ui.definition_edit.toPlainText().strip(),
            area=Area(ui.area_combo.currentData()),
            kind=KpiKind(ui.kind_combo.currentData()),
            timing=Timing(ui.timing_combo.currentData()),
            unit=ui.unit_edit.text().strip(),
            decimals=ui.decimals_spin.value(),
            direction=Direction(ui.direction_combo.currentData()),
            frequency=Frequency(ui.frequency_combo.currentData()),
            rollup=RollUp(ui.rollup_combo.currentData()),
            formula=ui.formula_edit.text().strip(),
            scale=scale,
            data_source=ui.data_source_edit.text().strip(),
            owner_id=ui.owner_combo.currentData() or None,
            dimension=ui.dimension_combo.currentData() or "",
            baseline=parse_number(ui.baseline_edit.text()),
            drives=tuple(self._drives()),
        )

    def new_targets(self) -> list[Target]:
        return self.history.new_targets()

    def seen_targets(self) -> dict[tuple[str, date], Target]:
        """The saved targets shown, by (segment, start): what saving there expects to find."""
        return {(t.segment, t.effective_from): t for t in self.data.targets}

    def new_benchmarks(self) -> list[Benchmark]:
        return self.history.new_benchmarks()

    def ok_button(self) -> QWidget:
        return self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
