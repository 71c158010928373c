"""ReportLab's paragraph module without its slowest lines: two regexes compiled when used.

`reportlab.platypus.paragraph` compiles, as it is imported, a URL pattern with
case-insensitive Unicode ranges (``[a-z\\xa1-\\uffff…]``, re.I): about 20 ms,
the biggest single step of `kpidesk report`'s start; the `reportlab.lib.textsplit`
it imports compiles a CJK character range (``[\\u2e80-\\uffff]``, ~3 ms). The
first only serves ReportLab's optional splitting of long URLs (``uriWasteReduce``,
never set by KPIDesk), the second its `cjkwrap` (never called; ReportLab 5.1's
raises NameError). `install()` adds
an import hook that, while the paragraph module (and what it imports) is being
executed, hands out a `LazyPattern` for those two patterns: compiled on first
use, with the same source and flags, so they match exactly as before. Every
other pattern, module and thread's `re.compile` passes straight through.
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
"""How the URL pattern's source begins (Django's URL validator, as ReportLab copied it)."""
CJK_PATTERN = "([\u2e80-\uffff])"
"""textsplit's pattern for `cjkwrap`."""


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
        if mine and isinstance(pattern, str) and _unused(pattern):
            return LazyPattern(pattern, flags)
        return compile_(pattern, flags)

    _compiling.active = True  # only the importing thread gets the lazy pattern
    re.compile = lazy_compile
    try:
        yield
    finally:
        re.compile = compile_
        _compiling.active = False


def _unused(pattern: str) -> bool:
    return pattern.startswith(URI_PATTERN_START) or pattern == CJK_PATTERN


def install() -> None:
    """Add the import hook (once), unless ReportLab's paragraph module is loaded already."""
    if MODULE in sys.modules or any(f is _Finder for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _Finder)  # type: ignore[arg-type]
