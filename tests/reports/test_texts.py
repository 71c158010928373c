"""Both languages have every text."""

from __future__ import annotations

import pytest

from kpidesk.domain.types import Decision, Direction, Frequency, RollUp, Status, Timing
from kpidesk.reports.i18n import Texts, all_keys


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_every_text_exists_and_formats(lang: str) -> None:
    t = Texts(lang)
    for key in all_keys():
        assert t(
            key,
            date="1.1.2026",
            page=1,
            pages=2,
            n=1,
            period="x",
            goals="g",
            score=5,
            target="t",
            formula="f",
            low=1,
            high=5,
        ).strip()
    for enum, method in (
        (Status, t.status),
        (Direction, t.direction),
        (Frequency, t.frequency),
        (RollUp, t.rollup),
        (Timing, t.timing),
        (Decision, t.decision),
    ):
        for member in enum:
            assert method(member)


def test_norwegian_page_numbers() -> None:
    assert Texts("nb")("page_of", page=2, pages=5) == "Side 2 av 5"
    assert Texts("en")("page_of", page=2, pages=5) == "Page 2 of 5"
