"""Two made-up competitors of the demo café in Bergen, with dated example figures.

Business data in the demo file's language, not UI strings. Like the demo's
benchmarks, every figure is marked as an example: KPIDesk never presents
invented numbers as real ones.
"""

from __future__ import annotations

from datetime import date, timedelta

from kpidesk.domain.competitors import CompetitorValue
from kpidesk.store import competitors
from kpidesk.store.connection import Store

NOTE = {
    "nb": "Eksempelkonkurrent i demoen med oppdiktede tall – {0}",
    "en": "Example competitor in the demo with made-up figures – {0}",
}
RIVALS = (
    (
        "Kaffekoppen AS",
        {"nb": "kaffebar ved Torgallmenningen", "en": "coffee bar by Torgallmenningen"},
    ),
    (
        "Vågen Kaffehus",
        {"nb": "kafé og brenneri på Strandkaien", "en": "café and roastery on Strandkaien"},
    ),
)
SOURCES = {
    "rating": {
        "nb": "Eksempeltall: Google Maps-vurdering (ikke en ekte kilde)",
        "en": "Example figure: Google Maps rating (not a real source)",
    },
    "instagram": {
        "nb": "Eksempeltall: likerklikk og kommentarer på Instagram én uke, talt for hånd "
        "(ikke en ekte kilde)",
        "en": "Example figure: likes and comments on Instagram in one week, counted by hand "
        "(not a real source)",
    },
}
FIGURES = (
    # (competitor, KPI code, source, days before the demo's last day, value)
    (0, "CUSTOMER_SATISFACTION", "rating", 300, 4.1),
    (0, "CUSTOMER_SATISFACTION", "rating", 120, 4.2),
    (0, "CUSTOMER_SATISFACTION", "rating", 20, 4.2),
    (1, "CUSTOMER_SATISFACTION", "rating", 300, 4.6),
    (1, "CUSTOMER_SATISFACTION", "rating", 120, 4.6),
    (1, "CUSTOMER_SATISFACTION", "rating", 20, 4.5),
    (0, "SOCIAL_ENGAGEMENT", "instagram", 150, 760),
    (0, "SOCIAL_ENGAGEMENT", "instagram", 30, 820),
    (1, "SOCIAL_ENGAGEMENT", "instagram", 150, 1650),
    (1, "SOCIAL_ENGAGEMENT", "instagram", 30, 1720),
)


def add_competitors(store: Store, kpi_ids: dict[str, int], lang: str, last_day: date) -> None:
    """The demo's competitors and their figures (marked as examples in note and source)."""
    ids = [
        competitors.add_competitor(store, name, NOTE[lang].format(where[lang])).id
        for name, where in RIVALS
    ]
    for rival, code, source, days_before, value in FIGURES:
        competitors.add_competitor_value(
            store,
            CompetitorValue(
                ids[rival],
                kpi_ids[code],
                last_day - timedelta(days=days_before),
                float(value),
                SOURCES[source][lang],
            ),
        )
