"""Page 6: targets per KPI — baseline, realistic and stretch target, frequency — with warnings
and, where the file has history, targets proposed from the trend."""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from kpidesk.domain.target_advice import TargetProblem, target_problems
from kpidesk.domain.types import Direction, Frequency
from kpidesk.gui.labels import direction_names, frequency_names, unit_label
from kpidesk.gui.wizard.check import KpiListPage
from kpidesk.gui.wizard.common import buddy, parse_number, show_number
from kpidesk.gui.wizard.state import KpiDraft, WizardState


class TargetsPage(KpiListPage):
    def __init__(self, state: WizardState, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(state, lang, parent)
        self.setTitle(self.tr("Targets"))
        self.setSubTitle(
            self.tr(
                "Where are you now, what is realistic, and what would be a great result? "
                "You can leave a target empty and set it later."
            )
        )
        self.frequency_combo = QComboBox()
        self.frequency_combo.setObjectName("frequency_combo")
        for frequency, name in frequency_names().items():
            self.frequency_combo.addItem(name, frequency.value)
        self.baseline_edit = self._number("baseline_edit")
        self.realistic_edit = self._number("realistic_edit")
        self.stretch_edit = self._number("stretch_edit")
        self.unit_label = QLabel()
        self.unit_label.setObjectName("unit_label")
        self.proposal_label = QLabel()
        self.proposal_label.setObjectName("proposal_label")
        self.proposal_label.setWordWrap(True)
        self.proposal_button = QPushButton(self.tr("&Use the proposal"))
        self.proposal_button.setObjectName("use_proposal_button")
        self.warning_label = QLabel()
        self.warning_label.setObjectName("target_warning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("QLabel { color: #B5470B; }")
        rows = (
            (self.tr("&Measured:"), self.frequency_combo, self.tr("Frequency")),
            (self.tr("&Baseline (now):"), self.baseline_edit, self.tr("Baseline")),
            (self.tr("&Realistic target:"), self.realistic_edit, self.tr("Realistic target")),
            (self.tr("S&tretch target:"), self.stretch_edit, self.tr("Stretch target")),
        )
        for text, widget, name in rows:
            self.form.addRow(buddy(QLabel(text), widget, name), widget)
        self.form.addRow(self.unit_label)
        proposal = QHBoxLayout()
        proposal.addWidget(self.proposal_label, 1)
        proposal.addWidget(self.proposal_button)
        self.form.addRow(proposal)
        self.form.addRow(self.warning_label)
        order = [self.kpi_list, self.frequency_combo, self.baseline_edit, self.realistic_edit]
        order += [self.stretch_edit, self.proposal_button]
        for a, b in itertools.pairwise(order):
            self.setTabOrder(a, b)
        self.frequency_combo.currentIndexChanged.connect(self._frequency_changed)
        for edit in (self.baseline_edit, self.realistic_edit, self.stretch_edit):
            edit.textEdited.connect(self._numbers_edited)
        self.proposal_button.clicked.connect(self.use_proposal)

    def _number(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMaximumWidth(160)
        return edit

    def list_text(self, draft: KpiDraft) -> str:
        mark = " ⚠" if self.problems(draft) else ""
        return draft.kpi.name + mark

    def load(self, draft: KpiDraft) -> None:
        self.frequency_combo.setCurrentIndex(
            self.frequency_combo.findData(draft.kpi.frequency.value)
        )
        self.frequency_combo.setEnabled(not draft.existing)
        self.frequency_combo.setToolTip(
            self.tr("A KPI with history keeps its frequency; change it in the KPI editor.")
            if draft.existing
            else ""
        )
        self.baseline_edit.setText(show_number(draft.baseline, self.lang))
        self.realistic_edit.setText(show_number(draft.realistic, self.lang))
        self.stretch_edit.setText(show_number(draft.stretch, self.lang))
        unit = draft.kpi.unit
        self.unit_label.setText(
            self.tr("Unit: {0}. {1}.").format(
                unit_label(unit) or "–", direction_names()[draft.kpi.direction]
            )
        )
        proposal = draft.proposal
        self.proposal_button.setVisible(proposal is not None)
        if proposal is None:
            self.proposal_label.setText("")
        else:
            self.proposal_label.setText(
                self.tr("From the trend of your values: realistic {0}, stretch {1}.").format(
                    show_number(proposal.realistic, self.lang),
                    show_number(proposal.stretch, self.lang),
                )
            )
        self._warn(draft)

    def problems(self, draft: KpiDraft) -> list[TargetProblem]:
        direction = draft.kpi.direction
        if direction is Direction.RANGE:
            direction = Direction.HIGHER
        return target_problems(direction, draft.baseline, draft.realistic, draft.stretch)

    def warning_texts(self, draft: KpiDraft) -> list[str]:
        texts = {
            TargetProblem.STRETCH_BELOW_REALISTIC: self.tr(
                "The stretch target is less ambitious than the realistic one: swap them?"
            ),
            TargetProblem.REALISTIC_JUMP: self.tr(
                "The realistic target is more than 50 % away from where you are now: "
                "is that really realistic?"
            ),
            TargetProblem.STRETCH_JUMP: self.tr(
                "The stretch target needs a jump of more than 50 % from where you are now."
            ),
        }
        return [texts[p] for p in self.problems(draft)]

    def _warn(self, draft: KpiDraft) -> None:
        texts = self.warning_texts(draft)
        self.warning_label.setText("\n".join(f"⚠ {t}" for t in texts))
        item = self.kpi_list.currentItem()
        if item is not None:
            item.setText(self.list_text(draft))

    def _numbers_edited(self) -> None:
        draft = self.current()
        if draft is None or self._loading:
            return
        draft.baseline = parse_number(self.baseline_edit.text())
        draft.realistic = parse_number(self.realistic_edit.text())
        draft.stretch = parse_number(self.stretch_edit.text())
        self._warn(draft)

    def _frequency_changed(self) -> None:
        draft = self.current()
        if draft is not None and not self._loading:
            self.state.set_frequency(draft, Frequency(self.frequency_combo.currentData()))

    def use_proposal(self) -> None:
        draft = self.current()
        if draft is None or draft.proposal is None:
            return
        draft.realistic = draft.proposal.realistic
        draft.stretch = draft.proposal.stretch
        if draft.baseline is None:
            draft.baseline = draft.proposal.baseline
        self._row_changed(self.kpi_list.currentRow())

    def set_targets(self, baseline: str, realistic: str, stretch: str) -> None:
        """Type the numbers of the current KPI (for tests and screenshots)."""
        for edit, text in (
            (self.baseline_edit, baseline),
            (self.realistic_edit, realistic),
            (self.stretch_edit, stretch),
        ):
            edit.setText(text)
        self._numbers_edited()
