"""Test set-up: headless Qt, a private data folder, fresh databases per test.

The `store` fixture is a new business in a file; for the tests in
`BOTH_ENGINES` it is also one on PostgreSQL (ids `[sqlite]`/`[postgresql]`),
each test in a fresh database copied from a template (see tests/pg.py).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
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
from kpidesk.store.connection import Store, create_database, open_database  # noqa: E402
from tests.pg import PgServer, require_server  # noqa: E402

DEMO_TODAY = date(2026, 11, 27)
ENGINES = ("sqlite", "postgresql")
BOTH_ENGINES = ("tests/store/", "tests/imports/test_import_db")
"""Where `store` runs on both engines: the store's own suite and the imports that write."""


@pytest.fixture(autouse=True)
def private_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Backups and logs go to a temporary folder, never the user's."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("KPIDESK_DATA_DIR", str(folder))
    return folder


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "store" not in metafunc.fixturenames:
        return
    where = metafunc.definition.path.relative_to(Path(__file__).parent.parent).as_posix()
    if where.startswith(BOTH_ENGINES):
        metafunc.parametrize("store", ENGINES, indirect=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """The test PostgreSQL server, with a template business each test database copies."""
    server = PgServer(require_server())
    server.template = server.new_database()
    with create_database(server.url(server.template)) as store:
        save_business(store, Business("Testbutikken AS", "retail"))
    yield server
    server.drop_database(server.template)
    server.close()


@pytest.fixture
def pg_database(pg_server: PgServer) -> Iterator[str]:
    """The URL of a fresh database holding the template business (dropped afterwards)."""
    name = pg_server.new_database(pg_server.template)
    yield pg_server.url(name)
    pg_server.drop_database(name)


@dataclass(frozen=True)
class Team:
    """A team database with a REV and a CUST KPI and one login per role."""

    admin_url: str
    urls: dict[str, str]
    """Login URL (with its password) per role: owner, editor (granted REV), viewer."""
    logins: dict[str, str]
    kpis: dict[str, int]
    dbname: str


@pytest.fixture
def team(pg_server: PgServer) -> Iterator[Team]:
    """A fresh team database (`kpidesk team init` + one `add-user` per role)."""
    from kpidesk.domain.entities import Kpi
    from kpidesk.store.kpis import add_kpi
    from kpidesk.store.team import add_user, init_team

    name = pg_server.new_database(pg_server.template)
    admin_url = pg_server.url(name)
    try:
        with open_database(admin_url) as admin:
            kpis = {code: add_kpi(admin, Kpi(0, code, code.title())).id for code in ("REV", "CUST")}
        init_team(admin_url)
        logins, urls = {}, {}
        for role in ("owner", "editor", "viewer"):
            login, password = f"{name}_{role}", f"pw-{role}-secret"
            codes = ["REV"] if role == "editor" else []
            add_user(admin_url, login, role, password, kpi_codes=codes)
            logins[role], urls[role] = login, pg_server.url(name, login, password)
        yield Team(admin_url, urls, logins, kpis, name)
    finally:
        pg_server.drop_database(name)
        pg_server.drop_roles(f"{name}_")
        pg_server.drop_roles(f"kpidesk_{name}_")


@pytest.fixture
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A new business with nothing else, in a file (or a PostgreSQL database)."""
    if getattr(request, "param", "sqlite") == "postgresql":
        db = open_database(request.getfixturevalue("pg_database"))
    else:
        db = create_database(tmp_path / "test.kpidesk")
        save_business(db, Business("Testbutikken AS", "retail"))
    yield db
    db.close()


@pytest.fixture
def file_store(tmp_path: Path) -> Iterator[Store]:
    """A new business in a file, for what only files have (lock file, pragmas, header)."""
    db = create_database(tmp_path / "test.kpidesk")
    save_business(db, Business("Testbutikken AS", "retail"))
    yield db
    db.close()


@pytest.fixture
def reopen(store: Store, request: pytest.FixtureRequest, tmp_path: Path) -> Callable[..., Store]:
    """Open the `store` fixture's database again (`reopen(read_only=True)`)."""
    if store.engine == "postgresql":
        target: str | Path = request.getfixturevalue("pg_database")
    else:
        target = tmp_path / "test.kpidesk"
    return lambda **options: open_database(target, **options)


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
