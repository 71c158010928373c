"""Errors the store raises, each with a message fit to show the owner."""

from __future__ import annotations

from datetime import datetime


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


class ConflictError(StoreError):
    """Someone else changed a value or target since this client read it; nothing was saved.

    `what` is "value" or "target"; `subject` names it (KPI and period, or KPI and
    the target's start date); `mine` is what this client tried to save and
    `theirs` what is stored now (domain values, None where there is none);
    `changed_by` and `changed_at` say who stored theirs and when, if known.
    """

    def __init__(
        self,
        what: str,
        subject: str,
        mine: object,
        theirs: object,
        changed_by: str = "",
        changed_at: datetime | None = None,
    ) -> None:
        self.what = what
        self.subject = subject
        self.mine = mine
        self.theirs = theirs
        self.changed_by = changed_by
        self.changed_at = changed_at
        who = f" by {changed_by}" if changed_by else ""
        when = f" at {changed_at:%Y-%m-%d %H:%M}" if changed_at else ""
        super().__init__(
            f"The {what} of {subject} was changed{who}{when} since you read it "
            f"(now {_shown(theirs)}, yours {_shown(mine)}). Nothing was saved."
        )


class PermissionDeniedError(StoreError):
    """The database server refused a read or write this user's role does not allow."""


def _shown(value: object) -> str:
    if value is None:
        return "empty"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
