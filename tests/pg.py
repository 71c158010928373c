"""The PostgreSQL server the team-mode tests use (KPIDESK_TEST_PG, a superuser URL).

`.ci/run` starts a throwaway one and sets the variable; a developer may do
the same with `eval "$(tests/pgserver.sh start /tmp/kpidesk-pg)"`. Without the
variable, the first PostgreSQL test starts a throwaway server itself
(tests/pgserver.sh, stopped when the tests end), so `make test` runs them
wherever Debian's `postgresql` package is installed. Only where it is not are
they skipped, saying so — except in CI (the `CI` variable set), where a
missing server fails them.
"""

from __future__ import annotations

import atexit
import functools
import itertools
import os
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo

VARIABLE = "KPIDESK_TEST_PG"
SERVER_SCRIPT = Path(__file__).with_name("pgserver.sh")
_counter = itertools.count(1)


def require_server() -> str:
    """The admin URL, or skip (fail in CI) with the reason."""
    url = os.environ.get(VARIABLE, "")
    if url:
        return url
    url, why_not = _throwaway_server()
    if url:
        return url
    reason = (
        f"no PostgreSQL server for the team-mode tests: {VARIABLE} is not set and "
        f"none could be started here ({why_not})"
    )
    if os.environ.get("CI"):
        pytest.fail(f"CI must test PostgreSQL too, but {reason}", pytrace=False)
    pytest.skip(reason)


@functools.cache
def _throwaway_server() -> tuple[str, str]:
    """(admin URL, "") of a server started for this test run, or ("", why not)."""
    folder = tempfile.mkdtemp(prefix="kpidesk-pg-")
    done = subprocess.run(
        ["bash", str(SERVER_SCRIPT), "start", folder], capture_output=True, text=True, timeout=120
    )
    atexit.register(subprocess.run, ["bash", str(SERVER_SCRIPT), "stop", folder], check=False)
    prefix = f"export {VARIABLE}="
    line = next((s for s in done.stdout.splitlines() if s.startswith(prefix)), "")
    if done.returncode != 0 or not line:
        return "", (done.stderr.strip().splitlines() or ["tests/pgserver.sh failed"])[-1]
    return line.removeprefix(prefix), ""


@dataclass
class PgServer:
    """A superuser connection that makes and drops the tests' databases."""

    admin_url: str
    template: str = ""
    _conn: psycopg.Connection | None = field(default=None, repr=False)

    @property
    def conn(self) -> psycopg.Connection:
        if self._conn is None or self._conn.closed:
            self._conn = psycopg.connect(self.admin_url, autocommit=True)
        return self._conn

    def url(self, dbname: str, user: str | None = None, password: str | None = None) -> str:
        """A URL for `dbname`, as the admin or as another login."""
        parts = conninfo_to_dict(self.admin_url)
        parts["dbname"] = dbname
        if user is not None:
            parts["user"] = user
            parts.pop("password", None)
            if password is not None:
                parts["password"] = password
        host = parts.pop("host", "localhost")
        port = parts.pop("port", 5432)
        auth = parts.pop("user", "")
        if "password" in parts:
            auth += ":" + parts.pop("password")
        query = "&".join(f"{k}={v}" for k, v in parts.items() if k != "dbname")
        return f"postgresql://{auth}@{host}:{port}/{dbname}" + (f"?{query}" if query else "")

    def conninfo(self, dbname: str) -> str:
        return make_conninfo(self.admin_url, dbname=dbname)

    def new_database(self, template: str | None = None) -> str:
        """A fresh, empty database (or a copy of `template`); its name."""
        name = f"kpidesk_test_{os.getpid()}_{next(_counter)}"
        statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template:
            statement += sql.SQL(" TEMPLATE {} STRATEGY FILE_COPY").format(sql.Identifier(template))
        self.conn.execute(statement)
        return name

    def drop_database(self, name: str) -> None:
        self.conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )

    def drop_roles(self, prefix: str) -> None:
        """Drop the login and group roles a test made (names starting with `prefix`)."""
        names = [
            r[0]
            for r in self.conn.execute(
                "SELECT rolname FROM pg_roles WHERE left(rolname, length(%s)) = %s",
                (prefix, prefix),
            )
        ]
        for name in names:
            self.conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
