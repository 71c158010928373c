"""The committed Python forms are what `make forms` makes of ui/*.ui today."""

from __future__ import annotations

from pathlib import Path

import pytest

from kpidesk.gui.forms_build import compile_form

ROOT = Path(__file__).resolve().parents[2]
FORMS = sorted((ROOT / "ui").glob("*.ui"))


def test_there_are_forms() -> None:
    assert len(FORMS) >= 3


@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.stem)
def test_compiled_form_is_current(form: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    compiled = ROOT / "kpidesk" / "gui" / "forms" / f"ui_{form.stem}.py"
    assert compiled.exists(), f"run `make forms`: {compiled.name} is missing"
    expected = compile_form(form.relative_to(ROOT))
    assert compiled.read_text(encoding="utf-8") == expected, f"run `make forms` for {form.name}"
