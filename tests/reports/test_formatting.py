"""Numbers as a Norwegian and an English reader expect them."""

from __future__ import annotations

from datetime import date

import pytest

from kpidesk.domain.formatting import (
    MINUS,
    NBSP,
    format_change,
    format_date,
    format_number,
    format_percent_change,
    format_period,
    format_value,
)
from kpidesk.domain.periods import Period


@pytest.mark.parametrize(
    ("value", "decimals", "nb", "en"),
    [
        (1234567.5, 1, f"1{NBSP}234{NBSP}567,5", "1,234,567.5"),
        (0, 0, "0", "0"),
        (-0.0001, 0, "0", "0"),  # no "−0"
        (-1234, 0, f"{MINUS}1{NBSP}234", f"{MINUS}1,234"),
        (2.345, 2, "2,35", "2.35"),
        (None, 0, "–", "–"),
        (float("nan"), 0, "–", "–"),
    ],
)
def test_numbers(value, decimals, nb, en) -> None:
    assert format_number(value, decimals, "nb") == nb
    assert format_number(value, decimals, "en") == en


def test_units() -> None:
    assert format_value(986300, "NOK", 0, "nb") == f"986{NBSP}300{NBSP}kr"
    assert format_value(986300, "NOK", 0, "en") == f"NOK{NBSP}986,300"
    assert format_value(2.5, "%", 1, "nb") == f"2,5{NBSP}%"
    assert format_value(2.5, "%", 1, "en") == "2.5%"
    assert format_value(25, "count", 0, "nb") == "25"
    assert format_value(None, "NOK", 0, "nb") == "–"


def test_changes() -> None:
    assert format_change(36300, "NOK", 0, "nb") == f"+36{NBSP}300{NBSP}kr"
    assert format_change(-5, "count", 0, "en") == f"{MINUS}5"
    assert format_change(0, "count", 0, "en") == "0"
    assert format_change(0.39, "%", 2, "en") == f"+0.39{NBSP}pp"
    assert format_percent_change(3.82, "nb") == f"+3,8{NBSP}%"
    assert format_percent_change(None, "nb") == "–"


def test_dates_and_periods() -> None:
    assert format_date(date(2026, 11, 27), "nb") == "27.11.2026"
    assert format_date(date(2026, 11, 27), "en") == "27 Nov 2026"
    assert format_period(Period.parse("2026-10"), "nb") == "oktober 2026"
    assert format_period(Period.parse("2026-10"), "en") == "October 2026"
    assert format_period(Period.parse("2026-Q3"), "nb") == "3. kvartal 2026"
    assert format_period(Period.parse("2026-Q3"), "en") == "Q3 2026"
    assert format_period(Period.parse("2026-W41"), "nb") == "uke 41 2026"
    fiscal = Period.parse("2026", fiscal_start_month=7)
    assert format_period(fiscal, "nb") == "2026/27"


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="nb or en"):
        format_number(1, 0, "sv")
