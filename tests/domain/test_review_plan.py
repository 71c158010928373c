"""What a review's decisions change, which problems stop a save, the set left behind."""

from __future__ import annotations

from datetime import date

from kpidesk.domain.balance import BalanceKind
from kpidesk.domain.entities import Goal, Kpi, Review, ReviewDecision, Target
from kpidesk.domain.periods import Period
from kpidesk.domain.review_plan import (
    DecisionDraft,
    GoalLink,
    NewDefinition,
    NewKpi,
    NewTarget,
    PlanProblem,
    Problem,
    Retirement,
    ReviewPlan,
    TargetValues,
    check_plan,
    plan_changes,
)
from kpidesk.domain.review_scope import (
    decision_counts,
    effective_choices,
    formulas_losing_inputs,
    kpis_in_scope,
    next_review_due,
    set_after,
)
from kpidesk.domain.types import (
    Decision,
    Direction,
    Frequency,
    KpiKind,
    ReviewScope,
    Timing,
)

DAY = date(2026, 11, 1)
HELD = date(2026, 10, 20)

SALES = Kpi(1, "SALES", "Sales", "Till total.", timing=Timing.LAGGING)
CALLS = Kpi(2, "CALLS", "Sales calls", timing=Timing.LEADING, frequency=Frequency.WEEK)
NPS = Kpi(3, "NPS", "NPS", kind=KpiKind.QUALITATIVE, direction=Direction.RANGE)
OLD = Kpi(4, "OLD", "Old", retired_on=date(2025, 1, 1))
KPIS = {k.id: k for k in (SALES, CALLS, NPS, OLD)}
GROW = Goal(10, "Grow", kpi_ids=(1, 2, 4), kpi_weights=(2.0, 1.0, 1.0))
LOYAL = Goal(11, "Loyal customers", kpi_ids=(3,))
GOALS = [GROW, LOYAL]
TARGETS = {1: [Target(1, date(2026, 1, 1), realistic=100, stretch=120)]}


def plan(*drafts: DecisionDraft, next_review: date | None = None) -> ReviewPlan:
    return ReviewPlan(HELD, ReviewScope.ALL, drafts, next_review=next_review)


def test_keep_changes_nothing() -> None:
    keep = plan(DecisionDraft(1), DecisionDraft(2, Decision.KEEP, "fine"))
    assert check_plan(keep, KPIS) == []
    assert plan_changes(keep, KPIS, GOALS, TARGETS) == []


def test_adjusted_target_starts_on_the_chosen_day_and_knows_the_one_it_follows() -> None:
    draft = DecisionDraft(1, Decision.ADJUST_TARGET, "harder", DAY, TargetValues(150, 170, 140))
    [change] = plan_changes(plan(draft), KPIS, GOALS, TARGETS)
    assert change == NewTarget(1, Target(1, DAY, 150, 170, 140, note="harder"), TARGETS[1][0])


def test_changed_definition_keeps_the_old_text() -> None:
    draft = DecisionDraft(1, Decision.CHANGE_DEFINITION, definition="  Till total, ex VAT. ")
    assert plan_changes(plan(draft), KPIS, GOALS, TARGETS) == [
        NewDefinition(1, "Till total.", "Till total, ex VAT.")
    ]


def test_retire_on_the_chosen_day_with_the_note_as_reason() -> None:
    draft = DecisionDraft(2, Decision.RETIRE, "No longer made", DAY)
    assert plan_changes(plan(draft), KPIS, GOALS, TARGETS) == [Retirement(2, DAY, "No longer made")]


def test_replacement_by_a_new_kpi_comes_into_use_and_serves_the_old_goals() -> None:
    new = Kpi(0, "VISITS", "Store visits", timing=Timing.LEADING, retired_on=date(2020, 1, 1))
    draft = DecisionDraft(
        2, Decision.REPLACE, "Visits say more", DAY, TargetValues(realistic=50), new_kpi=new
    )
    changes = plan_changes(plan(draft), KPIS, GOALS, TARGETS)
    added = Kpi(0, "VISITS", "Store visits", timing=Timing.LEADING, active_from=DAY)
    assert changes == [
        NewKpi(added),
        NewTarget("VISITS", Target(0, DAY, 50, note="Visits say more"), None),
        GoalLink(10, "VISITS", 1.0),
        Retirement(2, DAY, "Visits say more", "VISITS"),
    ]


def test_replacement_by_an_existing_kpi_links_only_goals_it_lacks() -> None:
    draft = DecisionDraft(1, Decision.REPLACE, "Calls lead", DAY, replacement_id=2)
    both = [GROW, Goal(12, "Profit", kpi_ids=(1,), kpi_weights=(3.0,))]
    assert plan_changes(plan(draft), KPIS, both, TARGETS) == [
        GoalLink(12, 2, 3.0),
        Retirement(1, DAY, "Calls lead", 2),
    ]


def test_problems_name_the_kpi_and_what_is_missing() -> None:
    drafts = (
        DecisionDraft(1, Decision.ADJUST_TARGET, effective_from=DAY, target=TargetValues()),
        DecisionDraft(2, Decision.RETIRE),
        DecisionDraft(3, Decision.ADJUST_TARGET, "", DAY, TargetValues(realistic=5)),
        DecisionDraft(1, Decision.CHANGE_DEFINITION, definition="Till total."),
    )
    assert check_plan(plan(*drafts, next_review=HELD), KPIS) == [
        PlanProblem(Problem.NO_TARGET, 1),
        PlanProblem(Problem.NO_DATE, 2),
        PlanProblem(Problem.NO_REASON, 2),
        PlanProblem(Problem.NO_TARGET, 3),  # a range KPI needs low or high
        PlanProblem(Problem.SAME_DEFINITION, 1),
        PlanProblem(Problem.NEXT_REVIEW_TOO_EARLY),
    ]


def test_replacement_problems() -> None:
    def problems(draft: DecisionDraft) -> list[Problem]:
        return [p.problem for p in check_plan(plan(draft), KPIS)]

    base = DecisionDraft(1, Decision.REPLACE, "why", DAY)
    assert problems(base) == [Problem.NO_REPLACEMENT]
    for other in (1, 4, 99):  # itself, retired, unknown
        assert problems(DecisionDraft(1, Decision.REPLACE, "why", DAY, replacement_id=other)) == [
            Problem.BAD_REPLACEMENT
        ]
    taken = DecisionDraft(1, Decision.REPLACE, "why", DAY, new_kpi=Kpi(0, "OLD", "Again"))
    assert problems(taken) == [Problem.CODE_TAKEN]
    spaced = DecisionDraft(1, Decision.REPLACE, "why", DAY, new_kpi=Kpi(0, "NEW ONE", "New"))
    assert problems(spaced) == [Problem.BAD_CODE]
    leaving = plan(
        DecisionDraft(1, Decision.REPLACE, "why", DAY, replacement_id=2),
        DecisionDraft(2, Decision.RETIRE, "gone", DAY),
    )
    assert check_plan(leaving, KPIS) == [PlanProblem(Problem.BAD_REPLACEMENT, 1)]


def test_decisions_may_not_reach_into_closed_periods() -> None:
    draft = DecisionDraft(1, Decision.ADJUST_TARGET, "", DAY, TargetValues(realistic=1))
    assert check_plan(plan(draft), KPIS, closed_through=date(2026, 10, 31)) == []
    assert check_plan(plan(draft), KPIS, closed_through=DAY) == [
        PlanProblem(Problem.IN_CLOSED_PERIOD, 1)
    ]


def test_balance_after_the_decisions_sees_a_goal_left_with_lagging_kpis_only() -> None:
    retire_calls = plan(DecisionDraft(2, Decision.RETIRE, "gone", DAY))
    changes = plan_changes(retire_calls, KPIS, GOALS, TARGETS)
    after = set_after(list(KPIS.values()), GOALS, changes)
    assert [k.code for k in after.kpis] == ["SALES", "NPS"]
    assert [g.kpi_ids for g in after.goals] == [(1,), (3,)]
    kinds = {(w.kind, w.goal_index) for w in after.balance()}
    assert (BalanceKind.GOAL_WITHOUT_LEADING, 0) in kinds
    before = set_after(list(KPIS.values()), GOALS, [])
    assert (BalanceKind.GOAL_WITHOUT_LEADING, 0) not in {
        (w.kind, w.goal_index) for w in before.balance()
    }


def test_balance_counts_a_new_replacement_in_its_goals() -> None:
    new = Kpi(0, "VISITS", "Store visits", timing=Timing.LEADING)
    swap = plan(DecisionDraft(2, Decision.REPLACE, "why", DAY, new_kpi=new))
    after = set_after(list(KPIS.values()), GOALS, plan_changes(swap, KPIS, GOALS, TARGETS))
    assert [k.code for k in after.kpis] == ["SALES", "NPS", "VISITS"]
    assert after.goals[0].kpi_ids == (1, after.kpis[-1].id)
    assert (BalanceKind.GOAL_WITHOUT_LEADING, 0) not in {
        (w.kind, w.goal_index) for w in after.balance()
    }


def test_scope_walks_goal_by_goal_and_skips_retired_kpis() -> None:
    kpis = [*KPIS.values(), Kpi(5, "LOOSE", "Not in a goal")]
    assert [k.id for k in kpis_in_scope(ReviewScope.ALL, kpis, GOALS)] == [1, 2, 3, 5]
    assert [k.id for k in kpis_in_scope(ReviewScope.GOAL, kpis, GOALS, goal_id=10)] == [1, 2]
    assert [k.id for k in kpis_in_scope(ReviewScope.KPI, kpis, GOALS, kpi_id=3)] == [3]
    assert kpis_in_scope(ReviewScope.KPI, kpis, GOALS, kpi_id=4) == []


def test_next_review_follows_how_often_the_set_is_measured() -> None:
    monthly = [SALES, NPS, CALLS]
    assert next_review_due(date(2026, 11, 30), monthly) == date(2027, 2, 28)
    weekly = [CALLS, Kpi(6, "W", "W", frequency=Frequency.WEEK)]
    assert next_review_due(date(2026, 11, 27), weekly) == date(2026, 12, 27)
    yearly = [Kpi(7, "Y", "Y", frequency=Frequency.YEAR)]
    assert next_review_due(date(2026, 11, 27), yearly) == date(2027, 11, 27)
    assert next_review_due(date(2026, 11, 27), []) == date(2027, 2, 27)


def test_decisions_take_effect_from_the_current_period_on() -> None:
    choices = effective_choices(Frequency.MONTH, date(2026, 11, 27))
    assert choices[:2] == [Period.parse("2026-11"), Period.parse("2026-12")]
    assert effective_choices(Frequency.QUARTER, date(2026, 11, 27))[0] == Period.parse("2026-Q4")


def test_decision_counts_for_the_list() -> None:
    review = Review(
        1,
        HELD,
        ReviewScope.ALL,
        decisions=(
            ReviewDecision(1, Decision.RETIRE),
            ReviewDecision(2, Decision.KEEP),
            ReviewDecision(3, Decision.KEEP),
        ),
    )
    assert decision_counts(review) == {Decision.KEEP: 2, Decision.RETIRE: 1}


def test_retiring_an_input_of_a_formula_in_use_is_pointed_out() -> None:
    rate = Kpi(8, "RATE", "Rate", formula="SALES / CALLS * 100")
    kpis = {**KPIS, rate.id: rate}
    retire = plan(DecisionDraft(2, Decision.RETIRE, "gone", DAY))
    changes = plan_changes(retire, kpis, GOALS, TARGETS)
    assert formulas_losing_inputs(list(kpis.values()), changes) == [(rate, CALLS)]
    both = plan(
        DecisionDraft(2, Decision.RETIRE, "gone", DAY),
        DecisionDraft(8, Decision.RETIRE, "too", DAY),
    )
    assert (
        formulas_losing_inputs(list(kpis.values()), plan_changes(both, kpis, GOALS, TARGETS)) == []
    )
