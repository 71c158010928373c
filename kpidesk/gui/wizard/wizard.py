"""The guided KPI-selection wizard: goals first, then KPIs, balance and targets, created at once."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget, QWizard

from kpidesk.gui.context import AppContext
from kpidesk.gui.tasks import TaskSignals
from kpidesk.gui.team.messages import store_error_text
from kpidesk.gui.wizard.balance_page import BalancePage
from kpidesk.gui.wizard.check import CheckPage
from kpidesk.gui.wizard.create import Created, create_all
from kpidesk.gui.wizard.goals import GoalsPage
from kpidesk.gui.wizard.profile import ProfilePage
from kpidesk.gui.wizard.state import WizardState
from kpidesk.gui.wizard.suggestions import SuggestionsPage
from kpidesk.gui.wizard.summary import SummaryPage
from kpidesk.gui.wizard.targets import TargetsPage
from kpidesk.store.errors import StoreError

log = logging.getLogger(__name__)

PAGE_NAMES = ("profile", "goals", "kpis", "check", "balance", "targets", "summary")


class KpiWizard(QWizard):
    """Choose goals and KPIs for the open file; "Create" writes it all in one transaction."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        offer_charter: bool = True,
    ) -> None:
        super().__init__(parent)
        assert context.store is not None
        self.context = context
        self.offer_charter = offer_charter
        self.created: Created | None = None
        self.state = WizardState.from_store(context.store, today)
        lang = context.language
        self.setObjectName("kpi_wizard")
        self.setWindowTitle(self.tr("Choose KPIs"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Create"))
        self.resize(920, 640)
        self.profile = ProfilePage(self.state, lang)
        self.goals = GoalsPage(self.state, lang)
        self.kpis = SuggestionsPage(self.state, lang)
        self.check = CheckPage(self.state, lang)
        self.balance = BalancePage(self.state, lang)
        self.targets = TargetsPage(self.state, lang)
        self.summary = SummaryPage(self.state, lang)
        for page, name in zip(self.pages(), PAGE_NAMES, strict=True):
            page.setObjectName(f"{name}_page")
            self.addPage(page)

    def pages(self) -> list:
        return [
            self.profile,
            self.goals,
            self.kpis,
            self.check,
            self.balance,
            self.targets,
            self.summary,
        ]

    def accept(self) -> None:
        store = self.context.store
        assert store is not None
        try:
            self.created = create_all(store, self.state)
        except StoreError as exc:
            log.warning("the KPI wizard could not save: %s", exc)
            QMessageBox.warning(
                self, self.tr("Choose KPIs"), store_error_text(exc, self.context.store)
            )
            return
        for what in ("business", "goals", "kpis", "targets"):
            self.context.changed(what)
        super().accept()
        if self.offer_charter:
            self.ask_for_charter()

    def ask_for_charter(self) -> Path | None:
        """Offer the KPI charter (a PDF to print or share); None when declined."""
        store = self.context.store
        if store is None or store.path is None:
            return None
        answer = QMessageBox.question(
            self.parentWidget(),
            self.tr("KPI charter"),
            self.tr(
                "Your goals and KPIs are saved. Would you like a KPI charter – one page per "
                "KPI with its definition, owner and targets – as a PDF to print or share?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        location, _ = QFileDialog.getSaveFileName(
            self.parentWidget(),
            self.tr("Save the KPI charter as"),
            str(store.path.with_name(store.path.stem + "-charter.pdf")),
            self.tr("PDF files (*.pdf)"),
        )
        if not location:
            return None
        self.write_charter(Path(location).with_suffix(".pdf"))
        return Path(location).with_suffix(".pdf")

    def write_charter(self, out: Path) -> TaskSignals:
        """Write the charter off the GUI thread; the signals tell when it is done."""
        from kpidesk.reports.api import write_charter_file

        store = self.context.store
        assert store is not None and store.path is not None
        source, language = store.path, self.context.language
        # A report problem must not lose the saved KPIs: it is only told.
        signals, _ = self.context.tasks.start(
            lambda token, progress: write_charter_file(source, out, language).path,
            on_failed=self._charter_failed,
        )
        return signals

    def _charter_failed(self, message: str, details: str) -> None:
        log.error("KPI charter failed: %s", details)
        QMessageBox.warning(self.parentWidget(), self.tr("KPI charter"), message)


def run_kpi_wizard(context: AppContext, parent: QWidget | None = None) -> bool:
    """Run the wizard on the open file; True when something was created."""
    if context.store is None:
        return False
    if context.read_only:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("KpiWizard", "Choose KPIs"),
            context.store.read_only_reason
            or QCoreApplication.translate("KpiWizard", "This file is open read-only."),
        )
        return False
    wizard = KpiWizard(context, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return wizard.exec() == QWizard.DialogCode.Accepted


def wizard_shots(
    context: AppContext, parent: QWidget | None = None
) -> Iterator[tuple[str, QWidget]]:
    """Every wizard page with sample input, as ("wizard-01-profile", wizard) in page order.

    Meant for `kpidesk shots` on a copy of a file: nothing is created."""
    wizard = KpiWizard(context, parent, offer_charter=False)
    wizard.show()
    try:
        yield "wizard-01-profile", wizard
        state = wizard.state
        if not any(g.existing_id is None for g in state.goals):
            title = QCoreApplication.translate("KpiWizard", "Grow online sales this year")
            wizard.goals.goal_edit.setText(title)
            wizard.next()
            wizard.goals.add_typed_goal()
        else:
            wizard.next()
        yield "wizard-02-goals", wizard
        wizard.next()
        new_goal = next(i for i, g in enumerate(state.goals) if g.existing_id is None)
        for code in wizard.kpis.codes_under(new_goal)[:3]:
            wizard.kpis.check(code, new_goal)
        wizard.kpis.search_edit.setText("review")
        goal_item = wizard.kpis.tree.topLevelItem(new_goal)
        wizard.kpis.tree.scrollToItem(goal_item.child(goal_item.childCount() - 1))
        wizard.kpis.tree.scrollToItem(goal_item)
        yield "wizard-03-kpis", wizard
        wizard.next()
        draft = state.serving(new_goal)[0]
        wizard.check.select(draft.key)
        if not draft.owner:
            wizard.check.set_owner(state.people[0] if state.people else "Kari")
        yield "wizard-04-check", wizard
        wizard.next()
        yield "wizard-05-balance", wizard
        wizard.balance.go_on.setChecked(True)
        wizard.next()
        with_history = next((d for d in state.chosen() if d.proposal is not None), None)
        if with_history is not None:
            wizard.targets.select(with_history.key)
        yield "wizard-06-targets", wizard
        wizard.next()
        yield "wizard-07-summary", wizard
    finally:
        wizard.reject()
        wizard.deleteLater()
