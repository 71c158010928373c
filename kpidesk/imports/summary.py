"""An import plan as plain text lines: what the command line prints."""

from __future__ import annotations

from kpidesk.imports.export import format_number
from kpidesk.imports.plan import AppliedImport, ImportPlan, PlannedValue

# Which option answers each question the readers may ask about a file.
QUESTION_OPTIONS = {
    "number_format": "--number-format nb or --number-format en",
    "date_format": "--date-format dmy or --date-format mdy",
}
SHOWN_CHANGES = 10


def _number(value: float | None) -> str:
    return "(empty)" if value is None else format_number(value)


def _change(v: PlannedValue) -> str:
    where = f"{v.kpi_code} {v.segment} {v.period}".replace("  ", " ")
    line = f"    {where}: {_number(v.old_value)} → {_number(v.value)}"
    if v.comment is not None and v.comment != v.old_comment:
        line += f" (comment: {v.comment!r})"
    return line


def plan_lines(plan: ImportPlan, *, show_changes: bool = False) -> list[str]:
    """Per KPI: new, changed, unchanged; then the total, changes (if asked) and notes."""
    counts = plan.by_kpi()
    width = max([len(code) for code in counts] + [5])
    lines = [f"{plan.source}:"]
    for code, per in counts.items():
        lines.append(
            f"  {code:<{width}}  {per['new']:>6} new  {per['changed']:>6} changed"
            f"  {per['unchanged']:>6} unchanged"
        )
    total = {status: plan.count(status) for status in ("new", "changed", "unchanged")}
    lines.append(
        f"  {'total':<{width}}  {total['new']:>6} new  {total['changed']:>6} changed"
        f"  {total['unchanged']:>6} unchanged"
    )
    if show_changes:
        changed = [v for v in plan.values if v.status == "changed"]
        lines.extend(_change(v) for v in changed[:SHOWN_CHANGES])
        if len(changed) > SHOWN_CHANGES:
            lines.append(f"    … and {len(changed) - SHOWN_CHANGES} more changes")
    lines.extend(f"note: {note}" for note in plan.notes)
    return lines


def applied_line(applied: AppliedImport, source: str) -> str:
    """One line saying what was written."""
    if not (applied.new or applied.changed or applied.kept):
        return "Nothing written: the file holds what is stored already."
    line = f"Written: {applied.new} new, {applied.changed} changed (source: {source})"
    if applied.kept:
        line += f"; {applied.kept} stored values that differ from the file kept"
    return line + "."


def question_line(plan: ImportPlan) -> str:
    """The one line for a file that leaves its number or date format open."""
    options = " and ".join(QUESTION_OPTIONS.get(q, q) for q in plan.questions)
    asked = next((p.message for p in plan.problems if p.row is None), "the format is open")
    return f"{plan.source}: {asked}: pass {options}"
