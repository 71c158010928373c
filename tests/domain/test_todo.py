"""To-do rules on a fixture calendar: today is Wednesday 2026-11-11.

Monthly revenue has values January–September 2026; October ended on the 31st,
so its grace days ran out on 5 November and it is missing. Weekly visits
have every week but W43. A formula KPI and a retired KPI are never "missing".
"""

from datetime import date

from kpidesk.domain.dashboard import View, ViewKind, first_needed, score_status, with_inputs
from kpidesk.domain.entities import Goal, Kpi, Review, Target
from kpidesk.domain.periods import Period, period_range
from kpidesk.domain.series import KpiSeries
from kpidesk.domain.todo import (
    GRACE_DAYS,
    ToDoInput,
    ToDoKind,
    due_by,
    missing_periods,
    reviews_due,
    todo_list,
    without_target,
)
from kpidesk.domain.types import Direction, Frequency, ReviewScope, RollUp, Status

TODAY = date(2026, 11, 11)
P = Period.parse
M, W = Frequency.MONTH, Frequency.WEEK
REVENUE = Kpi(1, "REV", "Revenue", frequency=M)
VISITS = Kpi(2, "VIS", "Visits", frequency=W)
RATE = Kpi(3, "RATE", "Rate", frequency=M, formula="REV / VIS")
OLD = Kpi(4, "OLD", "Old", frequency=M, retired_on=date(2026, 1, 1))
NEW = Kpi(5, "NEW", "New", frequency=M, direction=Direction.RANGE)


def monthly(first: str, last: str) -> KpiSeries:
    return KpiSeries.plain(M, RollUp.SUM, {p: 1.0 for p in period_range(P(first), P(last))})


WEEKS = {p: 1.0 for p in period_range(P("2026-W01"), P("2026-W45")) if p != P("2026-W43")}


def data(**changes) -> ToDoInput:
    values = {
        "kpis": [REVENUE, VISITS, RATE, OLD, NEW],
        "series": {
            1: [monthly("2024-01", "2026-09")],
            2: [KpiSeries.plain(W, RollUp.SUM, WEEKS)],
            4: [monthly("2024-01", "2025-06")],
        },
        "today": TODAY,
    }
    values.update(changes)
    return ToDoInput(**values)


def test_a_period_is_due_a_few_days_after_it_ends():
    assert 3 <= GRACE_DAYS <= 10
    assert due_by(P("2026-10")) == date(2026, 11, GRACE_DAYS)


def test_missing_values_after_the_grace_days():
    found = {t.kpi_id: t for t in todo_list(data()) if t.kind is ToDoKind.MISSING_VALUES}
    assert found[1].periods == (P("2026-10"),)
    assert found[1].period == P("2026-10")
    # W45 (2–8 Nov) is still within its grace days on the 11th; W43 is missing.
    assert found[2].periods == (P("2026-W43"),)
    assert set(found) == {1, 2, 5}  # no formula, no retired KPI; NEW has no value at all


def test_no_value_missing_within_the_grace_days():
    revenue = [monthly("2024-01", "2026-09")]
    assert missing_periods(REVENUE, revenue, date(2026, 11, GRACE_DAYS)) == []
    assert missing_periods(REVENUE, revenue, date(2026, 11, GRACE_DAYS + 1)) == [P("2026-10")]


def test_a_kpi_without_values_misses_only_its_last_period_and_gaps_count_from_its_first():
    assert missing_periods(NEW, [], TODAY) == [P("2026-10")]
    assert missing_periods(REVENUE, [monthly("2026-08", "2026-08")], TODAY) == [
        P("2026-09"),
        P("2026-10"),
    ]


def test_a_period_counts_as_entered_when_any_segment_has_a_value():
    seo = monthly("2026-01", "2026-10")
    total = monthly("2026-01", "2026-09")
    assert missing_periods(REVENUE, [total, seo], TODAY) == []


def test_reviews_due_only_the_latest_of_each_scope_and_not_for_retired_kpis():
    reviews = [
        Review(1, date(2025, 4, 1), ReviewScope.ALL, next_review=date(2025, 7, 1)),
        Review(2, date(2025, 10, 1), ReviewScope.ALL, next_review=date(2026, 11, 1)),
        Review(3, date(2025, 10, 1), ReviewScope.KPI, kpi_id=4, next_review=date(2026, 1, 1)),
        Review(4, date(2026, 9, 1), ReviewScope.GOAL, goal_id=7, next_review=date(2026, 12, 1)),
    ]
    due = reviews_due(data(reviews=reviews))
    assert [(t.review.id, t.due) for t in due] == [(2, date(2026, 11, 1))]
    later = reviews_due(data(reviews=reviews, today=date(2026, 12, 1)))
    assert [t.review.id for t in later] == [2, 4]
    archived = [Goal(7, "Old goal", archived_on=date(2026, 10, 1))]
    assert [t.review.id for t in reviews_due(data(reviews=reviews, goals=archived))] == [2]


def test_kpis_without_a_target_in_force():
    targets = [
        Target(1, date(2025, 1, 1), realistic=100.0),
        Target(2, date(2027, 1, 1), realistic=5.0),  # only from next year
        Target(5, date(2025, 1, 1), realistic=5.0),  # a range KPI needs low/high
        Target(3, date(2025, 1, 1), realistic=1.0),
    ]
    missing = [t.kpi_id for t in without_target(data(targets=targets))]
    assert missing == [2, 5]


def test_the_list_is_in_the_order_to_do_it():
    reviews = [Review(1, date(2025, 4, 1), ReviewScope.ALL, next_review=date(2025, 7, 1))]
    kinds = [t.kind for t in todo_list(data(reviews=reviews))]
    assert kinds == sorted(
        kinds, key=[ToDoKind.MISSING_VALUES, ToDoKind.REVIEW_DUE, ToDoKind.NO_TARGET].index
    )
    assert ToDoKind.REVIEW_DUE in kinds and ToDoKind.NO_TARGET in kinds


def test_first_needed_covers_sparkline_previous_and_last_year():
    view = View(ViewKind.MONTH, P("2026-10"))
    assert first_needed(M, view) == date(2025, 10, 1)  # last year's October
    assert first_needed(Frequency.QUARTER, view) == date(2024, 10, 1)  # 8 quarters to Q3 2026
    ytd = View(ViewKind.YEAR_TO_DATE, P("2026-10"), fiscal_start_month=7)
    assert first_needed(M, ytd) <= date(2025, 7, 1)
    assert with_inputs({3: date(2025, 1, 1), 1: date(2026, 1, 1)}, {3: [1, 2]}) == {
        3: date(2025, 1, 1),
        1: date(2025, 1, 1),
        2: date(2025, 1, 1),
    }


def test_score_bands():
    assert score_status(None) is Status.NO_DATA
    assert score_status(100) is Status.STRETCH_MET
    assert score_status(80) is Status.ON_TRACK
    assert score_status(79.9) is Status.AT_RISK
    assert score_status(10) is Status.OFF_TRACK
