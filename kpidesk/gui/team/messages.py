"""A refused write told in the UI's language: the store's own messages are English."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from kpidesk.gui.models.entry_format import closed_text
from kpidesk.gui.team.labels import role_names
from kpidesk.redact import redact
from kpidesk.store.connection import Store
from kpidesk.store.errors import (
    ClosedPeriodError,
    ConflictError,
    PermissionDeniedError,
    StoreError,
)

translate = QCoreApplication.translate


def closed_message(exc: ClosedPeriodError) -> str:
    """A closed period's refusal in the UI's language."""
    return closed_text(exc.period, exc.closed_through, QLocale())  # type: ignore[arg-type]


def store_error_text(
    error: StoreError, store: Store | None = None, *, nothing_saved: bool = False
) -> str:
    """What to tell the person about a failed write (`nothing_saved`: say so first)."""
    if isinstance(error, PermissionDeniedError):
        role = store.role if store is not None else "viewer"
        return translate(
            "StoreMessages",
            "The team database refused this change: your role ({0}) does not allow it. "
            "Nothing was saved. Ask the business's owner if you need to change it.",
        ).format(role_names().get(role, role))
    if isinstance(error, ConflictError) and error.what == "target":
        return translate(
            "StoreMessages",
            "Someone else saved a target for the same KPI and date first. Nothing was saved.",
        )
    if isinstance(error, ConflictError):
        return translate(
            "StoreMessages",
            "Someone else saved this value first. Nothing was saved; the value stored now is "
            "shown.",
        )
    text = closed_message(error) if isinstance(error, ClosedPeriodError) else redact(str(error))
    if nothing_saved:
        return translate("SetValuesCommand", "Nothing was saved: {0}").format(text)
    return text
