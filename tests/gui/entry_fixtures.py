"""A small business with monthly KPIs for the data-entry grid tests (imported by them)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QLineEdit

from kpidesk.domain.entities import Kpi, Scale, Target
from kpidesk.domain.periods import Period
from kpidesk.domain.types import Frequency, KpiKind
from kpidesk.gui.context import AppContext
from kpidesk.gui.screens.entry import DataEntryScreen
from kpidesk.gui.settings import Settings
from kpidesk.store.business import ensure_segment
from kpidesk.store.connection import Store
from kpidesk.store.kpis import add_kpi
from kpidesk.store.measurements import ValueRow, load_values, write_values
from kpidesk.store.targets import set_target

TODAY = date(2026, 11, 27)
OCT = Period(Frequency.MONTH, date(2026, 10, 1))
"""The last ended month on TODAY: the grid's last column."""


def month(n: int) -> date:
    """The first day of month n (1 = Jan 2026); months before 2026 are ≤ 0."""
    return OCT.shift(n - 10).start


def fill_business(store: Store) -> dict[str, Kpi]:
    """Monthly revenue (with a target), margin, a score, segmented visits, a formula, a weekly."""
    ensure_segment(store, "seo", "channel", "SEO")
    ensure_segment(store, "ppc", "channel", "PPC")
    kpis = {
        "REV": Kpi(0, "REV", "Revenue", unit="NOK"),
        "MARGIN": Kpi(0, "MARGIN", "Gross margin", unit="%", decimals=1),
        "CSAT": Kpi(
            0,
            "CSAT",
            "Customer satisfaction",
            kind=KpiKind.QUALITATIVE,
            unit="score",
            scale=Scale(1, 5, {1: "Very dissatisfied", 4: "Satisfied", 5: "Very satisfied"}),
        ),
        "VISITS": Kpi(0, "VISITS", "Web shop visits", unit="count", dimension="channel"),
        "DOUBLE": Kpi(0, "DOUBLE", "Revenue twice", formula="REV * 2"),
        "WEEKLY": Kpi(0, "WEEKLY", "Walk-ins", frequency=Frequency.WEEK),
    }
    kpis = {code: add_kpi(store, kpi) for code, kpi in kpis.items()}
    set_target(store, Target(kpis["REV"].id, date(2020, 1, 1), realistic=1000, stretch=1200))
    write_values(
        store,
        [
            ValueRow(kpis["REV"].id, month(9), 1100.0, comment="Summer sale"),
            ValueRow(kpis["REV"].id, month(10), 800.0),
            ValueRow(kpis["MARGIN"].id, month(10), 42.5),
            ValueRow(kpis["VISITS"].id, month(10), 300.0, segment="seo"),
        ],
    )
    return kpis


@pytest.fixture
def kpis(store: Store) -> dict[str, Kpi]:
    return fill_business(store)


@pytest.fixture(params=["nb"])
def entry_context(
    qapp, store: Store, kpis: dict[str, Kpi], tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[AppContext]:
    """A context on the test file in the UI language (nb unless parametrised)."""
    language = request.param
    previous = QLocale()
    QLocale.setDefault(QLocale({"nb": "nb_NO", "en": "en_GB"}[language]))
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    context = AppContext(settings, language)
    context.store = store
    yield context
    context.undo_stack.clear()
    context.store = None
    QLocale.setDefault(previous)


@pytest.fixture
def screen(entry_context, qtbot) -> DataEntryScreen:
    """The data-entry screen on the test file, shown."""
    return _shown_screen(entry_context, qtbot)


@pytest.fixture
def entry_screen(entry_context, qtbot) -> DataEntryScreen:
    """The same screen, under the name the team tests use."""
    return _shown_screen(entry_context, qtbot)


def _shown_screen(entry_context, qtbot) -> DataEntryScreen:
    widget = DataEntryScreen(entry_context, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def someone_else_writes(store, rows, who="anna"):
    """Another client's save: the grid is not told."""
    me, store.user = store.user, who
    try:
        write_values(store, rows)
    finally:
        store.user = me


def stored(context, kpi, period_start, segment=""):
    return load_values(context.store, [kpi.id]).get((kpi.id, segment), {})


def value(context, kpi, day, segment=""):
    series = stored(context, kpi, day, segment)
    return next((v for p, v in series.items() if p.start == day), None)


def edit_cell(screen, qtbot, row, column, text):
    """Type `text` into a cell's editor and press Enter; the editor (or None once closed)."""
    grid = screen.ui.grid
    index = screen.model.index(row, column)
    grid.setCurrentIndex(index)
    grid.edit(index)
    editor = grid.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)  # Qt commits on Enter through a queued call
    return grid.indexWidget(index)
