"""Page 3: KPIs suggested for each goal with a reason, a search of the whole library,
and a KPI of your own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kpidesk.gui.labels import timing_names
from kpidesk.gui.wizard.common import StatePage, buddy
from kpidesk.gui.wizard.state import SUGGESTIONS_PER_GOAL, WizardState
from kpidesk.library import load_library, suggest

CODE = Qt.ItemDataRole.UserRole
GOAL = Qt.ItemDataRole.UserRole + 1


class SuggestionsPage(StatePage):
    def __init__(self, state: WizardState, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(state, lang, parent)
        self.setTitle(self.tr("Choose KPIs for each goal"))
        self.setSubTitle(
            self.tr(
                "Tick the KPIs that tell you whether a goal is within reach. Two or three "
                "per goal is plenty: one early warning and one result."
            )
        )
        self.tree = QTreeWidget()
        self.tree.setObjectName("suggestions_tree")
        self.tree.setHeaderLabels([self.tr("KPI"), self.tr("Kind"), self.tr("Why it fits")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.tree.setColumnWidth(0, 300)
        self.tree.setColumnWidth(1, 115)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("search_edit")
        self.search_edit.setPlaceholderText(self.tr("e.g. reviews, margin, newsletter"))
        self.search_edit.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("search_results")
        self.goal_combo = QComboBox()
        self.goal_combo.setObjectName("target_goal_combo")
        self.add_button = QPushButton(self.tr("Add &to goal"))
        self.add_button.setObjectName("add_to_goal_button")
        self.custom_button = QPushButton(self.tr("Define your &own KPI…"))
        self.custom_button.setObjectName("custom_kpi_button")

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(
            buddy(QLabel(self.tr("&Suggested KPIs:")), self.tree, self.tr("Suggested KPIs"))
        )
        top_layout.addWidget(self.tree)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        search_row = QHBoxLayout()
        search_row.addWidget(
            buddy(
                QLabel(self.tr("Search the &library:")),
                self.search_edit,
                self.tr("Search the library"),
            )
        )
        search_row.addWidget(self.search_edit, 1)
        bottom_layout.addLayout(search_row)
        self.results.setAccessibleName(self.tr("Library KPIs found"))
        bottom_layout.addWidget(self.results)
        add_row = QHBoxLayout()
        add_row.addWidget(buddy(QLabel(self.tr("&For goal:")), self.goal_combo, self.tr("Goal")))
        add_row.addWidget(self.goal_combo, 1)
        add_row.addWidget(self.add_button)
        add_row.addStretch()
        add_row.addWidget(self.custom_button)
        bottom_layout.addLayout(add_row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        for a, b in (
            (self.tree, self.search_edit),
            (self.search_edit, self.results),
            (self.results, self.goal_combo),
            (self.goal_combo, self.add_button),
            (self.add_button, self.custom_button),
        ):
            self.setTabOrder(a, b)

        self.tree.itemChanged.connect(self._item_changed)
        self.search_edit.textChanged.connect(self._search)
        self.results.currentRowChanged.connect(self._update_add)
        self.results.itemActivated.connect(lambda _: self.add_found())
        self.add_button.clicked.connect(self.add_found)
        self.custom_button.clicked.connect(self.define_own)
        self._filling = False

    def initializePage(self) -> None:
        self.goal_combo.clear()
        for index, goal in enumerate(self.state.goals):
            self.goal_combo.addItem(goal.title, index)
        self._fill()
        self._search(self.search_edit.text())
        self.tree.setFocus()

    # --- the tree of goals and their KPIs -----------------------------------
    def _fill(self) -> None:
        self._filling = True
        self.tree.clear()
        library = load_library()
        titles = [g.title for g in self.state.goals]
        found = suggest(
            self.state.business.industry,
            titles,
            self.state.business.language,
            SUGGESTIONS_PER_GOAL,
            library,
        )
        timings = timing_names()
        for index, goal in enumerate(self.state.goals):
            parent = QTreeWidgetItem([goal.title])
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = parent.font(0)
            font.setBold(True)
            parent.setFont(0, font)
            parent.setData(0, Qt.ItemDataRole.AccessibleTextRole, goal.title)
            self.tree.addTopLevelItem(parent)
            parent.setFirstColumnSpanned(True)
            rows: dict[str, tuple[str, str, str]] = {}
            for draft in self.state.serving(index):
                note = self.tr("Already in use") if draft.existing else draft.reason
                rows[draft.key] = (draft.kpi.name, timings[draft.kpi.timing], note)
            for s in (s for s in found if s.goal_index == index):
                chosen = self.state.find(s.code)
                key = chosen.key if chosen else s.code
                if key not in rows:
                    rows[key] = (s.name, timings[s.timing], s.reason)
            for code, (name, timing, reason) in rows.items():
                item = QTreeWidgetItem([name, timing, reason])
                item.setData(0, CODE, code)
                item.setData(0, GOAL, index)
                item.setToolTip(2, reason)
                draft = self.state.find(code)
                serving = draft is not None and index in draft.goals
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if not (serving and draft.existing):
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags)
                item.setCheckState(0, Qt.CheckState.Checked if serving else Qt.CheckState.Unchecked)
                parent.addChild(item)
            parent.setExpanded(True)
        self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._filling = False
        self.completeChanged.emit()

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0 or item.data(0, CODE) is None:
            return
        code, goal = item.data(0, CODE), item.data(0, GOAL)
        if item.checkState(0) == Qt.CheckState.Checked:
            draft = self.state.find(code)
            entry = draft.kpi if draft else load_library().get(code)
            self.state.choose(entry, goal, item.text(2))
        else:
            self.state.unchoose(code, goal)
        self.completeChanged.emit()

    def check(self, code: str, goal: int, checked: bool = True) -> None:
        """Tick (or untick) a KPI under a goal, as a click would."""
        parent = self.tree.topLevelItem(goal)
        for row in range(parent.childCount()):
            item = parent.child(row)
            if item.data(0, CODE) == code:
                state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                item.setCheckState(0, state)
                return
        raise KeyError(code)

    def codes_under(self, goal: int) -> list[str]:
        parent = self.tree.topLevelItem(goal)
        return [parent.child(r).data(0, CODE) for r in range(parent.childCount())]

    # --- search and own KPIs -------------------------------------------------------
    def _search(self, text: str) -> None:
        self.results.clear()
        lang = self.state.business.language
        library = load_library()
        entries = library.search(text, lang) if text.strip() else []
        for entry in entries[:50]:
            item = QListWidgetItem(f"{entry.name.get(lang)} — {entry.definition.get(lang)}")
            item.setData(CODE, entry.code)
            item.setToolTip(entry.why.get(lang))
            self.results.addItem(item)
        if entries:
            self.results.setCurrentRow(0)
        self._update_add()

    def _update_add(self) -> None:
        self.add_button.setEnabled(self.results.currentItem() is not None)

    def add_found(self) -> None:
        item = self.results.currentItem()
        if item is None or self.goal_combo.currentIndex() < 0:
            return
        goal = self.goal_combo.currentData()
        self.state.choose(
            load_library().get(item.data(CODE)), goal, self.tr("Chosen from the library")
        )
        self._fill()

    def define_own(self) -> None:
        from kpidesk.gui.wizard.custom_kpi import CustomKpiDialog

        dialog = CustomKpiDialog(self.state, max(0, self.goal_combo.currentIndex()), self)
        if dialog.exec() == CustomKpiDialog.DialogCode.Accepted:
            self.state.choose(dialog.kpi(), dialog.goal(), self.tr("Your own KPI"))
            self._fill()

    def isComplete(self) -> bool:
        return bool(self.state.chosen())
