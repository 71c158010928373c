"""The scorecard's comments show the cause tags that explain a value (read back from the PDF)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kpidesk.domain.entities import Goal, Kpi, Target
from kpidesk.domain.periods import Period
from kpidesk.reports.api import write_scorecard_file
from kpidesk.reports.inputs import load_inputs
from kpidesk.reports.scorecard_data import build_scorecard
from kpidesk.store import causes, goals, kpis
from kpidesk.store.measurements import ValueRow, write_values
from kpidesk.store.targets import set_target
from tests.conftest import DEMO_TODAY

OCTOBER = Period.parse("2026-10")


def test_the_demo_scorecard_shows_the_causes_of_its_comments(
    demo_template: Path, tmp_path: Path, read_pdf
) -> None:
    out = tmp_path / "july.pdf"
    write_scorecard_file(demo_template, out, "2026-07", "nb", DEMO_TODAY)
    text = read_pdf(out).flat()
    assert "Rekordmåned: cruiseturister og sol hele måneden (Årsaker: Sesong)" in text


def test_a_tagged_value_without_a_comment_is_listed_too(store, tmp_path: Path, read_pdf) -> None:
    kpi = kpis.add_kpi(store, Kpi(0, "REV", "Omsetning", unit="NOK"))
    goal = goals.add_goal(store, Goal(0, "Mer salg"))
    goals.link_kpi(store, goal.id, kpi.id)
    set_target(store, Target(kpi.id, date(2026, 1, 1), realistic=1000))
    write_values(
        store,
        [
            ValueRow(kpi.id, OCTOBER.start, 600.0),
            ValueRow(kpi.id, OCTOBER.prev().start, 900.0, comment="Ferie"),
        ],
    )
    stock, staff = causes.list_causes(store)[2], causes.list_causes(store)[3]
    causes.set_value_causes(store, kpi.id, OCTOBER, [stock.id, staff.id])
    causes.set_value_causes(store, kpi.id, OCTOBER.prev(), [staff.id])
    data = build_scorecard(load_inputs(store), OCTOBER, DEMO_TODAY)
    [line] = data.lines
    [comment] = line.comments  # September's belongs to September's scorecard
    assert (comment.period, comment.text, comment.causes) == (OCTOBER, "", (stock.name, staff.name))
    out = tmp_path / "oct.pdf"
    store.close()
    write_scorecard_file(Path(store.location), out, "2026-10", "nb", DEMO_TODAY)
    text = read_pdf(out).flat()
    assert f"Årsaker: {stock.name}, {staff.name}" in text
    assert "Ferie" not in text
