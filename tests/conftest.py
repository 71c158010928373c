"""Test set-up: headless Qt, a private data folder, fresh databases per test."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

# Before anything imports Qt: no window system in tests.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kpidesk.domain.entities import Business
from kpidesk.store.business import save_business
from kpidesk.store.connection import Store, create_database

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
