"""A rectangular block of cells read from a file, remembering the file row of each row."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

Cell = str | float | int | bool | date | datetime | None
"""A cell: text from CSV; numbers, dates or text from spreadsheets."""


@dataclass(frozen=True)
class Table:
    """A header and rows of cells; `row_numbers[i]` is the 1-based file row of `rows[i]`."""

    header: list[str]
    rows: list[list[Cell]]
    row_numbers: list[int]
    header_row: int = 1
    name: str = ""
    delimiter: str = ""
    notes: list[str] = field(default_factory=list)

    def column(self, index: int) -> list[Cell]:
        """The cells of one column, None where a row is short."""
        return [row[index] if index < len(row) else None for row in self.rows]

    def cell(self, row_index: int, column: int) -> Cell:
        """One cell, None where the row is short."""
        row = self.rows[row_index]
        return row[column] if column < len(row) else None

    def column_name(self, index: int) -> str:
        """The header of a column, or its number when the header is blank."""
        name = self.header[index].strip() if index < len(self.header) else ""
        return name or str(index + 1)
