"""What goes into the store comes back out as the same plain objects."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kpidesk.domain.entities import Benchmark, Goal, Kpi, Review, ReviewDecision, Scale, Target
from kpidesk.domain.targets import target_in_force
from kpidesk.domain.types import (
    Area,
    BenchmarkKind,
    Decision,
    Direction,
    Frequency,
    Horizon,
    KpiKind,
    ReviewScope,
    RollUp,
    Timing,
)
from kpidesk.store import benchmarks, business, changelog, goals, kpis, reviews, targets
from kpidesk.store.errors import StoreError

SATISFACTION = Kpi(
    id=0,
    code="CSAT",
    name="Kundetilfredshet",
    definition="Snitt 1–5 i undersøkelsen",
    area=Area.CUSTOMERS,
    kind=KpiKind.QUALITATIVE,
    timing=Timing.LAGGING,
    unit="score",
    decimals=1,
    direction=Direction.HIGHER,
    frequency=Frequency.QUARTER,
    rollup=RollUp.MEAN,
    scale=Scale(1, 5, {1: "Svært misfornøyd", 5: "Svært fornøyd"}),
    data_source="QR-skjema",
    drives=("REVENUE",),
)


def test_business_round_trip(store) -> None:
    saved = business.get_business(store)
    assert saved.name == "Testbutikken AS" and saved.currency == "NOK"
    business.save_business(store, replace(saved, fiscal_start_month=7, name="Fjord & Fjell AS"))
    again = business.get_business(store)
    assert (again.name, again.fiscal_start_month) == ("Fjord & Fjell AS", 7)
    logged = {(c.field, c.old, c.new) for c in changelog.list_changes(store)}
    assert ("fiscal_start_month", "1", "7") in logged


def test_kpi_round_trip_keeps_every_field(store) -> None:
    owner = business.add_person(store, "Åse Ødegård", role="Daglig leder")
    saved = kpis.add_kpi(store, replace(SATISFACTION, owner_id=owner.id))
    assert saved.id > 0
    assert kpis.get_kpi(store, saved.id) == saved
    assert kpis.kpi_by_code(store, "CSAT") == saved


def test_duplicate_code_is_refused(store) -> None:
    kpis.add_kpi(store, SATISFACTION)
    with pytest.raises(StoreError, match="code CSAT exists"):
        kpis.add_kpi(store, replace(SATISFACTION, name="Another"))
    assert len(kpis.list_kpis(store)) == 1


def test_formula_naming_unknown_code_is_refused(store) -> None:
    visits = kpis.add_kpi(store, Kpi(0, "VISITS", "Besøk"))
    bad = Kpi(0, "CONV", "Konvertering", formula="ORDERS / VISITS * 100")
    with pytest.raises(StoreError, match=r"ORDERS.*position 0"):
        kpis.add_kpi(store, bad)
    ok = kpis.add_kpi(store, replace(bad, formula=f"{visits.code} / 2"))
    assert ok.is_formula


def test_retire_keeps_history_and_hides_from_active_list(store) -> None:
    old = kpis.add_kpi(store, Kpi(0, "FLYERS", "Flygeblader"))
    new = kpis.add_kpi(store, Kpi(0, "MEMBERS", "Nye medlemmer"))
    kpis.retire_kpi(store, old.id, date(2026, 6, 1), "Ingen effekt", replaced_by_id=new.id)
    retired = kpis.get_kpi(store, old.id)
    assert retired.is_retired and retired.replaced_by_id == new.id
    assert [k.code for k in kpis.list_kpis(store, include_retired=False)] == ["MEMBERS"]
    fields = {c.field for c in changelog.list_changes(store, kpi_id=old.id)}
    assert {"retired_on", "retired_reason", "replaced_by_id"} <= fields


def test_goals_and_links(store) -> None:
    kpi = kpis.add_kpi(store, SATISFACTION)
    goal = goals.add_goal(store, Goal(0, "Flere faste kunder", horizon=Horizon.SHORT))
    goals.link_kpi(store, goal.id, kpi.id, weight=2.0)
    assert goals.get_goal(store, goal.id).kpi_ids == (kpi.id,)
    assert goals.get_goal(store, goal.id).kpi_weights == (2.0,)
    goals.archive_goal(store, goal.id, date(2026, 12, 31))
    assert goals.list_goals(store) == []
    assert goals.list_goals(store, include_archived=True)[0].archived_on == date(2026, 12, 31)
    goals.unlink_kpi(store, goal.id, kpi.id)
    assert goals.get_goal(store, goal.id).kpi_ids == ()
    with pytest.raises(StoreError, match="title"):
        goals.add_goal(store, Goal(0, "   "))


def test_changing_a_target_adds_a_row_and_keeps_the_old_one(store) -> None:
    kpi = kpis.add_kpi(store, SATISFACTION)
    targets.set_target(store, Target(kpi.id, date(2025, 1, 1), 4.2, 4.5, 4.0))
    targets.set_target(store, Target(kpi.id, date(2026, 1, 1), 4.4, 4.7, 4.1))
    history = targets.list_targets(store, kpi.id)
    assert [t.realistic for t in history] == [4.2, 4.4]
    assert target_in_force(history, date(2025, 7, 1)).realistic == 4.2
    assert target_in_force(history, date(2026, 7, 1)).realistic == 4.4
    with pytest.raises(StoreError, match="at least one value"):
        targets.set_target(store, Target(kpi.id, date(2027, 1, 1)))


def test_benchmarks_and_reviews(store) -> None:
    kpi = kpis.add_kpi(store, SATISFACTION)
    benchmarks.add_benchmark(
        store,
        Benchmark(
            0,
            kpi.id,
            BenchmarkKind.COMPETITOR,
            "Kaffekoppen",
            4.1,
            date(2026, 1, 1),
            "Google",
            False,
        ),
    )
    [bench] = benchmarks.list_benchmarks(store, kpi.id)
    assert (bench.label, bench.value, bench.kind) == ("Kaffekoppen", 4.1, BenchmarkKind.COMPETITOR)
    review = Review(
        0,
        date(2026, 3, 31),
        ReviewScope.ALL,
        "Første gjennomgang",
        next_review=date(2026, 6, 30),
        decisions=(ReviewDecision(kpi.id, Decision.ADJUST_TARGET, "Hev målet"),),
    )
    saved = reviews.add_review(store, review)
    assert reviews.list_reviews(store) == [saved]
