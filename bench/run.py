"""KPIDesk benchmarks: `make bench` (or `python bench/run.py`) prints a table.

Budgets are checked here, not in the test suite, because wall-clock time on
a shared machine is noise for tests but a fair comparison within one run.
Ratios compare two ways of doing the same work in the same run.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

# Keep benchmark backups and logs out of the user's folders.
os.environ.setdefault("KPIDESK_DATA_DIR", tempfile.mkdtemp(prefix="kpidesk-bench-"))
# Measure the checkout this script is in (bench/..), not the KPIDesk the venv installed
# in editable mode from another folder: a script's sys.path[0] is bench/, not the root.
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))

from dashboard import bench_dashboard  # bench/*.py, beside this file
from detail import detail_rows
from grid import bench_grid_repaint
from imports import rows as import_rows
from reports import report_rows  # bench/reports.py: bench/ is sys.path[0] for a script
from team import bench_team

from kpidesk.demo.build import create_demo
from kpidesk.domain.entities import Business, Kpi
from kpidesk.domain.types import Frequency, RollUp
from kpidesk.store.business import save_business
from kpidesk.store.connection import create_database, open_database
from kpidesk.store.kpis import add_kpi
from kpidesk.store.measurements import ValueRow, write_values
from kpidesk.store.series import load_series

sys.path.insert(0, str(Path(__file__).parent))
from startup import startup_rows

ROWS_KPIS, ROWS_DAYS = 50, 2000  # 100 000 values


def timed(work: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time of `work` in milliseconds."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def bench_demo(folder: Path) -> tuple[float, Path]:
    counter = iter(range(1000))

    def make() -> None:
        create_demo(folder / f"demo{next(counter)}.kpidesk", "nb", 3, date(2026, 11, 27)).close()

    return timed(make, 3), folder / "demo0.kpidesk"


def bench_open_and_load(path: Path) -> tuple[float, int]:
    loaded = {}

    def work() -> None:
        with open_database(path) as store:
            loaded["series"] = load_series(store)

    return timed(work, 9), len(loaded["series"])


def _empty_file(path: Path) -> list[int]:
    with create_database(path) as store:
        save_business(store, Business("Bench AS"))
        return [
            add_kpi(
                store, Kpi(0, f"K{i}", f"KPI {i}", frequency=Frequency.DAY, rollup=RollUp.SUM)
            ).id
            for i in range(ROWS_KPIS)
        ]


def bench_insert(folder: Path) -> tuple[float, float]:
    """(store ms, raw sqlite3 ms) for the same 100 000 values into fresh files."""
    first = date(2020, 1, 1)
    days = [first + timedelta(days=d) for d in range(ROWS_DAYS)]
    store_ms, raw_ms = [], []
    for attempt in range(3):
        kpi_ids = _empty_file(folder / f"store{attempt}.kpidesk")
        rows = [ValueRow(k, d, float(i)) for k in kpi_ids for i, d in enumerate(days)]
        with open_database(folder / f"store{attempt}.kpidesk") as store:
            start = time.perf_counter()
            write_values(store, rows, source="bench")
            store_ms.append((time.perf_counter() - start) * 1000)
        kpi_ids = _empty_file(folder / f"raw{attempt}.kpidesk")
        stamp = "2026-11-27 12:00:00"
        tuples = [
            (k, "", d.isoformat(), float(i), "", "bench", "bench", stamp)
            for k in kpi_ids
            for i, d in enumerate(days)
        ]
        raw = sqlite3.connect(folder / f"raw{attempt}.kpidesk", isolation_level=None)
        # The same configuration as the store's connection (WAL is in the file):
        # the ratio is our overhead, not the cost of checking references.
        raw.execute("PRAGMA synchronous = 2")
        raw.execute("PRAGMA foreign_keys = ON")
        start = time.perf_counter()
        raw.execute("BEGIN IMMEDIATE")
        raw.executemany(
            "INSERT INTO measurement (kpi_id, segment, period_start, value, comment, source, "
            "entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            tuples,
        )
        raw.execute("COMMIT")
        raw_ms.append((time.perf_counter() - start) * 1000)
        raw.close()
    return statistics.median(store_ms), statistics.median(raw_ms)


def main() -> int:
    rows = []
    with tempfile.TemporaryDirectory(prefix="kpidesk-bench-") as tmp:
        folder = Path(tmp)
        demo_ms, demo = bench_demo(folder)
        rows.append(("create the demo (3 years)", f"{demo_ms:.0f} ms", "", ""))
        load_ms, n = bench_open_and_load(demo)
        rows.append(
            (
                f"open demo + load all {n} KPI series",
                f"{load_ms:.1f} ms",
                "≤ 100 ms",
                _verdict(load_ms <= 100),
            )
        )
        rows += startup_rows(demo, _verdict)
        store_ms, raw_ms = bench_insert(folder)
        ratio = store_ms / raw_ms
        rows.append(("insert 100 000 values: store", f"{store_ms:.0f} ms", "", ""))
        rows.append(("insert 100 000 values: raw sqlite3", f"{raw_ms:.0f} ms", "", ""))
        rows.append(("  store / raw", f"{ratio:.2f}×", "≤ 1.5×", _verdict(ratio <= 1.5)))
        rows += report_rows(demo, _verdict)
        grid_ms, all_ms = bench_grid_repaint(folder)
        ok = _verdict(grid_ms <= 30)
        rows.append(("entry grid 50×36, full-HD repaint", f"{grid_ms:.1f} ms", "≤ 30 ms", ok))
        rows.append(("  … every cell on screen at once", f"{all_ms:.1f} ms", "", ""))
        rows += detail_rows(_verdict)
        measured_rows = [*bench_dashboard(folder), *import_rows(folder), *bench_team(folder, demo)]
        for name, measured, budget, ok in measured_rows:
            rows.append((name, measured, budget, "" if ok is None else _verdict(ok)))
    _print_table(rows)
    return 0 if all(r[3] != "OVER" for r in rows) else 1


def _verdict(ok: bool) -> str:
    return "ok" if ok else "OVER"


def _print_table(rows: list[tuple[str, str, str, str]]) -> None:
    header = ("benchmark", "measured", "budget", "")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(4)]
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())


if __name__ == "__main__":
    sys.exit(main())
