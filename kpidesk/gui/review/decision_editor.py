"""The Decision box of a review page: shows one KPI's decision draft and reads it back."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QButtonGroup, QLineEdit

from kpidesk.domain.entities import Kpi, Target
from kpidesk.domain.formatting import format_period, format_value
from kpidesk.domain.periods import Period
from kpidesk.domain.review_plan import DATED, DecisionDraft, TargetValues
from kpidesk.domain.types import Decision, Direction
from kpidesk.gui.forms.ui_review_session import Ui_ReviewSession
from kpidesk.gui.models.formatting import format_number, parse_number
from kpidesk.gui.wizard.custom_kpi import code_from_name
from kpidesk.library.model import LibraryKpi

_PAGES = {
    Decision.KEEP: 0,
    Decision.ADJUST_TARGET: 1,
    Decision.CHANGE_DEFINITION: 2,
    Decision.REPLACE: 3,
    Decision.RETIRE: 4,
}
_TARGET_FIELDS = ("realistic", "stretch", "warning", "low", "high")
MAX_LIBRARY_ITEMS = 60


@dataclass(frozen=True)
class EditorInput:
    """What the box needs besides the draft: the KPI, its choices and the alternatives."""

    kpi: Kpi
    periods: Sequence[Period]
    target: Target | None
    """The target in force now."""
    others: Sequence[Kpi]
    """KPIs in use that could take over."""
    library: Sequence[LibraryKpi]
    """Library entries not in the file yet."""


class DecisionEditor(QObject):
    """Radio buttons for the decision, its period, its fields and the note."""

    changed = Signal()

    def __init__(self, ui: Ui_ReviewSession, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui, self.lang = ui, lang
        self.input: EditorInput | None = None
        self._filling = False
        self.decisions = QButtonGroup(self)
        radios = (ui.keep_radio, ui.adjust_radio, ui.definition_radio, ui.replace_radio)
        for decision, radio in zip(Decision, (*radios, ui.retire_radio), strict=True):
            self.decisions.addButton(radio, _PAGES[decision])
        self.sources = QButtonGroup(self)
        for n, radio in enumerate((ui.existing_radio, ui.library_radio, ui.own_radio)):
            self.sources.addButton(radio, n)
        self.decisions.idToggled.connect(self._decision_toggled)
        self._decision_toggled(_PAGES[Decision.KEEP], True)  # one page shown from the start
        self.sources.idToggled.connect(lambda *_: self._emit())
        ui.library_search_edit.textChanged.connect(self._fill_library)
        for edit in self._number_edits():
            edit.textEdited.connect(lambda *_: self._emit())
        self._code_typed = False
        ui.own_code_edit.textEdited.connect(self._code_edited)
        ui.own_name_edit.textEdited.connect(self._name_edited)
        for combo in (ui.effective_combo, ui.existing_combo, ui.library_combo):
            combo.currentIndexChanged.connect(lambda *_: self._emit())
        for text_edit in (ui.definition_edit, ui.note_edit):
            text_edit.textChanged.connect(self._emit)

    def _number_edits(self) -> list[QLineEdit]:
        ui = self.ui
        edits = [ui.realistic_edit, ui.stretch_edit, ui.warning_edit, ui.low_edit, ui.high_edit]
        return [*edits, ui.new_target_edit]

    def _code_edited(self, text: str) -> None:
        self._code_typed = bool(text.strip())
        self._emit()

    def _name_edited(self, name: str) -> None:
        if not self._code_typed:  # a code follows the name until typed by hand
            self.ui.own_code_edit.setText(code_from_name(name))
        self.ui.own_radio.setChecked(True)
        self._emit()

    def _emit(self) -> None:
        if not self._filling:
            self.changed.emit()

    def _decision_toggled(self, page: int, checked: bool) -> None:
        if checked:
            ui = self.ui
            pages = (ui.keep_page, ui.target_page, ui.definition_page, ui.replace_page)
            for n, widget in enumerate((*pages, ui.retire_page)):
                widget.setVisible(n == page)  # hidden pages take no room in the box
            decision = self.decision()
            self.ui.effective_combo.setEnabled(decision in DATED)
            self.ui.effective_label.setEnabled(decision in DATED)
            self._emit()

    def decision(self) -> Decision:
        page = self.decisions.checkedId()
        return next(d for d, p in _PAGES.items() if p == page)

    # --- showing a draft -------------------------------------------------------------
    def show(self, given: EditorInput, draft: DecisionDraft) -> None:
        """Fill the box with `draft` for the KPI of `given`."""
        self.input = given
        self._filling = True
        try:
            self._fill_choices(given)
            button = self.decisions.button(_PAGES[draft.decision])
            button.setChecked(True)
            self._decision_toggled(_PAGES[draft.decision], True)
            index = next(
                (n for n, p in enumerate(given.periods) if p.start == draft.effective_from), 0
            )
            self.ui.effective_combo.setCurrentIndex(index)
            self._fill_target(given, draft)
            self.ui.definition_edit.setPlainText(draft.definition or given.kpi.definition)
            self._fill_replacement(draft)
            self.ui.note_edit.setPlainText(draft.note)
        finally:
            self._filling = False

    def _fill_choices(self, given: EditorInput) -> None:
        ui = self.ui
        ui.effective_combo.clear()
        for period in given.periods:
            ui.effective_combo.addItem(format_period(period, self.lang), period.start)
        ui.existing_combo.clear()
        for other in given.others:
            ui.existing_combo.addItem(f"{other.name} ({other.code})", other.id)
        ui.library_search_edit.blockSignals(True)
        ui.library_search_edit.clear()
        ui.library_search_edit.blockSignals(False)
        self._fill_library("")
        is_range = Direction(given.kpi.direction) is Direction.RANGE
        for name in ("realistic", "stretch"):
            getattr(ui, f"{name}_edit").setVisible(not is_range)
            getattr(ui, f"{name}_label").setVisible(not is_range)
        for name in ("low", "high"):
            getattr(ui, f"{name}_edit").setVisible(is_range)
            getattr(ui, f"{name}_label").setVisible(is_range)
        ui.new_target_edit.setEnabled(not is_range)

    def _fill_target(self, given: EditorInput, draft: DecisionDraft) -> None:
        kpi, ui = given.kpi, self.ui
        now = self.tr("Now: {0}.").format(self.target_words(kpi, given.target))
        ui.current_target_label.setText(now)
        shown = draft.target if draft.decision is Decision.ADJUST_TARGET else None
        values = shown or TargetValues.of(given.target)
        for name in _TARGET_FIELDS:
            getattr(ui, f"{name}_edit").setText(format_number(getattr(values, name), kpi.decimals))
        new_target = draft.target if draft.decision is Decision.REPLACE else None
        ui.new_target_edit.setText(
            format_number(new_target.realistic if new_target else None, kpi.decimals)
        )

    def _fill_replacement(self, draft: DecisionDraft) -> None:
        ui = self.ui
        new = draft.new_kpi
        if new is not None and new.library_code and new.code == new.library_code:
            ui.library_radio.setChecked(True)
            ui.library_combo.setCurrentIndex(max(0, ui.library_combo.findData(new.code)))
        elif new is not None:
            ui.own_radio.setChecked(True)
        else:
            ui.existing_radio.setChecked(True)
            index = ui.existing_combo.findData(draft.replacement_id)
            ui.existing_combo.setCurrentIndex(max(0, index))
        own = new is not None and not new.library_code
        self._code_typed = own
        ui.own_code_edit.setText(new.code if own and new else "")
        ui.own_name_edit.setText(new.name if own and new else "")

    def _fill_library(self, text: str) -> None:
        if self.input is None:
            return
        combo = self.ui.library_combo
        current = combo.currentData()
        entries = list(self.input.library)
        if text.strip():
            words = text.casefold().split()
            entries = [
                e
                for e in entries
                if all(w in f"{e.name.nb} {e.name.en} {e.code}".casefold() for w in words)
            ]
        combo.blockSignals(True)
        combo.clear()
        for entry in entries[:MAX_LIBRARY_ITEMS]:
            combo.addItem(entry.name.get(self.lang), entry.code)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
        if text.strip() and entries:
            self.ui.library_radio.setChecked(True)
        self._emit()

    def target_words(self, kpi: Kpi, target: Target | None) -> str:
        """A target as the owner reads it: "target 950 000 kr, stretch 1 050 000 kr"."""

        def value(number: float | None) -> str:
            return format_value(number, kpi.unit, kpi.decimals, self.lang)

        if target is None:
            return self.tr("no target")
        if Direction(kpi.direction) is Direction.RANGE:
            return self.tr("range {0} to {1}").format(value(target.low), value(target.high))
        if target.realistic is None:
            return self.tr("no target")
        text = self.tr("target {0}").format(value(target.realistic))
        if target.stretch is not None:
            text = self.tr("{0}, stretch {1}").format(text, value(target.stretch))
        return text

    # --- reading a draft back ----------------------------------------------------------
    def bad_number(self) -> tuple[QLineEdit, str] | None:
        """The first number field (of the decision shown) that holds no number, and why."""
        names = {
            self.ui.realistic_edit: self.tr("Realistic"),
            self.ui.stretch_edit: self.tr("Stretch"),
            self.ui.warning_edit: self.tr("Warning at"),
            self.ui.low_edit: self.tr("Range low"),
            self.ui.high_edit: self.tr("Range high"),
            self.ui.new_target_edit: self.tr("Target of the new KPI"),
        }
        shown = {
            Decision.ADJUST_TARGET: self._number_edits()[:-1],
            Decision.REPLACE: [self.ui.new_target_edit],
        }.get(self.decision(), [])
        for edit in shown:
            try:
                parse_number(edit.text())
            except ValueError:
                message = self.tr("{0}: “{1}” is not a number.").format(names[edit], edit.text())
                return edit, message
        return None

    def draft(self) -> DecisionDraft:
        """The decision as the box shows it (numbers that do not parse are left out)."""
        assert self.input is not None
        ui, kpi = self.ui, self.input.kpi
        decision = self.decision()
        draft = DecisionDraft(
            kpi.id,
            decision,
            ui.note_edit.toPlainText().strip(),
            ui.effective_combo.currentData() if decision in DATED else None,
        )
        if decision is Decision.ADJUST_TARGET:
            numbers = {name: _number(getattr(ui, f"{name}_edit")) for name in _TARGET_FIELDS}
            return replace(draft, target=TargetValues(**numbers))
        if decision is Decision.CHANGE_DEFINITION:
            return replace(draft, definition=ui.definition_edit.toPlainText().strip())
        if decision is Decision.REPLACE:
            return self._replacement(draft)
        return draft

    def _replacement(self, draft: DecisionDraft) -> DecisionDraft:
        assert self.input is not None
        ui, old = self.ui, self.input.kpi
        target = TargetValues(realistic=_number(ui.new_target_edit))
        source = self.sources.checkedId()
        if source == 0:
            return replace(draft, replacement_id=ui.existing_combo.currentData())
        if source == 1:
            code = ui.library_combo.currentData()
            entry = next((e for e in self.input.library if e.code == code), None)
            if entry is None:
                return draft
            new = replace(entry.to_kpi(self.lang), owner_id=old.owner_id)
            return replace(draft, new_kpi=new, target=target)
        new = replace(
            old,
            id=0,
            code=ui.own_code_edit.text().strip().upper(),
            name=ui.own_name_edit.text().strip(),
            definition="",
            formula="",
            library_code="",
            baseline=None,
            active_from=None,
        )
        return replace(draft, new_kpi=new, target=target)


def _number(edit: QLineEdit) -> float | None:
    try:
        return parse_number(edit.text())
    except ValueError:
        return None
