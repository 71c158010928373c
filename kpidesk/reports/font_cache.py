"""The report fonts' parsed tables, kept between runs: each start of `kpidesk report` saves ~20 ms.

ReportLab parses a TrueType file in pure Python (character map, widths, glyph
positions: about 8 ms per DejaVu face) every time a process registers it. The
result is plain data, so it is kept with `marshal` (numbers, strings, lists
and dicts only: loading it runs no code) in KPIDesk's cache folder, keyed by
the font file's size and time stamp, ReportLab's version and Python's. Any
mismatch, a missing or unreadable cache, or an unwritable folder just means
the font is parsed as before; the cache never changes what is printed.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import marshal
import operator
import os
import sys
import tempfile
from fnmatch import fnmatch
from pathlib import Path
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

log = logging.getLogger(__name__)
FORMAT = 1
_NOT_KEPT = ("_ttf_data", "_pdfScale")
"""The file's bytes (read again: faster than unmarshalling them) and a function."""


def load_font(name: str, path: Path, cache: Path | None) -> TTFont:
    """The TrueType font at `path` registered as `name`, from `cache` (a folder) when valid."""
    key = _key(path)
    file = cache / f"font-{path.stem}.marshal" if cache is not None else None
    if file is not None:
        font = _from_cache(name, path, file, key)
        if font is not None:
            return font
    font = TTFont(name, str(path))
    if file is not None:
        _save(font.face, file, key)
    return font


def _key(path: Path) -> tuple:
    stat = path.stat()
    return (FORMAT, reportlab.Version, sys.version_info[:2], stat.st_size, stat.st_mtime_ns)


def _from_cache(name: str, path: Path, file: Path, key: tuple) -> TTFont | None:
    try:
        stored_key, state, names = marshal.loads(file.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if stored_key != key:
        return None
    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update(state)
    for attribute in names:
        setattr(face, attribute, TTFNameBytes(state[attribute]))
    face._ttf_data = path.read_bytes()
    face._pdfScale = _scale(face.unitsPerEm)
    return _font(name, face)


def _scale(units_per_em: int):
    """ReportLab's glyph-unit to PDF-unit scaling (the same arithmetic as its parser's)."""
    if units_per_em == 1000:
        return operator.pos
    return functools.partial(operator.mul, 1000 / units_per_em)


def _font(name: str, face: TTFontFace) -> TTFont:
    """A TTFont around an already parsed face: what `TTFont.__init__` sets up besides parsing."""
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)
    return font


def _save(face: TTFontFace, file: Path, key: tuple) -> None:
    state = {k: v for k, v in face.__dict__.items() if k not in _NOT_KEPT}
    names = [k for k, v in state.items() if isinstance(v, TTFNameBytes)]
    state.update({k: bytes(state[k]) for k in names})
    try:
        data = marshal.dumps((key, state, names))
    except ValueError:  # a value marshal cannot keep: a newer ReportLab; parse each time
        log.info("font cache: %s holds values marshal cannot keep", file.name)
        return
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{file.name}.", dir=file.parent)
    except OSError as exc:
        log.info("font cache not written: %s", exc)
        return
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temp, file)  # whole or not at all, also with two processes at once
    except OSError as exc:
        log.info("font cache not written: %s", exc)
        with contextlib.suppress(OSError):
            os.unlink(temp)
