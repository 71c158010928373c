"""Effective-dated targets: a change adds a row, so old periods keep theirs."""

from __future__ import annotations

from dataclasses import replace

from kpidesk.domain.entities import Target
from kpidesk.store.changelog import log_change
from kpidesk.store.connection import Store, now
from kpidesk.store.errors import ConflictError, StoreError
from kpidesk.store.models import ChangeLogRow, KpiRow, TargetRow
from kpidesk.store.rows import target_from_row

_VALUES = ("realistic", "stretch", "warning", "low", "high")
_COMPARED = (*_VALUES, "note")
UNCHECKED = object()
"""`set_target(expected=UNCHECKED)`: write without comparing (the default)."""


def _describe(target: Target | TargetRow | None) -> str:
    if target is None:
        return ""
    parts = (f"{name}={getattr(target, name)}" for name in _VALUES)
    return ", ".join(p for p in parts if not p.endswith("=None"))


def set_target(store: Store, target: Target, *, expected: object = UNCHECKED) -> Target:
    """Put a target in force from `target.effective_from` on.

    Targets in force earlier stay as they are. Setting a target again for
    the same start date corrects that row (and the change log keeps the old one).
    `expected` is the target the client read for that KPI, segment and start
    date (None: it saw none); if the stored one differs now, ConflictError and
    nothing is written.
    """
    if all(getattr(target, name) is None for name in _VALUES):
        raise StoreError("A target needs at least one value (realistic, stretch or a range).")
    values = {name: getattr(target, name) for name in _VALUES}
    with store.write():
        row = TargetRow.get_or_none(
            (TargetRow.kpi == target.kpi_id)
            & (TargetRow.segment == target.segment)
            & (TargetRow.effective_from == target.effective_from)
        )
        if expected is not UNCHECKED and not _same(row, expected):
            raise _conflict(target, row)
        old = _describe(row)
        if row is None:
            row = TargetRow.create(
                kpi=target.kpi_id,
                segment=target.segment,
                effective_from=target.effective_from,
                note=target.note,
                created_at=now(),
                created_by=store.user,
                **values,
            )
        else:
            TargetRow.update(note=target.note, **values).where(TargetRow.id == row.id).execute()
        log_change(
            store,
            "target",
            row.id,
            "target",
            old,
            _describe(target),
            kpi_id=target.kpi_id,
            context=f"from {target.effective_from.isoformat()}",
        )
    return replace(target, id=row.id)


def _same(row: TargetRow | None, seen: object) -> bool:
    """Whether the stored row still holds what the client read (None: no row)."""
    if row is None or seen is None:
        return row is None and seen is None
    return all(getattr(row, name) == getattr(seen, name) for name in _COMPARED)


def _conflict(target: Target, row: TargetRow | None) -> ConflictError:
    name = KpiRow.get_by_id(target.kpi_id).name
    segment = f" ({target.segment})" if target.segment else ""
    subject = f"{name}{segment}, target from {target.effective_from.isoformat()}"
    if row is None:
        return ConflictError("target", subject, target, None)
    # Who stored it last: the change log's newest entry for the row, else its creator.
    last = (
        ChangeLogRow.select(ChangeLogRow.who, ChangeLogRow.at)
        .where((ChangeLogRow.entity == "target") & (ChangeLogRow.entity_id == row.id))
        .order_by(ChangeLogRow.id.desc())
        .first()
    )
    by, at = (last.who, last.at) if last else (row.created_by, row.created_at)
    return ConflictError("target", subject, target, target_from_row(row), by, at)


def list_targets(store: Store, kpi_id: int | None = None) -> list[Target]:
    """Targets oldest first, for one KPI or all."""
    query = TargetRow.select().order_by(TargetRow.kpi, TargetRow.segment, TargetRow.effective_from)
    if kpi_id is not None:
        query = query.where(TargetRow.kpi == kpi_id)
    return [target_from_row(row) for row in query]


def delete_target(store: Store, target_id: int) -> None:
    """Remove one target row: only to take back adding it (undo)."""
    with store.write():
        row = TargetRow.get_or_none(TargetRow.id == target_id)
        if row is None:
            raise StoreError(f"There is no target number {target_id}.")
        log_change(
            store,
            "target",
            row.id,
            "target deleted",
            _describe(row),
            "",
            kpi_id=row.kpi_id,
            context=f"from {row.effective_from.isoformat()}",
        )
        row.delete_instance()
