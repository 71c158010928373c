"""The work behind the Reports screen, run on the task runner's threads.

Everything here gets plain inputs and returns plain results (bytes, QImage):
never a widget or the GUI's database connection. A PDF is made in memory
once; the preview, Save as PDF and Print use those same bytes.

Pages are drawn as images by pdfium (pypdfium2, in process) when it is
installed, else by Poppler's `pdftoppm`, else not at all: the screen then
shows the page count and a short summary instead (QtPdf is not part of
PySide6-Essentials, and ReportLab cannot draw a PDF back as an image).
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtGui import QImage

from kpidesk.domain.periods import Period, last_ended_period, period_range
from kpidesk.domain.types import Frequency
from kpidesk.gui.tasks import CancelToken

SCORECARD, CHARTER = "scorecard", "charter"
PREVIEW_DPI = 110
PRINT_DPI = 300
Progress = Callable[[int, int], None]

_PDFIUM_LOCK = threading.Lock()  # pdfium is not thread-safe
# pdfium's byte order → Qt's (BGRx is Qt's RGB32 on little-endian machines)
_QT_FORMATS = {
    "BGR": QImage.Format.Format_BGR888,
    "RGB": QImage.Format.Format_RGB888,
    "BGRX": QImage.Format.Format_RGB32,
    "BGRA": QImage.Format.Format_ARGB32,
    "L": QImage.Format.Format_Grayscale8,
}


@dataclass(frozen=True)
class Request:
    """What to make: plain values the worker can hold."""

    kind: str
    period: str | None
    """A period label ("2026-10"); None for the charter."""
    lang: str
    today: date


@dataclass(frozen=True)
class GoalScore:
    title: str
    score: float | None
    kpis: int


@dataclass
class Document:
    """A document made in memory, with page 1 as an image when pages can be drawn."""

    request: Request
    pdf: bytes
    pages: int
    image: QImage | None
    goals: list[GoalScore] = field(default_factory=list)
    inputs: object = None
    """The ReportInputs used (kept by the screen until the file's data change)."""


def page_renderer() -> str | None:
    """How pages are drawn as images here: "pdfium", "pdftoppm" or None."""
    try:
        import pypdfium2  # noqa: F401
    except ImportError:
        pass
    else:
        return "pdfium"
    return "pdftoppm" if shutil.which("pdftoppm") else None


warmed_up = threading.Event()
"""Set once `warm_up` has run in this process."""


def warm_up(token: CancelToken, progress: Progress) -> None:
    """Import the documents' code, load their fonts and lay out a one-KPI sample once.

    Importing ReportLab, reading the fonts and running each layout step a
    first time would otherwise add about 150 ms to the first preview the
    owner asks for. The sample is made up (another business, another period)
    and thrown away.
    """
    from kpidesk.reports.charter import render_charter  # noqa: F401
    from kpidesk.reports.inputs import read_inputs  # noqa: F401 - and the fast read path
    from kpidesk.reports.scorecard import render_scorecard
    from kpidesk.reports.scorecard_data import build_scorecard
    from kpidesk.store import fast_read  # noqa: F401

    period = Period.parse("2001-06")
    data = build_scorecard(_sample_inputs(period), period, period.end)
    render_scorecard(data, io.BytesIO(), "nb")
    warmed_up.set()


def _sample_inputs(period: Period) -> object:
    """A business with one goal and one monthly KPI with two years of values."""
    from kpidesk.domain.entities import Business, Goal, Kpi, Target
    from kpidesk.domain.series import KpiSeries
    from kpidesk.domain.types import Frequency, RollUp
    from kpidesk.reports.inputs import ReportInputs

    kpi = Kpi(1, "SAMPLE", "Sample", unit="NOK")
    months = [period.shift(-i) for i in range(24)]
    values = {p: 1000.0 + 10 * i for i, p in enumerate(reversed(months))}
    return ReportInputs(
        business=Business("Sample"),
        people={},
        kpis={1: kpi},
        goals=[Goal(1, "Sample", kpi_ids=(1,), kpi_weights=(1.0,))],
        targets={1: [Target(1, months[-1].start, 1100.0, 1200.0)]},
        benchmarks={},
        series={(1, ""): KpiSeries.plain(Frequency.MONTH, RollUp.SUM, values)},
        segments=[],
        reviews=[],
        comments={},
    )


def make_document(
    request: Request,
    path: Path | None,
    inputs: object,
    token: CancelToken,
    progress: Progress,
    renderer: str | None,
) -> Document:
    """Load from `path` (unless `inputs` are given), compute, lay out and draw page 1."""
    from kpidesk.reports.gc_pause import paused_gc

    with paused_gc():
        return _make_document(request, path, inputs, token, progress, renderer)


def _make_document(
    request: Request,
    path: Path | None,
    inputs: object,
    token: CancelToken,
    progress: Progress,
    renderer: str | None,
) -> Document:
    from kpidesk.reports.api import parse_period
    from kpidesk.reports.inputs import read_inputs

    steps = 4
    progress(0, steps)
    if inputs is None:
        inputs = read_inputs(path)
    token.check()
    progress(1, steps)
    out = io.BytesIO()
    goals: list[GoalScore] = []
    if request.kind == CHARTER:
        from kpidesk.reports.charter import render_charter

        progress(2, steps)
        pages = render_charter(inputs, out, request.lang, request.today)
    else:
        from kpidesk.reports.scorecard import render_scorecard
        from kpidesk.reports.scorecard_data import build_scorecard

        period = parse_period(inputs, request.period, request.today)
        data = build_scorecard(inputs, period, request.today)
        goals = [
            GoalScore(s.goal.title if s.goal else "", s.score, len(s.lines)) for s in data.sections
        ]
        token.check()
        progress(2, steps)
        pages = render_scorecard(data, out, request.lang)
    token.check()
    progress(3, steps)
    pdf = out.getvalue()
    images = render_pages(pdf, PREVIEW_DPI, 1, renderer) if renderer else None
    progress(4, steps)
    return Document(request, pdf, pages, images[0] if images else None, goals, inputs)


def render_pages(
    pdf: bytes, dpi: int, last: int | None = None, renderer: str | None = None
) -> list[QImage] | None:
    """Pages 1…`last` (all without it) as images; None when no renderer works here."""
    renderer = renderer or page_renderer()
    try:
        if renderer == "pdfium":
            return _pdfium_pages(pdf, dpi, last)
        if renderer == "pdftoppm":
            return _poppler_pages(pdf, dpi, last)
    except (OSError, RuntimeError, subprocess.SubprocessError, ValueError, KeyError):
        return None
    return None


def _pdfium_pages(pdf: bytes, dpi: int, last: int | None) -> list[QImage]:
    import pypdfium2 as pdfium

    images = []
    with _PDFIUM_LOCK:
        document = pdfium.PdfDocument(pdf)
        try:
            count = len(document) if last is None else min(last, len(document))
            for index in range(count):
                page = document[index]
                bitmap = page.render(scale=dpi / 72, may_draw_forms=False)
                width, height, stride = bitmap.width, bitmap.height, bitmap.stride
                mode = _QT_FORMATS[bitmap.mode]
                data = bytes(bitmap.buffer)
                images.append(QImage(data, width, height, stride, mode).copy())
                bitmap.close()
                page.close()
        finally:
            document.close()
    return images


def _poppler_pages(pdf: bytes, dpi: int, last: int | None) -> list[QImage]:
    with tempfile.TemporaryDirectory(prefix="kpidesk-pages-") as tmp:
        source = Path(tmp) / "document.pdf"
        source.write_bytes(pdf)
        command = ["pdftoppm", "-png", "-r", str(dpi)]
        if last is not None:
            command += ["-f", "1", "-l", str(last)]
        subprocess.run(
            [*command, str(source), str(Path(tmp) / "page")],
            check=True,
            capture_output=True,
            timeout=120,
        )
        files = sorted(Path(tmp).glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
        return [QImage(str(f)) for f in files]


def save_pdf(pdf: bytes, target: Path) -> Path:
    """Write through a temporary file beside `target`, then move it into place."""
    from kpidesk.reports.document import write_atomically

    write_atomically(target, lambda out: out.write(pdf))
    return target


FINE_LIMIT = {"day": 31, "week": 26}
"""How many of the latest days or weeks the period list offers."""


def period_choices(
    main: Frequency, fiscal_start_month: int, first_day: date | None, today: date
) -> tuple[list[list[Period]], Period]:
    """Groups of ended periods to report on, newest first, and the default one.

    The groups: the main frequency's own periods when finer than a month, then
    months, quarters and years, from the first period with values. The default is
    the last ended period of the main frequency (as `kpidesk report` chooses).
    """
    default = last_ended_period(main, today, fiscal_start_month)
    frequencies = [Frequency.MONTH, Frequency.QUARTER, Frequency.YEAR]
    if main.rank < Frequency.MONTH.rank:
        frequencies.insert(0, main)
    groups = []
    for frequency in frequencies:
        last = last_ended_period(frequency, today, fiscal_start_month)
        if first_day is not None and first_day <= last.end:
            first = Period.containing(frequency, first_day, fiscal_start_month)
        else:
            first = last.shift(-{Frequency.YEAR: 1, Frequency.QUARTER: 3}.get(frequency, 11))
        periods = list(period_range(first, last))[::-1]
        limit = FINE_LIMIT.get(frequency.value)
        groups.append(periods[:limit] if limit else periods)
    return groups, default
