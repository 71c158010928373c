"""The demo's competitors: two made-up cafés in Bergen, every figure dated and marked."""

from __future__ import annotations

from pathlib import Path

from kpidesk.demo.build import create_demo
from kpidesk.store import competitors, kpis
from kpidesk.store.connection import open_database
from tests.conftest import DEMO_TODAY


def test_two_competitors_with_dated_example_figures(demo_path: Path) -> None:
    with open_database(demo_path) as store:
        rivals = competitors.list_competitors(store)
        assert [c.name for c in rivals] == ["Kaffekoppen AS", "Vågen Kaffehus"]
        assert all("eksempel" in c.note.lower() and "oppdikte" in c.note for c in rivals)
        figures = competitors.competitor_values(store)
        codes = {kpis.get_kpi(store, f.kpi_id).code for f in figures}
        assert codes == {"CUSTOMER_SATISFACTION", "SOCIAL_ENGAGEMENT"}
        assert all(f.source.startswith("Eksempeltall") for f in figures)
        assert all(f.as_of < DEMO_TODAY for f in figures)
        ratings = [f.value for f in figures if kpis.get_kpi(store, f.kpi_id).code[0] == "C"]
        assert all(1 <= r <= 5 for r in ratings)  # a rating on the survey's 1–5 scale


def test_the_english_demo_marks_them_in_english(tmp_path: Path) -> None:
    with create_demo(tmp_path / "en.kpidesk", "en", 1, DEMO_TODAY) as store:
        rivals = competitors.list_competitors(store)
        assert all(c.note.startswith("Example competitor") for c in rivals)
        assert all(
            f.source.startswith("Example figure") for f in competitors.competitor_values(store)
        )
