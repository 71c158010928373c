"""Ordered schema upgrades, each in one transaction, each safe to re-run.

Version 1 is the first released schema. A fresh file is created straight from
the models at `LATEST`; an older file runs the steps after its version, with a
backup taken by the caller first. On SQLite, foreign keys are switched off
while steps run, because rebuilding a parent table (SQLite cannot alter a
constraint) would otherwise cascade-delete or orphan its children; row counts
and `foreign_key_check` are verified before each step commits.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from peewee import Database, SqliteDatabase

from kpidesk import __version__
from kpidesk.domain.causes import DEFAULT_CAUSES
from kpidesk.store.errors import MigrationError


@dataclass(frozen=True)
class Step:
    version: int
    description: str
    apply: Callable[[Database], None]


def _columns(db: Database, table: str) -> set[str]:
    return {column.name for column in db.get_columns(table)}


def _rebuild_sqlite_table(db: Database, table: str, create_sql: str, index_sql: list[str]) -> None:
    """Rebuild `table` with a new definition, keeping every row (SQLite's 12-step recipe)."""
    new = f"{table}__new"
    db.execute_sql(f'DROP TABLE IF EXISTS "{new}"')
    db.execute_sql(create_sql.replace(f'CREATE TABLE "{table}"', f'CREATE TABLE "{new}"', 1))
    shared = sorted(_columns(db, table) & _columns(db, new))
    column_list = ", ".join(f'"{c}"' for c in shared)
    db.execute_sql(f'INSERT INTO "{new}" ({column_list}) SELECT {column_list} FROM "{table}"')
    db.execute_sql(f'DROP TABLE "{table}"')
    db.execute_sql(f'ALTER TABLE "{new}" RENAME TO "{table}"')
    for sql in index_sql:
        db.execute_sql(sql)


# Frozen copies of the DDL a step creates: a step must not change meaning when
# the models move on.
_KPI_V2_SQLITE = (
    'CREATE TABLE "kpi" ("id" INTEGER NOT NULL PRIMARY KEY, "code" VARCHAR(255) NOT NULL, '
    '"name" VARCHAR(255) NOT NULL, "definition" TEXT NOT NULL, "area" VARCHAR(255) NOT NULL, '
    '"kind" VARCHAR(255) NOT NULL, "timing" VARCHAR(255) NOT NULL, "unit" VARCHAR(255) NOT NULL, '
    '"decimals" INTEGER NOT NULL, "direction" VARCHAR(255) NOT NULL, '
    '"frequency" VARCHAR(255) NOT NULL, "rollup" VARCHAR(255) NOT NULL, "formula" TEXT NOT NULL, '
    '"scale_min" REAL, "scale_max" REAL, "scale_labels" TEXT NOT NULL, '
    '"data_source" TEXT NOT NULL, "owner_id" INTEGER, "library_code" VARCHAR(255) NOT NULL, '
    '"dimension" VARCHAR(255) NOT NULL, "baseline" REAL, "retired_on" DATE, '
    '"retired_reason" TEXT NOT NULL, "replaced_by_id" INTEGER, "drives" TEXT NOT NULL, '
    '"sort_order" INTEGER NOT NULL, "created_at" DATETIME NOT NULL, '
    'FOREIGN KEY ("owner_id") REFERENCES "person" ("id") ON DELETE SET NULL, '
    'FOREIGN KEY ("replaced_by_id") REFERENCES "kpi" ("id") ON DELETE SET NULL, '
    "CHECK (kind IN ('quantitative', 'qualitative')), CHECK (timing IN ('leading', 'lagging')), "
    "CHECK (direction IN ('higher', 'lower', 'range')), "
    "CHECK (frequency IN ('day', 'week', 'month', 'quarter', 'year')), "
    "CHECK (rollup IN ('sum', 'mean', 'last', 'min', 'max')), CHECK (decimals BETWEEN 0 AND 6))"
)
_KPI_V2_INDEXES = [
    'CREATE UNIQUE INDEX IF NOT EXISTS "kpi_code" ON "kpi" ("code")',
    'CREATE INDEX IF NOT EXISTS "kpi_owner_id" ON "kpi" ("owner_id")',
    'CREATE INDEX IF NOT EXISTS "kpi_replaced_by_id" ON "kpi" ("replaced_by_id")',
]
_KPI_V2_CHECKS = {
    "kpi_kind_check": "kind IN ('quantitative', 'qualitative')",
    "kpi_timing_check": "timing IN ('leading', 'lagging')",
    "kpi_direction_check": "direction IN ('higher', 'lower', 'range')",
    "kpi_frequency_check": "frequency IN ('day', 'week', 'month', 'quarter', 'year')",
    "kpi_rollup_check": "rollup IN ('sum', 'mean', 'last', 'min', 'max')",
    "kpi_decimals_check": "decimals BETWEEN 0 AND 6",
}


def _v2_checks_and_row_versions(db: Database) -> None:
    """KPI columns constrained to their vocabularies; a version per value for edit conflicts."""
    if "version" not in _columns(db, "measurement"):
        # Plain SQL that SQLite and PostgreSQL both accept; it keeps the column's
        # SQL default, which Peewee's migrator would drop.
        db.execute_sql('ALTER TABLE "measurement" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1')
    if isinstance(db, SqliteDatabase):
        _rebuild_sqlite_table(db, "kpi", _KPI_V2_SQLITE, _KPI_V2_INDEXES)
        return
    existing = {row[0] for row in db.execute_sql("SELECT conname FROM pg_constraint").fetchall()}
    for name, check in _KPI_V2_CHECKS.items():
        if name not in existing:
            db.execute_sql(f'ALTER TABLE "kpi" ADD CONSTRAINT "{name}" CHECK ({check})')


# Frozen SQLite DDL of step 3; `_for_engine` writes it for PostgreSQL.
_V3_SQLITE = [
    'CREATE TABLE IF NOT EXISTS "period_close" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"closed_through" DATE, "action" VARCHAR(255) NOT NULL, "at" DATETIME NOT NULL, '
    '"who" VARCHAR(255) NOT NULL, "note" TEXT NOT NULL)',
    'CREATE TABLE IF NOT EXISTS "cause_tag" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"name" VARCHAR(255) NOT NULL, "sort_order" INTEGER NOT NULL)',
    'CREATE UNIQUE INDEX IF NOT EXISTS "cause_tag_name" ON "cause_tag" ("name")',
    'CREATE TABLE IF NOT EXISTS "value_tag" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"kpi_id" INTEGER NOT NULL, "segment" VARCHAR(255) NOT NULL, "period_start" DATE NOT NULL, '
    '"tag_id" INTEGER NOT NULL, FOREIGN KEY ("kpi_id") REFERENCES "kpi" ("id"), '
    'FOREIGN KEY ("tag_id") REFERENCES "cause_tag" ("id") ON DELETE CASCADE)',
    'CREATE INDEX IF NOT EXISTS "value_tag_tag_id" ON "value_tag" ("tag_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "value_tag_kpi_id_segment_period_start_tag_id" '
    'ON "value_tag" ("kpi_id", "segment", "period_start", "tag_id")',
    'CREATE TABLE IF NOT EXISTS "competitor" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"name" VARCHAR(255) NOT NULL, "note" TEXT NOT NULL)',
    'CREATE UNIQUE INDEX IF NOT EXISTS "competitor_name" ON "competitor" ("name")',
    'CREATE TABLE IF NOT EXISTS "competitor_value" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"competitor_id" INTEGER NOT NULL, "kpi_id" INTEGER NOT NULL, "as_of" DATE NOT NULL, '
    '"value" REAL NOT NULL, "source" TEXT NOT NULL, '
    'FOREIGN KEY ("competitor_id") REFERENCES "competitor" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("kpi_id") REFERENCES "kpi" ("id"))',
    'CREATE INDEX IF NOT EXISTS "competitor_value_competitor_id" '
    'ON "competitor_value" ("competitor_id")',
    'CREATE INDEX IF NOT EXISTS "competitor_value_kpi_id" ON "competitor_value" ("kpi_id")',
]


def _for_engine(db: Database, sql: str) -> str:
    if isinstance(db, SqliteDatabase):
        return sql
    return (
        sql.replace('"id" INTEGER NOT NULL PRIMARY KEY', '"id" SERIAL NOT NULL PRIMARY KEY')
        .replace(" REAL", " DOUBLE PRECISION")
        .replace(" DATETIME", " TIMESTAMP")
    )


def _v3_review_cycle(db: Database) -> None:
    """Closed periods, cause tags on values (seeded in the business's language), competitors."""
    for sql in _V3_SQLITE:
        db.execute_sql(_for_engine(db, sql))
    if db.execute_sql('SELECT COUNT(*) FROM "cause_tag"').fetchone()[0]:
        return
    row = db.execute_sql('SELECT language FROM "business" ORDER BY id LIMIT 1').fetchone()
    names = DEFAULT_CAUSES.get(row[0] if row else "en", DEFAULT_CAUSES["en"])
    p = db.param
    for order, name in enumerate(names):
        db.execute_sql(
            f'INSERT INTO "cause_tag" (name, sort_order) VALUES ({p}, {p})', (name, order)
        )


def _v4_kpi_in_use_from(db: Database) -> None:
    """A KPI may start being used on a date (a replacement decided in a review)."""
    if "active_from" not in _columns(db, "kpi"):
        # Frozen DDL; plain SQL that SQLite and PostgreSQL both accept.
        db.execute_sql('ALTER TABLE "kpi" ADD COLUMN "active_from" DATE')


STEPS: tuple[Step, ...] = (
    Step(
        2,
        "KPI fields checked against their vocabularies; values carry a version",
        _v2_checks_and_row_versions,
    ),
    Step(3, "Closing periods, cause tags on values, competitors", _v3_review_cycle),
    Step(4, "KPIs in use from a date (replacements decided in reviews)", _v4_kpi_in_use_from),
)
LATEST = STEPS[-1].version if STEPS else 1


def current_version(db: Database) -> int:
    """The schema version a database is at (0 for a database without our tables)."""
    if not db.table_exists("schema_version"):
        return 0
    row = db.execute_sql("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def record_version(db: Database, version: int) -> None:
    """Note that the schema is now at `version`."""
    p = db.param
    db.execute_sql(
        "INSERT INTO schema_version (version, applied_at, app_version) "
        f"VALUES ({p}, {p}, {p}) ON CONFLICT (version) DO NOTHING",
        (version, datetime.now().isoformat(sep=" ", timespec="seconds"), __version__),
    )


def _row_counts(db: Database) -> dict[str, int]:
    return {
        table: db.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
        for table in db.get_tables()
        if not table.endswith("__new")
    }


def _run_step(db: Database, step: Step) -> None:
    before = _row_counts(db)
    with db.atomic():
        step.apply(db)
        after = _row_counts(db)
        lost = {t: (n, after.get(t)) for t, n in before.items() if after.get(t) != n}
        if lost:
            raise MigrationError(f"step {step.version} would change row counts {lost}")
        if isinstance(db, SqliteDatabase):
            broken = db.execute_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise MigrationError(f"step {step.version} broke {len(broken)} references")
        record_version(db, step.version)


def run_migrations(
    db: Database, from_version: int, steps: tuple[Step, ...] | None = None
) -> list[int]:
    """Apply every step after `from_version`; return the versions applied."""
    steps = STEPS if steps is None else steps
    applied = []
    sqlite = isinstance(db, SqliteDatabase)
    if sqlite:
        # Must be outside a transaction, where SQLite ignores it.
        db.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        for step in steps:
            if step.version > from_version:
                _run_step(db, step)
                applied.append(step.version)
    except MigrationError:
        raise
    except Exception as exc:
        raise MigrationError(f"upgrading to schema {step.version} failed: {exc}") from exc
    finally:
        if sqlite:
            db.execute_sql("PRAGMA foreign_keys = ON")
    return applied
