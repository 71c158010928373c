"""Presentation mode: full screen, large type, one goal at a time for a team meeting."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from kpidesk.domain.dashboard import score_status
from kpidesk.domain.entities import Goal, Kpi
from kpidesk.domain.formatting import format_number, format_period
from kpidesk.gui.labels import STATUS_COLOURS, STATUS_SYMBOLS, status_names
from kpidesk.gui.models.dashboard_data import Dashboard
from kpidesk.gui.widgets.kpi_tile import KpiTile, tile_text

SECONDS_PER_GOAL = 10
TILE_SCALE = 1.6
COLUMNS = 4
_NEXT = (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space)
_PREVIOUS = (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace)


class PresentationView(QWidget):
    """Cycles through goals every SECONDS_PER_GOAL seconds; arrow keys move, Esc leaves."""

    def __init__(
        self,
        data: Dashboard,
        pages: list[tuple[Goal | None, list[Kpi]]],
        language: str,
        summary: str = "",
    ) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("KPIDesk – presentation"))
        self.setAccessibleName(self.tr("Presentation"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.data, self.pages, self.language = data, pages, language
        self.index = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 24)
        layout.setSpacing(16)
        self.summary_label = QLabel(summary)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setWordWrap(True)
        self.title_label = QLabel()
        self.title_label.setTextFormat(Qt.TextFormat.RichText)
        self.title_label.setWordWrap(True)
        self.page = QWidget()
        self.grid = QGridLayout(self.page)
        self.grid.setSpacing(18)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.footer = QLabel()
        self.footer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.title_label)
        layout.addWidget(self.page, 1)
        layout.addWidget(self.footer)
        self.timer = QTimer(self)
        self.timer.setInterval(SECONDS_PER_GOAL * 1000)
        self.timer.timeout.connect(self.next_page)
        self.tiles: list[KpiTile] = []
        self.resize(1280, 800)
        self.show_page(0)

    def start(self) -> None:
        """Go full screen and start cycling."""
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()
        self.timer.start()

    def show_page(self, index: int) -> None:
        if not self.pages:
            self.title_label.setText(f"<h1>{escape(self.tr('Nothing to show'))}</h1>")
            return
        self.index = index % len(self.pages)
        goal, kpis = self.pages[self.index]
        for tile in self.tiles:
            self.grid.removeWidget(tile)
            tile.deleteLater()
        self.tiles = []
        if goal is None:
            title = escape(self.tr("KPIs not linked to a goal"))
        else:
            score = self.data.scores.get(goal.id)
            status = score_status(score)
            number = format_number(score, 0, self.language) if score is not None else "–"
            title = (
                f"{escape(goal.title)}<br><span style='color:{STATUS_COLOURS[status]}'>"
                f"{STATUS_SYMBOLS[status]} {escape(status_names()[status])} · "
                + escape(self.tr("score {0}").format(number))
                + "</span>"
            )
        self.title_label.setText(f"<div style='font-size:28pt; font-weight:bold'>{title}</div>")
        self.title_label.setAccessibleName(self.title_label.text())
        period = self.data.view.period
        for n, kpi in enumerate(kpis):
            tile = self.data.tiles[kpi.id]
            note = format_period(tile.period, self.language) if tile.period != period else ""
            reference = tile.target.realistic if tile.target and not tile.to_date else None
            widget = KpiTile(
                kpi.id,
                tile_text(kpi, tile, self.language, note),
                tile.sparkline,
                reference,
                scale=TILE_SCALE,
            )
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys belong to the presentation
            self.grid.addWidget(widget, n // COLUMNS, n % COLUMNS)
            self.tiles.append(widget)
        # {0} this goal's number, {1} how many; then the keys that work here.
        self.footer.setText(
            self.tr("Goal {0} of {1}  ·  ← → to move  ·  Esc to leave").format(
                self.index + 1, len(self.pages)
            )
        )
        if self.timer.isActive():
            self.timer.start()  # a full interval on the page moved to by hand

    def next_page(self) -> None:
        self.show_page(self.index + 1)

    def previous_page(self) -> None:
        self.show_page(self.index - 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key in _NEXT:
            self.next_page()
        elif key in _PREVIOUS:
            self.previous_page()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QEvent) -> None:
        self.timer.stop()
        super().closeEvent(event)
