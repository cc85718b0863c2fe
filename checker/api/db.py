"""The request's database connection (flaskr style): ``get_db()`` on ``g``, closed on teardown.

The path is ``app.config["DATABASE"]``, read when a request first needs it, never at import.
The first connection of an app applies any pending migrations.
"""

from __future__ import annotations

import threading

from flask import Flask, current_app, g
from sqlite_utils import Database

from checker.store import migrate, open_db

_MIGRATED = "checker.db_migrated"
_lock = threading.Lock()


def get_db() -> Database:
    """The current request's database, opened (and the schema migrated) on first use."""
    if "db" not in g:
        db = open_db(current_app.config["DATABASE"], migrate_now=False)
        if not current_app.extensions.get(_MIGRATED):
            with _lock:  # one thread migrates; the others wait for it, then skip
                if not current_app.extensions.get(_MIGRATED):
                    migrate(db)
                    current_app.extensions[_MIGRATED] = True
        g.db = db
    return g.db


def close_db(_error: BaseException | None = None) -> None:
    """Close the request's connection, if it opened one."""
    db = g.pop("db", None)
    if db is not None:
        db.close()


def init_db(app: Flask) -> int:
    """Create or migrate the app's database now (``checker serve`` does this on start)."""
    db = open_db(app.config["DATABASE"], migrate_now=False)
    try:
        version = migrate(db)
    finally:
        db.close()
    app.extensions[_MIGRATED] = True
    return version


def init_app(app: Flask) -> None:
    """Close the connection after every request."""
    app.teardown_appcontext(close_db)
