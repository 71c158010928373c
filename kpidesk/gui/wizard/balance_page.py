"""Page 5: is the set balanced? Each warning with a one-line why, and the choice to go on."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kpidesk.domain import balance
from kpidesk.domain.balance import BalanceKind, BalanceWarning
from kpidesk.domain.types import KpiKind, Timing
from kpidesk.gui.wizard.common import StatePage, buddy
from kpidesk.gui.wizard.state import WizardState

translate = QCoreApplication.translate


class BalancePage(StatePage):
    def __init__(self, state: WizardState, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(state, lang, parent)
        self.setTitle(self.tr("Is the set balanced?"))
        self.setSubTitle(
            self.tr(
                "A good set is small, gives every goal an early warning, and mixes numbers "
                "with at least one judgement of quality."
            )
        )
        self.overview = QTreeWidget()
        self.overview.setObjectName("balance_overview")
        self.overview.setRootIsDecorated(False)
        self.overview.setHeaderLabels(
            [self.tr("Goal"), self.tr("KPIs"), self.tr("Leading"), self.tr("Lagging")]
        )
        header = self.overview.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.warnings = QListWidget()
        self.warnings.setObjectName("balance_warnings")
        self.warnings.setWordWrap(True)
        self.totals = QLabel()
        self.totals.setObjectName("balance_totals")
        self.go_on = QCheckBox(self.tr("&Go on with this set anyway"))
        self.go_on.setObjectName("go_on_check")
        layout = QVBoxLayout(self)
        layout.addWidget(
            buddy(QLabel(self.tr("KPIs &per goal:")), self.overview, self.tr("KPIs per goal"))
        )
        layout.addWidget(self.overview, 2)
        layout.addWidget(self.totals)
        layout.addWidget(
            buddy(QLabel(self.tr("What to &consider:")), self.warnings, self.tr("What to consider"))
        )
        layout.addWidget(self.warnings, 3)
        layout.addWidget(self.go_on)
        self.setTabOrder(self.overview, self.warnings)
        self.setTabOrder(self.warnings, self.go_on)
        self.go_on.toggled.connect(lambda _: self.completeChanged.emit())

    def initializePage(self) -> None:
        self.overview.clear()
        for index, goal in enumerate(self.state.goals):
            serving = self.state.serving(index)
            leading = sum(1 for d in serving if d.kpi.timing is Timing.LEADING)
            row = QTreeWidgetItem(
                [goal.title, str(len(serving)), str(leading), str(len(serving) - leading)]
            )
            for column in (1, 2, 3):
                row.setTextAlignment(column, Qt.AlignmentFlag.AlignCenter)
            self.overview.addTopLevelItem(row)
        chosen = self.state.chosen()
        qualitative = sum(1 for d in chosen if d.kpi.kind is KpiKind.QUALITATIVE)
        self.totals.setText(
            self.tr("{0} KPIs in all: {1} quantitative, {2} qualitative.").format(
                len(chosen), len(chosen) - qualitative, qualitative
            )
        )
        self.warnings.clear()
        found = self.state.balance()
        for warning in found:
            text = self.describe(warning)
            item = QListWidgetItem("⚠ " + text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.warnings.addItem(item)
        if not found:
            item = QListWidgetItem("✓ " + self.tr("The set is balanced. Well done."))
            self.warnings.addItem(item)
        self.go_on.setVisible(bool(found))
        self.go_on.setChecked(False)
        self.completeChanged.emit()

    def warning_texts(self) -> list[str]:
        return [self.describe(w) for w in self.state.balance()]

    def describe(self, warning: BalanceWarning) -> str:
        """The warning and its one-line why."""
        goal = self.state.goals[warning.goal_index].title if warning.goal_index is not None else ""
        return describe_warning(warning, goal)

    def isComplete(self) -> bool:
        return not self.state.balance() or self.go_on.isChecked()


def describe_warning(warning: BalanceWarning, goal: str) -> str:
    """A balance warning and its one-line why; `goal` is the title of the goal it is about.

    Shared with the review, which checks the set its decisions leave behind.
    """
    n = warning.count
    kind = warning.kind
    if kind is BalanceKind.GOAL_WITHOUT_KPI:
        return translate(
            "BalancePage",
            "“{0}” has no KPI: without one you cannot tell whether the goal is getting closer.",
        ).format(goal)
    if kind is BalanceKind.GOAL_TOO_MANY:
        return translate(
            "BalancePage",
            "“{0}” has {1} KPIs: more than {2} blur the picture; keep the ones you would act on.",
        ).format(goal, n, balance.MAX_PER_GOAL)
    if kind is BalanceKind.GOAL_WITHOUT_LEADING:
        return translate(
            "BalancePage",
            "“{0}” has no leading KPI: you will only see the result when it is too late to act.",
        ).format(goal)
    if kind is BalanceKind.TOO_FEW:
        return translate(
            "BalancePage",
            "Only {0} KPIs in all: with fewer than {1} important parts of the business go unseen.",
        ).format(n, balance.MIN_TOTAL)
    if kind is BalanceKind.TOO_MANY:
        return translate(
            "BalancePage", "{0} KPIs in all: more than {1} are hard to follow up every month."
        ).format(n, balance.MAX_TOTAL)
    if kind is BalanceKind.ONLY_QUANTITATIVE:
        return translate(
            "BalancePage",
            "Only numbers: add a qualitative KPI (e.g. customer satisfaction) to see quality too.",
        )
    return translate(
        "BalancePage",
        "Only judgements: add a number you can count, so progress can be measured exactly.",
    )
