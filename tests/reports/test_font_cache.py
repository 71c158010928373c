"""Fonts read from the cache are the fonts ReportLab parses; a bad cache is only ignored."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from kpidesk.paths import resource
from kpidesk.reports.font_cache import load_font

FONT = resource("fonts", "DejaVuSansCondensed-Bold.ttf")


def _same_font(cached: TTFont, parsed: TTFont) -> None:
    assert vars(cached).keys() == vars(parsed).keys()
    for name, value in vars(parsed).items():
        if name == "face":
            continue
        if name in ("encoding", "state"):
            assert type(vars(cached)[name]) is type(value)
        else:
            assert vars(cached)[name] == value, name
    face, expected = vars(cached.face), vars(parsed.face)
    assert face.keys() == expected.keys()
    for name, value in expected.items():
        if name == "_pdfScale":
            assert [face[name](v) for v in (0, 1, 2048, -313)] == [
                value(v) for v in (0, 1, 2048, -313)
            ]
        else:
            assert face[name] == value, name
            assert type(face[name]) is type(value), name
    assert cached.face.name.ustr == parsed.face.name.ustr


def test_a_cached_font_is_the_parsed_font(tmp_path: Path) -> None:
    first = load_font("Cached", FONT, tmp_path)  # parsed, then kept
    assert (tmp_path / f"font-{FONT.stem}.marshal").is_file()
    again = load_font("Cached", FONT, tmp_path)
    assert again.face is not first.face
    _same_font(again, TTFont("Cached", str(FONT)))
    text = "Målekort · æøå − ≥ € ★ ✓"
    assert again.stringWidth(text, 9) == first.stringWidth(text, 9)


@pytest.mark.parametrize("content", [b"", b"\x00garbage", b"\xe9" * 100])
def test_a_damaged_cache_is_parsed_again_and_replaced(tmp_path: Path, content: bytes) -> None:
    cache = tmp_path / f"font-{FONT.stem}.marshal"
    cache.write_bytes(content)
    font = load_font("Damaged", FONT, tmp_path)
    _same_font(font, TTFont("Damaged", str(FONT)))
    assert cache.read_bytes() != content
    _same_font(load_font("Damaged", FONT, tmp_path), font)


def test_a_changed_font_file_is_parsed_again(tmp_path: Path) -> None:
    copy = tmp_path / "Face.ttf"
    copy.write_bytes(FONT.read_bytes())
    load_font("Changed", copy, tmp_path)
    stamp = (tmp_path / "font-Face.marshal").stat().st_mtime_ns
    regular = resource("fonts", "DejaVuSansCondensed.ttf").read_bytes()
    copy.write_bytes(regular)  # another face under the same name
    os.utime(copy, ns=(stamp + 10**9, stamp + 10**9))
    font = load_font("Changed", copy, tmp_path)
    _same_font(font, TTFont("Changed", str(copy)))


def test_without_a_cache_folder_fonts_still_load(tmp_path: Path) -> None:
    _same_font(load_font("Plain", FONT, None), TTFont("Plain", str(FONT)))
    missing = tmp_path / "not-there"
    _same_font(load_font("Plain", FONT, missing), TTFont("Plain", str(FONT)))
    assert not missing.exists()
