"""What the readers hand on: raw values located in the file, and the problems found."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kpidesk.domain.periods import Period
from kpidesk.imports.dates import DateFormat
from kpidesk.imports.errors import ImportFileError, ImportProblem
from kpidesk.imports.numbers import NumberFormat


# Not frozen: a frozen dataclass pays ~1 µs per value in __init__, an eighth of
# the whole import's budget for a 100 000-row file. Treat it as read-only.
@dataclass(slots=True)
class RawValue:
    """One value as the file gives it, before the KPI and period are resolved.

    `kpi` is the file's text for the KPI (a code or a name, after `mapping`);
    `segment` is '' for the total; `period` is a `Period` when the file wrote
    a label and a `date` when it wrote a day, which the caller turns into the
    KPI's period (rolling finer values up).
    """

    kpi: str
    segment: str
    period: Period | date
    value: float | None
    comment: str = ""
    row: int | None = None
    column: str = ""
    sheet: str = ""


@dataclass
class ReadResult:
    """Everything read from one file: values, problems, what was detected, notes."""

    values: list[RawValue] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    number_format: NumberFormat | None = None
    date_format: DateFormat | None = None
    encoding: str | None = None
    notes: list[str] = field(default_factory=list)
    # Source segments (e.g. GA4 channel groups) with no segment of ours; their
    # values are left out until the caller maps them (or maps them to "").
    unmapped_segments: list[str] = field(default_factory=list)
    # "number_format" / "date_format" when the file leaves it open: ask and read again.
    questions: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing is wrong and nothing needs asking."""
        return not self.problems and not self.questions

    def raise_for_problems(self) -> None:
        """Raise ImportFileError with every problem, if there is any."""
        if self.problems:
            raise ImportFileError(self.problems)

    def extend(self, other: ReadResult) -> None:
        """Add another part's values, problems and notes (several tables or sheets)."""
        self.values.extend(other.values)
        self.problems.extend(other.problems)
        self.notes.extend(n for n in other.notes if n not in self.notes)
        self.unmapped_segments.extend(
            s for s in other.unmapped_segments if s not in self.unmapped_segments
        )
        self.questions.extend(q for q in other.questions if q not in self.questions)
        self.number_format = self.number_format or other.number_format
        self.date_format = self.date_format or other.date_format
