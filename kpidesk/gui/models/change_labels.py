"""The words of the change log view: kinds of change, field names, decisions (translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

KINDS = (
    "values",
    "comments",
    "kpis",
    "targets",
    "goals",
    "reviews",
    "benchmarks",
    "closing",
    "tags",
    "business",
    "other",
)
"""The kinds of change the log view filters on, in menu order."""

KIND_OF_ENTITY = {
    "measurement": "values",
    "values": "values",
    "value": "comments",
    "kpi": "kpis",
    "target": "targets",
    "goal": "goals",
    "review": "reviews",
    "benchmark": "benchmarks",
    "competitor": "benchmarks",
    "competitor_value": "benchmarks",
    "period_close": "closing",
    "cause_tag": "tags",
    "business": "business",
}


def kind_names() -> dict[str, str]:
    """Each kind of change, translated."""
    return {
        "values": translate("ChangeLog", "Values"),
        "comments": translate("ChangeLog", "Comments and causes"),
        "kpis": translate("ChangeLog", "KPI definitions"),
        "targets": translate("ChangeLog", "Targets"),
        "goals": translate("ChangeLog", "Goals"),
        "reviews": translate("ChangeLog", "Reviews"),
        "benchmarks": translate("ChangeLog", "Benchmarks and competitors"),
        "closing": translate("ChangeLog", "Closing periods"),
        "tags": translate("ChangeLog", "Cause tags"),
        "business": translate("ChangeLog", "Business"),
        "other": translate("ChangeLog", "Other"),
    }


def field_names() -> dict[str, str]:
    return {
        "name": translate("ChangeLog", "name"),
        "code": translate("ChangeLog", "code"),
        "definition": translate("ChangeLog", "definition"),
        "area": translate("ChangeLog", "area"),
        "kind": translate("ChangeLog", "kind"),
        "timing": translate("ChangeLog", "leading or lagging"),
        "unit": translate("ChangeLog", "unit"),
        "decimals": translate("ChangeLog", "decimals"),
        "direction": translate("ChangeLog", "direction"),
        "frequency": translate("ChangeLog", "frequency"),
        "rollup": translate("ChangeLog", "roll-up"),
        "formula": translate("ChangeLog", "formula"),
        "scale": translate("ChangeLog", "scale"),
        "data_source": translate("ChangeLog", "data source"),
        "owner_id": translate("ChangeLog", "owner"),
        "dimension": translate("ChangeLog", "split by"),
        "baseline": translate("ChangeLog", "baseline"),
        "retired_on": translate("ChangeLog", "retired from"),
        "retired_reason": translate("ChangeLog", "reason for retiring"),
        "replaced_by_id": translate("ChangeLog", "replaced by"),
        "drives": translate("ChangeLog", "drives"),
        "title": translate("ChangeLog", "title"),
        "description": translate("ChangeLog", "description"),
        "horizon": translate("ChangeLog", "horizon"),
        "due_date": translate("ChangeLog", "due date"),
        "archived_on": translate("ChangeLog", "archived on"),
        "industry": translate("ChangeLog", "industry"),
        "currency": translate("ChangeLog", "currency"),
        "fiscal_start_month": translate("ChangeLog", "first month of the fiscal year"),
        "language": translate("ChangeLog", "language"),
        "size": translate("ChangeLog", "size"),
    }


def target_words() -> dict[str, str]:
    return {
        "realistic": translate("ChangeLog", "target"),
        "stretch": translate("ChangeLog", "stretch"),
        "warning": translate("ChangeLog", "warning at"),
        "low": translate("ChangeLog", "range low"),
        "high": translate("ChangeLog", "range high"),
    }


def decision_names() -> dict[str, str]:
    return {
        "keep": translate("ChangeLog", "keep"),
        "adjust_target": translate("ChangeLog", "adjust the target"),
        "change_definition": translate("ChangeLog", "change the definition"),
        "replace": translate("ChangeLog", "replace"),
        "retire": translate("ChangeLog", "retire"),
    }
