"""Open a KPIDesk database: recognise, lock, upgrade and configure it.

`open_database` is the one way in, for the app, the command line and the
tests alike. It returns a `Store`, which owns the connection and is handed to
the query functions of this package.
"""

from __future__ import annotations

import getpass
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from peewee import Database, DatabaseError, OperationalError, SqliteDatabase

from kpidesk.locations import backups_dir
from kpidesk.store.backup import backup_file, new_backup_path, read_only_uri
from kpidesk.store.binding import DATABASE
from kpidesk.store.errors import (
    DamagedFileError,
    NotAKpideskFileError,
    ReadOnlyError,
    StoreError,
)
from kpidesk.store.header import APPLICATION_ID, read_header
from kpidesk.store.lock import FileLock, LockHolder
from kpidesk.store.migrations import LATEST, current_version, record_version, run_migrations
from kpidesk.store.models import MODELS, SegmentRow

log = logging.getLogger(__name__)
BUSY_TIMEOUT_MS = 5000
_RW_PRAGMAS = (
    ("journal_mode", "wal"),
    ("foreign_keys", 1),
    ("busy_timeout", BUSY_TIMEOUT_MS),
    ("synchronous", 2),  # FULL: a commit is on disk when it returns
)
_RO_PRAGMAS = (("foreign_keys", 1), ("busy_timeout", BUSY_TIMEOUT_MS), ("query_only", 1))


@dataclass
class Store:
    """An open KPIDesk database."""

    db: Database
    location: str
    read_only: bool = False
    read_only_reason: str = ""
    lock_holder: LockHolder | None = None
    schema_version: int = LATEST
    user: str = field(default_factory=lambda: _current_user())
    backup_path: Path | None = None
    read_only_cause: str = ""
    """Why the file is read-only, for translated messages: "locked", "newer",
    "write_protected", "folder" or "" (asked for, or not read-only)."""
    _lock: FileLock | None = None

    @property
    def path(self) -> Path | None:
        """The database file, or None for a server database."""
        return Path(self.location) if isinstance(self.db, SqliteDatabase) else None

    @contextmanager
    def write(self) -> Iterator[None]:
        """One all-or-nothing write transaction (BEGIN IMMEDIATE on SQLite).

        A failed write (disk full, I/O error) is rolled back and raised as a
        StoreError the owner can read; the file keeps its previous content.
        """
        if self.read_only:
            raise ReadOnlyError(self.read_only_reason or "This file is open read-only.")
        failure: BaseException | None = None
        try:
            with self.db.atomic():
                try:
                    yield
                except BaseException as exc:
                    failure = exc
                    raise
        except (OperationalError, sqlite3.OperationalError) as exc:
            # SQLite may already have rolled back (a full disk does), so the
            # rollback itself fails; the owner needs the first error, not that one.
            cause = failure or exc
            if self.db.transaction_depth() > 0:
                raise
            self._end_abandoned_transaction()
            if isinstance(cause, StoreError):
                raise cause from None
            raise StoreError(_write_failure(cause)) from cause

    def _end_abandoned_transaction(self) -> None:
        # A COMMIT that fails (an I/O error while syncing) leaves SQLite's
        # transaction open; without a rollback every later write would fail
        # with "cannot start a transaction within a transaction".
        raw = self.db.connection()
        if getattr(raw, "in_transaction", False):
            try:
                raw.rollback()
            except sqlite3.Error:
                log.exception("rollback after a failed write failed too")

    def verify(self) -> None:
        """Read every page (PRAGMA quick_check); DamagedFileError if any is damaged."""
        try:
            rows = [r[0] for r in self.db.execute_sql("PRAGMA quick_check").fetchall()]
        except DatabaseError as exc:
            rows = [str(exc)]
        if rows != ["ok"]:
            raise DamagedFileError(
                f"{Path(self.location).name} is damaged ({rows[0]}). Restore it from a backup "
                "(File → Restore from Backup, or kpidesk backup FILE --restore BACKUP)."
            )

    def close(self) -> None:
        """Close the connection and give up the write lock."""
        _disconnect(self.db)
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _write_failure(exc: Exception) -> str:
    text = str(exc)
    if "full" in text:
        return "Nothing was saved: the disk is full. Free some space and try again."
    if "I/O" in text:
        return "Nothing was saved: the disk reported an error. Your file is as it was."
    if "locked" in text or "busy" in text:
        return "Nothing was saved: the file was busy for too long. Try again."
    return f"Nothing was saved: {text}"


def _current_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def _connect(path: Path, read_only: bool) -> SqliteDatabase:
    if read_only:
        db = SqliteDatabase(read_only_uri(path), uri=True, pragmas=_RO_PRAGMAS)
    else:
        db = SqliteDatabase(str(path), pragmas=_RW_PRAGMAS, lock_type="IMMEDIATE")
    db.connect()
    DATABASE.push(db)
    return db


def _disconnect(db: Database) -> None:
    """Close a connection and stop this thread's models from using it."""
    DATABASE.remove(db)
    if not db.is_closed():
        db.close()


def create_database(path: Path) -> Store:
    """Create a new, empty KPIDesk file at `path` (never over an existing file)."""
    path = Path(path)
    if path.exists():
        raise StoreError(f"{path} exists already; KPIDesk will not overwrite it.")
    if not path.parent.is_dir():
        raise StoreError(f"The folder {path.parent} does not exist.")
    lock = FileLock(path)
    holder = lock.acquire()
    if holder is not None:
        raise StoreError(f"{path} is being created by {holder.describe()}.")
    # The mark goes into the main file before WAL is switched on, so a plain
    # read of the header (see header.py) sees it even before a checkpoint.
    with closing(sqlite3.connect(path)) as raw:
        raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        raw.execute(f"PRAGMA user_version = {LATEST}")
        raw.commit()
    db = _connect(path, read_only=False)
    try:
        with db.atomic():
            db.create_tables(MODELS)
            record_version(db, LATEST)
            SegmentRow.create(code="", dimension="", name="")
    except Exception:
        _disconnect(db)
        lock.release()
        path.unlink(missing_ok=True)
        raise
    path.chmod(0o600)
    return Store(db=db, location=str(path), _lock=lock)


def open_database(target: str | Path, *, read_only: bool = False) -> Store:
    """Open an existing KPIDesk file, upgrading its schema after a backup.

    A file held by another process, or written by a newer KPIDesk, opens
    read-only with the reason in `Store.read_only_reason`.
    """
    text = str(target)
    if text.startswith(("postgresql://", "postgres://")):
        raise StoreError("Team databases on PostgreSQL are not supported by this version.")
    path = Path(text)
    read_header(path)
    lock, holder, reason = None, None, ""
    if not read_only and not os.access(path, os.W_OK):
        read_only, reason = True, f"{path.name} is write-protected, so it is open read-only."
    if not read_only:
        lock = FileLock(path)
        try:
            holder = lock.acquire()
        except OSError as exc:
            holder, reason = None, f"The folder of {path.name} is not writable ({exc.strerror})."
            lock = None
        if holder is not None:
            lock = None
            reason = f"{path.name} is open in KPIDesk by {holder.describe()}."
        read_only = lock is None
    try:
        return _open_checked(path, read_only, reason, holder, lock)
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _open_checked(
    path: Path, read_only: bool, reason: str, holder: LockHolder | None, lock: FileLock | None
) -> Store:
    db: SqliteDatabase | None = None
    try:
        db = _connect(path, read_only)
        version = current_version(db)
        if version == 0:
            raise NotAKpideskFileError(
                f"{path} is marked as a KPIDesk file but has no KPIDesk tables."
            )
        # Reading a table's pages finds most damage at once, cheaply.
        db.execute_sql("SELECT COUNT(*) FROM schema_version, business").fetchone()
    except DatabaseError as exc:
        if db is not None:
            _disconnect(db)
        raise DamagedFileError(
            f"{path.name} is damaged ({exc}). Restore it from a backup "
            "(File → Restore from Backup, or kpidesk backup FILE --restore BACKUP)."
        ) from exc
    except NotAKpideskFileError:
        _disconnect(db)
        raise
    store = Store(db, str(path), read_only, reason, holder, version, _lock=lock)
    store.read_only_cause = _cause(reason, holder)
    if version > LATEST:
        store.read_only = True
        store.read_only_cause = "newer"
        store.read_only_reason = (
            f"{path.name} was saved by a newer KPIDesk (file version {version}; this version "
            f"understands up to {LATEST}). It is open read-only: update KPIDesk to change it."
        )
        _disconnect(db)
        store.db = _connect(path, read_only=True)
        if lock is not None:
            lock.release()
            store._lock = None
    elif version < LATEST:
        if read_only:
            _disconnect(db)
            raise StoreError(
                f"{path.name} needs an upgrade to open, which cannot be done read-only: {reason}"
            )
        store.backup_path = _upgrade(db, path, version)
        store.schema_version = LATEST
    return store


def _cause(reason: str, holder: LockHolder | None) -> str:
    if holder is not None:
        return "locked"
    if "write-protected" in reason:
        return "write_protected"
    return "folder" if "not writable" in reason else ""


def _upgrade(db: Database, path: Path, version: int) -> Path:
    """Back the file up, then run the migration steps; return the backup's path."""
    backup = backup_file(path, new_backup_path(backups_dir(path), path, f"v{version}"))
    run_migrations(db, version)
    db.execute_sql(f"PRAGMA user_version = {LATEST}")
    return backup


def now() -> datetime:
    """The time stamps the store writes (seconds are enough for people)."""
    return datetime.now().replace(microsecond=0)
