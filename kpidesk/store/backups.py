"""The backups of a file: list them, take the daily one, restore one.

Automatic backups are named ``<stem>-<YYYYmmdd-HHMMSS>-auto.kpidesk`` and
thinned by `kpidesk.domain.retention`; backups taken by hand, before an
upgrade or before a restore carry other labels and are never thinned away.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kpidesk.domain.retention import Retention, backups_to_keep
from kpidesk.locations import backups_dir
from kpidesk.store.backup import backup_file, new_backup_path, read_only_uri
from kpidesk.store.check import check_file
from kpidesk.store.errors import StoreError
from kpidesk.store.lock import FileLock

log = logging.getLogger(__name__)
AUTO = "auto"
DEFAULT_RETENTION = Retention()
_NAME = re.compile(r"-(\d{8}-\d{6})(?:-([\w.-]+))?\.kpidesk$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    label: str
    goals: int | None = None
    kpis: int | None = None
    values: int | None = None


def _parse(path: Path, stem: str) -> BackupInfo | None:
    if not path.name.startswith(stem + "-"):
        return None
    match = _NAME.search(path.name[len(stem) :])
    if match is None:
        return None
    taken = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
    return BackupInfo(path, taken, match.group(2) or "")


def _counts(path: Path) -> tuple[int | None, int | None, int | None]:
    try:
        with closing(sqlite3.connect(read_only_uri(path), uri=True)) as db:
            return tuple(
                db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in ("goal", "kpi", "measurement")
            )  # type: ignore[return-value]
    except sqlite3.DatabaseError:
        return None, None, None


def list_backups(database: Path, *, with_counts: bool = False) -> list[BackupInfo]:
    """The backups of `database`, newest first."""
    found = [
        info
        for p in backups_dir(database).glob("*.kpidesk")
        if (info := _parse(p, database.stem)) is not None
    ]
    found.sort(key=lambda b: b.taken_at, reverse=True)
    if with_counts:
        found = [BackupInfo(b.path, b.taken_at, b.label, *_counts(b.path)) for b in found]
    return found


def daily_backup(
    database: Path, now: datetime | None = None, rule: Retention = DEFAULT_RETENTION
) -> Path | None:
    """Take today's automatic backup unless there is one; thin the old ones."""
    now = now or datetime.now()
    autos = [b for b in list_backups(database) if b.label == AUTO]
    if any(b.taken_at.date() == now.date() for b in autos):
        return None
    path = backup_file(database, new_backup_path(backups_dir(database), database, AUTO, now))
    keep = backups_to_keep([b.taken_at for b in autos] + [now.replace(microsecond=0)], rule)
    for old in autos:
        if old.taken_at not in keep:
            old.path.unlink(missing_ok=True)
    return path


def restore(database: Path, backup: Path) -> Path:
    """Replace `database` by `backup`, keeping the current file as ``*.before-restore``.

    The backup is checked first; nobody may have the file open. Returns the
    path of the kept current file.
    """
    report = check_file(backup)
    if not report.ok:
        raise StoreError(f"The backup {backup.name} is not usable: {report.errors[0]}")
    lock = FileLock(database)
    holder = lock.acquire()
    if holder is not None:
        raise StoreError(
            f"{database.name} is open in KPIDesk by {holder.describe()}; "
            "close it there before restoring."
        )
    try:
        return _swap_in(database, backup)
    finally:
        lock.release()


def _swap_in(database: Path, backup: Path) -> Path:
    kept = database.with_name(database.name + ".before-restore")
    if kept.exists():
        kept = kept.with_name(f"{kept.name}-{datetime.now():%Y%m%d-%H%M%S}")
    incoming = database.with_name(database.name + ".restoring")
    incoming.unlink(missing_ok=True)
    backup_file(backup, incoming)
    if database.exists():
        try:  # a consistent copy, with whatever its -wal file still held
            backup_file(database, kept)
            # …and one among the backups, so it can be restored like any other.
            backup_file(
                database, new_backup_path(backups_dir(database), database, "before-restore")
            )
        except StoreError:  # damaged: keep the bytes exactly as they are
            shutil.copy2(database, kept)
    # The old file's -wal/-shm must never be applied to the restored file.
    for suffix in ("-wal", "-shm"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    os.replace(incoming, database)
    log.info("restored %s from %s; previous file kept as %s", database, backup, kept)
    return kept


def check_and_back_up(database: Path, now: datetime | None = None) -> Path | None:
    """The daily look after a file: read every page, then take the daily backup.

    A damaged file raises DamagedFileError and is not backed up, so the
    good backups stay the newest ones.
    """
    from kpidesk.store.errors import DamagedFileError

    with closing(sqlite3.connect(read_only_uri(database), uri=True)) as db:
        try:
            verdict = db.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            verdict = str(exc)
    if verdict != "ok":
        raise DamagedFileError(
            f"{database.name} is damaged ({verdict}). Restore it from a backup "
            "(File → Restore from Backup, or kpidesk backup FILE --restore BACKUP)."
        )
    return daily_backup(database, now)
