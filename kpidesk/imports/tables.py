"""Long and wide tables read into raw values, every problem collected."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from operator import itemgetter

from kpidesk.domain.periods import Period
from kpidesk.imports.dates import DateFormat, cell_to_day_or_period, detect_date_format
from kpidesk.imports.errors import ImportProblem
from kpidesk.imports.i18n import msg
from kpidesk.imports.numbers import EN, NB, NumberFormat, cell_to_number, detect_number_format
from kpidesk.imports.records import RawValue, ReadResult
from kpidesk.imports.table import Cell, Table

# Header names per role, in English and Norwegian, compared case-insensitively.
ALIASES: dict[str, frozenset[str]] = {
    "kpi": frozenset({"kpi", "code", "kode", "kpi code", "kpi-kode", "nøkkeltall", "indikator"}),
    "segment": frozenset({"segment", "channel", "kanal"}),
    "period": frozenset(
        {
            "period",
            "periode",
            "date",
            "dato",
            "day",
            "dag",
            "week",
            "uke",
            "month",
            "måned",
            "quarter",
            "kvartal",
            "year",
            "år",
        }
    ),
    "value": frozenset({"value", "verdi"}),
    "comment": frozenset({"comment", "kommentar", "note", "notat", "merknad"}),
}
LONG_COLUMNS = ("kpi", "segment", "period", "value", "comment")


def find_roles(header: Sequence[str]) -> dict[str, int]:
    """The column index of each role the header names (first match wins)."""
    roles: dict[str, int] = {}
    for index, name in enumerate(header):
        key = name.strip().casefold()
        for role, names in ALIASES.items():
            if key in names and role not in roles:
                roles[role] = index
    return roles


def is_long(table: Table) -> bool:
    """True for the contract's long format: KPI, period and value columns."""
    roles = find_roles(table.header)
    return {"kpi", "period", "value"} <= roles.keys()


def text_samples(table: Table, columns: Iterable[int]) -> list[str]:
    """The text cells of some columns (spreadsheet numbers need no format)."""
    cols = list(columns)
    return [c for row in table.rows for i in cols if i < len(row) and isinstance(c := row[i], str)]


def choose_formats(
    result: ReadResult,
    number_samples: list[str],
    date_samples: list[str],
    number_format: NumberFormat | None,
    date_format: DateFormat | None,
    prefer_number: NumberFormat = NB,
    prefer_date: DateFormat = DateFormat.DMY,
) -> bool:
    """Settle the file's number and date formats, declared or detected; False if open."""
    result.number_format = number_format or detect_number_format(number_samples, prefer_number)
    result.date_format = date_format or detect_date_format(date_samples, prefer_date)
    if result.number_format is None:
        result.questions.append("number_format")
        result.problems.append(
            ImportProblem(
                None,
                None,
                (msg("ask_number_format")),
            )
        )
    if result.date_format is None:
        result.questions.append("date_format")
        result.problems.append(
            ImportProblem(
                None,
                None,
                (msg("ask_date_format")),
            )
        )
    return result.number_format is not None and result.date_format is not None


def _text(cell: Cell) -> str:
    """A cell as stripped text ('' for empty); numbers without a needless '.0'."""
    if type(cell) is str:  # CSV cells: the common case first
        return cell.strip()
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def _is_contract_export(table: Table) -> bool:
    """True for the exact header `kpidesk export` writes, comma-separated."""
    header = [h.strip().casefold() for h in table.header]
    return header[: len(LONG_COLUMNS)] == list(LONG_COLUMNS) and table.delimiter in ("", ",")


def read_long(
    table: Table,
    number_format: NumberFormat | None = None,
    date_format: DateFormat | None = None,
    mapping: dict[str, str] | None = None,
    fiscal_start_month: int = 1,
) -> ReadResult:
    """Raw values of a long table (kpi, segment, period, value, comment)."""
    roles = find_roles(table.header)
    result = ReadResult()
    kpi_col, value_col, period_col = roles["kpi"], roles["value"], roles["period"]
    values, periods = _column(table, value_col), _column(table, period_col)
    if number_format is None and _is_contract_export(table):
        # Our own export writes plain numbers with a decimal point, so a file
        # of only 1.234-like values is not ambiguous there.
        number_format = detect_number_format(_distinct_text(values), EN) or EN
    if not choose_formats(
        result,
        [] if number_format else _distinct_text(values),
        [] if date_format else _distinct_text(periods),
        number_format,
        date_format,
    ):
        return result
    names = {k.casefold(): v for k, v in (mapping or {}).items()}
    period_cells = _PeriodCells(result.date_format, fiscal_start_month)  # type: ignore[arg-type]
    read_period, seen_period = period_cells.read, period_cells.seen
    fmt = result.number_format
    assert fmt is not None
    plain = _PLAIN_EN.fullmatch if fmt is EN else None
    segment_col, comment_col = roles.get("segment"), roles.get("comment")
    kpis = _texts(_column(table, kpi_col))
    segments = _texts(_column(table, segment_col)) if segment_col is not None else None
    comments = _texts(_column(table, comment_col)) if comment_col is not None else None
    kpi_name, value_name, period_name = (
        table.column_name(c) for c in (kpi_col, value_col, period_col)
    )
    problems = result.problems
    out = result.values
    # This loop runs once per value, 100 000 times for a big export: columns
    # are read ahead in bulk and plain numbers parsed inline.
    for i, row_number in enumerate(table.row_numbers):
        kpi, cell, comment = kpis[i], values[i], comments[i] if comments else ""
        bad = False
        if not kpi:
            problems.append(ImportProblem(row_number, kpi_name, msg("kpi_missing")))
            bad = True
        if plain is not None and type(cell) is str and len(cell) <= 100 and plain(cell):
            value: float | None = float(cell)
        else:
            try:
                value = cell_to_number(cell, fmt)
            except ValueError as exc:
                problems.append(ImportProblem(row_number, value_name, str(exc)))
                value, bad = None, True
        period = seen_period.get(periods[i]) if type(periods[i]) is str else None
        if period is None or type(period) is str:
            try:
                period = read_period(periods[i])
            except ValueError as exc:
                problems.append(ImportProblem(row_number, period_name, str(exc)))
                bad = True
        if bad or (value is None and not comment):
            continue
        out.append(
            RawValue(
                names.get(kpi.casefold(), kpi) if names else kpi,
                segments[i] if segments else "",
                period,
                value,
                comment,
                row_number,
                value_name,
                table.name,
            )
        )
    return result


# Plain numbers with a decimal point read the same in the full rules (numbers.py).
_PLAIN_EN = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


def _column(table: Table, index: int) -> list[Cell]:
    """One column's cells, None where a row is short (C-level for the usual full rows)."""
    try:
        return list(map(itemgetter(index), table.rows))
    except IndexError:
        return table.column(index)


def _texts(cells: list[Cell]) -> list[str]:
    """Cells as stripped text."""
    return [c.strip() if type(c) is str else _text(c) for c in cells]


def _distinct_text(cells: list[Cell]) -> list[str]:
    """The distinct text cells, in order (the format detectors look at each once)."""
    return [c for c in dict.fromkeys(cells) if isinstance(c, str)]


class _PeriodCells:
    """Period cells read once per distinct cell: a file repeats the same days for every KPI."""

    def __init__(self, date_format: DateFormat, fiscal_start_month: int) -> None:
        self.date_format = date_format
        self.fiscal_start_month = fiscal_start_month
        self.seen: dict[object, date | Period | str] = {}

    def read(self, cell: Cell) -> date | Period:
        """The day or period of a cell; ValueError saying why not."""
        try:
            found = self.seen.get(cell)
        except TypeError:  # an unhashable cell cannot be cached
            found = None
        if found is None:
            found = self._parse(cell)
            self.seen[cell] = found
        if isinstance(found, str):
            raise ValueError(found)
        return found

    def _parse(self, cell: Cell) -> date | Period | str:
        if _text(cell) == "":
            return msg("period_missing")
        try:
            return cell_to_day_or_period(
                cell, self.date_format, fiscal_start_month=self.fiscal_start_month
            )
        except ValueError as exc:
            return str(exc)


def wide_columns(
    table: Table, mapping: dict[str, str] | None, result: ReadResult
) -> tuple[int, int | None, dict[int, str]]:
    """The period column, the segment column (if any) and each KPI column's KPI text."""
    roles = find_roles(table.header)
    named = [i for i, name in enumerate(table.header) if name.strip()]
    period_col = roles.get("period", named[0] if named else 0)
    segment_col = roles.get("segment")
    names = {k.strip().casefold(): v.strip() for k, v in (mapping or {}).items()}
    used = {table.header[i].strip().casefold() for i in named}
    kpis: dict[int, str] = {}
    for i in named:
        if i in (period_col, segment_col, roles.get("comment")):
            continue
        kpi = names.get(table.header[i].strip().casefold(), table.header[i].strip())
        if kpi not in ("", "-"):  # "--map Notes=-" leaves a column out
            kpis[i] = kpi
    for key, original in ((k.strip().casefold(), k) for k in mapping or {}):
        if key not in used:
            result.problems.append(ImportProblem(None, original, msg("map_unknown_column")))
    return period_col, segment_col, kpis


def read_wide(
    table: Table,
    number_format: NumberFormat | None = None,
    date_format: DateFormat | None = None,
    mapping: dict[str, str] | None = None,
    fiscal_start_month: int = 1,
) -> ReadResult:
    """Raw values of a wide table: a period column and one column per KPI; blanks skipped."""
    result = ReadResult()
    period_col, segment_col, kpis = wide_columns(table, mapping, result)
    if not kpis:
        result.problems.append(ImportProblem(table.header_row, None, msg("no_kpi_columns")))
        return result
    if not choose_formats(
        result,
        text_samples(table, kpis),
        text_samples(table, [period_col]),
        number_format,
        date_format,
    ):
        return result
    period_name = table.column_name(period_col)
    for i, row_number in enumerate(table.row_numbers):
        raw_period = table.cell(i, period_col)
        if _text(raw_period) == "":
            if any(_text(table.cell(i, c)) for c in kpis):
                result.problems.append(
                    ImportProblem(row_number, period_name, msg("period_missing"))
                )
            continue
        try:
            period = cell_to_day_or_period(
                raw_period, result.date_format, fiscal_start_month=fiscal_start_month
            )
        except ValueError as exc:
            result.problems.append(ImportProblem(row_number, period_name, str(exc)))
            continue
        segment = _text(table.cell(i, segment_col)) if segment_col is not None else ""
        for col, kpi in kpis.items():
            try:
                value = cell_to_number(table.cell(i, col), result.number_format)  # type: ignore[arg-type]
            except ValueError as exc:
                result.problems.append(ImportProblem(row_number, table.column_name(col), str(exc)))
                continue
            if value is not None:
                result.values.append(
                    RawValue(
                        kpi,
                        segment,
                        period,
                        value,
                        "",
                        row_number,
                        table.column_name(col),
                        table.name,
                    )
                )
    return result


def read_table(
    table: Table,
    number_format: NumberFormat | None = None,
    date_format: DateFormat | None = None,
    mapping: dict[str, str] | None = None,
    fiscal_start_month: int = 1,
) -> ReadResult:
    """Long or wide, whichever the header says."""
    reader = read_long if is_long(table) else read_wide
    return reader(table, number_format, date_format, mapping, fiscal_start_month)
