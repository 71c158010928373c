"""Cause tags ("season", "campaign paused" …) and the values they explain."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from peewee import IntegrityError, fn

from kpidesk.domain.causes import DEFAULT_CAUSES
from kpidesk.domain.periods import Period
from kpidesk.store.changelog import log_change
from kpidesk.store.connection import Store
from kpidesk.store.errors import PermissionDeniedError, StoreError
from kpidesk.store.models import CauseTagRow, ValueTagRow
from kpidesk.store.records import group_causes


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
    if not name.strip():
        raise StoreError("A cause tag needs a name.")
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
    """The tags explaining one value (replacing the ones it had).

    The change log keeps the tags' names, not their ids: a tag renamed or
    removed later leaves the history as it read then.
    """
    tag_ids = sorted(set(tag_ids))
    with store.write():
        key = (
            (ValueTagRow.kpi == kpi_id)
            & (ValueTagRow.segment == segment)
            & (ValueTagRow.period_start == period.start)
        )
        old = value_cause_ids(store, kpi_id, period.start, segment)
        if old == tag_ids:
            return
        names = _names()
        if ValueTagRow.delete().where(key).execute() < len(old):
            # Row security hides a refused DELETE's rows instead of raising.
            raise PermissionDeniedError(
                "The team database refused changing the causes of this value: your role "
                f"({store.role}) does not allow it for this KPI. Nothing was saved."
            )
        for tag_id in tag_ids:
            if tag_id not in names:
                raise StoreError(f"There is no cause tag number {tag_id}.")
            ValueTagRow.create(kpi=kpi_id, segment=segment, period_start=period.start, tag=tag_id)
        log_change(
            store,
            "value",
            None,
            "causes",
            ", ".join(names[t] for t in old if t in names),
            ", ".join(names[t] for t in tag_ids),
            kpi_id=kpi_id,
            context=f"{period.start.isoformat()} {segment}".strip(),
        )


def value_cause_ids(store: Store, kpi_id: int, start: date, segment: str = "") -> list[int]:
    """The ids of the tags explaining one value, in the tags' order."""
    query = (
        ValueTagRow.select(ValueTagRow.tag)
        .join(CauseTagRow)
        .where(
            (ValueTagRow.kpi == kpi_id)
            & (ValueTagRow.segment == segment)
            & (ValueTagRow.period_start == start)
        )
        .order_by(CauseTagRow.sort_order, CauseTagRow.id)
    )
    return [tag_id for (tag_id,) in query.tuples()]


def _names() -> dict[int, str]:
    return dict(CauseTagRow.select(CauseTagRow.id, CauseTagRow.name).tuples())


def value_causes(store: Store, kpi_id: int) -> dict[tuple[str, object], list[str]]:
    """Tag names per (segment, period start) of one KPI."""
    return causes_by_kpi(store, [kpi_id]).get(kpi_id, {})


def causes_by_kpi(
    store: Store,
    kpi_ids: Iterable[int] | None = None,
    first: date | None = None,
    last: date | None = None,
) -> dict[int, dict[tuple[str, date], list[str]]]:
    """Tag names per KPI, then per (segment, period start); periods starting first..last."""
    query = ValueTagRow.select(
        ValueTagRow.kpi, ValueTagRow.segment, ValueTagRow.period_start, CauseTagRow.name
    ).join(CauseTagRow)
    if kpi_ids is not None:
        query = query.where(ValueTagRow.kpi.in_(list(kpi_ids)))
    if first is not None:
        query = query.where(ValueTagRow.period_start >= first)
    if last is not None:
        query = query.where(ValueTagRow.period_start <= last)
    return group_causes(query.order_by(CauseTagRow.sort_order, CauseTagRow.id).tuples())


def cause_uses(store: Store) -> dict[int, int]:
    """How many values each tag explains (tags without uses are left out)."""
    query = ValueTagRow.select(ValueTagRow.tag, fn.COUNT(ValueTagRow.id)).group_by(ValueTagRow.tag)
    return dict(query.tuples())
