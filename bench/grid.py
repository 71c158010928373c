"""Budget: repainting the data-entry grid with 50 monthly KPIs × 36 periods."""

from __future__ import annotations

import os
import statistics
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale, QSettings

from kpidesk.domain.entities import Business, Kpi, Target
from kpidesk.domain.periods import Period, period_range
from kpidesk.domain.types import Frequency
from kpidesk.store.business import save_business
from kpidesk.store.connection import create_database, open_database
from kpidesk.store.kpis import add_kpi
from kpidesk.store.measurements import ValueRow, write_values
from kpidesk.store.targets import set_target

GRID_KPIS, GRID_MONTHS = 50, 36
TODAY = date(2026, 11, 27)


def _grid_file(path: Path) -> None:
    """50 monthly KPIs with targets and three years of values (a few left empty)."""
    months = list(
        period_range(
            Period(Frequency.MONTH, date(2023, 11, 1)), Period(Frequency.MONTH, date(2026, 10, 1))
        )
    )
    with create_database(path) as store:
        save_business(store, Business("Bench AS"))
        rows = []
        for k in range(GRID_KPIS):
            kpi = add_kpi(
                store, Kpi(0, f"K{k}", f"Monthly KPI number {k}", unit="NOK", decimals=k % 3)
            )
            set_target(store, Target(kpi.id, date(2023, 1, 1), realistic=1000.0, stretch=1200.0))
            rows += [
                ValueRow(
                    kpi.id, m.start, 800.0 + (k * 37 + i * 53) % 500, comment="" if i % 9 else "ok"
                )
                for i, m in enumerate(months)
                if (k + i) % 17
            ]
        write_values(store, rows, source="bench")


def bench_grid_repaint(folder: Path, repeat: int = 15) -> tuple[float, float]:
    """Median full repaints: (ms in a maximised full-HD window, ms with all 1 800 cells shown).

    A full-HD window shows about 30 rows × 16 periods. Showing every cell at
    once needs a 4000 × 1800 window; there the per-cell call from Qt into the
    Python delegate (and the model's flags) sets a floor of roughly 15 ms.
    """
    from kpidesk.gui.app import make_application
    from kpidesk.gui.context import AppContext
    from kpidesk.gui.screens.entry import DataEntryScreen
    from kpidesk.gui.settings import Settings

    path = folder / "grid.kpidesk"
    _grid_file(path)
    app = make_application()
    QLocale.setDefault(QLocale("nb_NO"))
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    context = AppContext(settings, "nb")
    context.store = open_database(path)
    screen = DataEntryScreen(context, today=TODAY)
    ui = screen.ui
    ui.from_combo.setCurrentIndex(ui.to_combo.currentIndex() - (GRID_MONTHS - 1))
    assert (screen.model.rowCount(), screen.model.columnCount()) == (GRID_KPIS, GRID_MONTHS)
    results = []
    try:
        for size in ((1920, 1080), _everything_size(screen)):
            screen.resize(*size)
            screen.show()
            app.processEvents()
            results.append(_median_repaint(screen.ui.grid.viewport(), repeat))
    finally:
        screen.close()
        context.store.close()
    return results[0], results[1]


def _everything_size(screen: object) -> tuple[int, int]:
    grid = screen.ui.grid
    width = grid.verticalHeader().sizeHint().width() + GRID_MONTHS * grid.columnWidth(0) + 60
    height = grid.horizontalHeader().sizeHint().height() + GRID_KPIS * grid.rowHeight(0) + 160
    return width, height


def _median_repaint(viewport: object, repeat: int) -> float:
    viewport.repaint()  # the first paint fills the model's cache of formatted cells
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        viewport.repaint()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        window_ms, all_ms = bench_grid_repaint(Path(tmp))
        print(f"window {window_ms:.1f} ms, all cells {all_ms:.1f} ms")
