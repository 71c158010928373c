"""Hostile text never breaks the PDFs: markup, control characters, emoji, RTL, huge strings."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from kpidesk.domain.entities import Business, Goal, Kpi, Target
from kpidesk.domain.periods import Period
from kpidesk.store import goals, kpis, targets
from kpidesk.store.business import save_business
from kpidesk.store.connection import create_database
from kpidesk.store.measurements import set_value

CORPUS = [
    "<b>R&D</b> </para> <a href='http://x'>x</a> <img src='/etc/passwd'/>",
    "\x00\x01\x07\x1b[31m tab\tnew\nline\r",
    "😀 Kaffe ☕ ½ € ≥ − ‰",
    "مبيعات متجر الإنترنت",
    "Omsetning " * 200,
    "&amp; &lt; &#x41; &unknown;",
    "%s %n {0} {name}",
]
texts = st.one_of(st.sampled_from(CORPUS), st.text(min_size=1, max_size=300))


def _business(folder: Path, name: str, kpi_name: str, goal_title: str) -> Path:
    path = folder / "hostile.kpidesk"
    with create_database(path) as store:
        save_business(store, Business(name or "x", "retail"))
        kpi = kpis.add_kpi(
            store, Kpi(0, "K", kpi_name or "x", definition=kpi_name, data_source=goal_title)
        )
        goal = goals.add_goal(store, Goal(0, goal_title.strip() or "x", description=name))
        goals.link_kpi(store, goal.id, kpi.id)
        targets.set_target(store, Target(kpi.id, date(2026, 1, 1), 10, 12, 8, note=kpi_name))
        set_value(store, kpi.id, Period.parse("2026-10"), 9.0, comment=kpi_name)
    return path


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=texts, kpi_name=texts, goal_title=texts)
def test_scorecard_and_charter_build_with_any_text(tmp_path_factory, name, kpi_name, goal_title):
    from kpidesk.reports.api import ReportError, write_charter_file, write_scorecard_file

    folder = tmp_path_factory.mktemp("fuzz")
    source = _business(folder, name, kpi_name, goal_title)
    for write in (
        lambda: write_scorecard_file(source, folder / "s.pdf", "2026-10", "nb", date(2026, 11, 27)),
        lambda: write_charter_file(source, folder / "c.pdf", "en", date(2026, 11, 27)),
    ):
        try:
            written = write()
        except ReportError:
            continue  # our own error with a message is allowed; nothing else is
        reader = PdfReader(written.path)
        assert len(reader.pages) >= 1
        for page in reader.pages:
            assert "/Annots" not in page  # no links, whatever the text said
