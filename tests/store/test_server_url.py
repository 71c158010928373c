"""Team database addresses: what is shown, what is passed to the driver, what is refused."""

from __future__ import annotations

import pytest

from kpidesk.store.errors import StoreError
from kpidesk.store.server import is_server_url, parse_url, team_roles


def test_a_url_is_shown_without_its_password() -> None:
    address = parse_url("postgresql://kari:s3cr%40t@db.example.no:5433/bryggen?sslmode=require")
    assert address.display_name == "kari@db.example.no:5433/bryggen"
    assert "s3cr" not in repr(address)
    params = address.connect_params()
    assert params["password"] == "s3cr@t" and params["sslmode"] == "require"
    assert params["dbname"] == "bryggen" and params["port"] == "5433"
    # A password from the keyring wins over one in the URL.
    assert address.connect_params("from-keyring")["password"] == "from-keyring"


def test_defaults_and_ipv6_hosts() -> None:
    assert parse_url("postgresql://ola@[::1]/shop").display_name == "ola@[::1]:5432/shop"
    assert parse_url("postgres:///shop").display_name == "localhost:5432/shop"
    assert "password" not in parse_url("postgresql://ola@host/shop").connect_params()


@pytest.mark.parametrize("url", ["postgresql://ola@host", "postgresql://ola@host/shop?bogus=1"])
def test_a_bad_url_is_a_clear_error(url: str) -> None:
    with pytest.raises(StoreError, match="database"):
        parse_url(url)


def test_files_are_not_urls() -> None:
    assert is_server_url("postgresql://a@b/c") and is_server_url("postgres://a@b/c")
    assert not is_server_url("/home/kari/postgresql.kpidesk")


def test_team_roles_are_per_database_and_always_valid_names() -> None:
    assert team_roles("bryggen")["editor"] == "kpidesk_bryggen_editor"
    odd = team_roles("Bryggen Kaffebar – Oslo")
    assert odd != team_roles("bryggen_kaffebar___oslo")
    assert all(len(n) <= 63 and n.replace("_", "").isalnum() and n.isascii() for n in odd.values())
