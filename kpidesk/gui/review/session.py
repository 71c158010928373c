"""A guided review: KPI by KPI its facts and a decision, then a summary, then one save.

What the file holds is read when the review starts; the decisions stay drafts
until Save, which makes all of them and stores the review in one transaction
(and one Undo step).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem, QMessageBox, QWidget

from kpidesk.domain.entities import TOTAL_SEGMENT, Kpi, Target
from kpidesk.domain.periods import Period
from kpidesk.domain.review_plan import DecisionDraft, PlanProblem, ReviewPlan, check_plan
from kpidesk.domain.review_scope import effective_choices, kpis_in_scope, next_review_due
from kpidesk.domain.targets import target_in_force
from kpidesk.domain.types import Decision, ReviewScope
from kpidesk.gui.commands.base import run
from kpidesk.gui.commands.reviews import SaveReviewCommand
from kpidesk.gui.context import AppContext
from kpidesk.gui.forms.ui_review_session import Ui_ReviewSession
from kpidesk.gui.labels import DECISION_SYMBOLS, decision_names
from kpidesk.gui.models.formatting import from_qdate, to_qdate
from kpidesk.gui.review.decision_editor import DecisionEditor, EditorInput
from kpidesk.gui.review.facts_view import FactsView
from kpidesk.gui.review.summary import SummaryView
from kpidesk.library.model import LibraryKpi
from kpidesk.store.business import get_business
from kpidesk.store.closing import closed_through
from kpidesk.store.errors import StoreError
from kpidesk.store.goals import list_goals
from kpidesk.store.kpis import list_kpis
from kpidesk.store.review_facts import ReviewFacts, load_review_facts
from kpidesk.store.reviews import list_reviews
from kpidesk.store.series import load_series
from kpidesk.store.targets import list_targets

PROBLEM_STYLE = "QLabel { color: #C0392B; }"


class ReviewSession(QWidget):
    """The review of one scope; `finished` carries the saved Review, or None if cancelled."""

    finished = Signal(object)

    def __init__(
        self,
        context: AppContext,
        scope: ReviewScope,
        goal_id: int | None = None,
        kpi_id: int | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ReviewSession()
        self.ui.setupUi(self)
        self.context, self.today = context, today or date.today()
        self.scope, self.goal_id, self.kpi_id = scope, goal_id, kpi_id
        self._load()
        lang = context.language
        self.editor = DecisionEditor(self.ui, lang, self)
        self.facts = FactsView(self.ui, lang, self.today, self.fiscal, self)
        self.summary = SummaryView(self.ui, lang, self)
        self.index = -1
        self._setup()
        self.go(0)

    # --- loading ----------------------------------------------------------------------
    def _load(self) -> None:
        store = self.context.store
        assert store is not None, "a review needs an open file"
        every = list_kpis(store)
        self.all_kpis = {k.id: k for k in every}
        self.goals = list_goals(store)
        self.kpis = kpis_in_scope(self.scope, every, self.goals, self.goal_id, self.kpi_id)
        self.fiscal = get_business(store).fiscal_start_month
        self.closed = closed_through(store)
        self.reviews = list_reviews(store)
        self.targets: dict[int, list[Target]] = {}
        for target in list_targets(store):
            self.targets.setdefault(target.kpi_id, []).append(target)
        self.series = load_series(store, self.kpis)
        self.library = _library_left(every)
        self.loaded: dict[int, ReviewFacts] = {}
        self.drafts = {
            k.id: DecisionDraft(k.id, effective_from=self.periods(k)[0].start) for k in self.kpis
        }

    def periods(self, kpi: Kpi) -> list[Period]:
        return effective_choices(kpi.frequency, self.today, self.fiscal)

    def facts_of(self, kpi: Kpi) -> ReviewFacts:
        if kpi.id not in self.loaded:
            series = self.series.get((kpi.id, TOTAL_SEGMENT))
            self.loaded[kpi.id] = load_review_facts(self.context.store, kpi, series)
        return self.loaded[kpi.id]

    # --- set-up -------------------------------------------------------------------------
    def _setup(self) -> None:
        ui = self.ui
        for label in (ui.problem_label, ui.summary_problem_label):
            label.setStyleSheet(PROBLEM_STYLE)
            label.hide()
        ui.title_label.setText(self._title())
        font = ui.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        ui.title_label.setFont(font)
        for kpi in self.kpis:
            ui.steps_list.addItem(QListWidgetItem())
            self._update_step(kpi)
        last = QListWidgetItem(self.tr("Summary and save"))
        bold = last.font()
        bold.setBold(True)
        last.setFont(bold)
        ui.steps_list.addItem(last)
        ui.next_review_date.setDate(to_qdate(next_review_due(self.today, self.all_kpis.values())))
        ui.next_review_date.setMinimumDate(to_qdate(self.today))
        ui.steps_list.currentRowChanged.connect(self._step_chosen)
        ui.back_button.clicked.connect(lambda: self.go(self.index - 1))
        ui.next_button.clicked.connect(lambda: self.go(self.index + 1))
        ui.save_button.clicked.connect(self.save)
        ui.cancel_button.clicked.connect(self.cancel)
        ui.notes_edit.textChanged.connect(self._refresh_summary)
        ui.next_review_date.dateChanged.connect(lambda _: self._refresh_summary())
        self.editor.changed.connect(self._draft_changed)
        for key, slot in (
            ("Alt+Left", lambda: self.go(self.index - 1)),
            ("Alt+Right", lambda: self.go(self.index + 1)),
        ):
            shortcut = QShortcut(QKeySequence(key), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _title(self) -> str:
        if self.scope is ReviewScope.GOAL:
            goal = next((g for g in self.goals if g.id == self.goal_id), None)
            return self.tr("Review of the goal “{0}”").format(goal.title if goal else "")
        if self.scope is ReviewScope.KPI and self.kpis:
            return self.tr("Review of {0}").format(self.kpis[0].name)
        return self.tr("Review of the whole KPI set")

    def _update_step(self, kpi: Kpi) -> None:
        row = self.kpis.index(kpi)
        decision = self.drafts[kpi.id].decision
        item = self.ui.steps_list.item(row)
        item.setText(f"{DECISION_SYMBOLS[decision]}  {kpi.name}")
        words = self.tr("{0}: {1}").format(kpi.name, decision_names()[decision])
        item.setToolTip(words)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, words)

    # --- moving between steps --------------------------------------------------------------
    @property
    def on_summary(self) -> bool:
        return self.index == len(self.kpis)

    def current_kpi(self) -> Kpi | None:
        return self.kpis[self.index] if 0 <= self.index < len(self.kpis) else None

    def go(self, index: int) -> bool:
        """Show step `index` (a KPI, or the summary after the last one); False if refused."""
        if not 0 <= index <= len(self.kpis) or index == self.index:
            return False
        if not self._keep_current():
            self._select_step(self.index)
            return False
        self.index = index
        kpi = self.current_kpi()
        if kpi is not None:
            self._show_kpi(kpi)
        else:
            self.ui.steps.setCurrentWidget(self.ui.summary_step)
            self.ui.progress_label.setText(self.tr("Summary"))
            self._refresh_summary()
        self._select_step(index)
        ui = self.ui
        ui.back_button.setEnabled(index > 0)
        ui.next_button.setEnabled(not self.on_summary)
        ui.save_button.setVisible(self.on_summary)
        ui.next_button.setDefault(not self.on_summary)
        return True

    def _select_step(self, row: int) -> None:
        self.ui.steps_list.blockSignals(True)
        self.ui.steps_list.setCurrentRow(row)
        self.ui.steps_list.blockSignals(False)

    def _step_chosen(self, row: int) -> None:
        if row >= 0:
            self.go(row)

    def _keep_current(self) -> bool:
        """Keep the draft of the KPI shown; False (and say why) if a number does not parse."""
        kpi = self.current_kpi()
        if kpi is None:
            return True
        bad = self.editor.bad_number()
        if bad is not None:
            edit, message = bad
            self._show_problems([message])
            edit.setFocus()
            return False
        self.drafts[kpi.id] = self.editor.draft()
        return True

    def _show_kpi(self, kpi: Kpi) -> None:
        ui = self.ui
        ui.steps.setCurrentWidget(ui.kpi_step)
        ui.progress_label.setText(self.tr("KPI {0} of {1}").format(self.index + 1, len(self.kpis)))
        facts = self.facts_of(kpi)
        self.facts.show(facts, self.reviews)
        now = target_in_force(self.targets.get(kpi.id, []), self.today, TOTAL_SEGMENT)
        others = [k for k in self.all_kpis.values() if k.id != kpi.id and not k.is_retired]
        given = EditorInput(kpi, self.periods(kpi), now, others, self.library)
        self.editor.show(given, self.drafts[kpi.id])
        self._draft_changed()

    # --- decisions ---------------------------------------------------------------------------
    def _draft_changed(self) -> None:
        kpi = self.current_kpi()
        if kpi is None:
            return
        self.drafts[kpi.id] = self.editor.draft()
        self._update_step(kpi)
        problems = check_plan(self._plan_of([self.drafts[kpi.id]]), self.all_kpis, self.closed)
        self._show_problems([self.summary.problem_text(p, self.all_kpis) for p in problems])

    def _show_problems(self, texts: list[str]) -> None:
        self.ui.problem_label.setText("\n".join(texts))
        self.ui.problem_label.setVisible(bool(texts))

    def _plan_of(self, drafts: list[DecisionDraft]) -> ReviewPlan:
        return ReviewPlan(
            held_on=self.today,
            scope=self.scope,
            decisions=tuple(drafts),
            notes=self.ui.notes_edit.toPlainText(),
            goal_id=self.goal_id,
            kpi_id=self.kpi_id if self.scope is ReviewScope.KPI else None,
            next_review=from_qdate(self.ui.next_review_date.date()),
        )

    def plan(self) -> ReviewPlan:
        """The review as decided so far."""
        return self._plan_of([self.drafts[k.id] for k in self.kpis])

    def _refresh_summary(self) -> list[PlanProblem]:
        if not self.on_summary:
            return []
        problems = self.summary.show(
            self.plan(), self.all_kpis, self.goals, self.targets, self.closed
        )
        read_only = self.context.read_only
        self.ui.save_button.setEnabled(not problems and not read_only and bool(self.kpis))
        if read_only:
            self.ui.summary_problem_label.setText(
                self.tr("The file is open read-only, so the review cannot be saved.")
            )
            self.ui.summary_problem_label.show()
        return problems

    def set_decision(self, kpi_id: int, draft: DecisionDraft) -> None:
        """Put a decision in place (as if chosen on its page)."""
        self.drafts[kpi_id] = replace(draft, kpi_id=kpi_id)
        self._update_step(self.all_kpis[kpi_id])
        kpi = self.current_kpi()
        if kpi is not None and kpi.id == kpi_id:
            self._show_kpi(kpi)

    # --- the end ---------------------------------------------------------------------------
    def save(self) -> bool:
        """Make the decisions and store the review (one Undo step); True when saved."""
        if not self.on_summary and not self.go(len(self.kpis)):
            return False
        if self._refresh_summary() or self.context.read_only:
            return False
        command = SaveReviewCommand(self.context, self.plan())
        try:
            run(self.context, command)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Save the review"), str(exc))
            return False
        self.finished.emit(command.review)
        return True

    def has_decisions(self) -> bool:
        """True once anything was decided or written that cancelling would lose."""
        if self.ui.notes_edit.toPlainText().strip():
            return True
        return any(d.decision is not Decision.KEEP or d.note for d in self.drafts.values())

    def cancel(self) -> None:
        """Leave without saving (asking first when decisions would be lost)."""
        if self.has_decisions():
            answer = QMessageBox.question(
                self,
                self.tr("Cancel the review"),
                self.tr("Leave the review without saving? The decisions you made are lost."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.finished.emit(None)


def _library_left(kpis: list[Kpi]) -> list[LibraryKpi]:
    """Plain library KPIs the file does not have yet (by code); none if the library is broken."""
    try:
        from kpidesk.library.catalog import load_library

        library = load_library()
    except Exception:  # a broken library only loses this choice, never the review
        return []
    taken = {k.code for k in kpis} | {k.library_code for k in kpis}
    # A formula reads other KPIs the file may not have: those are added in the KPI editor.
    return [e for e in library if e.code not in taken and not e.is_formula]
