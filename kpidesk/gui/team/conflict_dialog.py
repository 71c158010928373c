"""Someone else saved the same value or target first: show both, and let the person choose.

Never a silent overwrite: "Keep theirs" drops this change and shows what is
stored; "Overwrite with mine" saves this change over theirs on purpose.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from kpidesk.domain.entities import Kpi, Target
from kpidesk.domain.formatting import format_date, format_value
from kpidesk.domain.periods import Period
from kpidesk.gui.i18n import ui_language
from kpidesk.gui.period_labels import period_label
from kpidesk.store.errors import ConflictError

translate = QCoreApplication.translate


class ConflictDialog(QMessageBox):
    """Both sides of a conflict and the two ways out; Escape keeps theirs."""

    def __init__(
        self,
        subject: str,
        mine: str,
        theirs: str,
        changed_by: str = "",
        changed_at: datetime | None = None,
        others: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.setTextFormat(Qt.TextFormat.RichText)
        # Wide enough for two numbers side by side, not a narrow column of words.
        self.setStyleSheet(
            "QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 30em; }"
        )
        who = changed_by or self.tr("Someone else")
        if changed_at is not None:
            day = format_date(changed_at.date(), ui_language())
            text = self.tr("{0} saved {1} on {2} at {3}, after you had read it.")
            text = text.format(who, subject, day, f"{changed_at:%H:%M}")
        else:
            text = self.tr("{0} saved {1} after you had read it.").format(who, subject)
        self.setText(f"<b>{escape(text)}</b>")
        rows = (
            (self.tr("Theirs (stored now):"), theirs),
            (self.tr("Yours:"), mine),
        )
        table = "".join(
            f"<tr><td>{escape(label)}&nbsp;&nbsp;</td><td><b>{escape(value)}</b></td></tr>"
            for label, value in rows
        )
        parts = [f"<table>{table}</table>"]
        if others > 1:
            parts.append(
                self.tr(
                    "Values you saved that were changed by someone else: {0}. Overwriting "
                    "replaces all of them with yours."
                ).format(others)
            )
        parts.append(self.tr("Keep their change, or overwrite it with yours?"))
        paragraphs = (f"<p>{escape(part)}</p>" for part in parts[1:])
        self.setInformativeText(parts[0] + "".join(paragraphs))
        self.keep_button = self.addButton(
            self.tr("&Keep Theirs"), QMessageBox.ButtonRole.RejectRole
        )
        self.overwrite_button = self.addButton(
            self.tr("&Overwrite with Mine"), QMessageBox.ButtonRole.AcceptRole
        )
        self.keep_button.setAccessibleName(self.tr("Keep theirs and show what is stored now"))
        self.overwrite_button.setAccessibleName(self.tr("Overwrite theirs with my change"))
        self.setDefaultButton(self.keep_button)
        self.setEscapeButton(self.keep_button)

    def overwrite_chosen(self) -> bool:
        """True when the person chose to overwrite (after exec)."""
        return self.clickedButton() is self.overwrite_button


def _value_text(value: object, kpi: Kpi) -> str:
    if value is None:
        return translate("ConflictDialog", "(empty)")
    return format_value(float(value), kpi.unit, kpi.decimals, ui_language())


def value_conflict_dialog(
    error: ConflictError,
    kpi: Kpi,
    period: Period,
    segment_name: str = "",
    others: int = 1,
    parent: QWidget | None = None,
) -> ConflictDialog:
    """The dialog for a value of `kpi` in `period` (and segment) saved by someone else."""
    where = f"{kpi.name} — {segment_name}" if segment_name else kpi.name
    subject = translate("ConflictDialog", "a new value for “{0}” ({1})").format(
        where, period_label(period, year=True)
    )
    return ConflictDialog(
        subject,
        _value_text(error.mine, kpi),
        _value_text(error.theirs, kpi),
        error.changed_by,
        error.changed_at,
        others,
        parent,
    )


def target_text(target: object, kpi: Kpi) -> str:
    """A target's values in one line, in the UI's language."""
    if not isinstance(target, Target):
        return translate("ConflictDialog", "(no target)")
    names = (
        ("realistic", translate("TargetsModel", "Realistic")),
        ("stretch", translate("TargetsModel", "Stretch")),
        ("warning", translate("TargetsModel", "Warning at")),
        ("low", translate("TargetsModel", "Range low")),
        ("high", translate("TargetsModel", "Range high")),
    )
    parts = [
        f"{label} {_value_text(getattr(target, name), kpi)}"
        for name, label in names
        if getattr(target, name) is not None
    ]
    if target.note:
        parts.append(f"“{target.note}”")
    return " · ".join(parts)


def target_conflict_dialog(
    error: ConflictError, kpi: Kpi, parent: QWidget | None = None
) -> ConflictDialog:
    """The dialog for a target of `kpi` saved by someone else for the same start date."""
    mine = error.mine if isinstance(error.mine, Target) else None
    start = format_date(mine.effective_from, ui_language()) if mine else "?"
    subject = translate("ConflictDialog", "a target for “{0}” from {1}").format(kpi.name, start)
    return ConflictDialog(
        subject,
        target_text(error.mine, kpi),
        target_text(error.theirs, kpi),
        error.changed_by,
        error.changed_at,
        parent=parent,
    )
