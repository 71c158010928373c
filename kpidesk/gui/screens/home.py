"""Home: what to do next, and every KPI's tile grouped by goal with the goal's score."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kpidesk.domain.dashboard import View, ViewKind, default_view, score_status, view_choices
from kpidesk.domain.entities import Goal, Kpi
from kpidesk.domain.formatting import format_number, format_period
from kpidesk.domain.periods import Period
from kpidesk.domain.tiles import TileData
from kpidesk.domain.todo import ToDo
from kpidesk.domain.types import CHANNEL_DIMENSION, ReviewScope, Status
from kpidesk.gui.context import AppContext
from kpidesk.gui.forms.ui_home_screen import Ui_HomeScreen
from kpidesk.gui.labels import STATUS_COLOURS, STATUS_SYMBOLS, status_names
from kpidesk.gui.models.dashboard_data import Dashboard, load_dashboard
from kpidesk.gui.screens.base import Screen, open_screen
from kpidesk.gui.widgets.combos import refill_combo
from kpidesk.gui.widgets.kpi_tile import TILE_SIZE, KpiTile, tile_text
from kpidesk.gui.widgets.reminder_list import ReminderAction

if TYPE_CHECKING:
    from kpidesk.store.reads import Reads

TILE_SPACING = 10
_NO_GOAL = -1
"""The group of KPIs that belong to no goal."""


class HomeScreen(Screen):
    icon_name = "home"
    watches = ("values", "kpis", "goals", "targets", "reviews", "business")

    kpi_requested = Signal(int)
    """A tile was clicked (or Enter pressed on it): show that KPI's detail."""

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(context, parent)
        self.today = today or date.today()
        self.ui = Ui_HomeScreen()
        self.ui.setupUi(self)
        self.data: Dashboard | None = None
        self.tiles: list[KpiTile] = []
        self._grids: list[tuple[QGridLayout, list[KpiTile]]] = []
        self._columns = 0
        self._fiscal = 1
        self._presentation: QWidget | None = None
        self._set_up()
        self.refresh()

    def title(self) -> str:
        return self.tr("Home")

    # --- set-up -------------------------------------------------------------------
    def _set_up(self) -> None:
        ui = self.ui
        for kind, text in (
            (ViewKind.MONTH, self.tr("Month")),
            (ViewKind.QUARTER, self.tr("Quarter")),
            (ViewKind.YEAR, self.tr("Year")),
            (ViewKind.YEAR_TO_DATE, self.tr("Year to date")),
        ):
            ui.view_combo.addItem(text, kind)
        ui.splitter.setStretchFactor(0, 0)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([300, 900])
        ui.todo_panel.setMinimumWidth(220)
        ui.todo_list.setSpacing(2)
        # A viewport of our own: wrapping the one Qt made would make PySide build
        # every widget class it has first (~10 ms of the window's start).
        content = ui.dashboard_scroll.takeWidget()
        self._viewport = QWidget()
        ui.dashboard_scroll.setViewport(self._viewport)
        ui.dashboard_scroll.setWidget(content)
        self.content_layout = QVBoxLayout(ui.dashboard_content)
        self.content_layout.setContentsMargins(4, 0, 4, 8)
        self.content_layout.setSpacing(6)
        self.empty_label = QLabel(ui.dashboard_content)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        ui.view_combo.currentIndexChanged.connect(self._view_kind_chosen)
        ui.period_combo.currentIndexChanged.connect(lambda _: self._load())
        for combo in (ui.goal_filter, ui.owner_filter, ui.channel_filter):
            combo.currentIndexChanged.connect(lambda _: self._rebuild())
        ui.present_button.clicked.connect(self.present)
        ui.todo_list.can_review = lambda: not self.context.read_only
        ui.todo_list.chosen.connect(self.act_on)
        ui.todo_list.action_changed.connect(self._show_action)
        ui.todo_action_button.clicked.connect(lambda: ui.todo_list.activate_current())
        self._viewport.installEventFilter(self)
        for key in (Qt.Key.Key_F11, Qt.Key.Key_F5):
            shortcut = QShortcut(QKeySequence(key), self, self.present)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.kpi_requested.connect(self.open_kpi)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self._place_tiles()
        return super().eventFilter(watched, event)

    # --- loading --------------------------------------------------------------------
    def refresh(self) -> None:
        reads = self.context.reads()
        if reads is None:
            self.data = None
            self._clear()
            return
        self._fiscal = reads.business().fiscal_start_month
        self._fill_periods(keep=True)
        self._fill_filters(reads)
        self._load()

    def view(self) -> View:
        """The view chosen in the period selector."""
        kind = self.ui.view_combo.currentData() or ViewKind.MONTH
        period = self.ui.period_combo.currentData()
        if period is None:
            return default_view(kind, self.today, self._fiscal)
        return View(kind, period, self._fiscal)

    def set_view(self, kind: str, period: object = None) -> None:
        """Show `kind` (ViewKind) for `period` (a Period; its default when None)."""
        self.ui.view_combo.setCurrentIndex(max(0, self.ui.view_combo.findData(kind)))
        if period is not None:
            for row in range(self.ui.period_combo.count()):
                if self.ui.period_combo.itemData(row) == period:
                    self.ui.period_combo.setCurrentIndex(row)

    def _view_kind_chosen(self) -> None:
        self._fill_periods(keep=False)
        self._load()

    def _fill_periods(self, keep: bool) -> None:
        combo = self.ui.period_combo
        kind = self.ui.view_combo.currentData() or ViewKind.MONTH
        chosen = combo.currentData() if keep else None
        default = default_view(kind, self.today, self._fiscal).period
        lang = self.context.language
        combo.blockSignals(True)
        combo.clear()
        for period in view_choices(kind, self.today, self._fiscal):
            label = format_period(period, lang)
            if period.end >= self.today:
                label = self.tr("{0} (so far)").format(label)
            combo.addItem(label, period)
        wanted = chosen if chosen is not None else default
        index = next((r for r in range(combo.count()) if combo.itemData(r) == wanted), -1)
        if index < 0:
            index = next(r for r in range(combo.count()) if combo.itemData(r) == default)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)

    def _fill_filters(self, reads: Reads) -> None:
        ui = self.ui
        choices = {
            ui.goal_filter: [(self.tr("All goals"), None)]
            + [(g.title, g.id) for g in reads.goals()],
            ui.owner_filter: [(self.tr("Everyone"), None)]
            + [(p.name, p.id) for p in reads.people()],
            ui.channel_filter: [(self.tr("Any channel"), None)]
            + [(s.name, s.code) for s in reads.segments(CHANNEL_DIMENSION)],
        }
        for combo, items in choices.items():
            refill_combo(combo, items)

    def _load(self) -> None:
        reads = self.context.reads()
        if reads is None:
            return
        view, first = self.view(), self.context.first_home
        ready = first.take(view, self.today) if first is not None else None
        self.data = ready or load_dashboard(reads, view, self.today)
        self._fill_todos(self.data)
        self._rebuild()

    # --- reminders ----------------------------------------------------------------------
    def _fill_todos(self, data: Dashboard) -> None:
        todo = self.ui.todo_list
        todo.show_todos(data.todos, data.kpis, data.goals, self.context.language)
        self.ui.todo_title.setText(self.tr("&To do ({0})").format(len(data.todos)))

    def _show_action(self, text: str) -> None:
        button = self.ui.todo_action_button
        button.setText(text or self.tr("Nothing to do"))
        button.setAccessibleName(button.text().replace("&", ""))
        button.setEnabled(bool(text))

    def act_on(self, item: ToDo, action: str) -> None:
        """Take `action` (a ReminderAction) on the reminder `item`."""
        if action == ReminderAction.ENTER and item.kpi_id is not None:
            self.enter_values(item)
        elif action == ReminderAction.REVIEW:
            self.start_review(item)
        elif action == ReminderAction.CHART and item.kpi_id is not None:
            self.open_kpi(item.kpi_id)
        elif item.kpi_id is not None:
            self.open_kpi_in_list(item.kpi_id)

    def enter_values(self, item: ToDo) -> None:
        """Data entry at the reminder's first period (in the KPI's own frequency)."""
        kpi = self.data.kpis.get(item.kpi_id) if self.data and item.kpi_id is not None else None
        screen = self.open_screen("data_entry")
        show_cell = getattr(screen, "show_cell", None)
        if kpi is None or show_cell is None:
            return
        day = item.period.start if item.period is not None else self.today
        show_cell(kpi.id, item.segment, Period.containing(kpi.frequency, day, self._fiscal))

    def start_review(self, item: ToDo) -> None:
        """The Reviews screen on a review of the reminder's scope; the Goals screen without one.

        A Reviews screen offers `start_review(scope, goal_id=…, kpi_id=…)`.
        """
        screen = self.open_screen("reviews")
        start = getattr(screen, "start_review", None)
        if start is None:
            self.open_screen("goals")
            return
        scope = item.scope
        if scope is None:  # a candidate to retire or raise: a review of that one KPI
            scope = ReviewScope.KPI
        start(scope, goal_id=item.goal_id, kpi_id=item.kpi_id)

    # --- navigation -------------------------------------------------------------------
    def open_screen(self, key: str) -> QWidget | None:
        """Bring the main window's screen `key` to the front; None without one."""
        return open_screen(self, key)

    def open_kpi(self, kpi_id: int) -> None:
        """The KPI's detail screen if the app has one, else the KPI in the KPIs list."""
        screen = self.open_screen("kpi_detail")
        show_kpi = getattr(screen, "show_kpi", None)
        if show_kpi is not None:
            show_kpi(kpi_id)
            return
        self.open_kpi_in_list(kpi_id)

    def open_kpi_in_list(self, kpi_id: int) -> None:
        screen = self.open_screen("kpis")
        select = getattr(screen, "select_kpi", None)
        if select is None:
            return
        select(kpi_id)
        selected = screen.selected_kpi()
        if selected is None or selected.id != kpi_id:  # a filter hid it
            screen.filters.clear()
            select(kpi_id)

    # --- tiles --------------------------------------------------------------------------
    def _clear(self) -> None:
        layout = self.content_layout
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget()
            if widget is not None and widget is not self.empty_label:
                widget.setParent(None)
                widget.deleteLater()
        self.tiles, self._grids, self._columns = [], [], 0
        self.ui.summary_label.clear()

    def visible_kpis(self, data: Dashboard) -> list[Kpi]:
        """The KPIs the owner and channel filters let through (goal filter aside)."""
        owner = self.ui.owner_filter.currentData()
        channel = self.ui.channel_filter.currentData()
        channels = _library_channels() if channel is not None else {}
        result = []
        for kpi in data.kpis.values():
            if owner is not None and kpi.owner_id != owner:
                continue
            if channel is not None:
                split = kpi.dimension == CHANNEL_DIMENSION
                if not split and channels.get(kpi.library_code or kpi.code) != channel:
                    continue
            result.append(kpi)
        return result

    def groups(self, data: Dashboard) -> list[tuple[Goal | None, list[Kpi]]]:
        """(goal, its KPIs shown) in goal order, then KPIs of no goal; empty groups left out."""
        chosen = self.ui.goal_filter.currentData()
        shown = {k.id: k for k in self.visible_kpis(data) if k.id in data.tiles}
        result: list[tuple[Goal | None, list[Kpi]]] = []
        in_goal: set[int] = set()
        for goal in data.goals:
            in_goal.update(goal.kpi_ids)
            if chosen is not None and goal.id != chosen:
                continue
            kpis = [shown[k] for k in goal.kpi_ids if k in shown]
            if kpis:
                result.append((goal, kpis))
        loose = [k for k in shown.values() if k.id not in in_goal]
        if chosen is None and loose:
            result.append((None, loose))
        return result

    def _rebuild(self) -> None:
        self.setUpdatesEnabled(False)
        try:
            self._clear()
            data = self.data
            if data is None:
                return
            groups = self.groups(data)
            self.ui.summary_label.setText(self._summary(data))
            for goal, kpis in groups:
                self.content_layout.addWidget(self._header(goal, data))
                holder = QWidget(self.ui.dashboard_content)
                grid = QGridLayout(holder)
                grid.setContentsMargins(0, 0, 0, 6)
                grid.setSpacing(TILE_SPACING)
                grid.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                tiles = [self._tile(kpi, data.tiles[kpi.id], data) for kpi in kpis]
                for tile in tiles:
                    tile.setParent(holder)
                self._grids.append((grid, tiles))
                self.tiles.extend(tiles)
                self.content_layout.addWidget(holder)
            if not groups:
                self.empty_label.setText(
                    self.tr("No KPIs to show. Add KPIs on the KPIs screen, or clear the filters.")
                    if data.kpis
                    else self.tr("There are no KPIs yet. Add them on the KPIs screen.")
                )
                self.content_layout.addWidget(self.empty_label)
            self.empty_label.setVisible(not groups)
            self.content_layout.addStretch(1)
            self._place_tiles()
        finally:
            self.setUpdatesEnabled(True)

    def _place_tiles(self) -> None:
        width = self._viewport.width() - 8
        columns = max(1, (width + TILE_SPACING) // (TILE_SIZE.width() + TILE_SPACING))
        if columns == self._columns:
            return
        self._columns = columns
        for grid, tiles in self._grids:
            for tile in tiles:
                grid.removeWidget(tile)
            for n, tile in enumerate(tiles):
                grid.addWidget(tile, n // columns, n % columns)

    def _tile(self, kpi: Kpi, tile: TileData, data: Dashboard) -> KpiTile:
        lang = self.context.language
        note = ""
        if tile.period != data.view.period or tile.to_date:
            shown = format_period(tile.period, lang)
            note = self.tr("Year to date through {0}").format(shown) if tile.to_date else shown
        target = tile.target.realistic if tile.target is not None and not tile.to_date else None
        widget = KpiTile(kpi.id, tile_text(kpi, tile, lang, note), tile.sparkline, target)
        widget.activated.connect(self.kpi_requested)
        return widget

    def _header(self, goal: Goal | None, data: Dashboard) -> QLabel:
        label = QLabel(self.ui.dashboard_content)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        if goal is None:
            label.setText(f"<h3>{escape(self.tr('KPIs not linked to a goal'))}</h3>")
            label.setAccessibleName(self.tr("KPIs not linked to a goal"))
            return label
        score = data.scores.get(goal.id)
        status = score_status(score)
        colour = STATUS_COLOURS[status]
        badge = self._score_text(score, status)
        label.setText(
            f"<h3 style='margin-top:10px'>{escape(goal.title)} &nbsp;"
            f"<span style='color:{colour}'>{escape(badge)}</span></h3>"
        )
        # {0} goal title, {1} its score and status.
        label.setAccessibleName(self.tr("Goal {0}: {1}").format(goal.title, badge))
        return label

    def _score_text(self, score: float | None, status: Status) -> str:
        if score is None:
            return f"{STATUS_SYMBOLS[status]} {self.tr('no score yet')}"
        number = format_number(score, 0, self.context.language)
        # {0} status symbol, {1} the score 0–100, {2} the status name.
        return self.tr("{0} score {1} – {2}").format(
            STATUS_SYMBOLS[status], number, status_names()[status]
        )

    def _summary(self, data: Dashboard) -> str:
        """One line that says which goals are off track or at risk, in words and colour."""
        view = data.view
        lang = self.context.language
        period = format_period(view.period, lang)
        if view.to_date:
            period = self.tr("the year to date through {0}").format(period)
        by_status: dict[Status, list[str]] = {}
        for goal in data.goals:
            by_status.setdefault(score_status(data.scores.get(goal.id)), []).append(goal.title)
        parts = []
        for status in (Status.OFF_TRACK, Status.AT_RISK):
            titles = by_status.get(status, [])
            if titles:
                names = ", ".join(escape(t) for t in titles)
                parts.append(
                    f"<b style='color:{STATUS_COLOURS[status]}'>{STATUS_SYMBOLS[status]} "
                    f"{escape(status_names()[status])}:</b> {names}"
                )
        good = len(by_status.get(Status.ON_TRACK, [])) + len(by_status.get(Status.STRETCH_MET, []))
        if data.goals:
            parts.append(
                f"<b style='color:{STATUS_COLOURS[Status.ON_TRACK]}'>✓</b> "
                + escape(self.tr("{0} of {1} goals on track").format(good, len(data.goals)))
            )
        head = escape(self.tr("Goals in {0}").format(period))
        return (
            f"<span style='font-size:12pt'><b>{head}</b> &nbsp; "
            + " &nbsp;·&nbsp; ".join(parts)
            + "</span>"
        )

    # --- presentation mode ----------------------------------------------------------------
    def present(self) -> None:
        """Full screen, large type, one goal at a time."""
        if self.data is None:
            return
        view = self.make_presentation()
        view.destroyed.connect(lambda: setattr(self, "_presentation", None))
        self._presentation = view
        view.start()

    def make_presentation(self) -> QWidget:
        from kpidesk.gui.screens.presentation import PresentationView

        assert self.data is not None
        pages = [(goal, kpis) for goal, kpis in self.groups(self.data)]
        return PresentationView(self.data, pages, self.context.language, self._summary(self.data))

    def shot_dialogs(self) -> dict[str, Callable[[], QWidget]]:
        return {"presentation": self.make_presentation} if self.data is not None else {}


def _library_channels() -> dict[str, str]:
    from kpidesk.gui.screens.kpis import library_channels

    return library_channels()
