"""Change-log entries in the owner's words: what changed, from what, to what.

The store logs plain keys ("measurement"/"value", "kpi"/"retired_on",
"period_close"/"reopen" …) with the old and new values as text. Here they
become translated phrases, periods and dates as the UI writes them, and a
kind of change the log view filters on. Keys a later version adds show as
they are rather than being hidden.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.entities import ChangeLogEntry, Kpi
from kpidesk.domain.periods import Period
from kpidesk.domain.types import Frequency
from kpidesk.gui.models.change_labels import (
    KIND_OF_ENTITY,
    decision_names,
    field_names,
    target_words,
)
from kpidesk.gui.models.formatting import format_date, format_number
from kpidesk.gui.period_labels import period_label

translate = QCoreApplication.translate


_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NUMBER = re.compile(r"^-?\d+(\.\d+)?(e[-+]?\d+)?$")
_BATCH = re.compile(r"^(\d+) new, (\d+) changed$")
_TARGET_PART = re.compile(r"(realistic|stretch|warning|low|high)=([^,]+)")


@dataclass(frozen=True)
class ChangeRow:
    """One change-log entry as the log view shows it."""

    entry: ChangeLogEntry
    kind: str
    kpi: str
    what: str
    old: str
    new: str
    note: str

    def texts(self) -> tuple[str, ...]:
        """Every text a search looks in."""
        return (self.entry.who, self.kpi, self.what, self.old, self.new, self.note)


@dataclass
class Names:
    """What the entries refer to by id: KPIs, goals, people; and the fiscal year start.

    The translated words are looked up once per load, not once per entry.
    """

    kpis: Mapping[int, Kpi]
    goals: Mapping[int, str]
    people: Mapping[int, str]
    fiscal_start_month: int = 1

    @cached_property
    def fields(self) -> dict[str, str]:
        return field_names()

    @cached_property
    def target_words(self) -> dict[str, str]:
        return target_words()

    @cached_property
    def decisions(self) -> dict[str, str]:
        return decision_names()


def describe(entry: ChangeLogEntry, names: Names) -> ChangeRow:
    """The entry in words."""
    kind = KIND_OF_ENTITY.get(entry.entity, "other")
    if entry.entity == "measurement" and entry.field == "comment":
        kind = "comments"
    kpi = names.kpis.get(entry.kpi_id) if entry.kpi_id is not None else None
    kpi_name = kpi.name if kpi else (f"#{entry.kpi_id}" if entry.kpi_id is not None else "")
    maker = _DESCRIBERS.get(entry.entity, _describe_other)
    what, old, new, note = maker(entry, names, kpi)
    return ChangeRow(entry, kind, kpi_name, what, old, new, note)


Described = tuple[str, str, str, str]
"""(what, old, new, note)."""


def _day(text: str) -> str:
    return format_date(date.fromisoformat(text)) if _ISO_DAY.match(text) else text


def _plain(text: str) -> str:
    """A logged value as the UI writes it: dates and numbers localised."""
    if _ISO_DAY.match(text):
        return _day(text)
    if _NUMBER.match(text):
        return format_number(float(text))
    return text


def _where(entry: ChangeLogEntry, names: Names, kpi: Kpi | None) -> str:
    """ "Oct 2026" (or "Oct 2026, SEO") from a value's context "2026-10-01 seo"."""
    day, _, segment = entry.context.partition(" ")
    if not _ISO_DAY.match(day):
        return entry.context
    frequency = kpi.frequency if kpi else Frequency.DAY
    start = date.fromisoformat(day)
    text = period_label(Period.containing(frequency, start, names.fiscal_start_month), year=True)
    return f"{text}, {segment}" if segment else text


def _describe_measurement(entry: ChangeLogEntry, names: Names, kpi: Kpi | None) -> Described:
    where = _where(entry, names, kpi)
    if entry.field == "comment":
        return translate("ChangeLog", "Comment, {0}").format(where), entry.old, entry.new, ""
    decimals = kpi.decimals if kpi else 0
    old, new = (format_number(float(v), decimals) if v else "" for v in (entry.old, entry.new))
    return translate("ChangeLog", "Value, {0}").format(where), old, new, ""


def _describe_causes(entry: ChangeLogEntry, names: Names, kpi: Kpi | None) -> Described:
    return (
        translate("ChangeLog", "Causes, {0}").format(_where(entry, names, kpi)),
        entry.old,
        entry.new,
        "",
    )


def _describe_batch(entry: ChangeLogEntry, names: Names, kpi: Kpi | None) -> Described:
    source = entry.context
    what = (
        translate("ChangeLog", "Values typed in")
        if source in ("manual", "")
        else translate("ChangeLog", "Values imported from {0}").format(source)
    )
    counted = _BATCH.match(entry.new)
    new = (
        translate("ChangeLog", "{0} new, {1} changed").format(*counted.groups())
        if counted
        else entry.new
    )
    return what, "", new, ""


def _describe_kpi(entry: ChangeLogEntry, names: Names, kpi: Kpi | None) -> Described:
    if entry.field == "created":
        return translate("ChangeLog", "KPI added"), "", entry.new, ""
    if entry.field == "deleted":
        return translate("ChangeLog", "KPI deleted"), entry.old, "", ""
    field = names.fields.get(entry.field, entry.field)
    old, new = entry.old, entry.new
    if entry.field in ("replaced_by_id",):
        old, new = (_kpi_name(v, names) for v in (old, new))
    elif entry.field == "owner_id":
        old, new = (_person(v, names) for v in (old, new))
    else:
        old, new = _plain(old), _plain(new)
    return translate("ChangeLog", "KPI: {0}").format(field), old, new, ""


def _kpi_name(text: str, names: Names) -> str:
    if not text.isdigit():
        return text
    kpi = names.kpis.get(int(text))
    return kpi.name if kpi else f"#{text}"


def _person(text: str, names: Names) -> str:
    return names.people.get(int(text), f"#{text}") if text.isdigit() else text


def _target_text(text: str, words: Mapping[str, str]) -> str:
    """ "realistic=1000.0, stretch=1200.0" as "target 1 000, stretch 1 200"."""
    parts = [f"{words[name]} {_plain(value.strip())}" for name, value in _TARGET_PART.findall(text)]
    return ", ".join(parts) if parts else text


def _describe_target(entry: ChangeLogEntry, names: Names, kpi: Kpi | None) -> Described:
    start = _day(entry.context.removeprefix("from "))
    what = (
        translate("ChangeLog", "Target removed (from {0})")
        if entry.field == "target deleted"
        else translate("ChangeLog", "Target from {0}")
    ).format(start)
    return (
        what,
        _target_text(entry.old, names.target_words),
        _target_text(entry.new, names.target_words),
        "",
    )


def _describe_goal(entry: ChangeLogEntry, names: Names, kpi: Kpi | None) -> Described:
    title = names.goals.get(entry.entity_id or 0, "")
    if entry.field == "created":
        return translate("ChangeLog", "Goal added"), "", entry.new, ""
    if entry.field == "deleted":
        return translate("ChangeLog", "Goal deleted"), entry.old, "", ""
    if entry.field == "kpi linked":
        return (
            translate("ChangeLog", "Goal “{0}”: KPI linked").format(title),
            "",
            _kpi_name(entry.new, names),
            "",
        )
    if entry.field == "kpi unlinked":
        return (
            translate("ChangeLog", "Goal “{0}”: KPI unlinked").format(title),
            _kpi_name(entry.old, names),
            "",
            "",
        )
    field = names.fields.get(entry.field, entry.field)
    old, new = entry.old, entry.new
    if entry.field == "owner_id":
        old, new = _person(old, names), _person(new, names)
    else:
        old, new = _plain(old), _plain(new)
    return translate("ChangeLog", "Goal “{0}”: {1}").format(title, field), old, new, ""


def _describe_review(entry: ChangeLogEntry, names: Names, kpi: Kpi | None) -> Described:
    decisions = names.decisions
    if entry.field == "decision":
        what = translate("ChangeLog", "Review of {0}: decision").format(_day(entry.context))
        return what, entry.old, decisions.get(entry.new, entry.new), ""
    if entry.field == "next review":
        what = translate("ChangeLog", "Review of {0}: next review").format(_day(entry.context))
        return what, _plain(entry.old), _plain(entry.new), ""
    return (
        translate("ChangeLog", "Review: {0}").format(entry.field),
        _plain(entry.old),
        _plain(entry.new),
        "",
    )


def _describe_benchmark(entry: ChangeLogEntry, names: Names, kpi: Kpi | None) -> Described:
    what = {
        ("benchmark", "created"): translate("ChangeLog", "Benchmark added"),
        ("benchmark", "deleted"): translate("ChangeLog", "Benchmark removed"),
        ("competitor", "created"): translate("ChangeLog", "Competitor added"),
    }.get((entry.entity, entry.field))
    if what is None and entry.entity == "competitor_value":
        what = translate("ChangeLog", "Competitor figure of {0}").format(_day(entry.context))
    if what is None:
        what = f"{entry.entity}: {entry.field}"
    return what, _plain(entry.old), _plain(entry.new), ""


def _describe_closing(entry: ChangeLogEntry, names: Names, kpi: Kpi | None) -> Described:
    what = (
        translate("ChangeLog", "Periods reopened")
        if entry.field == "reopen"
        else translate("ChangeLog", "Periods closed")
    )
    old = (
        translate("ChangeLog", "closed through {0}").format(_day(entry.old))
        if entry.old
        else translate("ChangeLog", "none closed")
    )
    new = (
        translate("ChangeLog", "closed through {0}").format(_day(entry.new))
        if entry.new
        else translate("ChangeLog", "none closed")
    )
    return what, old, new, entry.context


def _describe_tag(entry: ChangeLogEntry, names: Names, kpi: Kpi | None) -> Described:
    what = {
        "created": translate("ChangeLog", "Cause tag added"),
        "name": translate("ChangeLog", "Cause tag renamed"),
        "removed": translate("ChangeLog", "Cause tag removed"),
    }.get(entry.field, entry.field)
    return what, entry.old, entry.new, ""


def _describe_business(entry: ChangeLogEntry, names: Names, kpi: Kpi | None) -> Described:
    field = names.fields.get(entry.field, entry.field)
    return (
        translate("ChangeLog", "Business: {0}").format(field),
        _plain(entry.old),
        _plain(entry.new),
        "",
    )


def _describe_other(entry: ChangeLogEntry, names: Names, kpi: Kpi | None) -> Described:
    return f"{entry.entity}: {entry.field}", entry.old, entry.new, entry.context


def _describe_value(entry: ChangeLogEntry, names: Names, kpi: Kpi | None) -> Described:
    if entry.field == "causes":
        return _describe_causes(entry, names, kpi)
    return _describe_other(entry, names, kpi)


_DESCRIBERS: dict[str, Callable[[ChangeLogEntry, Names, Kpi | None], Described]] = {
    "measurement": _describe_measurement,
    "value": _describe_value,
    "values": _describe_batch,
    "kpi": _describe_kpi,
    "target": _describe_target,
    "goal": _describe_goal,
    "review": _describe_review,
    "benchmark": _describe_benchmark,
    "competitor": _describe_benchmark,
    "competitor_value": _describe_benchmark,
    "period_close": _describe_closing,
    "cause_tag": _describe_tag,
    "business": _describe_business,
}
