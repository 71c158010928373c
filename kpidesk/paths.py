"""Where KPIDesk's bundled resources live: in a source checkout, installed or frozen."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The folder holding icons, translations, the KPI library and fonts."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    package = Path(__file__).resolve().parent
    candidates = [
        Path(frozen_root) / "kpidesk" / "resources" if frozen_root else None,
        package / "resources",  # installed wheel
        package.parent / "resources",  # source checkout
    ]
    for candidate in candidates:
        if candidate is not None and candidate.is_dir():
            return candidate
    raise FileNotFoundError("KPIDesk's resources folder is missing from this installation")


def resource(*parts: str) -> Path:
    """The path of one bundled resource, e.g. ``resource("library", "finance.toml")``."""
    return resources_dir().joinpath(*parts)
