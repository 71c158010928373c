"""Meta Business Suite exports: single-metric day series and post-level content exports."""

from __future__ import annotations

import csv
import re
from datetime import date, timedelta

from kpidesk.imports.aggregate import Summer, is_additive
from kpidesk.imports.csvfile import parse_csv, split_sep_line
from kpidesk.imports.dates import DateFormat, detect_date_format, parse_date
from kpidesk.imports.errors import ImportProblem
from kpidesk.imports.i18n import msg
from kpidesk.imports.numbers import EN, NumberFormat, cell_to_number
from kpidesk.imports.records import RawValue, ReadResult
from kpidesk.imports.table import Table
from kpidesk.imports.tables import choose_formats, text_samples

PUBLISH_COLUMNS = frozenset(
    {"publish time", "publiseringstidspunkt", "published", "publisert", "publish date"}
)
POSTS_KPI = "Posts"
_NUMBERISH = re.compile(r"^[\d\s.,%()+\-\u2212\u00a0\u202f]*$")
_ID_OR_DURATION = re.compile(r"(^|\W)id$|duration|varighet", re.IGNORECASE)
_NEWLINE = re.compile(r"\r\n|\r|\n")


def _metric_line(text: str) -> tuple[str, str] | None:
    """The metric name and the rest from the header on, for a single-metric export."""
    lines = _NEWLINE.split(text, maxsplit=2)
    if len(lines) < 2:
        return None
    name_cells = next(csv.reader([lines[0]]), [])
    header = next(csv.reader([lines[1]]), [])
    if len(name_cells) != 1 or len(header) < 2 or "primary" not in (h.casefold() for h in header):
        return None
    return name_cells[0].strip(), "\n".join(lines[1:])


def read_single_metric(
    metric: str, rest: str, first_row: int, mapping: dict[str, str], result: ReadResult
) -> None:
    """A "Date","Primary" day series; days missing inside the range are zero for counts."""
    table = parse_csv(rest, delimiter=",", first_row=first_row)
    names = {k.strip().casefold(): v.strip() for k, v in mapping.items()}
    kpi = names.get(metric.casefold(), metric)
    value_col = [h.casefold() for h in table.header].index("primary")
    choose_formats(
        result, text_samples(table, [value_col]), [], result.number_format, DateFormat.DMY, EN
    )
    by_day: dict[date, RawValue] = {}
    for i, row_number in enumerate(table.row_numbers):
        col = 0  # which cell failed names the column, whatever the message's language
        try:
            day = parse_date(str(table.cell(i, 0) or ""))
            col = value_col
            value = cell_to_number(table.cell(i, value_col), result.number_format or EN)
        except ValueError as exc:
            result.problems.append(ImportProblem(row_number, table.column_name(col), str(exc)))
            continue
        if value is not None:
            by_day[day] = RawValue(kpi, "", day, value, "", row_number, table.column_name(1))
    if by_day and is_additive(metric):
        # Meta leaves out the days on which nothing happened; for a count
        # that is a real zero, not a missing value.
        day, last, filled = min(by_day), max(by_day), 0
        while day < last:
            day += timedelta(days=1)
            if day not in by_day:
                by_day[day] = RawValue(kpi, "", day, 0.0, "", None, "")
                filled += 1
        if filled:
            result.notes.append(msg("meta_days_filled", metric=metric, n=filled))
    result.values.extend(by_day[d] for d in sorted(by_day))


def _metric_columns(table: Table, publish_col: int) -> list[int]:
    """Columns whose every cell is a number: the post metrics (ids and durations left out)."""
    out = []
    for i, name in enumerate(table.header):
        cells = [c for c in table.column(i) if isinstance(c, str) and c.strip()]
        if i == publish_col or not cells or _ID_OR_DURATION.search(name.strip()):
            continue
        if all(_NUMBERISH.match(c) for c in cells):
            out.append(i)
    return out


def read_content(
    table: Table,
    mapping: dict[str, str],
    result: ReadResult,
    date_format: DateFormat | None,
) -> None:
    """Post-level rows summed per publish date, plus a count of posts per day."""
    header = [h.casefold() for h in table.header]
    publish_col = next(i for i, h in enumerate(header) if h in PUBLISH_COLUMNS)
    metrics = _metric_columns(table, publish_col)
    choose_formats(
        result, text_samples(table, metrics), [], result.number_format, DateFormat.MDY, EN
    )
    samples = text_samples(table, [publish_col])
    result.date_format = date_format or detect_date_format(samples, DateFormat.MDY)
    if result.date_format is None:
        # Meta writes 10/05/2026 09:30 month first, whatever the page's language.
        result.date_format = DateFormat.MDY
        result.notes.append(msg("meta_month_first"))
    if result.number_format is None or result.date_format is None:
        return
    names = {k.strip().casefold(): v.strip() for k, v in mapping.items()}
    summer = Summer()
    skipped = [table.header[i] for i in metrics if not is_additive(table.header[i])]
    for i, row_number in enumerate(table.row_numbers):
        try:
            day = parse_date(str(table.cell(i, publish_col) or ""), result.date_format)
        except ValueError as exc:
            result.problems.append(
                ImportProblem(row_number, table.column_name(publish_col), str(exc))
            )
            continue
        kpi = names.get(POSTS_KPI.casefold(), POSTS_KPI)
        summer.add(RawValue(kpi, "", day, 1.0, "", row_number, table.column_name(publish_col)))
        for col in metrics:
            if table.header[col] in skipped:
                continue
            try:
                value = cell_to_number(table.cell(i, col), result.number_format)
            except ValueError as exc:
                result.problems.append(ImportProblem(row_number, table.column_name(col), str(exc)))
                continue
            if value is not None:
                kpi = names.get(table.header[col].strip().casefold(), table.header[col].strip())
                summer.add(RawValue(kpi, "", day, value, "", row_number, table.column_name(col)))
    result.values.extend(summer.result())
    if skipped:
        result.notes.append(msg("meta_rates_skipped", names=", ".join(skipped)))


def read_meta_text(
    text: str,
    mapping: dict[str, str] | None = None,
    number_format: NumberFormat | None = None,
    date_format: DateFormat | None = None,
) -> ReadResult:
    """A Meta export of either kind as raw values per day (the caller rolls them up)."""
    result = ReadResult()
    if number_format is not None:
        result.number_format = number_format
    _, skip = split_sep_line(text)
    parts = _NEWLINE.split(text, maxsplit=1)
    body = (parts[1] if len(parts) > 1 else "") if skip else text
    single = _metric_line(body)
    if single is not None:
        read_single_metric(single[0], single[1], 2 + skip, mapping or {}, result)
        return result
    table = parse_csv(body, first_row=1 + skip)
    if not any(h.casefold() in PUBLISH_COLUMNS for h in table.header):
        result.problems.append(
            ImportProblem(
                table.header_row,
                None,
                msg("meta_not_export"),
            )
        )
        return result
    read_content(table, mapping or {}, result, date_format)
    return result
