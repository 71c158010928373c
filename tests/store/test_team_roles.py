"""Team roles are enforced by PostgreSQL itself: grants and forced row-level security."""

from __future__ import annotations

from datetime import date

import psycopg
import pytest
from peewee import DatabaseError

from kpidesk.domain.periods import Period
from kpidesk.domain.types import Frequency
from kpidesk.store import server
from kpidesk.store.causes import list_causes, set_value_causes, value_causes
from kpidesk.store.connection import open_database
from kpidesk.store.errors import PermissionDeniedError, StoreError
from kpidesk.store.measurements import ValueRow, load_measurements, write_values
from kpidesk.store.team import add_user

OCTOBER = date(2026, 10, 1)


def _values(url: str, kpi_id: int) -> list[float | None]:
    with open_database(url, read_only=True) as store:
        return [m.value for m in load_measurements(store, kpi_id)]


def test_each_login_gets_its_role_from_the_server(team) -> None:
    with open_database(team.urls["owner"]) as owner:
        assert (owner.engine, owner.role, owner.read_only) == ("postgresql", "owner", False)
        assert owner.editable_kpi_ids() is None
        assert owner.user == team.logins["owner"]
    with open_database(team.urls["editor"]) as editor:
        assert (editor.role, editor.read_only) == ("editor", False)
        assert editor.editable_kpi_ids() == {team.kpis["REV"]}
    with open_database(team.urls["viewer"]) as viewer:
        assert (viewer.role, viewer.read_only, viewer.read_only_cause) == (
            "viewer",
            True,
            "viewer",
        )
        assert viewer.editable_kpi_ids() == set()
    # The administrator who set the team up is an owner too.
    with open_database(team.admin_url) as admin:
        assert admin.role == "owner"


def test_a_viewers_insert_is_refused_by_the_server(team) -> None:
    with open_database(team.urls["viewer"]) as viewer:
        with pytest.raises(DatabaseError) as refused:
            viewer.db.execute_sql(
                "INSERT INTO measurement (kpi_id, segment, period_start, value, comment, "
                "source, entered_by, entered_at) "
                f"VALUES ({team.kpis['REV']}, '', '2026-10-01', 1, '', 'x', 'x', now())"
            )
        assert server.sqlstate(refused.value) == "42501"
        # A client that ignored its read-only flag gets the server's refusal, in words.
        viewer.read_only = False
        with pytest.raises(PermissionDeniedError, match="refused writing these values"):
            write_values(viewer, [ValueRow(team.kpis["REV"], OCTOBER, 5.0)])
    assert _values(team.admin_url, team.kpis["REV"]) == []


def test_an_editor_writes_the_granted_kpi_and_nothing_else(team) -> None:
    rev, cust = team.kpis["REV"], team.kpis["CUST"]
    with open_database(team.urls["editor"]) as editor:
        summary = write_values(editor, [ValueRow(rev, OCTOBER, 120.0, comment="Good month")])
        assert summary.new == 1
        with pytest.raises(PermissionDeniedError, match="KPIs you were granted") as refused:
            write_values(
                editor, [ValueRow(rev, date(2026, 11, 1), 1.0), ValueRow(cust, OCTOBER, 9.0)]
            )
        assert "pw-" not in str(refused.value)
        october = Period.containing(Frequency.MONTH, OCTOBER, 1)
        tag = list_causes(editor)[0].id
        set_value_causes(editor, rev, october, [tag])
        with pytest.raises(PermissionDeniedError):
            set_value_causes(editor, cust, october, [tag])
    # One batch, one transaction: the granted value of the refused batch is not kept either.
    assert _values(team.admin_url, rev) == [120.0]
    assert _values(team.admin_url, cust) == []
    with open_database(team.admin_url, read_only=True) as admin:
        assert load_measurements(admin, rev)[0].entered_by == team.logins["editor"]
        assert list(value_causes(admin, rev).values()) == [[list_causes(admin)[0].name]]


def test_an_editor_cannot_clear_the_causes_of_another_kpi(team) -> None:
    october = Period.containing(Frequency.MONTH, OCTOBER, 1)
    with open_database(team.urls["owner"]) as owner:
        tag = list_causes(owner)[0].id
        set_value_causes(owner, team.kpis["CUST"], october, [tag])
    with open_database(team.urls["editor"]) as editor, pytest.raises(PermissionDeniedError):
        # Row security hides the rows from a DELETE rather than raising: the store notices.
        set_value_causes(editor, team.kpis["CUST"], october, [])
    with open_database(team.admin_url, read_only=True) as admin:
        assert value_causes(admin, team.kpis["CUST"]) != {}


def test_an_owner_login_writes_everything(team) -> None:
    with open_database(team.urls["owner"]) as owner:
        write_values(owner, [ValueRow(k, OCTOBER, 3.0) for k in team.kpis.values()])
    assert _values(team.admin_url, team.kpis["CUST"]) == [3.0]


def test_app_logins_cannot_bypass_row_security(team) -> None:
    names = server.team_roles(team.dbname)
    with psycopg.connect(team.admin_url) as admin:
        for role in ("owner", "editor", "viewer"):
            login = team.logins[role]
            bypass, superuser = admin.execute(
                "SELECT rolbypassrls, rolsuper FROM pg_roles WHERE rolname = %s", (login,)
            ).fetchone()
            assert not bypass and not superuser
        owners = {
            row[0]
            for row in admin.execute(
                "SELECT tableowner FROM pg_tables WHERE schemaname = current_schema()"
            )
        }
        assert owners == {names["admin"]}
        forced = admin.execute(
            "SELECT bool_and(relrowsecurity AND relforcerowsecurity) FROM pg_class "
            "WHERE relname IN ('measurement', 'value_tag', 'change_log', 'kpi', 'target')"
        ).fetchone()[0]
        assert forced
    for role in ("owner", "editor"):
        with psycopg.connect(team.urls[role], autocommit=True) as conn:
            conn.execute("SET row_security = off")
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
                conn.execute("SELECT count(*) FROM measurement")
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("ALTER TABLE measurement DISABLE ROW LEVEL SECURITY")
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f'SET ROLE "{names["admin"]}"')


def test_an_editor_cannot_write_the_log_in_someone_elses_name(team) -> None:
    with (
        psycopg.connect(team.urls["editor"]) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute(
            "INSERT INTO change_log (at, who, entity, field, old, new, context) "
            "VALUES (now(), 'the owner', 'kpi', 'name', '', '', '')"
        )


def test_an_editor_cannot_move_a_value_into_a_kpi_they_may_write(team) -> None:
    with open_database(team.urls["owner"]) as owner:
        write_values(owner, [ValueRow(team.kpis["CUST"], OCTOBER, 7.0)])
    with psycopg.connect(team.urls["editor"]) as conn:
        moved = conn.execute(
            "UPDATE measurement SET kpi_id = %s WHERE kpi_id = %s",
            (team.kpis["REV"], team.kpis["CUST"]),
        )
        assert moved.rowcount == 0  # the rows of KPIs not granted are not theirs to touch
    assert _values(team.admin_url, team.kpis["CUST"]) == [7.0]


def test_two_businesses_on_one_server_keep_their_teams_apart(team, pg_server) -> None:
    from kpidesk.store.team import init_team

    other = pg_server.new_database(pg_server.template)
    try:
        init_team(pg_server.url(other))
        assert server.team_roles(other)["editor"] != server.team_roles(team.dbname)["editor"]
        with pytest.raises(StoreError, match="permission denied"):
            open_database(pg_server.url(other, team.logins["owner"], "pw-owner-secret"))
    finally:
        pg_server.drop_database(other)
        pg_server.drop_roles(f"kpidesk_{other}_")


def test_add_user_changes_a_role_and_refuses_what_it_cannot_do(team) -> None:
    login = team.logins["editor"]
    add_user(team.admin_url, login, "viewer", "")  # same password, new role
    with open_database(team.urls["editor"]) as demoted:
        assert demoted.role == "viewer"
    with pytest.raises(StoreError, match="no KPI with the code NOPE"):
        add_user(team.admin_url, login, "editor", "", kpi_codes=["NOPE"])
    with pytest.raises(StoreError, match="needs at least one KPI"):
        add_user(team.admin_url, login, "editor", "")
    admin_login = psycopg.conninfo.conninfo_to_dict(team.admin_url)["user"]
    with pytest.raises(StoreError, match="plain login"):
        add_user(team.admin_url, admin_login, "viewer", "")
    with open_database(team.urls["owner"]), pytest.raises(PermissionDeniedError):
        # Only an administrator creates logins; the app's owner cannot.
        add_user(team.urls["owner"], "intruder_x", "owner", "whatever-long")


def test_passwords_stay_out_of_names_and_errors(team, pg_server) -> None:
    with open_database(team.urls["owner"]) as owner:
        assert "secret" not in owner.display_name and "secret" not in owner.location
        assert owner.display_name.startswith(f"{team.logins['owner']}@")
    wrong = pg_server.url(team.dbname, team.logins["owner"], "not-the-right-one")
    with pytest.raises(StoreError, match="password authentication failed") as failed:
        open_database(wrong)
    assert "not-the-right-one" not in str(failed.value)
    # The password may come as an argument instead of inside the URL (the app's keyring).
    bare = pg_server.url(team.dbname, team.logins["viewer"])
    with open_database(bare, password="pw-viewer-secret") as viewer:
        assert viewer.role == "viewer"


def test_a_team_needs_a_business_and_an_administrator(team, pg_server) -> None:
    from kpidesk.store.errors import NotAKpideskFileError
    from kpidesk.store.team import init_team

    empty = pg_server.new_database()
    try:
        with pytest.raises(NotAKpideskFileError, match="team push"):
            init_team(pg_server.url(empty))
    finally:
        pg_server.drop_database(empty)
    with pytest.raises(StoreError, match="needs an administrator"):
        init_team(team.urls["owner"])
