"""Dataclasses built from kept code behave as compiled ones; a bad cache only costs time."""

from __future__ import annotations

import dataclasses
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import platformdirs
import pytest

from kpidesk import dataclass_code
from kpidesk.locations import APP_NAME, cache_dir


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Path]:
    path = dataclass_code.cache_file(tmp_path / "cache")
    yield path
    dataclass_code.uninstall()


def _define(fields: str = "amount: float\n    label: str = 'x'") -> type:
    namespace: dict = {}
    source = f"@dataclass(frozen=True, order=True)\nclass Money:\n    {fields}\n"
    exec(source, {"dataclass": dataclasses.dataclass}, namespace)
    return namespace["Money"]


def _restart(path: Path) -> dataclass_code._CodeCache:
    dataclass_code.uninstall()
    dataclass_code.install(path)
    assert dataclass_code._cache is not None
    return dataclass_code._cache


def test_second_start_compiles_nothing_and_classes_behave_the_same(cache: Path) -> None:
    first = _restart(cache)
    _define()
    assert first.compiled > 0
    dataclass_code.save()
    assert cache.is_file()
    assert stat.S_IMODE(cache.stat().st_mode) == 0o600

    second = _restart(cache)
    money = _define()
    assert second.compiled == 0
    a, b = money(1.5), money(1.5, "x")
    assert a == b and hash(a) == hash(b) and money(1.0) < a
    assert repr(a) == "Money(amount=1.5, label='x')"
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.amount = 2  # type: ignore[misc]
    with pytest.raises(TypeError):
        money()


def test_a_changed_class_is_compiled_not_matched_to_old_code(cache: Path) -> None:
    _restart(cache)
    _define()
    dataclass_code.save()
    cached = _restart(cache)
    changed = _define("amount: float\n    currency: str = 'NOK'")
    assert cached.compiled > 0
    assert repr(changed(2.0)) == "Money(amount=2.0, currency='NOK')"


@pytest.mark.parametrize(
    "content",
    [b"", b"junk", dataclass_code.MAGIC_NUMBER + b"\x00\x01", b"\x00\x00\x00\x00" + b"x" * 100],
    ids=["empty", "junk", "truncated", "other-python"],
)
def test_a_damaged_cache_is_ignored_and_replaced(cache: Path, content: bytes) -> None:
    cache.parent.mkdir(parents=True)
    cache.write_bytes(content)
    cached = _restart(cache)
    money = _define()
    assert cached.compiled > 0 and money(3.0).amount == 3.0
    dataclass_code.save()
    assert _restart(cache).known  # rewritten, and readable


def test_an_unwritable_folder_is_left_alone(cache: Path) -> None:
    cache.parent.parent.mkdir(parents=True, exist_ok=True)
    cache.parent.write_text("a file where the folder should be")
    _restart(cache)
    _define()
    dataclass_code.save()  # no error, nothing written
    assert not cache.exists()


def test_without_install_saving_does_nothing(cache: Path) -> None:
    dataclass_code.uninstall()
    dataclass_code.save()
    assert not cache.exists()
    assert not hasattr(dataclasses, "exec")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG rule is Linux's")
@pytest.mark.parametrize("xdg", [None, "", "  ", "cachehome"])
def test_cache_folder_is_where_platformdirs_puts_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, xdg: str | None
) -> None:
    monkeypatch.delenv("KPIDESK_DATA_DIR", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    if xdg is None:
        monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / xdg) if xdg.strip() else xdg)
    assert cache_dir() == Path(platformdirs.user_cache_dir(APP_NAME, False))


def test_a_home_without_a_cache_folder_starts_as_before(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocked = tmp_path / "data"
    blocked.write_text("a file where the data folder should be")
    monkeypatch.setenv("KPIDESK_DATA_DIR", str(blocked))
    dataclass_code.uninstall()
    dataclass_code.install_in_cache_folder()  # no error
    assert dataclass_code._cache is None
