"""Cause tags ("season", "campaign paused" …) and the values they explain."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from peewee import IntegrityError, fn

from kpidesk.domain.causes import DEFAULT_CAUSES
from kpidesk.domain.periods import Period
from kpidesk.store.changelog import log_change
from kpidesk.store.connection import Store
from kpidesk.store.errors import PermissionDeniedError, StoreError
from kpidesk.store.models import CauseTagRow, ValueTagRow


@dataclass(frozen=True)
class CauseTag:
    id: int
    name: str


def seed_causes(store: Store, language: str) -> None:
    """Give a business without tags the default ones in its language."""
    with store.write():
        if CauseTagRow.select().exists():
            return
        for order, name in enumerate(DEFAULT_CAUSES.get(language, DEFAULT_CAUSES["en"])):
            CauseTagRow.create(name=name, sort_order=order)


def list_causes(store: Store) -> list[CauseTag]:
    """The tags in their order."""
    query = CauseTagRow.select().order_by(CauseTagRow.sort_order, CauseTagRow.id)
    return [CauseTag(r.id, r.name) for r in query]


def add_cause(store: Store, name: str) -> CauseTag:
    """A new tag at the end of the list."""
    name = name.strip()
    if not name:
        raise StoreError("A cause tag needs a name.")
    with store.write():
        order = CauseTagRow.select(fn.COALESCE(fn.MAX(CauseTagRow.sort_order), -1)).scalar() + 1
        try:
            row = CauseTagRow.create(name=name, sort_order=order)
        except IntegrityError:
            raise StoreError(f"There is a cause tag called {name} already.") from None
        log_change(store, "cause_tag", row.id, "created", "", name)
    return CauseTag(row.id, name)


def rename_cause(store: Store, tag_id: int, name: str) -> None:
    """Rename a tag everywhere it is used."""
    with store.write():
        old = CauseTagRow.get_by_id(tag_id).name
        try:
            CauseTagRow.update(name=name.strip()).where(CauseTagRow.id == tag_id).execute()
        except IntegrityError:
            raise StoreError(f"There is a cause tag called {name} already.") from None
        log_change(store, "cause_tag", tag_id, "name", old, name)


def remove_cause(store: Store, tag_id: int) -> None:
    """Remove a tag (and its uses; the values themselves stay)."""
    with store.write():
        old = CauseTagRow.get_by_id(tag_id).name
        CauseTagRow.delete().where(CauseTagRow.id == tag_id).execute()
        log_change(store, "cause_tag", tag_id, "removed", old, "")


def set_value_causes(
    store: Store, kpi_id: int, period: Period, tag_ids: Iterable[int], segment: str = ""
) -> None:
    """The tags explaining one value (replacing the ones it had)."""
    tag_ids = sorted(set(tag_ids))
    with store.write():
        key = (
            (ValueTagRow.kpi == kpi_id)
            & (ValueTagRow.segment == segment)
            & (ValueTagRow.period_start == period.start)
        )
        old = sorted(r.tag_id for r in ValueTagRow.select().where(key))
        if ValueTagRow.delete().where(key).execute() < len(old):
            # Row security hides a refused DELETE's rows instead of raising.
            raise PermissionDeniedError(
                "The team database refused changing the causes of this value: your role "
                f"({store.role}) does not allow it for this KPI. Nothing was saved."
            )
        for tag_id in tag_ids:
            ValueTagRow.create(kpi=kpi_id, segment=segment, period_start=period.start, tag=tag_id)
        log_change(
            store,
            "value",
            None,
            "causes",
            old,
            tag_ids,
            kpi_id=kpi_id,
            context=f"{period.label()} {segment}".strip(),
        )


def value_causes(store: Store, kpi_id: int) -> dict[tuple[str, object], list[str]]:
    """Tag names per (segment, period start) of one KPI."""
    query = (
        ValueTagRow.select(ValueTagRow.segment, ValueTagRow.period_start, CauseTagRow.name)
        .join(CauseTagRow)
        .where(ValueTagRow.kpi == kpi_id)
        .order_by(CauseTagRow.sort_order)
    )
    result: dict[tuple[str, object], list[str]] = {}
    for segment, start, name in query.tuples():
        result.setdefault((segment, start), []).append(name)
    return result
