"""The committed Goals/KPIs forms match their .ui files (run `make forms` after editing)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kpidesk.gui.forms_build import compile_form

ROOT = Path(__file__).resolve().parents[2]
FORMS = (
    "goals_screen",
    "goal_dialog",
    "kpis_screen",
    "kpi_dialog",
    "retire_kpi_dialog",
    "reports_screen",
)


@pytest.mark.parametrize("name", FORMS)
def test_form_is_up_to_date(name, monkeypatch):
    # compile_form names the source in the header, so run it from the checkout's root.
    monkeypatch.chdir(ROOT)
    committed = ROOT / "kpidesk" / "gui" / "forms" / f"ui_{name}.py"
    assert committed.read_text(encoding="utf-8") == compile_form(Path("ui") / f"{name}.ui")
