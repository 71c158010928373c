"""Open a KPIDesk database: recognise, lock, upgrade and configure it.

`open_database` is the one way in, for the app, the command line and the
tests alike. It returns a `Store`, which owns the connection and is handed to
the query functions of this package. A `.kpidesk` file is SQLite; a
`postgresql://` URL is a team database on a server (see server.py), with the
same tables and the same query functions.
"""

from __future__ import annotations

import getpass
import logging
import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from peewee import Database, DatabaseError, IntegrityError, OperationalError, SqliteDatabase

from kpidesk.locations import backups_dir
from kpidesk.store import server
from kpidesk.store.backup import backup_file, new_backup_path, read_only_uri
from kpidesk.store.binding import DATABASE
from kpidesk.store.errors import (
    DamagedFileError,
    NotAKpideskFileError,
    PermissionDeniedError,
    ReadOnlyError,
    StoreError,
)
from kpidesk.store.header import APPLICATION_ID, read_header
from kpidesk.store.lock import FileLock, LockHolder
from kpidesk.store.migrations import LATEST, current_version, record_version, run_migrations
from kpidesk.store.models import MODELS, SegmentRow

log = logging.getLogger(__name__)


def integrity_errors() -> tuple[type[Exception], ...]:
    """A broken constraint, as Peewee or either driver's raw cursor raises it."""
    driver = sys.modules.get("psycopg")  # loaded once a team database is opened
    extra = (driver.IntegrityError,) if driver is not None else ()
    return (sqlite3.IntegrityError, IntegrityError, *extra)


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
    "write_protected", "folder", "viewer" (a team database's viewer) or ""
    (asked for, or not read-only)."""
    role: str = "owner"
    """What this user may do: "owner", "editor" or "viewer" (a file: always "owner")."""
    _lock: FileLock | None = None

    @property
    def path(self) -> Path | None:
        """The database file, or None for a server database."""
        return Path(self.location) if isinstance(self.db, SqliteDatabase) else None

    @property
    def engine(self) -> str:
        """ "sqlite" for a file, "postgresql" for a team database."""
        return "sqlite" if isinstance(self.db, SqliteDatabase) else "postgresql"

    @property
    def display_name(self) -> str:
        """The file's path, or user@host:port/db for a team database (never a password)."""
        return self.location

    def editable_kpi_ids(self) -> set[int] | None:
        """The KPIs whose values this user may write: None for all, a set for an editor."""
        if self.role == "owner":
            return None
        if self.role == "viewer":
            return set()
        return server.editable_kpis(self.db)

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
                    if self.engine == "postgresql" and self.db.transaction_depth() == 1:
                        server.begin_write(self.db, self.user)
                    yield
                except BaseException as exc:
                    failure = exc
                    raise
        except (OperationalError, sqlite3.OperationalError) as exc:
            error = self._failed_write(failure, exc)
            if error is exc:
                raise
            raise error from exc
        except Exception as exc:
            # The server's refusal, whether Peewee wrapped it or a raw cursor raised it.
            refused = server.refusal(exc, self.role)
            if refused is not None:
                raise refused from None
            raise

    def _failed_write(self, failure: BaseException | None, exc: Exception) -> BaseException:
        """The error to raise for a failed write: the owner needs the first one."""
        refused = server.refusal(exc, self.role)
        if refused is not None:
            return refused
        if server.sqlstate(exc) == server.LOCK_NOT_AVAILABLE:
            return StoreError(
                "Nothing was saved: someone else's save to the team database took too long. "
                "Try again."
            )
        # SQLite may already have rolled back (a full disk does), so the
        # rollback itself fails; the owner needs the first error, not that one.
        cause = failure or exc
        if self.db.transaction_depth() > 0:
            return exc
        self._end_abandoned_transaction()
        if isinstance(cause, StoreError):
            return cause
        return StoreError(_write_failure(cause))

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
        """Read every page (PRAGMA quick_check); DamagedFileError if any is damaged.

        A server keeps its own pages sound; there every table is read once.
        """
        if self.engine == "postgresql":
            for table in self.db.get_tables():
                self.db.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()
            return
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


def _create_schema(db: Database, *, seed: bool = True) -> None:
    """The tables of a new business at the latest schema, in one transaction.

    `seed` adds what every new business starts with (the schema version, the
    total segment); a copy of a business brings its own rows instead.
    """
    with db.atomic():
        db.create_tables(MODELS)
        if seed:
            record_version(db, LATEST)
            SegmentRow.create(code="", dimension="", name="")


def create_database(target: str | Path, *, password: str | None = None) -> Store:
    """Create a new, empty KPIDesk file at `target` (never over an existing file).

    A postgresql:// URL creates the tables in that database, which must have
    none of KPIDesk's yet.
    """
    if server.is_server_url(target):
        return _create_on_server(str(target), password)
    path = Path(target)
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
        _create_schema(db)
    except Exception:
        _disconnect(db)
        lock.release()
        path.unlink(missing_ok=True)
        raise
    path.chmod(0o600)
    return Store(db=db, location=str(path), _lock=lock)


def open_database(
    target: str | Path, *, read_only: bool = False, password: str | None = None
) -> Store:
    """Open an existing KPIDesk file, upgrading its schema after a backup.

    A file held by another process, or written by a newer KPIDesk, opens
    read-only with the reason in `Store.read_only_reason`. A postgresql:// URL
    opens a team database (`password` overrides one in the URL); a viewer's
    opens read-only.
    """
    text = str(target)
    if server.is_server_url(text):
        return _open_on_server(text, read_only, password)
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


def _connect_server(url: str, password: str | None, read_only: bool) -> tuple[Database, str]:
    address = server.parse_url(url)
    db = server.connect(address, password, read_only=read_only)
    DATABASE.push(db)
    return db, address.display_name


def _create_on_server(url: str, password: str | None) -> Store:
    db, name = _connect_server(url, password, read_only=False)
    try:
        with server.migration_lock(db):
            refuse_non_empty(db, name)
            _create_schema(db)
        user = db.execute_sql("SELECT current_user").fetchone()[0]
    except Exception as exc:
        _disconnect(db)
        refused = server.refusal(exc, "owner")
        if refused is not None:
            raise refused from None
        raise
    return Store(db=db, location=name, user=user)


def refuse_non_empty(db: Database, name: str) -> None:
    """StoreError unless the database has no tables at all: a business is never overwritten."""
    found = db.get_tables()
    if found:
        kpidesk = {m._meta.table_name for m in MODELS}
        what = "a KPIDesk business" if kpidesk & set(found) else f"tables ({', '.join(found[:3])})"
        raise StoreError(
            f"{name} is not empty: it holds {what}. KPIDesk copies a business only into an "
            "empty database, so nothing there is overwritten."
        )


def _open_on_server(url: str, read_only: bool, password: str | None) -> Store:
    db, name = _connect_server(url, password, read_only)
    try:
        version = current_version(db)
        if version == 0:
            raise NotAKpideskFileError(
                f"{name} holds no KPIDesk business yet; copy one there first "
                "(kpidesk team push FILE URL)."
            )
        user, role = server.login(db)
        store = Store(db, name, read_only, schema_version=version, user=user, role=role)
        if version > LATEST:
            store.read_only, store.read_only_cause = True, "newer"
            store.read_only_reason = (
                f"{name} was saved by a newer KPIDesk (schema {version}; this version "
                f"understands up to {LATEST}). It is open read-only: update KPIDesk to change it."
            )
        elif version < LATEST:
            if read_only:
                raise StoreError(f"{name} needs an upgrade, which cannot be done read-only.")
            server.upgrade(db)
            store.schema_version = LATEST
        if store.role == "viewer" and not store.read_only:
            store.read_only, store.read_only_cause = True, "viewer"
            store.read_only_reason = (
                f"You are a viewer of {name}: you can look at everything, but not change it."
            )
    except Exception as exc:
        _disconnect(db)
        if server.sqlstate(exc) == server.INSUFFICIENT_PRIVILEGE:
            raise PermissionDeniedError(
                f"{name}: the server refused access. Ask the business's owner to add you "
                "to its team (kpidesk team add-user)."
            ) from None
        raise
    return store


def now() -> datetime:
    """The time stamps the store writes (seconds are enough for people)."""
    return datetime.now().replace(microsecond=0)
