"""A simple trend line: the straight line through the latest values, carried forward.

The PDF scorecard draws it: it needs no numpy, so `kpidesk report` starts fast.
The screens use the seasonal forecast in `forecast.py`.

Deliberately plain (least squares over the last few periods): it tells an owner
"if things go on like this", not more. Missing values are skipped.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

MIN_POINTS = 4


def linear_forecast(
    values: Sequence[float | None], ahead: int, window: int = 6
) -> list[float] | None:
    """The next `ahead` values on the least-squares line through the last `window` values.

    None when fewer than MIN_POINTS of them are known.
    """
    recent = list(values)[-window:]
    offset = len(values) - len(recent)
    points = [(offset + i, v) for i, v in enumerate(recent) if v is not None and math.isfinite(v)]
    if len(points) < MIN_POINTS or ahead <= 0:
        return None
    n = len(points)
    mean_x = math.fsum(x for x, _ in points) / n
    mean_y = math.fsum(y for _, y in points) / n
    sxx = math.fsum((x - mean_x) ** 2 for x, _ in points)
    sxy = math.fsum((x - mean_x) * (y - mean_y) for x, y in points)
    slope = sxy / sxx if sxx else 0.0
    last_x = len(values) - 1
    return [mean_y + slope * (last_x + k - mean_x) for k in range(1, ahead + 1)]
