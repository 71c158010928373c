"""CSV files: encoding and delimiter found from the content, cells kept as text."""

from __future__ import annotations

import codecs
import csv
import io
import re
from pathlib import Path

from kpidesk.imports.errors import ImportFileError
from kpidesk.imports.i18n import msg
from kpidesk.imports.table import Cell, Table

MAX_CSV_BYTES = 512 * 1024 * 1024
DELIMITERS = (";", "\t", ",")  # preference on a tie: Norwegian Excel writes ";"
_SEP_LINE = re.compile(r'^"?sep=(.)"?\s*$', re.IGNORECASE)
_SNIFF_LINES = 50
_NEWLINE = re.compile(r"\r\n|\r|\n")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """The text of a file and the encoding it was in; ImportFileError for binary data."""
    if data.startswith(codecs.BOM_UTF8):
        encodings = ["utf-8-sig"]
    elif data.startswith(codecs.BOM_UTF16_LE):
        encodings = ["utf-16"]  # Meta Business Suite writes UTF-16 LE with a BOM
    elif data.startswith(codecs.BOM_UTF16_BE):
        encodings = ["utf-16"]
    elif _looks_utf16(data):
        encodings = ["utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"]
    else:
        # Windows-1252 is what Norwegian Excel writes for "CSV (semikolondelt)";
        # latin-1 is the last resort because it can decode any byte.
        encodings = ["utf-8", "cp1252", "latin-1"]
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            raise ImportFileError(msg("not_text"))
        return text.removeprefix("\ufeff"), encoding.removesuffix("-sig")
    raise ImportFileError(msg("bad_encoding", encoding=encodings[0].upper()))


def _looks_utf16(data: bytes) -> bool:
    """True for UTF-16 text without a BOM: mostly ASCII, so every other byte is zero."""
    head = data[:2000]
    if len(head) < 4 or len(head) % 2:
        return False
    odd, even = head[1::2].count(0), head[0::2].count(0)
    return max(odd, even) > 0.8 * len(head) / 2 and min(odd, even) == 0


def read_text(path: Path) -> tuple[str, str]:
    """The decoded text of a file and its encoding."""
    try:
        size = path.stat().st_size
        if size > MAX_CSV_BYTES:
            raise ImportFileError(msg("too_large", mb=size // 2**20))
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(
            msg("cannot_read", name=path.name, reason=exc.strerror or exc)
        ) from None
    if not data.strip():
        raise ImportFileError(msg("empty", name=path.name))
    return decode_bytes(data)


def split_sep_line(text: str) -> tuple[str | None, int]:
    """The delimiter a first line ``sep=;`` declares, and how many lines to skip."""
    first = _NEWLINE.split(text, maxsplit=1)[0]
    m = _SEP_LINE.match(first)
    if m and m[1] in DELIMITERS:
        return m[1], 1
    return None, 0


def sniff_delimiter(lines: list[str]) -> str:
    """The delimiter among ``;``, tab and ``,`` that splits the lines most consistently.

    The first line is taken as the header: a data line ``2026-10;1234,50``
    also splits on its decimal comma, but then not like its header does.
    """
    sample = [line for line in lines if line.strip()][:_SNIFF_LINES]
    if not sample:
        return ","
    best, best_score = ",", (False, 0.0, 0, -1)
    for rank, delimiter in enumerate(reversed(DELIMITERS)):
        try:
            counts = [len(row) for row in csv.reader(sample, delimiter=delimiter)]
        except csv.Error:
            continue
        if not counts:
            continue
        header = counts[0]
        same = sum(1 for c in counts if c == header) / len(counts)
        score = (header > 1, same, header, rank)
        if score > best_score:
            best, best_score = delimiter, score
    return best if best_score[0] else ","  # one column: nothing to split


def parse_csv(text: str, delimiter: str | None = None, first_row: int = 1, name: str = "") -> Table:
    """A `Table` from CSV text: the first non-blank row is the header; blank rows are skipped.

    `first_row` is the file row of the first line of `text`, so that rows keep
    their file numbers when a caller hands over only part of a file.
    """
    declared, skip = split_sep_line(text)
    if skip:
        parts = _NEWLINE.split(text, maxsplit=1)
        text = parts[1] if len(parts) > 1 else ""
        first_row += skip
    delimiter = delimiter or declared or sniff_delimiter(text[:65536].splitlines()[:_SNIFF_LINES])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    header_row = first_row
    rows: list[list[Cell]] = []
    numbers: list[int] = []
    start = 0
    try:
        for record in reader:
            row_number = first_row + start
            start = reader.line_num
            # One C-level join instead of a generator per row: blank rows are rare.
            if not "".join(record).strip():
                continue
            if header is None:
                header, header_row = [cell.strip() for cell in record], row_number
            else:
                rows.append(record)
                numbers.append(row_number)
    except csv.Error as exc:
        raise ImportFileError(msg("csv_broken", row=first_row + start, reason=exc)) from None
    if header is None:
        raise ImportFileError(msg("no_header", name=name or msg("the_file")))
    return Table(header, rows, numbers, header_row, name, delimiter)


def read_csv(path: Path) -> tuple[Table, str]:
    """The table in a CSV file, and the encoding it was written in."""
    text, encoding = read_text(path)
    return parse_csv(text, name=path.name), encoding
