"""Peewee models: the tables of a KPIDesk file.

Only `kpidesk.store` imports this module; everything above it gets plain
domain objects. A fresh file is created from these models; an older file is
brought here by the steps in `migrations.py`, and a test checks both paths
give the same schema.
"""

from __future__ import annotations

from peewee import (
    SQL,
    BooleanField,
    CharField,
    Check,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from kpidesk.domain.types import (
    Direction,
    Frequency,
    KpiKind,
    RollUp,
    Timing,
)
from kpidesk.store.binding import DATABASE


def _one_of(column: str, values: type) -> Check:
    """A CHECK constraint that keeps a column inside an enum's values."""
    listed = ", ".join(f"'{v.value}'" for v in values)
    return Check(f"{column} IN ({listed})")


class BaseModel(Model):
    class Meta:
        database = DATABASE
        legacy_table_names = False


class SchemaVersion(BaseModel):
    version = IntegerField(primary_key=True)
    applied_at = DateTimeField()
    app_version = CharField()


class BusinessRow(BaseModel):
    name = CharField()
    industry = CharField(default="other")
    currency = CharField(default="NOK")
    fiscal_start_month = IntegerField(default=1)
    language = CharField(default="nb")
    size = CharField(default="")
    created_at = DateTimeField()

    class Meta:
        table_name = "business"


class PersonRow(BaseModel):
    name = CharField()
    email = CharField(default="")
    role = CharField(default="")

    class Meta:
        table_name = "person"


class SegmentRow(BaseModel):
    code = CharField(unique=True)
    dimension = CharField(default="")
    name = CharField(default="")
    sort_order = IntegerField(default=0)

    class Meta:
        table_name = "segment"


class GoalRow(BaseModel):
    title = CharField()
    description = TextField(default="")
    horizon = CharField(default="short")
    area = CharField(null=True)
    owner = ForeignKeyField(PersonRow, null=True, on_delete="SET NULL")
    due_date = DateField(null=True)
    archived_on = DateField(null=True)
    sort_order = IntegerField(default=0)
    created_at = DateTimeField()

    class Meta:
        table_name = "goal"


class KpiRow(BaseModel):
    code = CharField(unique=True)
    name = CharField()
    definition = TextField(default="")
    area = CharField(default="finance")
    kind = CharField(default="quantitative")
    timing = CharField(default="lagging")
    unit = CharField(default="")
    decimals = IntegerField(default=0)
    direction = CharField(default="higher")
    frequency = CharField(default="month")
    rollup = CharField(default="sum")
    formula = TextField(default="")
    scale_min = FloatField(null=True)
    scale_max = FloatField(null=True)
    scale_labels = TextField(default="")
    data_source = TextField(default="")
    owner = ForeignKeyField(PersonRow, null=True, on_delete="SET NULL")
    library_code = CharField(default="")
    dimension = CharField(default="")
    baseline = FloatField(null=True)
    retired_on = DateField(null=True)
    retired_reason = TextField(default="")
    replaced_by = ForeignKeyField("self", null=True, on_delete="SET NULL")
    drives = TextField(default="")
    sort_order = IntegerField(default=0)
    created_at = DateTimeField()
    # Last, like the column schema step 4 adds to older files.
    active_from = DateField(null=True)

    class Meta:
        table_name = "kpi"
        constraints = [
            _one_of("kind", KpiKind),
            _one_of("timing", Timing),
            _one_of("direction", Direction),
            _one_of("frequency", Frequency),
            _one_of("rollup", RollUp),
            Check("decimals BETWEEN 0 AND 6"),
        ]


class GoalKpiRow(BaseModel):
    goal = ForeignKeyField(GoalRow, on_delete="CASCADE")
    kpi = ForeignKeyField(KpiRow, on_delete="CASCADE")
    weight = FloatField(default=1.0)

    class Meta:
        table_name = "goal_kpi"
        indexes = ((("goal", "kpi"), True),)


class TargetRow(BaseModel):
    # The unique (kpi, segment, effective_from) index serves the foreign keys too;
    # extra single-column indexes would only slow down writes.
    kpi = ForeignKeyField(KpiRow, index=False)
    segment = ForeignKeyField(SegmentRow, field=SegmentRow.code, column_name="segment", index=False)
    effective_from = DateField()
    realistic = FloatField(null=True)
    stretch = FloatField(null=True)
    warning = FloatField(null=True)
    low = FloatField(null=True)
    high = FloatField(null=True)
    note = TextField(default="")
    created_at = DateTimeField()
    created_by = CharField(default="")

    class Meta:
        table_name = "target"
        indexes = ((("kpi", "segment", "effective_from"), True),)


class MeasurementRow(BaseModel):
    kpi = ForeignKeyField(KpiRow, index=False)
    segment = ForeignKeyField(SegmentRow, field=SegmentRow.code, column_name="segment", index=False)
    period_start = DateField()
    value = FloatField(null=True)
    comment = TextField(default="")
    source = CharField(default="manual")
    entered_by = CharField(default="")
    entered_at = DateTimeField()
    version = IntegerField(default=1, constraints=[SQL("DEFAULT 1")])

    class Meta:
        table_name = "measurement"
        indexes = ((("kpi", "segment", "period_start"), True),)


class BenchmarkRow(BaseModel):
    kpi = ForeignKeyField(KpiRow)
    segment = CharField(default="")
    kind = CharField()
    label = CharField()
    value = FloatField()
    as_of = DateField()
    source = TextField(default="")
    is_example = BooleanField(default=False)

    class Meta:
        table_name = "benchmark"


class ReviewRow(BaseModel):
    held_on = DateField()
    scope = CharField(default="all")
    goal = ForeignKeyField(GoalRow, null=True, on_delete="SET NULL")
    kpi = ForeignKeyField(KpiRow, null=True, on_delete="SET NULL")
    notes = TextField(default="")
    next_review = DateField(null=True)
    created_by = CharField(default="")

    class Meta:
        table_name = "review"


class ReviewDecisionRow(BaseModel):
    review = ForeignKeyField(ReviewRow, on_delete="CASCADE")
    kpi = ForeignKeyField(KpiRow)
    decision = CharField()
    note = TextField(default="")

    class Meta:
        table_name = "review_decision"


class ChangeLogRow(BaseModel):
    at = DateTimeField(index=True)
    who = CharField(default="")
    entity = CharField()
    entity_id = IntegerField(null=True)
    kpi_id = IntegerField(null=True, index=True)
    field = CharField(default="")
    context = CharField(default="")  # e.g. the period and segment of a changed value
    old = TextField(default="")
    new = TextField(default="")

    class Meta:
        table_name = "change_log"


class PeriodCloseRow(BaseModel):
    """Each close or reopen of periods; the newest row says what is closed now."""

    closed_through = DateField(null=True)
    action = CharField()
    at = DateTimeField()
    who = CharField(default="")
    note = TextField(default="")

    class Meta:
        table_name = "period_close"


class CauseTagRow(BaseModel):
    """A reusable explanation for a value off track: season, campaign paused …"""

    name = CharField(unique=True)
    sort_order = IntegerField(default=0)

    class Meta:
        table_name = "cause_tag"


class ValueTagRow(BaseModel):
    """A cause tag on one value, keyed like the value itself."""

    kpi = ForeignKeyField(KpiRow, index=False)
    segment = CharField(default="")
    period_start = DateField()
    tag = ForeignKeyField(CauseTagRow, on_delete="CASCADE")

    class Meta:
        table_name = "value_tag"
        indexes = ((("kpi", "segment", "period_start", "tag"), True),)


class CompetitorRow(BaseModel):
    name = CharField(unique=True)
    note = TextField(default="")

    class Meta:
        table_name = "competitor"


class CompetitorValueRow(BaseModel):
    """A competitor's public figure for one KPI (a rating, a price, followers) on a date."""

    competitor = ForeignKeyField(CompetitorRow, on_delete="CASCADE")
    kpi = ForeignKeyField(KpiRow)
    as_of = DateField()
    value = FloatField()
    source = TextField(default="")

    class Meta:
        table_name = "competitor_value"


MODELS: tuple[type[BaseModel], ...] = (
    SchemaVersion,
    BusinessRow,
    PersonRow,
    SegmentRow,
    GoalRow,
    KpiRow,
    GoalKpiRow,
    TargetRow,
    MeasurementRow,
    BenchmarkRow,
    ReviewRow,
    ReviewDecisionRow,
    ChangeLogRow,
    PeriodCloseRow,
    CauseTagRow,
    ValueTagRow,
    CompetitorRow,
    CompetitorValueRow,
)
