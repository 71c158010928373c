"""Create the demo business in a new file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from kpidesk.demo import series
from kpidesk.demo.competitors import add_competitors
from kpidesk.demo.content import (
    BUSINESS_NAME,
    CHANNEL_NAMES,
    GOALS,
    KPIS,
    PEOPLE,
    RETIRED,
    REVIEWS,
    KpiSpec,
)
from kpidesk.demo.events import Events, plan_events
from kpidesk.domain.entities import (
    Benchmark,
    Business,
    Goal,
    Kpi,
    Review,
    ReviewDecision,
    Scale,
    Target,
)
from kpidesk.domain.periods import Period, periods_between
from kpidesk.domain.types import (
    CHANNEL_DIMENSION,
    CHANNELS,
    BenchmarkKind,
    Frequency,
    ReviewScope,
)
from kpidesk.store import (
    benchmarks,
    business,
    causes,
    goals,
    kpis,
    measurements,
    reviews,
    targets,
)
from kpidesk.store.connection import Store, create_database
from kpidesk.store.measurements import ValueRow

LANGUAGES = ("nb", "en")


@dataclass(frozen=True)
class Timeline:
    """The span the demo covers: whole months up to the last one that ended."""

    first_day: date
    last_day: date
    midway: Period  # the month the revenue target was raised
    retirement: Period  # the month the flyers KPI was retired

    @staticmethod
    def ending_before(today: date, years: int) -> Timeline:
        last_month = Period.containing(Frequency.MONTH, today).prev()
        first_month = last_month.shift(-(12 * years - 1))
        return Timeline(
            first_month.start,
            last_month.end,
            first_month.shift(6 * years),
            last_month.shift(-11),
        )

    def periods(self, frequency: Frequency) -> list[Period]:
        """The periods of `frequency` that lie in the span and have ended."""
        found = periods_between(frequency, self.first_day, self.last_day)
        return [p for p in found if p.start >= self.first_day and p.end <= self.last_day]


def create_demo(path: Path, lang: str = "nb", years: int = 3, today: date | None = None) -> Store:
    """Write the demo business into a new file at `path` and return it open."""
    if lang not in LANGUAGES:
        raise ValueError(f"language must be nb or en, not {lang!r}")
    if not 1 <= years <= 20:
        raise ValueError("the demo covers 1 to 20 years")
    timeline = Timeline.ending_before(today or date.today(), years)
    store = create_database(path)
    try:
        store.user = PEOPLE[0][0]
        with store.write():
            _fill(store, lang, timeline)
    except BaseException:
        store.close()
        path.unlink(missing_ok=True)
        raise
    return store


def _fill(store: Store, lang: str, timeline: Timeline) -> None:
    business.save_business(store, Business(BUSINESS_NAME, "hospitality", "NOK", 1, lang, "small"))
    people = [business.add_person(store, name, email, role[lang]) for name, email, role in PEOPLE]
    for code in CHANNELS:
        business.ensure_segment(store, code, CHANNEL_DIMENSION, CHANNEL_NAMES[code][lang])
    goal_ids = _add_goals(store, lang, timeline, [p.id for p in people])
    kpi_ids = {}
    for spec in KPIS:
        kpi = kpis.add_kpi(store, _kpi(spec, lang, people[spec.owner].id))
        kpi_ids[spec.code] = kpi.id
        for key in spec.goals:
            goals.link_kpi(store, goal_ids[key], kpi.id)
        _add_targets(store, spec, kpi.id, timeline)
    events = plan_events(timeline.last_day, lang)
    measurements.write_values(store, _values(kpi_ids, timeline, events), source="demo")
    _tag_causes(store, kpi_ids, events)
    _retire(store, kpi_ids, lang, timeline)
    _add_benchmarks(store, kpi_ids, lang, timeline)
    add_competitors(store, kpi_ids, lang, timeline.last_day)
    _add_reviews(store, kpi_ids, lang, timeline)


def _add_goals(store: Store, lang: str, timeline: Timeline, people: list[int]) -> dict[str, int]:
    ids = {}
    for spec in GOALS:
        goal = Goal(
            id=0,
            title=spec.title[lang],
            description=spec.description[lang],
            horizon=spec.horizon,
            area=spec.area,
            owner_id=people[spec.owner],
            due_date=date(timeline.last_day.year + spec.due_in_years, 12, 31),
        )
        ids[spec.key] = goals.add_goal(store, goal).id
    return ids


def _kpi(spec: KpiSpec, lang: str, owner_id: int) -> Kpi:
    scale = None
    if spec.scale is not None:
        low, high, labels = spec.scale
        scale = Scale(low, high, {low + i: t for i, t in enumerate(labels[lang]) if t})
    return Kpi(
        id=0,
        code=spec.code,
        name=spec.name[lang],
        definition=spec.definition[lang],
        area=spec.area,
        kind=spec.kind,
        timing=spec.timing,
        unit=spec.unit,
        decimals=spec.decimals,
        direction=spec.direction,
        frequency=spec.frequency,
        rollup=spec.rollup,
        formula=spec.formula,
        scale=scale,
        data_source=spec.source[lang],
        owner_id=owner_id,
        library_code=spec.library_code,
        dimension=spec.dimension,
        drives=spec.drives,
    )


def _add_targets(store: Store, spec: KpiSpec, kpi_id: int, timeline: Timeline) -> None:
    realistic, stretch, warning = spec.targets
    start = Period.containing(spec.frequency, timeline.first_day).start
    targets.set_target(store, Target(kpi_id, start, realistic, stretch, warning))
    if spec.code == "REVENUE":
        raised = Target(kpi_id, timeline.midway.start, 950_000, 1_050_000, 870_000)
        targets.set_target(store, raised)


def _values(kpi_ids: dict[str, int], timeline: Timeline, events: Events) -> list[ValueRow]:
    rows: list[ValueRow] = []
    daily = _web_values(kpi_ids, timeline, events, rows)
    for spec in KPIS:
        if spec.code in ("WEB_VISITS", "WEB_ORDERS", "CONVERSION_RATE"):
            continue
        for period in timeline.periods(spec.frequency):
            if spec.code == "FLYERS" and period.end >= timeline.retirement.start:
                break
            value = _value(spec.code, period, daily)
            value, comment = events.apply(spec.code, "", period, value)
            rows.append(ValueRow(kpi_ids[spec.code], period.start, value, "", comment))
    return rows


def _web_values(
    kpi_ids: dict[str, int], timeline: Timeline, events: Events, rows: list[ValueRow]
) -> dict[Period, float]:
    """Daily visits and orders per channel and in total; returns orders per month."""
    month_orders: dict[Period, float] = {}
    for day in timeline.periods(Frequency.DAY):
        total_visits = total_orders = 0.0
        for channel in CHANNELS:
            visits, comment = events.apply("WEB_VISITS", channel, day, series.visits(day, channel))
            orders = series.orders(day, channel, visits or 0)
            rows.append(ValueRow(kpi_ids["WEB_VISITS"], day.start, visits, channel, comment))
            rows.append(ValueRow(kpi_ids["WEB_ORDERS"], day.start, orders, channel))
            total_visits += visits or 0
            total_orders += orders
        rows.append(ValueRow(kpi_ids["WEB_VISITS"], day.start, total_visits))
        rows.append(ValueRow(kpi_ids["WEB_ORDERS"], day.start, total_orders))
        month = day.parent(Frequency.MONTH)
        month_orders[month] = month_orders.get(month, 0.0) + total_orders
    return month_orders


def _value(code: str, period: Period, month_orders: dict[Period, float]) -> float:
    if code == "ONLINE_REVENUE":
        return series.online_revenue(period, month_orders[period])
    if code == "REVENUE":
        online = series.online_revenue(period, month_orders[period])
        return round(series.cafe_revenue(period) + online, -2)
    return series.simple_value(code, period)


def _tag_causes(store: Store, kpi_ids: dict[str, int], events: Events) -> None:
    """The cause tags of the events (a tag the defaults lack is added, as an owner would)."""
    known = {tag.name: tag.id for tag in causes.list_causes(store)}
    for code, segment, label, names in events.tagged():
        for name in names:
            if name not in known:
                known[name] = causes.add_cause(store, name).id
        tags = [known[name] for name in names]
        causes.set_value_causes(store, kpi_ids[code], Period.parse(label), tags, segment)


def _retire(store: Store, kpi_ids: dict[str, int], lang: str, timeline: Timeline) -> None:
    for code, (reason, successor) in RETIRED.items():
        kpis.retire_kpi(
            store, kpi_ids[code], timeline.retirement.start, reason[lang], kpi_ids[successor]
        )


def _add_benchmarks(store: Store, kpi_ids: dict[str, int], lang: str, timeline: Timeline) -> None:
    source = {
        "nb": "Eksempeltall i demoen – ikke en ekte kilde",
        "en": "Example figure in the demo – not a real source",
    }[lang]
    as_of = date(timeline.last_day.year, 1, 1)
    industry = {
        "nb": "Bransjesnitt for nettbutikker (eksempeltall)",
        "en": "Web shop industry average (example figure)",
    }[lang]
    competitor = {"nb": "Kaffekoppen AS (eksempeltall)", "en": "Kaffekoppen AS (example figure)"}[
        lang
    ]
    benchmarks.add_benchmark(
        store,
        Benchmark(
            0,
            kpi_ids["CONVERSION_RATE"],
            BenchmarkKind.INDUSTRY,
            industry,
            1.9,
            as_of,
            source,
            True,
        ),
    )
    benchmarks.add_benchmark(
        store,
        Benchmark(
            0,
            kpi_ids["CUSTOMER_SATISFACTION"],
            BenchmarkKind.COMPETITOR,
            competitor,
            4.2,
            as_of,
            source,
            True,
        ),
    )


def _add_reviews(store: Store, kpi_ids: dict[str, int], lang: str, timeline: Timeline) -> None:
    for spec in REVIEWS:
        month = {
            "midway": timeline.midway.prev(),
            "retirement": timeline.retirement.prev(),
            "last": Period.containing(Frequency.MONTH, timeline.last_day),
        }[spec.when]
        held_on = month.start + timedelta(days=19)
        decisions = tuple(
            ReviewDecision(kpi_ids[code], decision, note[lang])
            for code, decision, note in spec.decisions
        )
        reviews.add_review(
            store,
            Review(
                0,
                held_on,
                ReviewScope.ALL if spec.scope_kpi is None else ReviewScope.KPI,
                spec.notes[lang],
                kpi_id=kpi_ids.get(spec.scope_kpi or ""),
                next_review=held_on + timedelta(days=91),
                decisions=decisions,
            ),
        )
