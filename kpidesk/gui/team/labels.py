"""Translated names for team mode: roles and TLS modes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kpidesk.gui.team.connection_info import parse_url

if TYPE_CHECKING:  # the window paints before the store (and Peewee) is imported
    from kpidesk.store.connection import Store

translate = QCoreApplication.translate


def role_names() -> dict[str, str]:
    """Role → its name, as the status bar shows it."""
    return {
        "owner": translate("TeamLabels", "Owner"),
        "editor": translate("TeamLabels", "Editor"),
        "viewer": translate("TeamLabels", "Viewer"),
    }


def role_explanations() -> dict[str, str]:
    """Role → what it lets you do, one sentence."""
    return {
        "owner": translate("TeamLabels", "You can change everything."),
        "editor": translate(
            "TeamLabels", "You can enter and import values for the KPIs you are responsible for."
        ),
        "viewer": translate("TeamLabels", "You can look at everything, but not change it."),
    }


def sslmode_names() -> dict[str, str]:
    """TLS mode → a short description for the connect dialog's choice."""
    return {
        "disable": translate("TeamLabels", "disable — never encrypt"),
        "allow": translate("TeamLabels", "allow — encrypt only if the server insists"),
        "prefer": translate("TeamLabels", "prefer — encrypt when the server can (default)"),
        "require": translate("TeamLabels", "require — always encrypt"),
        "verify-ca": translate("TeamLabels", "verify-ca — encrypt and check the certificate"),
        "verify-full": translate(
            "TeamLabels", "verify-full — encrypt, check the certificate and the server name"
        ),
    }


def sslmode_hints() -> dict[str, str]:
    """TLS mode → what it means for the person choosing it."""
    unsafe = translate(
        "TeamLabels", "Passwords and numbers may cross the network readable by others."
    )
    return {
        "disable": unsafe,
        "allow": unsafe,
        "prefer": translate(
            "TeamLabels",
            "Encrypted when the server offers it, but nothing checks that the server is the "
            "right one.",
        ),
        "require": translate(
            "TeamLabels", "Always encrypted; nothing checks that the server is the right one."
        ),
        "verify-ca": translate(
            "TeamLabels",
            "Always encrypted, and the server's certificate must be signed by an authority "
            "this computer trusts.",
        ),
        "verify-full": translate(
            "TeamLabels",
            "The safest: encrypted, a trusted certificate, and it must be made out to this "
            "server's name.",
        ),
    }


def where_text(store: Store) -> str:
    """Where the app is working, for the status bar: a file's path, or server and role."""
    if store.engine != "postgresql":
        return store.location
    return translate("TeamLabels", "Team database {0} · {1}").format(
        store.display_name, role_names().get(store.role, store.role)
    )


def recent_connection_names(urls: list[str]) -> list[tuple[str, str]]:
    """(name to show, URL) of recent team databases; unreadable URLs are left out."""
    names = []
    for url in urls:
        try:
            names.append((parse_url(url).account(), url))
        except ValueError:
            continue
    return names
