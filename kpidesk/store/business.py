"""The business itself, its people and its segments (e.g. marketing channels)."""

from __future__ import annotations

from dataclasses import asdict

from kpidesk.domain.entities import Business, Person, Segment
from kpidesk.store.causes import seed_causes
from kpidesk.store.changelog import log_field_changes
from kpidesk.store.connection import Store, now
from kpidesk.store.errors import StoreError
from kpidesk.store.models import BusinessRow, PersonRow, SegmentRow
from kpidesk.store.rows import BUSINESS_FIELDS, business_from_row, person_from_row, segment_from_row


def get_business(store: Store) -> Business:
    """The business this file describes."""
    row = BusinessRow.select().order_by(BusinessRow.id).first()
    if row is None:
        raise StoreError("This KPIDesk file has no business yet.")
    return business_from_row(row)


def save_business(store: Store, business: Business) -> Business:
    """Create or update the business (there is one per file)."""
    with store.write():
        row = BusinessRow.select().order_by(BusinessRow.id).first()
        if row is None:
            BusinessRow.create(created_at=now(), **asdict(business))
            seed_causes(store, business.language)
            return business
        changes = [(n, getattr(row, n), getattr(business, n)) for n in BUSINESS_FIELDS]
        log_field_changes(store, "business", row.id, changes)
        BusinessRow.update(**asdict(business)).where(BusinessRow.id == row.id).execute()
    return business


def add_person(store: Store, name: str, email: str = "", role: str = "") -> Person:
    """Add a KPI owner or team member."""
    with store.write():
        row = PersonRow.create(name=name, email=email, role=role)
    return Person(row.id, row.name, row.email, row.role)


def list_people(store: Store) -> list[Person]:
    """Everyone, by name."""
    return [person_from_row(r) for r in PersonRow.select().order_by(PersonRow.name)]


def ensure_segment(store: Store, code: str, dimension: str, name: str) -> Segment:
    """The segment with `code`, created if new (its name updated if changed)."""
    with store.write():
        row = SegmentRow.get_or_none(SegmentRow.code == code)
        if row is None:
            order = SegmentRow.select().count()
            row = SegmentRow.create(code=code, dimension=dimension, name=name, sort_order=order)
        elif (row.dimension, row.name) != (dimension, name):
            row.dimension, row.name = dimension, name
            row.save()
    return Segment(row.code, row.dimension, row.name)


def list_segments(store: Store, dimension: str | None = None) -> list[Segment]:
    """Segments in their order, without the total; optionally of one dimension."""
    query = SegmentRow.select().where(SegmentRow.code != "").order_by(SegmentRow.sort_order)
    if dimension is not None:
        query = query.where(SegmentRow.dimension == dimension)
    return [segment_from_row(r) for r in query]
