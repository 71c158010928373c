"""The bundled KPI library (resources/library/*.toml): load once, cross-check, look up, search.

The file format is described in `kpidesk.library.entries`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path

from kpidesk.library import words
from kpidesk.library.entries import (
    FORMULA_FUNCTIONS,
    LibraryError,
    fail,
    formula_codes,
    read_file,
)
from kpidesk.library.model import LibraryKpi, check_lang
from kpidesk.paths import resource

__all__ = ["FORMULA_FUNCTIONS", "Library", "LibraryError", "formula_codes", "load_library"]


def _check_references(kpis: Mapping[str, LibraryKpi]) -> None:
    for kpi in kpis.values():
        for code in kpi.drives:
            if code not in kpis or kpis[code].is_leading:
                fail(kpi.source, kpi.code, f"drives {code}, which is not a lagging library KPI")
        if kpi.formula:
            unknown = sorted(formula_codes(kpi.formula) - kpis.keys())
            if unknown or kpi.code in formula_codes(kpi.formula):
                problem = unknown or [kpi.code]
                fail(kpi.source, kpi.code, f"formula names unknown code(s) {', '.join(problem)}")


class Library:
    """The KPI library, in file order (areas alphabetically, entries as written)."""

    def __init__(self, kpis: list[LibraryKpi]) -> None:
        by_code: dict[str, LibraryKpi] = {}
        for kpi in kpis:
            if kpi.code in by_code:
                other = by_code[kpi.code].source
                fail(kpi.source, kpi.code, f"duplicate code (also in {other})")
            by_code[kpi.code] = kpi
        _check_references(by_code)
        self._by_code = by_code
        self._search_keys = {code: _search_key(kpi) for code, kpi in by_code.items()}

    def get(self, code: str) -> LibraryKpi:
        """The entry with `code`; KeyError if the library has none."""
        try:
            return self._by_code[code]
        except KeyError:
            raise KeyError(f"no KPI {code!r} in the library") from None

    def all(self) -> tuple[LibraryKpi, ...]:
        return tuple(self._by_code.values())

    def for_industry(self, industry: str) -> tuple[LibraryKpi, ...]:
        return tuple(kpi for kpi in self._by_code.values() if kpi.fits(industry))

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __iter__(self) -> Iterator[LibraryKpi]:
        return iter(self._by_code.values())

    def __len__(self) -> int:
        return len(self._by_code)

    def search(self, text: str, lang: str = "nb") -> list[LibraryKpi]:
        """Entries whose code, names or definitions (nb and en) hold every word of `text`.

        A word matches as a substring or by its stem (kundene finds Kunder). Matches in
        a name in `lang` come first, then other name matches, then definition matches.
        """
        check_lang(lang)
        query = [w for w in words.words(text) if w not in words.STOPWORDS] or words.words(text)
        hits = []
        for code, kpi in self._by_code.items():
            haystack = self._search_keys[code]
            if _holds(haystack, query):
                name = words.fold(kpi.name.get(lang))
                names = words.fold(f"{kpi.name.nb} {kpi.name.en} {code}")
                rank = 0 if _holds(name, query) else 1 if _holds(names, query) else 2
                hits.append((rank, name, kpi))
        return [kpi for *_, kpi in sorted(hits, key=lambda hit: hit[:2])]


def _holds(text: str, query: list[str]) -> bool:
    return all(word in text or words.stem(word) in text for word in query)


def _search_key(kpi: LibraryKpi) -> str:
    texts = (kpi.code, kpi.name.nb, kpi.name.en, kpi.definition.nb, kpi.definition.en)
    return words.fold(" ".join(texts).replace("_", " "))


@cache
def load_library(folder: Path | None = None) -> Library:
    """The library from `folder` (default: the bundled one), read once and then cached."""
    folder = folder or resource("library")
    files = sorted(folder.glob("*.toml"))
    if not files:
        raise LibraryError(f"{folder}: no library files (*.toml)")
    return Library([kpi for path in files for kpi in read_file(path)])
