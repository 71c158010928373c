"""Explain the red: after a typed or pasted value turns a KPI off track, ask why.

The values are written first (the owner may skip the question); a comment and
cause tags given in the dialog are written right after, in one transaction,
into the same undo step, so Undo takes value, comment and tags back together.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QWidget

from kpidesk.domain.periods import Period
from kpidesk.domain.targets import target_in_force
from kpidesk.gui.commands.values import CellChange, Explanation, SetValuesCommand
from kpidesk.gui.context import AppContext
from kpidesk.gui.dialogs.explain_red import ExplainRedDialog
from kpidesk.gui.models import entry_format as fmt
from kpidesk.gui.models.entry_model import EntryModel
from kpidesk.gui.period_labels import period_label
from kpidesk.gui.team.messages import store_error_text
from kpidesk.store.causes import list_causes, value_cause_ids
from kpidesk.store.errors import ConflictError, StoreError


@dataclass(frozen=True)
class RedCell:
    """A value that went off track, with what the question shows about it."""

    change: CellChange
    period: Period
    line: str
    old_comment: str


class RedExplainer(QObject):
    """Finds the values that become off track and asks the owner about them."""

    def __init__(
        self,
        context: AppContext,
        model: EntryModel,
        parent: QWidget,
        show_message: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.model = model
        self.show_message = show_message
        self.dialog: ExplainRedDialog | None = None

    def red_cells(self, changes: Sequence[CellChange]) -> list[RedCell]:
        """The changes that turn a cell off track (read from the grid before it is written)."""
        if not self.context.settings.explain_red:
            return []
        return [self.red_cell(c) for c in changes if self.model.becomes_off_track(c)]

    def red_cell(self, change: CellChange) -> RedCell:
        """A shown cell's change with the line the question shows for it."""
        locale = QLocale()
        index = self.model.find(change.key)
        row, period = self.model.entry_row(index.row()), self.model.period(index.column())
        target = target_in_force(row.targets, period.start, row.segment)
        value = fmt.format_value(change.new_value, row.kpi.decimals, locale)
        line = self.tr("{0}, {1}: {2}").format(
            row.label, period_label(period, locale, year=True), value
        )
        if text := fmt.target_text(row.kpi, target, locale):
            line += " · " + text
        comment = self.model.cell(index.row(), index.column()).comment
        return RedCell(change, period, line, comment)

    def make_dialog(self, cells: Sequence[RedCell]) -> ExplainRedDialog:
        """The question about `cells` (not shown yet)."""
        store = self.context.store
        assert store is not None
        if len(cells) == 1:
            row = self.model.entry_row(self.model.find(cells[0].change.key).row())
            title = self.tr("{0} is now off track. What happened?").format(row.kpi.name)
        else:
            # Only for two or more: no singular form is needed.
            title = self.tr("{0} values are now off track. What happened?").format(len(cells))
        comments = {c.old_comment for c in cells}
        comment = comments.pop() if len(comments) == 1 else ""
        dialog = ExplainRedDialog(
            title, [c.line for c in cells], list_causes(store), comment, self.parent()
        )
        dialog.edit_tags_requested.connect(lambda: self._edit_tags(dialog))
        return dialog

    def ask(self, command: SetValuesCommand, cells: Sequence[RedCell]) -> None:
        """Ask about `cells`, written by `command` (window-modal; returns at once)."""
        store = self.context.store
        if not cells or store is None or store.read_only:
            return
        dialog = self.make_dialog(cells)
        dialog.accepted.connect(lambda: self._save(command, cells, dialog))
        dialog.finished.connect(lambda _: self._finished(dialog))
        self.dialog = dialog
        dialog.open()

    def _save(
        self, command: SetValuesCommand, cells: Sequence[RedCell], dialog: ExplainRedDialog
    ) -> None:
        store, stack = self.context.store, self.context.undo_stack
        comment, tags = dialog.comment(), tuple(dialog.cause_ids())
        if store is None or (not comment and not tags):
            return  # nothing said: the same as Skip
        if stack.index() == 0 or stack.command(stack.index() - 1) is not command:
            return  # the values were taken back meanwhile: nothing left to explain
        explanations = [
            Explanation(
                c.change.kpi_id,
                c.change.segment,
                c.period,
                c.old_comment,
                comment or c.old_comment,
                tuple(value_cause_ids(store, c.change.kpi_id, c.period.start, c.change.segment)),
                tags,
            )
            for c in cells
        ]
        try:
            command.explain(explanations)
        except ConflictError:
            self.context.changed("values")  # show what is stored now
            self.show_message(
                self.tr(
                    "Someone else changed this value after you entered it, so your comment and "
                    "causes were not saved. The value stored now is shown."
                )
            )
        except StoreError as exc:
            self.show_message(
                self.tr("The comment and causes were not saved: {0}").format(
                    store_error_text(exc, store)
                )
            )

    def _finished(self, dialog: ExplainRedDialog) -> None:
        if dialog.dont_ask_again():
            self.context.settings.explain_red = False
        dialog.deleteLater()
        if self.dialog is dialog:
            self.dialog = None

    def _edit_tags(self, dialog: ExplainRedDialog) -> None:
        from kpidesk.gui.dialogs.cause_tags import CauseTagsDialog

        CauseTagsDialog(self.context, dialog).exec()
        if self.context.store is not None:
            dialog.set_causes(list_causes(self.context.store))

    def shot_dialog(self) -> ExplainRedDialog:
        """The question about the latest value off track in the grid (for `kpidesk shots`)."""
        last = max(0, self.model.columnCount() - 1)
        r, c = next(self.model.off_track_cells(), (0, last))
        change = replace(self.model.change(r, c, self.model.cell(r, c).value), old_value=None)
        dialog = self.make_dialog([self.red_cell(change)])
        dialog.tick(dialog.cause_names()[:1])
        return dialog
