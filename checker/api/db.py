"""The request's database connection (flaskr style): ``get_db()`` on ``g``, released on teardown.

The path is ``app.config["DATABASE"]``, read when a request first needs it, never at import.
The first connection of an app applies any pending migrations.

Unlike flaskr, a released connection is kept for the next request of the same worker thread
instead of being closed: SQLite's page cache lives in the connection, and a warm cache makes
an ingest's hundred index probes about twice as fast on a large archive. A connection is
never shared between threads, and one left inside a transaction is rolled back on release.
"""

from __future__ import annotations

import threading

from flask import Flask, current_app, g
from sqlite_utils import Database

from checker.store import migrate, open_db

_MIGRATED = "checker.db_migrated"
_LOCAL = "checker.db_local"
_lock = threading.Lock()


def get_db() -> Database:
    """The current request's database, opened (and the schema migrated) on first use."""
    if "db" not in g:
        local = current_app.extensions[_LOCAL]
        path = current_app.config["DATABASE"]
        db = getattr(local, "db", None)
        if db is None or local.path != path:
            if db is not None:
                db.close()
            db = open_db(path, migrate_now=False)
            local.db, local.path = db, path
        if not current_app.extensions.get(_MIGRATED):
            with _lock:  # one thread migrates; the others wait for it, then skip
                if not current_app.extensions.get(_MIGRATED):
                    migrate(db)
                    current_app.extensions[_MIGRATED] = True
        g.db = db
    return g.db


def close_db(_error: BaseException | None = None) -> None:
    """Release the request's connection: roll back anything left open, keep it for reuse."""
    db = g.pop("db", None)
    if db is not None and db.conn.in_transaction:
        db.execute("ROLLBACK")


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
    """Give the app its per-thread connections and release them after every request."""
    app.extensions[_LOCAL] = threading.local()
    app.teardown_appcontext(close_db)
