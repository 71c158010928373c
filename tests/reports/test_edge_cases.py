"""Hostile text, odd numbers, empty files and big files: the documents still come out right."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from kpidesk.domain.entities import Goal, Kpi, Target
from kpidesk.domain.periods import Period
from kpidesk.domain.types import Direction, Frequency, RollUp
from kpidesk.reports.api import write_charter_file, write_scorecard_file
from kpidesk.reports.document import write_atomically
from kpidesk.reports.text import esc
from kpidesk.store.business import add_person
from kpidesk.store.goals import add_goal, link_kpi
from kpidesk.store.kpis import add_kpi
from kpidesk.store.measurements import ValueRow, write_values
from kpidesk.store.targets import set_target
from tests.reports.conftest import norm

HOSTILE = '<b>R&D</b> </para> <a href="http://x">x</a> <img src="/etc/passwd"/>'
TODAY = date(2026, 11, 27)
OCTOBER = Period.parse("2026-10")


def _kpi(store, code: str, name: str, **kw) -> Kpi:
    return add_kpi(store, Kpi(0, code, name, frequency=Frequency.MONTH, **kw))


def _months(n: int) -> list[date]:
    return [OCTOBER.shift(-i).start for i in range(n)]


@pytest.fixture
def odd_file(store) -> Path:
    """A goal and KPIs with a hostile name, a zero target, negative values and no data."""
    owner = add_person(store, HOSTILE)
    goal = add_goal(store, Goal(0, HOSTILE, description=HOSTILE, owner_id=owner.id))
    hostile = _kpi(store, "HOSTILE", HOSTILE, definition=HOSTILE, data_source=HOSTILE)
    zero = _kpi(store, "ZERO", "Reklamasjoner", direction=Direction.LOWER, unit="count")
    negative = _kpi(store, "RESULT", "Driftsresultat", unit="NOK")
    empty = _kpi(store, "EMPTY", "Ingen tall ennå", unit="%", decimals=1)
    band = _kpi(store, "TEMP", "Temperatur i kjølerom", direction=Direction.RANGE, unit="°C")
    for kpi in (hostile, zero, negative, empty, band):
        link_kpi(store, goal.id, kpi.id)
    start = OCTOBER.shift(-24).start
    set_target(store, Target(hostile.id, start, 100, 120))
    set_target(store, Target(zero.id, start, 0, 0))
    set_target(store, Target(negative.id, start, -1000, 5000))
    set_target(store, Target(empty.id, start, 0))
    set_target(store, Target(band.id, start, low=2, high=6))
    rows = []
    for i, day in enumerate(_months(25)):
        rows += [
            ValueRow(hostile.id, day, 90 + i, comment=HOSTILE if i == 0 else None),
            ValueRow(zero.id, day, float(i % 3)),
            ValueRow(negative.id, day, -25_000.0 + 1000 * i),
            ValueRow(band.id, day, 1.5 + i % 7),
        ]
    write_values(store, rows)
    return store.path


def test_hostile_text_prints_literally_and_links_nothing(odd_file: Path, tmp_path, read_pdf):
    for make, name in ((write_scorecard_file, "card.pdf"), (write_charter_file, "charter.pdf")):
        out = tmp_path / name
        if make is write_scorecard_file:
            make(odd_file, out, "2026-10", "nb", TODAY)
        else:
            make(odd_file, out, "nb", TODAY)
        pdf = read_pdf(out)
        assert norm(HOSTILE) in pdf.flat(), name
        assert pdf.annotations() == [], name
        raw = out.read_bytes()
        assert b"/URI" not in raw and b"/Subtype /Image" not in raw, name


def test_zero_target_negative_values_and_no_data(odd_file: Path, tmp_path, read_pdf):
    out = tmp_path / "odd.pdf"
    written = write_scorecard_file(odd_file, out, "2026-10", "en", TODAY)
    text = read_pdf(out).flat()
    assert written.pages >= 2
    assert "−25,000" in text  # a negative value with a real minus sign
    assert "No data" in text  # the KPI without values
    assert "2 °C – 6 °C" in text  # the range target


def test_no_kpis_at_all(store, tmp_path, read_pdf):
    out = tmp_path / "empty.pdf"
    write_scorecard_file(store.path, out, "2026-10", "nb", TODAY)
    write_charter_file(store.path, tmp_path / "charter.pdf", "nb", TODAY)
    assert "Ingen KPI-er å vise" in read_pdf(out).flat()


def test_escape_covers_markup():
    assert esc("R&D <b>") == "R&amp;D &lt;b&gt;"
    assert esc("a\x00b\x07c") == "abc"


@pytest.mark.slow
def test_300_kpis_build(store, tmp_path, read_pdf):
    goal = add_goal(store, Goal(0, "Alt"))
    rows = []
    for n in range(300):
        kpi = add_kpi(
            store,
            Kpi(
                0,
                f"K{n}",
                f"KPI nummer {n} med et ganske langt navn som må brytes",
                frequency=Frequency.MONTH,
                rollup=RollUp.SUM,
            ),
        )
        link_kpi(store, goal.id, kpi.id)
        set_target(store, Target(kpi.id, date(2024, 1, 1), 100 + n, 150 + n))
        rows += [ValueRow(kpi.id, day, float(n + i)) for i, day in enumerate(_months(24))]
    write_values(store, rows)
    out = tmp_path / "big.pdf"
    written = write_scorecard_file(store.path, out, "2026-10", "nb", TODAY)
    pdf = read_pdf(out)
    assert written.pages == pdf.pages > 50
    assert "KPI nummer 299" in pdf.flat()
    # the summary table runs over several pages with its header repeated
    assert pdf.flat(2).count("Målverdi Strekkmål") >= 1


def test_a_failed_export_keeps_the_old_file(tmp_path: Path):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"%PDF- the old one")

    def broken(out) -> int:
        out.write(b"half a PDF")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_atomically(target, broken)
    assert target.read_bytes() == b"%PDF- the old one"
    assert os.listdir(tmp_path) == ["report.pdf"]
