"""Unhandled errors: log them and show a dialog whose details can be copied."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication

from kpidesk.redact import redact

log = logging.getLogger(__name__)


def _show(message: str, details: str) -> None:
    from PySide6.QtWidgets import QMessageBox  # built when needed, not at every start

    box = QMessageBox(QMessageBox.Icon.Critical, QApplication.translate("Crash", "KPIDesk"), "")
    box.setText(QApplication.translate("Crash", "Something went wrong: {0}").format(message))
    box.setInformativeText(
        QApplication.translate(
            "Crash",
            "Your data is safe: every change is saved as it is made. "
            "The details below are also in the log file.",
        )
    )
    box.setDetailedText(details)
    box.exec()


def install_crash_handler(show_dialog: bool = True) -> None:
    """Log unhandled exceptions and, unless told not to, show them in a dialog."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        # A connection error may quote a connection string: no password in the report.
        details = redact("".join(traceback.format_exception(kind, error, tb)))
        log.error("unhandled error\n%s", details)
        if show_dialog and QApplication.instance() is not None:
            _show(redact(str(error)) or kind.__name__, details)
        else:
            sys.stderr.write(details)

    sys.excepthook = hook
