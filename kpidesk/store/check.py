"""`kpidesk check`: is a file sound, and does its content make sense?"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from peewee import Database

from kpidesk.domain.periods import Period
from kpidesk.domain.types import Frequency
from kpidesk.store.backup import read_only_uri
from kpidesk.store.header import read_header
from kpidesk.store.migrations import LATEST

_COUNTED = {
    "goal": "goals",
    "kpi": "KPIs",
    "measurement": "values",
    "target": "targets",
    "benchmark": "benchmarks",
    "review": "reviews",
}


@dataclass
class CheckReport:
    schema_version: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


def check_file(path: Path) -> CheckReport:
    """Check a KPIDesk file without changing a byte of it.

    Raises NotAKpideskFileError for files that are not KPIDesk files at all.
    """
    read_header(path)
    report = CheckReport()
    with closing(sqlite3.connect(read_only_uri(path), uri=True)) as db:
        try:
            _check_sqlite(db, report)
            if report.ok:
                _check_content(db, report)
        except sqlite3.DatabaseError as exc:
            report.errors.append(f"the file is damaged: {exc}")
    return report


def check_server(url: str, password: str | None = None) -> CheckReport:
    """Check a team database's content, read-only (the server keeps its pages sound).

    Raises NotAKpideskFileError for a database without a KPIDesk business.
    """
    from kpidesk.store.connection import open_database

    report = CheckReport()
    with open_database(url, read_only=True, password=password) as store:
        db = _Executor(store.db)
        report.schema_version = store.schema_version
        for table, label in _COUNTED.items():
            report.counts[label] = db.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
        if report.schema_version > LATEST:
            report.warnings.append(
                f"saved by a newer KPIDesk (schema {report.schema_version}, this version "
                f"knows up to {LATEST}); only the structure was checked"
            )
        _check_content(db, report)  # type: ignore[arg-type]
    return report


class _Executor:
    """sqlite3's `execute` over a Peewee database, so one content check serves both."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def execute(self, sql: str) -> Any:
        return self.db.execute_sql(sql)


def _check_sqlite(db: sqlite3.Connection, report: CheckReport) -> None:
    problems = [row[0] for row in db.execute("PRAGMA integrity_check")]
    if problems != ["ok"]:
        report.errors.extend(f"damaged: {p}" for p in problems[:10])
        return
    broken = db.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        report.errors.append(f"{len(broken)} rows refer to rows that do not exist")
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "schema_version" not in tables:
        report.errors.append("the file has no KPIDesk tables")
        return
    report.schema_version = db.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]
    if report.schema_version > LATEST:
        report.warnings.append(
            f"saved by a newer KPIDesk (file version {report.schema_version}, this version "
            f"knows up to {LATEST}); only the structure was checked"
        )
    for table, label in _COUNTED.items():
        report.counts[label] = db.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]


def _check_content(db: sqlite3.Connection, report: CheckReport) -> None:
    if report.schema_version > LATEST:
        return
    row = db.execute("SELECT fiscal_start_month FROM business LIMIT 1").fetchone()
    if row is None:
        report.errors.append("the file has no business")
        return
    fiscal_start = row[0]
    kpis = {k: (c, Frequency(f)) for k, c, f in db.execute("SELECT id, code, frequency FROM kpi")}
    _check_periods(db, kpis, fiscal_start, report)
    linked = {k for (k,) in db.execute("SELECT DISTINCT kpi_id FROM goal_kpi")}
    for kpi_id, (code, _) in sorted(kpis.items()):
        if kpi_id not in linked:
            report.warnings.append(f"KPI {code} serves no goal")
    for (code,) in db.execute(
        "SELECT k.code FROM target t JOIN kpi k ON k.id = t.kpi_id "
        "WHERE k.direction = 'higher' AND t.stretch < t.realistic"
    ):
        report.warnings.append(f"KPI {code} has a stretch target below its realistic target")


def _check_periods(
    db: sqlite3.Connection,
    kpis: dict[int, tuple[str, Frequency]],
    fiscal_start: int,
    report: CheckReport,
) -> None:
    """Every value must sit on the first day of a period of its KPI's frequency."""
    rows = db.execute("SELECT DISTINCT kpi_id, period_start FROM measurement")
    bad: dict[str, int] = {}
    for kpi_id, start in rows:
        code, frequency = kpis[kpi_id]
        try:
            Period(frequency, date.fromisoformat(str(start)), fiscal_start)
        except ValueError:
            bad[code] = bad.get(code, 0) + 1
    for code, count in bad.items():
        report.errors.append(f"KPI {code}: {count} value(s) do not start a period")
