"""Define a KPI of your own when the library has nothing that fits."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QDialog, QWidget

from kpidesk.domain.entities import Kpi
from kpidesk.domain.types import Direction, Frequency, KpiKind, RollUp, Timing
from kpidesk.gui.forms.ui_custom_kpi_dialog import Ui_CustomKpiDialog
from kpidesk.gui.labels import direction_names, frequency_names, timing_names, unit_label
from kpidesk.gui.wizard.state import WizardState

UNITS = ("count", "NOK", "%", "score", "days", "hours", "ratio")


def code_from_name(name: str) -> str:
    folded = name.upper().replace("Æ", "AE").replace("Ø", "O").replace("Å", "A")
    return re.sub(r"[^A-Z0-9]+", "_", folded).strip("_")[:30]


class CustomKpiDialog(QDialog):
    def __init__(self, state: WizardState, goal: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.ui = ui = Ui_CustomKpiDialog()
        ui.setupUi(self)
        for index, item in enumerate(state.goals):
            ui.goal_combo.addItem(item.title, index)
        ui.goal_combo.setCurrentIndex(max(0, goal))
        currency = state.business.currency
        for unit in UNITS:
            shown = currency if unit == "NOK" else unit
            ui.unit_combo.addItem(unit_label(shown), shown)
        for combo, names in (
            (ui.direction_combo, direction_names()),
            (ui.frequency_combo, frequency_names()),
            (ui.timing_combo, timing_names()),
        ):
            for value, name in names.items():
                combo.addItem(name, value.value)
        ui.frequency_combo.setCurrentIndex(ui.frequency_combo.findData(Frequency.MONTH.value))
        ui.error_label.hide()
        self._code_typed = False
        ui.name_edit.textChanged.connect(self._name_changed)
        ui.code_edit.textEdited.connect(lambda _: setattr(self, "_code_typed", True))
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)

    def _name_changed(self, text: str) -> None:
        if not self._code_typed:
            self.ui.code_edit.setText(code_from_name(text))

    def accept(self) -> None:
        name = self.ui.name_edit.text().strip()
        code = self.ui.code_edit.text().strip().upper()
        if not name:
            return self._fail(self.tr("Give the KPI a name."), self.ui.name_edit)
        if not re.fullmatch(r"[A-Z][A-Z0-9_]*", code):
            return self._fail(
                self.tr("The code starts with a letter and holds only A–Z, 0–9 and _."),
                self.ui.code_edit,
            )
        if self.state.find(code) is not None:
            return self._fail(
                self.tr("A KPI with the code {0} is chosen already.").format(code),
                self.ui.code_edit,
            )
        super().accept()

    def _fail(self, message: str, widget: QWidget) -> None:
        self.ui.error_label.setText(message)
        self.ui.error_label.show()
        widget.setFocus()

    def goal(self) -> int:
        return self.ui.goal_combo.currentData()

    def kpi(self) -> Kpi:
        ui = self.ui
        unit = ui.unit_combo.currentData()
        return Kpi(
            id=0,
            code=ui.code_edit.text().strip().upper(),
            name=ui.name_edit.text().strip(),
            kind=KpiKind.QUALITATIVE if unit == "score" else KpiKind.QUANTITATIVE,
            timing=Timing(ui.timing_combo.currentData()),
            unit=unit,
            decimals=1 if unit in ("%", "score", "ratio") else 0,
            direction=Direction(ui.direction_combo.currentData()),
            frequency=Frequency(ui.frequency_combo.currentData()),
            rollup=RollUp.SUM
            if unit in ("count", "hours") or unit == self.state.business.currency
            else RollUp.MEAN,
        )
