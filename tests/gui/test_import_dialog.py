"""The import dialog: preview, mapping, dry run, conflict choice, import, cancel; export."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from kpidesk.gui.dialogs.import_dialog import ImportDialog
from kpidesk.imports.preview import LEAVE_OUT
from kpidesk.store.kpis import kpi_by_code
from kpidesk.store.measurements import count_values, load_measurements
from tests.gui.conftest import focusable_without_name
from tests.gui.screens_support import make_context, open_demo

FIXTURES = Path(__file__).resolve().parents[1] / "imports" / "fixtures"


@pytest.fixture
def ctx(demo_path: Path, tmp_path: Path, qapp, private_data_dir):
    context = make_context(tmp_path, open_demo(demo_path))
    yield context
    context.tasks.wait()
    context.set_store(None)


def stored(context, code: str, label: str) -> tuple[float | None, str] | None:
    kpi = kpi_by_code(context.store, code)
    for m in load_measurements(context.store, kpi.id):
        if m.segment == "" and m.period.label() == label:
            return m.value, m.source
    return None


@pytest.fixture
def monthly_csv(ctx, tmp_path: Path) -> Path:
    """REVENUE: 2023-10 new, 2026-09 as stored, 2026-10 changed; a till column to map."""
    same = stored(ctx, "REVENUE", "2026-09")
    assert same is not None
    text = (
        "Måned;REVENUE;Kasse\n"
        "2023-10;100 000,50;7\n"
        f"2026-09;{str(same[0]).replace('.', ',')};8\n"
        "2026-10;123 456;9\n"
    )
    path = tmp_path / "till.csv"
    path.write_text(text, encoding="cp1252")
    return path


def open_dialog(ctx, path: Path | None, qtbot) -> ImportDialog:
    dialog = ImportDialog(ctx, str(path) if path else None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.wait()
    return dialog


def counts(dialog: ImportDialog) -> dict[str, tuple[int, int, int]]:
    return {r.code: (r.new, r.changed, r.unchanged) for r in dialog.summary_model.rows()}


def test_dry_run_shows_counts_and_writes_nothing(ctx, monthly_csv, qtbot) -> None:
    before = count_values(ctx.store)
    dialog = open_dialog(ctx, monthly_csv, qtbot)
    assert dialog.preview_model.rowCount() == 3
    assert dialog.preview_model.headerData(0, Qt.Orientation.Vertical) == "2"  # file row
    assert dialog.mapping == {"REVENUE": "REVENUE", "Kasse": LEAVE_OUT}
    assert counts(dialog) == {"REVENUE": (1, 1, 1)}
    changed = dialog.changes_model.rows()
    assert [(v.period.label(), v.value) for v in changed] == [("2026-10", 123456.0)]
    assert dialog.problems_model.rowCount() == 0
    # One value differs from what is stored: Import waits for the explicit choice.
    assert not dialog.import_button.isEnabled()
    assert dialog.ui.conflict_group.isEnabled()
    dialog.ui.overwrite_radio.setChecked(True)
    assert dialog.import_button.isEnabled()
    assert count_values(ctx.store) == before


def test_import_writes_every_value_with_the_file_as_source(ctx, monthly_csv, qtbot) -> None:
    changes: list[str] = []
    ctx.signals.data_changed.connect(changes.append)
    dialog = open_dialog(ctx, monthly_csv, qtbot)
    messages: list[str] = []
    dialog.imported.connect(messages.append)
    dialog.ui.overwrite_radio.setChecked(True)
    dialog.import_button.click()
    dialog.wait()
    assert dialog.result() == ImportDialog.DialogCode.Accepted, dialog.ui.status_label.text()
    assert stored(ctx, "REVENUE", "2026-10") == (123456.0, "till.csv")
    assert stored(ctx, "REVENUE", "2023-10") == (100000.5, "till.csv")
    assert "values" in changes
    assert messages and "till.csv" in messages[0] and "1 new" in messages[0]


def test_keep_leaves_stored_values_and_adds_new_ones(ctx, monthly_csv, qtbot) -> None:
    old = stored(ctx, "REVENUE", "2026-10")
    dialog = open_dialog(ctx, monthly_csv, qtbot)
    dialog.ui.keep_radio.setChecked(True)
    dialog.import_button.click()
    dialog.wait()
    assert stored(ctx, "REVENUE", "2026-10") == old
    assert stored(ctx, "REVENUE", "2023-10") == (100000.5, "till.csv")
    assert dialog.applied is not None and dialog.applied.kept == 1


def test_a_bad_row_is_shown_with_row_and_column_and_blocks_import(ctx, tmp_path, qtbot) -> None:
    path = tmp_path / "bad.csv"
    path.write_text('Month,REVENUE\n2023-09,"1 200,50"\n2023-10,12 x\n', encoding="utf-8")
    dialog = open_dialog(ctx, path, qtbot)
    problems = dialog.problems_model.rows()
    assert [(p.row, p.column) for p in problems] == [(3, "REVENUE")]
    assert dialog.ui.results_tabs.currentWidget() is dialog.ui.problems_tab
    assert "(1)" in dialog.ui.results_tabs.tabText(2)
    assert not dialog.import_button.isEnabled()
    dialog.ui.overwrite_radio.setChecked(True)
    assert not dialog.import_button.isEnabled()


def test_cancel_while_importing_rolls_everything_back(ctx, monthly_csv, qtbot, monkeypatch) -> None:
    from kpidesk.imports import plan as plan_module

    before = count_values(ctx.store)
    old = stored(ctx, "REVENUE", "2026-10")
    written, go_on = threading.Event(), threading.Event()
    real = plan_module.apply_plan

    def slow_apply(store, plan, conflict):
        applied = real(store, plan, conflict)  # written, not yet committed
        written.set()
        go_on.wait(10)
        return applied

    monkeypatch.setattr(plan_module, "apply_plan", slow_apply)
    dialog = open_dialog(ctx, monthly_csv, qtbot)
    dialog.ui.overwrite_radio.setChecked(True)
    dialog.import_button.click()
    assert dialog.busy and dialog.ui.cancel_button.isVisible()
    assert written.wait(10)
    dialog.ui.cancel_button.click()
    go_on.set()
    dialog.wait()
    assert dialog.applied is None
    assert dialog.result() != ImportDialog.DialogCode.Accepted
    assert count_values(ctx.store) == before
    assert stored(ctx, "REVENUE", "2026-10") == old
    assert "nothing was imported" in dialog.ui.status_label.text().lower()


def test_cancel_of_a_dry_run_drops_its_result(ctx, monthly_csv, qtbot) -> None:
    dialog = ImportDialog(ctx, str(monthly_csv))
    qtbot.addWidget(dialog)
    assert dialog.busy
    dialog.cancel()
    ctx.tasks.wait()
    QApplication.processEvents()
    assert not dialog.busy and dialog.plan is None
    assert not dialog.import_button.isEnabled()


def test_the_mapping_is_remembered_for_the_next_file(ctx, monthly_csv, qtbot) -> None:
    dialog = open_dialog(ctx, monthly_csv, qtbot)
    dialog.set_mapping("Kasse", "AVG_TICKET")
    dialog.set_mapping("Kasse", LEAVE_OUT)
    dialog.set_mapping("REVENUE", "ONLINE_REVENUE")
    dialog.wait()
    assert counts(dialog) == {"ONLINE_REVENUE": (1, 2, 0)}
    assert dialog.preview_model.headerData(1, Qt.Orientation.Horizontal).endswith("ONLINE_REVENUE")
    dialog.ui.overwrite_radio.setChecked(True)
    dialog.import_button.click()
    dialog.wait()
    assert stored(ctx, "ONLINE_REVENUE", "2023-10") == (100000.5, "till.csv")
    again = open_dialog(ctx, monthly_csv, qtbot)
    assert again.mapping["REVENUE"] == "ONLINE_REVENUE"
    assert again.mapping_combos["REVENUE"].currentData() == "ONLINE_REVENUE"
    assert counts(again) == {"ONLINE_REVENUE": (0, 0, 3)}
    assert not again.import_button.isEnabled()  # nothing left to import


def test_norwegian_excel_file_is_previewed_with_its_letters(ctx, qtbot) -> None:
    dialog = open_dialog(ctx, FIXTURES / "nb_excel_wide.csv", qtbot)
    model = dialog.preview_model
    assert model.rowCount() == 4 and model.columnCount() == 6
    assert "Snittkjøp" in model.headerData(3, Qt.Orientation.Horizontal)
    assert model.data(model.index(1, 1)) == "1\xa0234,50"
    columns = ["Omsetning", "Antall kunder", "Snittkjøp", "Bruttomargin %"]
    assert list(dialog.mapping_combos) == columns
    assert dialog.mapping["Omsetning"] == "REVENUE"  # matched by the KPI's name


def test_an_ambiguous_number_format_is_asked(ctx, tmp_path, qtbot) -> None:
    path = tmp_path / "dots.csv"
    path.write_text("Month,REVENUE\n2023-09,1.234\n2023-10,2.500\n", encoding="utf-8")
    dialog = open_dialog(ctx, path, qtbot)
    assert dialog.plan is not None, dialog.ui.status_label.text()
    assert "number_format" in dialog.plan.questions
    assert dialog.ui.question_label.isVisible()
    assert not dialog.import_button.isEnabled()
    combo = dialog.ui.number_format_combo
    combo.setCurrentIndex(combo.findData("nb"))
    dialog.wait()
    assert not dialog.ui.question_label.isVisible()
    values = sorted(v.value for v in dialog.plan.values)
    assert values == [1234.0, 2500.0]
    assert dialog.import_button.isEnabled()


def test_ga4_channel_groups_are_mapped_or_left_out(ctx, qtbot) -> None:
    dialog = open_dialog(ctx, FIXTURES / "ga4_monthly_channels.csv", qtbot)
    assert dialog.preset == "ga4"
    assert dialog.channels["Organic Search"] == "seo"
    assert dialog.channels["Direct"] == ""  # no segment of ours: only in the total
    assert dialog.mapping["Sessions"] == LEAVE_OUT
    dialog.set_mapping("Total revenue", "ONLINE_REVENUE")
    dialog.wait()
    assert counts(dialog) == {"ONLINE_REVENUE": (0, 1, 0)}
    assert dialog.changes_model.rows()[0].value == 32850.5


def test_models_pass_the_model_tester(ctx, tmp_path, qtmodeltester, qtbot) -> None:
    path = tmp_path / "bad.csv"
    path.write_text('Month,REVENUE,Notes\n2023-09,"1 200,5",x\n2026-10,12 x,\n', encoding="utf-8")
    dialog = open_dialog(ctx, path, qtbot)
    for model in (
        dialog.preview_model,
        dialog.summary_model,
        dialog.changes_model,
        dialog.problems_model,
    ):
        qtmodeltester.check(model)


def test_every_input_has_an_accessible_name(ctx, monthly_csv, qtbot) -> None:
    dialog = open_dialog(ctx, monthly_csv, qtbot)
    assert focusable_without_name(dialog) == []
    empty = open_dialog(ctx, None, qtbot)
    assert focusable_without_name(empty) == []
    assert not empty.import_button.isEnabled()


def test_file_menu_import_and_a_dropped_file(window, demo_path, tmp_path, qtbot) -> None:
    till = tmp_path / "till.csv"
    till.write_text('Month;REVENUE\n2023-09;"1 200,50"\n2023-10;"12 345,50"\n', encoding="utf-8")
    assert window.files.open_path(str(demo_path))
    action = window.transfer.import_action
    assert action in window.ui.menu_file.actions()
    assert action.shortcut().toString() == "Ctrl+I"
    assert window.acceptDrops()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(till))])
    args = (
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPoint(20, 20), *args[1:])
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(*args))
    dialog = window.transfer.dialog
    assert dialog is not None and dialog.path == str(till)
    dialog.wait()
    assert dialog.import_button.isEnabled()  # only new values: no conflict to choose
    dialog.import_button.click()
    dialog.wait()
    assert "till.csv" in window.statusBar().currentMessage()
    window.context.tasks.wait()


def test_export_writes_the_file_and_says_how_many(window, demo_path, tmp_path, qtbot, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    assert window.files.open_path(str(demo_path))
    out = tmp_path / "values.csv"
    assert window.transfer.export_to(out) is not None
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)  # the owner is told when it is done
    assert out.exists() and out.read_text(encoding="utf-8").startswith("kpi,segment,period")
    assert shown and str(out) in shown[0]
    lines = len(out.read_text(encoding="utf-8").splitlines())
    assert shown[0].startswith(f"{lines - 1} values")


def test_a_norwegian_owner_reads_the_problem_in_norwegian(ctx, tmp_path, qtbot) -> None:
    ctx.language = "nb"
    path = tmp_path / "feil.csv"
    path.write_text('Month,REVENUE\n2023-09,"1 200,50"\n2023-10,12 x\n', encoding="utf-8")
    dialog = open_dialog(ctx, path, qtbot)
    [problem] = dialog.problems_model.rows()
    text = str(problem)
    assert "rad 3" in text and "kolonne «REVENUE»" in text and "er ikke et tall" in text


def test_a_row_for_a_closed_period_is_a_problem_the_dialog_names(ctx, monthly_csv, qtbot) -> None:
    from kpidesk.store.closing import close_periods

    close_periods(ctx.store, date(2026, 9, 30), "Q3 reviewed")
    ctx.language = "nb"
    dialog = open_dialog(ctx, monthly_csv, qtbot)
    [problem] = dialog.problems_model.rows()  # 2026-09 is as stored: that row is fine
    assert problem.row == 2
    assert "REVENUE 2023-10 er i en lukket periode" in str(problem)
    assert not dialog.import_button.isEnabled()
    assert stored(ctx, "REVENUE", "2023-10") is None
