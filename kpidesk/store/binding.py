"""Which open database the models talk to — decided per thread.

Peewee binds models to one database for the whole process. KPIDesk opens
the same file from several threads (a report worker opens it read-only while
the window writes through its own connection), so a process-wide binding
would send the window's writes to the worker's read-only connection. Here
each thread keeps a stack of the databases it opened; a thread that opened
none uses the main thread's, which is the app's open file.
"""

from __future__ import annotations

import threading

from peewee import Database, DatabaseProxy


class ThreadBoundDatabase(DatabaseProxy):
    __slots__ = ("_local", "_main_stack")

    def __setattr__(self, name: str, value: object) -> None:
        # Proxy refuses attributes outside the class's own __slots__; ours and
        # the parent's are all fine to set.
        object.__setattr__(self, name, value)

    def __init__(self) -> None:
        self._local = threading.local()
        self._main_stack: list[Database] = []
        super().__init__()

    def _stack(self) -> list[Database]:
        if threading.current_thread() is threading.main_thread():
            return self._main_stack
        if not hasattr(self._local, "stack"):
            self._local.stack = []
        return self._local.stack

    @property
    def obj(self) -> Database | None:  # what Proxy forwards every call to
        stack = self._stack()
        if stack:
            return stack[-1]
        return self._main_stack[-1] if self._main_stack else None

    @obj.setter
    def obj(self, value: Database | None) -> None:
        # Proxy.__init__ sets None; binding goes through push() and remove().
        if value is not None:
            self.push(value)

    def push(self, database: Database) -> None:
        """Make `database` the one this thread's model queries use."""
        self._stack().append(database)

    def remove(self, database: Database) -> None:
        """Forget a database this thread opened (the previous one is used again)."""
        stack = self._stack()
        if database in stack:
            stack.remove(database)


DATABASE = ThreadBoundDatabase()
