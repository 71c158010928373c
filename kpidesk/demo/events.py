"""Things that happened in the demo business: spikes, dips, gaps, with comments.

Events sit at fixed places before the demo's last day, so every demo shows
them whatever its length.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from kpidesk.domain.periods import Period
from kpidesk.domain.types import Frequency

MISSING = None


@dataclass(frozen=True)
class Event:
    factor: float | None  # None: the value is missing
    comment: str
    causes: tuple[str, ...] = ()
    """Cause tags explaining the value, by name in the demo's language."""


class Events:
    """Events by (KPI code, segment, period label)."""

    def __init__(self, events: dict[tuple[str, str, str], Event]) -> None:
        self._events = events

    def apply(
        self, code: str, segment: str, period: Period, value: float
    ) -> tuple[float | None, str | None]:
        """The value after any event there, and the event's comment."""
        event = self._events.get((code, segment, period.label()))
        if event is None:
            return value, None
        if event.factor is None:
            return None, event.comment
        changed = value * event.factor
        # Counts stay whole; scores and percentages keep their decimal.
        return (round(changed) if float(value).is_integer() else round(changed, 1)), event.comment

    def tagged(self) -> list[tuple[str, str, str, tuple[str, ...]]]:
        """(KPI code, segment, period label, cause names) of the events with causes."""
        return [(*key, e.causes) for key, e in self._events.items() if e.causes]


def _last_ended(month: int, day: int, last_day: date) -> int:
    """The latest year whose `month`/`day` is on or before `last_day`."""
    year = last_day.year
    return year if date(year, month, day) <= last_day else year - 1


def plan_events(last_day: date, lang: str) -> Events:
    """The demo's events for a demo ending on `last_day`, commented in `lang`."""
    t = {"nb": 0, "en": 1}[lang]
    july = Period.parse(f"{_last_ended(7, 31, last_day)}-07")
    february = Period.parse(f"{last_day.year - 1}-02")
    november = _last_ended(11, 30, last_day)
    first_friday = date(november, 11, 1) + timedelta(days=(4 - date(november, 11, 1).weekday()) % 7)
    black_friday = Period.containing(Frequency.DAY, first_friday + timedelta(days=21))
    last_month = Period.containing(Frequency.MONTH, last_day)
    quarter = Period.containing(Frequency.QUARTER, last_day)
    if quarter.end > last_day:
        quarter = quarter.prev()
    holiday = [w for w in july.children(Frequency.WEEK)][1:3]
    events = {
        ("REVENUE", "", july.label()): Event(
            1.08,
            (
                "Rekordmåned: cruiseturister og sol hele måneden",
                "Record month: cruise tourists and sunshine all month",
            )[t],
            (("Sesong",), ("Season",))[t],
        ),
        ("REVENUE", "", february.label()): Event(
            0.82,
            (
                "Kafeen var stengt en uke for oppussing",
                "The café was closed for a week for refurbishment",
            )[t],
            (("Oppussing",), ("Refurbishment",))[t],
        ),
        ("WEB_VISITS", "social", black_friday.label()): Event(
            2.6, ("Black Friday-kampanje på Instagram", "Black Friday campaign on Instagram")[t]
        ),
        ("WEB_VISITS", "ppc", black_friday.label()): Event(
            2.0, ("Dobbelt annonsebudsjett på Black Friday", "Double ad budget on Black Friday")[t]
        ),
        ("CUSTOMER_SATISFACTION", "", quarter.label()): Event(
            1.03, ("Ny opplæring for baristaene ga utslag", "New barista training paid off")[t]
        ),
        ("GROSS_MARGIN", "", last_month.label()): Event(
            MISSING,
            (
                "Regnskapet for måneden er ikke avsluttet ennå",
                "The month's accounts are not closed yet",
            )[t],
        ),
    }
    for week in holiday:
        events[("SOCIAL_ENGAGEMENT", "", week.label())] = Event(
            MISSING,
            ("Sommerferie – ingen tall hentet", "Summer holiday – no figures collected")[t],
            (("Mangel på ansatte",), ("Staff shortage",))[t],
        )
    return Events(events)
