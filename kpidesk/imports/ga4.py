"""Google Analytics 4 CSV exports: a '#' preamble, then one or more tables."""

from __future__ import annotations

import contextlib
import csv
import re
from dataclasses import dataclass, field
from datetime import date

from kpidesk.imports.aggregate import Summer, is_additive, period_of_range
from kpidesk.imports.csvfile import sniff_delimiter
from kpidesk.imports.dates import DateFormat
from kpidesk.imports.errors import ImportProblem
from kpidesk.imports.i18n import msg
from kpidesk.imports.numbers import EN, NumberFormat, cell_to_number
from kpidesk.imports.records import RawValue, ReadResult
from kpidesk.imports.table import Table
from kpidesk.imports.tables import choose_formats, text_samples

DEFAULT_CHANNEL_MAP: dict[str, str] = {
    "organic search": "seo",
    "paid search": "ppc",
    "organic social": "social",
    "paid social": "social",
    "email": "email",
    "organisk søk": "seo",
    "betalt søk": "ppc",
    "organisk sosial": "social",
    "betalt sosial": "social",
    "e-post": "email",
}
TOTAL_LABELS = frozenset({"grand total", "totalsum", "totalt", "total", "totals", "sum"})
# GA4 renamed "Conversions" to "Key events" in 2024; old and new files mean the same.
METRIC_ALIASES = {"conversions": "key events", "key events": "conversions"}
_DAY = re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)")
_NEWLINE = re.compile(r"\r\n|\r|\n")


@dataclass
class _Block:
    """One table of the file with the date range its preamble gave."""

    dates: list[date]
    lines: list[tuple[int, str]] = field(default_factory=list)


def _days_in(line: str) -> list[date]:
    """Every valid YYYYMMDD date in a preamble line, whatever its localised label."""
    found = []
    for m in _DAY.finditer(line):
        with contextlib.suppress(ValueError):  # 20261399 is a number, not a date
            found.append(date(int(m[1]), int(m[2]), int(m[3])))
    return found


def split_tables(text: str) -> list[_Block]:
    """The tables of a GA4 export, separated by blank or '#' lines, with their dates."""
    blocks: list[_Block] = []
    current: _Block | None = None
    preamble: list[date] = []
    inherited: list[date] = []
    for number, line in enumerate(_NEWLINE.split(text.removeprefix("\ufeff")), start=1):
        if line.startswith("#") or not line.strip(" ,;\t"):
            if current is not None:
                blocks.append(current)
                inherited, preamble, current = current.dates, [], None
            if line.startswith("#"):
                preamble.extend(_days_in(line))
            continue
        if current is None:
            current = _Block(preamble or inherited)
        current.lines.append((number, line))
    if current is not None:
        blocks.append(current)
    return blocks


def _block_table(block: _Block, index: int) -> Table:
    """A block's lines as a `Table` keeping their file rows."""
    texts = [line for _, line in block.lines]
    delimiter = sniff_delimiter(texts)
    rows = [list(r) for r in csv.reader(texts, delimiter=delimiter)]
    numbers = [n for n, _ in block.lines]
    return Table(
        [c.strip() for c in rows[0]], rows[1:], numbers[1:], numbers[0], msg("ga4_table", n=index)
    )


def _is_day(cell: object) -> bool:
    return isinstance(cell, str) and len(_days_in(cell.strip())) == 1 and len(cell.strip()) == 8


def _date_column(table: Table) -> int | None:
    """The column of YYYYMMDD days (GA4's Date dimension, named in any language)."""
    for i, name in enumerate(table.header):
        cells = [c for c in table.column(i) if isinstance(c, str) and c.strip()]
        cells = [c for c in cells if c.strip().casefold() not in TOTAL_LABELS]
        if name.casefold() in ("date", "dato") or (cells and all(_is_day(c) for c in cells)):
            return i
    return None


def _metric_names(table: Table, metrics: list[int], mapping: dict[str, str]) -> dict[int, str]:
    """Each metric column's KPI text: the header, or what `mapping` says for it."""
    names = {k.strip().casefold(): v.strip() for k, v in mapping.items()}
    out = {}
    for i in metrics:
        key = table.header[i].casefold()
        kpi = names.get(key, names.get(METRIC_ALIASES.get(key, ""), table.header[i]))
        if kpi not in ("", "-"):
            out[i] = kpi
    return out


def read_ga4_table(
    table: Table,
    dates: list[date],
    result: ReadResult,
    mapping: dict[str, str],
    channel_map: dict[str, str],
    fiscal_start_month: int = 1,
) -> None:
    """Add one GA4 table's values to `result`: channel rows, and totals as segment ''."""
    date_col = _date_column(table)
    channel_col = None if date_col == 0 else 0  # the channel grouping is matched by position
    skip = {date_col, channel_col}
    metrics = _metric_names(table, [i for i in range(len(table.header)) if i not in skip], mapping)
    range_period = None
    if date_col is None:
        if len(dates) < 2:
            result.problems.append(
                ImportProblem(
                    table.header_row,
                    None,
                    msg("ga4_no_dates"),
                )
            )
            return
        range_period = period_of_range(min(dates[:2]), max(dates[:2]), fiscal_start_month)
        if range_period is None:
            result.problems.append(
                ImportProblem(
                    table.header_row,
                    None,
                    msg("ga4_not_period", start=min(dates[:2]), end=max(dates[:2])),
                )
            )
            return
    channels, totals, given_totals = Summer(), Summer(), Summer()
    for i, row_number in enumerate(table.row_numbers):
        first = str(table.cell(i, 0) or "").strip()
        is_total = first.casefold() in TOTAL_LABELS
        if date_col is not None and not is_total:
            day_text = str(table.cell(i, date_col) or "").strip()
            if not _is_day(day_text):
                result.problems.append(
                    ImportProblem(
                        row_number,
                        table.column_name(date_col),
                        msg("ga4_bad_day", text=day_text),
                    )
                )
                continue
            period: object = _days_in(day_text)[0]
        else:
            period = range_period
        segment: str | None = ""
        if channel_col is not None and not is_total:
            segment = _segment(first, channel_map, result)
        for col, kpi in metrics.items():
            try:
                number = cell_to_number(table.cell(i, col), result.number_format or EN)
            except ValueError as exc:
                result.problems.append(ImportProblem(row_number, table.column_name(col), str(exc)))
                continue
            if number is None:
                continue
            value = RawValue(
                kpi,
                segment or "",
                period,
                number,
                "",
                row_number,  # type: ignore[arg-type]
                table.column_name(col),
                table.name,
            )
            additive = is_additive(table.header[col])
            if is_total:
                if period is not None:  # a daily table's grand total spans all days
                    given_totals.add(value, additive)
                continue
            if channel_col is None:
                given_totals.add(value, additive)
                continue
            if segment:
                channels.add(value, additive)
            if additive:  # the total of all channels, mapped or not, by period
                totals.add(
                    RawValue(
                        kpi,
                        "",
                        period,
                        number,
                        "",
                        row_number,  # type: ignore[arg-type]
                        table.column_name(col),
                        table.name,
                    )
                )
    result.notes.extend(channels.notes() + given_totals.notes())
    result.values.extend(channels.result())
    if given_totals.values:
        result.values.extend(given_totals.result())
    elif totals.values:
        result.values.extend(totals.result())
        result.notes.append(msg("ga4_totals_summed", table=table.name))


def _segment(channel: str, channel_map: dict[str, str], result: ReadResult) -> str | None:
    """Our segment code for a GA4 channel group; None (and reported) when unmapped."""
    key = channel.casefold()
    if key in channel_map:
        return channel_map[key] or None  # mapped to "" on purpose: left out silently
    name = channel or "(empty)"
    if name not in result.unmapped_segments:
        result.unmapped_segments.append(name)
    return None


def read_ga4_text(
    text: str,
    mapping: dict[str, str] | None = None,
    channel_map: dict[str, str] | None = None,
    number_format: NumberFormat | None = None,
    fiscal_start_month: int = 1,
) -> ReadResult:
    """Every table of a GA4 CSV export as raw values."""
    result = ReadResult()
    blocks = [b for b in split_tables(text) if b.lines]
    if not blocks:
        result.problems.append(ImportProblem(None, None, msg("ga4_no_table")))
        return result
    tables = [(_block_table(b, n), b.dates) for n, b in enumerate(blocks, start=1)]
    samples = [s for t, _ in tables for s in text_samples(t, range(1, len(t.header)))]
    # GA4 writes plain numbers with a decimal point whatever the UI language.
    choose_formats(result, samples, [], number_format, DateFormat.DMY, prefer_number=EN)
    if result.number_format is None:
        return result
    channels = dict(DEFAULT_CHANNEL_MAP)
    channels.update({k.strip().casefold(): v.strip() for k, v in (channel_map or {}).items()})
    for table, dates in tables:
        read_ga4_table(table, dates, result, mapping or {}, channels, fiscal_start_month)
    if result.unmapped_segments:
        result.notes.append(msg("ga4_unmapped", names=", ".join(result.unmapped_segments)))
    return result
