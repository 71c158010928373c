"""The words of Home's reminders: each group says what to do, each item what it is about."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QObject

from kpidesk.domain.entities import Goal, Kpi
from kpidesk.domain.formatting import format_date, format_period
from kpidesk.domain.todo import ToDo, ToDoKind, judged_frequency
from kpidesk.domain.types import Frequency, ReviewScope


class ReminderTexts(QObject):
    """Headings, item texts, hints and action names for a list of to-dos."""

    def __init__(
        self,
        kpis: Mapping[int, Kpi],
        goals: Sequence[Goal],
        lang: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.kpis, self.goals, self.lang = kpis, goals, lang

    def heading(self, kind: ToDoKind, count: int) -> str:
        """What to do with the group, and how many there are."""
        texts = {
            ToDoKind.MISSING_VALUES: self.tr("Enter the missing values ({0})"),
            ToDoKind.REVIEW_DUE: self.tr("Hold the reviews that are due ({0})"),
            ToDoKind.NEVER_REVIEWED: self.tr("Review your KPIs ({0})"),
            ToDoKind.NO_TARGET: self.tr("Set a target ({0})"),
            ToDoKind.NO_RECENT_DATA: self.tr("No values for a while: retire them? ({0})"),
            ToDoKind.EASY_TARGET: self.tr("Targets beaten all year: raise them? ({0})"),
        }
        return texts[kind].format(count)

    def more(self, count: int) -> str:
        return self.tr("Show {0} more…").format(count)

    def nothing(self) -> str:
        return self.tr("✓ Nothing to do: every value is in.")

    def _name(self, todo: ToDo) -> str:
        kpi = self.kpis.get(todo.kpi_id) if todo.kpi_id is not None else None
        return kpi.name if kpi is not None else ""

    def text(self, todo: ToDo) -> str:
        """One line: which KPI, goal or review, and what is wrong."""
        kind = todo.kind
        if kind is ToDoKind.MISSING_VALUES and todo.period is not None:
            return self._missing(todo)
        if kind is ToDoKind.REVIEW_DUE and todo.due is not None:
            return self._review(todo)
        if kind is ToDoKind.NEVER_REVIEWED:
            return self.tr("⟳ Time for a first review of all goals and KPIs")
        if kind is ToDoKind.NO_RECENT_DATA and todo.period is not None:
            return self._quiet(todo)
        if kind is ToDoKind.EASY_TARGET and todo.period is not None:
            return self._easy(todo)
        return self.tr("○ {0} has no target").format(self._name(todo))

    def _missing(self, todo: ToDo) -> str:
        assert todo.period is not None
        name, first = self._name(todo), format_period(todo.period, self.lang)
        if len(todo.periods) == 1:
            # {0} KPI name, {1} a period such as "October 2026".
            return self.tr("✎ {0}: no value for {1}").format(name, first)
        # {0} KPI name, {1} how many periods, {2} the first of them.
        texts = {
            Frequency.DAY: self.tr("✎ {0}: {1} days without a value, from {2}"),
            Frequency.WEEK: self.tr("✎ {0}: {1} weeks without a value, from {2}"),
            Frequency.MONTH: self.tr("✎ {0}: {1} months without a value, from {2}"),
            Frequency.QUARTER: self.tr("✎ {0}: {1} quarters without a value, from {2}"),
            Frequency.YEAR: self.tr("✎ {0}: {1} years without a value, from {2}"),
        }
        return texts[todo.period.frequency].format(name, len(todo.periods), first)

    def _review(self, todo: ToDo) -> str:
        assert todo.due is not None and todo.review is not None
        due = format_date(todo.due, self.lang)
        goal = next((g for g in self.goals if g.id == todo.goal_id), None)
        if todo.review.scope is ReviewScope.GOAL and goal is not None:
            return self.tr("⟳ Review of the goal {0} was due {1}").format(goal.title, due)
        if todo.review.scope is ReviewScope.KPI and todo.kpi_id in self.kpis:
            return self.tr("⟳ Review of {0} was due {1}").format(self._name(todo), due)
        return self.tr("⟳ Review of all goals and KPIs was due {0}").format(due)

    def _quiet(self, todo: ToDo) -> str:
        assert todo.period is not None
        # {0} KPI name, {1} how many periods, {2} the first of them.
        texts = {
            Frequency.MONTH: self.tr("⌛ {0}: no value for {1} months, since {2}"),
            Frequency.QUARTER: self.tr("⌛ {0}: no value for {1} quarters, since {2}"),
            Frequency.YEAR: self.tr("⌛ {0}: no value for {1} years, since {2}"),
        }
        return texts[todo.period.frequency].format(
            self._name(todo), len(todo.periods), format_period(todo.period, self.lang)
        )

    def _easy(self, todo: ToDo) -> str:
        assert todo.period is not None
        texts = {
            Frequency.MONTH: self.tr("▲ {0}: target beaten clearly every month for a year"),
            Frequency.QUARTER: self.tr("▲ {0}: target beaten clearly every quarter for a year"),
            Frequency.YEAR: self.tr("▲ {0}: target beaten clearly two years running"),
        }
        return texts[judged_frequency(todo.period.frequency)].format(self._name(todo))

    def hint(self, todo: ToDo) -> str:
        """What choosing the reminder does (its tooltip)."""
        if todo.kind is ToDoKind.MISSING_VALUES and todo.period is not None:
            return self.tr("Opens Data entry at {0}, the first missing value").format(
                format_period(todo.period, self.lang)
            )
        if todo.kind in (ToDoKind.REVIEW_DUE, ToDoKind.NEVER_REVIEWED):
            return self.tr("Starts the review: look at each KPI and decide what to keep or change")
        if todo.kind is ToDoKind.NO_RECENT_DATA:
            return self.tr(
                "Opens the KPI on the KPIs screen: retire it if nobody needs it, or enter "
                "its values"
            )
        if todo.kind is ToDoKind.EASY_TARGET:
            return self.tr(
                "Opens the KPI on the KPIs screen: a target met every time is no longer a "
                "challenge; raise it under Edit… › Targets"
            )
        return self.tr("Opens the KPI on the KPIs screen, where you can set a target")

    def action(self, todo: ToDo) -> str:
        """The button's text for the reminder's action."""
        if todo.kind is ToDoKind.MISSING_VALUES:
            return self.tr("&Enter the values")
        if todo.kind in (ToDoKind.REVIEW_DUE, ToDoKind.NEVER_REVIEWED):
            return self.tr("&Start the review")
        if todo.kind is ToDoKind.NO_TARGET:
            return self.tr("&Set a target")
        return self.tr("&Open the KPI")
