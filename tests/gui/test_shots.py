"""`kpidesk shots` writes a picture of every screen and dialog."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from kpidesk.gui.screens.registry import make_screens


def test_shots_writes_every_screen_and_dialog(demo_path: Path, tmp_path: Path, context) -> None:
    folder = tmp_path / "shots"
    before = demo_path.read_bytes()
    done = subprocess.run(
        [sys.executable, "-m", "kpidesk.cli", "shots", str(demo_path), str(folder), "--lang", "nb"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    names = sorted(p.name for p in folder.glob("*.png"))
    screens = len(make_screens(context))
    assert "01-welcome.png" in names
    assert len([n for n in names if n[:2].isdigit()]) == 1 + screens
    assert {"dialog-new_business.png", "dialog-preferences.png", "dialog-guide.png"} <= set(names)
    history = {"change_log", "cause_tags", "explain_red", "close_periods"}
    assert {f"dialog-{name}.png" for name in history} <= set(names)
    for name in names:
        image = QImage(str(folder / name))
        assert image.width() > 150 and image.height() > 80, name
    assert demo_path.read_bytes() == before  # pictures never change the file
