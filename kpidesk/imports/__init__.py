"""Readers for CSV, XLSX/ODS/XLS, GA4 and Meta exports, and pasted blocks (no Qt, no database)."""

from kpidesk.imports.dates import DateFormat, detect_date_format, parse_date_or_period
from kpidesk.imports.errors import ImportFileError, ImportProblem
from kpidesk.imports.numbers import EN, NB, NumberFormat, detect_number_format, parse_number
from kpidesk.imports.paste import parse_paste
from kpidesk.imports.reader import PRESETS, read_file
from kpidesk.imports.records import RawValue, ReadResult
from kpidesk.imports.table import Table

__all__ = [
    "EN",
    "NB",
    "PRESETS",
    "DateFormat",
    "ImportFileError",
    "ImportProblem",
    "NumberFormat",
    "RawValue",
    "ReadResult",
    "Table",
    "detect_date_format",
    "detect_number_format",
    "parse_date_or_period",
    "parse_number",
    "parse_paste",
    "read_file",
]
