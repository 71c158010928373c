"""Small helpers for combo boxes shared by several screens."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox


def refill_combo(combo: QComboBox, items: Iterable[tuple[str, object]]) -> None:
    """Replace a combo's (text, data) items, keeping the choice when it is still there.

    Signals are blocked while it is refilled: a reload must not look like a
    new choice by the user.
    """
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, value in items:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    combo.blockSignals(False)
