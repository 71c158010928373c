"""The KPI library: bundled bilingual KPI definitions, search, and suggestions for goals."""

from kpidesk.library.catalog import Library, LibraryError, load_library
from kpidesk.library.model import Bilingual, LibraryKpi, Scale
from kpidesk.library.suggest import Suggestion, suggest

__all__ = [
    "Bilingual",
    "Library",
    "LibraryError",
    "LibraryKpi",
    "Scale",
    "Suggestion",
    "load_library",
    "suggest",
]
