"""A short description of what a file holds, for the command line and logs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kpidesk.store.business import get_business
from kpidesk.store.connection import Store


@dataclass(frozen=True)
class FileSummary:
    business: str
    language: str
    goals: int
    kpis: int
    retired_kpis: int
    values: int
    first_period: date | None
    last_period: date | None


def summarize(store: Store) -> FileSummary:
    """Counts of what the file holds and the span of its values."""

    def scalar(sql: str) -> object:
        return store.db.execute_sql(sql).fetchone()[0]

    business = get_business(store)
    first, last = store.db.execute_sql(
        "SELECT MIN(period_start), MAX(period_start) FROM measurement"
    ).fetchone()
    return FileSummary(
        business=business.name,
        language=business.language,
        goals=int(scalar("SELECT COUNT(*) FROM goal WHERE archived_on IS NULL")),
        kpis=int(scalar("SELECT COUNT(*) FROM kpi WHERE retired_on IS NULL")),
        retired_kpis=int(scalar("SELECT COUNT(*) FROM kpi WHERE retired_on IS NOT NULL")),
        values=int(scalar("SELECT COUNT(*) FROM measurement WHERE value IS NOT NULL")),
        first_period=date.fromisoformat(str(first)) if first else None,
        last_period=date.fromisoformat(str(last)) if last else None,
    )
