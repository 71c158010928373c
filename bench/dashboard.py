"""Budgets of Home: 50 tiles built and painted; 1 000 000 values to a painted dashboard."""

from __future__ import annotations

import os
import sqlite3
import statistics
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings

from kpidesk.domain.entities import Business, Goal, Kpi, Target
from kpidesk.domain.types import Frequency, RollUp
from kpidesk.store.business import ensure_segment, save_business
from kpidesk.store.connection import create_database, open_database
from kpidesk.store.goals import add_goal, link_kpi
from kpidesk.store.kpis import add_kpi
from kpidesk.store.targets import set_target

TODAY = date(2026, 11, 27)
TILES = 50
CHANNELS = ("seo", "ppc", "social", "email", "content")
DAILY_KPIS, DAYS = 45, 3704  # 45 KPIs × (total + 5 channels) × 3 704 days ≈ 1 000 000 values
MONTHLY_KPIS = TILES - DAILY_KPIS


def _big_file(path: Path) -> int:
    """50 KPIs in 5 goals: 45 daily ones split by channel over ten years, 5 monthly ones."""
    with create_database(path) as store:
        save_business(store, Business("Bench AS"))
        for code in CHANNELS:
            ensure_segment(store, code, "channel", code.upper())
        goals = [add_goal(store, Goal(0, f"Goal {g}")) for g in range(5)]
        ids = []
        for k in range(TILES):
            daily = k < DAILY_KPIS
            kpi = add_kpi(
                store,
                Kpi(
                    0,
                    f"K{k}",
                    f"KPI number {k}",
                    unit="NOK" if k % 2 else "count",
                    frequency=Frequency.DAY if daily else Frequency.MONTH,
                    rollup=RollUp.SUM,
                    dimension="channel" if daily else "",
                ),
            )
            target = 1000.0 * (31 if daily else 1)
            set_target(store, Target(kpi.id, date(2016, 1, 1), target, target * 1.2))
            link_kpi(store, goals[k % 5].id, kpi.id)
            ids.append(kpi.id)
    first = TODAY - timedelta(days=DAYS + 30)
    days = [(first + timedelta(days=d)).isoformat() for d in range(DAYS)]
    stamp = "2026-11-27 12:00:00"
    rows = []
    for n, kpi_id in enumerate(ids[:DAILY_KPIS]):
        for segment in ("", *CHANNELS):
            rows += [
                (kpi_id, segment, d, float(900 + (i * 7 + n) % 300), "", "bench", "b", stamp)
                for i, d in enumerate(days)
            ]
    months = [date(2016 + m // 12, m % 12 + 1, 1).isoformat() for m in range(130)]
    for kpi_id in ids[DAILY_KPIS:]:
        rows += [
            (kpi_id, "", m, 950.0 + i % 90, "", "bench", "b", stamp) for i, m in enumerate(months)
        ]
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("BEGIN IMMEDIATE")
    raw.executemany(
        "INSERT INTO measurement (kpi_id, segment, period_start, value, comment, source, "
        "entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    raw.execute("COMMIT")
    raw.close()
    return len(rows)


def _query_plans(path: Path) -> list[str]:
    """How SQLite reads the dashboard's queries (each must SEARCH an index, never SCAN)."""
    raw = sqlite3.connect(path)
    plans = []
    for sql in (
        "SELECT kpi_id, segment, period_start, value FROM measurement "
        "WHERE kpi_id IN (1, 2, 3) AND segment = '' AND period_start >= '2025-10-01' "
        "AND period_start <= '2026-10-31' ORDER BY period_start",
    ):
        plans += [row[-1] for row in raw.execute("EXPLAIN QUERY PLAN " + sql)]
    raw.close()
    return plans


def painted_home(
    app: object, settings: object, target: str | Path, repeat: int = 5
) -> tuple[list[float], list[float], int]:
    """(open-to-painted-Home ms, tiles-rebuilt ms, tile count) for a file or a team database."""
    from kpidesk.gui.context import AppContext
    from kpidesk.gui.screens.home import HomeScreen

    open_ms, tiles_ms, tile_count = [], [], 0
    for _ in range(repeat):
        context = AppContext(settings, "nb")
        start = time.perf_counter()
        context.store = open_database(target, read_only=True)
        screen = HomeScreen(context, today=TODAY)
        screen.resize(1920, 1080)
        screen.show()
        screen.repaint()
        app.processEvents()
        open_ms.append((time.perf_counter() - start) * 1000)
        # The tiles alone, from loaded data: what switching period or filter costs.
        start = time.perf_counter()
        screen._rebuild()
        for tile in screen.tiles:
            tile.repaint()
        app.processEvents()
        tiles_ms.append((time.perf_counter() - start) * 1000)
        tile_count = len(screen.tiles)
        screen.close()
        screen.deleteLater()
        context.store.close()
        app.processEvents()
    return open_ms, tiles_ms, tile_count


def bench_dashboard(folder: Path) -> list[tuple[str, str, str, bool | None]]:
    """Rows for bench/run.py: (name, measured, budget, within budget or None)."""
    from kpidesk.gui.app import make_application
    from kpidesk.gui.settings import Settings

    app = make_application()
    path = folder / "million.kpidesk"
    count = _big_file(path)
    plans = _query_plans(path)
    indexed = any("USING INDEX" in p for p in plans) and not any(
        p.startswith("SCAN") for p in plans
    )
    settings = Settings(QSettings(str(folder / "dash.ini"), QSettings.Format.IniFormat))
    open_ms, tiles_ms, tile_count = painted_home(app, settings, path)
    tiles, opened = statistics.median(tiles_ms), statistics.median(open_ms)
    return [
        (
            f"Home: {tile_count} tiles with sparklines built + painted",
            f"{tiles:.0f} ms",
            "≤ 150 ms",
            tiles <= 150,
        ),
        (f"open {count:,} values to a painted Home", f"{opened:.0f} ms", "≤ 1 s", opened <= 1000),
        ("  … its query SEARCHes the (kpi, segment, period) index", plans[0][:28], "", indexed),
    ]


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        for row in bench_dashboard(Path(tmp)):
            print(row)
