"""The demo scorecard read back: the same numbers, targets and statuses as the domain."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kpidesk.domain.formatting import format_value
from kpidesk.domain.periods import Period
from kpidesk.domain.status import status_of
from kpidesk.domain.targets import target_for_period
from kpidesk.domain.types import Frequency
from kpidesk.reports.api import write_scorecard_file
from kpidesk.reports.i18n import Texts
from kpidesk.reports.styles import STATUS_SYMBOL
from kpidesk.store.business import list_people
from kpidesk.store.connection import open_database
from kpidesk.store.goals import list_goals
from kpidesk.store.kpis import list_kpis
from kpidesk.store.series import load_series
from kpidesk.store.targets import list_targets
from tests.conftest import DEMO_TODAY
from tests.reports.conftest import norm

DEMO_PAGES = 7


def expected_rows(path: Path, period: Period) -> list[tuple]:
    """(KPI, owner, actual, target, status) per KPI in use, straight from the domain."""
    with open_database(path, read_only=True) as store:
        kpis = list_kpis(store)
        series = load_series(store)
        targets = list_targets(store)
        linked = {k for g in list_goals(store) for k in g.kpi_ids}
        people = {p.id: p.name for p in list_people(store)}
    rows = []
    for kpi in kpis:
        if (kpi.retired_on is not None and kpi.retired_on <= period.start) or kpi.id not in linked:
            continue
        own = period
        if kpi.frequency.is_coarser_than(period.frequency):  # the latest ended quarter
            own = Period.containing(kpi.frequency, period.start).prev()
        value = series[(kpi.id, "")].value(own).value
        mine = [t for t in targets if t.kpi_id == kpi.id]
        target = target_for_period(mine, own, kpi.frequency, kpi.rollup)
        status = status_of(value, target, kpi.direction)
        rows.append((kpi, people[kpi.owner_id], value, target, status))
    return rows


@pytest.fixture(scope="module")
def demo_report(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report") / "scorecard.pdf"
    written = write_scorecard_file(demo_template, out, None, "nb", DEMO_TODAY)
    assert written.period == Period.parse("2026-10")  # the last ended month
    return out


def test_summary_page_has_every_kpi_with_domain_numbers(
    demo_report: Path, demo_template: Path, read_pdf
) -> None:
    page1 = read_pdf(demo_report).flat(0)
    t = Texts("nb")
    rows = expected_rows(demo_template, Period.parse("2026-10"))
    assert len(rows) == 15
    for kpi, owner, value, target, status in rows:
        actual = norm(format_value(value, kpi.unit, kpi.decimals, "nb"))
        wanted = norm(format_value(target.realistic, kpi.unit, kpi.decimals, "nb"))
        # a row reads: symbol, status word, name, owner, actual, [quarter], target
        mark = f"{STATUS_SYMBOL[status]} {t.status(status)} {kpi.name} {owner} {actual} "
        at = page1.find(mark)
        assert at >= 0, (kpi.code, mark)
        rest = page1[at + len(mark) :]
        assert rest.startswith(wanted) or rest.split(" ", 2)[2].startswith(wanted), (
            kpi.code,
            wanted,
            rest[:40],
        )


def test_page_count_and_norwegian_text(demo_report: Path, read_pdf) -> None:
    pdf = read_pdf(demo_report)
    assert pdf.pages == DEMO_PAGES
    text = pdf.flat()
    for phrase in (
        "Bryggen Kaffebar AS",
        "Målekort · oktober 2026",
        "Kundetilfredshet",
        "Åpningsrate for nyhetsbrevet",
        "Side 1 av 7",
        "Side 7 av 7",
        "Målverdi",
        "Strekkmål",
        "Avvik",
        "Forrige periode",
        "Samme periode i fjor",
        "Fordelt på kanal",
        "Søkemotoroptimalisering (SEO)",
        "Hva vi gjør videre",
        "Laget 27.11.2026",
    ):
        assert phrase in text, phrase


def test_english_report(demo_template: Path, tmp_path: Path, read_pdf) -> None:
    out = tmp_path / "en.pdf"
    write_scorecard_file(demo_template, out, "2026-10", "en", DEMO_TODAY)
    text = read_pdf(out).flat()
    assert "Scorecard · October 2026" in text
    assert "Page 1 of" in text
    assert "NOK 986,300" in text  # the demo's October revenue, in English


def test_old_period_prints_the_target_in_force_then(
    demo_template: Path, tmp_path: Path, read_pdf
) -> None:
    old, new = tmp_path / "old.pdf", tmp_path / "new.pdf"
    write_scorecard_file(demo_template, old, "2024-12", "nb", DEMO_TODAY)
    write_scorecard_file(demo_template, new, "2026-10", "nb", DEMO_TODAY)
    old_row = _row(read_pdf(old).text(0), "Omsetning")
    new_row = _row(read_pdf(new).text(0), "Omsetning")
    assert "900 000 kr" in old_row and "950 000 kr" not in old_row
    assert "950 000 kr" in new_row


def _row(page: str, name: str) -> str:
    """The summary row that starts with `name` (and its owner), as flat text."""
    flat = norm(page)
    at = flat.index(f"{name} ")
    while flat[at + len(name) + 1].islower():  # "Omsetning i nettbutikken" is another KPI
        at = flat.index(f"{name} ", at + 1)
    return flat[at : at + 90]


def test_retired_kpi_prints_before_its_retirement_only(
    demo_template: Path, tmp_path: Path, read_pdf
) -> None:
    before, after = tmp_path / "before.pdf", tmp_path / "after.pdf"
    write_scorecard_file(demo_template, before, "2025-06", "nb", DEMO_TODAY)
    write_scorecard_file(demo_template, after, "2026-10", "nb", DEMO_TODAY)
    assert "Utdelte flygeblader" in read_pdf(before).flat(0)
    assert "Utdelte flygeblader" not in read_pdf(after).flat()


@pytest.mark.parametrize("label", ["2026-Q3", "2025", "2026-W41"])
def test_coarser_and_finer_periods_build(
    demo_template: Path, tmp_path: Path, read_pdf, label: str
) -> None:
    out = tmp_path / "p.pdf"
    written = write_scorecard_file(demo_template, out, label, "en", DEMO_TODAY)
    assert written.period.label() == label
    assert read_pdf(out).pages >= 2


def test_quarter_rolls_up_through_the_series(demo_template: Path, tmp_path: Path, read_pdf) -> None:
    out = tmp_path / "q.pdf"
    write_scorecard_file(demo_template, out, "2026-Q3", "nb", DEMO_TODAY)
    quarter = Period.parse("2026-Q3")
    rows = {k.code: (k, v, t) for k, _, v, t, _ in expected_rows(demo_template, quarter)}
    kpi, value, target = rows["CONVERSION_RATE"]  # ratio of sums, not mean of months
    assert norm(format_value(value, "%", 2, "nb")) in _row(read_pdf(out).text(0), kpi.name)
    kpi, value, target = rows["REVENUE"]
    assert kpi.frequency is Frequency.MONTH
    assert norm(format_value(target.realistic, "NOK", 0, "nb")) in _row(
        read_pdf(out).text(0), kpi.name
    )


def test_default_period_is_the_last_ended_month(demo_template: Path, tmp_path: Path) -> None:
    written = write_scorecard_file(demo_template, tmp_path / "x.pdf", today=date(2026, 11, 1))
    assert written.period == Period.parse("2026-10")
