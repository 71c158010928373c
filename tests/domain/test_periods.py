from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kpidesk.domain.periods import (
    Period,
    PeriodError,
    last_ended_period,
    period_range,
    periods_between,
)
from kpidesk.domain.types import Frequency

D, W, M, Q, Y = Frequency.DAY, Frequency.WEEK, Frequency.MONTH, Frequency.QUARTER, Frequency.YEAR

LABELS = [
    # label, fiscal start month, frequency, start, end
    ("2026-10-05", 1, D, date(2026, 10, 5), date(2026, 10, 5)),
    ("2024-02-29", 1, D, date(2024, 2, 29), date(2024, 2, 29)),
    ("2026-W41", 1, W, date(2026, 10, 5), date(2026, 10, 11)),
    ("2020-W53", 1, W, date(2020, 12, 28), date(2021, 1, 3)),
    ("2026-W01", 1, W, date(2025, 12, 29), date(2026, 1, 4)),
    # 2026 starts on a Thursday, so it has 53 ISO weeks (2025 and 2027 have 52)
    ("2026-W53", 1, W, date(2026, 12, 28), date(2027, 1, 3)),
    ("2021-W01", 1, W, date(2021, 1, 4), date(2021, 1, 10)),
    ("2026-02", 1, M, date(2026, 2, 1), date(2026, 2, 28)),
    ("2024-02", 1, M, date(2024, 2, 1), date(2024, 2, 29)),
    ("2026-12", 1, M, date(2026, 12, 1), date(2026, 12, 31)),
    ("2026-Q3", 1, Q, date(2026, 7, 1), date(2026, 9, 30)),
    ("2026-Q1", 7, Q, date(2026, 7, 1), date(2026, 9, 30)),
    ("2026-Q3", 7, Q, date(2027, 1, 1), date(2027, 3, 31)),
    ("2026-Q4", 7, Q, date(2027, 4, 1), date(2027, 6, 30)),
    ("2026", 1, Y, date(2026, 1, 1), date(2026, 12, 31)),
    ("2026", 7, Y, date(2026, 7, 1), date(2027, 6, 30)),
    ("2025-Q2", 11, Q, date(2026, 2, 1), date(2026, 4, 30)),
]


@pytest.mark.parametrize(("label", "fsm", "freq", "start", "end"), LABELS)
def test_label_table(label, fsm, freq, start, end):
    period = Period.parse(label, fiscal_start_month=fsm)
    assert (period.frequency, period.start, period.end) == (freq, start, end)
    assert period.label() == label
    assert Period.containing(freq, end, fsm) == period


@pytest.mark.parametrize(
    "label",
    [
        "2025-W53",
        "2027-W53",
        "2026-W00",
        "2026-13",
        "2026-00",
        "2026-02-30",
        "2026-Q5",
        "26-10",
        "",
        "x",
    ],
)
def test_bad_labels_name_the_label(label):
    with pytest.raises(PeriodError) as info:
        Period.parse(label)
    assert f"'{label}'" in str(info.value)


def test_frequency_given_must_match():
    with pytest.raises(PeriodError, match="'2026-10' is a month period"):
        Period.parse("2026-10", Frequency.WEEK)


def test_non_ascii_digits_are_not_a_label():
    with pytest.raises(PeriodError):
        Period.parse("２０２６-10")


def test_frequency_may_be_given_as_text():
    assert Period("month", date(2026, 5, 1)).end == date(2026, 5, 31)
    assert Period.containing("day", date(2026, 5, 5)).start == date(2026, 5, 5)


def test_unaligned_start_is_rejected():
    with pytest.raises(PeriodError):
        Period(M, date(2026, 5, 2))


def test_children_and_parent():
    q = Period.parse("2026-Q1")
    assert [p.label() for p in q.children(M)] == ["2026-01", "2026-02", "2026-03"]
    # weeks belong to the month of their Thursday: 2026-W01 (Mon 2025-12-29) is January's
    weeks = Period.parse("2026-01").children(W)
    assert [p.label() for p in weeks] == [f"2026-W0{i}" for i in range(1, 6)]
    assert Period.parse("2026-W01").parent(M).label() == "2026-01"
    assert Period.parse("2026-W01").parent(Y).label() == "2026"
    assert Period.parse("2020-W53").parent(Y).label() == "2020"
    assert Period.parse("2026-08").parent(Q, 7).label() == "2026-Q1"
    assert Period.parse("2026-06").parent(Y, 7).label() == "2025"
    assert len(Period.parse("2026").children(D)) == 365
    assert len(Period.parse("2020").children(W)) == 53
    fiscal = Period.parse("2026", Y, 7)
    assert [p.label() for p in fiscal.children(Q)] == [f"2026-Q{i}" for i in range(1, 5)]


def test_same_period_last_year():
    assert Period.parse("2024-02-29").same_period_last_year().label() == "2023-02-28"
    assert Period.parse("2020-W53").same_period_last_year().label() == "2019-W52"
    assert Period.parse("2026-W10").same_period_last_year().label() == "2025-W10"
    assert Period.parse("2026-03").same_period_last_year().label() == "2025-03"
    fiscal_q = Period.parse("2026-Q2", fiscal_start_month=7)
    assert fiscal_q.same_period_last_year() == Period.parse("2025-Q2", fiscal_start_month=7)


def test_ranges():
    months = list(period_range(Period.parse("2025-11"), Period.parse("2026-02")))
    assert [p.label() for p in months] == ["2025-11", "2025-12", "2026-01", "2026-02"]
    weeks = periods_between(W, date(2026, 1, 1), date(2026, 1, 12))
    assert [p.label() for p in weeks] == ["2026-W01", "2026-W02", "2026-W03"]
    assert last_ended_period(M, date(2026, 3, 15)).label() == "2026-02"
    assert last_ended_period(Q, date(2026, 8, 1), 7).label() == "2025-Q4"


FREQUENCIES = st.sampled_from(list(Frequency))
DAYS = st.dates(date(1900, 1, 1), date(2200, 12, 31))
FISCAL = st.integers(1, 12)


@settings(max_examples=200)
@given(FREQUENCIES, DAYS, FISCAL)
def test_label_round_trip(freq, day, fsm):
    period = Period.containing(freq, day, fsm)
    assert period.contains(day)
    again = Period.parse(period.label(), freq, fsm)
    assert again == period
    assert again.label() == period.label()


@settings(max_examples=200)
@given(FREQUENCIES, DAYS, FISCAL, st.integers(-200, 200))
def test_shift_there_and_back(freq, day, fsm, n):
    period = Period.containing(freq, day, fsm)
    assert period.shift(n).shift(-n) == period
    assert period.next().prev() == period
    assert period.next().start == period.end + (date(2000, 1, 2) - date(2000, 1, 1))


def test_shift_and_end_agree_with_containing_for_every_frequency() -> None:
    """The fast arithmetic (no re-alignment) gives the periods `containing` would."""
    from datetime import date, timedelta

    from kpidesk.domain.periods import Period
    from kpidesk.domain.types import Frequency

    for fiscal in (1, 4, 7, 11):
        for frequency in Frequency:
            period = Period.containing(frequency, date(2023, 12, 25), fiscal)
            for n in (-60, -13, -5, -1, 0, 1, 2, 7, 53):
                shifted = period.shift(n)
                again = Period.containing(frequency, shifted.start, fiscal)
                assert shifted == again and hash(shifted) == hash(again)
                assert Period.containing(frequency, shifted.end, fiscal) == shifted
                after = Period.containing(frequency, shifted.end + timedelta(days=1), fiscal)
                assert after == shifted.next() != shifted
