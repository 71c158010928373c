"""Checks of what the owner typed in the KPI editor; each message names the field."""

from __future__ import annotations

import re
from collections.abc import Collection

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.formula import FormulaError, parse_formula

translate = QCoreApplication.translate

CODE_PATTERN = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
"""A code a formula can name (see kpidesk.domain.formula)."""
_LABEL_LINE = re.compile(r"^\s*(-?\d+)\s*[=:]\s*(.+?)\s*$")


def formula_problem(text: str, other_codes: Collection[str]) -> str:
    """A message saying what is wrong with a formula, or "" when it is fine (or empty)."""
    if not text.strip():
        return ""
    try:
        parse_formula(text, other_codes)
    except FormulaError as exc:
        position = exc.position + 1  # people count from 1
        if exc.code:
            return translate(
                "KpiDialog", "Formula: unknown KPI code “{0}” at position {1}."
            ).format(exc.code, position)
        return translate("KpiDialog", "Formula: syntax error at position {0}.").format(position)
    return ""


def code_problem(code: str, other_codes: Collection[str]) -> str:
    if not code:
        return translate("KpiDialog", "Code: give the KPI a short code, such as WEB_ORDERS.")
    if not CODE_PATTERN.match(code):
        return translate(
            "KpiDialog", "Code: use only letters A–Z, digits and _, and start with a letter."
        )
    if code in other_codes:
        return translate("KpiDialog", "Code: another KPI already has the code {0}.").format(code)
    return ""


def drives_problem(codes: list[str], other_codes: Collection[str]) -> str:
    for code in codes:
        if code not in other_codes:
            return translate(
                "KpiDialog", "Drives: there is no other KPI with the code {0}."
            ).format(code)
    return ""


def decimals_problem(decimals: int) -> str:
    if not 0 <= decimals <= 6:
        return translate("KpiDialog", "Decimals: choose between 0 and 6 decimals.")
    return ""


def scale_problem(minimum: int, maximum: int) -> str:
    if minimum >= maximum:
        return translate(
            "KpiDialog", "Score scale: the lowest score must be below the highest score."
        )
    return ""


def parse_scale_labels(text: str, minimum: int, maximum: int) -> tuple[dict[int, str], str]:
    """Labels typed one per line as "1 = Poor", and a message naming the first bad line."""
    labels: dict[int, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = _LABEL_LINE.match(line)
        if match is None:
            message = translate("KpiDialog", "Score labels: write line {0} as “1 = Poor”.")
            return labels, message.format(number)
        score = int(match.group(1))
        if not minimum <= score <= maximum:
            message = translate(
                "KpiDialog", "Score labels: the score {0} on line {1} is outside the scale."
            )
            return labels, message.format(score, number)
        labels[score] = match.group(2)
    return labels, ""


def format_scale_labels(labels: dict[int, str]) -> str:
    return "\n".join(f"{score} = {label}" for score, label in sorted(labels.items()))
