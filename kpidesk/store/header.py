"""Recognise a KPIDesk file by its SQLite header, without opening it.

Reading the header with plain file I/O guarantees a wrong file is refused
byte-for-byte untouched: SQLite itself may write to a file it opens.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kpidesk.store.errors import NotAKpideskFileError

APPLICATION_ID = 0x4B504944
"""SQLite `application_id` marking KPIDesk files ("KPID")."""

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


@dataclass(frozen=True)
class Header:
    application_id: int
    user_version: int
    page_size: int


def read_header(path: Path) -> Header:
    """The header of a KPIDesk file; NotAKpideskFileError with one clear sentence otherwise."""
    try:
        with path.open("rb") as handle:
            data = handle.read(HEADER_SIZE)
    except FileNotFoundError:
        raise NotAKpideskFileError(f"{path} does not exist.") from None
    except IsADirectoryError:
        raise NotAKpideskFileError(f"{path} is a folder, not a KPIDesk file.") from None
    except PermissionError:
        raise NotAKpideskFileError(f"{path} cannot be read: permission denied.") from None
    if not data:
        raise NotAKpideskFileError(f"{path} is empty (0 bytes), not a KPIDesk file.")
    if not data.startswith(SQLITE_MAGIC):
        raise NotAKpideskFileError(f"{path} is not a KPIDesk file (it is not a database at all).")
    if len(data) < HEADER_SIZE:
        raise NotAKpideskFileError(f"{path} is damaged: its header is cut short.")
    application_id = int.from_bytes(data[68:72], "big")
    if application_id != APPLICATION_ID:
        raise NotAKpideskFileError(f"{path} is a database of another program, not a KPIDesk file.")
    page_size = int.from_bytes(data[16:18], "big")
    return Header(
        application_id=application_id,
        user_version=int.from_bytes(data[60:64], "big"),
        page_size=65536 if page_size == 1 else page_size,
    )
