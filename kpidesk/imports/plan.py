"""An import's dry run against the file (new / changed / unchanged), and applying it at once."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from os import PathLike
from pathlib import Path
from typing import Literal

from kpidesk.imports.catalogue import Catalogue
from kpidesk.imports.dates import DateFormat
from kpidesk.imports.errors import ImportFileError, ImportProblem
from kpidesk.imports.i18n import current, language, msg
from kpidesk.imports.numbers import NumberFormat
from kpidesk.imports.planned import PlannedValue, ProblemLog, Status
from kpidesk.imports.reader import read_file
from kpidesk.imports.records import ReadResult
from kpidesk.imports.resolve import resolve_values
from kpidesk.store.business import get_business, list_segments
from kpidesk.store.closing import closed_through
from kpidesk.store.connection import Store
from kpidesk.store.kpis import list_kpis
from kpidesk.store.measurements import write_values
from kpidesk.store.stored import require_open, stored_values

Conflict = Literal["overwrite", "keep"]


@dataclass
class ImportPlan:
    """What an import would do: every value with its status, every problem, the notes."""

    source: str
    values: list[PlannedValue] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    unmapped_segments: list[str] = field(default_factory=list)
    lang: str = field(default_factory=current)
    """The language of the plan's messages (and of a refusal when it is applied)."""

    @property
    def ok(self) -> bool:
        """True when the import can be applied: no problem, nothing left to ask."""
        return not self.problems and not self.questions

    def count(self, status: Status) -> int:
        """How many values have `status`."""
        return sum(1 for v in self.values if v.status == status)

    def by_kpi(self) -> dict[str, dict[Status, int]]:
        """Counts of new, changed and unchanged values per KPI code, in file order."""
        counts: dict[str, dict[Status, int]] = {}
        for v in self.values:
            per = counts.setdefault(v.kpi_code, {"new": 0, "changed": 0, "unchanged": 0})
            per[v.status] += 1
        return counts


@dataclass(frozen=True)
class AppliedImport:
    """What an applied import wrote; `kept` are stored values left alone by "keep"."""

    new: int = 0
    changed: int = 0
    unchanged: int = 0
    kept: int = 0


@contextmanager
def bulk_work() -> Iterator[None]:
    """Pause the cyclic garbage collector while an import builds its objects.

    An import keeps several objects per value alive until it ends, none in a
    reference cycle; with the collector on, its repeated full passes over
    them took a third of a 100 000-row import (measured in bench/imports.py).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load_catalogue(store: Store, aliases: Mapping[str, str] | None = None) -> Catalogue:
    """The file's KPIs and segments for matching; `aliases` maps other names to KPI codes."""
    require_open(store)
    fiscal = get_business(store).fiscal_start_month
    return Catalogue(list_kpis(store), list_segments(store), fiscal, aliases)


def build_plan(
    store: Store,
    result: ReadResult,
    source: str,
    *,
    catalogue: Catalogue | None = None,
    today: date | None = None,
    skip_unknown: bool = False,
) -> ImportPlan:
    """Compare what a file gave with the database; nothing is written."""
    catalogue = catalogue or load_catalogue(store)
    resolution = resolve_values(result.values, catalogue, today, skip_unknown=skip_unknown)
    plan = ImportPlan(
        source,
        # File-level problems (a format to choose) first, then from the top of the file.
        problems=sorted(
            [*result.problems, *resolution.problems], key=lambda p: (p.row is not None, p.row or 0)
        ),
        notes=[*result.notes, *resolution.notes],
        questions=list(result.questions),
        unmapped_segments=list(result.unmapped_segments),
    )
    plan.values = _compare(store, resolution.values)
    closed = _closed_problems(store, plan.values)
    if closed:
        plan.problems = sorted(
            [*plan.problems, *closed], key=lambda p: (p.row is not None, p.row or 0)
        )
    return plan


def _closed_problems(store: Store, values: list[PlannedValue]) -> list[ImportProblem]:
    """A value that would change a closed period, named by its row (grouped per KPI)."""
    through = closed_through(store)
    if through is None:
        return []
    log = ProblemLog()
    for v in values:
        if v.status != "unchanged" and v.period.end <= through:
            message = msg("closed", code=v.kpi_code, period=v.period, through=through)
            log.add(("closed", v.kpi_id), v.row, v.column, message)
    return log.result()


def _compare(store: Store, values: list[PlannedValue]) -> list[PlannedValue]:
    """Set each value's status against what is stored (values start out "new")."""
    if not values:
        return values
    first = min(v.period_start for v in values)
    last = max(v.period_start for v in values)
    stored = stored_values(store, {v.kpi_id for v in values}, first, last)
    if not stored:  # a first import: everything is new
        return values
    iso: dict[date, str] = {}
    for v in values:
        day = iso.get(v.period_start) or iso.setdefault(v.period_start, v.period_start.isoformat())
        old = stored.get((v.kpi_id, v.segment, day))
        if old is None:
            continue
        v.old_value, v.old_comment = old
        comment = v.old_comment if v.comment is None else v.comment
        same = v.old_value == v.value and v.old_comment == comment
        v.status = "unchanged" if same else "changed"
    return values


def plan_file(
    store: Store,
    path: str | PathLike[str],
    preset: str = "generic",
    mapping: dict[str, str] | None = None,
    number_format: NumberFormat | str | None = None,
    date_format: DateFormat | str | None = None,
    *,
    channel_map: dict[str, str] | None = None,
    sheet: str | None = None,
    aliases: Mapping[str, str] | None = None,
    today: date | None = None,
    lang: str = "en",
) -> ImportPlan:
    """Read a file and compare it with the database: the dry run of an import.

    Problems, notes and questions are in `lang` ("nb" or "en"; see kpidesk.imports.i18n).
    """
    with bulk_work(), language(lang):
        catalogue = load_catalogue(store, aliases)
        source = Path(path).name
        try:
            result = read_file(
                path,
                preset,
                mapping,
                number_format,
                date_format,
                channel_map=channel_map,
                fiscal_start_month=catalogue.fiscal_start_month,
                sheet=sheet,
                lang=lang,
            )
        except ImportFileError as exc:
            return ImportPlan(source, problems=list(exc.problems))
        # GA4 and Meta files hold metrics the owner does not track: those are left out.
        skip = preset != "generic"
        return build_plan(
            store, result, source, catalogue=catalogue, today=today, skip_unknown=skip
        )


def apply_plan(store: Store, plan: ImportPlan, conflict: Conflict = "overwrite") -> AppliedImport:
    """Write a plan's new and changed values in one transaction, with the file as their source.

    "keep" leaves every stored value that differs from the file alone, also
    one stored after the dry run. A plan with any problem writes nothing.
    """
    if conflict not in ("overwrite", "keep"):
        raise ValueError(f"conflict must be overwrite or keep, not {conflict!r}")
    if not plan.ok:
        raise ImportFileError(plan.problems or msg("format_open"))
    require_open(store)
    wanted = [v for v in plan.values if v.status == "new" or v.status == "changed"]
    kept = 0
    if conflict == "keep":
        kept = sum(1 for v in wanted if v.status == "changed")
        wanted = [v for v in wanted if v.status == "new"]
    unchanged = len(plan.values) - len(wanted) - kept
    with bulk_work(), language(plan.lang), store.write():
        if conflict == "keep" and wanted:
            before = len(wanted)
            wanted = _still_new(store, wanted)
            kept += before - len(wanted)
        closed = _closed_problems(store, wanted)  # closed since the dry run
        if closed:
            raise ImportFileError(closed)
        # Planned values carry the fields of a ValueRow: no copy of 100 000 rows.
        summary = write_values(store, wanted, source=plan.source)
    return AppliedImport(summary.new, summary.changed, unchanged + summary.unchanged, kept)


def _still_new(store: Store, wanted: list[PlannedValue]) -> list[PlannedValue]:
    """Drop values someone stored with another value since the dry run: "keep" keeps those."""
    first = min(v.period.start for v in wanted)
    last = max(v.period.start for v in wanted)
    stored = stored_values(store, {v.kpi_id for v in wanted}, first, last)
    out = []
    for v in wanted:
        old = stored.get((v.kpi_id, v.segment, v.period.start.isoformat()))
        if old is None or (old[0] == v.value and (v.comment is None or old[1] == v.comment)):
            out.append(v)
    return out
