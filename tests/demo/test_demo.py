"""The demo business is believable, complete and the same every time."""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from kpidesk.demo.build import create_demo
from kpidesk.domain.periods import Period
from kpidesk.domain.status import status_of
from kpidesk.domain.targets import target_for_period
from kpidesk.domain.types import CHANNELS, Frequency, Horizon, KpiKind, Timing
from kpidesk.store import benchmarks, goals, kpis, reviews, targets
from kpidesk.store.connection import open_database
from kpidesk.store.measurements import load_measurements
from kpidesk.store.series import load_series

TODAY = date(2026, 11, 27)


def _dump(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute(
            "SELECT k.code, m.segment, m.period_start, m.value, m.comment "
            "FROM measurement m JOIN kpi k ON k.id = m.kpi_id ORDER BY 1, 2, 3"
        ).fetchall()


def test_same_arguments_give_the_same_file_content(tmp_path: Path) -> None:
    for name in ("a", "b"):
        create_demo(tmp_path / f"{name}.kpidesk", "nb", 2, TODAY).close()
    assert _dump(tmp_path / "a.kpidesk") == _dump(tmp_path / "b.kpidesk")


def test_a_period_has_the_same_value_in_longer_demos(tmp_path: Path) -> None:
    create_demo(tmp_path / "short.kpidesk", "nb", 1, TODAY).close()
    create_demo(tmp_path / "long.kpidesk", "nb", 3, TODAY).close()
    short = {row[:3]: row[3] for row in _dump(tmp_path / "short.kpidesk")}
    long = {row[:3]: row[3] for row in _dump(tmp_path / "long.kpidesk")}
    assert all(long[key] == value for key, value in short.items() if key[0] != "FLYERS")


def test_demo_covers_the_domain(demo_path: Path) -> None:
    with open_database(demo_path) as store:
        all_goals = goals.list_goals(store)
        assert Counter(g.horizon for g in all_goals) == {Horizon.LONG: 1, Horizon.SHORT: 2}
        every = kpis.list_kpis(store)
        assert 12 <= len(every) <= 16
        assert {k.kind for k in every} == set(KpiKind)
        assert {k.timing for k in every} == set(Timing)
        assert {Frequency.DAY, Frequency.WEEK, Frequency.MONTH, Frequency.QUARTER} <= {
            k.frequency for k in every
        }
        assert [k.code for k in every if k.is_formula] == ["CONVERSION_RATE"]
        assert all(k.scale is not None for k in every if k.kind is KpiKind.QUALITATIVE)
        linked = {kpi_id for g in all_goals for kpi_id in g.kpi_ids}
        assert {k.id for k in every} == linked  # every KPI serves a goal
        for goal in all_goals:  # and every goal has a leading KPI
            assert any(kpis.get_kpi(store, i).timing is Timing.LEADING for i in goal.kpi_ids)


def test_marketing_kpis_are_split_by_the_five_channels(demo_path: Path) -> None:
    with open_database(demo_path) as store:
        visits = kpis.kpi_by_code(store, "WEB_VISITS")
        segments = {m.segment for m in load_measurements(store, visits.id)}
        assert segments == {"", *CHANNELS}
        series = load_series(store)
        october = Period.parse("2026-10")
        total = series[(visits.id, "")].value(october).value
        by_channel = sum(series[(visits.id, c)].value(october).value for c in CHANNELS)
        assert total == by_channel > 0


def test_targets_change_midway_and_old_periods_keep_theirs(demo_path: Path) -> None:
    with open_database(demo_path) as store:
        revenue = kpis.kpi_by_code(store, "REVENUE")
        history = targets.list_targets(store, revenue.id)
        assert [t.realistic for t in history] == [900_000, 950_000]
        first_year = target_for_period(
            history, Period.parse("2024-01"), Frequency.MONTH, revenue.rollup
        )
        assert first_year.realistic == 900_000


def test_benchmarks_are_marked_as_examples(demo_path: Path) -> None:
    with open_database(demo_path) as store:
        marks = benchmarks.list_benchmarks(store)
        assert {b.kind.value for b in marks} == {"industry", "competitor"}
        assert all(b.is_example and "eksempel" in b.label.lower() for b in marks)


def test_reviews_retired_kpi_and_comments(demo_path: Path) -> None:
    with open_database(demo_path) as store:
        assert len(reviews.list_reviews(store)) >= 2
        decisions = {d.decision.value for r in reviews.list_reviews(store) for d in r.decisions}
        assert {"adjust_target", "keep", "replace"} <= decisions
        flyers = kpis.kpi_by_code(store, "FLYERS")
        assert flyers.is_retired and flyers.replaced_by_id is not None
        history = load_measurements(store, flyers.id)
        assert len(history) > 52  # its values are kept
        assert max(m.period.end for m in history) < flyers.retired_on
        commented = [
            m for k in kpis.list_kpis(store) for m in load_measurements(store, k.id) if m.comment
        ]
        assert len(commented) >= 5
        assert any("Black Friday" in m.comment for m in commented)


def test_statuses_vary_like_a_real_business(demo_path: Path) -> None:
    with open_database(demo_path) as store:
        revenue = kpis.kpi_by_code(store, "REVENUE")
        series = load_series(store)[(revenue.id, "")]
        history = targets.list_targets(store, revenue.id)
        months = [Period.parse(f"2025-{m:02d}") for m in range(1, 13)]
        statuses = {
            status_of(
                series.value(p).value,
                target_for_period(history, p, Frequency.MONTH, revenue.rollup),
                revenue.direction,
            )
            for p in months
        }
        assert len(statuses) >= 3


@pytest.mark.parametrize("lang, word", [("nb", "Omsetning"), ("en", "Revenue")])
def test_language(tmp_path: Path, lang: str, word: str) -> None:
    with create_demo(tmp_path / "d.kpidesk", lang, 1, TODAY) as store:
        assert kpis.kpi_by_code(store, "REVENUE").name == word
