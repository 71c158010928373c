"""The command line on a team database: FILE may be a postgresql:// URL."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from kpidesk.cli import main
from kpidesk.store.connection import open_database
from kpidesk.store.measurements import load_measurements

TODAY = "2026-11-27"
DECEMBER = date(2026, 12, 1)


@pytest.fixture
def bryggen(pg_server, demo_path, capsys):
    """The demo business pushed to the server with the command line, and made a team."""
    name = pg_server.new_database()
    url = pg_server.url(name)
    assert main(["team", "push", str(demo_path), url]) == 0
    assert main(["team", "init", url]) == 0
    capsys.readouterr()
    yield url, name
    pg_server.drop_database(name)
    pg_server.drop_roles(f"{name}_")
    pg_server.drop_roles(f"kpidesk_{name}_")


def test_report_on_a_url_prints_a_real_scorecard(bryggen, tmp_path: Path, capsys) -> None:
    url, _ = bryggen
    out = tmp_path / "scorecard.pdf"
    assert main(["report", url, "--out", str(out), "--period", "2026-10", "--today", TODAY]) == 0
    assert "Scorecard for 2026-10" in capsys.readouterr().out
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Bryggen Kaffebar AS" in text
    assert "Omsetning" in text  # the demo's revenue KPI, with its numbers


def test_report_on_a_url_as_a_program_reads_in_its_child_the_same(bryggen, tmp_path: Path) -> None:
    """Run as a program, the command reads in a forked child: the same PDF as in-process."""
    import subprocess
    import sys

    url, _ = bryggen
    args = ["report", url, "--period", "2026-10", "--today", TODAY, "--out"]
    assert main([*args, str(tmp_path / "in.pdf")]) == 0
    done = subprocess.run(
        [sys.executable, "-m", "kpidesk.cli", *args, str(tmp_path / "out.pdf")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-600:]
    assert (tmp_path / "out.pdf").read_bytes() == (tmp_path / "in.pdf").read_bytes()


def test_users_and_roles_from_the_command_line(
    bryggen, pg_server, tmp_path: Path, capsys, monkeypatch
) -> None:
    url, name = bryggen
    monkeypatch.setattr("sys.stdin", io.StringIO("editor-pass-1\n"))
    login = f"{name}_ola"
    added = main(
        ["team", "add-user", url, login, "--role", "editor", "--kpi", "REVENUE", "--password-stdin"]
    )
    assert added == 0
    assert f"{login} is now editor" in capsys.readouterr().out
    ola = pg_server.url(name, login, "editor-pass-1")
    good = tmp_path / "good.csv"
    good.write_text("kpi,segment,period,value,comment\nREVENUE,,2026-12,4321,\n")
    assert main(["import", ola, str(good), "--today", "2026-12-31"]) == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("kpi,segment,period,value,comment\nGROSS_MARGIN,,2026-12,55,\n")
    assert main(["import", ola, str(bad), "--today", "2026-12-31"]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "refused" in error and "editor-pass-1" not in error
    with open_database(url, read_only=True) as store:
        kpis = dict(store.db.execute_sql("SELECT code, id FROM kpi").fetchall())

        def december(code: str) -> list[float | None]:
            values = load_measurements(store, kpis[code], first=DECEMBER, last=DECEMBER)
            return [m.value for m in values]

        assert december("REVENUE") == [4321.0]
        assert december("GROSS_MARGIN") == []


def test_check_export_and_backup_of_a_url_never_print_the_password(
    bryggen, pg_server, tmp_path: Path, capsys
) -> None:
    url, name = bryggen
    secret = pg_server.url(name).split(":")[2].split("@")[0]  # the admin's password
    assert main(["check", url]) == 0
    assert main(["export", url, str(tmp_path / "values.csv")]) == 0
    assert main(["backup", url, "--to", str(tmp_path)]) == 0
    printed = capsys.readouterr()
    assert "OK (file version" in printed.out
    assert "rows verified" in printed.out
    assert secret not in printed.out + printed.err
    backups = list(tmp_path.glob(f"{name}-*.kpidesk"))
    assert len(backups) == 1
    assert main(["check", str(backups[0])]) == 0
    copy = tmp_path / "copy.kpidesk"
    assert main(["team", "pull", url, str(copy)]) == 0
    assert main(["team", "pull", url, str(copy)]) == 1
    assert "exists already" in capsys.readouterr().err


def test_a_non_empty_database_or_a_file_for_a_url_is_one_line_exit_1(
    bryggen, demo_path, capsys
) -> None:
    url, _ = bryggen
    assert main(["team", "push", str(demo_path), url]) == 1
    assert "not empty" in capsys.readouterr().err
    assert main(["team", "init", str(demo_path)]) == 1
    assert "is not a postgresql://" in capsys.readouterr().err
