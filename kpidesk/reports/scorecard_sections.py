"""The scorecard's section per goal: a chart per KPI, channels, comments, decisions."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from kpidesk.reports.cells import LabelledLines, LinesCell, Run, number_cell
from kpidesk.reports.charts import kpi_chart
from kpidesk.reports.fonts import BOLD, REGULAR
from kpidesk.reports.scorecard_data import GoalSection, KpiLine, ScorecardData
from kpidesk.reports.styles import BAND, FAINT, FRAME_WIDTH, MUTED, RULE, stylesheet
from kpidesk.reports.text import esc, esc_lines, esc_name
from kpidesk.reports.words import Words

CHART_SIZE = (292, 122)
SEGMENT_COLUMNS = (FRAME_WIDTH - 3 * 80, 80, 80, 80)


def goal_heading(section: GoalSection, number: int, words: Words, compact: bool) -> list:
    """The goal's title line with its score (and, in full, its description)."""
    s, t = stylesheet(), words.t
    if section.goal is None:
        title = esc(t("other_kpis"))
        about = esc(t("other_kpis_note"))
    else:
        title = f"{esc(t('goal_n', n=number))}: {esc_name(section.goal.title)}"
        about = esc_lines(section.goal.description)
    facts = [f"{esc(t('score'))}: <b>{words.score(section.score)}</b> / 100"]
    if section.owner:
        facts.append(f"{esc(t('owner'))}: {esc(section.owner)}")
    if compact:
        return [
            Spacer(1, 2 * mm),
            Paragraph(
                f'{title} <font name="{REGULAR}" size="7.5" color="#52606d">&nbsp; '
                f"{' · '.join(facts)}</font>",
                s["h2"],
            ),
            Spacer(1, 0.5 * mm),
        ]
    flow = [Paragraph(title, s["h1"])]
    if about:
        flow.append(Paragraph(about, s["body"]))
    if section.goal is not None and section.goal.due_date is not None:
        facts.append(esc(t("due", date=words.date(section.goal.due_date))))
    flow += [Paragraph(" · ".join(facts), s["small_muted"]), Spacer(1, 1.5 * mm)]
    return flow


def section_story(section: GoalSection, number: int, data: ScorecardData, words: Words) -> list:
    """A goal's pages: its heading, then one block per KPI."""
    s = stylesheet()
    story = goal_heading(section, number, words, compact=False)
    story.append(Paragraph(esc(words.t("legend_chart")), s["small_muted"]))
    story.append(Spacer(1, 2 * mm))
    if not section.lines:
        story.append(Paragraph(esc(words.t("nothing_to_report")), s["body"]))
    for line in section.lines:
        story.append(KeepTogether(_kpi_block(line, data, words)))
    reviews = [r for r in data.reviews if r.notes and section is data.sections[0]]
    for review in reviews:
        story.append(
            Paragraph(
                f"<b>{esc(words.t('review_of', date=words.date(review.held_on)))}:</b> "
                f"{esc_lines(review.notes)}",
                s["small"],
            )
        )
    return story


def _kpi_block(line: KpiLine, data: ScorecardData, words: Words) -> list:
    s, kpi = stylesheet(), line.kpi
    header = Paragraph(
        f"{words.status_mark(line.status)} &nbsp; <b>{esc_name(kpi.name)}</b>", s["h3"]
    )
    chart = kpi_chart(
        line,
        *CHART_SIZE,
        fmt=lambda v: words.axis(kpi, v),
        period_label=lambda p: words.period_axis(p.period),
    )
    facts = Table([[chart, _facts(line, data, words)]], colWidths=(CHART_SIZE[0] + 6, None))
    facts.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    block = [Spacer(1, 2 * mm), header, Spacer(1, 1 * mm), facts]
    if line.segments:
        block.append(_segments(line, words))
    block.append(Spacer(1, 1.5 * mm))
    return block


def _facts(line: KpiLine, data: ScorecardData, words: Words) -> list:
    s, t, kpi = stylesheet(), words.t, line.kpi
    target = words.target(kpi, line.target)
    stretch = words.stretch(kpi, line.target)
    prev_units, prev_pct = words.comparison(kpi, line.previous)
    year_units, year_pct = words.comparison(kpi, line.last_year)
    rows = [
        (t("actual"), f"{words.value(kpi, line.actual)} ({words.period(line.period)})"),
        (t("target"), target + (f" · {t('stretch')} {stretch}" if stretch else "")),
        (t("variance"), f"{words.change(kpi, line.variance)} ({words.pct(line.variance_pct)})"),
        (t("previous_period"), f"{prev_units} ({prev_pct})"),
        (t("last_year"), f"{year_units} ({year_pct})"),
    ]
    rows += [(t("benchmark"), f"{words.value(kpi, b.value)} – {b.label}") for b in line.benchmarks]
    if line.forecast:
        rows.append((t("forecast"), " → ".join(words.value(kpi, v) for v in line.forecast)))
    if line.owner:
        rows.append((t("owner"), line.owner))
    flow: list = [LabelledLines(rows)]
    # Comments and decisions are the owner's prose: a Paragraph wraps it well (escaped).
    parts = []
    if line.comments:
        parts.append(f"<b>{esc(t('comments'))}</b>")
        for c in line.comments:
            where = words.period(c.period) + (f", {c.segment}" if c.segment else "")
            text = esc_lines(c.text)
            if c.causes:
                tags = f"<i>{esc(t('causes'))}: {esc(', '.join(c.causes))}</i>"
                text = f"{text} ({tags})" if text else tags
            parts.append(f"{esc(where)}: {text}")
    if line.decisions:
        parts.append(f"<b>{esc(t('decisions'))}</b>")
        for note in line.decisions:
            d = note.decision
            parts.append(
                f"{esc(t.decision(d.decision))}: {esc_lines(d.note)} "
                f'<font color="#52606d">({esc(t("review_of", date=words.date(note.held_on)))})'
                "</font>"
            )
    if parts:
        flow += [Spacer(1, 1.5 * mm), Paragraph("<br/>".join(parts), s["small"])]
    return flow


def _segments(line: KpiLine, words: Words) -> Table:
    t, kpi = words.t, line.kpi

    def head(text: str, align: str = "right") -> LinesCell:
        return LinesCell([[Run(text, BOLD, 7.5, MUTED)]], align)

    rows: list[list] = [
        [
            head(t("segment_breakdown"), "left"),
            head(t("actual")),
            head(t("previous_period")),
            head(t("share")),
        ]
    ]
    for seg in line.segments:
        share = words.pct(seg.share).lstrip("+") if seg.share is not None else "–"
        rows.append(
            [
                LinesCell([[Run(seg.name, REGULAR, 8)]]),
                number_cell(words.value(kpi, seg.actual)),
                number_cell(words.value(kpi, seg.previous)),
                number_cell(share),
            ]
        )
    table = Table(rows, colWidths=SEGMENT_COLUMNS, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, FAINT),
                ("BACKGROUND", (0, 0), (-1, 0), BAND),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table
