"""Reminder rules on a fixture calendar: today is Wednesday 2026-11-11.

The last periods whose grace has run out by then: day 2026-11-07 (3 days),
week W44 (26 Oct–1 Nov, 3 days), month October (5 days), calendar quarter Q3
(14 days), year 2025 (31 days). With a fiscal year from July, the last fiscal
quarter due is 2026-Q1 (July–September).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kpidesk.domain.entities import Goal, Kpi, Review, ReviewDecision, Target
from kpidesk.domain.periods import Period, period_range
from kpidesk.domain.series import KpiSeries
from kpidesk.domain.todo import (
    EASY_MARGIN,
    GRACE,
    KIND_ORDER,
    NEVER_REVIEWED_DAYS,
    ToDoInput,
    ToDoKind,
    due_by,
    easy_targets,
    group_todos,
    is_easy,
    judged_periods,
    last_due,
    missing_periods,
    never_reviewed,
    no_recent_data,
    todo_list,
    window_start,
)
from kpidesk.domain.types import Decision, Direction, Frequency, ReviewScope, RollUp

TODAY = date(2026, 11, 11)
P = Period.parse
D, W, M, Q, Y = (
    Frequency.DAY,
    Frequency.WEEK,
    Frequency.MONTH,
    Frequency.QUARTER,
    Frequency.YEAR,
)


def series(frequency: Frequency, first: Period, last: Period, value: float = 1.0, fsm: int = 1):
    values = {p: value for p in period_range(first, last)}
    return KpiSeries.plain(frequency, RollUp.SUM, values, fsm)


def kpi(kpi_id: int, frequency: Frequency = M, **extra) -> Kpi:
    return Kpi(kpi_id, f"K{kpi_id}", f"KPI {kpi_id}", frequency=frequency, **extra)


# --- values due, per frequency ---------------------------------------------------------
@pytest.mark.parametrize(
    ("frequency", "last_label", "due"),
    [
        (D, "2026-11-07", date(2026, 11, 10)),
        (W, "2026-W44", date(2026, 11, 4)),
        (M, "2026-10", date(2026, 11, 5)),
        (Q, "2026-Q3", date(2026, 10, 14)),
        (Y, "2025", date(2026, 1, 31)),
    ],
)
def test_each_frequency_is_due_after_its_grace(frequency, last_label, due):
    last = P(last_label)
    assert last_due(frequency, TODAY) == last
    assert due_by(last) == due == last.end + timedelta(days=GRACE[frequency])
    # one day before the next period's due day it is not missing, on the day after it is
    following = last.next()
    full = series(frequency, last.shift(-5), last)
    assert missing_periods(kpi(1, frequency), [full], due_by(following)) == []
    assert missing_periods(kpi(1, frequency), [full], due_by(following) + timedelta(1)) == [
        following
    ]


def test_the_grace_grows_with_the_period():
    order = [GRACE[f] for f in (D, W, M, Q, Y)]
    assert order == sorted(order)
    assert GRACE[D] >= 2 and GRACE[Y] >= 28


def test_fiscal_quarters_are_due_by_the_fiscal_calendar():
    # Fiscal year from February: quarters Feb–Apr, May–Jul, Aug–Oct, Nov–Jan.
    quarterly = kpi(1, Q)
    aug_oct = Period.containing(Q, date(2026, 8, 1), 2)
    assert aug_oct.end == date(2026, 10, 31)
    may_jul = aug_oct.prev()
    assert missing_periods(quarterly, [], TODAY, 2) == [may_jul]  # Aug–Oct due 14 Nov
    assert missing_periods(quarterly, [], date(2026, 11, 15), 2) == [aug_oct]
    # a KPI without any value is judged by the business's fiscal year, not January's
    data = ToDoInput(kpis=[quarterly], series={}, today=TODAY, fiscal_start_month=7)
    [todo] = [t for t in todo_list(data) if t.kind is ToDoKind.MISSING_VALUES]
    assert todo.period == Period.containing(Q, date(2026, 7, 1), 7)
    assert todo.period.label() == "2026-Q1"  # the fiscal year 2026 starts in July 2026
    # with values, gaps are fiscal quarters too
    kept = series(Q, P("2025-Q1", fiscal_start_month=7), P("2025-Q3", fiscal_start_month=7), fsm=7)
    gaps = missing_periods(quarterly, [kept], TODAY, 7)
    assert [p.label() for p in gaps] == ["2025-Q4", "2026-Q1"]
    assert all(p.fiscal_start_month == 7 for p in gaps)


def test_missing_values_are_listed_longest_overdue_first():
    monthly = kpi(1, M)
    quarterly = kpi(2, Q)
    data = ToDoInput(
        kpis=[monthly, quarterly],
        series={
            1: [series(M, P("2025-01"), P("2026-09"))],
            2: [series(Q, P("2025-Q1"), P("2026-Q2"))],
        },
        today=TODAY,
    )
    found = [t for t in todo_list(data) if t.kind is ToDoKind.MISSING_VALUES]
    # Q3 was due 14 October, October on 5 November
    assert [(t.kpi_id, t.period) for t in found] == [(2, P("2026-Q3")), (1, P("2026-10"))]
    assert found[0].due == date(2026, 10, 14)


# --- reviews -------------------------------------------------------------------------
def test_a_set_never_reviewed_gets_a_first_review_after_about_six_months():
    k = kpi(1)
    added = TODAY - timedelta(days=NEVER_REVIEWED_DAYS)
    [todo] = never_reviewed(ToDoInput(kpis=[k], series={}, today=TODAY, first_added=added))
    assert todo.kind is ToDoKind.NEVER_REVIEWED and todo.scope is ReviewScope.ALL
    assert todo.due == TODAY
    young = ToDoInput(kpis=[k], series={}, today=TODAY, first_added=added + timedelta(1))
    assert never_reviewed(young) == []
    reviewed = ToDoInput(
        kpis=[k],
        series={},
        today=TODAY,
        first_added=added,
        reviews=[Review(1, date(2026, 1, 5), ReviewScope.KPI, kpi_id=1)],
    )
    assert never_reviewed(reviewed) == []
    assert never_reviewed(ToDoInput(kpis=[], series={}, today=TODAY, first_added=added)) == []


def test_a_review_due_carries_its_scope_and_is_more_urgent_than_a_missing_target():
    review = Review(1, date(2026, 5, 1), ReviewScope.GOAL, goal_id=3, next_review=date(2026, 8, 1))
    data = ToDoInput(
        kpis=[kpi(1)],
        series={1: [series(M, P("2025-01"), P("2026-10"))]},
        reviews=[review],
        goals=[Goal(3, "Grow")],
        today=TODAY,
    )
    kinds = [(t.kind, t.scope) for t in todo_list(data)]
    assert kinds == [(ToDoKind.REVIEW_DUE, ReviewScope.GOAL), (ToDoKind.NO_TARGET, None)]


# --- no recent data: a candidate to retire ---------------------------------------------
def stale_input(**changes) -> ToDoInput:
    values = {
        "kpis": [kpi(n, f) for n, f in enumerate((M, M, D, D, W, M, M, M), start=1)],
        "series": {
            1: [series(M, P("2025-01"), P("2026-07"))],  # nothing in Aug, Sep, Oct
            2: [series(M, P("2025-01"), P("2026-08"))],  # only Sep and Oct missing
            3: [series(D, P("2026-01-01"), P("2026-07-31"))],  # no day since July
            4: [series(D, P("2026-01-01"), P("2026-11-02"))],  # a few days missing
            5: [series(W, P("2026-W01"), P("2026-W30"))],  # no week since July
            6: [],  # values only before the series' span
            7: [],  # never measured: a new KPI, not a dead one
            8: [series(M, P("2025-01"), P("2026-10"))],  # kept up
        },
        "measured": frozenset({6}),
        "today": TODAY,
    }
    values.update(changes)
    return ToDoInput(**values)


def test_three_periods_without_data_make_a_candidate_to_retire():
    found = {t.kpi_id: t for t in no_recent_data(stale_input())}
    assert set(found) == {1, 3, 5, 6}
    assert found[1].periods == (P("2026-08"), P("2026-09"), P("2026-10"))
    # daily and weekly KPIs are judged by month
    assert found[3].periods == found[1].periods


def test_when_every_kpi_went_quiet_the_values_are_due_not_a_purge():
    behind = stale_input(today=date(2027, 1, 11))  # nobody typed anything for December
    assert no_recent_data(behind) == []
    assert {t.kind for t in todo_list(behind)} == {ToDoKind.MISSING_VALUES, ToDoKind.NO_TARGET}


def test_a_stale_kpi_is_one_reminder_not_also_a_list_of_missing_values():
    todos = todo_list(stale_input())
    by_kind = {}
    for t in todos:
        by_kind.setdefault(t.kind, set()).add(t.kpi_id)
    assert by_kind[ToDoKind.NO_RECENT_DATA] == {1, 3, 5, 6}
    assert by_kind[ToDoKind.MISSING_VALUES] == {2, 4, 7}  # 8 is complete


def test_a_review_decision_settles_the_question_until_the_next_review():
    decided = Review(
        1,
        date(2026, 10, 20),
        ReviewScope.ALL,
        next_review=date(2027, 1, 20),
        decisions=(ReviewDecision(1, Decision.KEEP, "season"),),
    )
    found = {t.kpi_id for t in no_recent_data(stale_input(reviews=[decided]))}
    assert 1 not in found and 3 in found
    kept_up = {**stale_input().series, 8: [series(M, P("2025-01"), P("2026-12"))]}
    later = stale_input(reviews=[decided], series=kept_up, today=date(2027, 1, 20))
    assert 1 in {t.kpi_id for t in no_recent_data(later)}


def test_judged_periods_and_the_window_the_rules_read():
    assert judged_periods(W, 3, TODAY) == [P("2026-08"), P("2026-09"), P("2026-10")]
    assert judged_periods(Q, 2, TODAY) == [P("2026-Q2"), P("2026-Q3")]
    # a daily KPI's window covers the year of months the easy-target rule judges
    assert window_start(D, TODAY) <= date(2025, 11, 1)
    assert date(2025, 11, 1) < window_start(D, TODAY, totals=False) <= date(2026, 8, 1)
    assert window_start(M, TODAY) <= P("2025-10").start  # twice the look-back
    assert window_start(Y, TODAY) <= date(2021, 1, 1)


# --- easy targets: a candidate to raise ----------------------------------------------------
LAST_YEAR = list(period_range(P("2025-11"), P("2026-10")))


def easy_input(kpis, totals, targets, **changes) -> ToDoInput:
    values = {"kpis": kpis, "series": {}, "totals": totals, "targets": targets, "today": TODAY}
    values.update(changes)
    return ToDoInput(**values)


def monthly_values(values: dict[str, float], default: float) -> KpiSeries:
    return KpiSeries.plain(M, RollUp.SUM, {p: values.get(p.label(), default) for p in LAST_YEAR})


def test_is_easy_means_stretch_met_or_a_clear_margin():
    target = Target(1, date(2025, 1, 1), realistic=100.0, stretch=120.0)
    assert is_easy(120, target, Direction.HIGHER)
    assert is_easy(100 * (1 + EASY_MARGIN), target, Direction.HIGHER)
    assert not is_easy(109, target, Direction.HIGHER)
    assert not is_easy(None, target, Direction.HIGHER)
    lower = Target(1, date(2025, 1, 1), realistic=10.0)
    assert is_easy(9.0, lower, Direction.LOWER) and not is_easy(9.5, lower, Direction.LOWER)
    band = Target(1, date(2025, 1, 1), low=5.0, high=10.0)
    assert not is_easy(7.0, band, Direction.RANGE)
    assert not is_easy(500.0, None, Direction.HIGHER)


def test_a_target_beaten_every_month_for_a_year_is_a_candidate_to_raise():
    k = kpi(1, M)
    targets = [Target(1, date(2025, 1, 1), realistic=100.0, stretch=120.0)]
    data = easy_input([k], {1: monthly_values({"2026-03": 112.0}, 125.0)}, targets)
    [todo] = easy_targets(data)
    assert todo.kind is ToDoKind.EASY_TARGET and todo.periods == tuple(LAST_YEAR)
    assert (
        easy_targets(easy_input([k], {1: monthly_values({"2026-03": 105.0}, 125.0)}, targets)) == []
    )


def test_a_gap_a_raised_target_or_a_range_is_not_easy():
    k = kpi(1, M)
    targets = [Target(1, date(2025, 1, 1), realistic=100.0, stretch=120.0)]
    gap = KpiSeries.plain(M, RollUp.SUM, {p: 130.0 for p in LAST_YEAR if p != P("2026-05")})
    assert easy_targets(easy_input([k], {1: gap}, targets)) == []
    raised = [*targets, Target(1, date(2026, 6, 1), realistic=130.0, stretch=150.0)]
    assert easy_targets(easy_input([k], {1: monthly_values({}, 125.0)}, raised)) == []
    band = kpi(1, M, direction=Direction.RANGE)
    range_target = [Target(1, date(2025, 1, 1), low=100.0, high=200.0)]
    assert easy_targets(easy_input([band], {1: monthly_values({}, 150.0)}, range_target)) == []
    retired = kpi(1, M, retired_on=date(2026, 11, 1))
    assert easy_targets(easy_input([retired], {1: monthly_values({}, 500.0)}, targets)) == []


def test_lower_is_better_daily_and_quarterly_kpis_are_judged_too():
    complaints = kpi(1, M, direction=Direction.LOWER)
    lower = [Target(1, date(2025, 1, 1), realistic=10.0)]
    assert easy_targets(easy_input([complaints], {1: monthly_values({}, 8.0)}, lower))
    # a daily KPI: each month's days summed against the days' targets summed
    visits = kpi(2, D)
    days = {p: 12.0 for p in period_range(P("2025-11-01"), P("2026-10-31"))}
    daily = KpiSeries.plain(D, RollUp.SUM, days)
    per_day = [Target(2, date(2025, 1, 1), realistic=10.0)]
    assert easy_targets(easy_input([visits], {2: daily}, per_day))
    tight = [Target(2, date(2025, 1, 1), realistic=11.5)]
    assert easy_targets(easy_input([visits], {2: daily}, tight)) == []
    # a quarterly KPI needs the last four quarters
    survey = kpi(3, Q)
    quarters = series(Q, P("2025-Q4"), P("2026-Q3"), 4.8)
    high = [Target(3, date(2025, 1, 1), realistic=4.2, stretch=4.6)]
    assert easy_targets(easy_input([survey], {3: quarters}, high))
    three = series(Q, P("2026-Q1"), P("2026-Q3"), 4.8)
    assert easy_targets(easy_input([survey], {3: three}, high)) == []


def test_a_yearly_kpi_needs_two_easy_years():
    k = kpi(1, Y)
    targets = [Target(1, date(2020, 1, 1), realistic=100.0)]
    assert easy_targets(easy_input([k], {1: series(Y, P("2024"), P("2025"), 200.0)}, targets))
    assert easy_targets(easy_input([k], {1: series(Y, P("2025"), P("2025"), 200.0)}, targets)) == []


def test_a_review_decision_quiets_the_raise_question():
    k = kpi(1, M)
    targets = [Target(1, date(2025, 1, 1), realistic=100.0, stretch=120.0)]
    review = Review(1, date(2026, 11, 1), ReviewScope.KPI, kpi_id=1)  # no next date: ~3 months
    data = easy_input([k], {1: monthly_values({}, 125.0)}, targets, reviews=[review])
    assert easy_targets(data) == []
    later = easy_input(
        [k], {1: monthly_values({}, 125.0)}, targets, reviews=[review], today=date(2026, 11, 30)
    )
    assert ToDoKind.EASY_TARGET not in [t.kind for t in todo_list(later)]
    longer = series(M, P("2025-11"), P("2027-01"), 125.0)
    months_later = easy_input([k], {1: longer}, targets, reviews=[review], today=date(2027, 2, 10))
    assert ToDoKind.EASY_TARGET in [t.kind for t in todo_list(months_later)]


# --- the list ---------------------------------------------------------------------------
def test_groups_follow_the_kind_order_and_keep_each_kinds_order():
    data = stale_input(
        reviews=[Review(1, date(2026, 1, 1), ReviewScope.ALL, next_review=date(2026, 4, 1))]
    )
    todos = todo_list(data)
    groups = group_todos(todos)
    kinds = [g.kind for g in groups]
    assert kinds == [k for k in KIND_ORDER if k in kinds]
    assert kinds[:2] == [ToDoKind.MISSING_VALUES, ToDoKind.REVIEW_DUE]
    assert [t for g in groups for t in g.items] == todos
    missing = groups[0].items
    assert [t.due for t in missing] == sorted(t.due for t in missing)
