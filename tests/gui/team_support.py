"""Helpers for the team-mode GUI tests: keyrings in memory, openers without a server."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from kpidesk.gui.team.opening import Opened, release
from kpidesk.store.connection import open_database
from kpidesk.store.errors import StoreError


class MemoryKeyring(KeyringBackend):
    """An OS keyring that lives in a dict."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("not kept")


class HangingKeyring(MemoryKeyring):
    """A keyring that never answers (a locked wallet) until `release` is set."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()
        self.asked = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.asked.set()
        self.release.wait(30)
        return super().get_password(service, username)


@contextmanager
def using_keyring(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    """Make `backend` the keyring for the test, then put the previous one back."""
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


def file_opener(
    path: Path, password: str, calls: list[tuple[str, str]] | None = None
) -> Callable[[str, str], Opened]:
    """Opens `path` (on the calling worker thread) when given `password`; refuses others.

    A refusal quotes the password the way a careless driver might, so the
    tests can check the app never shows or writes it.
    """

    def opener(url: str, given: str) -> Opened:
        if calls is not None:
            calls.append((url, given))
        if given != password:
            raise StoreError(
                f'Could not connect: connection to server at "127.0.0.1", port 5432 failed: '
                f'FATAL: password authentication failed for user "anna" (password={given})'
            )
        return release(open_database(path))

    return opener


def blocking_opener(path: Path, go: threading.Event, done: threading.Event) -> Callable:
    """Opens `path` only once `go` is set (a slow server); sets `done` when it returns."""

    def opener(url: str, given: str) -> Opened:
        go.wait(30)
        try:
            return release(open_database(path))
        finally:
            done.set()

    return opener
