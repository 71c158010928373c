"""A scorecard computed in a forked child gives the same PDF and the same errors.

Forking is only for `kpidesk report` run as a program (no threads yet), so
these tests run it, and `Pending`, in fresh interpreters.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kpidesk.cli import main
from tests.conftest import DEMO_TODAY

PENDING = """
import os, sys
from kpidesk.reports.forked import Pending
from kpidesk.store.errors import StoreError
parent = os.getpid()

def where():
    return 'child' if os.getpid() != parent else 'parent'

def fails():
    raise StoreError('the file is damaged (in ' + where() + ')')

def dies():
    os._exit(3)

print(Pending(where, True).result())
try:
    Pending(fails, True).result()
except StoreError as exc:
    print(exc)
print(Pending(lambda: (where(), lambda: None), True).result()[0])
print(Pending(lambda: where() if os.getpid() == parent else dies(), True).result())
print(Pending(where, False).result())
Pending(where, True).abandon()
try:
    os.waitpid(-1, os.WNOHANG)
except ChildProcessError:
    print('no child left')
"""


def _run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, timeout=60, cwd=cwd
    )


def test_pending_hands_back_results_and_errors_or_works_here() -> None:
    done = _run("-c", PENDING)
    assert done.returncode == 0, done.stderr[-600:]
    assert done.stdout.splitlines() == [
        "child",  # computed in the child
        "the file is damaged (in child)",  # its error raised here, message intact
        "parent",  # a result that cannot be pickled: done here instead
        "parent",  # a child that ends without a word: done here instead
        "parent",  # not asked to fork
        "no child left",  # abandoned: waited for, nothing left behind
    ]


def test_the_program_forks_and_writes_the_same_pdf(demo_path: Path, tmp_path: Path) -> None:
    today = DEMO_TODAY.isoformat()
    assert (
        main(["report", str(demo_path), "--out", str(tmp_path / "in.pdf"), "--today", today]) == 0
    )
    done = _run(
        "-m",
        "kpidesk.cli",
        "report",
        str(demo_path),
        "--out",
        str(tmp_path / "out.pdf"),
        "--today",
        today,
    )
    assert done.returncode == 0, done.stderr[-600:]
    assert (tmp_path / "out.pdf").read_bytes() == (tmp_path / "in.pdf").read_bytes()


def test_the_program_reports_a_bad_period_and_a_missing_file_as_before(
    demo_path: Path, tmp_path: Path, capsys
) -> None:
    for args in (
        ["report", str(demo_path), "--out", str(tmp_path / "x.pdf"), "--period", "2026-13"],
        ["report", str(tmp_path / "missing.kpidesk"), "--out", str(tmp_path / "x.pdf")],
    ):
        assert main(args) == 1
        expected = capsys.readouterr().err
        done = _run("-m", "kpidesk.cli", *args)
        assert done.returncode == 1
        assert done.stderr == expected
    assert not (tmp_path / "x.pdf").exists()
