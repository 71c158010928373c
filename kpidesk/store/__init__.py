"""The store: every read and write of a KPIDesk database, file or team server.

Peewee imports a PostgreSQL driver as it loads, if one is installed: some
85 ms of every start, for what only team databases use. So Peewee is loaded
here without it, and `server.py` loads the driver when a team database is
first opened.
"""

import sys

if "peewee" not in sys.modules:
    _DRIVERS = ("psycopg", "psycopg2")
    _before = {name: sys.modules.get(name) for name in _DRIVERS}
    sys.modules.update(dict.fromkeys(_DRIVERS))  # None: "not installed" for Peewee's try
    try:
        import peewee  # noqa: F401
    finally:
        for _name, _module in _before.items():
            if _module is None:
                del sys.modules[_name]
            else:
                sys.modules[_name] = _module
