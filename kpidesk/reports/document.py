"""What both documents share: A4 page templates, running header, "Page X of Y", safe saving.

The total page count is known only after layout, so the canvas keeps each
page's drawing until the end and stamps the footer when it saves (the usual
ReportLab "numbered canvas"). A document is written to a temporary file next
to its target and moved into place, so a failed export never leaves half a
PDF over an existing one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageTemplate

from kpidesk.reports.fonts import BOLD, REGULAR, register_fonts
from kpidesk.reports.styles import (
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE,
    RULE,
)

T = TypeVar("T")


@dataclass(frozen=True)
class PageTexts:
    """The running texts of one document."""

    title: str
    """The document's title, e.g. "Målekort · oktober 2026"."""
    business: str
    footer_left: str
    """E.g. "Laget 27.11.2026"."""
    page_of: Callable[[int, int], str]


def _numbered_canvas(texts: PageTexts) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            self.saveState()
            self.setFont(REGULAR, 7.5)
            self.setFillColor(MUTED)
            y = MARGIN_BOTTOM - 9 * mm
            self.drawString(MARGIN_X, y, texts.footer_left)
            self.drawRightString(PAGE[0] - MARGIN_X, y, texts.page_of(self._pageNumber, total))
            self.restoreState()

    return NumberedCanvas


def _running_header(texts: PageTexts) -> Callable[[Canvas, BaseDocTemplate], None]:
    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        y = PAGE[1] - MARGIN_TOP + 8
        canvas.setFont(BOLD, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_X, y, texts.business)
        canvas.setFont(REGULAR, 8)
        canvas.drawRightString(PAGE[0] - MARGIN_X, y, texts.title)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y - 4, PAGE[0] - MARGIN_X, y - 4)
        canvas.restoreState()

    return draw


def build_pdf(out: BinaryIO, story: list, texts: PageTexts, lang: str) -> int:
    """Lay `story` out on A4 pages into `out`; returns the page count.

    Page 1 has no running header: the document's title block is there.
    """
    register_fonts()
    doc = BaseDocTemplate(
        out,
        pagesize=PAGE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=texts.title,
        author=texts.business,
        creator="KPIDesk",
        lang=lang,
        invariant=True,  # the same data gives the same bytes
    )
    first_frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        PAGE[1] - MARGIN_BOTTOM - MARGIN_TOP + 10 * mm,
        id="first",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        PAGE[1] - MARGIN_BOTTOM - MARGIN_TOP,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates(
        [
            PageTemplate(id="first", frames=[first_frame], pagesize=PAGE),
            PageTemplate(id="later", frames=[frame], onPage=_running_header(texts), pagesize=PAGE),
        ]
    )
    doc.build([NextPageTemplate("later"), *story], canvasmaker=_numbered_canvas(texts))
    return doc.page


def write_atomically(path: Path, write: Callable[[BinaryIO], T]) -> T:
    """Write a file through a temporary sibling, then move it into place; returns write's result."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise FileNotFoundError(f"the folder {folder} does not exist")
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            result = write(out)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp_name, 0o644 & ~_umask())
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    return result


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
