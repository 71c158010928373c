"""Team databases on PostgreSQL: the address, the connection, the user's role.

A team database is named by a URL, `postgresql://user@host:port/dbname`
(`?sslmode=require` and other libpq parameters may follow). The password comes
from the URL or, as the app passes it from the keyring, as an argument; it is
handed to the driver and never put into a message, a log or `display_name`.

Everything else about the two engines is the same store: these helpers are
the few places where PostgreSQL needs its own SQL.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from hashlib import sha1

from peewee import Database, PostgresqlDatabase, Psycopg3Adapter

from kpidesk.store.errors import MigrationError, PermissionDeniedError, StoreError
from kpidesk.store.migrations import LATEST, current_version, run_migrations

SCHEMES = ("postgresql://", "postgres://")
CHANNEL = "kpidesk_changes"
"""NOTIFY channel: every committed write announces itself here."""
WRITE_LOCK = 0x4B504944  # "KPID": one writer at a time, like SQLite's BEGIN IMMEDIATE
MIGRATION_LOCK = 0x4B504945
WRITE_WAIT = "5s"
"""How long a write waits for another client's (SQLite's busy timeout, on the server)."""
LOCK_NOT_AVAILABLE = "55P03"
ROLES = ("owner", "editor", "viewer")
ACCESS_TABLE = "team_kpi_access"
"""Team mode only (made by `kpidesk team init`): which KPIs each editor may write."""
INSUFFICIENT_PRIVILEGE = "42501"


def is_server_url(target: object) -> bool:
    """True for a `postgresql://` URL, False for a file path."""
    return str(target).startswith(SCHEMES)


@dataclass(frozen=True)
class ServerAddress:
    """Where a team database is; the password is kept out of repr and display."""

    dbname: str
    user: str = ""
    host: str = ""
    port: str = ""
    options: dict[str, str] = field(default_factory=dict)
    password: str = field(default="", repr=False)

    @property
    def display_name(self) -> str:
        """user@host:port/db: what a person reads in a title bar or a message."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        where = f"{host or 'localhost'}:{self.port or 5432}/{self.dbname}"
        return f"{self.user}@{where}" if self.user else where

    def connect_params(self, password: str | None = None) -> dict[str, str]:
        """Keyword arguments for psycopg.connect (a given password wins over the URL's)."""
        params = {"dbname": self.dbname, **self.options}
        for name in ("user", "host", "port"):
            if getattr(self, name):
                params[name] = getattr(self, name)
        secret = password if password is not None else self.password
        if secret:
            params["password"] = secret
        params.setdefault("connect_timeout", "10")
        params.setdefault("application_name", "KPIDesk")
        return params


def parse_url(url: str) -> ServerAddress:
    """Read a postgresql:// URL; StoreError naming what is wrong (never the password)."""
    if not is_server_url(url):
        raise StoreError("A team database is given as postgresql://user@host:port/database.")
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    try:
        parts = conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        raise StoreError(
            "The team database address is not a valid postgresql:// URL "
            "(postgresql://user@host:port/database)."
        ) from None
    dbname = parts.pop("dbname", "")
    if not dbname:
        raise StoreError("The team database address names no database (…/database at the end).")
    return ServerAddress(
        dbname=dbname,
        user=parts.pop("user", ""),
        host=parts.pop("host", ""),
        port=str(parts.pop("port", "")),
        password=parts.pop("password", ""),
        options={k: str(v) for k, v in parts.items()},
    )


class _Driver(Psycopg3Adapter):
    """Peewee's psycopg 3 adapter, with the driver loaded now rather than with Peewee."""

    def __init__(self) -> None:
        import psycopg
        from psycopg.pq import TransactionStatus

        self.psycopg = psycopg
        self.txn_idle = TransactionStatus.IDLE
        self.txn_inerror = TransactionStatus.INERROR
        self.txn_unknown = TransactionStatus.UNKNOWN
        super().__init__()

    def check_driver(self) -> None:
        pass  # loaded in __init__

    def get_binary_type(self) -> type:
        return self.psycopg.Binary

    def connect(self, db: Database, **params: object) -> object:
        return self.psycopg.connect(**params)


class TeamDatabase(PostgresqlDatabase):
    """Peewee's PostgreSQL database on psycopg 3 (see `kpidesk/store/__init__.py`)."""

    def init(self, database: str, **kwargs: object) -> None:
        super().init(database, **kwargs)
        self._adapter = _Driver()


def connect(address: ServerAddress, password: str | None, *, read_only: bool) -> Database:
    """An open connection, or StoreError saying why not (the password scrubbed)."""
    params = address.connect_params(password)
    if read_only:  # the server refuses every write of the session, not only the store
        params["options"] = f"{params.get('options', '')} -c default_transaction_read_only=on"
    db = TeamDatabase(address.dbname, **params)
    try:
        db.connect()
    except Exception as exc:
        if not db.is_closed():
            db.close()
        secret = password or address.password
        text = scrub(_first_line(exc), secret)
        raise StoreError(f"Could not connect to {address.display_name}: {text}") from None
    return db


def _first_line(exc: BaseException) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[0] if lines else type(exc).__name__


def scrub(text: str, secret: str | None) -> str:
    """The text with a password replaced, should a driver ever echo it."""
    return text.replace(secret, "***") if secret else text


def sqlstate(exc: BaseException) -> str | None:
    """The SQLSTATE of a driver error anywhere in an exception's chain (Peewee wraps them)."""
    seen: set[int] = set()
    pending: list[object] = [exc]
    while pending:
        current = pending.pop()
        if not isinstance(current, BaseException) or id(current) in seen:
            continue
        seen.add(id(current))
        state = getattr(current, "sqlstate", None)
        if state:
            return state
        pending += [current.__cause__, current.__context__, *current.args[:1]]
    return None


def refusal(exc: BaseException, role: str) -> PermissionDeniedError | None:
    """A PermissionDeniedError for a server's refusal (SQLSTATE 42501), else None."""
    if isinstance(exc, PermissionDeniedError):  # already explained (a nested write)
        return exc
    if sqlstate(exc) != INSUFFICIENT_PRIVILEGE:
        return None
    detail = _first_line(exc)
    match = re.search(r'(?:table|relation) "?(\w+)"?', detail)
    table = match.group(1) if match else ""
    what = _REFUSED.get(table, "this change")
    why = f"your role ({role}) does not allow it"
    if role == "editor" and table in ("measurement", "value_tag"):
        why = "as an editor you may change only the values of the KPIs you were granted"
    return PermissionDeniedError(
        f"The team database refused {what}: {why}. Nothing was saved. "
        f"Ask the business's owner for access. (Server: {detail})"
    )


_REFUSED = {
    "measurement": "writing these values",
    "value_tag": "changing the causes of this value",
    "target": "changing targets",
    "kpi": "changing KPIs",
    "goal": "changing goals",
    "goal_kpi": "changing goals",
    "change_log": "recording the change",
    "business": "changing the business",
    ACCESS_TABLE: "changing who may edit which KPI",
}


def team_roles(dbname: str) -> dict[str, str]:
    """The group roles of one business's team: owner, editor, viewer and admin.

    Role names are per server, so they carry the database's name (two
    businesses on one server keep their teams apart); names PostgreSQL would
    quote, or too long for it, get a short hash instead of the rest.
    """
    base = re.sub(r"[^a-z0-9_]", "_", dbname.lower())[:30]
    if base != dbname or not base[:1].isalpha():
        base = f"{base[:23]}_{sha1(dbname.encode()).hexdigest()[:6]}"
    return {name: f"kpidesk_{base}_{name}" for name in (*ROLES, "admin")}


def login(db: Database) -> tuple[str, str]:
    """(login name, role) of this connection, in one round trip.

    The role is owner, editor or viewer by membership of the team's group
    roles. Outside team mode (no team roles) and for the database's
    administrators (superuser, or a member of the tables' owner) it is "owner".
    """
    names = team_roles(db.database)
    p = db.param
    marks = ", ".join([p] * len(names))
    user, superuser, found, member = db.execute_sql(
        "SELECT current_user, current_setting('is_superuser') = 'on', "
        f"ARRAY(SELECT rolname FROM pg_roles WHERE rolname IN ({marks})), "
        f"ARRAY(SELECT rolname FROM pg_roles WHERE rolname IN ({marks}) "
        "AND pg_has_role(current_user, oid, 'MEMBER'))",
        [*names.values(), *names.values()],
    ).fetchone()
    if not found or names["admin"] in member or superuser:
        return user, "owner"
    return user, next((role for role in ROLES if names[role] in member), "viewer")


def is_superuser(db: Database) -> bool:
    """Whether the login is a superuser (team set-up and tests need one)."""
    return db.execute_sql("SELECT current_setting('is_superuser')").fetchone()[0] == "on"


def editable_kpis(db: Database) -> set[int]:
    """The KPIs the current login is granted as an editor."""
    if not db.table_exists(ACCESS_TABLE):
        return set()
    rows = db.execute_sql(f"SELECT kpi_id FROM {ACCESS_TABLE} WHERE member = current_user")
    return {kpi_id for (kpi_id,) in rows}


def begin_write(db: Database, who: str) -> None:
    """One writer at a time, and tell listeners when this transaction commits.

    The transaction-level advisory lock gives PostgreSQL SQLite's
    BEGIN IMMEDIATE: every read inside a write sees all earlier commits, so a
    version check and the write after it cannot interleave with another
    client's. A write waits at most WRITE_WAIT for another to finish, like
    SQLite's busy timeout. NOTIFY is delivered at COMMIT only, never for a
    rollback.
    """
    p = db.param
    db.execute_sql(
        # Evaluated left to right: the wait limit applies to the lock after it.
        f"SELECT set_config('lock_timeout', {p}, true), pg_advisory_xact_lock({WRITE_LOCK}), "
        f"pg_notify({p}, {p})",
        (WRITE_WAIT, CHANNEL, who),
    )


@contextmanager
def migration_lock(db: Database) -> Iterator[None]:
    """Only one client at a time creates or upgrades the tables (a session advisory lock)."""
    db.execute_sql(f"SELECT pg_advisory_lock({MIGRATION_LOCK})")
    try:
        yield
    finally:
        db.execute_sql(f"SELECT pg_advisory_unlock({MIGRATION_LOCK})")


def upgrade(db: Database) -> list[int]:
    """Bring the tables to the latest schema, exactly once however many clients start.

    Each client waits for the lock, then reads the version again: the first
    migrates, the others find nothing left to do. There is no file to back up
    on a server (its administrator's pg_dump does that), so only someone who
    may alter the tables — their owner, or a member of the team's admin role
    — upgrades; everyone else is told to ask them. New tables get the team's
    grants and row security at once.
    """
    with migration_lock(db):
        version = current_version(db)
        if version >= LATEST:
            return []
        owner = db.execute_sql(
            "SELECT tableowner FROM pg_tables "
            "WHERE schemaname = current_schema() AND tablename = 'schema_version'"
        ).fetchone()[0]
        may_alter = db.execute_sql(
            f"SELECT pg_has_role(current_user, {db.param}, 'MEMBER')", (owner,)
        ).fetchone()[0]
        if not may_alter:
            raise MigrationError(
                f"The team database is at schema {version} and this KPIDesk needs {LATEST}. "
                "Its administrator must upgrade it: open it once with the account that set "
                "it up (the one that ran `kpidesk team init`)."
            )
        # Tables made by the steps belong to the same owner as the others.
        db.execute_sql(f'SET ROLE "{owner}"')
        try:
            applied = run_migrations(db, version)
            if db.table_exists(ACCESS_TABLE):
                from kpidesk.store.team import secure_tables

                secure_tables(db)
        finally:
            db.execute_sql("RESET ROLE")
        return applied
