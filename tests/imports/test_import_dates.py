from datetime import date

import pytest

from kpidesk.domain.periods import Period
from kpidesk.domain.types import Frequency
from kpidesk.imports.dates import DateFormat, detect_date_format, parse_date_or_period

DMY, MDY = DateFormat.DMY, DateFormat.MDY


@pytest.mark.parametrize(
    ("text", "fmt", "expected"),
    [
        ("2026-10-05", None, date(2026, 10, 5)),
        ("05.10.2026", None, date(2026, 10, 5)),
        ("5.10.2026", MDY, date(2026, 10, 5)),  # dots are always day first
        ("20261005", None, date(2026, 10, 5)),
        ("2026-10-05T00:00:00", None, date(2026, 10, 5)),
        ("2026-10-05T23:30:00+0200", None, date(2026, 10, 5)),
        ("2026-10-05T23:30:00-07:00", None, date(2026, 10, 5)),
        ("2026-10-05 07:00:00Z", None, date(2026, 10, 5)),
        ("01/02/2026", DMY, date(2026, 2, 1)),
        ("01/02/2026", MDY, date(2026, 1, 2)),
        ("10/05/2026 09:30", MDY, date(2026, 10, 5)),
        ("05.10.2026 09:30", None, date(2026, 10, 5)),
        ("2026-W41", None, Period.parse("2026-W41")),
        ("2026-10", None, Period.parse("2026-10")),
        ("2026-Q3", None, Period.parse("2026-Q3")),
        ("2026", None, Period.parse("2026")),
    ],
)
def test_parse_date_or_period(text, fmt, expected):
    assert parse_date_or_period(text, fmt) == expected


def test_frequency_turns_days_into_periods_and_checks_labels():
    assert parse_date_or_period("05.10.2026", frequency=Frequency.MONTH) == Period.parse("2026-10")
    assert parse_date_or_period("2026-Q1", frequency=Frequency.QUARTER, fiscal_start_month=7) == (
        Period.parse("2026-Q1", fiscal_start_month=7)
    )
    with pytest.raises(ValueError, match="quarter"):
        parse_date_or_period("2026-Q1", frequency=Frequency.MONTH)


@pytest.mark.parametrize(
    "text", ["01/02/2026", "32.01.2026", "2026-13", "2026-02-30", "yesterday", "2026-W60", ""]
)
def test_refused_dates(text):
    with pytest.raises(ValueError):
        parse_date_or_period(text)


@pytest.mark.parametrize(
    ("samples", "expected"),
    [
        (["01/02/2026"], None),
        (["01/02/2026", "13/02/2026"], DMY),
        (["01/02/2026", "02/13/2026"], MDY),
        (["13/02/2026", "02/13/2026"], None),
        (["2026-10-05", "05.10.2026"], DMY),
        (["01/01/2026"], DMY),  # reads alike either way
    ],
)
def test_detect_date_format(samples, expected):
    assert detect_date_format(samples) is expected
