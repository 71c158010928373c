"""Dataclasses defined at start-up without compiling their methods again.

Before 3.13, Python writes each dataclass's `__init__`, `__repr__`, `__eq__` …
as source text and compiles it (`exec`) when the class is defined: ~0.6 ms a
class, 17 ms of the start to the painted window (29 classes; bench/startup.py).
What `exec` compiles depends only on that text and on the Python version, so
the code objects are kept the way Python keeps `.pyc` files (marshal, in the
app's cache folder, one file per Python version) and the next start runs them
instead of compiling. A missing, old or damaged file only means compiling, as
without this module; nothing else changes (the text is the key, so a changed
class never meets old code).
"""

from __future__ import annotations

import builtins
import contextlib
import dataclasses
import marshal
import os
import sys
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from types import CodeType

MAX_BYTES = 4 * 1024 * 1024
"""A cache file larger than this is not read (it never grows near it)."""

_cache: _CodeCache | None = None


class _CodeCache:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.known = _load(path)
        self.used: dict[str, CodeType] = {}
        self.compiled = 0

    def exec(self, source: object, globals: dict | None = None, locals: dict | None = None) -> None:
        if type(source) is not str:
            return builtins.exec(source, globals, locals)
        code = self.used.get(source) or self.known.get(source)
        if code is None:
            # As exec(text) compiles it: no `from __future__` of ours may leak in.
            code = compile(source, "<string>", "exec", dont_inherit=True)
            self.compiled += 1
        self.used[source] = code
        return builtins.exec(code, globals, locals)


def install(path: Path) -> None:
    """Let dataclasses defined from now on reuse the code kept in `path` (once per process)."""
    global _cache
    if _cache is None:
        _cache = _CodeCache(path)
        # `dataclasses` calls exec by its global name: this one finds the cache first.
        dataclasses.exec = _cache.exec  # type: ignore[attr-defined]


def uninstall() -> None:
    """Back to Python's own exec (tests)."""
    global _cache
    if _cache is not None:
        del dataclasses.exec  # type: ignore[attr-defined]
        _cache = None


def save() -> None:
    """Keep the code the classes defined so far used, if any had to be compiled.

    Only what this run used is kept, so classes that no longer exist drop out.
    The file is replaced atomically; a folder that cannot be written is left alone.
    """
    if _cache is None or not _cache.compiled:
        return
    data = MAGIC_NUMBER + marshal.dumps(_cache.used)
    temporary = _cache.path.with_name(f"{_cache.path.name}.{os.getpid()}.tmp")
    try:
        _cache.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
        os.replace(temporary, _cache.path)
        _cache.compiled = 0
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def cache_file(folder: Path) -> Path:
    """The file for this Python version in `folder`."""
    return folder / f"dataclass-code.{sys.implementation.cache_tag}.bin"


def install_in_cache_folder() -> None:
    """`install` with the app's cache folder; without one (read-only home) nothing changes."""
    from kpidesk.locations import cache_dir

    try:
        folder = cache_dir()
    except OSError:
        return
    install(cache_file(folder))


def _load(path: Path) -> dict[str, CodeType]:
    try:
        with path.open("rb") as file:
            data = file.read(MAX_BYTES + 1)
    except OSError:
        return {}
    if len(data) > MAX_BYTES or not data.startswith(MAGIC_NUMBER):
        return {}
    try:
        table = marshal.loads(data[len(MAGIC_NUMBER) :])
    except (EOFError, ValueError, TypeError):
        return {}
    if not isinstance(table, dict):
        return {}
    return {
        text: code for text, code in table.items() if type(text) is str and type(code) is CodeType
    }
