"""Small helpers the wizard pages share."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget, QWizardPage

from kpidesk.domain.formatting import format_number
from kpidesk.gui.wizard.state import WizardState


class StatePage(QWizardPage):
    """A wizard page reading and changing the wizard's shared state."""

    def __init__(self, state: WizardState, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.lang = lang


def buddy(label: QLabel, widget: QWidget, name: str) -> QLabel:
    """Tie a mnemonic label to its input and name the input for screen readers."""
    label.setBuddy(widget)
    widget.setAccessibleName(name)
    return label


def parse_number(text: str) -> float | None:
    """A number typed in nb or en style (1 234,5 or 1,234.5); None when empty or not a number."""
    text = text.strip().replace("\u00a0", "").replace(" ", "").replace("\u2212", "-")
    if not text:
        return None
    text = text.replace(",", "") if "," in text and "." in text else text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


def show_number(value: float | None, lang: str) -> str:
    if value is None:
        return ""
    decimals = 0 if float(value).is_integer() else 2
    return format_number(value, decimals, lang).replace("\u00a0", " ")
