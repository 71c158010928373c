"""The owner's latest value against benchmarks and competitors' latest figures."""

from __future__ import annotations

from datetime import date

from kpidesk.domain.benchmarking import Standing, compare_with_others, standing
from kpidesk.domain.competitors import Competitor, CompetitorValue, latest_values
from kpidesk.domain.entities import Benchmark, Kpi
from kpidesk.domain.types import BenchmarkKind, Direction

RATING = Kpi(1, "RATING", "Rating", decimals=1)
KOPPEN, VAGEN = Competitor(1, "Kaffekoppen AS"), Competitor(2, "Vågen Kaffehus")


def test_standing_follows_the_direction():
    assert standing(4.5, 4.2, Direction.HIGHER) is Standing.AHEAD
    assert standing(4.5, 4.2, Direction.LOWER) is Standing.BEHIND
    assert standing(4.2, 4.2, Direction.HIGHER) is Standing.LEVEL
    assert standing(None, 4.2, Direction.HIGHER) is Standing.UNKNOWN
    assert standing(4.5, 4.2, Direction.RANGE) is Standing.UNKNOWN


def test_the_latest_figure_of_each_competitor_wins():
    old = CompetitorValue(1, 1, date(2026, 1, 1), 4.0, "Google", id=1)
    new = CompetitorValue(1, 1, date(2026, 6, 1), 4.3, "Google", id=2)
    same_day = CompetitorValue(1, 1, date(2026, 6, 1), 4.4, "Google", id=3)
    assert latest_values([new, old]) == {1: new}
    assert latest_values([same_day, new, old]) == {1: same_day}


def test_rows_keep_source_and_date_and_say_who_leads():
    benchmarks = [
        Benchmark(
            1, 1, BenchmarkKind.COMPETITOR, "Kaffekoppen (survey)", 4.2, date(2026, 1, 1), "Survey"
        ),
        Benchmark(2, 1, BenchmarkKind.INDUSTRY, "Cafés in Norway", 4.4, date(2025, 6, 1), "", True),
        Benchmark(3, 2, BenchmarkKind.INDUSTRY, "Another KPI's", 9.0, date(2025, 6, 1), "x"),
    ]
    values = [
        CompetitorValue(2, 1, date(2026, 10, 1), 4.7, "Google Maps", id=1),
        CompetitorValue(1, 1, date(2026, 3, 1), 4.0, "Google Maps", id=2),
        CompetitorValue(1, 1, date(2026, 9, 1), 4.5, "Tripadvisor", id=3),
        CompetitorValue(1, 2, date(2026, 9, 1), 99.0, "other KPI", id=4),
    ]
    rows = compare_with_others(RATING, 4.5, benchmarks, {1: KOPPEN, 2: VAGEN}, values)
    assert [(r.kind, r.label, r.value, r.as_of, r.source) for r in rows] == [
        (BenchmarkKind.INDUSTRY, "Cafés in Norway", 4.4, date(2025, 6, 1), ""),
        (BenchmarkKind.COMPETITOR, "Kaffekoppen (survey)", 4.2, date(2026, 1, 1), "Survey"),
        (BenchmarkKind.COMPETITOR, "Kaffekoppen AS", 4.5, date(2026, 9, 1), "Tripadvisor"),
        (BenchmarkKind.COMPETITOR, "Vågen Kaffehus", 4.7, date(2026, 10, 1), "Google Maps"),
    ]
    assert [r.standing for r in rows] == [
        Standing.AHEAD,
        Standing.AHEAD,
        Standing.LEVEL,
        Standing.BEHIND,
    ]
    assert rows[0].is_example and rows[3].competitor_id == 2
    assert round(rows[3].gap, 6) == -0.2
    alone = compare_with_others(RATING, None, benchmarks[:1], {}, values)
    assert [(r.gap, r.standing) for r in alone] == [(None, Standing.UNKNOWN)]
