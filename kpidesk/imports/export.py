"""Export every stored value: CSV in the contract's long format, or XLSX with a sheet per goal.

Formula KPIs are left out (they are computed from the values exported), and
retired KPIs are in (their history is the owner's). The file is written
beside its target and moved into place, so a failed export never leaves half
a file under the name the owner chose.
"""

from __future__ import annotations

import csv
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from os import PathLike
from pathlib import Path

from kpidesk.domain.entities import Kpi, Measurement
from kpidesk.domain.periods import Period
from kpidesk.imports.guard import guard
from kpidesk.imports.i18n import msg
from kpidesk.store.connection import Store
from kpidesk.store.goals import list_goals
from kpidesk.store.kpis import list_kpis
from kpidesk.store.measurements import load_measurements
from kpidesk.store.stored import require_open

HEADER = ("kpi", "segment", "period", "value", "comment")
FORMATS = (".csv", ".xlsx")
VALUES_SHEET = "values"
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


class ExportError(Exception):
    """An export that could not be written (message for the owner)."""


@dataclass(frozen=True)
class ExportSummary:
    values: int
    kpis: int
    sheets: int = 1


def format_number(value: float) -> str:
    """A value as the contract writes it: '.' decimal, no grouping, exact (it reads back equal)."""
    if value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return repr(value)


def _exported_kpis(store: Store) -> list[Kpi]:
    return [k for k in list_kpis(store) if not k.is_formula]


def _values(store: Store, kpis: list[Kpi]) -> Iterator[tuple[Kpi, Measurement]]:
    """Every stored value in KPI order, then period, then segment (a row with nothing skipped)."""
    for kpi in kpis:
        for m in load_measurements(store, kpi.id):
            if m.value is not None or m.comment:
                yield kpi, m


def _write_csv(store: Store, path: Path) -> ExportSummary:
    count, kpis = 0, _exported_kpis(store)
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(HEADER)
        for kpi, m in _values(store, kpis):
            value = "" if m.value is None else format_number(m.value)
            # Period labels and numbers never start with a formula character
            # (a negative number is written as a number, not as text).
            writer.writerow(
                (guard(kpi.code), guard(m.segment), m.period.label(), value, guard(m.comment))
            )
            count += 1
    return ExportSummary(count, len(kpis))


def _sheet_title(title: str, used: set[str]) -> str:
    """A valid, unique sheet title (31 characters, none of []:*?/\\)."""
    base = _SHEET_FORBIDDEN.sub(" ", title).strip(" '") or "goal"
    name, n = base[:31], 2
    while name.casefold() in used:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(name.casefold())
    return name


def _write_xlsx(store: Store, path: Path) -> ExportSummary:
    from openpyxl import Workbook  # only the export needs it; keep the CLI start fast

    workbook = Workbook(write_only=True)
    values = workbook.create_sheet(VALUES_SHEET)
    values.append(list(HEADER))
    kpis = _exported_kpis(store)
    totals: dict[int, dict[Period, float]] = {}
    count = 0
    for kpi, m in _values(store, kpis):
        values.append(
            [guard(kpi.code), guard(m.segment) or None, m.period.label(), m.value, guard(m.comment)]
        )
        if m.segment == "" and m.value is not None:
            totals.setdefault(kpi.id, {})[m.period] = m.value
        count += 1
    by_id = {k.id: k for k in kpis}
    used = {VALUES_SHEET}
    goals = list_goals(store)
    for goal in goals:
        members = [by_id[i] for i in goal.kpi_ids if i in by_id]
        sheet = workbook.create_sheet(_sheet_title(goal.title, used))
        sheet.append(["period", *(guard(k.name) for k in members)])
        periods = sorted({p for k in members for p in totals.get(k.id, {})})
        for period in periods:
            sheet.append([period.label(), *(totals.get(k.id, {}).get(period) for k in members)])
    workbook.save(path)
    return ExportSummary(count, len(kpis), 1 + len(goals))


def _atomic(out: Path, write: Callable[[Path], ExportSummary]) -> ExportSummary:
    """Write to a temporary file in the target folder, then move it into place."""
    if not out.parent.is_dir():
        raise ExportError(msg("export_no_folder", folder=out.parent))
    try:
        fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    except OSError as exc:
        raise ExportError(
            msg("export_cannot_write", folder=out.parent, reason=exc.strerror or exc)
        ) from None
    os.close(fd)
    temporary = Path(name)
    try:
        summary = write(temporary)
        os.replace(temporary, out)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise ExportError(
            msg("export_not_written", name=out.name, reason=exc.strerror or exc)
        ) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return summary


def export_values(store: Store, out: str | PathLike[str]) -> ExportSummary:
    """Write every value to `out` (.csv or .xlsx, chosen by the extension)."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(msg("export_kind", name=out.name, suffix=out.suffix))
    require_open(store)
    writer = _write_csv if suffix == ".csv" else _write_xlsx
    return _atomic(out, lambda path: writer(store, path))
