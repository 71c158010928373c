"""Compile one Designer form with pyside6-uic: `python -m kpidesk.gui.forms_build IN OUT`."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

HEADER = "# generated from {source} by `make forms` (pyside6-uic) — do not edit\n"


def compile_form(source: Path) -> str:
    """The Python code for a .ui file, with a stable header."""
    uic = shutil.which("pyside6-uic") or str(Path(sys.executable).with_name("pyside6-uic"))
    code = subprocess.run(
        [uic, "--from-imports", str(source)], check=True, capture_output=True, text=True
    ).stdout
    # uic stamps its own version; drop it so the output only changes with the form.
    code = re.sub(r"^## Created by: Qt User Interface Compiler version .*\n", "", code, flags=re.M)
    return HEADER.format(source=source.as_posix()) + only_used_imports(code)


_QT_IMPORT = re.compile(r"^from (PySide6\.\w+) import \(([^)]*)\)\n", re.M)


def only_used_imports(code: str) -> str:
    """uic imports every usual Qt class; keep the ones the form uses.

    Each Qt class a module touches is built with all its enums on first use
    (QConicalGradient alone has five), which the app pays for at start.
    """
    body = _QT_IMPORT.sub("", code)

    def used(match: re.Match[str]) -> str:
        names = [n.strip() for n in match.group(2).split(",") if n.strip()]
        kept = [n for n in names if re.search(rf"\b{n}\b", body)]
        return f"from {match.group(1)} import {', '.join(kept)}\n" if kept else ""

    return _QT_IMPORT.sub(used, code)


def main(argv: list[str]) -> int:
    source, target = Path(argv[0]), Path(argv[1])
    target.write_text(compile_form(source), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
