"""User text is data, never markup.

ReportLab's Paragraph parses its text as XML-like markup: ``<b>``, ``<a href>``,
``<img src>`` and ``</para>`` in a KPI name would format, link, fetch a file or
break the document. Every string that comes from the owner's file goes through
`esc` before it reaches a Paragraph; our own markup is added around it.
"""

from __future__ import annotations

_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"})
# Control characters (other than tab and newline) are not allowed in XML text.
_CONTROLS = dict.fromkeys(c for c in range(32) if c not in (9, 10)) | {0x7F: None}


def esc(text: object) -> str:
    """`text` made safe to place inside Paragraph markup; it prints literally."""
    return str(text).translate(_CONTROLS).translate(_ESCAPES)


def esc_lines(text: object) -> str:
    """Like `esc`, keeping the owner's line breaks."""
    return "<br/>".join(esc(line) for line in str(text).splitlines())


NAME_LIMIT = 160
"""Longest name or title printed in a heading or a table cell (the app shows all of it)."""


def esc_name(text: object, limit: int = NAME_LIMIT) -> str:
    """A name or title for a heading or table: escaped, and cut short with "…" if huge."""
    text = " ".join(str(text).split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return esc(text)
