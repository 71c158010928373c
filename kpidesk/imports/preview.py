"""The first rows of a file and what in it can be mapped, for the import dialog (no Qt)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path

from kpidesk.imports.catalogue import Catalogue, UnknownNameError
from kpidesk.imports.csvfile import parse_csv, read_text, split_sep_line
from kpidesk.imports.errors import ImportFileError
from kpidesk.imports.ga4 import (
    DEFAULT_CHANNEL_MAP,
    METRIC_ALIASES,
    TOTAL_LABELS,
    _block_table,
    _date_column,
    split_tables,
)
from kpidesk.imports.i18n import msg
from kpidesk.imports.meta import POSTS_KPI, PUBLISH_COLUMNS, _metric_columns, _metric_line
from kpidesk.imports.records import ReadResult
from kpidesk.imports.spreadsheet import OLE_MAGIC, SPREADSHEET_SUFFIXES, ZIP_MAGIC
from kpidesk.imports.table import Cell, Table
from kpidesk.imports.tables import is_long, wide_columns

PREVIEW_ROWS = 50
_PREVIEW_LINES = 400
LEAVE_OUT = "-"
"""The KPI a column is mapped to when it is left out (as `--map COLUMN=-`)."""


@dataclass
class FilePreview:
    """What the dialog shows before the dry run: first rows, mappable columns, channels."""

    header: list[str] = field(default_factory=list)
    rows: list[list[Cell]] = field(default_factory=list)
    row_numbers: list[int] = field(default_factory=list)
    layout: str = "wide"  # "wide", "long", "ga4", "meta"
    columns: list[str] = field(default_factory=list)  # file columns mapped to a KPI each
    channels: list[str] = field(default_factory=list)  # GA4 channel groups in the file
    error: str = ""

    @property
    def header_key(self) -> str:
        """A short key for the header, to remember a mapping by."""
        text = "\x1f".join(h.strip().casefold() for h in self.header)
        return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def is_spreadsheet(path: Path) -> bool:
    if path.suffix.lower() in SPREADSHEET_SUFFIXES:
        return True
    try:
        with path.open("rb") as f:
            return f.read(8).startswith((ZIP_MAGIC, OLE_MAGIC))
    except OSError:
        return False


def guess_preset(path: str | PathLike[str]) -> str:
    """ "ga4" or "meta" for files that look like those exports, else "generic"."""
    path = Path(path)
    if is_spreadsheet(path):
        return "generic"
    try:
        text, _ = read_text(path)
    except ImportFileError:
        return "generic"
    head = text[:4000]
    if head.lstrip("\ufeff").startswith("#"):
        return "ga4"
    _, skip = split_sep_line(head)
    body = head.split("\n", 1)[1] if skip and "\n" in head else head
    first = body.split("\n", 1)[0].casefold()
    if _metric_line(body) is not None or any(p in first for p in PUBLISH_COLUMNS):
        return "meta"
    return "generic"


def _head_text(text: str) -> str:
    """The first lines of a text (a cut row at the end is dropped by the caller)."""
    lines = text.splitlines(keepends=True)
    return "".join(lines[:_PREVIEW_LINES])


def _limit(table: Table, preview: FilePreview) -> None:
    preview.header = list(table.header)
    preview.rows = [list(r) for r in table.rows[:PREVIEW_ROWS]]
    preview.row_numbers = list(table.row_numbers[:PREVIEW_ROWS])


def _add(items: list[str], item: str) -> None:
    if item and item not in items:
        items.append(item)


def _preview_generic(path: Path, preview: FilePreview) -> None:
    if is_spreadsheet(path):
        from kpidesk.imports.spreadsheet import read_spreadsheet

        tables = read_spreadsheet(path)
        long = [t for t in tables if is_long(t)]
        table = (long or tables)[0]
    else:
        text, _ = read_text(path)
        table = parse_csv(_head_text(text), name=path.name)
    _limit(table, preview)
    if is_long(table):
        preview.layout = "long"
        return
    _, _, kpis = wide_columns(table, None, ReadResult())
    preview.columns = [table.header[i].strip() for i in sorted(kpis)]


def _preview_ga4(path: Path, preview: FilePreview) -> None:
    preview.layout = "ga4"
    text, _ = read_text(path)
    blocks = [b for b in split_tables(text) if b.lines]
    for number, block in enumerate(blocks, start=1):
        table = _block_table(block, number)
        if number == 1:
            _limit(table, preview)
        date_col = _date_column(table)
        channel_col = None if date_col == 0 else 0
        for i, name in enumerate(table.header):
            if i not in (date_col, channel_col):
                _add(preview.columns, name.strip())
        if channel_col is not None:
            for cell in table.column(0):
                name = str(cell or "").strip()
                if name.casefold() not in TOTAL_LABELS:
                    _add(preview.channels, name)


def _preview_meta(path: Path, preview: FilePreview) -> None:
    preview.layout = "meta"
    text, _ = read_text(path)
    _, skip = split_sep_line(text)
    body = text.split("\n", 1)[1] if skip and "\n" in text else text
    single = _metric_line(body)
    if single is not None:
        table = parse_csv(_head_text(single[1]), delimiter=",", first_row=2 + skip)
        _limit(table, preview)
        preview.columns = [single[0]]
        return
    table = parse_csv(_head_text(body), first_row=1 + skip)
    _limit(table, preview)
    header = [h.casefold() for h in table.header]
    publish = next((i for i, h in enumerate(header) if h in PUBLISH_COLUMNS), None)
    if publish is None:
        return
    preview.columns = [POSTS_KPI] + [
        table.header[i].strip() for i in _metric_columns(table, publish)
    ]


def preview_file(path: str | PathLike[str], preset: str) -> FilePreview:
    """The first rows of a file as the preset reads it; `error` says why not."""
    path = Path(path)
    preview = FilePreview()
    try:
        if not path.is_file():
            raise ImportFileError(msg("not_a_file", name=path.name))
        if preset == "ga4" and not is_spreadsheet(path):
            _preview_ga4(path, preview)
        elif preset == "meta" and not is_spreadsheet(path):
            _preview_meta(path, preview)
        else:
            _preview_generic(path, preview)
    except ImportFileError as exc:
        preview.error = str(exc)
    except (ValueError, IndexError, StopIteration) as exc:  # a file the preview cannot show
        preview.error = str(exc) or type(exc).__name__
    return preview


def default_mapping(preview: FilePreview, catalogue: Catalogue) -> dict[str, str]:
    """Each mappable column's KPI code, found by code or name; LEAVE_OUT when none."""
    out: dict[str, str] = {}
    for column in preview.columns:
        code = LEAVE_OUT
        for text in (column, METRIC_ALIASES.get(column.casefold(), "")):
            if not text:
                continue
            try:
                code = catalogue.kpi(text).code
                break
            except UnknownNameError:
                continue
        out[column] = code
    return out


def default_channels(preview: FilePreview, segment_codes: set[str]) -> dict[str, str]:
    """Each GA4 channel group's segment code by the usual names; '' (left out) when none."""
    out = {}
    for channel in preview.channels:
        code = DEFAULT_CHANNEL_MAP.get(channel.casefold(), "")
        out[channel] = code if code in segment_codes else ""
    return out
