"""The store: every read and write of a KPIDesk database, file or team server.

Peewee imports a PostgreSQL driver as it loads, if one is installed: some
85 ms of every start, for what only team databases use. So Peewee is loaded
without it, and `server.py` loads the driver when a team database is first
opened.

Peewee itself (~25 ms) is not loaded with this package either: the window
paints a file's Home from `quick.py` (plain sqlite3) first. A one-shot import
hook loads Peewee, without the drivers, when a module first asks for it.
"""

import sys
from importlib.machinery import ModuleSpec, PathFinder
from types import ModuleType

_DRIVERS = ("psycopg", "psycopg2")


class _WithoutDrivers:
    """Runs Peewee's module with the drivers reading as "not installed" to its `try`."""

    def __init__(self, loader: object) -> None:
        self.loader = loader

    def __getattr__(self, name: str) -> object:  # get_source, get_filename, create_module …
        return getattr(self.loader, name)

    def exec_module(self, module: ModuleType) -> None:
        before = {name: sys.modules.get(name) for name in _DRIVERS}
        sys.modules.update(dict.fromkeys(_DRIVERS))  # None: "not installed"
        try:
            self.loader.exec_module(module)  # type: ignore[attr-defined]
        finally:
            for name, found in before.items():
                if found is None:
                    del sys.modules[name]
                else:
                    sys.modules[name] = found


class _PeeweeFinder:
    """Finds Peewee once, with the loader above, then steps aside."""

    @classmethod
    def find_spec(cls, name: str, path: object = None, target: object = None) -> ModuleSpec | None:
        if name != "peewee":
            return None
        sys.meta_path.remove(cls)
        spec = PathFinder.find_spec(name)
        if spec is not None and spec.loader is not None:
            spec.loader = _WithoutDrivers(spec.loader)
        return spec


if "peewee" not in sys.modules and _PeeweeFinder not in sys.meta_path:
    sys.meta_path.insert(0, _PeeweeFinder)
