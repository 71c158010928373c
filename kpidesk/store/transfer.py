"""Move a business between a file and a team database, all or nothing.

`push` copies a `.kpidesk` file into an empty PostgreSQL database; `pull`
copies a team database into a new file. Every row keeps its id. The copy is
one transaction on the target: the rows are read back and compared with the
source, table by table (the row counts) and as a whole (a SHA-256 over every
value, in key order, written the same way whatever the engine), before it
commits; any difference, error or cancel rolls it back, so the database is
left empty and no file is left behind.

`progress(done, total)` is called with rows copied so far; an exception it
raises (a cancelled task's) stops the copy the same way.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from peewee import Database, Field, ForeignKeyField, Model, SqliteDatabase, sort_models

from kpidesk.store import server
from kpidesk.store.binding import DATABASE
from kpidesk.store.connection import (
    Store,
    _create_schema,
    create_database,
    open_database,
    refuse_non_empty,
)
from kpidesk.store.errors import StoreError
from kpidesk.store.migrations import LATEST
from kpidesk.store.models import MODELS

Progress = Callable[[int, int], None]
CHUNK = 5000


class TransferError(StoreError):
    """The copy failed or did not match its source; nothing was kept."""


@dataclass(frozen=True)
class TransferReport:
    """What was copied: rows per table and the checksum both sides agree on."""

    source: str
    target: str
    counts: dict[str, int] = field(default_factory=dict)
    checksum: str = ""

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def push(
    file: str | Path,
    url: str,
    *,
    password: str | None = None,
    progress: Progress | None = None,
) -> TransferReport:
    """Copy the business in `file` into the empty PostgreSQL database at `url`."""
    if not server.is_server_url(url):
        raise StoreError(f"{url} is not a postgresql:// URL.")
    source = _open_source(file)
    try:
        address = server.parse_url(url)
        db = server.connect(address, password, read_only=False)
        DATABASE.push(db)
        try:
            with server.migration_lock(db), db.atomic():
                refuse_non_empty(db, address.display_name)
                _create_schema(db, seed=False)
                report = _copy(source, db, address.display_name, progress)
                _reset_sequences(db)
        finally:
            DATABASE.remove(db)
            db.close()
    finally:
        source.close()
    return report


def pull(
    url: str,
    file: str | Path,
    *,
    password: str | None = None,
    progress: Progress | None = None,
) -> TransferReport:
    """Copy the team database at `url` into a new file (never over an existing one)."""
    path = Path(file)
    if path.exists():
        raise StoreError(f"{path} exists already; KPIDesk will not overwrite it.")
    source = open_database(url, read_only=True, password=password)
    partial = path.with_name(path.name + ".partial")
    try:
        if source.schema_version != LATEST:
            raise StoreError(
                f"{source.display_name} has schema {source.schema_version}; this KPIDesk "
                f"writes files with schema {LATEST}. Use the same KPIDesk version as the team."
            )
        partial.unlink(missing_ok=True)
        with create_database(partial) as target, target.db.atomic():
            # A copy brings its own version row and total segment.
            target.db.execute_sql("DELETE FROM segment")
            target.db.execute_sql("DELETE FROM schema_version")
            report = _copy(source, target.db, str(path), progress)
        # A hard link never replaces a file that appeared meanwhile.
        os.link(partial, path)
    except FileExistsError:
        raise StoreError(f"{path} exists already; KPIDesk will not overwrite it.") from None
    finally:
        source.close()
        partial.unlink(missing_ok=True)
    return report


def _open_source(file: str | Path) -> Store:
    store = open_database(file, read_only=True)
    if store.schema_version != LATEST:
        store.close()
        raise StoreError(
            f"{file} has schema {store.schema_version}, not {LATEST}: open it once in this "
            "KPIDesk (which upgrades it), then copy it."
        )
    return store


@dataclass(frozen=True)
class _Table:
    name: str
    fields: list[Field]
    key: str
    self_refs: list[int]
    """Positions of foreign keys into the same table (written after all rows exist)."""

    @property
    def columns(self) -> str:
        return ", ".join(f'"{f.column_name}"' for f in self.fields)


def _tables() -> list[_Table]:
    tables = []
    for model in sort_models(list(MODELS)):
        fields = list(model._meta.sorted_fields)
        self_refs = [
            i
            for i, f in enumerate(fields)
            if isinstance(f, ForeignKeyField) and f.rel_model is model
        ]
        tables.append(_Table(model._meta.table_name, fields, _key(model), self_refs))
    return tables


def _key(model: type[Model]) -> str:
    return model._meta.primary_key.column_name


def _copy(source: Store, target: Database, name: str, progress: Progress | None) -> TransferReport:
    """Copy every table inside the caller's transaction on `target`, then compare."""
    tables = _tables()
    to_sqlite = isinstance(target, SqliteDatabase)
    counts: dict[str, int] = {}
    with source.db.atomic():
        if source.engine == "postgresql":  # one consistent snapshot of every table
            source.db.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        total = sum(_count(source.db, t.name) for t in tables)
        done = 0
        digest = hashlib.sha256()
        for table in tables:
            counts[table.name] = 0
            for rows in _read(source.db, table):
                _write(target, table, rows, to_sqlite)
                for row in rows:
                    _hash_row(digest, table.name, row)
                counts[table.name] += len(rows)
                done += len(rows)
                if progress is not None:
                    progress(done, total)
    checksum = digest.hexdigest()
    _verify(target, tables, counts, checksum, name)
    return TransferReport(source.display_name, name, counts, checksum)


def _count(db: Database, table: str) -> int:
    return db.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]


def _read(db: Database, table: _Table) -> Iterator[list[tuple]]:
    """Rows in key order, as Python values (dates, not SQLite's text), CHUNK at a time."""
    last = None
    p = db.param
    while True:
        where = f' WHERE "{table.key}" > {p}' if last is not None else ""
        cursor = db.execute_sql(
            f'SELECT {table.columns} FROM "{table.name}"{where} '
            f'ORDER BY "{table.key}" LIMIT {CHUNK}',
            (last,) if last is not None else (),
        )
        raw = cursor.fetchall()
        if not raw:
            return
        key_at = [f.column_name for f in table.fields].index(table.key)
        last = raw[-1][key_at]
        yield [
            tuple(f.python_value(v) for f, v in zip(table.fields, row, strict=True)) for row in raw
        ]


def _write(db: Database, table: _Table, rows: list[tuple], to_sqlite: bool) -> None:
    stored = [tuple(_sqlite_value(v) for v in row) if to_sqlite else row for row in rows]
    if table.self_refs:
        stored = [
            tuple(None if i in table.self_refs else v for i, v in enumerate(row)) for row in stored
        ]
    p = db.param
    marks = ", ".join([p] * len(table.fields))
    db.cursor().executemany(
        f'INSERT INTO "{table.name}" ({table.columns}) VALUES ({marks})', stored
    )
    key_at = [f.column_name for f in table.fields].index(table.key)
    for i in table.self_refs:
        column = table.fields[i].column_name
        pairs = [(row[i], row[key_at]) for row in rows if row[i] is not None]
        if pairs:
            db.cursor().executemany(
                f'UPDATE "{table.name}" SET "{column}" = {p} WHERE "{table.key}" = {p}', pairs
            )


def _sqlite_value(value: object) -> object:
    """The text the store itself writes into a file for dates and times."""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def _canonical(value: object) -> str:
    """One spelling per value on both engines: exact floats, ISO dates, 0/1 booleans."""
    if value is None:
        return "∅"
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, float):
        return value.hex()
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return repr(value)


def _hash_row(digest: hashlib._Hash, table: str, row: tuple) -> None:
    digest.update(("\x1e".join([table, *map(_canonical, row)]) + "\x1f").encode())


def _verify(
    db: Database, tables: list[_Table], counts: dict[str, int], checksum: str, name: str
) -> None:
    """Read the copy back (still in its transaction) and compare it with the source."""
    digest = hashlib.sha256()
    for table in tables:
        stored = _count(db, table.name)
        if stored != counts[table.name]:
            raise TransferError(
                f"Copying to {name} failed: {table.name} has {stored} rows, the source "
                f"{counts[table.name]}. Nothing was kept."
            )
        for rows in _read(db, table):
            for row in rows:
                _hash_row(digest, table.name, row)
    if digest.hexdigest() != checksum:
        raise TransferError(
            f"Copying to {name} failed: the copied values differ from the source "
            "(checksums do not match). Nothing was kept."
        )


def _reset_sequences(db: Database) -> None:
    """New rows on the server continue after the copied ids."""
    for model in MODELS:
        if _key(model) != "id":
            continue
        table = model._meta.table_name
        db.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
            f'COALESCE(MAX(id), 0) + 1, false) FROM "{table}"'
        )


def checksum(store: Store) -> tuple[dict[str, int], str]:
    """Rows per table and the transfer checksum of a business, for comparing copies."""
    digest = hashlib.sha256()
    counts = {}
    with store.db.atomic():
        for table in _tables():
            counts[table.name] = 0
            for rows in _read(store.db, table):
                counts[table.name] += len(rows)
                for row in rows:
                    _hash_row(digest, table.name, row)
    return counts, digest.hexdigest()
