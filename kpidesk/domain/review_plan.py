"""A review's decisions and exactly what each one changes: pure rules, no Qt, no database.

A decision is taken per KPI: keep it, adjust its target, change its definition,
replace it with another KPI, or retire it. Nothing is deleted and nothing old is
rewritten: a new target is in force from a chosen period on (older periods keep
theirs), a retired KPI keeps its values, targets and place in old scorecards,
and a replacement comes into use where the old KPI stops. `plan_changes` lists
the changes; `store.review_apply` makes exactly those, and the screen shows
the same list before saving.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from enum import StrEnum

from kpidesk.domain.entities import TOTAL_SEGMENT, Goal, Kpi, Review, ReviewDecision, Target
from kpidesk.domain.targets import target_in_force
from kpidesk.domain.types import Decision, Direction, ReviewScope

KpiRef = int | str
"""An existing KPI by its id, or a KPI the review adds, by its code."""

DATED = (Decision.ADJUST_TARGET, Decision.REPLACE, Decision.RETIRE)
"""Decisions that take effect from a chosen period."""

CODE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
"""What a new KPI's code may look like (the KPI editor's rule)."""


@dataclass(frozen=True)
class TargetValues:
    """The numbers of a new target (realistic/stretch/warning, or a range low…high)."""

    realistic: float | None = None
    stretch: float | None = None
    warning: float | None = None
    low: float | None = None
    high: float | None = None

    def is_empty(self, direction: Direction) -> bool:
        """True when the values set no target for a KPI of `direction`."""
        if Direction(direction) is Direction.RANGE:
            return self.low is None and self.high is None
        return self.realistic is None

    @staticmethod
    def of(target: Target | None) -> TargetValues:
        """The values of a stored target (all None for no target)."""
        if target is None:
            return TargetValues()
        return TargetValues(**{f.name: getattr(target, f.name) for f in fields(TargetValues)})


@dataclass(frozen=True)
class DecisionDraft:
    """One KPI's decision as the owner is making it."""

    kpi_id: int
    decision: Decision = Decision.KEEP
    note: str = ""
    effective_from: date | None = None
    """The first day of the period the decision takes effect in."""
    target: TargetValues | None = None
    """Adjust: the new target. Replace with a new KPI: its first target (optional)."""
    definition: str = ""
    """Change the definition: the new text."""
    replacement_id: int | None = None
    """Replace with a KPI the file has already."""
    new_kpi: Kpi | None = None
    """Replace with a new KPI (from the library or the owner's own)."""


@dataclass(frozen=True)
class ReviewPlan:
    held_on: date
    scope: ReviewScope
    decisions: tuple[DecisionDraft, ...] = ()
    notes: str = ""
    goal_id: int | None = None
    kpi_id: int | None = None
    next_review: date | None = None

    def review(self) -> Review:
        """The review as stored, with one decision per KPI."""
        return Review(
            id=0,
            held_on=self.held_on,
            scope=self.scope,
            notes=self.notes.strip(),
            goal_id=self.goal_id,
            kpi_id=self.kpi_id,
            next_review=self.next_review,
            decisions=tuple(
                ReviewDecision(d.kpi_id, d.decision, d.note.strip()) for d in self.decisions
            ),
        )


# --- what a plan changes ------------------------------------------------------------
@dataclass(frozen=True)
class NewTarget:
    kpi: KpiRef
    target: Target
    """Its kpi_id is 0 for a KPI the review adds."""
    before: Target | None
    """The target in force on that day until now (None: there was none)."""


@dataclass(frozen=True)
class NewDefinition:
    kpi_id: int
    old: str
    new: str


@dataclass(frozen=True)
class NewKpi:
    kpi: Kpi
    """Its id is 0; `active_from` is the day it replaces the old KPI."""


@dataclass(frozen=True)
class GoalLink:
    goal_id: int
    kpi: KpiRef
    weight: float = 1.0


@dataclass(frozen=True)
class Retirement:
    kpi_id: int
    on: date
    reason: str
    replaced_by: KpiRef | None = None


Change = NewTarget | NewDefinition | NewKpi | GoalLink | Retirement


class Problem(StrEnum):
    """Why a plan cannot be saved as it is (the screen says it in words)."""

    NO_DATE = "no_date"
    IN_CLOSED_PERIOD = "in_closed_period"
    NO_TARGET = "no_target"
    SAME_DEFINITION = "same_definition"
    NO_REPLACEMENT = "no_replacement"
    BAD_CODE = "bad_code"
    BAD_REPLACEMENT = "bad_replacement"
    CODE_TAKEN = "code_taken"
    NO_REASON = "no_reason"
    NEXT_REVIEW_TOO_EARLY = "next_review_too_early"


@dataclass(frozen=True)
class PlanProblem:
    problem: Problem
    kpi_id: int | None = None
    """The KPI whose decision has the problem (None: the review as a whole)."""


def check_plan(
    plan: ReviewPlan, kpis: Mapping[int, Kpi], closed_through: date | None = None
) -> list[PlanProblem]:
    """Every problem of the plan, in decision order (empty: it can be saved)."""
    found: list[PlanProblem] = []
    codes = {k.code for k in kpis.values()}
    leaving = {
        d.kpi_id for d in plan.decisions if d.decision in (Decision.REPLACE, Decision.RETIRE)
    }
    for draft in plan.decisions:
        for problem in _draft_problems(draft, kpis, codes, closed_through):
            found.append(PlanProblem(problem, draft.kpi_id))
        replacing = draft.decision is Decision.REPLACE and draft.new_kpi is None
        if replacing and draft.replacement_id in leaving - {draft.kpi_id}:
            # the replacement leaves in the same review: nothing would carry on
            found.append(PlanProblem(Problem.BAD_REPLACEMENT, draft.kpi_id))
        if draft.decision is Decision.REPLACE and draft.new_kpi is not None:
            codes.add(draft.new_kpi.code)  # two decisions cannot add the same code
    if plan.next_review is not None and plan.next_review <= plan.held_on:
        found.append(PlanProblem(Problem.NEXT_REVIEW_TOO_EARLY))
    return found


def _draft_problems(
    draft: DecisionDraft, kpis: Mapping[int, Kpi], codes: set[str], closed: date | None
) -> list[Problem]:
    kpi, decision = kpis[draft.kpi_id], draft.decision
    found = []
    if decision in DATED:
        if draft.effective_from is None:
            found.append(Problem.NO_DATE)
        elif closed is not None and draft.effective_from <= closed:
            found.append(Problem.IN_CLOSED_PERIOD)
    if decision is Decision.ADJUST_TARGET and (
        draft.target is None or draft.target.is_empty(kpi.direction)
    ):
        found.append(Problem.NO_TARGET)
    if decision is Decision.CHANGE_DEFINITION and (
        not draft.definition.strip() or draft.definition.strip() == kpi.definition.strip()
    ):
        found.append(Problem.SAME_DEFINITION)
    if decision is Decision.REPLACE:
        found.extend(_replacement_problems(draft, kpis, codes))
    if decision in (Decision.REPLACE, Decision.RETIRE) and not draft.note.strip():
        found.append(Problem.NO_REASON)
    return found


def _replacement_problems(
    draft: DecisionDraft, kpis: Mapping[int, Kpi], codes: set[str]
) -> list[Problem]:
    if draft.new_kpi is not None:
        new = draft.new_kpi
        if not new.code.strip() or not new.name.strip():
            return [Problem.NO_REPLACEMENT]
        if not CODE.fullmatch(new.code):
            return [Problem.BAD_CODE]  # formulas refer to KPIs by code
        return [Problem.CODE_TAKEN] if new.code in codes else []
    if draft.replacement_id is None:
        return [Problem.NO_REPLACEMENT]
    other = kpis.get(draft.replacement_id)
    if other is None or other.id == draft.kpi_id or other.is_retired:
        return [Problem.BAD_REPLACEMENT]
    return []


def plan_changes(
    plan: ReviewPlan,
    kpis: Mapping[int, Kpi],
    goals: Sequence[Goal],
    targets: Mapping[int, Sequence[Target]],
) -> list[Change]:
    """What saving the (checked) plan changes, decision by decision."""
    changes: list[Change] = []
    for draft in plan.decisions:
        changes.extend(_draft_changes(draft, kpis[draft.kpi_id], goals, targets))
    return changes


def _draft_changes(
    draft: DecisionDraft,
    kpi: Kpi,
    goals: Sequence[Goal],
    targets: Mapping[int, Sequence[Target]],
) -> list[Change]:
    note, day = draft.note.strip(), draft.effective_from
    if draft.decision is Decision.ADJUST_TARGET and draft.target is not None and day is not None:
        before = target_in_force(targets.get(kpi.id, ()), day, TOTAL_SEGMENT)
        return [NewTarget(kpi.id, _target(kpi.id, day, draft.target, note), before)]
    if draft.decision is Decision.CHANGE_DEFINITION:
        return [NewDefinition(kpi.id, kpi.definition, draft.definition.strip())]
    if draft.decision is Decision.RETIRE and day is not None:
        return [Retirement(kpi.id, day, note)]
    if draft.decision is Decision.REPLACE and day is not None:
        return _replacement(draft, kpi, day, goals)
    return []


def _replacement(draft: DecisionDraft, old: Kpi, day: date, goals: Sequence[Goal]) -> list[Change]:
    """Add (or pick) the new KPI, let it serve the old one's goals, retire the old one."""
    changes: list[Change] = []
    serving = set()
    if draft.new_kpi is not None:
        new = replace(draft.new_kpi, id=0, active_from=day, retired_on=None, replaced_by_id=None)
        ref: KpiRef = new.code
        changes.append(NewKpi(new))
        if draft.target is not None and not draft.target.is_empty(new.direction):
            target = _target(0, day, draft.target, draft.note.strip())
            changes.append(NewTarget(ref, target, None))
    else:
        assert draft.replacement_id is not None
        ref = draft.replacement_id
        serving = {g.id for g in goals if ref in g.kpi_ids}
    for goal in goals:
        if old.id in goal.kpi_ids and goal.id not in serving and goal.archived_on is None:
            weights = dict(zip(goal.kpi_ids, goal.kpi_weights, strict=False))
            changes.append(GoalLink(goal.id, ref, weights.get(old.id, 1.0)))
    changes.append(Retirement(old.id, day, draft.note.strip(), ref))
    return changes


def _target(kpi_id: int, day: date, values: TargetValues, note: str) -> Target:
    numbers = {f.name: getattr(values, f.name) for f in fields(TargetValues)}
    return Target(kpi_id=kpi_id, effective_from=day, note=note, **numbers)
