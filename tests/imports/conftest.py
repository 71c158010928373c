"""Shared fixtures: the fixture folder and spreadsheets written on the fly."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def make_xlsx(tmp_path):
    """Write sheets ({name: rows}) to an XLSX file with openpyxl and return its path."""
    from openpyxl import Workbook

    def make(sheets: dict[str, list[list[object]]], name: str = "book.xlsx") -> Path:
        workbook = Workbook()
        workbook.remove(workbook.active)
        for title, rows in sheets.items():
            sheet = workbook.create_sheet(title)
            for row in rows:
                sheet.append(row)
        path = tmp_path / name
        workbook.save(path)
        return path

    return make
