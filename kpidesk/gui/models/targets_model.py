"""A KPI's target history: one row per effective-dated target, oldest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.entities import Target
from kpidesk.gui.models.formatting import format_date, format_number
from kpidesk.gui.models.table import Column, RowTableModel

EFFECTIVE_FROM, SEGMENT, REALISTIC, STRETCH, WARNING, LOW, HIGH, NOTE, SET_BY = range(9)


translate = QCoreApplication.translate


class TargetsModel(RowTableModel[Target]):
    """Saved targets and, marked as such, targets added in the open dialog."""

    def __init__(self, parent: Any = None) -> None:
        self.decimals = 0
        self.segments: dict[str, str] = {}
        super().__init__(parent)

    def _number(self, name: str) -> Column[Target]:
        return Column(
            lambda: {
                "realistic": translate("TargetsModel", "Realistic"),
                "stretch": translate("TargetsModel", "Stretch"),
                "warning": translate("TargetsModel", "Warning at"),
                "low": translate("TargetsModel", "Range low"),
                "high": translate("TargetsModel", "Range high"),
            }[name],
            lambda t: format_number(getattr(t, name), self.decimals),
            lambda t: getattr(t, name),
            True,
        )

    def segment_name(self, target: Target) -> str:
        if not target.segment:
            return translate("TargetsModel", "Total")
        return self.segments.get(target.segment, target.segment)

    def set_by(self, target: Target) -> str:
        if target.id is None:
            return translate("TargetsModel", "New — saved when you press OK")
        when = format_date(target.created_at.date()) if target.created_at else ""
        return (
            translate("TargetsModel", "{0}, {1}").format(target.created_by, when)
            if target.created_by
            else when
        )

    def columns(self) -> list[Column[Target]]:
        return [
            Column(
                lambda: translate("TargetsModel", "Effective from"),
                lambda t: format_date(t.effective_from),
                lambda t: t.effective_from,
            ),
            Column(
                lambda: translate("TargetsModel", "Segment"), self.segment_name, self.segment_name
            ),
            *(self._number(n) for n in ("realistic", "stretch", "warning", "low", "high")),
            Column(lambda: translate("TargetsModel", "Note"), lambda t: t.note, lambda t: t.note),
            Column(lambda: translate("TargetsModel", "Set by"), self.set_by, self.set_by),
        ]

    def is_dimmed(self, row: Target) -> bool:
        return row.id is None
