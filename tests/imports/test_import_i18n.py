"""Import messages in Norwegian Bokmål and English (kpidesk/imports/i18n.py)."""

from __future__ import annotations

import ast
import string
from datetime import date
from pathlib import Path

import pytest

import kpidesk.imports
from kpidesk.domain.entities import Kpi
from kpidesk.domain.types import Frequency, RollUp
from kpidesk.imports.errors import ImportFileError, ImportProblem
from kpidesk.imports.i18n import LANG, language, msg, texts
from kpidesk.imports.plan import plan_file
from kpidesk.imports.reader import read_file
from kpidesk.store import kpis

TODAY = date(2026, 11, 27)


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("key", sorted(texts()))
def test_every_key_has_both_texts_with_the_same_placeholders(key):
    nb, en = texts()[key]
    assert nb.strip() and en.strip()
    assert _fields(nb) == _fields(en)
    assert "'" not in nb, "Bokmål quotes with «…»"


def test_msg_follows_the_context_and_an_explicit_language():
    assert msg("not_number", text="x") == "'x' is not a number"
    assert msg("not_number", "nb", text="x") == "«x» er ikke et tall"
    with language("nb"):
        assert msg("not_number", text="x") == "«x» er ikke et tall"
        assert msg("not_number", "en", text="x") == "'x' is not a number"
    assert LANG.get() == "en"


def test_a_problem_names_row_and_column_in_its_language():
    with language("nb"):
        problem = ImportProblem(14, "Omsetning", msg("not_number", text="abc"))
    assert str(problem) == "rad 14, kolonne «Omsetning»: «abc» er ikke et tall"
    assert str(ImportProblem(14, "Omsetning", "x")) == "row 14, column 'Omsetning': x"
    error = ImportFileError([problem, problem, problem])
    assert str(error).endswith("(og 2 problemer til)")


@pytest.fixture
def shop_nb(store):
    for code, name, rollup in [
        ("REV", "Omsetning", RollUp.SUM),
        ("TICKET", "Snittkjøp", RollUp.MEAN),
        ("MARGIN", "Bruttomargin %", RollUp.MEAN),
    ]:
        kpis.add_kpi(store, Kpi(0, code, name, frequency=Frequency.DAY, rollup=rollup))
    return store


def test_a_bad_row_planned_in_nb_is_norwegian(shop_nb, tmp_path):
    path = tmp_path / "salg.csv"
    path.write_text("Dato;Omsetning\n01.10.2026;1 234,50\n02.10.2026;mye\n", encoding="utf-8")
    plan = plan_file(shop_nb, path, today=TODAY, lang="nb")
    assert [str(p) for p in plan.problems] == [
        "rad 3, kolonne «Omsetning»: «mye» er ikke et tall (ventet norsk format med desimalkomma)"
    ]
    english = plan_file(shop_nb, path, today=TODAY)
    assert [str(p) for p in english.problems] == [
        "row 3, column 'Omsetning': 'mye' is not a number (expected nb format, decimal comma)"
    ]
    assert LANG.get() == "en"


def test_the_nb_excel_fixture_with_an_unknown_column(shop_nb, fixtures):
    plan = plan_file(shop_nb, fixtures / "nb_excel_wide.csv", today=TODAY, lang="nb")
    texts_ = [str(p) for p in plan.problems]
    assert texts_, plan.notes
    assert any(
        t.startswith("rad 2, kolonne «Antall kunder»: det finnes ingen KPI «Antall kunder»")
        for t in texts_
    ), texts_


def test_file_errors_in_nb(tmp_path):
    with pytest.raises(ImportFileError, match="finnes ikke eller er ikke en fil"):
        read_file(tmp_path / "borte.csv", lang="nb")
    (tmp_path / "tom.csv").write_text("")
    with pytest.raises(ImportFileError, match=r"tom\.csv er tom"):
        read_file(tmp_path / "tom.csv", lang="nb")


_CALLS = {"ImportProblem", "ImportFileError", "ValueError", "UnknownNameError"}
_ALLOWED_VALUE_ERRORS = ("must be", "conflict")  # programming errors, not for the owner


def _literal_messages(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", getattr(node.func, "attr", ""))
        if name not in _CALLS:
            continue
        for arg in [*node.args, *(k.value for k in node.keywords)]:
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value.strip():
                found.append((node.lineno, arg.value))
            elif isinstance(arg, ast.JoinedStr):
                text = "".join(
                    v.value for v in arg.values if isinstance(v, ast.Constant)
                )  # the fixed part of an f-string
                found.append((node.lineno, text))
    return [
        (line, text)
        for line, text in found
        if not any(word in text for word in _ALLOWED_VALUE_ERRORS)
    ]


def test_no_english_message_is_left_as_a_literal():
    package = Path(kpidesk.imports.__file__).parent
    left = {
        f"{path.name}:{line}: {text}"
        for path in package.glob("*.py")
        if path.name not in ("i18n.py", "export.py")
        for line, text in _literal_messages(ast.parse(path.read_text(encoding="utf-8")))
    }
    assert not left, sorted(left)


def test_a_mistyped_period_is_explained_in_norwegian(tmp_path):
    from kpidesk.imports.reader import read_file

    path = tmp_path / "feil.csv"
    path.write_text("kpi,segment,period,value,comment\nREVENUE,,2026-13,5,\n", encoding="utf-8")
    [problem] = read_file(path, lang="nb").problems
    assert str(problem) == (
        "rad 2, kolonne «period»: «2026-13» er ikke en gyldig periode; skriv for eksempel "
        "2026-10-05, 2026-W41, 2026-10, 2026-Q3 eller 2026"
    )
