"""The KPI charter read back: every KPI in use with its definition, owner and targets."""

from __future__ import annotations

from pathlib import Path

from kpidesk.reports.api import write_charter_file
from kpidesk.store.business import list_people
from kpidesk.store.connection import open_database
from kpidesk.store.goals import list_goals
from kpidesk.store.kpis import list_kpis
from tests.conftest import DEMO_TODAY
from tests.reports.conftest import norm


def test_charter_lists_every_active_kpi_with_definition_and_owner(
    demo_template: Path, tmp_path: Path, read_pdf
) -> None:
    out = tmp_path / "charter.pdf"
    written = write_charter_file(demo_template, out, "nb", DEMO_TODAY)
    pdf = read_pdf(out)
    assert written.pages == pdf.pages
    text = pdf.flat()
    with open_database(demo_template, read_only=True) as store:
        kpis = list_kpis(store)
        people = {p.id: p.name for p in list_people(store)}
        goals = list_goals(store)
    active = [k for k in kpis if k.retired_on is None]
    assert len(active) == 15
    for kpi in active:
        card = text[text.index(f"{kpi.name} {kpi.code}") :][:900]
        assert f"Hva den måler {norm(kpi.definition)}" in card, kpi.code
        assert f"Ansvarlig {people[kpi.owner_id]}" in card, kpi.code
        assert f"Datakilde {norm(kpi.data_source)}" in card, kpi.code
    for goal in goals:
        assert norm(goal.title) in text
    retired = next(k for k in kpis if k.retired_on is not None)
    assert f"{retired.name} {retired.code}" not in text
    # targets in force today, with stretch; how a formula KPI is computed
    assert "950 000 kr per måned · Strekkmål 1 050 000 kr" in text
    assert "Nettbestillinger / Besøk i nettbutikken × 100" in text
    assert "Side 1 av" in text


def test_english_charter(demo_template: Path, tmp_path: Path, read_pdf) -> None:
    out = tmp_path / "charter.pdf"
    write_charter_file(demo_template, out, "en", DEMO_TODAY)
    text = read_pdf(out).flat()
    assert "KPI charter" in text
    assert "What it measures" in text
    assert "Leading – an early warning" in text
