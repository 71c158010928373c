"""Benchmarks of the printed documents (called from bench/run.py).

- the demo scorecard made inside a running app (the file already open);
- the whole `kpidesk report` process against LibreOffice converting a workbook
  with the same numbers to PDF, both measured in this run;
- a scorecard of about 100 pages.
"""

from __future__ import annotations

import io
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from kpidesk.domain.entities import Business, Goal, Kpi, Target
from kpidesk.domain.periods import Period
from kpidesk.domain.types import Frequency, RollUp
from kpidesk.reports.api import write_scorecard_file
from kpidesk.reports.inputs import load_inputs
from kpidesk.reports.scorecard import render_scorecard
from kpidesk.reports.scorecard_data import ScorecardData, build_scorecard
from kpidesk.reports.words import Words
from kpidesk.store.business import save_business
from kpidesk.store.connection import create_database, open_database
from kpidesk.store.goals import add_goal, link_kpi
from kpidesk.store.kpis import add_kpi
from kpidesk.store.measurements import ValueRow, write_values
from kpidesk.store.targets import set_target

TODAY = date(2026, 11, 27)
PERIOD = Period.parse("2026-10")
BIG_KPIS = 360  # about 100 pages: a summary of ~17 pages, then ~4 KPI charts a page
Row = tuple[str, str, str, str]


def _median_ms(work, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def bench_in_app(demo: Path) -> float:
    """Load, compute and lay out the demo scorecard from an open file (as the app will)."""
    with open_database(demo, read_only=True) as store:

        def work() -> None:
            data = build_scorecard(load_inputs(store), PERIOD, TODAY)
            render_scorecard(data, io.BytesIO(), "nb")

        work()  # fonts are registered once per app run
        return _median_ms(work, 9)


def bench_from_loaded(demo: Path) -> float:
    """The same, with the series already in memory (as the dashboard holds them)."""
    with open_database(demo, read_only=True) as store:
        inputs = load_inputs(store)

    def work() -> None:
        render_scorecard(build_scorecard(inputs, PERIOD, TODAY), io.BytesIO(), "nb")

    work()
    return _median_ms(work, 9)


def bench_process(demo: Path, folder: Path) -> float:
    """The whole `kpidesk report` command as a user runs it."""
    command = [sys.executable, "-m", "kpidesk.cli", "report", str(demo), "--out"]
    command += [str(folder / "cli.pdf"), "--today", TODAY.isoformat()]

    def work() -> None:
        subprocess.run(command, check=True, capture_output=True)

    work()
    return _median_ms(work, 5)


def workbook_with_same_numbers(data: ScorecardData, folder: Path) -> Path:
    """The scorecard's numbers (summary and chart history) as .xlsx, or .csv without openpyxl."""
    words = Words("nb")
    head = ["KPI", "Faktisk", "Målverdi", "Strekkmål", "Avvik", "Forrige", "I fjor", "Status"]
    summary = [head]
    history = [["KPI", "Periode", "Faktisk", "Målverdi", "Strekkmål"]]
    for line in data.lines:
        target = line.target
        summary.append(
            [
                line.kpi.name,
                line.actual,
                target.realistic if target else None,
                target.stretch if target else None,
                line.variance,
                line.previous.change,
                line.last_year.change,
                words.t.status(line.status),
            ]
        )
        history += [
            [line.kpi.name, p.period.label(), p.actual, p.realistic, p.stretch]
            for p in line.history
        ]
    try:
        import openpyxl
    except ImportError:
        path = folder / "same-numbers.csv"
        text = "\n".join(",".join("" if v is None else str(v) for v in r) for r in summary)
        path.write_text(text, encoding="utf-8")
        return path
    book = openpyxl.Workbook()
    book.active.title = "Målekort"
    for row in summary:
        book.active.append(row)
    sheet = book.create_sheet("Historikk")
    for row in history:
        sheet.append(row)
    path = folder / "same-numbers.xlsx"
    book.save(path)
    return path


def bench_libreoffice(workbook: Path, folder: Path) -> float | None:
    """`soffice --headless --convert-to pdf` of the workbook; None without LibreOffice."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    profile = (folder / "lo-profile").as_uri()
    command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to"]
    command += ["pdf", "--outdir", str(folder / "lo"), str(workbook)]

    def work() -> None:
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    work()  # the first start writes LibreOffice's profile: not part of a conversion
    return _median_ms(work, 3)


def big_file(path: Path) -> Path:
    """BIG_KPIS monthly KPIs under three goals, three years of values each."""
    months = [PERIOD.shift(-i).start for i in range(36)]
    with create_database(path) as store:
        save_business(store, Business("Stor Bedrift AS"))
        goals = [add_goal(store, Goal(0, f"Mål nummer {n}")).id for n in range(1, 4)]
        rows = []
        for n in range(BIG_KPIS):
            kpi = add_kpi(
                store,
                Kpi(
                    0,
                    f"K{n}",
                    f"Nøkkeltall {n} med et navn",
                    unit="NOK",
                    frequency=Frequency.MONTH,
                    rollup=RollUp.SUM,
                ),
            )
            link_kpi(store, goals[n % 3], kpi.id)
            set_target(store, Target(kpi.id, months[-1], 1000.0 + n, 1200.0 + n))
            rows += [ValueRow(kpi.id, m, 900.0 + n + (i * 37) % 250) for i, m in enumerate(months)]
        write_values(store, rows, source="bench")
    return path


def bench_big(folder: Path) -> tuple[float, int]:
    path = big_file(folder / "big.kpidesk")
    start = time.perf_counter()
    written = write_scorecard_file(path, folder / "big.pdf", "2026-10", "nb", TODAY)
    return (time.perf_counter() - start) * 1000, written.pages


def report_rows(demo: Path, verdict) -> list[Row]:
    """The table rows of the document budgets."""
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="kpidesk-bench-reports-") as tmp:
        folder = Path(tmp)
        in_app = bench_in_app(demo)
        rows.append(
            (
                "demo scorecard in the app (load+build+PDF)",
                f"{in_app:.0f} ms",
                "≤ 120 ms",
                verdict(in_app <= 120),
            )
        )
        loaded = bench_from_loaded(demo)
        rows.append(
            (
                "  … data already loaded (Reports screen: new period/language)",
                f"{loaded:.0f} ms",
                "",
                "",
            )
        )
        process = bench_process(demo, folder)
        rows.append(("`kpidesk report` demo, whole process", f"{process:.0f} ms", "", ""))
        with open_database(demo, read_only=True) as store:
            data = build_scorecard(load_inputs(store), PERIOD, TODAY)
        workbook = workbook_with_same_numbers(data, folder)
        office = bench_libreoffice(workbook, folder)
        if office is None:
            rows.append(
                ("soffice --convert-to pdf (same numbers)", "LibreOffice not installed", "", "n/a")
            )
        else:
            ratio = office / process
            rows.append(
                (
                    f"soffice --convert-to pdf ({workbook.suffix}, same numbers)",
                    f"{office:.0f} ms",
                    "",
                    "",
                )
            )
            rows.append(
                ("  soffice / kpidesk report", f"{ratio:.1f}×", "≥ 5×", verdict(ratio >= 5))
            )
        big_ms, pages = bench_big(folder)
        rows.append(
            (
                f"scorecard of {pages} pages ({BIG_KPIS} KPIs)",
                f"{big_ms / 1000:.1f} s",
                "≤ 10 s",
                verdict(big_ms <= 10_000 and pages >= 100),
            )
        )
    return rows
