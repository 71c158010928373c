"""Team mode budget: the demo's Home over loopback PostgreSQL ≤ 2× the same from its file.

The server is KPIDESK_TEST_PG (a superuser URL) if set, else a throwaway
cluster that tests/pgserver.sh starts and removes; without PostgreSQL on the
machine the rows say so instead of measuring.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from dashboard import painted_home
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict
from PySide6.QtCore import QSettings

from kpidesk.store.transfer import push

PGSERVER = Path(__file__).resolve().parent.parent / "tests" / "pgserver.sh"
BUDGET = 2.0


@contextmanager
def _server() -> Iterator[str | None]:
    """A superuser URL: the given one, a throwaway cluster's, or None without PostgreSQL."""
    given = os.environ.get("KPIDESK_TEST_PG")
    if given:
        yield given
        return
    folder = tempfile.mkdtemp(prefix="kpidesk-bench-pg-")
    started = subprocess.run(
        ["bash", str(PGSERVER), "start", folder], capture_output=True, text=True, check=False
    )
    try:
        yield started.stdout.strip().split("=", 1)[1] if started.returncode == 0 else None
    finally:
        subprocess.run(["bash", str(PGSERVER), "stop", folder], capture_output=True, check=False)
        shutil.rmtree(folder, ignore_errors=True)


def _database_url(admin_url: str, name: str) -> str:
    parts = conninfo_to_dict(admin_url)
    auth = parts.get("user", "") + (f":{parts['password']}" if parts.get("password") else "")
    return f"postgresql://{auth}@{parts.get('host', 'localhost')}:{parts.get('port', 5432)}/{name}"


def bench_team(folder: Path, demo: Path) -> list[tuple[str, str, str, bool | None]]:
    """Rows for bench/run.py: (name, measured, budget, within budget or None)."""
    from kpidesk.gui.app import make_application
    from kpidesk.gui.settings import Settings

    app = make_application()
    settings = Settings(QSettings(str(folder / "team.ini"), QSettings.Format.IniFormat))
    with _server() as admin_url:
        if admin_url is None:
            return [("demo Home over loopback PostgreSQL", "no server", "≤ 2× file", None)]
        name = f"kpidesk_bench_{os.getpid()}"
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        try:
            url = _database_url(admin_url, name)
            push(demo, url)
            painted_home(app, settings, demo, repeat=2)  # warm both paths up
            painted_home(app, settings, url, repeat=2)
            file_ms = statistics.median(painted_home(app, settings, demo, repeat=9)[0])
            server_ms = statistics.median(painted_home(app, settings, url, repeat=9)[0])
        finally:
            with psycopg.connect(admin_url, autocommit=True) as admin:
                admin.execute(
                    sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
                )
    ratio = server_ms / file_ms
    return [
        ("demo: open to a painted Home, file", f"{file_ms:.0f} ms", "", None),
        ("demo: open to a painted Home, loopback PostgreSQL", f"{server_ms:.0f} ms", "", None),
        ("  PostgreSQL / file", f"{ratio:.2f}×", f"≤ {BUDGET:.0f}×", ratio <= BUDGET),
    ]


if __name__ == "__main__":
    from datetime import date

    from kpidesk.demo.build import create_demo

    with tempfile.TemporaryDirectory() as tmp:
        demo_file = Path(tmp) / "demo.kpidesk"
        create_demo(demo_file, "nb", 3, date(2026, 11, 27)).close()
        for row in bench_team(Path(tmp), demo_file):
            print(row)
