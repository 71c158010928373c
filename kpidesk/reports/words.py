"""A KPI's numbers as the documents write them, in one language, escaped for Paragraphs."""

from __future__ import annotations

from kpidesk.domain.compare import Comparison
from kpidesk.domain.entities import Kpi, Target
from kpidesk.domain.formatting import (
    DASH,
    format_change,
    format_date,
    format_number,
    format_percent_change,
    format_period,
    format_period_short,
    format_value,
)
from kpidesk.domain.periods import Period
from kpidesk.domain.types import Direction, Status
from kpidesk.reports.i18n import Texts
from kpidesk.reports.styles import STATUS_COLOUR, STATUS_SYMBOL
from kpidesk.reports.text import esc


class Words:
    """Formatting of values, targets, statuses and periods for one language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.t = Texts(lang)

    def value(self, kpi: Kpi, value: float | None) -> str:
        return format_value(value, kpi.unit, kpi.decimals, self.lang)

    def axis(self, kpi: Kpi, value: float) -> str:
        """A chart axis label: the KPI's unit, fewer decimals for big numbers."""
        decimals = kpi.decimals if abs(value) < 1000 else 0
        if value != round(value, decimals):
            decimals = min(decimals + 1, 3)
        return format_value(value, kpi.unit, decimals, self.lang)

    def change(self, kpi: Kpi, value: float | None) -> str:
        return format_change(value, kpi.unit, kpi.decimals, self.lang)

    def pct(self, pct: float | None) -> str:
        return format_percent_change(pct, self.lang)

    def comparison(self, kpi: Kpi, c: Comparison) -> tuple[str, str]:
        """(change in units, change in %) against the reference."""
        return self.change(kpi, c.change), self.pct(c.change_pct)

    def target(self, kpi: Kpi, target: Target | None) -> str:
        """The realistic target, or the band of a range KPI."""
        if target is None:
            return DASH
        if kpi.direction is Direction.RANGE:
            low = self.value(kpi, target.low) if target.low is not None else ""
            high = self.value(kpi, target.high) if target.high is not None else ""
            if low and high:
                return f"{low} – {high}"
            return f"≥ {low}" if low else f"≤ {high}"
        return self.value(kpi, target.realistic)

    def stretch(self, kpi: Kpi, target: Target | None) -> str:
        if target is None or target.stretch is None or kpi.direction is Direction.RANGE:
            return ""
        return self.value(kpi, target.stretch)

    def status_mark(self, status: Status, words: bool = True) -> str:
        """Paragraph markup: the coloured symbol, then the status in words."""
        colour = STATUS_COLOUR[status].hexval()[2:]
        mark = f'<font color="#{colour}"><b>{STATUS_SYMBOL[status]}</b></font>'
        return f"{mark} {esc(self.t.status(status))}" if words else mark

    def period(self, period: Period, short: bool = False) -> str:
        return format_period(period, self.lang, short)

    def period_axis(self, period: Period) -> str:
        return format_period_short(period, self.lang)

    def date(self, day: object) -> str:
        return format_date(day, self.lang)  # type: ignore[arg-type]

    def score(self, score: float | None) -> str:
        return DASH if score is None else format_number(score, 0, self.lang)
