"""The two documents from a file: what the command line and the app's Reports screen call.

Files are opened read-only; a PDF is written through a temporary file in the
target folder. Nothing here imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from kpidesk.domain.periods import Period, PeriodError, last_ended_period
from kpidesk.reports.inputs import ReportInputs, read_inputs

if TYPE_CHECKING:
    from kpidesk.reports.scorecard_data import ScorecardData


class ReportError(Exception):
    """A document cannot be made; the message is one sentence for the owner."""


@dataclass(frozen=True)
class Written:
    path: Path
    pages: int
    period: Period | None = None


def default_period(inputs: ReportInputs, today: date) -> Period:
    """The last ended period of the business's main KPI frequency."""
    fiscal = inputs.business.fiscal_start_month
    return last_ended_period(inputs.main_frequency(), today, fiscal)


def parse_period(inputs: ReportInputs, label: str | None, today: date) -> Period:
    """The period a label names in this business's fiscal calendar, or the default one."""
    if label is None:
        return default_period(inputs, today)
    try:
        return Period.parse(label, fiscal_start_month=inputs.business.fiscal_start_month)
    except PeriodError as exc:
        raise ReportError(str(exc)) from None


def language(inputs: ReportInputs, lang: str | None) -> str:
    """The language asked for, else the business's (Norwegian when it has another)."""
    chosen = lang or inputs.business.language
    return chosen if chosen in ("nb", "en") else "nb"


def _check_target(out: Path) -> None:
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise ReportError(f"the folder {folder} does not exist")
    if out.is_dir():
        raise ReportError(f"{out} is a folder; name a PDF file")


def write_scorecard_file(
    source: str | Path,
    out: Path,
    period_label: str | None = None,
    lang: str | None = None,
    today: date | None = None,
    *,
    in_parallel: bool = False,
) -> Written:
    """Read `source` (a file or a team database's URL) and write the scorecard of a period.

    `in_parallel` (a one-shot command only, see `forked`): the file is read and
    the scorecard computed in a child process while this one loads ReportLab.
    """
    from kpidesk.reports.forked import Pending

    _check_target(out)
    today = today or date.today()
    pending = Pending(lambda: _scorecard_data(source, period_label, lang, today), in_parallel)
    try:
        from kpidesk.reports.fonts import register_fonts
        from kpidesk.reports.scorecard import write_scorecard

        register_fonts()
    except BaseException:
        pending.abandon()
        raise
    data, period, chosen = pending.result()
    pages = _write(lambda: write_scorecard(data, out, chosen))
    return Written(out, pages, period)


def _scorecard_data(
    source: str | Path, period_label: str | None, lang: str | None, today: date
) -> tuple[ScorecardData, Period, str]:
    """The scorecard's numbers, its period and its language: no ReportLab needed."""
    from kpidesk.reports.scorecard_data import build_scorecard

    inputs = read_inputs(source)
    period = parse_period(inputs, period_label, today)
    return build_scorecard(inputs, period, today), period, language(inputs, lang)


def write_charter_file(
    source: str | Path, out: Path, lang: str | None = None, today: date | None = None
) -> Written:
    """Read `source` (a file or a team database's URL) and write the KPI charter to `out`."""
    from kpidesk.reports.charter import write_charter

    _check_target(out)
    inputs = read_inputs(source)
    pages = _write(
        lambda: write_charter(inputs, out, language(inputs, lang), today or date.today())
    )
    return Written(out, pages)


def _write(work: object) -> int:
    from reportlab.platypus.doctemplate import LayoutError

    try:
        return work()  # type: ignore[operator]
    except LayoutError as exc:
        raise ReportError(
            "the PDF could not be laid out: a text in the file is too long for one page "
            f"({str(exc)[:120]}…)"
        ) from exc
    except OSError as exc:
        raise ReportError(f"the PDF could not be written: {exc.strerror or exc}") from exc
