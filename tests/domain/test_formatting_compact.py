"""Large amounts in words for "at this pace" sentences."""

from __future__ import annotations

from kpidesk.domain.formatting import NBSP, format_compact


def test_millions_in_words() -> None:
    assert format_compact(1_320_000, "NOK", lang="nb") == f"1,32{NBSP}mill.{NBSP}kr"
    assert format_compact(1_500_000, "NOK", lang="nb") == f"1,5{NBSP}mill.{NBSP}kr"
    assert format_compact(1_500_000, "NOK", lang="en") == f"NOK{NBSP}1.5m"
    assert format_compact(2_000_000, "", lang="en") == "2m"
    assert format_compact(3_250_000_000, "NOK", lang="nb") == f"3,25{NBSP}mrd.{NBSP}kr"


def test_small_values_and_gaps_stay_as_format_value() -> None:
    assert format_compact(950_000, "NOK", lang="nb") == f"950{NBSP}000{NBSP}kr"
    assert format_compact(4.5, "score", 1, lang="en") == "4.5"
    assert format_compact(None) == "–"
    assert format_compact(-1_200_000, "", lang="nb") == f"\u22121,2{NBSP}mill."
