"""Periods (day, ISO week, month, quarter, year) with fiscal years and labels.

Labels follow the command-line contract: ``2026-10-05``, ``2026-W41``,
``2026-10``, ``2026-Q3`` and ``2026``. Quarters and years are fiscal: with a
fiscal year starting in July, ``2026`` runs from 2026-07-01 to 2027-06-30 (a
fiscal year is named by the year it starts in) and ``2026-Q1`` is July–September.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from kpidesk.domain.types import Frequency

_LABEL_PATTERNS = (
    (Frequency.DAY, r"^(\d{4})-(\d{2})-(\d{2})$", re.ASCII),
    (Frequency.WEEK, r"^(\d{4})-W(\d{2})$", re.ASCII),
    (Frequency.MONTH, r"^(\d{4})-(\d{2})$", re.ASCII),
    (Frequency.QUARTER, r"^(\d{4})-Q([1-4])$", 0),
    (Frequency.YEAR, r"^(\d{4})$", re.ASCII),
)


@lru_cache(maxsize=1)
def _label_patterns() -> tuple[tuple[Frequency, re.Pattern[str]], ...]:
    # Compiled when first needed: the window's start reads no labels.
    return tuple((freq, re.compile(text, flags)) for freq, text, flags in _LABEL_PATTERNS)


_ONE_DAY, _SIX_DAYS = timedelta(days=1), timedelta(days=6)
_MONTHS = {Frequency.MONTH: 1, Frequency.QUARTER: 3, Frequency.YEAR: 12}


class PeriodError(ValueError):
    """A period label or date that does not name a period."""


def _add_months(d: date, months: int) -> date:
    """The first day of the month `months` after the month of `d`."""
    index = d.year * 12 + d.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _fiscal_year_of(d: date, fiscal_start_month: int) -> int:
    """The name of the fiscal year holding `d`: the calendar year it starts in."""
    return d.year if d.month >= fiscal_start_month else d.year - 1


def _check_fiscal_start(fiscal_start_month: int) -> None:
    if not 1 <= fiscal_start_month <= 12:
        raise PeriodError(f"fiscal year start month must be 1–12, not {fiscal_start_month}")


@dataclass(frozen=True)
class Period:
    """One period of a frequency, identified by its first day.

    ``fiscal_start_month`` only matters for quarters and years and is
    normalised to 1 for the other frequencies, so equal periods compare equal.
    """

    frequency: Frequency
    start: date
    fiscal_start_month: int = field(default=1)

    def __post_init__(self) -> None:
        _check_fiscal_start(self.fiscal_start_month)
        # A plain string ("month") must become the enum: methods compare with `is`.
        object.__setattr__(self, "frequency", Frequency(self.frequency))
        if self.frequency not in (Frequency.QUARTER, Frequency.YEAR):
            object.__setattr__(self, "fiscal_start_month", 1)
        aligned = Period.containing(self.frequency, self.start, self.fiscal_start_month).start
        if aligned != self.start:
            raise PeriodError(f"{self.start} is not the first day of a {self.frequency} period")

    # --- construction -------------------------------------------------
    @staticmethod
    def containing(frequency: Frequency, day: date, fiscal_start_month: int = 1) -> Period:
        """The period of `frequency` that holds `day`."""
        if not 1 <= fiscal_start_month <= 12:  # inline: called thousands of times per screen
            _check_fiscal_start(fiscal_start_month)
        if type(frequency) is not Frequency:  # the enum call costs more than the rest: skip it
            frequency = Frequency(frequency)  # "day" must take the DAY branch, not fall to YEAR
        if frequency is Frequency.DAY:
            start = day
        elif frequency is Frequency.WEEK:
            start = day - timedelta(days=day.weekday())
        elif frequency is Frequency.MONTH:
            start = day.replace(day=1)
        elif frequency is Frequency.QUARTER:
            offset = (day.month - fiscal_start_month) % 3
            start = _add_months(day.replace(day=1), -offset)
        else:
            start = date(_fiscal_year_of(day, fiscal_start_month), fiscal_start_month, 1)
        fsm = fiscal_start_month if frequency in (Frequency.QUARTER, Frequency.YEAR) else 1
        return _aligned(frequency, start, fsm)

    @staticmethod
    def parse(
        label: str, frequency: Frequency | None = None, fiscal_start_month: int = 1
    ) -> Period:
        """The period a contract label names; `frequency`, if given, must match."""
        found = _match_label(label.strip())
        if found is None:
            raise PeriodError(
                f"'{label}' is not a period; write 2026-10-05, 2026-W41, 2026-10, 2026-Q3 or 2026"
            )
        freq, match = found
        if frequency is not None and freq is not Frequency(frequency):
            raise PeriodError(f"'{label}' is a {freq} period, not a {frequency} period")
        numbers = [int(g) for g in match.groups()]
        try:
            start = _label_start(freq, numbers, fiscal_start_month)
        except ValueError as exc:
            raise PeriodError(f"'{label}' is not a valid {freq}: {exc}") from None
        return Period.containing(freq, start, fiscal_start_month)

    # --- properties ---------------------------------------------------
    @property
    def end(self) -> date:
        """The last day of the period (inclusive)."""
        # The day before the next period starts, without making that period: a
        # dashboard asks for thousands of ends.
        frequency = self.frequency
        if frequency is Frequency.DAY:
            return self.start
        if frequency is Frequency.WEEK:
            return self.start + _SIX_DAYS
        return _add_months(self.start, _MONTHS[frequency]) - _ONE_DAY

    @property
    def anchor(self) -> date:
        """The day that decides which coarser period this one belongs to.

        Weeks straddle months and years; like ISO 8601 assigns a week to the
        year of its Thursday, we assign it to the month of its Thursday.
        """
        if self.frequency is Frequency.WEEK:
            return self.start + timedelta(days=3)
        return self.start

    @property
    def days(self) -> int:
        """How many days the period has."""
        return (self.end - self.start).days + 1

    @property
    def fiscal_year(self) -> int:
        """The name of the (fiscal) year the period's anchor lies in."""
        return _fiscal_year_of(self.anchor, self.fiscal_start_month)

    def label(self) -> str:
        """The contract label, e.g. ``2026-W41``."""
        s = self.start
        if self.frequency is Frequency.DAY:
            return s.isoformat()
        if self.frequency is Frequency.WEEK:
            iso = s.isocalendar()
            return f"{iso.year}-W{iso.week:02d}"
        if self.frequency is Frequency.MONTH:
            return f"{s.year}-{s.month:02d}"
        fiscal_year = _fiscal_year_of(s, self.fiscal_start_month)
        if self.frequency is Frequency.QUARTER:
            quarter = (s.month - self.fiscal_start_month) % 12 // 3 + 1
            return f"{fiscal_year}-Q{quarter}"
        return f"{fiscal_year}"

    def __str__(self) -> str:
        return self.label()

    def __lt__(self, other: Period) -> bool:
        return (self.start, self.frequency.rank) < (other.start, other.frequency.rank)

    def __le__(self, other: Period) -> bool:
        return self == other or self < other

    def __gt__(self, other: Period) -> bool:
        return other < self

    def __ge__(self, other: Period) -> bool:
        return self == other or other < self

    # --- navigation ---------------------------------------------------
    def shift(self, n: int) -> Period:
        """The period `n` steps later (earlier when `n` is negative)."""
        # A whole number of periods from an aligned start is aligned: no need to align again.
        if self.frequency is Frequency.DAY:
            start = self.start + timedelta(days=n)
        elif self.frequency is Frequency.WEEK:
            start = self.start + timedelta(weeks=n)
        else:
            start = _add_months(self.start, n * _MONTHS[self.frequency])
        return _aligned(self.frequency, start, self.fiscal_start_month)

    def next(self) -> Period:
        """The following period."""
        return self.shift(1)

    def prev(self) -> Period:
        """The preceding period."""
        return self.shift(-1)

    def same_period_last_year(self) -> Period:
        """The matching period one year earlier (ISO week 53 maps to week 52)."""
        if self.frequency is Frequency.DAY:
            s = self.start
            day = 28 if (s.month, s.day) == (2, 29) else s.day
            return Period.containing(Frequency.DAY, s.replace(year=s.year - 1, day=day))
        if self.frequency is Frequency.WEEK:
            iso = self.start.isocalendar()
            week = min(iso.week, _iso_weeks_in_year(iso.year - 1))
            return Period.containing(Frequency.WEEK, date.fromisocalendar(iso.year - 1, week, 1))
        return self.shift(
            {Frequency.MONTH: -12, Frequency.QUARTER: -4, Frequency.YEAR: -1}[self.frequency]
        )

    def contains(self, day: date) -> bool:
        """True when `day` falls inside the period."""
        return self.start <= day <= self.end

    def parent(self, frequency: Frequency, fiscal_start_month: int | None = None) -> Period:
        """The coarser period this one belongs to (by its anchor day)."""
        fsm = self.fiscal_start_month if fiscal_start_month is None else fiscal_start_month
        return Period.containing(frequency, self.anchor, fsm)

    def children(self, frequency: Frequency) -> list[Period]:
        """The finer periods of `frequency` whose anchor lies in this period."""
        return list(_children(self, Frequency(frequency)))


def _aligned(frequency: Frequency, start: date, fiscal_start_month: int) -> Period:
    """A Period from values already checked and aligned (the hot path of periods' arithmetic)."""
    period = object.__new__(Period)
    object.__setattr__(period, "frequency", frequency)
    object.__setattr__(period, "start", start)
    object.__setattr__(period, "fiscal_start_month", fiscal_start_month)
    return period


@lru_cache(maxsize=4096)
def _children(period: Period, frequency: Frequency) -> tuple[Period, ...]:
    """Periods are immutable: a report asks for the same months of a quarter many times."""
    first = Period.containing(frequency, period.start, period.fiscal_start_month)
    if not period.contains(first.anchor):
        first = first.next()
    result = []
    current = first
    while period.contains(current.anchor):
        result.append(current)
        current = current.next()
    return tuple(result)


def _match_label(text: str) -> tuple[Frequency, re.Match[str]] | None:
    """The frequency a label is written in and its match, or None."""
    for freq, pattern in _label_patterns():
        match = pattern.match(text)
        if match:
            return freq, match
    return None


def _iso_weeks_in_year(year: int) -> int:
    """52 or 53: the number of ISO weeks in `year`."""
    return date(year, 12, 28).isocalendar().week


def _label_start(freq: Frequency, numbers: list[int], fiscal_start_month: int) -> date:
    """The first day named by the numeric parts of a label."""
    if freq is Frequency.DAY:
        return date(*numbers)
    if freq is Frequency.WEEK:
        year, week = numbers
        if not 1 <= week <= _iso_weeks_in_year(year):
            raise ValueError(f"{year} has {_iso_weeks_in_year(year)} ISO weeks")
        return date.fromisocalendar(year, week, 1)
    if freq is Frequency.MONTH:
        return date(numbers[0], numbers[1], 1)
    year_start = date(numbers[0], fiscal_start_month, 1)
    if freq is Frequency.QUARTER:
        return _add_months(year_start, (numbers[1] - 1) * 3)
    return year_start


def period_range(first: Period, last: Period) -> Iterator[Period]:
    """Every period from `first` to `last`, both included."""
    current = first
    while current <= last:
        yield current
        current = current.next()


def periods_between(
    frequency: Frequency, first_day: date, last_day: date, fiscal_start_month: int = 1
) -> list[Period]:
    """The periods of `frequency` that touch the days `first_day`…`last_day`."""
    first = Period.containing(frequency, first_day, fiscal_start_month)
    last = Period.containing(frequency, last_day, fiscal_start_month)
    return list(period_range(first, last))


def last_ended_period(frequency: Frequency, today: date, fiscal_start_month: int = 1) -> Period:
    """The most recent period of `frequency` that ended before `today`."""
    return Period.containing(frequency, today, fiscal_start_month).prev()
