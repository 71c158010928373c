"""Blocks pasted from Excel or LibreOffice: tab-separated rows of numbers."""

from __future__ import annotations

import re

from kpidesk.imports.errors import ImportFileError, ImportProblem
from kpidesk.imports.i18n import msg
from kpidesk.imports.numbers import NumberFormat, detect_number_format, parse_number

_NEWLINE = re.compile(r"\r\n|\r|\n")
MAX_PASTE_CELLS = 1_000_000


def _cell_text(cell: str) -> str:
    """A pasted cell without the quotes Excel puts around text that holds a tab or newline."""
    if len(cell) >= 2 and cell[0] == '"' and cell[-1] == '"':
        return cell[1:-1].replace('""', '"')
    return cell


def split_paste(text: str) -> list[list[str]]:
    """The cells of a pasted block as text; a trailing newline adds no row."""
    text = text.removeprefix("\ufeff")
    lines = _NEWLINE.split(text)
    while lines and lines[-1] == "":
        lines.pop()  # spreadsheets end the copied block with a newline
    return [[_cell_text(c) for c in line.split("\t")] for line in lines]


def parse_paste(text: str, fmt: NumberFormat | None) -> list[list[float | None]]:
    """The numbers of a pasted block, rows padded to one width; empty cells are None.

    `fmt` is the grid's number format; None detects it from the block and
    asks (ImportFileError) when the block leaves it open. Every bad cell is
    reported with its row and column in the block, counted from 1.
    """
    cells = split_paste(text)
    if sum(len(r) for r in cells) > MAX_PASTE_CELLS:
        raise ImportFileError(msg("paste_too_large"))
    if fmt is None:
        fmt = detect_number_format([c for row in cells for c in row])
        if fmt is None:
            raise ImportFileError(msg("paste_number_format"))
    width = max((len(r) for r in cells), default=0)
    out: list[list[float | None]] = []
    problems: list[ImportProblem] = []
    for r, row in enumerate(cells, start=1):
        values: list[float | None] = []
        for c, cell in enumerate(row, start=1):
            try:
                values.append(parse_number(cell, fmt))
            except ValueError as exc:
                problems.append(ImportProblem(r, c, str(exc)))
                values.append(None)
        out.append(values + [None] * (width - len(values)))
    if problems:
        raise ImportFileError(problems)
    return out
