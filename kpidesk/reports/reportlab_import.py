"""ReportLab's paragraph module without its slowest line: one regex compiled only when used.

`reportlab.platypus.paragraph` compiles, as it is imported, a URL pattern with
case-insensitive Unicode ranges (``[a-z\\xa1-\\uffff…]``, re.I): about 20 ms,
the biggest single step of `kpidesk report`'s start. The pattern only serves
ReportLab's optional splitting of long URLs (``uriWasteReduce``, never set by
KPIDesk). `install()` adds an import hook that, while that one module is being
executed, hands it a `LazyPattern` for that one pattern: compiled on its first
use, with the same source and flags, so it matches exactly as before.
Everything else (every other pattern, every other module, every other thread's
`re.compile` at that moment) passes straight through.
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.machinery import ModuleSpec, PathFinder
from typing import Any

MODULE = "reportlab.platypus.paragraph"
URI_PATTERN_START = r"(^(?:[a-z0-9\.\-\+]*)://)"
"""How the pattern's source begins (Django's URL validator, as ReportLab copied it)."""


class LazyPattern:
    """A compiled pattern made on first use: attribute access compiles and delegates."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None
        self._lock = threading.Lock()

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            with self._lock:
                if self._compiled is None:
                    self._compiled = re.compile(*self._source)
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled, name)


class _Finder:
    """A meta path finder for MODULE only: its loader runs the module with the lazy pattern."""

    @staticmethod
    def find_spec(name: str, path: Any = None, target: Any = None) -> ModuleSpec | None:
        if name != MODULE:
            return None
        spec = PathFinder.find_spec(name, path)
        loader = getattr(spec, "loader", None)
        if spec is None or not hasattr(loader, "exec_module"):
            return spec
        execute = loader.exec_module

        def exec_module(module: object) -> None:
            with _lazy_uri_pattern():
                execute(module)

        loader.exec_module = exec_module  # this spec's own loader object only
        return spec


_compiling = threading.local()


@contextmanager
def _lazy_uri_pattern() -> Iterator[None]:
    compile_ = re.compile

    def lazy_compile(pattern: Any, flags: int = 0) -> Any:
        mine = getattr(_compiling, "active", False)
        if mine and isinstance(pattern, str) and pattern.startswith(URI_PATTERN_START):
            return LazyPattern(pattern, flags)
        return compile_(pattern, flags)

    _compiling.active = True  # only the importing thread gets the lazy pattern
    re.compile = lazy_compile
    try:
        yield
    finally:
        re.compile = compile_
        _compiling.active = False


def install() -> None:
    """Add the import hook (once), unless ReportLab's paragraph module is loaded already."""
    if MODULE in sys.modules or any(f is _Finder for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _Finder)  # type: ignore[arg-type]
