"""One entry point: read any supported file into raw values, problems and notes."""

from __future__ import annotations

from os import PathLike
from pathlib import Path

from kpidesk.imports.csvfile import parse_csv, read_text
from kpidesk.imports.dates import DateFormat
from kpidesk.imports.errors import ImportFileError, ImportProblem
from kpidesk.imports.ga4 import read_ga4_text
from kpidesk.imports.i18n import language, msg
from kpidesk.imports.meta import read_meta_text
from kpidesk.imports.numbers import FORMATS, NumberFormat
from kpidesk.imports.records import ReadResult
from kpidesk.imports.spreadsheet import (
    OLE_MAGIC,
    SPREADSHEET_SUFFIXES,
    ZIP_MAGIC,
    ZipLimits,
    read_spreadsheet,
)
from kpidesk.imports.table import Table
from kpidesk.imports.tables import is_long, read_table

PRESETS = ("generic", "ga4", "meta")


def _is_spreadsheet(path: Path) -> bool:
    """By extension, or by content for files with an unknown extension."""
    if path.suffix.lower() in SPREADSHEET_SUFFIXES:
        return True
    try:
        with path.open("rb") as f:
            head = f.read(8)
    except OSError as exc:
        raise ImportFileError(
            msg("cannot_read", name=path.name, reason=exc.strerror or exc)
        ) from None
    return head.startswith((ZIP_MAGIC, OLE_MAGIC))


def _coerce(
    number_format: NumberFormat | str | None, date_format: DateFormat | str | None
) -> tuple[NumberFormat | None, DateFormat | None]:
    """Formats given as objects or as their names ("nb", "en", "dmy", "mdy")."""
    if isinstance(number_format, str):
        if number_format not in FORMATS:
            raise ValueError(f"number format must be nb or en, not {number_format!r}")
        number_format = FORMATS[number_format]
    if isinstance(date_format, str):
        date_format = DateFormat(date_format)
    return number_format, date_format


def _pick_sheets(tables: list[Table], sheet: str | None, result: ReadResult) -> list[Table]:
    """The sheets to read: the named one, else the long-format ones, else all."""
    if sheet is not None:
        chosen = [t for t in tables if t.name == sheet]
        if not chosen:
            raise ImportFileError(msg("no_sheet", sheet=sheet))
        return chosen
    long = [t for t in tables if is_long(t)]
    if long and len(long) < len(tables):
        # Our own XLSX export holds every value in its long sheet and again in
        # the per-goal wide sheets; reading both would count them twice.
        skipped = ", ".join(t.name for t in tables if t not in long)
        result.notes.append(msg("wide_sheets_skipped", sheets=skipped))
    return long or tables


def _check_duplicates(result: ReadResult) -> None:
    """The same KPI, segment and period twice: dropped if equal, a problem if not."""
    keys = [(v.kpi, v.segment, v.period) for v in result.values]
    if len(set(keys)) == len(keys):  # the usual case, checked at C speed
        return
    seen: dict[tuple[str, str, object], int] = {}
    kept = []
    for value in result.values:
        key = (value.kpi, value.segment, value.period)
        if key not in seen:
            seen[key] = len(kept)
            kept.append(value)
            continue
        first = kept[seen[key]]
        if (first.value, first.comment) != (value.value, value.comment):
            where = (
                msg("also_at_row", row=first.row) if first.row is not None else msg("also_earlier")
            )
            if first.sheet and first.sheet != value.sheet:
                where = msg("of_sheet", where=where, sheet=first.sheet)
            result.problems.append(
                ImportProblem(
                    value.row,
                    value.column,
                    msg(
                        "also_in",
                        kpi=value.kpi,
                        segment=value.segment or msg("total"),
                        period=value.period,
                        where=where,
                    ),
                )
            )
    result.values = kept


def read_file(
    path: str | PathLike[str],
    preset: str = "generic",
    mapping: dict[str, str] | None = None,
    number_format: NumberFormat | str | None = None,
    date_format: DateFormat | str | None = None,
    *,
    channel_map: dict[str, str] | None = None,
    fiscal_start_month: int = 1,
    sheet: str | None = None,
    zip_limits: ZipLimits | None = None,
    lang: str = "en",
) -> ReadResult:
    """Every value in a CSV, XLSX, ODS or XLS file, read with a preset.

    Raises ImportFileError when the file as a whole cannot be read; problems
    with single cells come back in `ReadResult.problems` (all of them), and
    `ReadResult.questions` names a format the file leaves open. Messages
    are in `lang` ("nb" or "en"; see kpidesk.imports.i18n).
    """
    with language(lang):
        if preset not in PRESETS:
            raise ValueError(f"preset must be one of {', '.join(PRESETS)}, not {preset!r}")
        path = Path(path)
        numbers, dates = _coerce(number_format, date_format)
        if not path.is_file():
            raise ImportFileError(msg("not_a_file", name=path.name))
        result = ReadResult()
        if _is_spreadsheet(path):
            if preset != "generic":
                raise ImportFileError(msg("preset_not_sheet", preset=preset))
            for table in _pick_sheets(read_spreadsheet(path, zip_limits), sheet, result):
                result.extend(read_table(table, numbers, dates, mapping, fiscal_start_month))
        else:
            text, result.encoding = read_text(path)
            if preset == "ga4":
                part = read_ga4_text(text, mapping, channel_map, numbers, fiscal_start_month)
            elif preset == "meta":
                part = read_meta_text(text, mapping, numbers, dates)
            else:
                table = parse_csv(text, name=path.name)
                part = read_table(table, numbers, dates, mapping, fiscal_start_month)
            result.extend(part)
        _check_duplicates(result)
        if not result.values and not result.problems:
            result.problems.append(ImportProblem(None, None, msg("no_values", name=path.name)))
        return result
