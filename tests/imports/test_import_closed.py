"""Imports and closed periods: a row that would change a closed period is named, nothing written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kpidesk.cli import main
from kpidesk.domain.entities import Kpi
from kpidesk.domain.periods import Period
from kpidesk.domain.types import Frequency
from kpidesk.imports.errors import ImportFileError
from kpidesk.imports.plan import apply_plan, plan_file
from kpidesk.store import kpis
from kpidesk.store.closing import close_periods
from kpidesk.store.measurements import count_values, load_values, set_value

TODAY = date(2026, 11, 27)
SEPTEMBER_END = date(2026, 9, 30)


@pytest.fixture
def shop(store):
    revenue = kpis.add_kpi(store, Kpi(0, "REVENUE", "Omsetning", frequency=Frequency.MONTH))
    set_value(store, revenue.id, Period.parse("2026-09"), 100.0)
    close_periods(store, SEPTEMBER_END, "Q3 reviewed")
    return revenue


def write(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "kasse.csv"
    path.write_text("kpi,period,value\n" + rows, encoding="utf-8")
    return path


def test_a_row_for_a_closed_period_is_named_and_blocks_the_import(store, shop, tmp_path):
    data = write(tmp_path, "REVENUE,2026-10,120\nREVENUE,2026-08,90\nREVENUE,2026-07,80\n")
    plan = plan_file(store, data, today=TODAY)
    assert not plan.ok
    [problem] = plan.problems  # one line per KPI, naming the first row
    assert problem.row == 3
    assert "REVENUE 2026-08 is in a closed period" in str(problem)
    assert "2026-09-30" in str(problem) and "(2 values)" in str(problem)
    with pytest.raises(ImportFileError):
        apply_plan(store, plan)
    assert load_values(store, [shop.id])[(shop.id, "")] == {Period.parse("2026-09"): 100.0}


def test_unchanged_values_of_closed_periods_import_fine(store, shop, tmp_path):
    data = write(tmp_path, "REVENUE,2026-09,100\nREVENUE,2026-10,120\n")
    plan = plan_file(store, data, today=TODAY)
    assert plan.ok, plan.problems
    applied = apply_plan(store, plan)
    assert (applied.new, applied.unchanged) == (1, 1)


def test_a_period_closed_after_the_dry_run_is_refused_when_applied(store, shop, tmp_path):
    data = write(tmp_path, "REVENUE,2026-10,120\n")
    plan = plan_file(store, data, today=TODAY, lang="nb")
    assert plan.ok
    close_periods(store, date(2026, 10, 31))
    before = count_values(store)
    with pytest.raises(ImportFileError) as caught:
        apply_plan(store, plan)
    message = str(caught.value)
    assert (
        message.startswith("rad 2, kolonne «value»:")
        and "lukket periode" in message
        and "gjenåpne" in message
    )
    assert count_values(store) == before


def test_the_norwegian_plan_names_row_and_period(store, shop, tmp_path):
    data = write(tmp_path, "REVENUE,2026-09,101\n")
    [problem] = plan_file(store, data, today=TODAY, lang="nb").problems
    assert str(problem) == (
        "rad 2, kolonne «value»: REVENUE 2026-09 er i en lukket periode (perioder til og med "
        "2026-09-30 er lukket); gjenåpne perioden for å endre verdien"
    )


def test_the_command_line_says_which_row_and_writes_nothing(store, shop, tmp_path, capsys):
    path = Path(store.location)
    data = write(tmp_path, "REVENUE,2026-10,120\nREVENUE,2026-09,90\n")
    store.close()
    assert main(["import", str(path), str(data), "--today", "2026-11-27"]) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(
        "kpidesk: kasse.csv: row 3, column 'value': REVENUE 2026-09 is in a closed period"
    )
    assert line.endswith("nothing written")
    assert main(["import", str(path), str(data), "--dry-run", "--today", "2026-11-27"]) == 1
