"""Translated display names for the domain's vocabularies, shared by every screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.types import (
    Area,
    Decision,
    Direction,
    Frequency,
    Horizon,
    KpiKind,
    RollUp,
    Status,
    Timing,
)


def industry_names() -> dict[str, str]:
    return {
        "retail": QCoreApplication.translate("Labels", "Retail"),
        "ecommerce": QCoreApplication.translate("Labels", "Online shop"),
        "hospitality": QCoreApplication.translate("Labels", "Café, restaurant or hotel"),
        "services": QCoreApplication.translate("Labels", "Services"),
        "construction": QCoreApplication.translate("Labels", "Construction and trades"),
        "wholesale": QCoreApplication.translate("Labels", "Wholesale"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }


def area_names() -> dict[Area, str]:
    return {
        Area.FINANCE: QCoreApplication.translate("Labels", "Finance"),
        Area.SALES: QCoreApplication.translate("Labels", "Sales"),
        Area.MARKETING: QCoreApplication.translate("Labels", "Marketing"),
        Area.CUSTOMERS: QCoreApplication.translate("Labels", "Customers"),
        Area.OPERATIONS: QCoreApplication.translate("Labels", "Operations"),
        Area.PEOPLE: QCoreApplication.translate("Labels", "People"),
    }


def kind_names() -> dict[KpiKind, str]:
    return {
        KpiKind.QUANTITATIVE: QCoreApplication.translate("Labels", "Quantitative"),
        KpiKind.QUALITATIVE: QCoreApplication.translate("Labels", "Qualitative"),
    }


def timing_names() -> dict[Timing, str]:
    return {
        Timing.LEADING: QCoreApplication.translate("Labels", "Leading"),
        Timing.LAGGING: QCoreApplication.translate("Labels", "Lagging"),
    }


def horizon_names() -> dict[Horizon, str]:
    return {
        Horizon.LONG: QCoreApplication.translate("Labels", "Long term"),
        Horizon.SHORT: QCoreApplication.translate("Labels", "Short term"),
    }


def direction_names() -> dict[Direction, str]:
    return {
        Direction.HIGHER: QCoreApplication.translate("Labels", "Higher is better"),
        Direction.LOWER: QCoreApplication.translate("Labels", "Lower is better"),
        Direction.RANGE: QCoreApplication.translate("Labels", "Stay within a range"),
    }


def frequency_names() -> dict[Frequency, str]:
    return {
        Frequency.DAY: QCoreApplication.translate("Labels", "Daily"),
        Frequency.WEEK: QCoreApplication.translate("Labels", "Weekly"),
        Frequency.MONTH: QCoreApplication.translate("Labels", "Monthly"),
        Frequency.QUARTER: QCoreApplication.translate("Labels", "Quarterly"),
        Frequency.YEAR: QCoreApplication.translate("Labels", "Yearly"),
    }


def rollup_names() -> dict[RollUp, str]:
    return {
        RollUp.SUM: QCoreApplication.translate("Labels", "Sum"),
        RollUp.MEAN: QCoreApplication.translate("Labels", "Average"),
        RollUp.LAST: QCoreApplication.translate("Labels", "Last value"),
        RollUp.MIN: QCoreApplication.translate("Labels", "Lowest"),
        RollUp.MAX: QCoreApplication.translate("Labels", "Highest"),
    }


def status_names() -> dict[Status, str]:
    return {
        Status.STRETCH_MET: QCoreApplication.translate("Labels", "Stretch met"),
        Status.ON_TRACK: QCoreApplication.translate("Labels", "On track"),
        Status.AT_RISK: QCoreApplication.translate("Labels", "At risk"),
        Status.OFF_TRACK: QCoreApplication.translate("Labels", "Off track"),
        Status.NO_DATA: QCoreApplication.translate("Labels", "No data"),
        Status.NO_TARGET: QCoreApplication.translate("Labels", "No target"),
    }


STATUS_SYMBOLS = {
    Status.STRETCH_MET: "★",
    Status.ON_TRACK: "✓",
    Status.AT_RISK: "▲",
    Status.OFF_TRACK: "✕",
    Status.NO_DATA: "–",
    Status.NO_TARGET: "○",
}
"""Shapes that carry the status without colour (colour is never the only signal)."""

STATUS_COLOURS = {
    Status.STRETCH_MET: "#1B7F3B",
    Status.ON_TRACK: "#2E9E4F",
    Status.AT_RISK: "#D98E04",
    Status.OFF_TRACK: "#C0392B",
    Status.NO_DATA: "#8A8F98",
    Status.NO_TARGET: "#8A8F98",
}


def decision_names() -> dict[Decision, str]:
    return {
        Decision.KEEP: QCoreApplication.translate("Labels", "Keep"),
        Decision.ADJUST_TARGET: QCoreApplication.translate("Labels", "Adjust the target"),
        Decision.CHANGE_DEFINITION: QCoreApplication.translate("Labels", "Change the definition"),
        Decision.REPLACE: QCoreApplication.translate("Labels", "Replace"),
        Decision.RETIRE: QCoreApplication.translate("Labels", "Retire"),
    }


DECISION_SYMBOLS = {
    Decision.KEEP: "=",
    Decision.ADJUST_TARGET: "↕",
    Decision.CHANGE_DEFINITION: "✎",
    Decision.REPLACE: "⇄",
    Decision.RETIRE: "⊘",
}
"""Marks of a review decision in lists (beside its name, never alone)."""


def language_names() -> dict[str, str]:
    # Each language is named in itself, so a user can find their own.
    return {"nb": "Norsk bokmål", "en": "English"}


def unit_label(unit: str) -> str:
    """How a KPI's unit reads; the unit codes "count" and "score" are translated."""
    names = {
        "count": QCoreApplication.translate("Labels", "count"),
        "score": QCoreApplication.translate("Labels", "score"),
    }
    return names.get(unit, unit)
