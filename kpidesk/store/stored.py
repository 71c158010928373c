"""What a file holds already, looked up in bulk for an import's dry run and its export."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from kpidesk.store.connection import Store
from kpidesk.store.errors import StoreError

StoredKey = tuple[int, str, str]
"""(kpi id, segment code, period start as ISO text)."""

# SQLite allows 999 parameters in old builds and 32 766 in new ones; stay well below.
_CHUNK = 500


def require_open(store: Store) -> None:
    """Refuse a closed store: Peewee would silently reconnect without the file lock."""
    if store.db.is_closed():
        raise StoreError(f"{store.location} is closed; open it again to import or export.")


def stored_values(
    store: Store, kpi_ids: Iterable[int], first: date, last: date
) -> dict[StoredKey, tuple[float | None, str]]:
    """(value, comment) of every stored value of these KPIs with a period start in first…last."""
    require_open(store)
    ids = sorted(set(kpi_ids))
    found: dict[StoredKey, tuple[float | None, str]] = {}
    p = store.db.param
    for chunk in _chunks(ids):
        cursor = store.db.execute_sql(
            "SELECT kpi_id, segment, period_start, value, comment FROM measurement "
            f"WHERE kpi_id IN ({', '.join([p] * len(chunk))}) "
            f"AND period_start BETWEEN {p} AND {p}",
            (*chunk, first.isoformat(), last.isoformat()),
        )
        # PostgreSQL hands back a date, SQLite text: the key is always ISO text.
        found.update({(k, s, str(d)): (v, c or "") for k, s, d, v, c in cursor})
    return found


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]
