"""Dates and period labels as files write them, with one day/month order per file."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from enum import StrEnum

from kpidesk.domain.periods import Period, PeriodError
from kpidesk.domain.types import Frequency
from kpidesk.imports.i18n import freq, msg


class DateFormat(StrEnum):
    """How a file orders day and month in ``01/02/2026``; other forms are unambiguous."""

    DMY = "dmy"
    MDY = "mdy"


_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
# A date with a time: ISO 8601 with "T" or a space, optional seconds, fraction and zone.
_ISO_DATETIME = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?$"
)
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_SLASHED = re.compile(r"^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$")
# "10/05/2026 09:30" (Meta) or "05.10.2026 09:30:00" (Excel): the time is dropped.
_TRAILING_TIME = re.compile(r"[ T]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?$")
_LABEL = re.compile(r"^\d{4}(?:-W\d{2}|-Q[1-4]|-\d{2})?$")
_MAX_LENGTH = 60


def _make(year: int, month: int, day: int, text: str) -> date:
    """A date, or ValueError naming the text."""
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(msg("bad_date", text=text)) from None


def parse_date(text: str, fmt: DateFormat | None = None) -> date:
    """The day `text` names; ValueError saying why when it names none."""
    s = text.strip()
    if len(s) > _MAX_LENGTH:
        raise ValueError(msg("date_too_long", text=s[:20]))
    for pattern in (_ISO_DAY, _COMPACT):
        if m := pattern.match(s):
            return _make(int(m[1]), int(m[2]), int(m[3]), s)
    if m := _ISO_DATETIME.match(s):
        # The day as written in the file, in the file's own zone: an export
        # for "5 October" must land on 5 October, not on the UTC day.
        return _make(int(m[1]), int(m[2]), int(m[3]), s)
    bare = _TRAILING_TIME.sub("", s)
    if m := _DOTTED.match(bare):
        # Dots are the Norwegian (and German) order: always day.month.year.
        return _make(int(m[3]), int(m[2]), int(m[1]), s)
    if m := _SLASHED.match(bare):
        first, second = int(m[1]), int(m[2])
        if fmt is None:
            raise ValueError(msg("date_ambiguous", text=s))
        day, month = (first, second) if fmt is DateFormat.DMY else (second, first)
        return _make(int(m[3]), month, day, s)
    raise ValueError(msg("not_date_hint", text=s))


def parse_date_or_period(
    text: str,
    fmt: DateFormat | None = None,
    frequency: Frequency | None = None,
    fiscal_start_month: int = 1,
) -> date | Period:
    """A day as a `date`, a coarser contract label as a `Period`.

    With `frequency` the answer is always a `Period` of that frequency: a day
    becomes the period holding it, a label must be of that frequency.
    """
    s = text.strip()
    if _LABEL.match(s):
        try:
            return Period.parse(s, frequency, fiscal_start_month)
        except PeriodError:
            raise ValueError(_period_problem(s, frequency, fiscal_start_month)) from None
    day = parse_date(s, fmt)
    if frequency is None:
        return day
    return Period.containing(frequency, day, fiscal_start_month)


def _period_problem(text: str, frequency: Frequency | None, fiscal_start_month: int) -> str:
    """Why a label is not a period of `frequency`, in the import's language."""
    try:
        found = Period.parse(text, None, fiscal_start_month).frequency
    except PeriodError:
        return msg("bad_period", text=text)
    return msg("period_kind", text=text, found=freq(found), wanted=freq(frequency))


def _all_parse(samples: list[str], fmt: DateFormat) -> list[date] | None:
    """Every sample's day in `fmt`, or None when one fails."""
    out = []
    for sample in samples:
        try:
            out.append(parse_date(sample, fmt))
        except ValueError:
            return None
    return out


def detect_date_format(
    samples: Iterable[str], prefer: DateFormat = DateFormat.DMY
) -> DateFormat | None:
    """The day/month order all `samples` agree on; None when ``01/02/2026`` leaves it open."""
    slashed = [
        s.strip()
        for s in dict.fromkeys(samples)
        if isinstance(s, str) and _SLASHED.match(_TRAILING_TIME.sub("", s.strip()))
    ]
    if not slashed:
        return prefer  # nothing in the file depends on the order
    dmy, mdy = _all_parse(slashed, DateFormat.DMY), _all_parse(slashed, DateFormat.MDY)
    if dmy is not None and mdy is not None:
        return prefer if dmy == mdy else None
    if dmy is not None:
        return DateFormat.DMY
    if mdy is not None:
        return DateFormat.MDY
    return None


def cell_to_day_or_period(
    cell: object,
    fmt: DateFormat | None,
    frequency: Frequency | None = None,
    fiscal_start_month: int = 1,
) -> date | Period:
    """Like `parse_date_or_period` but for spreadsheet cells (dates, years as numbers)."""
    if isinstance(cell, datetime):
        cell = cell.date()
    if isinstance(cell, date):
        if frequency is None:
            return cell
        return Period.containing(frequency, cell, fiscal_start_month)
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    if isinstance(cell, int) and not isinstance(cell, bool):
        cell = str(cell)  # a year 2026 or 20261005 typed as a number
    if not isinstance(cell, str):
        raise ValueError(msg("not_date", text=cell))
    return parse_date_or_period(cell, fmt, frequency, fiscal_start_month)
