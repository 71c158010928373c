"""Translated display names for the domain's vocabularies, shared by every screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.types import (
    Area,
    Direction,
    Frequency,
    Horizon,
    KpiKind,
    RollUp,
    Status,
    Timing,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def industry_names() -> dict[str, str]:
    return {
        "retail": _t("Retail"),
        "ecommerce": _t("Online shop"),
        "hospitality": _t("Café, restaurant or hotel"),
        "services": _t("Services"),
        "construction": _t("Construction and trades"),
        "wholesale": _t("Wholesale"),
        "other": _t("Other"),
    }


def area_names() -> dict[Area, str]:
    return {
        Area.FINANCE: _t("Finance"),
        Area.SALES: _t("Sales"),
        Area.MARKETING: _t("Marketing"),
        Area.CUSTOMERS: _t("Customers"),
        Area.OPERATIONS: _t("Operations"),
        Area.PEOPLE: _t("People"),
    }


def kind_names() -> dict[KpiKind, str]:
    return {KpiKind.QUANTITATIVE: _t("Quantitative"), KpiKind.QUALITATIVE: _t("Qualitative")}


def timing_names() -> dict[Timing, str]:
    return {Timing.LEADING: _t("Leading"), Timing.LAGGING: _t("Lagging")}


def horizon_names() -> dict[Horizon, str]:
    return {Horizon.LONG: _t("Long term"), Horizon.SHORT: _t("Short term")}


def direction_names() -> dict[Direction, str]:
    return {
        Direction.HIGHER: _t("Higher is better"),
        Direction.LOWER: _t("Lower is better"),
        Direction.RANGE: _t("Stay within a range"),
    }


def frequency_names() -> dict[Frequency, str]:
    return {
        Frequency.DAY: _t("Daily"),
        Frequency.WEEK: _t("Weekly"),
        Frequency.MONTH: _t("Monthly"),
        Frequency.QUARTER: _t("Quarterly"),
        Frequency.YEAR: _t("Yearly"),
    }


def rollup_names() -> dict[RollUp, str]:
    return {
        RollUp.SUM: _t("Sum"),
        RollUp.MEAN: _t("Average"),
        RollUp.LAST: _t("Last value"),
        RollUp.MIN: _t("Lowest"),
        RollUp.MAX: _t("Highest"),
    }


def status_names() -> dict[Status, str]:
    return {
        Status.STRETCH_MET: _t("Stretch met"),
        Status.ON_TRACK: _t("On track"),
        Status.AT_RISK: _t("At risk"),
        Status.OFF_TRACK: _t("Off track"),
        Status.NO_DATA: _t("No data"),
        Status.NO_TARGET: _t("No target"),
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


def language_names() -> dict[str, str]:
    # Each language is named in itself, so a user can find their own.
    return {"nb": "Norsk bokmål", "en": "English"}
