"""What the wizard has gathered so far: plain data, no widgets.

Loaded from the open file (so a re-run shows existing goals and KPIs as chosen),
changed by the pages, and written by `kpidesk.gui.wizard.create.create_all`.
Goals match by title, KPIs by code or library code: nothing is chosen twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from kpidesk.domain.balance import BalancePick, BalanceWarning, check_balance
from kpidesk.domain.entities import Business, Kpi
from kpidesk.domain.periods import Period
from kpidesk.domain.target_advice import Proposal, propose_targets
from kpidesk.domain.types import Horizon
from kpidesk.library import LibraryKpi, load_library
from kpidesk.store.business import get_business, list_people
from kpidesk.store.connection import Store
from kpidesk.store.goals import list_goals
from kpidesk.store.kpis import list_kpis
from kpidesk.store.targets import list_targets

MAX_NEW_GOALS = 5
SUGGESTIONS_PER_GOAL = 4


def same_title(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


@dataclass
class GoalDraft:
    title: str
    horizon: Horizon = Horizon.SHORT
    existing_id: int | None = None
    kpi_ids: tuple[int, ...] = ()
    """The KPIs linked to the goal in the file."""


@dataclass
class KpiDraft:
    """One chosen KPI: what will be stored, the goals it serves, its owner and targets."""

    kpi: Kpi
    goals: set[int] = field(default_factory=set)
    owner: str = ""
    reason: str = ""
    existing: bool = False
    baseline: float | None = None
    realistic: float | None = None
    stretch: float | None = None
    proposal: Proposal | None = None
    """Targets proposed from the KPI's history (re-run on a file with values)."""
    stored_target: tuple[float | None, float | None] = (None, None)
    """The realistic and stretch target in force in the file (an existing KPI)."""

    @property
    def key(self) -> str:
        return self.kpi.library_code or self.kpi.code

    @property
    def target_changed(self) -> bool:
        return (self.realistic, self.stretch) != self.stored_target and (
            self.realistic is not None or self.stretch is not None
        )


@dataclass
class WizardState:
    business: Business
    goals: list[GoalDraft] = field(default_factory=list)
    kpis: dict[str, KpiDraft] = field(default_factory=dict)
    people: list[str] = field(default_factory=list)
    today: date = field(default_factory=date.today)

    # --- loading ---------------------------------------------------------
    @classmethod
    def from_store(cls, store: Store, today: date | None = None) -> WizardState:
        """The business, its goals and its KPIs in use, as already chosen."""
        from kpidesk.store.series import load_series

        state = cls(get_business(store), today=today or date.today())
        people = {p.id: p.name for p in list_people(store)}
        state.people = sorted(people.values(), key=str.casefold)
        goals = list_goals(store)
        state.goals = [GoalDraft(g.title, g.horizon, g.id, g.kpi_ids) for g in goals]
        kpis = list_kpis(store, include_retired=False)
        series = load_series(store, kpis)
        targets = {}
        for target in list_targets(store):
            if target.segment == "" and target.effective_from <= state.today:
                targets[target.kpi_id] = (target.realistic, target.stretch)
        for kpi in kpis:
            draft = KpiDraft(kpi, existing=True, owner=people.get(kpi.owner_id or -1, ""))
            draft.goals = {i for i, g in enumerate(goals) if kpi.id in g.kpi_ids}
            draft.stored_target = targets.get(kpi.id, (None, None))
            draft.realistic, draft.stretch = draft.stored_target
            draft.baseline = kpi.baseline
            history = _history(series.get((kpi.id, "")), kpi, state)
            draft.proposal = propose_targets(history, kpi.direction) if history else None
            if draft.baseline is None and draft.proposal is not None:
                draft.baseline = draft.proposal.baseline
            state.kpis[draft.key] = draft
        return state

    # --- goals -------------------------------------------------------------
    @property
    def new_goal_count(self) -> int:
        return sum(1 for g in self.goals if g.existing_id is None)

    def goal_index(self, title: str) -> int | None:
        return next((i for i, g in enumerate(self.goals) if same_title(g.title, title)), None)

    def add_goal(self, title: str, horizon: Horizon) -> int | None:
        """Add a goal (or find the one with this title); None when no more may be added."""
        title = " ".join(title.split())
        found = self.goal_index(title)
        if found is not None or not title:
            return found
        if self.new_goal_count >= MAX_NEW_GOALS:
            return None
        self.goals.append(GoalDraft(title, horizon))
        return len(self.goals) - 1

    def remove_goal(self, index: int) -> None:
        """Remove a new goal (stored goals stay) and its links."""
        if self.goals[index].existing_id is not None:
            return
        del self.goals[index]
        for draft in self.kpis.values():
            draft.goals = {g - (g > index) for g in draft.goals if g != index}
        for key in [k for k, d in self.kpis.items() if not d.goals and not d.existing]:
            del self.kpis[key]

    # --- KPIs --------------------------------------------------------------
    def find(self, code: str) -> KpiDraft | None:
        """The chosen KPI with this code or library code (or, for a library code, the name
        of that library KPI: a KPI typed in by hand before is not suggested twice)."""
        if code in self.kpis:
            return self.kpis[code]
        for draft in self.kpis.values():
            if code in (draft.kpi.code, draft.kpi.library_code):
                return draft
        library = load_library()
        if code not in library:
            return None
        name = library.get(code).name.get(self.business.language).casefold()
        return next((d for d in self.kpis.values() if d.kpi.name.casefold() == name), None)

    def choose(self, entry: LibraryKpi | Kpi, goal: int, reason: str = "") -> KpiDraft:
        """Let a library or custom KPI serve `goal`, adding it when it is new."""
        draft = self.find(entry.code)
        if draft is None:
            kpi = entry.to_kpi(self.business.language) if isinstance(entry, LibraryKpi) else entry
            draft = KpiDraft(kpi, reason=reason)
            self.kpis[draft.key] = draft
        draft.goals.add(goal)
        return draft

    def unchoose(self, code: str, goal: int) -> None:
        """Stop a KPI serving `goal`; a new KPI serving nothing is dropped.

        Links in the file are kept: the wizard adds, it never takes away."""
        draft = self.find(code)
        if draft is None or draft.existing:
            return
        draft.goals.discard(goal)
        if not draft.goals:
            del self.kpis[draft.key]

    def chosen(self) -> list[KpiDraft]:
        """KPIs serving at least one goal (and every KPI already in the file)."""
        return [d for d in self.kpis.values() if d.goals or d.existing]

    def serving(self, goal: int) -> list[KpiDraft]:
        return [d for d in self.kpis.values() if goal in d.goals]

    # --- checks --------------------------------------------------------------
    def balance(self) -> list[BalanceWarning]:
        picks = [BalancePick(d.kpi.timing, d.kpi.kind, frozenset(d.goals)) for d in self.chosen()]
        return check_balance(len(self.goals), picks)

    def formula_inputs(self) -> list[LibraryKpi]:
        """Library KPIs a chosen formula KPI needs that are neither chosen nor in the file."""
        library = load_library()
        have = {d.kpi.code for d in self.kpis.values()} | set(self.kpis)
        needed: list[LibraryKpi] = []
        todo = [d.kpi for d in self.chosen() if d.kpi.is_formula]
        while todo:
            kpi = todo.pop()
            from kpidesk.library.catalog import formula_codes

            for code in sorted(formula_codes(kpi.formula)):
                if code in have or code not in library:
                    continue
                have.add(code)
                entry = library.get(code)
                needed.append(entry)
                if entry.is_formula:
                    todo.append(entry.to_kpi(self.business.language))
        return needed

    def effective_from(self, draft: KpiDraft) -> date:
        """Targets start with the current period of the KPI's frequency."""
        fiscal = self.business.fiscal_start_month
        return Period.containing(draft.kpi.frequency, self.today, fiscal).start

    def set_frequency(self, draft: KpiDraft, frequency: object) -> None:
        draft.kpi = replace(draft.kpi, frequency=frequency)


def _history(series: object, kpi: Kpi, state: WizardState) -> list[float]:
    """The KPI's values of its latest ended periods, oldest first."""
    if series is None:
        return []
    from kpidesk.domain.periods import last_ended_period

    last = last_ended_period(kpi.frequency, state.today, state.business.fiscal_start_month)
    first = series.first_period()
    if first is None or first > last:
        return []
    first = max(first, last.shift(-23))
    values = [e.value for _, e in series.values_at(kpi.frequency, first, last)]
    return [v for v in values if v is not None]
