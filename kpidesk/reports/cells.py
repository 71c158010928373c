"""Light table cells for numbers and statuses, drawn straight onto the canvas.

A Paragraph parses markup and breaks lines each time a table measures it;
for a few hundred short numbers that is most of a scorecard's build time.
These cells know their lines up front, shrink a too-long number to fit its
column instead of overflowing, and wrap words only where asked.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from kpidesk.reports.fonts import BOLD, REGULAR
from kpidesk.reports.styles import INK, MUTED

MIN_SCALE = 0.6
"""A number never shrinks below this share of its size; past it, it is cut by the cell."""


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of at most `width`: broken at spaces, and inside a word too long for a line."""
    lines = []
    for line in simpleSplit(text, font, size, width) or [""]:
        while stringWidth(line, font, size) > width and len(line) > 1:
            cut = len(line) - 1
            while cut > 1 and stringWidth(line[:cut], font, size) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    return lines


Placed = tuple[float, float, str, str, float, Color]
"""A string to draw: x, y (its baseline), text, font, size, colour."""


def draw_strings(canvas: object, strings: Iterable[Placed]) -> None:
    """Draw strings in one PDF text object, setting font and colour only when they change.

    What `canvas.drawString` does for each, without a text object per string:
    a table of numbers has hundreds.
    """
    text = canvas.beginText()  # type: ignore[attr-defined]
    current: tuple[str, float] | None = None
    colour: Color | None = None
    for x, y, string, font, size, fill in strings:
        if (font, size) != current:
            text.setFont(font, size)
            current = (font, size)
        if fill is not colour:
            text.setFillColor(fill)
            colour = fill
        text.setTextOrigin(x, y)
        text.textOut(string)
    canvas.drawText(text)  # type: ignore[attr-defined]


class TextFlowable(Flowable):
    """A flowable of strings only, drawn at the page's coordinates in one text object.

    `Flowable.drawOn` saves the canvas's whole state, moves the origin and
    restores it again for each flowable: for the hundreds of cells of a
    scorecard that bookkeeping cost more than their text. A text object needs
    neither: its strings are placed where they belong, and a PDF ``q … Q``
    pair keeps the colours it sets to itself.
    """

    def _placed(self) -> Iterable[Placed]:
        """The strings, relative to the flowable's bottom left corner."""
        raise NotImplementedError

    def draw(self) -> None:
        draw_strings(self.canv, self._placed())

    def drawOn(self, canvas: object, x: float, y: float, _sW: float = 0) -> None:  # noqa: N803
        x = self._hAlignAdjust(x, _sW)
        placed = [(x + px, y + py, *rest) for px, py, *rest in self._placed()]
        canvas.addLiteral("q")  # type: ignore[attr-defined]
        draw_strings(canvas, placed)  # type: ignore[arg-type]
        canvas.addLiteral("Q")  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Run:
    text: str
    font: str = REGULAR
    size: float = 8.0
    colour: Color = INK


class LinesCell(TextFlowable):
    """Lines of text runs, left or right aligned, shrunk to the cell's width if needed."""

    def __init__(self, lines: list[list[Run]], align: str = "left", leading: float = 1.22):
        super().__init__()
        self.lines = [line for line in lines if line]
        self.align = align
        self.leading = leading
        self._scale = 1.0
        self._widths: dict[int, float] = {}
        self._last_wrap: tuple[float, list[list[Run]]] | None = None
        self.indent = 0.0
        """How far lines after the first are moved right."""

    def _width(self, line: list[Run]) -> float:
        # Tables measure a cell several times; the text never changes.
        key = id(line)
        width = self._widths.get(key)
        if width is None:
            width = self._widths[key] = sum(stringWidth(r.text, r.font, r.size) for r in line)
        return width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        last = self._last_wrap
        if last is not None and last[0] == availWidth and last[1] is self.lines:
            return self.width, self.height  # a table measures each cell more than once
        widest = max((self._width(line) for line in self.lines), default=0.0)
        self._scale = 1.0 if widest <= availWidth else max(availWidth / widest, MIN_SCALE)
        self.width = availWidth
        self.height = sum(self._line_height(line) for line in self.lines)
        self._last_wrap = (availWidth, self.lines)
        return self.width, self.height

    def _line_height(self, line: list[Run]) -> float:
        return max(r.size for r in line) * self.leading * self._scale

    def _placed(self) -> Iterator[Placed]:
        y = self.height
        for i, line in enumerate(self.lines):
            y -= self._line_height(line)
            x = self.indent if i else 0.0
            if self.align == "right":
                x = self.width - self._width(line) * self._scale
            baseline = y + max(r.size for r in line) * 0.25 * self._scale
            for run in line:
                size = run.size * self._scale
                yield x, baseline, run.text, run.font, size, run.colour
                x += stringWidth(run.text, run.font, size)


def number_cell(main: str, sub: str = "", bold: bool = False) -> LinesCell:
    """A right-aligned number, with a small grey second line (e.g. the per cent)."""
    lines = [[Run(main, BOLD if bold else REGULAR, 8.0)]]
    if sub:
        lines.append([Run(sub, REGULAR, 7.0, MUTED)])
    return LinesCell(lines, "right")


class StatusCell(LinesCell):
    """The status symbol in its colour, then the status in words (wrapped to the cell)."""

    def __init__(self, symbol: str, colour: Color, words: str, size: float = 7.5):
        super().__init__([[Run(symbol, BOLD, size + 0.5, colour), Run(words, REGULAR, size)]])
        self.symbol, self.colour, self.words, self.size = symbol, colour, words, size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if availWidth == getattr(self, "_wrapped_for", None):
            return super().wrap(availWidth, availHeight)
        self._wrapped_for = availWidth
        self._widths = {}
        first = Run(self.symbol + " ", BOLD, self.size + 0.5, self.colour)
        room = availWidth - stringWidth(first.text, first.font, first.size)
        parts = wrap_text(self.words, REGULAR, self.size, max(room, 10))
        self.lines = [[first, Run(parts[0] if parts else "", REGULAR, self.size)]]
        self.lines += [[Run(p, REGULAR, self.size)] for p in parts[1:]]
        self.indent = availWidth - room
        return super().wrap(availWidth, availHeight)


class LabelledLines(TextFlowable):
    """ "Label: text" lines, the label grey, each wrapped to the cell's width."""

    def __init__(self, rows: list[tuple[str, str]], size: float = 8.0, leading: float = 10.0):
        super().__init__()
        self.rows = rows
        self.size = size
        self.leading = leading
        self._lines: list[tuple[str, str]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if availWidth == getattr(self, "_wrapped_for", None):
            return self.width, self.height
        self._wrapped_for = availWidth
        self._lines = []
        for label, text in self.rows:
            prefix = f"{label}: " if label else ""
            parts = wrap_text(prefix + text, REGULAR, self.size, availWidth)
            # the label is drawn grey where it still stands whole on the first line
            grey = prefix if parts[0].startswith(prefix.rstrip()) else ""
            self._lines.append((grey.rstrip(), parts[0][len(grey.rstrip()) :].lstrip()))
            self._lines += [("", part) for part in parts[1:]]
        self.width = availWidth
        self.height = len(self._lines) * self.leading
        return self.width, self.height

    def _placed(self) -> Iterator[Placed]:
        y = self.height
        for grey, rest in self._lines:
            y -= self.leading
            baseline = y + self.leading * 0.25
            x = 0.0
            if grey:
                yield 0.0, baseline, grey + " ", REGULAR, self.size, MUTED
                x = stringWidth(grey + " ", REGULAR, self.size)
            yield x, baseline, rest, REGULAR, self.size, INK


class NameCell(LinesCell):
    """A bold name wrapped to the cell, with a small grey line under it (e.g. the owner)."""

    def __init__(self, name: str, sub: str = "", size: float = 8.0):
        super().__init__([[Run(name, BOLD, size)]])
        self.name, self.sub, self.size = name, sub, size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if availWidth != getattr(self, "_wrapped_for", None):
            self._wrapped_for = availWidth
            self._widths = {}
            self.lines = [
                [Run(part, BOLD, self.size)]
                for part in wrap_text(self.name, BOLD, self.size, availWidth)
            ]
            if self.sub:
                self.lines += [
                    [Run(part, REGULAR, self.size - 1, MUTED)]
                    for part in wrap_text(self.sub, REGULAR, self.size - 1, availWidth)
                ]
        return super().wrap(availWidth, availHeight)


class SideBySide(Flowable):
    """One flowable on the left, a column of flowables to its right, their tops aligned.

    Lays out exactly as a one-row Table with columns (`left_width`, the rest),
    no padding but a Table's default 3 pt below and cells aligned to the top
    (what a KPI's chart and facts were), without a Table's general machinery.
    """

    BOTTOM_PADDING = 3.0

    def __init__(self, left: Flowable, left_width: float, right: list[Flowable]) -> None:
        super().__init__()
        self.left, self.left_width, self.right = left, left_width, right
        self._left_height = 0.0
        self._right_heights: list[float] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        room = 72000.0  # what a Table offers a cell while it measures rows
        self._left_height = self.left.wrapOn(self.canv, self.left_width, room)[1]
        width = availWidth - self.left_width
        self._right_heights = [f.wrapOn(self.canv, width, room)[1] for f in self.right]
        total = sum(
            h + f.getSpaceBefore() + f.getSpaceAfter()
            for f, h in zip(self.right, self._right_heights, strict=True)
        )
        if self.right:
            total -= self.right[0].getSpaceBefore() + self.right[-1].getSpaceAfter()
        self.width = availWidth
        self.height = max(self._left_height, total) + self.BOTTOM_PADDING
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        self.left.drawOn(canvas, 0, self.height - self._left_height)
        y = self.height + (self.right[0].getSpaceBefore() if self.right else 0.0)
        for flowable, height in zip(self.right, self._right_heights, strict=True):
            y -= flowable.getSpaceBefore() + height
            flowable.drawOn(canvas, self.left_width, y)
            y -= flowable.getSpaceAfter()
