"""Which dragged file the app would import: kept apart so the window needs no import dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent

IMPORT_SUFFIXES = frozenset({".csv", ".txt", ".tsv", ".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"})


def dropped_file(event: QDragEnterEvent | QDropEvent) -> str:
    """The one local file of a supported kind being dragged, or ''."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return ""
    urls = [u for u in mime.urls() if u.isLocalFile()]
    if len(urls) != 1:
        return ""
    path = urls[0].toLocalFile()
    return path if Path(path).suffix.lower() in IMPORT_SUFFIXES else ""
