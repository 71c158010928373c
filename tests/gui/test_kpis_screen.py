"""The KPIs screen and KPI editor: validation, formula as you type, targets, retire, undo."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from kpidesk.domain.types import Timing
from kpidesk.gui.dialogs.kpi_dialog import KpiDialog
from kpidesk.gui.dialogs.retire_kpi import RetireKpiDialog
from kpidesk.gui.screens.kpis import KpisScreen
from kpidesk.store import benchmarks, kpis, targets
from kpidesk.store.models import ChangeLogRow, MeasurementRow
from tests.gui.screens_support import answer_dialogs, make_context, open_demo

CONVERSION_RATE = 8
REVENUE = 1


@pytest.fixture
def screen(qtbot, demo_path, tmp_path):
    context = make_context(tmp_path, open_demo(demo_path))
    screen = KpisScreen(context)
    qtbot.addWidget(screen)
    yield screen
    context.set_store(None)


def _shown_codes(screen: KpisScreen) -> set[str]:
    return {screen.proxy.object_at(r).code for r in range(screen.proxy.rowCount())}


def _ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)


def test_unknown_formula_code_is_rejected_naming_code_and_position(qtbot, screen, monkeypatch):
    store = screen.context.store
    log_before = ChangeLogRow.select().count()

    def fill(dialog: KpiDialog) -> None:
        dialog.ui.formula_edit.clear()
        qtbot.keyClicks(dialog.ui.formula_edit, "WEB_ORDERS / WEB_VISIT * 100")
        # Told as you type, before pressing OK …
        assert dialog.ui.formula_message_label.isVisible()
        assert "WEB_VISIT" in dialog.ui.formula_message_label.text()
        assert "14" in dialog.ui.formula_message_label.text()
        _ok(qtbot, dialog)
        # … and OK refuses, naming the field, the code and the position.
        message = dialog.ui.error_label.text()
        assert "Formula" in message and "“WEB_VISIT”" in message and "position 14" in message

    seen = answer_dialogs(monkeypatch, KpiDialog, fill)
    screen.select_kpi(CONVERSION_RATE)
    screen.edit_kpi()
    assert seen[0].result() == KpiDialog.DialogCode.Rejected
    assert kpis.get_kpi(store, CONVERSION_RATE).formula == "WEB_ORDERS / WEB_VISITS * 100"
    assert ChangeLogRow.select().count() == log_before
    assert screen.context.undo_stack.count() == 0


def test_syntax_error_shows_the_position_as_you_type(qtbot, screen):
    dialog = screen.make_dialog(kpis.get_kpi(screen.context.store, CONVERSION_RATE))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.formula_edit.setText("WEB_ORDERS / ")
    assert "syntax error at position 14" in dialog.ui.formula_message_label.text()
    dialog.ui.formula_edit.setText("WEB_ORDERS / WEB_VISITS")
    assert not dialog.ui.formula_message_label.isVisible()


@pytest.mark.parametrize(
    ("field", "text", "expected"),
    [
        ("name_edit", "", "Name"),
        ("code_edit", "REVENUE", "Code: another KPI already has the code REVENUE"),
        ("code_edit", "9 LIVES", "Code:"),
        ("baseline_edit", "lots", "Baseline"),
        ("drives_edit", "NOPE", "Drives: there is no other KPI with the code NOPE"),
    ],
)
def test_validation_names_the_field(qtbot, screen, field, text, expected):
    dialog = screen.make_dialog(kpis.get_kpi(screen.context.store, CONVERSION_RATE))
    qtbot.addWidget(dialog)
    dialog.show()
    getattr(dialog.ui, field).setText(text)
    _ok(qtbot, dialog)
    assert expected in dialog.ui.error_label.text()
    assert dialog.result() != KpiDialog.DialogCode.Accepted


def test_qualitative_scale_minimum_must_be_below_maximum(qtbot, screen):
    dialog = screen.make_dialog(kpis.get_kpi(screen.context.store, 13))  # satisfaction 1–5
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.scale_min_spin.setValue(5)
    _ok(qtbot, dialog)
    assert "Score scale" in dialog.ui.error_label.text()


def test_a_new_target_adds_a_row_and_keeps_the_old_ones(qtbot, screen, monkeypatch):
    store = screen.context.store
    old = targets.list_targets(store, REVENUE)
    assert len(old) == 2

    def fill(dialog: KpiDialog) -> None:
        ui = dialog.ui
        ui.tabs.setCurrentIndex(1)
        ui.effective_from_date.setDate(QDate(2026, 12, 1))
        qtbot.keyClicks(ui.realistic_edit, "1000000")
        qtbot.keyClicks(ui.stretch_edit, "1100000")
        qtbot.mouseClick(ui.add_target_button, Qt.MouseButton.LeftButton)
        assert dialog.history.targets.rowCount() == 3
        _ok(qtbot, dialog)

    answer_dialogs(monkeypatch, KpiDialog, fill)
    screen.select_kpi(REVENUE)
    screen.edit_kpi()
    now = targets.list_targets(store, REVENUE)
    assert len(now) == 3
    assert now[:2] == old  # history never rewritten
    assert (now[2].effective_from, now[2].realistic) == (date(2026, 12, 1), 1_000_000)
    screen.context.undo_stack.undo()
    assert targets.list_targets(store, REVENUE) == old


def test_a_target_on_an_existing_date_is_refused(qtbot, screen):
    dialog = screen.make_dialog(kpis.get_kpi(screen.context.store, REVENUE))
    qtbot.addWidget(dialog)
    dialog.ui.effective_from_date.setDate(QDate(2025, 5, 1))
    dialog.ui.realistic_edit.setText("5")
    assert not dialog.history.add_target()
    assert "Effective from" in dialog.ui.error_label.text()
    assert dialog.history.targets.rowCount() == 2


def test_a_benchmark_is_added(qtbot, screen, monkeypatch):
    def fill(dialog: KpiDialog) -> None:
        ui = dialog.ui
        ui.tabs.setCurrentIndex(2)
        qtbot.keyClicks(ui.benchmark_label_edit, "Virke, kaffebarer 2025")
        qtbot.keyClicks(ui.benchmark_value_edit, "2.4")
        qtbot.keyClicks(ui.benchmark_source_edit, "Virke report")
        qtbot.mouseClick(ui.add_benchmark_button, Qt.MouseButton.LeftButton)
        _ok(qtbot, dialog)

    answer_dialogs(monkeypatch, KpiDialog, fill)
    screen.select_kpi(CONVERSION_RATE)
    screen.edit_kpi()
    added = benchmarks.list_benchmarks(screen.context.store, CONVERSION_RATE)[-1]
    assert (added.label, added.value, added.source) == (
        "Virke, kaffebarer 2025",
        2.4,
        "Virke report",
    )


def test_undo_of_an_edit_restores_the_old_value(qtbot, screen, monkeypatch):
    def fill(dialog: KpiDialog) -> None:
        dialog.ui.name_edit.clear()
        qtbot.keyClicks(dialog.ui.name_edit, "Conversion")
        dialog.ui.decimals_spin.setValue(1)
        _ok(qtbot, dialog)

    answer_dialogs(monkeypatch, KpiDialog, fill)
    screen.select_kpi(CONVERSION_RATE)
    screen.edit_kpi()
    store = screen.context.store
    assert kpis.get_kpi(store, CONVERSION_RATE).name == "Conversion"
    screen.context.undo_stack.undo()
    restored = kpis.get_kpi(store, CONVERSION_RATE)
    assert (restored.name, restored.decimals) == ("Konverteringsrate", 2)
    assert "Konverteringsrate" in {
        screen.proxy.object_at(r).name for r in range(screen.proxy.rowCount())
    }


def test_a_new_kpi_with_a_target_and_its_undo(qtbot, screen, monkeypatch):
    def fill(dialog: KpiDialog) -> None:
        ui = dialog.ui
        qtbot.keyClicks(ui.code_edit, "TABLE_TURNS")
        qtbot.keyClicks(ui.name_edit, "Table turns")
        ui.timing_combo.setCurrentIndex(ui.timing_combo.findData(Timing.LEADING.value))
        qtbot.keyClicks(ui.realistic_edit, "3")  # typed, not added: OK adds it
        _ok(qtbot, dialog)

    answer_dialogs(monkeypatch, KpiDialog, fill)
    screen.add_kpi()
    store = screen.context.store
    new = [k for k in kpis.list_kpis(store) if k.code == "TABLE_TURNS"]
    assert len(new) == 1 and new[0].timing is Timing.LEADING
    assert [t.realistic for t in targets.list_targets(store, new[0].id)] == [3]
    assert "TABLE_TURNS" in _shown_codes(screen)
    screen.context.undo_stack.undo()
    assert all(k.code != "TABLE_TURNS" for k in kpis.list_kpis(store))


def test_retire_hides_the_kpi_but_keeps_its_values(qtbot, screen, monkeypatch):
    store = screen.context.store
    values = MeasurementRow.select().where(MeasurementRow.kpi == REVENUE).count()
    assert values > 0

    def fill(dialog: RetireKpiDialog) -> None:
        qtbot.keyClicks(dialog.ui.reason_edit, "Replaced by online revenue")
        _ok(qtbot, dialog)

    answer_dialogs(monkeypatch, RetireKpiDialog, fill)
    screen.select_kpi(REVENUE)
    screen.retire_or_reinstate()
    assert "REVENUE" not in _shown_codes(screen)
    assert REVENUE not in {k.id for k in kpis.list_kpis(store, include_retired=False)}
    assert kpis.get_kpi(store, REVENUE).retired_reason == "Replaced by online revenue"
    assert MeasurementRow.select().where(MeasurementRow.kpi == REVENUE).count() == values
    assert len(targets.list_targets(store, REVENUE)) == 2
    screen.ui.show_retired_check.setChecked(True)
    assert "REVENUE" in _shown_codes(screen)
    screen.context.undo_stack.undo()
    assert not kpis.get_kpi(store, REVENUE).is_retired


def test_filters_narrow_the_list(screen):
    ui = screen.ui
    ui.timing_filter.setCurrentIndex(ui.timing_filter.findData(Timing.LEADING.value))
    shown = [screen.proxy.object_at(r) for r in range(screen.proxy.rowCount())]
    assert 0 < len(shown) < 15 and all(k.timing is Timing.LEADING for k in shown)
    ui.goal_filter.setCurrentIndex(ui.goal_filter.findData(2))
    assert _shown_codes(screen) == {"WEB_VISITS", "EMAIL_OPEN_RATE"}
    ui.clear_filters_button.click()
    assert len(_shown_codes(screen)) == 15


def test_a_read_only_file_disables_editing(qtbot, demo_path, tmp_path):
    context = make_context(tmp_path, open_demo(demo_path, read_only=True))
    screen = KpisScreen(context)
    qtbot.addWidget(screen)
    assert not screen.ui.add_button.isEnabled()
    assert not screen.ui.retire_button.isEnabled()
    dialog = screen.make_dialog(kpis.get_kpi(context.store, REVENUE))
    qtbot.addWidget(dialog)
    assert dialog.ui.name_edit.isReadOnly()
    assert not dialog.ui.add_target_button.isEnabled()
    context.set_store(None)
