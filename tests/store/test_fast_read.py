"""The fast read-only path reads exactly what the Peewee queries read, or steps aside."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import fields, replace
from datetime import date
from pathlib import Path

import pytest
from peewee import DateField, DateTimeField

from kpidesk.domain.entities import Benchmark, Goal, Kpi, Review, ReviewDecision, Scale, Target
from kpidesk.domain.periods import Period
from kpidesk.domain.types import (
    Area,
    BenchmarkKind,
    Decision,
    Frequency,
    Horizon,
    ReviewScope,
    RollUp,
)
from kpidesk.reports.inputs import load_inputs, read_inputs
from kpidesk.store import fast_read
from kpidesk.store.benchmarks import add_benchmark
from kpidesk.store.business import add_person, ensure_segment, get_business, save_business
from kpidesk.store.causes import list_causes, set_value_causes
from kpidesk.store.connection import Store, open_database
from kpidesk.store.errors import NotAKpideskFileError, StoreError
from kpidesk.store.fast_read import FileContents, load_contents, read_contents
from kpidesk.store.goals import add_goal, archive_goal, link_kpi
from kpidesk.store.kpis import add_kpi, retire_kpi
from kpidesk.store.measurements import ValueRow, write_values
from kpidesk.store.migrations import LATEST
from kpidesk.store.models import MODELS
from kpidesk.store.reviews import add_review
from kpidesk.store.targets import set_target
from tests.store.test_migrations import make_v1_file

RECORD_TABLES = (  # read as records; measurement rows are tuples whose start becomes a Period
    "business",
    "person",
    "segment",
    "goal",
    "kpi",
    "goal_kpi",
    "target",
    "benchmark",
    "review",
    "review_decision",
    "cause_tag",
)


def _through_peewee(path: Path) -> FileContents:
    with open_database(path, read_only=True) as store:
        return load_contents(store)


def _assert_same(fast: FileContents | None, slow: FileContents) -> None:
    assert fast is not None
    for field in fields(FileContents):
        assert getattr(fast, field.name) == getattr(slow, field.name), field.name
    # the order of lists is part of the answer (display order, oldest first)
    assert [k.id for k in fast.kpis] == [k.id for k in slow.kpis]
    for key, values in fast.values.items():
        assert list(values) == list(slow.values[key]), key


def test_the_demo_reads_the_same_both_ways(demo_path: Path) -> None:
    fast = read_contents(demo_path)
    _assert_same(fast, _through_peewee(demo_path))
    assert fast is not None and len(fast.values) > 10 and fast.comments and fast.reviews


def _varied_file(store: Store) -> None:
    """Every kind of row a document reads, with the awkward values: dates, None, a scale."""
    save_business(store, replace(get_business(store), fiscal_start_month=7, currency="EUR"))
    owner = add_person(store, "Åse Ødegård", role="Daglig leder")
    add_person(store, "Bjørn")
    ensure_segment(store, "seo", "channel", "Søk")
    ensure_segment(store, "ads", "channel", "Annonser")
    visits = add_kpi(
        store,
        Kpi(0, "VIS", "Besøk", frequency=Frequency.WEEK, dimension="channel", owner_id=owner.id),
    )
    orders = add_kpi(store, Kpi(0, "ORD", "Ordre", frequency=Frequency.WEEK))
    rate = add_kpi(store, Kpi(0, "CR", "Konvertering", formula="ORD / VIS * 100", unit="%"))
    survey = add_kpi(
        store,
        Kpi(
            0,
            "CSAT",
            "Tilfredshet",
            frequency=Frequency.QUARTER,
            rollup=RollUp.MEAN,
            scale=Scale(1, 5, {1: "Dårlig", 5: "Svært bra"}),
            baseline=3.5,
            drives=("ORD", "VIS"),
        ),
    )
    old = add_kpi(store, Kpi(0, "OLD", "Gammel", frequency=Frequency.MONTH))
    retire_kpi(store, old.id, date(2026, 6, 1), "erstattet", replaced_by_id=survey.id)
    goal = add_goal(
        store, Goal(0, "Vekst", "Mer salg", Horizon.LONG, Area.SALES, owner.id, date(2027, 6, 30))
    )
    archived = add_goal(store, Goal(0, "Gammelt mål"))
    for kpi, weight in ((visits, 1.0), (orders, 2.5), (rate, 1.0)):
        link_kpi(store, goal.id, kpi.id, weight)
    link_kpi(store, archived.id, old.id)
    archive_goal(store, archived.id, date(2026, 7, 1))
    set_target(store, Target(visits.id, date(2026, 7, 6), 900.0, 1100.0))
    set_target(store, Target(visits.id, date(2026, 7, 6), 300.0, None, segment="seo", note="SEO"))
    set_target(store, Target(survey.id, date(2026, 7, 1), 4.0, 4.5, warning=3.5))
    add_benchmark(
        store,
        Benchmark(0, survey.id, BenchmarkKind.INDUSTRY, "Bransjen", 3.9, date(2026, 1, 1)),
    )
    add_benchmark(
        store,
        Benchmark(
            0, orders.id, BenchmarkKind.OWN_BEST, "Beste uke", 80, date(2025, 12, 1), "", True
        ),
    )
    weeks = [Period.parse("2026-W27").shift(i).start for i in range(12)]
    rows = [
        ValueRow(visits.id, d, 1000.0 + i, comment="kampanje" if i == 3 else None)
        for i, d in enumerate(weeks)
    ]
    rows += [ValueRow(visits.id, d, 400.0 + i, segment="seo") for i, d in enumerate(weeks)]
    rows += [ValueRow(visits.id, d, None, segment="ads") for d in weeks[:2]]
    rows += [ValueRow(orders.id, d, 50.0 - i) for i, d in enumerate(weeks)]
    rows += [ValueRow(survey.id, date(2026, 7, 1), 4.2, comment="Ny meny <b>&</b>")]
    rows += [ValueRow(old.id, date(2026, 3, 1), 7.0)]
    write_values(store, rows, source="test")
    add_review(
        store,
        Review(
            0,
            date(2026, 9, 30),
            ReviewScope.GOAL,
            "Gjennomgang",
            goal_id=goal.id,
            next_review=date(2026, 12, 31),
            decisions=(ReviewDecision(orders.id, Decision.ADJUST_TARGET, "opp 10 %"),),
        ),
    )
    add_review(store, Review(0, date(2026, 8, 1), ReviewScope.ALL))
    tags = list_causes(store)  # seeded in the business's language
    set_value_causes(store, visits.id, Period.parse("2026-W30"), [tags[1].id, tags[0].id])
    set_value_causes(store, visits.id, Period.parse("2026-W30"), [tags[2].id], segment="seo")
    set_value_causes(store, survey.id, Period.parse("2026-Q3", fiscal_start_month=7), [tags[0].id])
    add_kpi(store, Kpi(0, "NEW", "Ny", frequency=Frequency.MONTH, active_from=date(2026, 9, 1)))


def test_a_varied_file_reads_the_same_both_ways(file_store: Store) -> None:
    _varied_file(file_store)
    path = file_store.path
    assert path is not None
    file_store.close()
    fast = read_contents(path)
    _assert_same(fast, _through_peewee(path))
    assert fast is not None
    assert {s.code for s in fast.segments} == {"seo", "ads"}
    assert any(g.archived_on for g in fast.goals) and any(k.scale for k in fast.kpis)
    assert len(fast.causes[visits_id(fast)]) == 2 and any(k.active_from for k in fast.kpis)


def visits_id(contents: FileContents) -> int:
    return next(k.id for k in contents.kpis if k.code == "VIS")


def test_an_upgraded_old_file_reads_the_same_both_ways(tmp_path: Path) -> None:
    path = tmp_path / "old.kpidesk"
    make_v1_file(path)
    assert read_contents(path) is None  # it needs an upgrade first: the store explains that
    with pytest.raises(StoreError, match="upgrade"):
        read_inputs(path)
    open_database(path).close()  # upgraded in place
    _assert_same(read_contents(path), _through_peewee(path))


def test_the_documents_inputs_are_the_same_both_ways(demo_path: Path) -> None:
    fast = read_inputs(demo_path)
    with open_database(demo_path, read_only=True) as store:
        slow = load_inputs(store)
    assert fast.series.keys() == slow.series.keys()
    october = Period.parse("2026-10")
    for key, series in fast.series.items():
        if not series.frequency.is_coarser_than(october.frequency):
            assert series.value(october) == slow.series[key].value(october), key
    assert (fast.kpis, fast.goals, fast.targets, fast.comments) == (
        slow.kpis,
        slow.goals,
        slow.targets,
        slow.comments,
    )


def test_files_it_does_not_take_go_the_normal_way(tmp_path: Path) -> None:
    text = tmp_path / "notes.kpidesk"
    text.write_text("not a database", encoding="utf-8")
    with pytest.raises(NotAKpideskFileError):
        read_contents(text)
    assert read_contents(tmp_path / "missing.kpidesk") is None
    assert read_contents("postgresql://user@server/kpis") is None
    with pytest.raises(NotAKpideskFileError, match="does not exist"):
        read_inputs(tmp_path / "missing.kpidesk")


def test_a_damaged_table_steps_aside(demo_path: Path) -> None:
    import sqlite3

    with sqlite3.connect(demo_path) as raw:
        raw.execute("ALTER TABLE benchmark RENAME TO benchmark_gone")
    raw.close()
    assert read_contents(demo_path) is None


def test_it_knows_the_latest_schema() -> None:
    # A new migration step may add or change columns: check this module's queries, then bump.
    assert fast_read.KNOWN_VERSION == LATEST


def test_its_date_columns_are_the_models_date_fields() -> None:
    for model in MODELS:
        if model._meta.table_name not in RECORD_TABLES:
            continue
        for field in model._meta.sorted_fields:
            column = field.column_name
            if isinstance(field, DateTimeField):
                assert column in fast_read.DATETIME_COLUMNS, column
            elif isinstance(field, DateField):
                assert column in fast_read.DATE_COLUMNS, column
            else:
                assert column not in fast_read.DATE_COLUMNS | fast_read.DATETIME_COLUMNS, column


def test_reading_a_file_for_a_document_never_imports_peewee(demo_path: Path) -> None:
    code = (
        "import sys; from kpidesk.reports.inputs import read_inputs; "
        f"read_inputs({str(demo_path)!r}); print('peewee' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "False"
