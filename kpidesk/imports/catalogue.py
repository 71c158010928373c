"""The KPIs and segments of a business, looked up the way files name them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from kpidesk.domain.entities import TOTAL_SEGMENT, Kpi, Segment
from kpidesk.imports.guard import unguard
from kpidesk.imports.i18n import msg

# Words a file may write for "not split by segment"; a segment with such a
# code or name of its own wins.
TOTAL_WORDS = frozenset({"total", "totalt", "sum", "i alt", "alle", "all"})


class UnknownNameError(LookupError):
    """A KPI or segment the file names that the business does not have (message for the owner)."""


def normalise(text: str) -> str:
    """Trimmed, inner spaces collapsed, case folded: how names are compared."""
    return " ".join(text.split()).casefold()


class Catalogue:
    """Find KPIs by code, by name, or by an alias (e.g. a library name in the other language)."""

    def __init__(
        self,
        kpis: Iterable[Kpi],
        segments: Iterable[Segment],
        fiscal_start_month: int = 1,
        aliases: Mapping[str, str] | None = None,
    ) -> None:
        self.kpis = list(kpis)
        self.fiscal_start_month = fiscal_start_month
        self._codes = {normalise(k.code): k for k in self.kpis}
        self._names: dict[str, list[Kpi]] = {}
        for kpi in self.kpis:
            self._names.setdefault(normalise(kpi.name), []).append(kpi)
        # Aliases map another name to a code; a stored name always wins, since
        # that is what the owner sees and writes.
        self._aliases = {
            normalise(name): self._codes[normalise(code)]
            for name, code in (aliases or {}).items()
            if normalise(code) in self._codes
        }
        self.segments = [s for s in segments if s.code != TOTAL_SEGMENT]
        self._segments: dict[str, Segment] = {}
        for segment in self.segments:  # codes first: a code beats another segment's name
            self._segments.setdefault(normalise(segment.name), segment)
        self._segments.update({normalise(s.code): s for s in self.segments})
        self._kpi_cache: dict[str, Kpi | UnknownNameError] = {}

    def kpi(self, text: str) -> Kpi:
        """The KPI a file's text names; UnknownNameError saying why when none or several."""
        found = self._kpi_cache.get(text)
        if found is None:
            found = self._kpi_cache[text] = self._find_kpi(text)
        if isinstance(found, UnknownNameError):
            raise found
        return found

    def _find_kpi(self, text: str) -> Kpi | UnknownNameError:
        key = normalise(unguard(text))
        if key in self._codes:
            return self._codes[key]
        named = self._names.get(key, [])
        if len(named) == 1:
            return named[0]
        if named:
            codes = ", ".join(k.code for k in named)
            return UnknownNameError(msg("kpi_ambiguous", text=text, codes=codes))
        if key in self._aliases:
            return self._aliases[key]
        return UnknownNameError(msg("no_kpi", text=text))

    def is_total(self, text: str) -> bool:
        """True when a file's segment text means the KPI's total."""
        key = normalise(unguard(text))
        return key not in self._segments and (key == "" or key in TOTAL_WORDS)

    def segment(self, kpi: Kpi, text: str) -> str:
        """The segment code for a file's text, checked against the KPI's dimension."""
        key = normalise(unguard(text))
        segment = self._segments.get(key)
        if segment is None:
            if key == "" or key in TOTAL_WORDS:
                return TOTAL_SEGMENT
            known = ", ".join(s.code for s in self.segments) or msg("none")
            raise UnknownNameError(msg("no_segment", text=text, known=known))
        if not kpi.dimension:
            raise UnknownNameError(msg("not_split", code=kpi.code, text=text))
        if segment.dimension != kpi.dimension:
            raise UnknownNameError(
                msg(
                    "wrong_dimension",
                    text=text,
                    dimension=segment.dimension or msg("segment_word"),
                    code=kpi.code,
                    kpi_dimension=kpi.dimension,
                )
            )
        return segment.code
