"""The demo's numbers: trend × season × noise, the same for a period every time.

Noise is seeded by KPI, segment and period label (crc32, not `hash`, which
changes between runs), so a period's value does not depend on when or how
long a demo is generated.
"""

from __future__ import annotations

import math
import random
import zlib
from datetime import date

from kpidesk.domain.periods import Period

TREND_ORIGIN = date(2025, 1, 1)
CAFE_SEASON = (0.78, 0.80, 0.90, 0.97, 1.05, 1.20, 1.32, 1.25, 1.05, 0.95, 0.98, 1.20)
WEB_SEASON = (0.88, 0.85, 0.90, 0.90, 0.95, 0.90, 0.85, 0.90, 1.00, 1.05, 1.35, 1.50)
WEEKDAY = (0.95, 0.95, 1.00, 1.00, 1.05, 1.10, 1.15)
CHANNEL_SHARE = {"seo": 0.38, "ppc": 0.20, "social": 0.20, "email": 0.10, "content": 0.12}
CHANNEL_CONVERSION = {"seo": 2.2, "ppc": 2.9, "social": 1.1, "email": 4.6, "content": 1.4}
ORDER_VALUE = 430.0


def noise(code: str, segment: str, period: Period) -> float:
    """A standard normal draw fixed for this KPI, segment and period."""
    seed = zlib.crc32(f"{code}|{segment}|{period.label()}".encode())
    return random.Random(seed).gauss(0.0, 1.0)


def years(period: Period) -> float:
    """Years from the trend origin to the period's middle (negative before it)."""
    middle = period.start.toordinal() + period.days / 2
    return (middle - TREND_ORIGIN.toordinal()) / 365.25


def _month(period: Period) -> int:
    return period.anchor.month - 1


def visits(period: Period, channel: str) -> float:
    """Daily web shop sessions from one channel."""
    level = 620 * 1.12 ** years(period) * CHANNEL_SHARE[channel]
    factor = WEB_SEASON[_month(period)] * WEEKDAY[period.start.weekday()]
    return max(0, round(level * factor * (1 + 0.12 * noise("WEB_VISITS", channel, period))))


def orders(period: Period, channel: str, channel_visits: float) -> float:
    """Daily web orders from one channel, following its visits."""
    rate = CHANNEL_CONVERSION[channel] * (1 + 0.04 * years(period))
    return max(
        0, round(channel_visits * rate / 100 * (1 + 0.25 * noise("WEB_ORDERS", channel, period)))
    )


def online_revenue(period: Period, month_orders: float) -> float:
    """Monthly web shop revenue from the month's orders."""
    return round(month_orders * ORDER_VALUE * (1 + 0.05 * noise("ONLINE_REVENUE", "", period)), -2)


def cafe_revenue(period: Period) -> float:
    """Monthly café revenue."""
    level = 690_000 * 1.06 ** years(period) * CAFE_SEASON[_month(period)]
    return level * (1 + 0.04 * noise("REVENUE", "", period))


def _around(code: str, period: Period, base: float, slope: float, spread: float) -> float:
    return base + slope * years(period) + spread * noise(code, "", period)


def simple_value(code: str, period: Period) -> float:
    """The value of a KPI without channels or dependencies."""
    n = noise(code, "", period)
    month = _month(period)
    if code == "GROSS_MARGIN":
        return round(_around(code, period, 62.0, 0.5, 1.0) + math.sin(month / 12 * 2 * math.pi), 1)
    if code == "AVG_TICKET":
        return round(92 * 1.04 ** years(period) + (5 if month in (5, 6, 7) else 0) + 3 * n)
    if code == "CUSTOMER_ENQUIRIES":
        season = 1.6 if month in (10, 11) else 1.0
        return max(0, round(6 * season * 1.08 ** years(period) + 2 * n))
    if code == "STAFF_ENGAGEMENT":
        return round(min(10.0, max(0.0, _around(code, period, 7.4, 0.3, 0.3))), 1)
    if code == "EMAIL_OPEN_RATE":
        return round(_around(code, period, 35.5, -1.2, 1.8), 1)
    if code == "REPEAT_SHARE":
        return round(_around(code, period, 38.0, 2.5, 1.5), 1)
    if code == "LOYALTY_SIGNUPS":
        return max(0, round(24 * CAFE_SEASON[month] * 1.1 ** years(period) * (1 + 0.2 * n)))
    if code == "CUSTOMER_SATISFACTION":
        return round(min(5.0, max(1.0, _around(code, period, 4.3, 0.08, 0.1))), 1)
    if code == "SOCIAL_ENGAGEMENT":
        return max(0, round(900 * 1.15 ** years(period) * (1 + 0.15 * n)))
    if code == "NEWSLETTER_SUBSCRIBERS":
        return round(2900 + 480 * years(period) + 15 * n)
    if code == "FLYERS":
        return max(0, round(480 + 60 * n))
    raise KeyError(code)
