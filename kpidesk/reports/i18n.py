"""The fixed texts of the printed documents, in Norwegian Bokmål and English.

These are not Qt strings: a PDF is made without Qt, in the language asked for,
whatever the app's language is. Keys are English; every key has both texts
(a test checks it).
"""

from __future__ import annotations

from kpidesk.domain.types import Decision, Direction, Frequency, RollUp, Status, Timing

_TEXTS: dict[str, tuple[str, str]] = {
    # (nb, en)
    "scorecard": ("Målekort", "Scorecard"),
    "charter": ("KPI-oversikt", "KPI charter"),
    "charter_intro": (
        "Hva vi måler, hvorfor vi måler det, hvordan tallet blir til og hvem som har ansvaret.",
        "What we measure, why we measure it, how each number is made and who owns it.",
    ),
    "generated": ("Laget {date}", "Generated {date}"),
    "page_of": ("Side {page} av {pages}", "Page {page} of {pages}"),
    "goal": ("Mål", "Goal"),
    "goals": ("Mål", "Goals"),
    "goal_n": ("Mål {n}", "Goal {n}"),
    "other_kpis": ("Andre KPI-er", "Other KPIs"),
    "other_kpis_note": ("KPI-er som ikke er knyttet til et mål.", "KPIs not linked to a goal."),
    "score": ("Poengsum", "Score"),
    "score_of_100": ("{score} av 100", "{score} of 100"),
    "no_score": ("Ingen poengsum ennå", "No score yet"),
    "kpi": ("KPI", "KPI"),
    "actual": ("Faktisk", "Actual"),
    "target": ("Målverdi", "Target"),
    "stretch": ("Strekkmål", "Stretch"),
    "target_band": ("Målområde", "Target range"),
    "variance": ("Avvik", "Variance"),
    "status": ("Status", "Status"),
    "previous_period": ("Forrige periode", "Previous period"),
    "last_year": ("Samme periode i fjor", "Same period last year"),
    "vs_previous": ("Mot forrige", "vs previous"),
    "vs_last_year": ("Mot i fjor", "vs last year"),
    "trend": ("Trend", "Trend"),
    "owner": ("Ansvarlig", "Owner"),
    "no_owner": ("Ingen ansvarlig", "No owner"),
    "period": ("Periode", "Period"),
    "value_for": ("Tallet gjelder {period}", "Value for {period}"),
    "segment_breakdown": ("Fordelt på kanal", "By channel"),
    "channel": ("Kanal", "Channel"),
    "share": ("Andel", "Share"),
    "total": ("Totalt", "Total"),
    "comments": ("Kommentarer", "Comments"),
    "causes": ("Årsaker", "Causes"),
    "decisions": ("Hva vi gjør videre", "What we will do"),
    "review_of": ("Gjennomgang {date}", "Review {date}"),
    "legend": ("Slik leser du tabellen", "How to read the table"),
    "legend_chart": (
        "Heltrukket linje: faktisk. Stiplet: målverdi. Prikket: strekkmål. "
        "Tynn strek: sammenligningstall. Grå prikker: enkel prognose.",
        "Solid line: actual. Dashed: target. Dotted: stretch. "
        "Thin line: benchmark. Grey dots: simple forecast.",
    ),
    "variance_note": (
        "Avvik = faktisk minus målverdi, i enhet og i prosent av målverdien.",
        "Variance = actual minus target, in units and as a per cent of the target.",
    ),
    "summary": ("Sammendrag", "Summary"),
    "kpis_in_total": ("{n} KPI-er", "{n} KPIs"),
    "benchmark": ("Sammenligning", "Benchmark"),
    "forecast": ("Prognose", "Forecast"),
    "no_data_yet": ("Ingen tall ennå for denne KPI-en.", "No values yet for this KPI."),
    "retired_on": ("Avviklet {date}", "Retired {date}"),
    "nothing_to_report": (
        "Ingen KPI-er å vise for denne perioden.",
        "No KPIs to show for this period.",
    ),
    # charter card
    "what": ("Hva den måler", "What it measures"),
    "why": ("Hvorfor", "Why"),
    "how": ("Hvordan den beregnes", "How it is computed"),
    "source": ("Datakilde", "Data source"),
    "unit": ("Enhet", "Unit"),
    "frequency": ("Hvor ofte", "Frequency"),
    "direction": ("Retning", "Direction"),
    "targets": ("Målverdi og strekkmål", "Target and stretch target"),
    "timing": ("Type", "Type"),
    "drives": ("Påvirker", "Drives"),
    "driven_by": ("Påvirkes av", "Driven by"),
    "serves": ("Tjener målet: {goals}", "Serves the goal: {goals}"),
    "described_under": ("beskrevet under mål {n}", "described under goal {n}"),
    "kpis_for_goal": ("KPI-er for dette målet", "KPIs for this goal"),
    "due": ("Frist {date}", "Due {date}"),
    "horizon_long": ("Langsiktig mål", "Long-term goal"),
    "horizon_short": ("Kortsiktig mål", "Short-term goal"),
    "formula": ("Formel: {formula}", "Formula: {formula}"),
    "formula_note": (
        "Regnes ut på nytt av summene for perioden, ikke som snitt av delperiodene.",
        "Recomputed from the period's totals, never as an average of sub-periods.",
    ),
    "per_period": ("{target} per {period}", "{target} per {period}"),
    "no_target": ("Ingen målverdi satt", "No target set"),
    "scale": ("Skala {low}–{high}", "Scale {low}–{high}"),
    "unit_count": ("Antall", "Count"),
    "unit_score": ("Poeng", "Score"),
    "unit_percent": ("Prosent", "Per cent"),
}

_STATUS = {
    Status.STRETCH_MET: ("Strekkmål nådd", "Stretch met"),
    Status.ON_TRACK: ("I rute", "On track"),
    Status.AT_RISK: ("I faresonen", "At risk"),
    Status.OFF_TRACK: ("Ikke i rute", "Off track"),
    Status.NO_DATA: ("Ingen data", "No data"),
    Status.NO_TARGET: ("Ingen målverdi", "No target"),
}
_DIRECTION = {
    Direction.HIGHER: ("Høyere er bedre", "Higher is better"),
    Direction.LOWER: ("Lavere er bedre", "Lower is better"),
    Direction.RANGE: ("Bør ligge innenfor et område", "Should stay inside a range"),
}
_FREQUENCY = {
    Frequency.DAY: ("Daglig", "Daily", "dag", "day"),
    Frequency.WEEK: ("Ukentlig", "Weekly", "uke", "week"),
    Frequency.MONTH: ("Månedlig", "Monthly", "måned", "month"),
    Frequency.QUARTER: ("Kvartalsvis", "Quarterly", "kvartal", "quarter"),
    Frequency.YEAR: ("Årlig", "Yearly", "år", "year"),
}
_ROLLUP = {
    RollUp.SUM: (
        "Summeres når perioder slås sammen (f.eks. til kvartal og år)",
        "Added up when periods are combined (e.g. into quarters and years)",
    ),
    RollUp.MEAN: (
        "Snittet av periodene når de slås sammen (f.eks. til kvartal og år)",
        "The average of the periods when they are combined (e.g. into quarters and years)",
    ),
    RollUp.LAST: (
        "Siste verdi gjelder når perioder slås sammen (en beholdning, ikke en sum)",
        "The last value counts when periods are combined (a stock, not a sum)",
    ),
    RollUp.MIN: (
        "Laveste verdi når perioder slås sammen",
        "The lowest value when periods are combined",
    ),
    RollUp.MAX: (
        "Høyeste verdi når perioder slås sammen",
        "The highest value when periods are combined",
    ),
}
_TIMING = {
    Timing.LEADING: ("Ledende – varsler tidlig", "Leading – an early warning"),
    Timing.LAGGING: ("Etterslepende – viser resultatet", "Lagging – shows the result"),
}
_DECISION = {
    Decision.KEEP: ("Beholde", "Keep"),
    Decision.ADJUST_TARGET: ("Justere målverdien", "Adjust the target"),
    Decision.CHANGE_DEFINITION: ("Endre definisjonen", "Change the definition"),
    Decision.REPLACE: ("Erstatte", "Replace"),
    Decision.RETIRE: ("Avvikle", "Retire"),
}


class Texts:
    """The texts of one language: ``t("page_of", page=2, pages=5)``."""

    def __init__(self, lang: str) -> None:
        if lang not in ("nb", "en"):
            raise ValueError(f"language must be nb or en, not {lang!r}")
        self.lang = lang
        self._i = 0 if lang == "nb" else 1

    def __call__(self, key: str, **values: object) -> str:
        text = _TEXTS[key][self._i]
        return text.format(**values) if values else text

    def status(self, status: Status) -> str:
        return _STATUS[Status(status)][self._i]

    def direction(self, direction: Direction) -> str:
        return _DIRECTION[Direction(direction)][self._i]

    def frequency(self, frequency: Frequency) -> str:
        return _FREQUENCY[Frequency(frequency)][self._i]

    def period_noun(self, frequency: Frequency) -> str:
        """``måned``/``month``: as in "950 000 kr per month"."""
        return _FREQUENCY[Frequency(frequency)][2 + self._i]

    def rollup(self, rollup: RollUp) -> str:
        return _ROLLUP[RollUp(rollup)][self._i]

    def timing(self, timing: Timing) -> str:
        return _TIMING[Timing(timing)][self._i]

    def decision(self, decision: Decision) -> str:
        return _DECISION[Decision(decision)][self._i]


def all_keys() -> list[str]:
    """Every text key (for tests)."""
    return list(_TEXTS)
