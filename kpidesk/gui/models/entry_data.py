"""What the data-entry grid shows, read from the store as plain objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kpidesk.domain.entities import Kpi
from kpidesk.domain.periods import Period, last_ended_period, period_range
from kpidesk.domain.types import Frequency
from kpidesk.gui.models.entry_model import CellKey, EntryCell, EntryRow
from kpidesk.store.business import get_business, list_segments
from kpidesk.store.causes import causes_by_kpi
from kpidesk.store.closing import closed_through
from kpidesk.store.connection import Store
from kpidesk.store.kpis import list_kpis
from kpidesk.store.measurements import load_measurements
from kpidesk.store.targets import list_targets

DEFAULT_PERIODS = 12
"""How many periods the grid shows at first: the last 12 up to the last ended one."""
CHOICE_YEARS = 5
"""How far back the period pickers reach when the file holds no older values."""
_HIDDEN_UNITS = {"", "count", "score"}
"""Units that say nothing a row title needs (a count is a count)."""


@dataclass(frozen=True)
class EntryGrid:
    rows: list[EntryRow]
    periods: list[Period]
    cells: dict[CellKey, EntryCell]
    closed_through: date | None = None
    """Periods ending on or before this day are closed (read-only)."""


def entry_kpis(store: Store) -> list[Kpi]:
    """The KPIs whose values are typed in: active and not computed by a formula."""
    return [k for k in list_kpis(store, include_retired=False) if not k.is_formula]


def frequencies_in_use(store: Store) -> list[Frequency]:
    """The frequencies that have KPIs to type in, finest first."""
    used = {k.frequency for k in entry_kpis(store)}
    return [f for f in Frequency if f in used]


def fiscal_start(store: Store) -> int:
    return get_business(store).fiscal_start_month


def period_choices(frequency: Frequency, today: date, fiscal_start_month: int) -> list[Period]:
    """The periods the from/to pickers offer: some years back up to the current period."""
    current = Period.containing(frequency, today, fiscal_start_month)
    first = Period.containing(
        frequency, date(today.year - CHOICE_YEARS, today.month, 1), fiscal_start_month
    )
    return list(period_range(first, current))


def default_range(
    frequency: Frequency, today: date, fiscal_start_month: int
) -> tuple[Period, Period]:
    """The last 12 periods up to the last ended one."""
    last = last_ended_period(frequency, today, fiscal_start_month)
    return last.shift(1 - DEFAULT_PERIODS), last


def _row_label(kpi: Kpi, segment_name: str = "") -> str:
    name = kpi.name if kpi.unit in _HIDDEN_UNITS else f"{kpi.name} ({kpi.unit})"
    return f"{name} — {segment_name}" if segment_name else name


def load_grid(store: Store, frequency: Frequency, first: Period, last: Period) -> EntryGrid:
    """The rows, periods and cells of one frequency between `first` and `last`."""
    periods = list(period_range(first, last))
    targets = list_targets(store)
    rows: list[EntryRow] = []
    cells: dict[CellKey, EntryCell] = {}
    shown = [k for k in entry_kpis(store) if k.frequency is frequency]
    causes = causes_by_kpi(store, [k.id for k in shown], first.start, last.start)
    for kpi in shown:
        own = tuple(t for t in targets if t.kpi_id == kpi.id)
        rows.append(EntryRow(kpi, "", _row_label(kpi), own))
        if kpi.dimension:
            for seg in list_segments(store, kpi.dimension):
                rows.append(EntryRow(kpi, seg.code, _row_label(kpi, seg.name), own))
        tags = causes.get(kpi.id, {})
        for m in load_measurements(store, kpi.id, first=first.start, last=last.start):
            key = (m.segment, m.period.start)
            cells[(kpi.id, *key)] = EntryCell(
                m.value, m.comment, tuple(tags.pop(key, ())), m.version
            )
        for (segment, start), names in tags.items():  # tags on a period without a value row
            cells[(kpi.id, segment, start)] = EntryCell(causes=tuple(names))
    return EntryGrid(rows, periods, cells, closed_through(store))
