"""Values of a file resolved to a KPI's own period, and the problems found on the way."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from kpidesk.domain.periods import Period
from kpidesk.imports.errors import ImportProblem
from kpidesk.imports.i18n import msg

Status = Literal["new", "changed", "unchanged"]
ValueKey = tuple[int, str, date]
"""(kpi id, segment code, start of the KPI's period)."""


@dataclass(slots=True)
class PlannedValue:
    """One value for a KPI, segment and period of the KPI's own frequency.

    The resolver fills the first fields; the dry run sets `status` and the
    stored value next to it. Not frozen: a frozen dataclass costs ~1 µs per
    value to build, a large share of a 100 000-row import's time.
    """

    kpi_id: int
    kpi_code: str
    segment: str
    period: Period
    period_start: date
    value: float | None
    comment: str | None  # None keeps a stored comment
    row: int | None = None
    column: str = ""
    parts: int = 1  # how many finer values were rolled into it
    status: Status = "new"
    old_value: float | None = None
    old_comment: str = ""


@dataclass
class Resolution:
    """Resolved values in file order, with the problems and notes of resolving them."""

    values: list[PlannedValue] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class ProblemLog:
    """Problems grouped by cause: one line per unknown KPI, not one per row."""

    def __init__(self) -> None:
        self._first: dict[object, ImportProblem] = {}
        self._count: dict[object, int] = {}

    def add(self, key: object, row: int | None, column: str, message: str) -> None:
        if key not in self._first:
            self._first[key] = ImportProblem(row, column, message)
        self._count[key] = self._count.get(key, 0) + 1

    def result(self) -> list[ImportProblem]:
        out = []
        for key, problem in self._first.items():
            n = self._count[key]
            if n > 1:
                problem = ImportProblem(
                    problem.row,
                    problem.column,
                    msg("n_values", problem.lang, message=problem.message, n=n),
                    problem.lang,
                )
            out.append(problem)
        # The command line shows the first problem: the one highest up in the file.
        return sorted(out, key=file_order)


def file_order(item: ImportProblem | PlannedValue) -> tuple[bool, int]:
    """Sort key: from the top of the file; things with no row last."""
    return (item.row is None, item.row or 0)
