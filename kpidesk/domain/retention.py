"""Which automatic backups to keep: the newest per day, per week and per month.

With the defaults, 7 daily, 4 weekly and 12 monthly backups: a year of
history in at most 23 files. A backup kept by any rule is kept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Retention:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def _newest_per(
    times: Sequence[datetime], bucket: Callable[[datetime], object], count: int
) -> set[datetime]:
    """The newest time in each of the `count` most recent buckets."""
    kept: dict[object, datetime] = {}
    for moment in sorted(times, reverse=True):
        key = bucket(moment)
        if key not in kept:
            if len(kept) == count:
                break
            kept[key] = moment
    return set(kept.values())


DEFAULT = Retention()


def backups_to_keep(times: Iterable[datetime], rule: Retention = DEFAULT) -> set[datetime]:
    """The backup times `rule` keeps; every other automatic backup may be deleted."""
    ordered = sorted(set(times))
    return (
        _newest_per(ordered, lambda t: t.date(), rule.daily)
        | _newest_per(ordered, lambda t: t.isocalendar()[:2], rule.weekly)
        | _newest_per(ordered, lambda t: (t.year, t.month), rule.monthly)
    )
