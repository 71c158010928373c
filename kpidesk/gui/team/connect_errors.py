"""Why a connection to a team database failed, told in the UI's language.

The server's and the driver's messages are English and technical; the
common causes are recognised in them and told plainly, naming the field to
fix. Anything else is shown as it came, with every password taken out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from kpidesk.gui.team.connection_info import ConnectionInfo
from kpidesk.redact import redact
from kpidesk.store.errors import NotAKpideskFileError

translate = QCoreApplication.translate


@dataclass(frozen=True)
class ConnectProblem:
    """A failed connection: the message to show and the field to correct."""

    message: str
    field: str
    """"host", "port", "database", "user", "password", "sslmode" or "" (none in particular)."""


def _chain_text(error: BaseException) -> str:
    """The messages of an error and of the errors that caused it, lower case."""
    texts, seen = [], set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        texts.append(str(current))
        current = current.__cause__ or current.__context__
    return " | ".join(texts).lower()


_Rule = tuple[tuple[str, ...], str, Callable[[ConnectionInfo], str]]


def _rules() -> list[_Rule]:
    return [
        (
            ("server does not support ssl", "ssl is not enabled on the server"),
            "sslmode",
            lambda i: translate(
                "ConnectProblem",
                "The server does not offer encryption, but the encryption mode “{0}” requires "
                "it. Choose “prefer” or ask whoever runs the server to turn TLS on.",
            ).format(i.sslmode),
        ),
        (
            ("no encryption", "ssl off", "ssl required", "sslmode value"),
            "sslmode",
            lambda i: translate(
                "ConnectProblem",
                "The server accepts only encrypted connections. Choose the encryption mode "
                "“require” (or one that also checks the certificate).",
            ),
        ),
        (
            ("certificate verify failed", "root certificate", "server certificate"),
            "sslmode",
            lambda i: translate(
                "ConnectProblem",
                "The server's certificate could not be checked. Install the certificate of the "
                "authority that signed it, or choose the encryption mode “require”.",
            ),
        ),
        (
            ("password authentication failed", "no password supplied", "fe_sendauth"),
            "password",
            lambda i: translate(
                "ConnectProblem",
                "The server refused the password for the user “{0}”. Check the user name and "
                "the password.",
            ).format(i.user),
        ),
        (
            ('role "',),
            "user",
            lambda i: translate(
                "ConnectProblem", "The server does not know the user “{0}”. Check the user name."
            ).format(i.user),
        ),
        (
            ("permission denied",),
            "user",
            lambda i: translate(
                "ConnectProblem",
                "The user “{0}” may not use this database. Ask its owner to add you to the team.",
            ).format(i.user),
        ),
        (
            ('database "',),
            "database",
            lambda i: translate(
                "ConnectProblem",
                "There is no database “{0}” on {1}. Check the database name.",
            ).format(i.database, i.host),
        ),
        (
            ("could not translate host name", "name or service not known", "nodename nor"),
            "host",
            lambda i: translate(
                "ConnectProblem", "The server “{0}” was not found. Check the server name."
            ).format(i.host),
        ),
        (
            (
                "connection refused",
                "timeout expired",
                "timed out",
                "no route to host",
                "network is unreachable",
                "could not connect",
                "connection to server",
            ),
            "host",
            lambda i: translate(
                "ConnectProblem",
                "No answer from {0} on port {1}. Check the server name and port, and that the "
                "server is running and can be reached from this computer.",
            ).format(i.host, i.port),
        ),
    ]


def describe_connect_error(error: BaseException, info: ConnectionInfo) -> ConnectProblem:
    """What went wrong connecting to `info`, for the connect dialog."""
    if isinstance(error, NotAKpideskFileError):
        return ConnectProblem(
            translate(
                "ConnectProblem",
                "The database “{0}” holds no KPIDesk business. Ask its owner to set it up for "
                "KPIDesk (kpidesk team init), or check the database name.",
            ).format(info.database),
            "database",
        )
    text = _chain_text(error)
    for needles, field, message in _rules():
        if any(needle in text for needle in needles):
            return ConnectProblem(message(info), field)
    return ConnectProblem(
        translate("ConnectProblem", "Could not connect: {0}").format(redact(str(error))), ""
    )
