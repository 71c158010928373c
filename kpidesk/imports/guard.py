"""Text cells that a spreadsheet would run as a formula, neutralised on export and back on import.

OWASP's advice for CSV/formula injection: a cell starting with = + - @, tab
or carriage return gets a leading apostrophe. To keep an export → import
round trip lossless the apostrophe is taken off again on import; text that
already starts with apostrophes before such a character gets one more, so
the two steps are exact inverses.
"""

from __future__ import annotations

TRIGGERS = frozenset("=+-@\t\r")


def _triggers(text: str) -> bool:
    rest = text.lstrip("'")
    return bool(rest) and rest[0] in TRIGGERS


def guard(text: str) -> str:
    """`text` safe to put in a spreadsheet cell as text."""
    return "'" + text if _triggers(text) else text


def unguard(text: str) -> str:
    """The text `guard` was given (other text unchanged)."""
    return text[1:] if text.startswith("'") and _triggers(text) else text
