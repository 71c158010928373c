"""The one number formatter rounds as people do, in both languages."""

from __future__ import annotations

import pytest

from kpidesk.domain.formatting import format_number

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("value", "decimals", "nb", "en"),
    [
        (1234.5, 0, f"1{NBSP}235", "1,235"),
        (2.675, 2, "2,68", "2.68"),
        (0.125, 2, "0,13", "0.13"),
        (-1234.56, 1, f"−1{NBSP}234,6", "−1,234.6"),
        (-0.4, 0, "0", "0"),
        (1_000_000, 0, f"1{NBSP}000{NBSP}000", "1,000,000"),
    ],
)
def test_rounding_half_away_from_zero(value: float, decimals: int, nb: str, en: str) -> None:
    assert format_number(value, decimals, "nb") == nb
    assert format_number(value, decimals, "en") == en
