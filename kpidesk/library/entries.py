"""Read one KPI library file (TOML) into `LibraryKpi` entries, checking every field.

A file holds one area: a top-level ``area`` and an array ``[[kpi]]`` of entries.
Required fields are in ``_REQUIRED``, optional ones in ``_OPTIONAL``; texts are
tables ``{nb = "…", en = "…"}``; a scale is ``{min, max, nb = [...], en = [...]}``
with one descriptor per whole value. Every problem raises `LibraryError` naming
the file and the KPI code.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from enum import StrEnum
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from kpidesk.domain.types import (
    CHANNELS,
    INDUSTRIES,
    Area,
    Direction,
    Frequency,
    KpiKind,
    RollUp,
    Timing,
)
from kpidesk.library.model import (
    ALL_INDUSTRIES,
    LANGS,
    TEXT_FIELDS,
    THEMES,
    UNITS,
    Bilingual,
    LibraryKpi,
    Scale,
)

_REQUIRED = frozenset(
    {*TEXT_FIELDS, "code", "unit", "decimals", "direction", "frequency", "rollup"}
    | {"kind", "timing", "industries", "themes"}
)
_OPTIONAL = frozenset({"formula", "drives", "channel", "by_channel", "scale"})
_CODE = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
FORMULA_FUNCTIONS = frozenset({"min", "max", "abs"})

E = TypeVar("E", bound=StrEnum)


class LibraryError(ValueError):
    """The bundled library data is wrong; the message names the file and the KPI code."""


def fail(source: str, code: str, problem: str) -> NoReturn:
    raise LibraryError(f"{source}: {code or '<no code>'}: {problem}")


def formula_codes(formula: str) -> frozenset[str]:
    """The KPI codes a formula names (every identifier but min, max and abs)."""
    return frozenset(_IDENTIFIER.findall(formula)) - FORMULA_FUNCTIONS


class _Reader:
    """Reads one raw entry, turning every problem into a LibraryError naming file and code."""

    def __init__(self, raw: Mapping[str, Any], source: str) -> None:
        self.raw, self.source = raw, source
        self.code = raw.get("code") if isinstance(raw.get("code"), str) else ""
        if not _CODE.fullmatch(self.code):
            self.fail(f"code {raw.get('code')!r} is not UPPER_SNAKE_CASE")
        if missing := sorted(_REQUIRED - raw.keys()):
            self.fail(f"missing {', '.join(missing)}")
        if unknown := sorted(raw.keys() - _REQUIRED - _OPTIONAL):
            self.fail(f"unknown field(s) {', '.join(unknown)}")

    def fail(self, problem: str) -> NoReturn:
        fail(self.source, self.code, problem)

    def typed(self, key: str, kind: type, default: Any = None) -> Any:
        value = self.raw.get(key, default)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.fail(f"{key} must be {kind.__name__}, not {value!r}")
        return value

    def text(self, key: str) -> Bilingual:
        value = self.typed(key, dict)
        if sorted(value) != sorted(LANGS):
            self.fail(f"{key} must have exactly the languages {', '.join(LANGS)}")
        for lang in LANGS:
            if not isinstance(value[lang], str) or not value[lang].strip():
                self.fail(f"{key}.{lang} is empty")
        return Bilingual(**{lang: value[lang].strip() for lang in LANGS})

    def enum(self, key: str, enum: type[E]) -> E:
        try:
            return enum(self.typed(key, str))
        except ValueError:
            self.fail(f"{key} {self.raw[key]!r} is not one of {', '.join(enum)}")

    def codes(self, key: str, allowed: tuple[str, ...] | None = None) -> tuple[str, ...]:
        values = self.typed(key, list, [])
        for value in values:
            if not isinstance(value, str) or (allowed is not None and value not in allowed):
                self.fail(f"{key}: {value!r} is not one of {', '.join(allowed or ())}")
        if len(set(values)) != len(values):
            self.fail(f"{key} repeats a value")
        return tuple(values)

    def scale(self) -> Scale | None:
        if "scale" not in self.raw:
            return None
        raw = self.typed("scale", dict)
        low, high = raw.get("min"), raw.get("max")
        if not (isinstance(low, int) and isinstance(high, int) and low < high):
            self.fail("scale needs whole numbers min < max")
        texts = [raw.get(lang) for lang in LANGS]
        count = high - low + 1
        if not all(isinstance(t, list) and len(t) == count for t in texts):
            self.fail(f"scale needs {count} descriptors in each of {', '.join(LANGS)}")
        if not all(isinstance(t, str) and t.strip() for level in texts for t in level):
            self.fail("scale has an empty descriptor")
        levels = tuple(Bilingual(*pair) for pair in zip(*texts, strict=True))
        return Scale(low, high, levels)


def _read_entry(raw: Mapping[str, Any], area: Area, source: str) -> LibraryKpi:
    r = _Reader(raw, source)
    kpi = LibraryKpi(
        code=r.code,
        area=area,
        **{field: r.text(field) for field in TEXT_FIELDS},
        unit=r.typed("unit", str),
        decimals=r.typed("decimals", int),
        direction=r.enum("direction", Direction),
        frequency=r.enum("frequency", Frequency),
        rollup=r.enum("rollup", RollUp),
        kind=r.enum("kind", KpiKind),
        timing=r.enum("timing", Timing),
        industries=r.codes("industries", (ALL_INDUSTRIES, *INDUSTRIES)),
        themes=r.codes("themes", THEMES),
        formula=r.typed("formula", str, "").strip(),
        drives=r.codes("drives"),
        channel=r.typed("channel", str, ""),
        by_channel=r.typed("by_channel", bool, False),
        scale=r.scale(),
        source=source,
    )
    _check_entry(kpi, r)
    return kpi


def _check_entry(kpi: LibraryKpi, r: _Reader) -> None:
    if kpi.unit not in UNITS:
        r.fail(f"unit {kpi.unit!r} is not one of {', '.join(UNITS)}")
    if not 0 <= kpi.decimals <= 4:
        r.fail("decimals must be 0–4")
    if kpi.channel and kpi.channel not in CHANNELS:
        r.fail(f"channel {kpi.channel!r} is not one of {', '.join(CHANNELS)}")
    if kpi.channel and kpi.by_channel:
        r.fail("a KPI is either one channel's (channel) or split by channel (by_channel)")
    if not kpi.industries or not kpi.themes:
        r.fail("industries and themes must not be empty")
    if (kpi.kind is KpiKind.QUALITATIVE) != (kpi.scale is not None):
        r.fail("a qualitative KPI needs a scale, and only a qualitative KPI has one")
    if kpi.is_leading != bool(kpi.drives):
        r.fail("a leading KPI names the lagging KPIs it drives; a lagging one drives none")


def read_file(path: Path) -> list[LibraryKpi]:
    """The entries of one library file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise LibraryError(f"{path.name}: cannot read: {error}") from error
    try:
        area = Area(data.get("area"))
    except ValueError:
        fail(path.name, "", f"area {data.get('area')!r} is not one of {', '.join(Area)}")
    entries = data.get("kpi")
    if not isinstance(entries, list) or not entries:
        fail(path.name, "", "no [[kpi]] entries")
    return [_read_entry(raw, area, path.name) for raw in entries]
