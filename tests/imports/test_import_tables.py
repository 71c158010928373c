import csv
import io
from datetime import date

import pytest

from kpidesk.domain.periods import Period
from kpidesk.imports.errors import ImportFileError
from kpidesk.imports.reader import read_file


def _label(period):
    return period.label() if isinstance(period, Period) else period.isoformat()


def test_long_round_trip(tmp_path):
    rows = [
        ("REV", "", "2026-10", 125000.5, ""),
        ("REV", "", "2026-Q3", 380000.0, 'Sterkt kvartal, "rekord"'),
        ("SESS", "seo", "2026-W41", 1234.0, ""),
        ("SESS", "ppc", "2026-10-05", -12.25, ""),
        ("CONV", "", "2026", 1.234, ""),  # would be ambiguous in a foreign file
        ("NPS", "", "2026-09", None, "bare kommentar\npå to linjer"),
        ("NPS", "", "2026-08", 0.1 + 0.2, "=cmd"),
    ]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["kpi", "segment", "period", "value", "comment"])
    for kpi, seg, period, value, comment in rows:
        writer.writerow([kpi, seg, period, "" if value is None else repr(value), comment])
    path = tmp_path / "export.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    result = read_file(path)
    assert result.ok, result.problems
    back = [(v.kpi, v.segment, _label(v.period), v.value, v.comment) for v in result.values]
    assert back == rows
    assert [v.row for v in result.values] == [2, 3, 4, 5, 6, 7, 9]


def test_long_fixture_with_nb_headers_and_fiscal_year(tmp_path):
    path = tmp_path / "lang.csv"
    path.write_text("Kode;Kanal;Periode;Verdi;Kommentar\nREV;;2026-Q1;1 234,5;ok\n", "utf-8")
    result = read_file(path, fiscal_start_month=7)
    (value,) = result.values
    assert value.period == Period.parse("2026-Q1", fiscal_start_month=7)
    assert value.value == 1234.5
    assert value.comment == "ok"


def test_long_collects_every_problem_with_row_and_column(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(
        "kpi;segment;period;value;comment\n"
        "REV;;2026-10;12,5;\n"
        "REV;;2026-13;12,5;\n"
        ";;2026-11;1;\n"
        "REV;;2026-12;12,3,4;\n",
        "utf-8",
    )
    result = read_file(path)
    messages = [str(p) for p in result.problems]
    assert messages == [
        "row 3, column 'period': '2026-13' is not a valid period; write e.g. 2026-10-05, "
        "2026-W41, 2026-10, 2026-Q3 or 2026",
        "row 4, column 'kpi': the KPI is missing",
        "row 5, column 'value': '12,3,4' is not a number (expected nb format, decimal comma)",
    ]
    with pytest.raises(ImportFileError, match=r"^row 3, column 'period'.*\(and 2 more problems\)"):
        result.raise_for_problems()


def test_wide_with_map(fixtures):
    result = read_file(fixtures / "wide_en.csv", mapping={"Revenue": "REV", "notes": "-"})
    assert result.ok, result.problems
    got = {(v.kpi, _label(v.period)): v.value for v in result.values}
    assert got == {
        ("REV", "2026-08"): 1234.5,
        ("Omsetning m/mva", "2026-08"): 1500.0,
        ("REV", "2026-09"): 2000.25,
    }


def test_map_naming_a_missing_column_is_a_problem(fixtures):
    result = read_file(fixtures / "wide_en.csv", mapping={"Revenu": "REV", "Notes": "-"})
    assert any("Revenu" in str(p) for p in result.problems)


def test_ambiguous_numbers_ask_and_declared_format_decides(tmp_path):
    path = tmp_path / "amb.csv"
    path.write_text("Dato;Salg\n2026-10;1.234\n2026-11;12\n", "utf-8")
    result = read_file(path)
    assert result.questions == ["number_format"] and not result.values
    assert read_file(path, number_format="nb").values[0].value == 1234.0
    assert read_file(path, number_format="en").values[0].value == 1.234


def test_ambiguous_dates_ask_and_declared_order_decides(tmp_path):
    path = tmp_path / "amb.csv"
    path.write_text("Date,Sales\n01/02/2026,5\n03/04/2026,6\n", "utf-8")
    assert read_file(path).questions == ["date_format"]
    assert read_file(path, date_format="dmy").values[0].period == date(2026, 2, 1)
    assert read_file(path, date_format="mdy").values[0].period == date(2026, 1, 2)


def test_dates_order_detected_from_the_whole_column(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("Date,Sales\n01/02/2026,5\n25/02/2026,6\n", "utf-8")
    assert read_file(path).values[0].period == date(2026, 2, 1)


def test_duplicate_key_with_other_value_is_a_problem(tmp_path):
    path = tmp_path / "dup.csv"
    path.write_text(
        "kpi,segment,period,value,comment\nA,,2026-10,1,\nA,,2026-10,1,\nA,,2026-10,2,\n"
    )
    result = read_file(path)
    assert len(result.values) == 1
    (problem,) = result.problems
    assert problem.row == 4 and "also in row 2" in problem.message
