"""Refresh the AppStream screenshots in packaging/linux/screenshots/ (committed).

    QT_QPA_PLATFORM=offscreen python packaging/linux/make_screenshots.py   (or: make screenshots)

Builds the demo business in a temporary folder, runs `kpidesk shots` on it in
English, and keeps three screens as palette PNGs (sharp text, small files).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
KEEP = {
    "02-goals.png": "goals.png",
    "03-kpis.png": "kpis.png",
    "04-data_entry.png": "data-entry.png",
}


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    with tempfile.TemporaryDirectory(prefix="kpidesk-screenshots-") as tmp:
        env = {
            **os.environ,
            "KPIDESK_DATA_DIR": str(Path(tmp, "data")),
            "XDG_CONFIG_HOME": str(Path(tmp, "config")),
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(ROOT),
        }
        demo, shots = Path(tmp, "demo.kpidesk"), Path(tmp, "shots")
        run = [sys.executable, "-m", "kpidesk.cli"]
        subprocess.run([*run, "demo", str(demo), "--today", "2026-11-27"], env=env, check=True)
        subprocess.run([*run, "shots", str(demo), str(shots), "--lang", "en"], env=env, check=True)
        target = HERE / "screenshots"
        target.mkdir(exist_ok=True)
        for source, name in KEEP.items():
            image = QImage(str(shots / source)).convertToFormat(
                QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither
            )
            if not image.save(str(target / name), "PNG", 0):
                raise RuntimeError(f"could not write {name}")
    print(f"Screenshots written to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
