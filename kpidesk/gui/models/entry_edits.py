"""Block edits of the grid — paste, clear, copy — turned into CellChanges or text.

All-or-nothing: a paste with one bad cell raises PasteError naming that cell
in the pasted block, and nothing is changed.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex

from kpidesk.gui.commands.values import CellChange
from kpidesk.gui.i18n import ui_language
from kpidesk.gui.models.entry_format import edit_text, example_number
from kpidesk.gui.models.entry_model import EntryModel
from kpidesk.imports.errors import ImportFileError
from kpidesk.imports.i18n import language
from kpidesk.imports.numbers import NumberFormat
from kpidesk.imports.paste import parse_paste, split_paste


class PasteError(Exception):
    """A block edit (paste, clear) that cannot be made; the message is for the owner."""


def paste_changes(
    model: EntryModel, top: int, left: int, text: str, number_format: NumberFormat
) -> list[CellChange]:
    """The changes that put a pasted block at (top, left); PasteError if any cell is bad."""
    block = _parse(text, number_format)
    if not block or not block[0]:
        raise PasteError(
            QCoreApplication.translate("EntryEdits", "The clipboard holds no values to paste.")
        )
    height, width = len(block), len(block[0])
    room_down, room_right = model.rowCount() - top, model.columnCount() - left
    if height > room_down or width > room_right:
        raise PasteError(
            QCoreApplication.translate(
                "EntryEdits",
                "The pasted block has {0} rows and {1} columns, but from the selected cell "
                "there is room for {2} rows and {3} columns. Nothing was pasted.",
            ).format(height, width, room_down, room_right)
        )
    for r in range(height):
        if not model.may_edit(top + r):
            raise PasteError(
                QCoreApplication.translate(
                    "EntryEdits",
                    "Row {0} of the pasted block would go into “{1}”, whose values you may not "
                    "change. Nothing was pasted.",
                ).format(r + 1, model.entry_row(top + r).label)
            )
    changes = []
    for r, values in enumerate(block):
        for c, value in enumerate(values):
            _check_scale(model, top + r, left + c, value, (r + 1, c + 1))
            if value != model.cell(top + r, left + c).value:
                _check_open(model, left + c)
                changes.append(model.change(top + r, left + c, value))
    return changes


def _check_open(model: EntryModel, column: int) -> None:
    """A closed period's values stay as they are: the whole edit is refused."""
    if model.is_closed(column):
        raise PasteError(
            model.closed_message(column)
            + " "
            + QCoreApplication.translate("EntryEdits", "Nothing was changed.")
        )


def _parse(text: str, number_format: NumberFormat) -> list[list[float | None]]:
    try:
        with language(ui_language()):  # the parser's messages in the UI's language
            return parse_paste(text, number_format)
    except ImportFileError as exc:
        first = exc.problems[0]
        if not isinstance(first.row, int) or not isinstance(first.column, int):
            message = QCoreApplication.translate(
                "EntryEdits", "The pasted block could not be read: {0}"
            ).format(first.message)
            raise PasteError(message) from None
        cell = split_paste(text)[first.row - 1][first.column - 1].strip()
        message = QCoreApplication.translate(
            "EntryEdits",
            "Row {0}, column {1} of the pasted block: “{2}” is not a number. "
            "Write numbers like {3}. Nothing was pasted.",
        ).format(first.row, first.column, cell, example_number())
        if len(exc.problems) > 1:
            message += " " + QCoreApplication.translate(
                "EntryEdits", "({0} more cells could not be read.)"
            ).format(len(exc.problems) - 1)
        raise PasteError(message) from None


def _check_scale(
    model: EntryModel, row: int, column: int, value: float | None, place: tuple[int, int]
) -> None:
    kpi = model.entry_row(row).kpi
    scale = kpi.scale
    if scale is None or value is None or scale.minimum <= value <= scale.maximum:
        return
    locale = QLocale()
    raise PasteError(
        QCoreApplication.translate(
            "EntryEdits",
            "Row {0}, column {1} of the pasted block: {2} is outside the scale of “{3}” "
            "({4} to {5}). Nothing was pasted.",
        ).format(
            *place,
            edit_text(value, locale),
            kpi.name,
            edit_text(scale.minimum, locale),
            edit_text(scale.maximum, locale),
        )
    )


def clear_changes(model: EntryModel, indexes: Iterable[QModelIndex]) -> list[CellChange]:
    """The changes that clear every selected cell that holds a value and may be changed.

    PasteError when one of them is in a closed period (nothing is cleared then).
    """
    filled = [
        i
        for i in sorted(indexes, key=lambda i: (i.row(), i.column()))
        if model.cell(i.row(), i.column()).value is not None and model.may_edit(i.row())
    ]
    for index in filled:
        _check_open(model, index.column())
    return [model.change(i.row(), i.column(), None) for i in filled]


def copy_text(model: EntryModel, indexes: Iterable[QModelIndex]) -> str:
    """The selected cells as tab-separated text a spreadsheet pastes as a block."""
    chosen = {(i.row(), i.column()) for i in indexes}
    if not chosen:
        return ""
    rows = range(min(r for r, _ in chosen), max(r for r, _ in chosen) + 1)
    columns = range(min(c for _, c in chosen), max(c for _, c in chosen) + 1)
    locale = QLocale()
    lines = [
        "\t".join(
            edit_text(model.cell(r, c).value, locale) if (r, c) in chosen else "" for c in columns
        )
        for r in rows
    ]
    return "\n".join(lines) + "\n"
