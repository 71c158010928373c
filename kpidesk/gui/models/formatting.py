"""Numbers and dates shown and read in the UI's locale (nb: 1 234,5; en: 1,234.5)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale


def format_number(value: float | None, decimals: int = 0) -> str:
    """`value` with `decimals` places, or more when rounding would hide a digit."""
    if value is None:
        return ""
    locale = QLocale()
    if round(value, decimals) != value:
        return locale.toString(float(value), "g", 12)
    return locale.toString(float(value), "f", decimals)


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
    """A date in the locale's short format."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value), QLocale.FormatType.ShortFormat)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
