"""Raw values matched to KPIs, segments and the KPI's own periods, finer values rolled up.

Partial periods: daily values rolled into a monthly KPI must cover every day
of the month (weeks: every week whose Thursday lies in it, as the domain's
roll-ups count them). Half of October imported as "October" would be a wrong
number that looks right, so a partly covered period is a problem, except
the period that holds today: a month-to-date value is what an owner expects
there, and the next import of the same month replaces it. Coverage is
counted per KPI over all its segments, because GA4 and Meta leave out rows
with nothing in them (no e-mail visits on a Sunday is a real zero).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from kpidesk.domain.entities import Kpi
from kpidesk.domain.periods import Period
from kpidesk.domain.rollup import aggregate, expected_count
from kpidesk.domain.types import Frequency
from kpidesk.imports.catalogue import Catalogue, UnknownNameError
from kpidesk.imports.errors import ImportProblem
from kpidesk.imports.guard import unguard
from kpidesk.imports.i18n import freq, msg
from kpidesk.imports.planned import PlannedValue, ProblemLog, Resolution, ValueKey
from kpidesk.imports.records import RawValue


class _Resolver:
    def __init__(self, catalogue: Catalogue, today: date, skip_unknown: bool) -> None:
        self.catalogue = catalogue
        self.kpis = {k.id: k for k in catalogue.kpis}
        self.skip_unknown = skip_unknown
        self.skipped: dict[str, RawValue] = {}
        self.unsplit: set[str] = set()
        self.fsm = catalogue.fiscal_start_month
        self.today = today
        self.problems = ProblemLog()
        self.notes: list[str] = []
        self.direct: dict[ValueKey, PlannedValue] = {}
        # Finer values by the KPI period they roll into, then by their own period.
        self.buckets: dict[tuple[int, str, Period], dict[Period, RawValue]] = {}
        # (KPI text, segment text) → (KPI, segment code), or the problem with them.
        self._targets: dict[tuple[str, str], tuple[Kpi, str] | tuple[object, str]] = {}
        self._days: dict[date, Period] = {}

    def add(self, raw: RawValue) -> None:
        target = self._targets.get((raw.kpi, raw.segment))
        if target is None:
            target = self._targets[(raw.kpi, raw.segment)] = self._target(raw)
        kpi, segment = target
        if not isinstance(kpi, Kpi):
            self._refuse(kpi, raw, segment)
            return
        period = raw.period
        if type(period) is not Period:
            period = self._days.get(period)  # type: ignore[arg-type]
            if period is None:
                period = self._days[raw.period] = Period.containing(Frequency.DAY, raw.period)  # type: ignore[index,arg-type]
        if period.frequency is kpi.frequency:
            # The common case, inlined: this runs once per value of the file.
            comment = (unguard(raw.comment) or None) if raw.comment else None
            key = (kpi.id, segment, period.start)
            first = self.direct.get(key)
            if first is None:
                self.direct[key] = PlannedValue(
                    kpi.id,
                    kpi.code,
                    segment,
                    period,
                    period.start,
                    raw.value,
                    comment,
                    raw.row,
                    raw.column,
                )
            elif (first.value, first.comment) != (raw.value, comment):
                self._duplicate(kpi, segment, period, raw)
        elif period.frequency.is_coarser_than(kpi.frequency):
            message = msg(
                "too_coarse",
                code=kpi.code,
                frequency=freq(kpi.frequency),
                period=period,
                period_frequency=freq(period.frequency),
            )
            self.problems.add(("coarse", kpi.id, period.frequency), raw.row, raw.column, message)
        else:
            fine = self.buckets.setdefault(
                (kpi.id, segment, period.parent(kpi.frequency, self.fsm)), {}
            )
            first = fine.setdefault(period, raw)
            if (first.value, first.comment) != (raw.value, raw.comment):
                self._duplicate(kpi, segment, period, raw)

    def _target(self, raw: RawValue) -> tuple[Kpi, str] | tuple[object, str]:
        """The KPI and segment code of a file's texts, or (problem key, message)."""
        try:
            kpi = self.catalogue.kpi(raw.kpi)
        except UnknownNameError as exc:
            return ("skip" if self.skip_unknown else ("kpi", raw.kpi)), str(exc)
        if kpi.is_formula:
            message = msg("is_formula", code=kpi.code, formula=kpi.formula)
            return ("formula", kpi.id), message
        if self.skip_unknown and not kpi.dimension and not self.catalogue.is_total(raw.segment):
            # A GA4 file splits every metric by channel; a KPI that is not
            # split takes the file's total only.
            return ("unsplit", kpi.code), ""
        try:
            return kpi, self.catalogue.segment(kpi, raw.segment)
        except UnknownNameError as exc:
            return ("segment", kpi.id, raw.segment), str(exc)

    def _refuse(self, key: object, raw: RawValue, message: str) -> None:
        if key == "skip":
            self.skipped.setdefault(raw.kpi, raw)
        elif isinstance(key, tuple) and key[0] == "unsplit":
            self.unsplit.add(key[1])
        else:
            self.problems.add(key, raw.row, raw.column, message)

    def _duplicate(self, kpi: Kpi, segment: str, period: Period, raw: RawValue) -> None:
        message = msg("twice", code=kpi.code, segment=segment or msg("total"), period=period)
        self.problems.add(("twice", kpi.id, segment, period), raw.row, raw.column, message)

    def finish(self) -> Resolution:
        values = list(self.direct.values())
        rolled = self._roll_up()
        if rolled:
            values.extend(rolled)
            values.sort(key=_file_order)
        # Only KPIs that are retired or have a scale need a look at each value.
        checked = {k.id for k in self.kpis.values() if k.retired_on is not None or k.scale}
        if checked:
            values = [v for v in values if v.kpi_id not in checked or self._allowed(v)]
        self._report_skipped(bool(values))
        return Resolution(values, self.problems.result(), self.notes)

    def _report_skipped(self, found_any: bool) -> None:
        for code in sorted(self.unsplit):
            self.notes.append(msg("unsplit_total", code=code))
        if not self.skipped:
            return
        names = ", ".join(self.skipped)
        if found_any:
            self.notes.append(msg("unmatched_columns", names=names))
            return
        first = min(self.skipped.values(), key=_file_order)
        message = msg("no_column_matches", names=names)
        self.problems.add(("none",), first.row, first.column, message)

    def _roll_up(self) -> list[PlannedValue]:
        coverage: dict[tuple[int, Period], set[Period]] = {}
        firsts: dict[tuple[int, Period], RawValue] = {}
        for (kpi_id, _, parent), fine in self.buckets.items():
            coverage.setdefault((kpi_id, parent), set()).update(fine)
            first = min(fine.values(), key=_file_order)
            key = (kpi_id, parent)
            if key not in firsts or _file_order(first) < _file_order(firsts[key]):
                firsts[key] = first
        complete = {key: self._covered(key, parts, firsts[key]) for key, parts in coverage.items()}
        out = []
        for (kpi_id, segment, parent), fine in self.buckets.items():
            if not complete[(kpi_id, parent)]:
                continue
            first = min(fine.values(), key=_file_order)
            kpi = self.kpis[kpi_id]
            if (kpi_id, segment, parent.start) in self.direct:
                message = msg(
                    "whole_and_parts", code=kpi.code, period=parent, frequency=freq(kpi.frequency)
                )
                self.problems.add(("both", kpi_id, parent), first.row, first.column, message)
                continue
            ordered = [fine[p] for p in sorted(fine)]
            numbers = [r.value for r in ordered if r.value is not None]
            comments = dict.fromkeys(unguard(r.comment) for r in ordered if r.comment)
            value = aggregate(numbers, kpi.rollup)
            comment = "; ".join(comments) or None
            out.append(
                PlannedValue(
                    kpi.id,
                    kpi.code,
                    segment,
                    parent,
                    parent.start,
                    value,
                    comment,
                    first.row,
                    first.column,
                    len(fine),
                )
            )
        return out

    def _covered(self, key: tuple[int, Period], parts: set[Period], raw: RawValue) -> bool:
        """True when the finer periods fill the KPI's period (or it is the current one)."""
        kpi_id, parent = key
        kpi = self.kpis[kpi_id]
        frequencies = {p.frequency for p in parts}
        first = min(parts)
        if len(frequencies) > 1:
            mixed = f" {msg('and')} ".join(freq(f) for f in sorted(frequencies))
            message = msg("mixed_frequencies", code=kpi.code, period=parent, frequencies=mixed)
            self.problems.add(("mixed", key), raw.row, raw.column, message)
            return False
        fine = first.frequency
        expected = expected_count(fine, parent.start, parent.end, self.fsm)
        if len(parts) >= expected:
            return True
        counted = msg("counted", n=len(parts), expected=expected, units=freq(fine, plural=True))
        if parent.contains(self.today):
            self.notes.append(msg("not_over", code=kpi.code, period=parent, counted=counted))
            return True
        message = msg(
            "partial",
            code=kpi.code,
            period=parent,
            counted=counted,
            first=first,
            frequency=freq(kpi.frequency),
        )
        self.problems.add(("partial", key), raw.row, raw.column, message)
        return False

    def _allowed(self, item: PlannedValue) -> bool:
        kpi = self.kpis[item.kpi_id]
        if kpi.retired_on is not None and item.period.start >= kpi.retired_on:
            message = msg("retired", code=kpi.code, date=kpi.retired_on)
            self.problems.add(("retired", kpi.id), item.row, item.column, message)
            return False
        scale = kpi.scale
        value = item.value
        if scale is not None and value is not None and not scale.minimum <= value <= scale.maximum:
            message = msg(
                "outside_scale",
                value=f"{value:g}",
                code=kpi.code,
                minimum=f"{scale.minimum:g}",
                maximum=f"{scale.maximum:g}",
            )
            self.problems.add(("scale", item.row, item.column), item.row, item.column, message)
            return False
        return True


def _file_order(raw: RawValue | PlannedValue | ImportProblem) -> tuple[bool, int]:
    return (raw.row is None, raw.row or 0)


def resolve_values(
    values: Iterable[RawValue],
    catalogue: Catalogue,
    today: date | None = None,
    *,
    skip_unknown: bool = False,
) -> Resolution:
    """Every raw value as a value of a KPI's own period, or a problem saying why not.

    `skip_unknown` leaves out KPIs the business does not have with a note
    instead of a problem: GA4 and Meta exports carry many metrics an owner
    does not track, while in a file of one's own an unknown code is a typo.
    """
    resolver = _Resolver(catalogue, today or date.today(), skip_unknown)
    for raw in values:
        resolver.add(raw)
    return resolver.finish()
