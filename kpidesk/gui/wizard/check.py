"""Page 4: check each chosen KPI: can you measure it, which goals it serves?"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kpidesk.gui.labels import timing_names
from kpidesk.gui.wizard.common import StatePage, buddy
from kpidesk.gui.wizard.state import KpiDraft, WizardState

KEY = Qt.ItemDataRole.UserRole


class KpiListPage(StatePage):
    """A list of the chosen KPIs on the left and a form for the current one on the right."""

    def __init__(self, state: WizardState, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(state, lang, parent)
        self.kpi_list = QListWidget()
        self.kpi_list.setObjectName("kpi_list")
        self.kpi_list.setMaximumWidth(300)
        self.form = QFormLayout()
        self.detail = QWidget()
        self.detail.setObjectName("detail")
        self.detail_layout = QVBoxLayout(self.detail)
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("kpi_heading")
        self.heading.setWordWrap(True)
        self.detail_layout.addWidget(self.heading)
        self.detail_layout.addLayout(self.form)
        self.detail_layout.addStretch()
        left = QVBoxLayout()
        left.addWidget(
            buddy(
                QLabel(QCoreApplication.translate("KpiListPage", "Chosen &KPIs:")),
                self.kpi_list,
                QCoreApplication.translate("KpiListPage", "Chosen KPIs"),
            )
        )
        left.addWidget(self.kpi_list)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addWidget(self.detail, 1)
        self.kpi_list.currentRowChanged.connect(self._row_changed)
        self._loading = False

    def initializePage(self) -> None:
        self.kpi_list.clear()
        for draft in self.state.chosen():
            item = QListWidgetItem(self.list_text(draft))
            item.setData(KEY, draft.key)
            self.kpi_list.addItem(item)
        self.kpi_list.setCurrentRow(0)
        self.kpi_list.setFocus()

    def list_text(self, draft: KpiDraft) -> str:
        return draft.kpi.name

    def current(self) -> KpiDraft | None:
        item = self.kpi_list.currentItem()
        return self.state.kpis.get(item.data(KEY)) if item else None

    def select(self, code: str) -> None:
        for row in range(self.kpi_list.count()):
            draft = self.state.kpis[self.kpi_list.item(row).data(KEY)]
            if code in (draft.key, draft.kpi.code):
                self.kpi_list.setCurrentRow(row)
                return
        raise KeyError(code)

    def _row_changed(self, _row: int) -> None:
        draft = self.current()
        self.detail.setEnabled(draft is not None)
        if draft is None:
            return
        self._loading = True
        timing = timing_names()[draft.kpi.timing].lower()
        # The name and definition are the owner's text: shown literally, never as markup.
        self.heading.setText(
            f"<b>{escape(draft.kpi.name)}</b> ({escape(timing)})<br>{escape(draft.kpi.definition)}"
        )
        self.load(draft)
        self._loading = False

    def load(self, draft: KpiDraft) -> None:
        raise NotImplementedError


class CheckPage(KpiListPage):
    def __init__(self, state: WizardState, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(state, lang, parent)
        self.setTitle(self.tr("Check each KPI"))
        self.setSubTitle(
            self.tr(
                "A KPI only helps if someone can measure it regularly. Say where each "
                "number comes from, who looks after it, and which goals it serves."
            )
        )
        self.source_edit = QLineEdit()
        self.source_edit.setObjectName("source_edit")
        self.source_edit.setPlaceholderText(self.tr("e.g. the till system, accounting, a survey"))
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("owner_combo")
        self.owner_combo.setEditable(True)
        self.owner_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.owner_combo.lineEdit().setPlaceholderText(self.tr("a name, or pick someone"))
        self.goals_list = QListWidget()
        self.goals_list.setObjectName("kpi_goals_list")
        self.goals_list.setMaximumHeight(120)
        self.hint = QLabel()
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setObjectName("check_hint")
        self.hint.setWordWrap(True)
        source = buddy(QLabel(self.tr("Data &source:")), self.source_edit, self.tr("Data source"))
        self.form.addRow(source, self.source_edit)
        owner = buddy(QLabel(self.tr("O&wner:")), self.owner_combo, self.tr("Owner"))
        self.form.addRow(owner, self.owner_combo)
        self.owner_combo.lineEdit().setAccessibleName(self.tr("Owner"))
        goals = buddy(
            QLabel(self.tr("Serves &goals:")), self.goals_list, self.tr("Goals the KPI serves")
        )
        self.form.addRow(goals, self.goals_list)
        self.form.addRow(self.hint)
        self.setTabOrder(self.kpi_list, self.source_edit)
        self.setTabOrder(self.source_edit, self.owner_combo)
        self.setTabOrder(self.owner_combo, self.goals_list)
        self.source_edit.textEdited.connect(self._source_edited)
        self.owner_combo.editTextChanged.connect(self._owner_edited)
        self.goals_list.itemChanged.connect(self._goal_toggled)

    def initializePage(self) -> None:
        self.owner_combo.blockSignals(True)
        self.owner_combo.clear()
        names = list(self.state.people)
        for draft in self.state.kpis.values():
            if draft.owner and draft.owner not in names:
                names.append(draft.owner)
        self.owner_combo.addItems(names)
        self.owner_combo.blockSignals(False)
        super().initializePage()

    def load(self, draft: KpiDraft) -> None:
        self.source_edit.setText(draft.kpi.data_source)
        self.source_edit.setCursorPosition(0)
        self.owner_combo.setEditText(draft.owner)
        self.goals_list.clear()
        for index, goal in enumerate(self.state.goals):
            item = QListWidgetItem(goal.title)
            item.setCheckState(
                Qt.CheckState.Checked if index in draft.goals else Qt.CheckState.Unchecked
            )
            self.goals_list.addItem(item)
        self._hint(draft)

    def _hint(self, draft: KpiDraft) -> None:
        problems = []
        if not draft.kpi.data_source.strip():
            problems.append(self.tr("Without a data source nobody knows where to find the number."))
        if not draft.owner.strip():
            problems.append(self.tr("Without an owner the KPI tends to be forgotten."))
        if not draft.goals:
            problems.append(self.tr("A KPI that serves no goal is probably not needed."))
        self.hint.setText("\n".join(f"⚠ {p}" for p in problems))

    def _source_edited(self, text: str) -> None:
        from dataclasses import replace

        draft = self.current()
        if draft is not None and not self._loading:
            draft.kpi = replace(draft.kpi, data_source=text)
            self._hint(draft)

    def _owner_edited(self, text: str) -> None:
        draft = self.current()
        if draft is not None and not self._loading:
            draft.owner = text.strip()
            self._hint(draft)

    def _goal_toggled(self, item: QListWidgetItem) -> None:
        draft = self.current()
        if draft is None or self._loading:
            return
        index = self.goals_list.row(item)
        if item.checkState() == Qt.CheckState.Checked:
            draft.goals.add(index)
        elif not draft.existing or index not in self._stored_links(draft):
            draft.goals.discard(index)
        else:  # the wizard never takes away a link stored in the file
            self._loading = True
            item.setCheckState(Qt.CheckState.Checked)
            self._loading = False
        self._hint(draft)

    def _stored_links(self, draft: KpiDraft) -> set[int]:
        return {
            i
            for i, g in enumerate(self.state.goals)
            if g.existing_id is not None and draft.kpi.id in g.kpi_ids
        }

    def set_owner(self, name: str) -> None:
        self.owner_combo.setEditText(name)

    def set_source(self, text: str) -> None:
        self.source_edit.setText(text)
        self._source_edited(text)
