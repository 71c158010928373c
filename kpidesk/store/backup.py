"""Copies of a live database made with SQLite's online backup API.

A plain file copy of a database in WAL mode can miss committed pages that still
live in the -wal file, or catch a page mid-write; the backup API cannot.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from kpidesk.store.errors import StoreError
from kpidesk.store.header import read_header


def read_only_uri(database: Path) -> str:
    """An SQLite URI that opens `database` read-only (any characters in the path).

    Without a -wal file every committed page is in the main file, so the
    file is opened as immutable: SQLite then creates no -wal/-shm beside it
    and a read-only look leaves the folder exactly as it was.
    """
    wal = database.with_name(database.name + "-wal")
    mode = "mode=ro" if wal.exists() else "immutable=1"
    return f"{database.resolve().as_uri()}?{mode}"


def backup_name(database: Path, label: str = "", now: datetime | None = None) -> str:
    """A sortable backup file name, e.g. ``shop-20261127-231500.kpidesk``."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    extra = f"-{label}" if label else ""
    return f"{database.stem}-{stamp}{extra}.kpidesk"


def new_backup_path(
    folder: Path, database: Path, label: str = "", now: datetime | None = None
) -> Path:
    """A backup path in `folder` that no file has yet (a counter follows a clash)."""
    path = folder / backup_name(database, label, now)
    number = 2
    while path.exists() or path.with_name(path.name + ".partial").exists():
        path = folder / backup_name(database, f"{label}-{number}" if label else str(number), now)
        number += 1
    return path


def backup_file(database: Path, destination: Path) -> Path:
    """Copy `database` to `destination` consistently and verify the copy."""
    read_header(database)
    if destination.exists():
        raise StoreError(f"{destination} exists already; a backup never overwrites a file.")
    partial = destination.with_name(destination.name + ".partial")
    source = sqlite3.connect(read_only_uri(database), uri=True)
    try:
        target = sqlite3.connect(partial)
        try:
            source.backup(target)
            verdict = target.execute("PRAGMA quick_check").fetchone()[0]
            # The copy is a self-contained file: no -wal needed to read it.
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(f"Backing up {database} failed: {exc}") from exc
    finally:
        source.close()
    if verdict != "ok":
        partial.unlink(missing_ok=True)
        raise StoreError(f"The backup of {database} failed its check: {verdict}")
    os.chmod(partial, 0o600)
    os.replace(partial, destination)
    return destination
