"""Export → import into a copy without values is lossless; formula injection is neutralised."""

from __future__ import annotations

import csv
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from kpidesk.domain.entities import Goal, Kpi
from kpidesk.domain.periods import Period
from kpidesk.domain.types import Frequency
from kpidesk.imports.export import ExportError, export_values, format_number
from kpidesk.imports.guard import guard, unguard
from kpidesk.imports.plan import apply_plan, plan_file
from kpidesk.store import goals, kpis
from kpidesk.store.connection import open_database
from kpidesk.store.measurements import ValueRow, load_measurements, write_values
from tests.conftest import DEMO_TODAY


def _all_values(store) -> dict[tuple[str, str, str], tuple[float | None, str]]:
    out = {}
    for kpi in kpis.list_kpis(store):
        for m in load_measurements(store, kpi.id):
            out[(kpi.code, m.segment, m.period.label())] = (m.value, m.comment)
    return out


def _without_values(template: Path, target: Path) -> Path:
    """The same business and KPIs, every value deleted."""
    shutil.copyfile(template, target)
    with sqlite3.connect(target) as raw:
        raw.execute("DELETE FROM measurement")
    return target


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_into_an_empty_copy_is_lossless(
    demo_template, demo_path, tmp_path, suffix
):
    out = tmp_path / f"export{suffix}"
    with open_database(demo_path) as store:
        summary = export_values(store, out)
        before = _all_values(store)
        formula = {k.code for k in kpis.list_kpis(store) if k.is_formula}
    expected = {key: v for key, v in before.items() if key[0] not in formula}
    assert summary.values == len(expected) > 10_000
    assert any(comment for _, comment in expected.values())
    assert any(key[0] == "FLYERS" for key in expected)  # retired KPIs keep their history
    copy = _without_values(demo_template, tmp_path / "copy.kpidesk")
    with open_database(copy) as store:
        plan = plan_file(store, out, "generic", today=DEMO_TODAY)
        assert plan.ok, plan.problems[:3]
        assert apply_plan(store, plan).new == len(expected)
        assert _all_values(store) == expected


def test_csv_is_the_contracts_long_format(demo_path, tmp_path):
    out = tmp_path / "values.csv"
    with open_database(demo_path, read_only=True) as store:
        export_values(store, out)
    text = out.read_text(encoding="utf-8")
    assert text.startswith("kpi,segment,period,value,comment\n")
    rows = list(csv.reader(text.splitlines()))[1:]
    labels = {row[0]: row[2] for row in rows}
    assert labels["REVENUE"].count("-") == 1 and len(labels["REVENUE"]) == 7  # 2026-10
    assert "-W" in labels["AVG_TICKET"] and "-Q" in labels["STAFF_ENGAGEMENT"]
    assert "CONVERSION_RATE" not in labels  # computed, never exported
    assert all("," not in row[3] and " " not in row[3] for row in rows)
    assert {row[1] for row in rows if row[0] == "WEB_VISITS"} == {
        "",
        "seo",
        "ppc",
        "social",
        "email",
        "content",
    }


def test_numbers_are_written_exactly():
    for value in (0.1, 1 / 3, -12.25, 125000.5, 1e20, 1e-7, 42.0):
        assert float(format_number(value)) == value
    assert format_number(1234567.0) == "1234567"


@pytest.mark.parametrize(
    "text", ["=1+1", "+47 55 55", "-obs", "@SUM(A1)", "\tinnrykk", "\rretur", "'=x", "'ok", "ok"]
)
def test_guard_and_unguard_are_inverse(text):
    assert unguard(guard(text)) == text
    assert guard(text)[:1] not in {"=", "+", "-", "@", "\t", "\r"}


@pytest.fixture
def injected(store):
    """A KPI on a goal with a negative value and comments a spreadsheet would run."""
    kpi = kpis.add_kpi(store, Kpi(0, "RESULT", "=HYPERLINK(1)", frequency=Frequency.MONTH))
    goal = goals.add_goal(store, Goal(0, "Mål: [lønnsomhet]/år"))
    goals.link_kpi(store, goal.id, kpi.id)
    comments = ["=1+1", "@SUM(A1)", "+47", "-x", "\tfane", "vanlig"]
    rows = [
        ValueRow(kpi.id, Period.parse(f"2026-{m:02d}").start, -5.0 * m, comment=c)
        for m, c in enumerate(comments, start=1)
    ]
    write_values(store, rows)
    return kpi, comments


def test_xlsx_keeps_numbers_numeric_and_text_inert(store, injected, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "values.xlsx"
    export_values(store, out)
    book = load_workbook(out)
    sheet = book["values"]
    rows = list(sheet.iter_rows(min_row=2))
    assert rows[0][3].value == -5 and rows[0][3].data_type == "n"
    comments = [row[4] for row in rows]
    assert [c.value for c in comments[:5]] == ["'=1+1", "'@SUM(A1)", "'+47", "'-x", "'\tfane"]
    assert all(c.data_type == "s" for c in comments)
    assert comments[5].value == "vanlig"
    # The goal's wide sheet: a valid title, the KPI name guarded, numbers as numbers.
    [wide] = [ws for ws in book.worksheets if ws.title != "values"]
    assert wide.title == "Mål   lønnsomhet  år"
    assert wide["B1"].value == "'=HYPERLINK(1)" and wide["B1"].data_type == "s"
    assert wide["A2"].value == "2026-01" and wide["B2"].value == -5
    assert all(cell.data_type != "f" for row in wide.iter_rows() for cell in row)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_guarded_comments_come_back_unchanged(store, injected, tmp_path, suffix):
    kpi, comments = injected
    out = tmp_path / f"values{suffix}"
    export_values(store, out)
    if suffix == ".csv":
        assert "'=1+1" in out.read_text(encoding="utf-8")
    with store.write():
        store.db.execute_sql("DELETE FROM measurement")
    plan = plan_file(store, out, today=date(2026, 11, 27))
    assert plan.ok, plan.problems
    apply_plan(store, plan)
    got = [(m.value, m.comment) for m in load_measurements(store, kpi.id)]
    assert got == [(-5.0 * m, c) for m, c in enumerate(comments, start=1)]


def test_a_failed_export_leaves_no_file(store, injected, tmp_path, monkeypatch):
    import kpidesk.imports.export as export

    def broken(store, path):
        path.write_text("half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export, "_write_csv", broken)
    with pytest.raises(ExportError, match="No space left"):
        export_values(store, tmp_path / "out.csv")
    assert not [p for p in tmp_path.iterdir() if "out.csv" in p.name]


def test_export_refuses_other_extensions_and_missing_folders(store, tmp_path):
    with pytest.raises(ExportError, match=r"\.csv or \.xlsx"):
        export_values(store, tmp_path / "values.ods")
    with pytest.raises(ExportError, match="does not exist"):
        export_values(store, tmp_path / "nowhere" / "values.csv")
