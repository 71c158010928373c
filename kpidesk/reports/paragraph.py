"""ReportLab's Paragraph, laid out once per width.

Tables measure each cell more than once, and KeepTogether measures its
content before the frame measures it again: in a scorecard two of every three
`wrap` calls repeat the one before at the same width. A paragraph's layout
depends on nothing but its text, style and width, so the last one is kept.
"""

from __future__ import annotations

from reportlab.platypus.paragraph import Paragraph as _Paragraph


class Paragraph(_Paragraph):
    """A Paragraph that keeps its layout while it is measured at the same width again."""

    _last_wrap: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        last = self._last_wrap
        if last is not None and last[0] == availWidth:
            return last[1]
        size = super().wrap(availWidth, availHeight)
        self._last_wrap = (availWidth, size)
        return size
