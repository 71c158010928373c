"""Hear about other people's saves in a team database (PostgreSQL LISTEN/NOTIFY).

Every committed write to a team database sends a notification on
`kpidesk_changes` (see `server.begin_write`). A `ChangeListener` keeps its own
connection, so it can wait on a worker thread while the app's connection
reads and writes; the app then reloads what it shows. A file has no such
signal: there `changelog.latest_change_id` tells whether anything changed.
"""

from __future__ import annotations

from kpidesk.store import server
from kpidesk.store.errors import StoreError


class ChangeListener:
    """A connection that listens for committed writes by any client.

    Notifications of this client's own writes arrive too; reloading after
    them is harmless.
    """

    def __init__(self, url: str, *, password: str | None = None) -> None:
        import psycopg

        address = server.parse_url(url)
        secret = password if password is not None else address.password
        try:
            self._conn = psycopg.connect(autocommit=True, **address.connect_params(password))
            self._conn.execute(f"LISTEN {server.CHANNEL}")
        except psycopg.Error as exc:
            text = server.scrub(str(exc).splitlines()[0] if str(exc) else "", secret)
            raise StoreError(f"Could not listen to {address.display_name}: {text}") from None

    def wait(self, timeout: float) -> bool:
        """Wait up to `timeout` seconds; True if anything was saved meanwhile.

        All notifications waiting are taken at once, so one burst of saves
        gives one True.
        """
        got = False
        for _ in self._conn.notifies(timeout=timeout, stop_after=1):
            got = True
        if got:  # take the rest of a burst without waiting
            for _ in self._conn.notifies(timeout=0):
                pass
        return got

    def close(self) -> None:
        """Stop listening and close the connection (safe to call twice)."""
        self._conn.close()

    def __enter__(self) -> ChangeListener:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
