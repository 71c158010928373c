"""Import of a 100 000-row long-format CSV: the whole path against csv + raw sqlite3."""

from __future__ import annotations

import csv
import sqlite3
import statistics
import time
from datetime import date, timedelta
from pathlib import Path

from kpidesk.domain.entities import Business, Kpi
from kpidesk.domain.types import Frequency, RollUp
from kpidesk.imports.plan import apply_plan, plan_file
from kpidesk.store.business import save_business
from kpidesk.store.connection import create_database, open_database
from kpidesk.store.kpis import add_kpi

KPIS, DAYS = 50, 2000  # 100 000 values
TODAY = date(2026, 11, 27)


def _empty_file(path: Path) -> None:
    with create_database(path) as store:
        save_business(store, Business("Bench AS"))
        for i in range(KPIS):
            add_kpi(store, Kpi(0, f"K{i}", f"KPI {i}", frequency=Frequency.DAY, rollup=RollUp.SUM))


def write_csv(path: Path) -> int:
    """A long-format file as `kpidesk export` writes it; returns its number of values."""
    first = date(2020, 1, 1)
    days = [(first + timedelta(days=d)).isoformat() for d in range(DAYS)]
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(("kpi", "segment", "period", "value", "comment"))
        for k in range(KPIS):
            writer.writerows(
                (f"K{k}", "", day, f"{d * 1.25 + k}", "") for d, day in enumerate(days)
            )
    return KPIS * DAYS


def _whole_path(db: Path, data: Path) -> float:
    start = time.perf_counter()
    with open_database(db) as store:
        plan = plan_file(store, data, today=TODAY)
        applied = apply_plan(store, plan)
    elapsed = (time.perf_counter() - start) * 1000
    assert plan.ok and applied.new == KPIS * DAYS, plan.problems[:3]
    return elapsed


def _raw(db: Path, data: Path) -> float:
    start = time.perf_counter()
    raw = sqlite3.connect(db, isolation_level=None)
    raw.execute("PRAGMA synchronous = 2")
    ids = dict(raw.execute("SELECT code, id FROM kpi"))
    stamp = "2026-11-27 12:00:00"
    with data.open(encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        next(rows)
        tuples = [
            (ids[kpi], segment, period, float(value), comment, data.name, "bench", stamp)
            for kpi, segment, period, value, comment in rows
        ]
    raw.execute("BEGIN IMMEDIATE")
    raw.executemany(
        "INSERT INTO measurement (kpi_id, segment, period_start, value, comment, source, "
        "entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        tuples,
    )
    raw.execute("COMMIT")
    raw.close()
    return (time.perf_counter() - start) * 1000


def bench_import(folder: Path, attempts: int = 5) -> tuple[float, float, float]:
    """(whole import ms, csv + raw sqlite3 ms, median ratio) for one file into fresh files.

    The two run in turns and each turn gives a ratio: the commit's fsync
    makes single timings on a shared disk vary by a third, the ratio less.
    """
    data = folder / "values.csv"
    write_csv(data)
    whole, raw = [], []
    for attempt in range(attempts):
        db = folder / f"import{attempt}.kpidesk"
        _empty_file(db)
        whole.append(_whole_path(db, data))
        db = folder / f"import-raw{attempt}.kpidesk"
        _empty_file(db)
        raw.append(_raw(db, data))
    ratio = statistics.median(w / r for w, r in zip(whole, raw, strict=True))
    return statistics.median(whole), statistics.median(raw), ratio


def rows(folder: Path) -> list[tuple[str, str, str, bool | None]]:
    """Table rows for bench/run.py: (benchmark, measured, budget, within budget)."""
    whole_ms, raw_ms, ratio = bench_import(folder)
    return [
        ("import 100 000-row CSV: whole path", f"{whole_ms:.0f} ms", "", None),
        ("import 100 000-row CSV: csv + raw sqlite3", f"{raw_ms:.0f} ms", "", None),
        ("  import / raw", f"{ratio:.2f}×", "≤ 2×", ratio <= 2.0),
    ]


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        for row in rows(Path(tmp)):
            print(*row[:3], "" if row[3] is None else ("ok" if row[3] else "OVER"), sep="  ")
