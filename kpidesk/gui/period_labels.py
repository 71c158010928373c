"""Periods as the owner reads them, in the UI's language ("okt. 2026", "W41 2026")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from kpidesk.domain.periods import Period
from kpidesk.domain.types import Frequency


def period_label(period: Period, locale: QLocale | None = None, *, year: bool = False) -> str:
    """A short column title for `period`, e.g. "Oct 2026", "W41 2026", "Q3 2026".

    Days leave out the year unless `year` is set (a column of days rarely spans two).
    """
    locale = locale or QLocale()
    start = period.start
    if period.frequency is Frequency.DAY:
        # Norwegian puts a full stop after the day number ("ons. 7. okt.").
        norwegian = locale.language() == QLocale.Language.NorwegianBokmal
        pattern = "ddd d. MMM" if norwegian else "ddd d MMM"
        return locale.toString(_qdate(start), pattern + (" yyyy" if year else ""))
    if period.frequency is Frequency.WEEK:
        iso = start.isocalendar()
        # A week label: {0} the ISO week number, {1} its year. Norwegian writes "U41 2026".
        return QCoreApplication.translate("PeriodLabels", "W{0} {1}").format(iso.week, iso.year)
    if period.frequency is Frequency.MONTH:
        return locale.toString(QDate(start.year, start.month, 1), "MMM yyyy")
    year, _, quarter = period.label().partition("-Q")
    if period.frequency is Frequency.QUARTER:
        # A quarter label: {0} the quarter (1–4), {1} its (fiscal) year. Norwegian: "K3 2026".
        return QCoreApplication.translate("PeriodLabels", "Q{0} {1}").format(quarter, year)
    if period.fiscal_start_month != 1:
        return f"{year}/{(int(year) + 1) % 100:02d}"
    return year


def period_title(period: Period, locale: QLocale | None = None) -> str:
    """The period spelled out with its days, for tooltips and messages."""
    locale = locale or QLocale()
    if period.frequency is Frequency.DAY:
        return locale.toString(_qdate(period.start), QLocale.FormatType.LongFormat)
    first = locale.toString(_qdate(period.start), QLocale.FormatType.ShortFormat)
    last = locale.toString(_qdate(period.end), QLocale.FormatType.ShortFormat)
    # {0} the period's short name, {1} its first day, {2} its last day.
    return QCoreApplication.translate("PeriodLabels", "{0} ({1} – {2})").format(
        period_label(period, locale), first, last
    )


def _qdate(day: object) -> QDate:
    return QDate(day.year, day.month, day.day)
