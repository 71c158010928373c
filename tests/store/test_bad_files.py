"""Files that are not KPIDesk files are refused and left byte-for-byte unchanged."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from pathlib import Path

import pytest

from kpidesk.cli import main
from kpidesk.store.connection import open_database
from kpidesk.store.errors import NotAKpideskFileError


def _text_file(path: Path) -> None:
    path.write_text("Omsetning;Måned\n1 234,50;2026-10\n", encoding="utf-8")


def _empty_file(path: Path) -> None:
    path.write_bytes(b"")


def _other_sqlite(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE notes (body TEXT)")
        db.execute("INSERT INTO notes VALUES ('handleliste')")
    db.close()


def _cut_header(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00\x10\x00")


BAD_FILES = {
    "text": (_text_file, "not a database at all"),
    "empty": (_empty_file, "empty (0 bytes)"),
    "other program": (_other_sqlite, "database of another program"),
    "cut header": (_cut_header, "damaged"),
}


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


@pytest.mark.parametrize("kind", BAD_FILES)
def test_open_refuses_and_leaves_file_alone(kind: str, tmp_path: Path) -> None:
    make, message = BAD_FILES[kind]
    path = tmp_path / "business.kpidesk"
    make(path)
    before = _digest(tmp_path)
    with pytest.raises(NotAKpideskFileError, match=re.escape(message)):
        open_database(path)
    assert _digest(tmp_path) == before  # no lock, -wal or -shm left behind either


@pytest.mark.parametrize("kind", BAD_FILES)
def test_check_command_exits_1_with_one_line(kind: str, tmp_path: Path, capsys) -> None:
    make, message = BAD_FILES[kind]
    path = tmp_path / "business.kpidesk"
    make(path)
    before = _digest(tmp_path)
    assert main(["check", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err
    assert _digest(tmp_path) == before
