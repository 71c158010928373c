"""Closing periods after review: the values of a closed period cannot change until reopened.

One date says what is closed: every period that ends on or before it. Closing
moves it forward, reopening moves it back; both are kept as history and in the
change log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from kpidesk.store.changelog import log_change
from kpidesk.store.connection import Store, now
from kpidesk.store.errors import StoreError
from kpidesk.store.models import PeriodCloseRow


@dataclass(frozen=True)
class CloseEvent:
    action: str  # "close" or "reopen"
    closed_through: date | None
    at: datetime
    who: str
    note: str


def closed_through(store: Store | None) -> date | None:
    """The last day of the closed periods, or None when nothing is closed."""
    row = PeriodCloseRow.select().order_by(PeriodCloseRow.id.desc()).first()
    return row.closed_through if row else None


def close_periods(store: Store, through: date, note: str = "") -> None:
    """Close every period that ends on or before `through`."""
    with store.write():
        current = closed_through(store)
        if current is not None and through <= current:
            raise StoreError(f"Periods up to {current.isoformat()} are already closed.")
        _record(store, "close", through, current, note)


def reopen_periods(store: Store, back_to: date | None, note: str = "") -> None:
    """Reopen periods: afterwards only those ending on or before `back_to` stay closed."""
    with store.write():
        current = closed_through(store)
        if current is None or (back_to is not None and back_to >= current):
            raise StoreError("Those periods are not closed.")
        _record(store, "reopen", back_to, current, note)


def _record(
    store: Store, action: str, through: date | None, before: date | None, note: str
) -> None:
    PeriodCloseRow.create(
        closed_through=through, action=action, at=now(), who=store.user, note=note
    )
    log_change(store, "period_close", None, action, before or "", through or "", context=note)


def close_history(store: Store) -> list[CloseEvent]:
    """Every close and reopen, oldest first."""
    return [
        CloseEvent(r.action, r.closed_through, r.at, r.who, r.note)
        for r in PeriodCloseRow.select().order_by(PeriodCloseRow.id)
    ]
