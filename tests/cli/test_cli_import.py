"""`kpidesk import` and `kpidesk export`: summaries, one-line errors, nothing half-written."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kpidesk.cli import main
from kpidesk.domain.entities import Kpi
from kpidesk.domain.types import Frequency
from kpidesk.store import kpis
from kpidesk.store.connection import open_database
from kpidesk.store.measurements import count_values

FIXTURES = Path(__file__).parents[1] / "imports" / "fixtures"
TODAY = ["--today", "2026-11-27"]


def _count(path: Path) -> int:
    with sqlite3.connect(path) as raw:
        return raw.execute("SELECT COUNT(*) FROM measurement").fetchone()[0]


def test_import_prints_a_summary_and_reimport_changes_nothing(demo_path, tmp_path, capsys):
    data = tmp_path / "okt.csv"
    data.write_text(
        "kpi,segment,period,value,comment\n"
        "REVENUE,,2026-10,1000000,rettet\n"
        "WEB_VISITS,seo,2026-10-01,40,\n"
        "WEB_VISITS,seo,2026-11-01,41,\n",
        encoding="utf-8",
    )
    before = _count(demo_path)
    assert main(["import", str(demo_path), str(data), *TODAY]) == 0
    out = capsys.readouterr().out
    assert "REVENUE" in out and "WEB_VISITS" in out
    assert "1 new" in out and "2 changed" in out.replace("  ", " ")
    assert "Written: 1 new, 2 changed (source: okt.csv)." in out
    assert _count(demo_path) == before + 1
    assert main(["import", str(demo_path), str(data), *TODAY]) == 0
    assert "Nothing written" in capsys.readouterr().out


def test_dry_run_shows_changes_and_writes_nothing(demo_path, tmp_path, capsys):
    data = tmp_path / "okt.csv"
    data.write_text("kpi,period,value\nREVENUE,2026-10,1000000\n", encoding="utf-8")
    stamp = demo_path.stat().st_mtime_ns, demo_path.read_bytes()
    assert main(["import", str(demo_path), str(data), "--dry-run", *TODAY]) == 0
    out = capsys.readouterr().out
    assert "REVENUE 2026-10:" in out and "→ 1000000" in out
    assert "Dry run: nothing written." in out
    assert (demo_path.stat().st_mtime_ns, demo_path.read_bytes()) == stamp


def test_a_bad_row_is_one_line_with_row_and_column_and_nothing_written(demo_path, tmp_path, capsys):
    rows = [f"REVENUE,,{2000 + i}-01,{i}," for i in range(1, 50)]
    rows[20] = "NOSUCH,,2100-01,1,"
    rows[30] = "REVENUE,,2100-02,x,"
    data = tmp_path / "bad.csv"
    data.write_text("kpi,segment,period,value,comment\n" + "\n".join(rows) + "\n", "utf-8")
    before = _count(demo_path)
    assert main(["import", str(demo_path), str(data), *TODAY]) == 1
    captured = capsys.readouterr()
    [line] = captured.err.splitlines()
    assert line.startswith("kpidesk: bad.csv: row 22, column 'value': there is no KPI 'NOSUCH'")
    assert "(and 1 more problem)" in line and line.endswith("nothing written")
    assert _count(demo_path) == before


def test_an_ambiguous_number_format_names_the_option(demo_path, tmp_path, capsys):
    data = tmp_path / "amb.csv"
    data.write_text("Month;REVENUE\n2026-09;1.234\n", encoding="utf-8")
    assert main(["import", str(demo_path), str(data)]) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert "--number-format nb or --number-format en" in line
    assert main(["import", str(demo_path), str(data), "--number-format", "nb", *TODAY]) == 0


def test_ga4_preset_with_map_and_keep_existing(demo_path, capsys):
    data = FIXTURES / "ga4_daily.csv"
    args = ["import", str(demo_path), str(data), "--preset", "ga4", "--map", "Sessions=WEB_VISITS"]
    assert main([*args, "--map", "Conversions=-", "--keep-existing", *TODAY]) == 0
    out = capsys.readouterr().out
    assert "6 stored values that differ from the file kept" in out
    assert "note: channel groups without a segment" in out


@pytest.mark.parametrize(
    "argv",
    [
        ["import", "x.kpidesk"],
        ["import", "x.kpidesk", "d.csv", "--map", "nocolumn"],
        ["import", "x.kpidesk", "d.csv", "--preset", "excel"],
        ["export", "x.kpidesk", "out.ods"],
    ],
)
def test_wrong_usage_exits_2(argv):
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2


def test_export_csv_and_xlsx(demo_path, tmp_path, capsys):
    assert main(["export", str(demo_path), str(tmp_path / "v.csv")]) == 0
    assert "values of 15 KPIs written" in capsys.readouterr().out
    assert main(["export", str(demo_path), str(tmp_path / "v.xlsx")]) == 0
    assert (tmp_path / "v.xlsx").stat().st_size > 0
    assert main(["export", str(demo_path), str(tmp_path / "no" / "v.csv")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_missing_data_file_is_exit_1(demo_path, tmp_path, capsys):
    assert main(["import", str(demo_path), str(tmp_path / "none.csv")]) == 1
    assert "none.csv does not exist" in capsys.readouterr().err


ROWS = 10_000


@pytest.fixture
def big_import(tmp_path):
    """A file with 10 daily KPIs and a 10 000-value long CSV for them."""
    path = tmp_path / "big.kpidesk"
    from kpidesk.domain.entities import Business
    from kpidesk.store.business import save_business
    from kpidesk.store.connection import create_database

    with create_database(path) as store:
        save_business(store, Business("Kill AS"))
        for k in range(10):
            kpis.add_kpi(store, Kpi(0, f"K{k}", f"KPI {k}", frequency=Frequency.DAY))
    data = tmp_path / "big.csv"
    lines = ["kpi,segment,period,value,comment"]
    for k in range(10):
        for d in range(ROWS // 10):
            day = f"{2020 + d // 336}-{d % 336 // 28 + 1:02d}-{d % 28 + 1:02d}"
            lines.append(f"K{k},,{day},{d}.5,")
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, data


def _run(path: Path, data: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    return subprocess.Popen(
        [sys.executable, "-m", "kpidesk.cli", "import", str(path), str(data), *TODAY],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.mark.slow
def test_kill_9_during_an_import_leaves_all_or_nothing(big_import, tmp_path):
    path, data = big_import
    pristine = tmp_path / "pristine.kpidesk"
    pristine.write_bytes(path.read_bytes())
    start = time.perf_counter()
    assert _run(path, data).wait(timeout=60) == 0
    whole = time.perf_counter() - start
    assert _count(path) == ROWS
    outcomes = set()
    # Kill at points spread over the run, most of them late, where it writes.
    for fraction in (0.5, 0.75, 0.85, 0.9, 0.95, 1.0):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        path.write_bytes(pristine.read_bytes())
        process = _run(path, data)
        time.sleep(whole * fraction)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        with sqlite3.connect(path) as raw:
            assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        count = _count(path)
        assert count in (0, ROWS), f"killed at {fraction:.0%}: {count} values"
        outcomes.add(count)
        # The file opens again (the dead process's lock is not in the way).
        with open_database(path) as store:
            assert count_values(store) == count
    assert 0 in outcomes  # at least one kill landed before the commit
