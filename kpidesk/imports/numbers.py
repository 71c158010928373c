"""Numbers as Norwegian and English spreadsheets write them, one format per file."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from kpidesk.imports.i18n import msg

_SPACES = " \u00a0\u202f\u2007\t"
_MINUSES = "-\u2212\u2012\u2013"
# Longest first, so "kr." is removed whole and not leave a stray dot.
_CURRENCIES = ("nok", "kr.", "kr", ",-", ",–")
_MAX_LENGTH = 100


@dataclass(frozen=True)
class NumberFormat:
    """How a file writes numbers: its decimal separator and thousands separators."""

    name: str
    decimal: str
    thousands: tuple[str, ...]

    def __str__(self) -> str:
        return self.name

    @cached_property
    def _pattern(self) -> re.Pattern[str]:
        seps = "[" + re.escape("".join(self.thousands)) + "]"
        dec = re.escape(self.decimal)
        # A grouped integer must have groups of exactly three digits: "12 34"
        # is two numbers run together, not 1234. A leading group of "0" is
        # refused so that "0.625" is never read as 625 in a Norwegian file.
        grouped = rf"[1-9][0-9]{{0,2}}(?:{seps}[0-9]{{3}})+"
        return re.compile(
            rf"^(?P<int>{grouped}|[0-9]+)?(?:{dec}(?P<frac>[0-9]*))?(?P<exp>[eE][+-]?[0-9]{{1,3}})?$"
        )


NB = NumberFormat("nb", ",", (" ", "\u00a0", "\u202f", "."))
EN = NumberFormat("en", ".", (",",))
FORMATS: dict[str, NumberFormat] = {"nb": NB, "en": EN}


def _strip_affixes(text: str, fmt: NumberFormat) -> tuple[str, bool]:
    """Remove sign, currency, percent and parentheses; return the rest and negativity."""
    s = text.strip(_SPACES)
    negative = False
    if len(s) >= 2 and s[0] == "(" and s[-1] == ")":
        # Accounting style: (1 234) is −1 234.
        s, negative = s[1:-1].strip(_SPACES), True
    changed = True
    while changed and s:
        changed = False
        if s[0] in _MINUSES or s[0] == "+":
            negative ^= s[0] in _MINUSES
            s, changed = s[1:].lstrip(_SPACES), True
            continue
        if s[-1] == "%":
            s, changed = s[:-1].rstrip(_SPACES), True
            continue
        low = s.lower()
        for word in _CURRENCIES:
            if low.startswith(word) and word[0] != ",":
                s, changed = s[len(word) :].lstrip(_SPACES), True
                break
            # "1 234,-" (no øre) only where the comma is the decimal separator.
            if low.endswith(word) and (word[0] != "," or fmt.decimal == ","):
                s, changed = s[: -len(word)].rstrip(_SPACES), True
                break
    return s, negative


# Plain numbers (most cells of a machine-written file) are read straight away;
# the full rules below give the same value for them, only ~10x slower.
_PLAIN = {
    ".": re.compile(r"-?[0-9]+(?:\.[0-9]+)?"),
    ",": re.compile(r"-?[0-9]+(?:,[0-9]+)?"),
}


def parse_number(text: str, fmt: NumberFormat) -> float | None:
    """The number `text` writes in `fmt`; None when empty; ValueError saying why otherwise."""
    plain = _PLAIN.get(fmt.decimal)
    if plain is not None and len(text) <= _MAX_LENGTH and plain.fullmatch(text):
        return float(text if fmt.decimal == "." else text.replace(",", "."))
    if len(text) > _MAX_LENGTH:
        raise ValueError(msg("number_too_long", text=text[:20]))
    if not text.strip(_SPACES):
        return None
    core, negative = _strip_affixes(text, fmt)
    match = fmt._pattern.match(core)
    if not core or not match or not (match["int"] or match["frac"]):
        key = "not_number_nb" if fmt.decimal == "," else "not_number_en"
        raise ValueError(msg(key, text=text.strip()))
    digits = re.sub(r"[^0-9]", "", match["int"] or "0")
    value = float(f"{digits}.{match['frac'] or '0'}{match['exp'] or ''}")
    if not math.isfinite(value):
        raise ValueError(msg("number_too_large", text=text.strip()))
    return -value if negative else value


def _try_all(samples: list[str], fmt: NumberFormat) -> list[float | None] | None:
    """The values of every sample in `fmt`, or None when one does not parse."""
    plain = _PLAIN[fmt.decimal]
    # A machine-written column is all plain numbers: checked by C-level map.
    if max(map(len, samples), default=0) <= _MAX_LENGTH and all(map(plain.fullmatch, samples)):
        if fmt.decimal == ".":
            return list(map(float, samples))
        return [float(s.replace(",", ".")) for s in samples]
    out = []
    for sample in samples:
        try:
            out.append(parse_number(sample, fmt))
        except ValueError:
            return None
    return out


def _count_ok(samples: list[str], fmt: NumberFormat) -> int:
    """How many samples parse in `fmt`."""
    ok = 0
    for sample in samples:
        try:
            parse_number(sample, fmt)
            ok += 1
        except ValueError:
            pass
    return ok


def detect_number_format(samples: Iterable[str], prefer: NumberFormat = NB) -> NumberFormat | None:
    """The one format all `samples` of a file agree on, or None when it is ambiguous.

    When both formats read every sample to the same values (whole numbers
    only) the choice does not matter and `prefer` is returned. When they
    read them differently (``1.234`` is 1234 in nb and 1.234 in en) the
    caller must ask. Otherwise the format that reads more samples wins; the
    cells it cannot read become problems of their own.
    """
    distinct = list(dict.fromkeys(s for s in samples if isinstance(s, str) and s.strip()))
    if not distinct:
        return prefer
    nb, en = _try_all(distinct, NB), _try_all(distinct, EN)
    if nb is not None and en is not None:
        return prefer if nb == en else None
    if nb is not None:
        return NB
    if en is not None:
        return EN
    nb_ok, en_ok = _count_ok(distinct, NB), _count_ok(distinct, EN)
    if nb_ok == en_ok:
        return prefer if nb_ok == 0 else None
    return NB if nb_ok > en_ok else EN


def cell_to_number(cell: object, fmt: NumberFormat) -> float | None:
    """A spreadsheet or CSV cell as a number: floats pass, text is parsed in `fmt`."""
    if cell is None:
        return None
    if isinstance(cell, bool):
        raise ValueError(msg("not_number", text=cell))
    if isinstance(cell, int | float):
        value = float(cell)
        if not math.isfinite(value):
            raise ValueError(msg("not_number", text=cell))
        return value
    if isinstance(cell, str):
        return parse_number(cell, fmt)
    raise ValueError(msg("date_not_number", text=cell))
