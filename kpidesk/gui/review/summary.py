"""The last page of a review: what saving changes, the balance of the set afterwards, problems."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListWidgetItem

from kpidesk.domain.entities import Goal, Kpi, Target
from kpidesk.domain.formatting import format_date, format_value
from kpidesk.domain.review_plan import (
    Change,
    GoalLink,
    KpiRef,
    NewDefinition,
    NewKpi,
    NewTarget,
    PlanProblem,
    Problem,
    Retirement,
    ReviewPlan,
    check_plan,
    plan_changes,
)
from kpidesk.domain.review_scope import formulas_losing_inputs, set_after
from kpidesk.domain.types import Decision, Direction
from kpidesk.gui.forms.ui_review_session import Ui_ReviewSession
from kpidesk.gui.labels import DECISION_SYMBOLS, decision_names
from kpidesk.gui.wizard.balance_page import describe_warning

SHORT_TEXT = 80
"""Longer definitions are cut in the list of changes (the history keeps them whole)."""


class SummaryView(QObject):
    """Fills the summary page and says what is wrong with a plan, in the UI's language."""

    def __init__(self, ui: Ui_ReviewSession, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui, self.lang = ui, lang

    def show(
        self,
        plan: ReviewPlan,
        kpis: Mapping[int, Kpi],
        goals: Sequence[Goal],
        targets: Mapping[int, Sequence[Target]],
        closed: date | None,
    ) -> list[PlanProblem]:
        """Show what `plan` changes and the balance after it; return its problems."""
        problems = check_plan(plan, kpis, closed)
        broken = {p.kpi_id for p in problems}
        sound = replace(plan, decisions=tuple(d for d in plan.decisions if d.kpi_id not in broken))
        changes = plan_changes(sound, kpis, goals, targets)
        self._show_changes(plan, kpis, changes, {g.id: g.title for g in goals})
        self._show_balance(kpis, goals, changes)
        texts = [self.problem_text(p, kpis) for p in problems]
        self.ui.summary_problem_label.setText("\n".join(texts))
        self.ui.summary_problem_label.setVisible(bool(texts))
        return problems

    def _show_balance(
        self, kpis: Mapping[int, Kpi], goals: Sequence[Goal], changes: Sequence[Change]
    ) -> None:
        """The wizard's balance check on the set after the decisions, what they change first."""
        before = set_after(list(kpis.values()), goals, []).balance()
        after_set = set_after(list(kpis.values()), goals, changes)
        after = after_set.balance()
        had = {(w.kind, w.goal_index) for w in before}
        has = {(w.kind, w.goal_index) for w in after}
        rows = [(self.tr("New: {0}"), "⚠", w) for w in after if (w.kind, w.goal_index) not in had]
        rows += [
            (self.tr("Solved: {0}"), "✓", w) for w in before if (w.kind, w.goal_index) not in has
        ]
        rows += [
            (self.tr("As before: {0}"), "⚠", w) for w in after if (w.kind, w.goal_index) in had
        ]
        balance = self.ui.balance_list
        balance.clear()
        for template, mark, warning in rows:
            # the goals are the same before and after; only the KPIs serving them differ
            index = warning.goal_index
            goal = after_set.goals[index].title if index is not None else ""
            text = template.format(describe_warning(warning, goal))
            item = QListWidgetItem(f"{mark} {text}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            balance.addItem(item)
        for formula, source in formulas_losing_inputs(list(kpis.values()), changes):
            text = self.tr("{0} is computed from {1}: it gets no new values once {1} is retired.")
            balance.addItem("⚠ " + text.format(formula.name, source.name))
        if not balance.count():
            balance.addItem("✓ " + self.tr("The set is balanced, before and after the decisions."))

    def _show_changes(
        self,
        plan: ReviewPlan,
        kpis: Mapping[int, Kpi],
        changes: Sequence[Change],
        goal_titles: Mapping[int, str],
    ) -> None:
        names: dict[KpiRef, str] = {k.id: k.name for k in kpis.values()}
        added = {c.kpi.code: c.kpi for c in changes if isinstance(c, NewKpi)}
        names.update({code: kpi.name for code, kpi in added.items()})
        known: dict[KpiRef, Kpi] = {**kpis, **added}  # a new KPI's target in its own unit
        lines = self.ui.changes_list
        lines.clear()
        bold = QFont(lines.font())
        bold.setBold(True)
        for draft in plan.decisions:
            kpi = kpis[draft.kpi_id]
            head = self.tr("{0} {1}: {2}").format(
                DECISION_SYMBOLS[draft.decision], kpi.name, decision_names()[draft.decision]
            )
            if draft.note:
                head = self.tr("{0} – {1}").format(head, draft.note)
            item = QListWidgetItem(head)
            if draft.decision is not Decision.KEEP:
                item.setFont(bold)
            lines.addItem(item)
            for change in _changes_of(draft.kpi_id, changes):
                text = self.change_text(change, known, names, goal_titles)
                lines.addItem("    " + text)

    def change_text(
        self,
        change: Change,
        kpis: Mapping[KpiRef, Kpi],
        names: Mapping[KpiRef, str],
        goal_titles: Mapping[int, str],
    ) -> str:
        """One change in words."""
        if isinstance(change, NewTarget):
            kpi = kpis.get(change.kpi)
            unit, decimals = (kpi.unit, kpi.decimals) if kpi else ("", 0)
            new = self._target(change.target, kpi, unit, decimals)
            old = self._target(change.before, kpi, unit, decimals)
            return self.tr("New target for {0} from {1}: {2} (was {3})").format(
                names[change.kpi], format_date(change.target.effective_from, self.lang), new, old
            )
        if isinstance(change, NewDefinition):
            return self.tr("Definition: “{0}” → “{1}”").format(
                _short(change.old) or "–", _short(change.new)
            )
        if isinstance(change, NewKpi):
            return self.tr("New KPI {0} ({1}), in use from {2}").format(
                change.kpi.name,
                change.kpi.code,
                format_date(change.kpi.active_from or date.min, self.lang),
            )
        if isinstance(change, GoalLink):
            return self.tr("{0} serves the goal “{1}”").format(
                names[change.kpi], goal_titles.get(change.goal_id, "")
            )
        if isinstance(change, Retirement) and change.replaced_by is not None:
            return self.tr("Retired from {0}, replaced by {1}").format(
                format_date(change.on, self.lang), names[change.replaced_by]
            )
        assert isinstance(change, Retirement)
        return self.tr("Retired from {0}; its values and old scorecards are kept").format(
            format_date(change.on, self.lang)
        )

    def _target(self, target: Target | None, kpi: Kpi | None, unit: str, decimals: int) -> str:
        if target is None:
            return self.tr("no target")
        if kpi is not None and Direction(kpi.direction) is Direction.RANGE:
            low = format_value(target.low, unit, decimals, self.lang)
            high = format_value(target.high, unit, decimals, self.lang)
            return self.tr("{0} to {1}").format(low, high)
        return format_value(target.realistic, unit, decimals, self.lang)

    def problem_text(self, problem: PlanProblem, kpis: Mapping[int, Kpi]) -> str:
        """A problem in words, naming the KPI and the field to fix."""
        texts = {
            Problem.NO_DATE: self.tr(
                "Effective from: choose the period the decision takes effect in."
            ),
            Problem.IN_CLOSED_PERIOD: self.tr(
                "Effective from: that period is closed; choose a later one or reopen it first."
            ),
            Problem.NO_TARGET: self.tr("Target: type the new target."),
            Problem.SAME_DEFINITION: self.tr(
                "Definition: write the new definition (it differs from the old one)."
            ),
            Problem.NO_REPLACEMENT: self.tr(
                "Replace with: choose or name the KPI that takes over."
            ),
            Problem.BAD_REPLACEMENT: self.tr("Replace with: choose another KPI that stays in use."),
            Problem.CODE_TAKEN: self.tr("Short code: another KPI has that code already."),
            Problem.BAD_CODE: self.tr(
                "Short code: start with a letter and use only A–Z, 0–9 and _."
            ),
            Problem.NO_REASON: self.tr("Note: say why, so the team knows later on."),
            Problem.NEXT_REVIEW_TOO_EARLY: self.tr("Next review: choose a day after today."),
        }
        text = texts[problem.problem]
        if problem.kpi_id is None:
            return text
        return self.tr("{0} – {1}").format(kpis[problem.kpi_id].name, text)


def _changes_of(kpi_id: int, changes: Sequence[Change]) -> list[Change]:
    """The changes a decision on `kpi_id` makes (a replacement's new KPI and links included)."""
    refs = {
        c.replaced_by
        for c in changes
        if isinstance(c, Retirement) and c.kpi_id == kpi_id and c.replaced_by is not None
    }
    return [c for c in changes if _belongs(c, kpi_id, refs)]


def _belongs(change: Change, kpi_id: int, refs: set[KpiRef]) -> bool:
    if isinstance(change, NewKpi):
        return change.kpi.code in refs
    if isinstance(change, NewTarget):
        # an existing replacement's own new target belongs to its own decision
        return change.kpi == kpi_id or (isinstance(change.kpi, str) and change.kpi in refs)
    if isinstance(change, GoalLink):
        return change.kpi in refs
    return change.kpi_id == kpi_id


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHORT_TEXT else text[: SHORT_TEXT - 1] + "…"
