"""Where a team database is: host, port, database, user and TLS mode — never a password.

The URL built here is what the app keeps (recent connections, the status bar,
`open_database`); the password travels beside it, from the dialog or the OS
keyring, and is never part of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, quote, unquote, urlsplit

DEFAULT_PORT = 5432
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
"""libpq's TLS modes, weakest first."""
DEFAULT_SSL_MODE = "prefer"
SCHEMES = ("postgresql", "postgres")


@dataclass(frozen=True)
class ConnectionInfo:
    """The parts of a PostgreSQL connection a person types in the connect dialog."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    sslmode: str = DEFAULT_SSL_MODE

    def url(self) -> str:
        """`postgresql://user@host:port/db?sslmode=…`, without a password."""
        return f"postgresql://{self.account()}?sslmode={self.sslmode}"

    def account(self) -> str:
        """`user@host:port/db`: the keyring's account name and what the app shows."""
        host = f"[{self.host}]" if ":" in self.host else self.host  # an IPv6 address
        return f"{quote(self.user, safe='')}@{host}:{self.port}/{quote(self.database, safe='')}"


def is_team_url(location: str) -> bool:
    """True for a PostgreSQL URL, False for a file path."""
    return location.split("://", 1)[0].lower() in SCHEMES and "://" in location


def parse_url(url: str) -> ConnectionInfo:
    """The parts of a `postgresql://` URL; ValueError when it is not one we can use.

    A password in the URL is ignored here on purpose: it is never kept.
    """
    parts = urlsplit(url)
    if parts.scheme.lower() not in SCHEMES:
        raise ValueError("not a postgresql:// URL")
    sslmode = parse_qs(parts.query).get("sslmode", [DEFAULT_SSL_MODE])[0]
    if sslmode not in SSL_MODES:
        raise ValueError(f"unknown sslmode {sslmode!r}")
    database = unquote(parts.path.lstrip("/"))
    if not parts.hostname or not parts.username or not database:
        raise ValueError("the URL needs a user, a host and a database")
    return ConnectionInfo(
        host=parts.hostname,
        database=database,
        user=unquote(parts.username),
        port=parts.port or DEFAULT_PORT,
        sslmode=sslmode,
    )
