"""The KPI charter: for the team, each goal and a definition card per KPI.

Handed out when KPIs are introduced: what each KPI measures, why (the goal it
serves), how it is computed and from what source, its unit, frequency and
owner, the targets in force, whether it leads or lags and what it drives.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from kpidesk.domain.entities import Goal, Kpi
from kpidesk.domain.formatting import is_currency
from kpidesk.domain.targets import target_in_force
from kpidesk.domain.types import Direction
from kpidesk.reports.document import PageTexts, build_pdf, write_atomically
from kpidesk.reports.inputs import ReportInputs
from kpidesk.reports.paragraph import Paragraph
from kpidesk.reports.styles import BAND, FAINT, FRAME_WIDTH, RULE, stylesheet
from kpidesk.reports.text import esc, esc_lines, esc_name
from kpidesk.reports.words import Words

LABEL_WIDTH = 105
_CODE = re.compile(r"\b[A-Za-z_][A-Za-z0-9_]*\b")


def write_charter(inputs: ReportInputs, path: Path, lang: str, today: date) -> int:
    """Write the charter to `path` (through a temporary file); returns the page count."""
    return write_atomically(path, lambda out: render_charter(inputs, out, lang, today))


def render_charter(inputs: ReportInputs, out: BinaryIO, lang: str, today: date) -> int:
    words = Words(lang)
    t = words.t
    name = inputs.business.name
    texts = PageTexts(
        title=t("charter"),
        business=name,
        footer_left=f"{name} · {t('generated', date=words.date(today))}",
        page_of=lambda page, pages: t("page_of", page=page, pages=pages),
    )
    return build_pdf(out, charter_story(inputs, words, today), texts, lang)


def active_goals(inputs: ReportInputs, today: date) -> list[Goal]:
    return [g for g in inputs.goals if g.archived_on is None or g.archived_on > today]


def active_kpis(inputs: ReportInputs, today: date) -> list[Kpi]:
    return [k for k in inputs.kpis.values() if k.retired_on is None or k.retired_on > today]


def charter_story(inputs: ReportInputs, words: Words, today: date) -> list:
    s, t = stylesheet(), words.t
    story: list = [
        Paragraph(esc_name(inputs.business.name), s["title"]),
        Paragraph(f"<b>{esc(t('charter'))}</b>", s["subtitle"]),
        Paragraph(esc(t("charter_intro")), s["body"]),
        Paragraph(esc(t("generated", date=words.date(today))), s["meta"]),
        Spacer(1, 5 * mm),
    ]
    goals = active_goals(inputs, today)
    kpis = {k.id: k for k in active_kpis(inputs, today)}
    described: dict[int, int] = {}  # KPI id → number of the goal it is described under
    for number, goal in enumerate(goals, 1):
        story += _goal_intro(goal, number, inputs, words, kpis, described)
        for kpi_id in goal.kpi_ids:
            if kpi_id in kpis and kpi_id not in described:
                described[kpi_id] = number
                story.append(KeepTogether(_card(kpis[kpi_id], inputs, words, goals, today)))
    rest = [k for k in kpis.values() if k.id not in described]
    if rest:
        story += [
            Paragraph(esc(t("other_kpis")), s["h1"]),
            Paragraph(esc(t("other_kpis_note")), s["body"]),
        ]
        story += [KeepTogether(_card(k, inputs, words, goals, today)) for k in rest]
    if not kpis:
        story.append(Paragraph(esc(t("nothing_to_report")), s["body"]))
    return story


def _goal_intro(
    goal: Goal,
    number: int,
    inputs: ReportInputs,
    words: Words,
    kpis: dict[int, Kpi],
    described: dict[int, int],
) -> list:
    s, t = stylesheet(), words.t
    facts = [t("horizon_long") if goal.horizon == "long" else t("horizon_short")]
    owner = inputs.person(goal.owner_id)
    if owner:
        facts.append(f"{t('owner')}: {owner}")
    if goal.due_date is not None:
        facts.append(t("due", date=words.date(goal.due_date)))
    names = []
    for kpi_id in goal.kpi_ids:
        if kpi_id in kpis:
            name = esc_name(kpis[kpi_id].name)
            if kpi_id in described:
                name += f" ({esc(t('described_under', n=described[kpi_id]))})"
            names.append(name)
    flow = [
        Spacer(1, 3 * mm),
        Paragraph(f"{esc(t('goal_n', n=number))}: {esc_name(goal.title)}", s["h1"]),
    ]
    if goal.description:
        flow.append(Paragraph(esc_lines(goal.description), s["body"]))
    flow.append(Paragraph(esc(" · ".join(facts)), s["small_muted"]))
    if names:
        flow.append(Paragraph(f"<b>{esc(t('kpis_for_goal'))}:</b> {', '.join(names)}", s["small"]))
    flow.append(Spacer(1, 2 * mm))
    return flow


def _card(kpi: Kpi, inputs: ReportInputs, words: Words, goals: list[Goal], today: date) -> list:
    s, t = stylesheet(), words.t
    rows = [
        (t("what"), esc_lines(kpi.definition) or "–"),
        (t("why"), esc_name(", ".join(g.title for g in goals if kpi.id in g.kpi_ids), 400) or "–"),
        (t("how"), _how(kpi, inputs, words)),
        (t("source"), esc(kpi.data_source) or "–"),
        (t("unit"), esc(_unit(kpi, words))),
        (t("frequency"), esc(t.frequency(kpi.frequency))),
        (t("direction"), esc(t.direction(kpi.direction))),
        (t("owner"), esc(inputs.person(kpi.owner_id) or t("no_owner"))),
        (t("targets"), esc(_targets(kpi, inputs, words, today))),
        (t("timing"), esc(t.timing(kpi.timing))),
    ]
    drives = [inputs_kpi.name for code in kpi.drives if (inputs_kpi := _by_code(inputs, code))]
    if drives:
        rows.append((t("drives"), esc(", ".join(drives))))
    driven_by = [
        k.name for k in inputs.kpis.values() if kpi.code in k.drives and k.retired_on is None
    ]
    if driven_by:
        rows.append((t("driven_by"), esc(", ".join(driven_by))))
    head = Paragraph(
        f'<b>{esc_name(kpi.name)}</b> <font size="7.5" color="#52606d">{esc(kpi.code)}</font>',
        s["h3"],
    )
    data = [[head, ""]] + [
        [Paragraph(esc(label), s["card_label"]), Paragraph(text, s["card_text"])]
        for label, text in rows
    ]
    table = Table(data, colWidths=(LABEL_WIDTH, FRAME_WIDTH - LABEL_WIDTH))
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 0), (-1, 0)),
                ("BACKGROUND", (0, 0), (-1, 0), BAND),
                ("LINEABOVE", (0, 0), (-1, 0), 1, RULE),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, FAINT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return [table, Spacer(1, 4 * mm)]


def _by_code(inputs: ReportInputs, code: str) -> Kpi | None:
    return next((k for k in inputs.kpis.values() if k.code == code), None)


def _how(kpi: Kpi, inputs: ReportInputs, words: Words) -> str:
    t = words.t
    if kpi.is_formula:

        def name(match: re.Match[str]) -> str:
            found = _by_code(inputs, match.group(0))
            return found.name if found else match.group(0)

        readable = _CODE.sub(name, kpi.formula).replace("*", "×")
        text = f"{esc(t('formula', formula=readable))}<br/>{esc(t('formula_note'))}"
    else:
        text = esc(t.rollup(kpi.rollup))
    if kpi.dimension:
        text += f"<br/>{esc(t('segment_breakdown'))}."
    return text


def _unit(kpi: Kpi, words: Words) -> str:
    t, unit = words.t, kpi.unit.strip()
    if is_currency(unit):
        text = "kr" if words.lang == "nb" and unit.upper() in ("NOK", "KR") else unit.upper()
    elif unit == "%":
        text = t("unit_percent")
    elif unit == "count":
        text = t("unit_count")
    elif unit == "score":
        text = t("unit_score")
    else:
        text = unit or "–"
    if kpi.scale is not None:
        low = words.value(kpi, kpi.scale.minimum).split()[0]
        high = words.value(kpi, kpi.scale.maximum).split()[0]
        text += f" ({t('scale', low=low, high=high)})"
    return text


def _targets(kpi: Kpi, inputs: ReportInputs, words: Words, today: date) -> str:
    t = words.t
    target = target_in_force(inputs.targets.get(kpi.id, []), today)
    if target is None:
        return t("no_target")
    text = t("per_period", target=words.target(kpi, target), period=t.period_noun(kpi.frequency))
    stretch = words.stretch(kpi, target)
    if stretch and kpi.direction is not Direction.RANGE:
        text += f" · {t('stretch')} {stretch}"
    return text
