"""Test set-up: headless Qt, a private data folder, fresh databases per test."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

# Before anything imports Qt: no window system in tests, and Qt's settings,
# data and cache folders in a temporary place, never the user's.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = tempfile.mkdtemp(prefix="kpidesk-tests-")
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = os.path.join(_HOME, _name.lower())

from kpidesk.domain.entities import Business  # noqa: E402
from kpidesk.store.business import save_business  # noqa: E402
from kpidesk.store.connection import Store, create_database  # noqa: E402

DEMO_TODAY = date(2026, 11, 27)


@pytest.fixture(autouse=True)
def private_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Backups and logs go to a temporary folder, never the user's."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("KPIDESK_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A new file with a business and nothing else."""
    db = create_database(tmp_path / "test.kpidesk")
    save_business(db, Business("Testbutikken AS", "retail"))
    yield db
    db.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo business, built once per session (closed, so a plain copy is safe)."""
    from kpidesk.demo.build import create_demo

    folder = tmp_path_factory.mktemp("demo")
    path = folder / "demo.kpidesk"
    create_demo(path, "nb", 3, DEMO_TODAY).close()
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo file for one test."""
    path = tmp_path / "demo.kpidesk"
    shutil.copyfile(demo_template, path)
    return path
