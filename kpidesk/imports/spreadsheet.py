"""XLSX, ODS and XLS files read with python-calamine: cached values, never formulas."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from kpidesk.imports.errors import ImportFileError
from kpidesk.imports.i18n import msg
from kpidesk.imports.table import Cell, Table

SPREADSHEET_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"})
ZIP_MAGIC = b"PK\x03\x04"
# Old .xls files, and also .xlsx files saved with a password: Office wraps
# encrypted workbooks in an OLE compound file instead of a zip.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass(frozen=True)
class ZipLimits:
    """What a zip-based spreadsheet may unpack to before we refuse to open it."""

    max_uncompressed: int = 1024 * 1024 * 1024
    max_ratio: float = 200.0
    max_members: int = 10_000
    # Tiny members compress extremely well (an empty sheet); only judge big ones.
    ratio_floor: int = 1024 * 1024


def check_zip(path: Path, limits: ZipLimits | None = None) -> None:
    """Refuse a zip whose declared contents are too big or too compressed (a zip bomb).

    The sizes come from the central directory; a file that lies about them is
    refused later by the zip reader's own size and CRC checks.
    """
    limits = limits or ZipLimits()
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise ImportFileError(msg("sheet_damaged_reason", name=path.name, reason=exc)) from None
    if len(members) > limits.max_members:
        raise ImportFileError(msg("sheet_too_many_parts", name=path.name, n=len(members)))
    total = sum(m.file_size for m in members)
    if total > limits.max_uncompressed:
        raise ImportFileError(
            msg(
                "sheet_too_big",
                name=path.name,
                mb=total // 2**20,
                limit=limits.max_uncompressed // 2**20,
            )
        )
    for m in members:
        ratio = m.file_size / max(m.compress_size, 1)
        if m.file_size > limits.ratio_floor and ratio > limits.max_ratio:
            raise ImportFileError(
                msg("sheet_zip_bomb", name=path.name, ratio=f"{ratio:.0f}", part=m.filename)
            )


def _sniff(path: Path) -> bool:
    """True for a zip-based file; refuse non-spreadsheets and encrypted files before calamine."""
    try:
        with path.open("rb") as f:
            head = f.read(8)
    except OSError as exc:
        raise ImportFileError(
            msg("cannot_read", name=path.name, reason=exc.strerror or exc)
        ) from None
    if not head:
        raise ImportFileError(msg("empty", name=path.name))
    suffix = path.suffix.lower()
    if head.startswith(OLE_MAGIC):
        if suffix in (".xlsx", ".xlsm", ".xlsb"):
            raise ImportFileError(msg("sheet_password", name=path.name))
        if suffix == ".ods":
            raise ImportFileError(msg("not_ods", name=path.name))
        return False
    if head.startswith(ZIP_MAGIC):
        if suffix == ".xls":
            raise ImportFileError(msg("not_xls", name=path.name))
        return True
    raise ImportFileError(msg("not_sheet", name=path.name))


def _normalise(cell: object) -> Cell:
    """Calamine's cell as ours: '' becomes None, ints become floats, text is stripped."""
    if cell == "" or cell is None:
        return None
    if isinstance(cell, int) and not isinstance(cell, bool):
        return float(cell)
    if isinstance(cell, float | str | bool) or hasattr(cell, "year"):
        return cell  # type: ignore[return-value]
    return str(cell)  # times and durations: shown as text, refused later if used


def _sheet_table(name: str, rows: list[list[object]]) -> Table | None:
    """A `Table` from a sheet's rows, the first non-empty row as header; None if empty."""
    header: list[str] | None = None
    header_row = 0
    body: list[list[Cell]] = []
    numbers: list[int] = []
    for index, raw in enumerate(rows, start=1):
        cells = [_normalise(c) for c in raw]
        if all(c is None or (isinstance(c, str) and not c.strip()) for c in cells):
            continue
        if header is None:
            header = ["" if c is None else str(c).strip() for c in cells]
            header_row = index
        else:
            body.append(cells)
            numbers.append(index)
    if header is None:
        return None
    return Table(header, body, numbers, header_row, name)


def read_spreadsheet(path: Path, limits: ZipLimits | None = None) -> list[Table]:
    """One `Table` per non-empty sheet; ImportFileError when the file cannot be read."""
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError

    if _sniff(path):
        check_zip(path, limits)
    tables: list[Table] = []
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        for name in workbook.sheet_names:
            # skip_empty_area=False keeps row 1 as row 1, so problems name the
            # rows the owner sees in Excel.
            rows = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
            table = _sheet_table(name, rows)
            if table is not None:
                tables.append(table)
    except PasswordError:
        raise ImportFileError(msg("sheet_password", name=path.name)) from None
    except (CalamineError, ValueError, OSError) as exc:
        raise ImportFileError(msg("sheet_unreadable", name=path.name, reason=exc)) from None
    except BaseException as exc:
        # A damaged file can make the Rust parser panic; PyO3 raises that as
        # PanicException, which derives from BaseException. Let only real
        # interrupts through.
        if not type(exc).__name__ == "PanicException":
            raise
        raise ImportFileError(msg("sheet_damaged", name=path.name)) from None
    if not tables:
        raise ImportFileError(msg("sheet_no_data", name=path.name))
    return tables
