"""The scorecard PDF: page 1 the one-page summary, then a section per goal.

Usage::

    data = build_scorecard(inputs, period, today)
    write_scorecard(data, Path("oktober.pdf"), "nb")
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

from kpidesk.domain.periods import Period
from kpidesk.domain.types import Status
from kpidesk.reports.cells import NameCell, StatusCell, number_cell
from kpidesk.reports.charts import sparkline
from kpidesk.reports.document import PageTexts, build_pdf, write_atomically
from kpidesk.reports.inputs import ReportInputs
from kpidesk.reports.paragraph import Paragraph
from kpidesk.reports.scorecard_data import GoalSection, KpiLine, ScorecardData, build_scorecard
from kpidesk.reports.scorecard_sections import goal_heading, section_story
from kpidesk.reports.styles import (
    BAND,
    FAINT,
    FRAME_WIDTH,
    RULE,
    STATUS_COLOUR,
    STATUS_SYMBOL,
    status_for_score,
    stylesheet,
)
from kpidesk.reports.text import esc, esc_name
from kpidesk.reports.words import Words

# Status, KPI, actual, target, variance, vs previous, vs last year, trend (points; sum = frame)
COLUMNS = (52, 110, 60, 60, 58, 58, 58, 54.2)
SPARK_SIZE = (50, 15)
TILES_PER_ROW = 3


def write_scorecard(data: ScorecardData, path: Path, lang: str) -> int:
    """Write the scorecard to `path` (through a temporary file); returns the page count."""
    return write_atomically(path, lambda out: render_scorecard(data, out, lang))


def render_scorecard(data: ScorecardData, out: BinaryIO, lang: str) -> int:
    """Lay the scorecard out as PDF into `out`; returns the page count."""
    words = Words(lang)
    t = words.t
    title = f"{t('scorecard')} · {words.period(data.period)}"
    texts = PageTexts(
        title=title,
        business=data.business_name,
        footer_left=f"{data.business_name} · {t('generated', date=words.date(data.generated_on))}",
        page_of=lambda page, pages: t("page_of", page=page, pages=pages),
    )
    return build_pdf(out, scorecard_story(data, words), texts, lang)


def scorecard_from_inputs(
    inputs: ReportInputs, period: Period, today: date, path: Path, lang: str
) -> int:
    """Compute and write in one call (the command line and the app's Save as PDF)."""
    return write_scorecard(build_scorecard(inputs, period, today), path, lang)


def scorecard_story(data: ScorecardData, words: Words) -> list:
    """Page 1 (the summary), then a section per goal."""
    story = [*_title_block(data, words), *_tiles(data, words), _legend(data, words)]
    # One header row for every summary table: its cells are laid out at the same
    # widths in each, as a table split over pages repeats its own header's cells.
    head = _summary_head(words)
    for number, section in enumerate(data.sections, 1):
        story += [
            *goal_heading(section, number, words, compact=True),
            _summary_table(head, section, words, data.period),
        ]
    if not data.sections:
        story.append(Paragraph(esc(words.t("nothing_to_report")), stylesheet()["body"]))
    for number, section in enumerate(data.sections, 1):
        story += [PageBreak(), *section_story(section, number, data, words)]
    return story


def _title_block(data: ScorecardData, words: Words) -> list:
    s, t = stylesheet(), words.t
    period = data.period
    left = [
        Paragraph(esc_name(data.business_name), s["title"]),
        Paragraph(f"{esc(t('scorecard'))} · <b>{esc(words.period(period))}</b>", s["subtitle"]),
    ]
    right = [
        Paragraph(esc(t("generated", date=words.date(data.generated_on))), s["meta_right"]),
        Paragraph(
            esc(f"{t('period')} {words.date(period.start)} – {words.date(period.end)}"),
            s["meta_right"],
        ),
    ]
    table = Table([[left, right]], colWidths=(FRAME_WIDTH - 150, 150))
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return [table, Spacer(1, 4 * mm)]


def _tiles(data: ScorecardData, words: Words) -> list:
    """One tile per goal: score, status and how its KPIs stand."""
    s = stylesheet()
    sections = [x for x in data.sections if x.goal is not None] or list(data.sections)
    if not sections:
        return []
    cells, styles = [], []
    width = FRAME_WIDTH / TILES_PER_ROW
    for i, section in enumerate(sections):
        status = status_for_score(section.score)
        score = words.score(section.score)
        counts = Counter(line.status for line in section.lines)
        tally = "  ".join(
            f"{words.status_mark(st, words=False)} {counts[st]}" for st in Status if counts[st]
        )
        title = esc_name(section.goal.title) if section.goal else esc(words.t("other_kpis"))
        cells.append(
            [
                Paragraph(
                    f"{words.status_mark(status, words=False)} <b>{score}</b>"
                    f'<font size="8"> / 100 · {esc(words.t("score"))}</font>',
                    s["tile_score"],
                ),
                Paragraph(f"{esc(words.t('goal_n', n=i + 1))}: {title}", s["tile_title"]),
                Paragraph(tally, s["small"]),
            ]
        )
        row, col = divmod(i, TILES_PER_ROW)
        styles.append(("LINEBEFORE", (col, row), (col, row), 3, STATUS_COLOUR[status]))
        styles.append(("BACKGROUND", (col, row), (col, row), BAND))
    rows = [cells[i : i + TILES_PER_ROW] for i in range(0, len(cells), TILES_PER_ROW)]
    rows[-1] += [""] * (TILES_PER_ROW - len(rows[-1]))
    table = Table(rows, colWidths=[width] * TILES_PER_ROW)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LINEAFTER", (0, 0), (-2, -1), 4, colors.white),
                *styles,
            ]
        )
    )
    return [table, Spacer(1, 2.5 * mm)]


def _legend(data: ScorecardData, words: Words) -> Paragraph:
    t = words.t
    marks = " &nbsp; ".join(words.status_mark(st) for st in Status)
    return Paragraph(f"{marks}<br/>{esc(t('variance_note'))}", stylesheet()["small_muted"])


def _summary_head(words: Words) -> list[Paragraph]:
    s, t = stylesheet(), words.t
    return [
        Paragraph(esc(t("status")), s["head"]),
        Paragraph(esc(t("kpi")), s["head"]),
        Paragraph(esc(t("actual")), s["head_num"]),
        Paragraph(f"{esc(t('target'))}<br/>{esc(t('stretch'))}", s["head_num"]),
        Paragraph(esc(t("variance")), s["head_num"]),
        Paragraph(esc(t("previous_period")), s["head_num"]),
        Paragraph(esc(t("last_year")), s["head_num"]),
        Paragraph(esc(t("trend")), s["head"]),
    ]


def _summary_table(head: list, section: GoalSection, words: Words, period: Period) -> Table:
    rows = [head] + [_summary_row(line, words, period) for line in section.lines]
    table = Table(rows, colWidths=COLUMNS, repeatRows=1)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1.8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, FAINT),
    ]
    style += [("BACKGROUND", (0, r), (-1, r), BAND) for r in range(2, len(rows), 2)]
    table.setStyle(TableStyle(style))
    return table


def _summary_row(line: KpiLine, words: Words, period: Period) -> list:
    kpi = line.kpi
    # a quarterly survey in a monthly report says which quarter it shows
    note = words.period(line.period, short=True) if line.period != period else ""
    prev_units, prev_pct = words.comparison(kpi, line.previous)
    year_units, year_pct = words.comparison(kpi, line.last_year)
    return [
        StatusCell(
            STATUS_SYMBOL[line.status], STATUS_COLOUR[line.status], words.t.status(line.status)
        ),
        NameCell(kpi.name, line.owner),
        number_cell(words.value(kpi, line.actual), note, bold=True),
        number_cell(words.target(kpi, line.target), words.stretch(kpi, line.target)),
        number_cell(words.change(kpi, line.variance), words.pct(line.variance_pct)),
        number_cell(prev_units, prev_pct),
        number_cell(year_units, year_pct),
        sparkline(line.spark, *SPARK_SIZE),
    ]
