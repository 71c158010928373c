"""Numbers and dates shown and read in the UI's locale (nb: 1 234,5; en: 1,234.5)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from kpidesk.domain.formatting import format_date as domain_format_date
from kpidesk.domain.formatting import format_number as domain_format_number
from kpidesk.gui.i18n import ui_language

MAX_DECIMALS = 6


def format_number(value: float | None, decimals: int = 0) -> str:
    """`value` with `decimals` places, or more when rounding would hide a digit.

    The digits come from the same formatter as the PDF reports (domain.formatting).
    """
    if value is None:
        return ""
    shown = decimals
    while shown < MAX_DECIMALS and round(value, shown) != value:
        shown += 1
    return domain_format_number(value, shown, ui_language())


def parse_number(text: str) -> float | None:
    """A number typed in the UI's locale (or with a decimal point); None when empty.

    Raises ValueError for text that is not a number.
    """
    text = text.strip().replace("\u00a0", " ").replace("\u202f", " ")
    if not text:
        return None
    value, ok = QLocale().toDouble(text)
    if ok:
        return value
    value, ok = QLocale.c().toDouble(text.replace(" ", ""))
    if ok:
        return value
    raise ValueError(text)


def format_date(value: date | None) -> str:
    """A date as the reports write it: 27.11.2026 (nb) or 27 Nov 2026 (en)."""
    if value is None:
        return ""
    return domain_format_date(value, ui_language())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
