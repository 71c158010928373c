"""Close periods through a month's end after review, or reopen them (with a note)."""

from __future__ import annotations

from datetime import date
from typing import Literal

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from kpidesk.domain.periods import Period, last_ended_period
from kpidesk.domain.types import Frequency
from kpidesk.gui.forms.ui_close_periods_dialog import Ui_ClosePeriodsDialog
from kpidesk.gui.models.formatting import format_date
from kpidesk.gui.period_labels import period_label

Mode = Literal["close", "reopen"]
MONTHS_BACK = 36
"""How many month ends the dialog offers."""


def month_ends(
    mode: Mode, closed_through: date | None, today: date, fiscal_start_month: int = 1
) -> list[Period]:
    """The months whose last day can be chosen, newest first.

    Closing offers ended months after what is closed already; reopening
    offers the months before the closed date (back to which stay closed).
    """
    last = last_ended_period(Frequency.MONTH, today, fiscal_start_month)
    months = [last.shift(-n) for n in range(MONTHS_BACK)]
    if mode == "close":
        return [m for m in months if closed_through is None or m.end > closed_through]
    if closed_through is None:
        return []
    below = Period.containing(Frequency.MONTH, closed_through, fiscal_start_month)
    if below.end >= closed_through:
        below = below.prev()
    return [below.shift(-n) for n in range(MONTHS_BACK)]


class ClosePeriodsDialog(QDialog):
    """Asks how far to close (or reopen) and why; the screen does the writing."""

    def __init__(
        self,
        mode: Mode,
        closed_through: date | None,
        today: date,
        fiscal_start_month: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ClosePeriodsDialog()
        self.ui.setupUi(self)
        self.mode = mode
        self.closed_through = closed_through
        ui = self.ui
        ui.error_label.setStyleSheet("QLabel { color: #B3261E; }")
        ui.error_label.hide()
        ok = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if closed_through is None:
            ui.state_label.setText(self.tr("No period is closed yet."))
        else:
            ui.state_label.setText(
                self.tr("Closed now: every period that ends on or before {0}.").format(
                    format_date(closed_through)
                )
            )
        if mode == "close":
            self.setWindowTitle(self.tr("Close periods"))
            ui.intro_label.setText(
                self.tr(
                    "Close the periods you have reviewed: their values can no longer be "
                    "changed, in the grid or by an import, until they are reopened."
                )
            )
            ui.note_edit.setPlaceholderText(self.tr("e.g. reviewed with the accountant"))
            ok.setText(self.tr("&Close Periods"))
        else:
            self.setWindowTitle(self.tr("Reopen periods"))
            ui.intro_label.setText(
                self.tr(
                    "Reopen closed periods to correct their values. Reopening is kept in the "
                    "change log with your note."
                )
            )
            ui.through_label.setText(self.tr("&Keep closed through:"))
            ui.note_edit.setPlaceholderText(self.tr("Why? e.g. the bank corrected October"))
            ok.setText(self.tr("&Reopen"))
            ui.through_combo.addItem(self.tr("Nothing: reopen every period"), None)
        for month in month_ends(mode, closed_through, today, fiscal_start_month):
            ui.through_combo.addItem(
                self.tr("{0} (through {1})").format(
                    period_label(month, year=True), format_date(month.end)
                ),
                month.end.isoformat(),  # text: a date would come back as a QDate
            )
        if mode == "reopen" and ui.through_combo.count() > 1:
            ui.through_combo.setCurrentIndex(1)  # reopen only the latest month by default
        if ui.through_combo.count() == 0:
            ui.through_combo.setEnabled(False)
            ok.setEnabled(False)
            self._fail(self.tr("Every ended month is closed already."))
        ui.through_combo.currentIndexChanged.connect(lambda _: self._show_effect())
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self._show_effect()

    def through(self) -> date | None:
        """The chosen last closed day (None: reopen everything)."""
        data = self.ui.through_combo.currentData()
        return date.fromisoformat(data) if data else None

    def choose(self, day: date | None) -> None:
        """Choose the last closed day (None: reopen everything) if it is offered."""
        combo = self.ui.through_combo
        combo.setCurrentIndex(combo.findData(day.isoformat() if day else None))

    def note(self) -> str:
        return self.ui.note_edit.text().strip()

    def _show_effect(self) -> None:
        day = self.through()
        if self.mode == "close":
            text = (
                self.tr(
                    "Values of every period that ends on or before {0} become read-only. "
                    "Closing is kept in the change log."
                ).format(format_date(day))
                if day is not None
                else ""
            )
        elif day is None:
            text = self.tr("Every period can be changed again.")
        else:
            text = self.tr(
                "Periods after {0} can be changed again; those up to {0} stay closed."
            ).format(format_date(day))
        self.ui.effect_label.setText(text)

    def _fail(self, message: str) -> None:
        self.ui.error_label.setText(message)
        self.ui.error_label.show()

    def accept(self) -> None:
        if self.mode == "reopen" and not self.note():
            self._fail(self.tr("Note: say why the periods are reopened, so the team knows later."))
            self.ui.note_edit.setFocus()
            return
        super().accept()
