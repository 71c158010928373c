"""Errors the store raises, each with a message fit to show the owner."""

from __future__ import annotations


class StoreError(Exception):
    """Something is wrong with a KPIDesk file or a write to it."""


class NotAKpideskFileError(StoreError):
    """The file is not a KPIDesk database (empty, text, another program's)."""


class ReadOnlyError(StoreError):
    """A write was attempted on a database opened read-only."""


class MigrationError(StoreError):
    """A schema upgrade failed; the file was left as it was."""


class DamagedFileError(StoreError):
    """The file's pages are damaged; it can be restored from a backup."""


class ClosedPeriodError(StoreError):
    """A write into a closed period (`period` and `closed_through` let a screen say it)."""

    def __init__(self, period: object, closed_through: object) -> None:
        self.period = period
        self.closed_through = closed_through
        label = period.label() if hasattr(period, "label") else str(period)
        super().__init__(
            f"{label} is closed (periods up to {closed_through} are); "
            "reopen it to change its values. Nothing was saved."
        )
