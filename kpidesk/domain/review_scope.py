"""Which KPIs a review walks through, when the next one is due, and the set it leaves behind.

Pure rules beside `review_plan`: the balance check of the KPI wizard
(`domain.balance`) runs on the KPIs still in use after the decisions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from kpidesk.domain.balance import BalancePick, BalanceWarning, check_balance
from kpidesk.domain.entities import Goal, Kpi, Review
from kpidesk.domain.formula import FormulaError, parse_formula
from kpidesk.domain.periods import Period
from kpidesk.domain.review_plan import Change, GoalLink, NewKpi, Retirement
from kpidesk.domain.types import Decision, Frequency, ReviewScope

REVIEW_MONTHS = {
    Frequency.DAY: 1,
    Frequency.WEEK: 1,
    Frequency.MONTH: 3,
    Frequency.QUARTER: 3,
    Frequency.YEAR: 12,
}
"""Months to the next review, by how often most KPIs of the set are measured."""

EFFECTIVE_CHOICES = 12
"""How many periods, from the current one on, a decision can take effect in."""


def kpis_in_scope(
    scope: ReviewScope,
    kpis: Sequence[Kpi],
    goals: Sequence[Goal],
    goal_id: int | None = None,
    kpi_id: int | None = None,
) -> list[Kpi]:
    """The KPIs in use that a review of `scope` walks through: goal by goal, then the rest."""
    active = {k.id: k for k in kpis if not k.is_retired}
    if scope is ReviewScope.KPI:
        return [active[kpi_id]] if kpi_id in active else []
    chosen = [g for g in goals if g.archived_on is None]
    if scope is ReviewScope.GOAL:
        chosen = [g for g in chosen if g.id == goal_id]
    ordered = list(dict.fromkeys(k for g in chosen for k in g.kpi_ids if k in active))
    if scope is ReviewScope.ALL:
        ordered += [k for k in active if k not in ordered]
    return [active[k] for k in ordered]


def next_review_due(held_on: date, kpis: Iterable[Kpi]) -> date:
    """The default next review: +3 months for a set measured mostly monthly or quarterly."""
    counts = Counter(Frequency(k.frequency) for k in kpis if not k.is_retired)
    # Most common frequency; on a tie the finer one, so reviews are not put off.
    common = max(counts, key=lambda f: (counts[f], -f.rank), default=Frequency.MONTH)
    month = Period.containing(Frequency.MONTH, held_on).shift(REVIEW_MONTHS[common])
    return month.start + timedelta(days=min(held_on.day, month.days) - 1)


def effective_choices(
    frequency: Frequency, today: date, fiscal_start_month: int = 1
) -> list[Period]:
    """Periods a decision can take effect in: the current one (not yet ended) and later ones.

    Past periods are not offered: they keep the targets and KPIs they were scored with.
    """
    first = Period.containing(Frequency(frequency), today, fiscal_start_month)
    return [first.shift(n) for n in range(EFFECTIVE_CHOICES)]


@dataclass(frozen=True)
class SetAfter:
    """The goals in use and each one's KPIs, once a review's changes are made."""

    goals: tuple[Goal, ...]
    kpis: tuple[Kpi, ...]

    def picks(self) -> list[BalancePick]:
        """The KPIs as the balance rules see them (goals by their index here)."""
        index = {g.id: n for n, g in enumerate(self.goals)}
        return [
            BalancePick(
                k.timing, k.kind, frozenset(index[g.id] for g in self.goals if k.id in g.kpi_ids)
            )
            for k in self.kpis
        ]

    def balance(self) -> list[BalanceWarning]:
        """What the wizard's balance check says about this set."""
        return check_balance(len(self.goals), self.picks())


def set_after(kpis: Sequence[Kpi], goals: Sequence[Goal], changes: Sequence[Change]) -> SetAfter:
    """The KPIs in use after `changes`; new KPIs get negative ids to tell them apart."""
    by_ref: dict[int | str, int] = {k.id: k.id for k in kpis}
    added: list[Kpi] = []
    for n, change in enumerate(c for c in changes if isinstance(c, NewKpi)):
        new = replace(change.kpi, id=-1 - n)
        by_ref[new.code] = new.id
        added.append(new)
    retired = {c.kpi_id for c in changes if isinstance(c, Retirement)}
    links: dict[int, list[int]] = {}
    for change in changes:
        if isinstance(change, GoalLink):
            links.setdefault(change.goal_id, []).append(by_ref[change.kpi])
    active = [k for k in [*kpis, *added] if not k.is_retired and k.id not in retired]
    in_use = {k.id for k in active}
    after = []
    for goal in goals:
        if goal.archived_on is None:
            ids = [k for k in [*goal.kpi_ids, *links.get(goal.id, [])] if k in in_use]
            after.append(replace(goal, kpi_ids=tuple(dict.fromkeys(ids)), kpi_weights=()))
    return SetAfter(tuple(after), tuple(active))


def formulas_losing_inputs(kpis: Sequence[Kpi], changes: Sequence[Change]) -> list[tuple[Kpi, Kpi]]:
    """(formula KPI, retired input): computed KPIs still in use that read a KPI being retired.

    Not an error (the retired KPI keeps its old values), but the formula gets no new ones.
    """
    leaving = {c.kpi_id for c in changes if isinstance(c, Retirement)}
    by_code = {k.code: k for k in kpis}
    found = []
    for kpi in kpis:
        if not kpi.is_formula or kpi.is_retired or kpi.id in leaving:
            continue
        try:
            codes = parse_formula(kpi.formula).codes
        except FormulaError:
            continue  # `kpidesk check` and the KPI editor report a broken formula
        found += [
            (kpi, by_code[c]) for c in sorted(codes) if c in by_code and by_code[c].id in leaving
        ]
    return found


def decision_counts(review: Review) -> dict[Decision, int]:
    """How many KPIs got each decision, in the order of the Decision vocabulary."""
    counts = Counter(Decision(d.decision) for d in review.decisions)
    return {d: counts[d] for d in Decision if counts[d]}
