"""The command-line contract: exit codes, one-line errors, files untouched."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kpidesk import __version__
from kpidesk.cli import main


def kpidesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kpidesk.cli", *args], capture_output=True, text=True, timeout=60
    )


def test_demo_then_check_as_separate_processes(tmp_path: Path) -> None:
    path = tmp_path / "x.kpidesk"
    made = kpidesk("demo", str(path), "--lang", "en", "--years", "1")
    assert made.returncode == 0, made.stderr
    assert "Bryggen Kaffebar AS" in made.stdout
    checked = kpidesk("check", str(path))
    assert checked.returncode == 0, checked.stderr
    assert "OK" in checked.stdout


def test_version(capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_demo_refuses_to_overwrite(tmp_path: Path, capsys) -> None:
    path = tmp_path / "mine.kpidesk"
    path.write_text("important")
    assert main(["demo", str(path)]) == 1
    assert "will not overwrite" in capsys.readouterr().err
    assert path.read_text() == "important"


@pytest.mark.parametrize(
    "argv", [["demo"], ["check"], ["demo", "x", "--lang", "sv"], ["nosuch.kpidesk", "extra"]]
)
def test_wrong_usage_exits_2(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2


def test_backup_to_folder_and_never_over_a_file(demo_path: Path, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "copies"
    folder.mkdir()
    assert main(["backup", str(demo_path), "--to", str(folder)]) == 0
    [copy] = folder.iterdir()
    assert main(["check", str(copy)]) == 0
    assert main(["backup", str(demo_path), "--to", str(tmp_path / "missing")]) == 1
    assert "not a folder" in capsys.readouterr().err


def test_backup_default_goes_to_data_folder(demo_path: Path, private_data_dir: Path) -> None:
    assert main(["backup", str(demo_path)]) == 0
    assert list((private_data_dir / "backups" / "demo").glob("demo-*.kpidesk"))


def test_check_reports_values_off_their_period(demo_path: Path, capsys) -> None:
    import sqlite3

    with sqlite3.connect(demo_path) as db:
        db.execute(
            "UPDATE measurement SET period_start = '2026-10-15' WHERE id = "
            "(SELECT m.id FROM measurement m JOIN kpi k ON k.id = m.kpi_id "
            "WHERE k.code = 'REVENUE' AND m.period_start = '2026-10-01')"
        )
    db.close()
    assert main(["check", str(demo_path)]) == 1
    assert "REVENUE: 1 value(s) do not start a period" in capsys.readouterr().err


# --- report and charter -------------------------------------------------------


def test_report_and_charter_from_the_command_line(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "okt.pdf"
    made = kpidesk("report", str(demo_path), "--out", str(out), "--today", "2026-11-27")
    assert made.returncode == 0, made.stderr
    assert "2026-10" in made.stdout and out.read_bytes().startswith(b"%PDF")
    charter = tmp_path / "charter.pdf"
    made = kpidesk("charter", str(demo_path), "--out", str(charter), "--lang", "en")
    assert made.returncode == 0, made.stderr
    assert charter.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--period", "2026-13"], "not a valid month"),
        (["--period", "oktober"], "is not a period"),
    ],
)
def test_report_bad_period_exits_1_with_one_line(
    demo_path: Path, tmp_path: Path, capsys, args: list[str], message: str
) -> None:
    out = tmp_path / "x.pdf"
    assert main(["report", str(demo_path), "--out", str(out), *args]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not out.exists()


def test_report_on_missing_or_foreign_files_exits_1(tmp_path: Path, capsys) -> None:
    foreign = tmp_path / "notes.kpidesk"
    foreign.write_text("not a database")
    for path in (tmp_path / "missing.kpidesk", foreign):
        for command in ("report", "charter"):
            assert main([command, str(path), "--out", str(tmp_path / "x.pdf")]) == 1
            assert capsys.readouterr().err.count("\n") == 1
    assert foreign.read_text() == "not a database"
    assert not (tmp_path / "x.pdf").exists()


def test_report_into_a_missing_folder_exits_1(demo_path: Path, tmp_path: Path, capsys) -> None:
    assert main(["report", str(demo_path), "--out", str(tmp_path / "no" / "x.pdf")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_report_without_out_is_usage() -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["report", "x.kpidesk"])
    assert exit_.value.code == 2


def test_report_imports_no_qt_no_numpy_and_no_peewee(demo_path: Path, tmp_path: Path) -> None:
    """The command starts fast: no GUI toolkit, no numpy, and the file is read without the ORM."""
    done = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "-m",
            "kpidesk.cli",
            "report",
            str(demo_path),
            "--out",
            str(tmp_path / "x.pdf"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-500:]
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
    heavy = {
        m
        for m in imported
        if m.split(".")[0] in {"PySide6", "pyqtgraph", "numpy", "shiboken6", "peewee"}
    }
    assert not heavy


def test_missing_x11_libraries_are_named_instead_of_a_qt_abort(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    import ctypes.util

    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None)
    assert main([str(demo_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in err


def test_a_report_run_inside_another_program_leaves_its_garbage_collector_alone(
    demo_path: Path, tmp_path: Path
) -> None:
    import gc

    frozen = gc.get_freeze_count()
    assert main(["report", str(demo_path), "--out", str(tmp_path / "x.pdf")]) == 0
    assert gc.isenabled() and gc.get_freeze_count() == frozen


def test_the_window_s_own_arguments_need_no_parser() -> None:
    from kpidesk.cli import _window_args

    args = _window_args(["shop.kpidesk", "--smoke"])
    assert (args.file, args.smoke, args.no_crash_dialog) == ("shop.kpidesk", True, False)
    assert _window_args([]).file is None
    # Anything else goes to the parser, which explains it (exit status 2).
    for argv in (["a.kpidesk", "b.kpidesk"], ["--version"], ["-x"], ["a.kpidesk", "--help"]):
        assert _window_args(argv) is None
