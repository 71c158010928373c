"""The data-entry grid's model, without a view."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt

from kpidesk.domain.types import Frequency, Status
from kpidesk.gui.labels import STATUS_SYMBOLS
from kpidesk.gui.models import entry_data
from kpidesk.gui.models.entry_format import edit_text, format_value, missing_brush
from kpidesk.gui.models.entry_model import (
    COMMENT_ROLE,
    SCALE_ROLE,
    STATUS_ROLE,
    EntryCell,
    EntryModel,
)
from tests.gui import entry_fixtures
from tests.gui.entry_fixtures import TODAY

# The shared fixtures (tests/gui/conftest.py belongs to the whole GUI suite).
kpis = entry_fixtures.kpis
entry_context = entry_fixtures.entry_context
MONTH = Frequency.MONTH


def _model(context) -> EntryModel:
    first, last = entry_data.default_range(MONTH, TODAY, 1)
    grid = entry_data.load_grid(context.store, MONTH, first, last)
    model = EntryModel(TODAY)
    model.set_rows(grid.rows, grid.periods, grid.cells)
    return model


def _row(model: EntryModel, label: str) -> int:
    labels = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    return labels.index(label)


def test_model_passes_qt_model_tester(entry_context, qtmodeltester):
    qtmodeltester.check(_model(entry_context))


def test_rows_are_active_typed_kpis_with_segments_under_the_total(entry_context):
    model = _model(entry_context)
    labels = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    assert labels == [
        "Revenue (NOK)",
        "Gross margin (%)",
        "Customer satisfaction",
        "Web shop visits",
        "Web shop visits — SEO",
        "Web shop visits — PPC",
    ]  # no formula KPI, no weekly KPI
    assert model.columnCount() == 12
    assert model.headerData(11, Qt.Orientation.Horizontal) == "okt. 2026"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "nov. 2025"


def test_numbers_are_shown_in_the_ui_locale(entry_context):
    model = _model(entry_context)
    margin = model.index(_row(model, "Gross margin (%)"), 11)
    assert margin.data() == "42,5"
    assert margin.data(Qt.ItemDataRole.EditRole) == 42.5
    locale = QLocale("en_GB")
    assert format_value(1234.5, 1, locale) == "1,234.5"
    assert format_value(1234.5, 1, QLocale("nb_NO")) == "1\u00a0234,5"
    assert edit_text(1234.5, QLocale("nb_NO")) == "1234,5"
    assert edit_text(1e-4, locale) == "0.0001"


def test_status_has_a_symbol_besides_its_colour(entry_context):
    model = _model(entry_context)
    september, october = model.index(0, 10), model.index(0, 11)
    assert september.data(STATUS_ROLE) == Status.ON_TRACK
    assert october.data(STATUS_ROLE) == Status.OFF_TRACK
    for index in (september, october):
        symbol = STATUS_SYMBOLS[index.data(STATUS_ROLE)]
        assert symbol in index.data(Qt.ItemDataRole.ToolTipRole)
        assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
        assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "1\u00a0000" in october.data(Qt.ItemDataRole.ToolTipRole)  # the target


def test_missing_past_values_are_marked_and_comments_shown(entry_context):
    model = _model(entry_context)
    missing = model.index(_row(model, "Gross margin (%)"), 0)
    assert missing.data() == ""
    assert missing.data(Qt.ItemDataRole.BackgroundRole) == missing_brush()
    assert not missing.data(Qt.ItemDataRole.DecorationRole).isNull()
    commented = model.index(0, 10)
    assert commented.data(COMMENT_ROLE) == "Summer sale"
    assert "✎" in commented.data()
    assert "Summer sale" in commented.data(Qt.ItemDataRole.ToolTipRole)


def test_the_current_period_is_not_marked_missing(entry_context, kpis):
    first, last = entry_data.default_range(MONTH, TODAY, 1)
    grid = entry_data.load_grid(entry_context.store, MONTH, first.shift(1), last.shift(1))
    model = EntryModel(TODAY)
    model.set_rows(grid.rows, grid.periods, grid.cells)
    november = model.index(1, 11)
    assert november.data(Qt.ItemDataRole.BackgroundRole) is None


def test_qualitative_rows_carry_their_scale(entry_context, kpis):
    model = _model(entry_context)
    assert (
        model.index(_row(model, "Customer satisfaction"), 0).data(SCALE_ROLE) == kpis["CSAT"].scale
    )
    assert model.index(0, 0).data(SCALE_ROLE) is None


def test_one_changed_cell_repaints_one_cell(entry_context, qtbot):
    model = _model(entry_context)
    rows = [model.entry_row(r) for r in range(model.rowCount())]
    cells = {model.key(r, c): model.cell(r, c) for r in range(6) for c in range(12)}
    cells = {k: v for k, v in cells.items() if v != EntryCell()}
    cells[model.key(1, 3)] = EntryCell(55.0)
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.update_cells(rows, cells)
    top, bottom = blocker.args[0], blocker.args[1]
    assert (top.row(), top.column(), bottom.row(), bottom.column()) == (1, 3, 1, 3)
    assert model.index(1, 3).data() == "55,0"


def test_set_data_asks_for_an_edit_and_changes_nothing_itself(entry_context, qtbot):
    model = _model(entry_context)
    index = model.index(0, 11)
    with qtbot.waitSignal(model.edits_requested) as blocker:
        assert model.setData(index, 950.0)
    (change,) = blocker.args[0]
    assert (change.old_value, change.new_value) == (800.0, 950.0)
    assert index.data(Qt.ItemDataRole.EditRole) == 800.0
    model.read_only = True
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(index, 1.0)
