"""Helpers to read the PDFs back."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from kpidesk.domain.formatting import NBSP


def norm(text: str) -> str:
    """Text as extracted and as formatted compared alike (no-break spaces, runs of spaces)."""
    return " ".join(text.replace(NBSP, " ").split())


class Pdf:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.reader = pypdf.PdfReader(path)

    @property
    def pages(self) -> int:
        return len(self.reader.pages)

    def text(self, page: int | None = None) -> str:
        pages = self.reader.pages if page is None else [self.reader.pages[page]]
        return "\n".join(p.extract_text() for p in pages)

    def flat(self, page: int | None = None) -> str:
        return norm(self.text(page))

    def annotations(self) -> list:
        return [a for p in self.reader.pages for a in (p.get("/Annots") or [])]


@pytest.fixture
def read_pdf():
    return Pdf
