"""Team mode: roles, grants and row-level security for a business on PostgreSQL.

`kpidesk team init URL` (with an administrator's URL) turns a database into
a team database; `kpidesk team add-user` gives a person a login with one of
three roles. The server enforces them, whatever a client does:

- owner: reads and changes everything;
- editor: reads everything; writes values, their comments and cause tags
  only for the KPIs they are granted (`team_kpi_access`), and change-log
  rows in their own name;
- viewer: reads everything, changes nothing.

The tables belong to a NOLOGIN admin role, never to a login the app uses, and
row security is forced, so no app login can switch it off or bypass it. Group
role names carry the database's name (`server.team_roles`), so two businesses
on one server keep their teams apart.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from peewee import Database
from psycopg import sql

from kpidesk.store import server
from kpidesk.store.connection import open_database
from kpidesk.store.errors import PermissionDeniedError, StoreError
from kpidesk.store.models import MODELS

ACCESS = server.ACCESS_TABLE
VALUE_TABLES = ("measurement", "value_tag")
"""Rows keyed by KPI that an editor writes for their KPIs (values, comments, causes)."""
_MAY_EDIT = f"kpi_id IN (SELECT a.kpi_id FROM {ACCESS} a WHERE a.member = current_user)"
# What an editor may write beyond SELECT, per table: the policies are below.
_EDITOR_WRITES = {
    "measurement": "INSERT, UPDATE, DELETE",
    "value_tag": "INSERT, UPDATE, DELETE",
    "change_log": "INSERT",
}


@dataclass(frozen=True)
class TeamSetup:
    """What `init_team` did, for the command line to report."""

    display_name: str
    roles: dict[str, str]


def _ident(name: str) -> sql.Composable:
    return sql.Identifier(name)


def _run(db: Database, statement: sql.Composable) -> None:
    db.execute_sql(statement.as_string(db.connection()))


def _exists(db: Database, role: str) -> bool:
    query = f"SELECT 1 FROM pg_roles WHERE rolname = {db.param}"
    return db.execute_sql(query, (role,)).fetchone() is not None


def _kpidesk_tables(db: Database) -> list[str]:
    wanted = {model._meta.table_name for model in MODELS} | {ACCESS}
    return [t for t in db.get_tables() if t in wanted]


def init_team(url: str, *, password: str | None = None) -> TeamSetup:
    """Make the database at `url` a team database (safe to run again).

    Run with a superuser's (or the database owner's, with CREATEROLE) URL, on
    a database that holds a business (`kpidesk team push` copies one there);
    an old schema is upgraded first.
    """
    store = open_database(url, password=password)
    try:
        db = store.db
        if not (server.is_superuser(db) or _may_create_roles(db)):
            raise StoreError(
                "Setting up a team needs an administrator: connect as a superuser or a "
                "role with CREATEROLE that owns the database."
            )
        dbname = db.execute_sql("SELECT current_database()").fetchone()[0]
        roles = server.team_roles(dbname)
        with _administrators_only("Setting up a team"), db.atomic():
            for name in roles.values():
                if not _exists(db, name):
                    _run(db, sql.SQL("CREATE ROLE {} NOLOGIN").format(_ident(name)))
            if not server.is_superuser(db):
                # To hand the tables to the admin role one must be a member of it.
                _run(db, sql.SQL("GRANT {} TO CURRENT_USER").format(_ident(roles["admin"])))
            db.execute_sql(
                f"CREATE TABLE IF NOT EXISTS {ACCESS} (member NAME NOT NULL, "
                "kpi_id INTEGER NOT NULL REFERENCES kpi (id) ON DELETE CASCADE, "
                "PRIMARY KEY (member, kpi_id))"
            )
            _secure_database(db, dbname, roles)
            secure_tables(db)
    finally:
        store.close()
    return TeamSetup(store.display_name, roles)


@contextmanager
def _administrators_only(what: str) -> Iterator[None]:
    """The server's refusal of a set-up step, said as who may do it."""
    try:
        yield
    except Exception as exc:
        if server.sqlstate(exc) != server.INSUFFICIENT_PRIVILEGE:
            raise
        raise PermissionDeniedError(
            f"{what} needs the database administrator's URL (the account that ran "
            f"`kpidesk team init`); the server said: {str(exc).splitlines()[0]}"
        ) from None


def _may_create_roles(db: Database) -> bool:
    row = db.execute_sql("SELECT rolcreaterole FROM pg_roles WHERE rolname = current_user")
    return bool(row.fetchone()[0])


def _secure_database(db: Database, dbname: str, roles: dict[str, str]) -> None:
    """Only the team's roles may connect; nobody but the admin role creates objects."""
    team = sql.SQL(", ").join(_ident(roles[r]) for r in (*server.ROLES, "admin"))
    _run(db, sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(_ident(dbname)))
    _run(db, sql.SQL("GRANT CONNECT, TEMPORARY ON DATABASE {} TO {}").format(_ident(dbname), team))
    schema = db.execute_sql("SELECT current_schema()").fetchone()[0]
    _run(db, sql.SQL("REVOKE CREATE ON SCHEMA {} FROM PUBLIC").format(_ident(schema)))
    _run(db, sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(_ident(schema), team))
    _run(
        db,
        sql.SQL("GRANT CREATE ON SCHEMA {} TO {}").format(_ident(schema), _ident(roles["admin"])),
    )


def secure_tables(db: Database) -> None:
    """Owner, grants and policies of every KPIDesk table, as the roles above say.

    Idempotent: `init_team` runs it, and so does every schema upgrade of a
    team database, so tables a later version adds are covered at once.
    """
    dbname = db.execute_sql("SELECT current_database()").fetchone()[0]
    roles = {k: _ident(v) for k, v in server.team_roles(dbname).items()}
    readers = sql.SQL(", ").join([roles["owner"], roles["editor"], roles["viewer"]])
    for table in _kpidesk_tables(db):
        t = _ident(table)
        _run(db, sql.SQL("ALTER TABLE {} OWNER TO {}").format(t, roles["admin"]))
        _run(db, sql.SQL("ALTER TABLE {} ENABLE ROW LEVEL SECURITY").format(t))
        _run(db, sql.SQL("ALTER TABLE {} FORCE ROW LEVEL SECURITY").format(t))
        _run(db, sql.SQL("REVOKE ALL ON {} FROM PUBLIC").format(t))
        _drop_policies(db, table)
        _policy(db, table, "admin", "ALL", roles["admin"], using="true", check="true")
        _policy(db, table, "owner", "ALL", roles["owner"], using="true", check="true")
        _run(db, sql.SQL("GRANT SELECT ON {} TO {}").format(t, readers))
        _run(db, sql.SQL("GRANT INSERT, UPDATE, DELETE ON {} TO {}").format(t, roles["owner"]))
        if table == ACCESS:  # each editor and viewer sees only their own grants
            mine = "member = current_user"
            for role in ("editor", "viewer"):
                _policy(db, table, f"{role}_read", "SELECT", roles[role], using=mine)
            continue
        _policy(db, table, "read", "SELECT", readers, using="true")
        _editor_policies(db, table, roles["editor"])
    _run(
        db,
        sql.SQL("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {} TO {}").format(
            _ident(db.execute_sql("SELECT current_schema()").fetchone()[0]),
            sql.SQL(", ").join([roles["owner"], roles["editor"]]),
        ),
    )


def _editor_policies(db: Database, table: str, editor: sql.Composable) -> None:
    writes = _EDITOR_WRITES.get(table)
    if writes is None:
        return
    _run(db, sql.SQL("GRANT {} ON {} TO {}").format(sql.SQL(writes), _ident(table), editor))
    if table == "change_log":  # in their own name only
        _policy(db, table, "editor_log", "INSERT", editor, check="who = current_user")
        return
    mine = _MAY_EDIT + (" AND entered_by = current_user" if table == "measurement" else "")
    _policy(db, table, "editor_insert", "INSERT", editor, check=mine)
    _policy(db, table, "editor_update", "UPDATE", editor, using=_MAY_EDIT, check=mine)
    _policy(db, table, "editor_delete", "DELETE", editor, using=_MAY_EDIT)


def _drop_policies(db: Database, table: str) -> None:
    rows = db.execute_sql(
        "SELECT policyname FROM pg_policies WHERE schemaname = current_schema() "
        f"AND tablename = {db.param} AND policyname LIKE 'kpidesk%%'",
        (table,),
    ).fetchall()
    for (name,) in rows:
        _run(db, sql.SQL("DROP POLICY {} ON {}").format(_ident(name), _ident(table)))


def _policy(
    db: Database,
    table: str,
    name: str,
    command: str,
    to: sql.Composable,
    *,
    using: str | None = None,
    check: str | None = None,
) -> None:
    statement = sql.SQL("CREATE POLICY {} ON {} FOR {} TO {}").format(
        _ident(f"kpidesk_{name}"), _ident(table), sql.SQL(command), to
    )
    if using is not None:
        statement += sql.SQL(" USING ({})").format(sql.SQL(using))
    if check is not None:
        statement += sql.SQL(" WITH CHECK ({})").format(sql.SQL(check))
    _run(db, statement)


def add_user(
    url: str,
    name: str,
    role: str,
    user_password: str,
    *,
    kpi_codes: Sequence[str] = (),
    password: str | None = None,
) -> set[int]:
    """Give `name` a login to the team database at `url` with `role`.

    Run with the administrator's URL (`password` is theirs). An existing login
    keeps its other businesses and gets this one's role instead of any role
    it had here; `user_password`, if not empty, becomes its password. An
    editor is granted the KPIs `kpi_codes` names (replacing earlier grants).
    Returns the ids of the KPIs granted.
    """
    if role not in server.ROLES:
        raise StoreError(f"role must be owner, editor or viewer, not {role!r}.")
    if not name or len(name) > 63:
        raise StoreError("user name: 1 to 63 characters.")
    if role == "editor" and not kpi_codes:
        raise StoreError("An editor needs at least one KPI to enter values for (--kpi CODE).")
    if role != "editor" and kpi_codes:
        raise StoreError(f"--kpi is for editors; an {role} may already do what the role allows.")
    with open_database(url, password=password) as store:
        db = store.db
        dbname = db.execute_sql("SELECT current_database()").fetchone()[0]
        roles = server.team_roles(dbname)
        if not _exists(db, roles["admin"]):
            raise StoreError(
                f"{store.display_name} is not a team database yet: "
                "run `kpidesk team init URL` first."
            )
        kpi_ids = _kpi_ids(db, kpi_codes)
        with _administrators_only("Adding team members"), db.atomic():
            _login(db, name, user_password, roles)
            for group in server.ROLES:
                action = "GRANT {} TO {}" if group == role else "REVOKE {} FROM {}"
                _run(db, sql.SQL(action).format(_ident(roles[group]), _ident(name)))
            p = db.param
            db.execute_sql(f"DELETE FROM {ACCESS} WHERE member = {p}", (name,))
            for kpi_id in sorted(kpi_ids):
                db.execute_sql(
                    f"INSERT INTO {ACCESS} (member, kpi_id) VALUES ({p}, {p})", (name, kpi_id)
                )
    return kpi_ids


def _kpi_ids(db: Database, codes: Iterable[str]) -> set[int]:
    codes = list(dict.fromkeys(codes))
    if not codes:
        return set()
    p = db.param
    rows = db.execute_sql(
        f"SELECT code, id FROM kpi WHERE code IN ({', '.join([p] * len(codes))})", codes
    ).fetchall()
    found = dict(rows)
    missing = [c for c in codes if c not in found]
    if missing:
        raise StoreError(f"--kpi: there is no KPI with the code {', '.join(missing)}.")
    return set(found.values())


def _login(db: Database, name: str, user_password: str, roles: dict[str, str]) -> None:
    """Create the login, or check an existing one is a plain login (never an admin)."""
    row = db.execute_sql(
        "SELECT rolsuper OR rolbypassrls OR rolcreaterole, rolcanlogin FROM pg_roles "
        f"WHERE rolname = {db.param}",
        (name,),
    ).fetchone()
    if name in roles.values():
        raise StoreError(f"{name} is one of the team's group roles, not a person's login.")
    if row is not None and (row[0] or not row[1]):
        raise StoreError(
            f"{name} is an administrator or group role on this server; "
            "team members need a plain login of their own."
        )
    verifier = _verifier(db, name, user_password) if user_password else None
    if row is None:
        if verifier is None:
            raise StoreError(f"{name} is a new login and needs a password.")
        statement = sql.SQL(
            "CREATE ROLE {} LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS "
            "PASSWORD {}"
        ).format(_ident(name), sql.Literal(verifier))
        _run(db, statement)
    elif verifier is not None:
        _run(db, sql.SQL("ALTER ROLE {} PASSWORD {}").format(_ident(name), sql.Literal(verifier)))


def _verifier(db: Database, name: str, user_password: str) -> str:
    """The password's SCRAM verifier, made here: the plain password never reaches the server."""
    raw = db.connection().pgconn.encrypt_password(
        user_password.encode(), name.encode(), b"scram-sha-256"
    )
    return raw.decode()
