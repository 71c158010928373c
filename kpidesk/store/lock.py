"""One writer per file: a lock file beside the database that says who holds it.

The lock file holds the holder's host, pid, user and start time. Liveness is
decided by an OS advisory lock on that file, which the OS drops when the holder
dies, so a lock left by a killed process is taken over without asking.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

try:  # POSIX
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt


@dataclass(frozen=True)
class LockHolder:
    host: str
    pid: int
    user: str
    since: str

    def describe(self) -> str:
        """One line naming the holder, for messages."""
        return f"{self.user} on {self.host} (process {self.pid}) since {self.since}"


def lock_path(database: Path) -> Path:
    """The lock file of a database file."""
    return database.with_name(database.name + ".lock")


def _try_os_lock(fd: int) -> bool:
    """Take the advisory lock on an open file without waiting."""
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:  # pragma: no cover - Windows
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError:
        return False
    return True


def _read_holder(path: Path) -> LockHolder | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        host, pid, user, since = data["host"], data["pid"], data["user"], data["since"]
        return LockHolder(str(host), int(pid), str(user), str(since))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def lock_holder(database: Path) -> LockHolder | None:
    """Who holds the write lock of `database` now, without taking it (None: nobody)."""
    path = lock_path(database)
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return None  # no lock file (or none we may open): nobody holds it
    try:
        if _try_os_lock(fd):
            return None  # closing the file below lets go of the lock again
        return _read_holder(path) or LockHolder("?", 0, "another program", "?")
    finally:
        os.close(fd)


class FileLock:
    """The write lock on one database file; `acquire()` says who has it otherwise."""

    def __init__(self, database: Path) -> None:
        self.path = lock_path(database)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> LockHolder | None:
        """Take the lock; return None on success or the live holder if another has it."""
        for _attempt in range(5):
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            if not _try_os_lock(fd):
                os.close(fd)
                return _read_holder(self.path) or LockHolder("?", 0, "another program", "?")
            if _same_file(fd, self.path):
                break
            # The holder removed the file between our open and our lock: the lock
            # we got is on an orphan, so start again on the new file.
            os.close(fd)
        else:  # pragma: no cover - needs a pathological race
            return LockHolder("?", 0, "another program", "?")
        import socket  # taking the lock only: a look at who holds it needs none

        me = {
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "user": _user(),
            "since": datetime.now().isoformat(timespec="seconds"),
        }
        # Overwrite in place: replacing the file would drop our advisory lock.
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps(me).encode("utf-8"))
        os.fsync(fd)
        self._fd = fd
        return None

    def release(self) -> None:
        """Give the lock up and remove the lock file."""
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            self.path.unlink()
        os.close(self._fd)
        self._fd = None


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except OSError:
        return False


def _user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"
