"""The thinning rule for automatic backups, on a fixed calendar."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from kpidesk.domain.retention import Retention, backups_to_keep


def test_a_year_of_daily_backups_thins_to_at_most_23() -> None:
    start = datetime(2026, 1, 1, 9, 0)
    times = [start + timedelta(days=d) for d in range(365)]
    kept = backups_to_keep(times)
    assert len(kept) <= 23
    newest = times[-1]
    # The last seven days are all there.
    assert {newest - timedelta(days=d) for d in range(7)} <= kept
    # One per month for the last twelve months: the newest of each month.
    for month in range(1, 13):
        in_month = [t for t in times if t.month == month]
        assert max(in_month) in kept
    # The newest of the last four ISO weeks.
    weeks = {}
    for t in times:
        weeks.setdefault(t.isocalendar()[:2], []).append(t)
    for key in sorted(weeks)[-4:]:
        assert max(weeks[key]) in kept


def test_several_backups_a_day_keep_the_newest_of_the_day() -> None:
    day = datetime(2026, 11, 27)
    times = [day.replace(hour=h) for h in (8, 12, 17)]
    assert backups_to_keep(times, Retention(1, 0, 0)) == {day.replace(hour=17)}


def test_nothing_to_keep_from_nothing() -> None:
    assert backups_to_keep([]) == set()


@given(
    st.lists(
        st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)), max_size=80
    )
)
def test_the_newest_backup_is_always_kept_and_kept_ones_exist(times) -> None:
    kept = backups_to_keep(times)
    assert kept <= set(times)
    if times:
        assert max(times) in kept
        assert len(kept) <= 7 + 4 + 12
