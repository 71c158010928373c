"""Ask when and why a KPI is retired, and what replaces it."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from kpidesk.domain.entities import Kpi
from kpidesk.gui.forms.ui_retire_kpi_dialog import Ui_RetireKpiDialog
from kpidesk.gui.models.formatting import from_qdate, to_qdate


class RetireKpiDialog(QDialog):
    def __init__(self, kpi: Kpi, others: list[Kpi], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RetireKpiDialog()
        self.ui.setupUi(self)
        self.kpi = kpi
        self.ui.intro_label.setText(
            self.tr(
                "{0} leaves the dashboards and lists from this date. Its values, "
                "targets and benchmarks are kept, so old reports stay true."
            ).format(kpi.name)
        )
        self.ui.retired_on_date.setDate(to_qdate(date.today()))
        self.ui.replacement_combo.addItem(self.tr("(none)"), 0)
        for other in others:
            if other.id != kpi.id and not other.is_retired:
                self.ui.replacement_combo.addItem(f"{other.code} – {other.name}", other.id)
        self.ui.error_label.hide()
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        if not self.ui.reason_edit.text().strip():
            self.ui.error_label.setText(self.tr("Reason: say why, so the team knows later on."))
            self.ui.error_label.show()
            self.ui.reason_edit.setFocus()
            return
        super().accept()

    def retired_on(self) -> date:
        return from_qdate(self.ui.retired_on_date.date())

    def reason(self) -> str:
        return self.ui.reason_edit.text().strip()

    def replacement_id(self) -> int | None:
        return self.ui.replacement_combo.currentData() or None

    def ok_button(self) -> QWidget:
        return self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
