"""Both languages are complete, current and compiled; Qt's own buttons speak Bokmål."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWizard

from kpidesk.gui import translations_build as tb
from kpidesk.gui.i18n import install_language

TS = {lang: tb.TRANSLATIONS / f"kpidesk_{lang}.ts" for lang in tb.LANGUAGES}


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    return {
        (context.findtext("name"), message.findtext("source")): message.find("translation")
        for context in tree.iter("context")
        for message in context.iter("message")
    }


@pytest.mark.parametrize("lang", tb.LANGUAGES)
def test_no_unfinished_or_empty_translations(lang: str) -> None:
    messages = _messages(TS[lang])
    assert len(messages) > 50
    unfinished = [key for key, t in messages.items() if t.get("type") or not (t.text or "")]
    assert unfinished == []


def test_every_string_in_the_code_is_in_the_catalogues(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    tb.extract([fresh])
    in_code = set(_messages(fresh))
    for lang, path in TS.items():
        missing = in_code - set(_messages(path))
        assert not missing, (
            f"run `make translations` and translate for {lang}: {sorted(missing)[:5]}"
        )


@pytest.mark.parametrize("ts", sorted(tb.TRANSLATIONS.glob("*.ts")), ids=lambda p: p.stem)
def test_compiled_catalogue_is_current(ts: Path, tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease") or tb._tool("pyside6-lrelease")
    out = tmp_path / "x.qm"
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(out)], check=True)
    assert out.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run `make translations`"


def test_norwegian_text_keeps_its_letters() -> None:
    messages = _messages(TS["nb"])
    text = " ".join(t.text or "" for t in messages.values())
    assert all(letter in text for letter in "øåÅØ")


def test_qt_standard_buttons_in_bokmal(qapp) -> None:
    install_language(qapp, "nb")
    try:
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Yes
            | QDialogButtonBox.StandardButton.No
        )
        texts = {b.text() for b in box.buttons()}
        assert texts == {"OK", "Avbryt", "&Ja", "&Nei"}
        wizard = QWizard()
        assert wizard.buttonText(QWizard.WizardButton.NextButton) == "&Neste >"
        assert wizard.buttonText(QWizard.WizardButton.BackButton) == "< &Tilbake"
        assert wizard.buttonText(QWizard.WizardButton.FinishButton) == "&Fullfør"
        edit = QLineEdit()
        menu = edit.createStandardContextMenu()
        assert "&Lim inn" in [a.text().split("\t")[0] for a in menu.actions()]
    finally:
        install_language(qapp, "en")


def _non_literal_translations(path: Path) -> list[str]:
    """Calls of tr()/translate() whose text is not a literal, which lupdate cannot see."""
    import ast

    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute | ast.Name):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
        text_at = {"tr": 0, "translate": 1}.get(name)
        if text_at is None or len(node.args) <= text_at:
            continue
        if not (
            isinstance(node.args[text_at], ast.Constant)
            and isinstance(node.args[text_at].value, str)
        ):
            found.append(f"{path.name}:{node.lineno}")
    return found


def test_every_translated_text_is_a_literal_lupdate_can_see() -> None:
    offenders = [
        hit for p in tb.source_files() if p.suffix == ".py" for hit in _non_literal_translations(p)
    ]
    assert offenders == []


def _contexts_qt_will_ask_for() -> set[str]:
    """Class names of the GUI, form classes and explicit translate() contexts."""
    import ast

    names: set[str] = set()
    for path in tb.source_files():
        if path.suffix == ".ui":
            root = ET.parse(path).getroot()
            names.add(root.findtext("class") or "")
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names.add(node.name)
            elif (
                isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)
            ):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name == "translate":
                    names.add(node.args[0].value)
    return names


def test_every_catalogue_context_is_one_qt_looks_up() -> None:
    # lupdate names the context of `something.tr(...)` after the variable when it
    # cannot tell the class; Qt then never finds the translation at run time.
    contexts = {context for context, _ in _messages(TS["nb"])}
    assert contexts - _contexts_qt_will_ask_for() == set()
