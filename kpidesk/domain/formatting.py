"""Numbers, money, per cents, dates and periods written the way a reader expects.

One formatter for the reports and (later) the screens, so a value reads the
same everywhere. Norwegian groups thousands with a no-break space and uses a
decimal comma (``1 234 567,5``, ``12,5 %``, ``1 234 kr``); English uses
``1,234,567.5``, ``12.5%`` and ``NOK 1,234``. Negative numbers get a real
minus sign (U+2212), as in print.
"""

from __future__ import annotations

import math
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from kpidesk.domain.periods import Period
from kpidesk.domain.types import Frequency

NBSP = "\u00a0"
MINUS = "\u2212"
DASH = "–"
"""What a missing value prints as."""

LANGUAGES = ("nb", "en")
CURRENCY_UNITS = frozenset({"NOK", "KR", "SEK", "DKK", "EUR", "USD", "GBP"})

_MONTHS = {
    "nb": [
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}
_SHORT_MONTHS = {
    "nb": ["jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}


def _check(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"language must be nb or en, not {lang!r}")
    return lang


def format_number(value: float | None, decimals: int = 0, lang: str = "nb") -> str:
    """``1 234 567,5`` (nb) or ``1,234,567.5`` (en); a dash for no value."""
    _check(lang)
    if value is None or not math.isfinite(value):
        return DASH
    # Half away from zero, as people round money (1 234,5 kr → 1 235 kr); the
    # float's shortest repr keeps 2.675 from turning into 2.67499….
    places = Decimal(1).scaleb(-max(decimals, 0))
    rounded = Decimal(repr(abs(value))).quantize(places, rounding=ROUND_HALF_UP)
    text = f"{rounded:,.{max(decimals, 0)}f}"
    if lang == "nb":
        text = text.replace(",", NBSP).replace(".", ",")
    negative = value < 0 and any(c not in "0,." + NBSP for c in text)
    return MINUS + text if negative else text


def is_currency(unit: str) -> bool:
    """True for a money unit such as ``NOK``."""
    return unit.strip().upper() in CURRENCY_UNITS


def format_value(value: float | None, unit: str = "", decimals: int = 0, lang: str = "nb") -> str:
    """A value with its unit: ``1 234 kr``, ``NOK 1,234``, ``2,45 %``, ``4.3``."""
    number = format_number(value, decimals, lang)
    if number == DASH:
        return DASH
    return _with_unit(number, unit, lang)


_COMPACT_SCALES = ((1e9, "mrd.", "bn"), (1e6, "mill.", "m"))
"""Large amounts in words: nb ``1,32 mill. kr``, en ``NOK 1.32m``."""


def format_compact(value: float | None, unit: str = "", decimals: int = 0, lang: str = "nb") -> str:
    """A large value shortened (``1,32 mill. kr``, ``NOK 1.5m``); smaller ones as format_value."""
    _check(lang)
    if value is None or not math.isfinite(value):
        return DASH
    for scale, nb, en in _COMPACT_SCALES:
        if abs(value) >= scale:
            number = format_number(value / scale, 2, lang)
            comma = "," if lang == "nb" else "."
            if comma in number:
                number = number.rstrip("0").rstrip(comma)
            text = f"{number}{NBSP}{nb}" if lang == "nb" else f"{number}{en}"
            return _with_unit(text, unit, lang)
    return format_value(value, unit, decimals, lang)


def _with_unit(number: str, unit: str, lang: str) -> str:
    unit = unit.strip()
    if is_currency(unit):
        code = unit.upper()
        if lang == "nb":
            return f"{number}{NBSP}{'kr' if code in ('NOK', 'KR') else code}"
        return f"{'NOK' if code == 'KR' else code}{NBSP}{number}"
    if unit == "%":
        return f"{number}{NBSP}%" if lang == "nb" else f"{number}%"
    if unit in ("", "count", "score"):
        return number
    return f"{number}{NBSP}{unit}"


def format_change(value: float | None, unit: str = "", decimals: int = 0, lang: str = "nb") -> str:
    """A signed difference: ``+12 300 kr``, ``−0,4 %``; percentage points for a % unit."""
    number = format_number(value, decimals, lang)
    if number == DASH:
        return DASH
    if not number.startswith(MINUS) and any(c not in "0,." + NBSP for c in number):
        number = "+" + number
    if unit.strip() == "%":
        return f"{number}{NBSP}{'pp' if lang == 'en' else 'p.p.'}"
    return _with_unit(number, unit, lang)


def format_percent_change(pct: float | None, lang: str = "nb", decimals: int = 1) -> str:
    """A signed relative change: ``+5,2 %`` (nb), ``+5.2%`` (en)."""
    return format_change(pct, "", decimals, lang) + (
        "" if pct is None or not math.isfinite(pct) else (f"{NBSP}%" if lang == "nb" else "%")
    )


def format_date(day: date, lang: str = "nb") -> str:
    """``27.11.2026`` (nb) or ``27 Nov 2026`` (en)."""
    if _check(lang) == "nb":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day} {_SHORT_MONTHS['en'][day.month - 1]} {day.year}"


def format_period(period: Period, lang: str = "nb", short: bool = False) -> str:
    """A period in words: ``oktober 2026``, ``3. kvartal 2026``, ``Q3 2026``, ``uke 41 2026``."""
    _check(lang)
    freq, start = period.frequency, period.start
    if freq is Frequency.DAY:
        return format_date(start, lang)
    if freq is Frequency.WEEK:
        iso = start.isocalendar()
        return f"uke {iso.week} {iso.year}" if lang == "nb" else f"week {iso.week}, {iso.year}"
    if freq is Frequency.MONTH:
        names = _SHORT_MONTHS if short else _MONTHS
        return f"{names[lang][start.month - 1]} {start.year}"
    label = period.label()
    year = label[:4]
    if period.fiscal_start_month != 1:
        year = f"{year}/{(int(year) + 1) % 100:02d}"
    if freq is Frequency.QUARTER:
        quarter = label[-1]
        if lang == "nb" and not short:
            return f"{quarter}. kvartal {year}"
        return f"Q{quarter} {year}"
    return year


def format_period_short(period: Period, lang: str = "nb") -> str:
    """A compact axis label: ``okt 26``, ``Q3 26``, ``2026``, ``u41``."""
    freq, start = period.frequency, period.start
    if freq is Frequency.MONTH:
        return f"{_SHORT_MONTHS[_check(lang)][start.month - 1]} {start.year % 100:02d}"
    if freq is Frequency.QUARTER:
        return f"Q{period.label()[-1]} {int(period.label()[:4]) % 100:02d}"
    if freq is Frequency.WEEK:
        return f"{'u' if lang == 'nb' else 'w'}{start.isocalendar().week}"
    if freq is Frequency.DAY:
        return f"{start.day}.{start.month}" if lang == "nb" else f"{start.day}/{start.month}"
    return period.label()
