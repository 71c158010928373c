"""`make translations`: extract UI strings into the .ts files and compile them to .qm.

English is the source language; its .ts marks every string as translated to
itself, so both catalogues are complete and a test can hold them to that.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("nb", "en")


def _tool(name: str) -> str:
    return shutil.which(name) or str(Path(sys.executable).with_name(name))


def source_files() -> list[Path]:
    """Python modules of the GUI (not the compiled forms) and the Designer forms."""
    gui = ROOT / "kpidesk" / "gui"
    python = [p for p in sorted(gui.rglob("*.py")) if "forms" not in p.relative_to(gui).parts]
    return python + sorted((ROOT / "ui").glob("*.ui"))


def extract(targets: list[Path]) -> None:
    """Run lupdate: add new strings (unfinished), drop strings no longer used."""
    files = [str(p) for p in source_files()]
    ts = [str(t) for t in targets]
    subprocess.run(
        [_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *files, "-ts", *ts],
        check=True,
        capture_output=True,
    )


def complete_english(path: Path) -> None:
    """In the source language every string is its own translation."""
    tree = ET.parse(path)
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            translation.text = message.findtext("source")
            del translation.attrib["type"]
    tree.write(path, encoding="utf-8", xml_declaration=True)


def compile_all() -> None:
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


def main() -> int:
    targets = [TRANSLATIONS / f"kpidesk_{lang}.ts" for lang in LANGUAGES]
    extract(targets)
    complete_english(TRANSLATIONS / "kpidesk_en.ts")
    compile_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
