"""Database connections: ``get_db()`` on ``g`` for a request (flaskr style), ``ingest_db()``.

The path is ``app.config["DATABASE"]``, read when a request first needs it, never at import.
The first connection of an app applies any pending migrations.

Unlike flaskr, a released connection is kept for the next request of the same worker thread
instead of being closed: SQLite's page cache lives in the connection, and a warm cache makes
an ingest's hundred index probes about twice as fast on a large archive. A connection is
never used by two threads at once, and one left inside a transaction is rolled back on
release.

Ingests (storing an article) go through :func:`ingest_db` instead: one connection per app,
used by one ingest at a time. A commit by one connection drops the page cache of every
other, so four worker threads ingesting on their own connections each started cold (37-39
ms of CPU an article against 25-27 ms for one thread); and analyses running side by side
only contend for Python's global interpreter lock. Reads keep their own connections and
run beside an ingest.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from flask import Flask, current_app, g
from sqlite_utils import Database

from checker.store import migrate, open_db

_MIGRATED = "checker.db_migrated"
_LOCAL = "checker.db_local"
_INGEST = "checker.db_ingest"
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


@contextmanager
def ingest_db() -> Iterator[Database]:
    """The app's ingest connection, for one ingest at a time: other ingests wait here.

    Opened (after the request's :func:`get_db` has migrated the schema) on first use. A
    transaction left open by a failed ingest is rolled back before the next one.
    """
    get_db()  # migrates on the app's first request, as every route does
    lane = current_app.extensions[_INGEST]
    path = current_app.config["DATABASE"]
    with lane.lock:
        if lane.db is None or lane.path != path:
            if lane.db is not None:
                lane.db.close()
            lane.db, lane.path = open_db(path, migrate_now=False), path
        try:
            yield lane.db
        finally:
            if lane.db.conn.in_transaction:
                lane.db.execute("ROLLBACK")


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
    """Give the app its per-thread connections (released after every request) and its ingest
    connection."""
    app.extensions[_LOCAL] = threading.local()
    app.extensions[_INGEST] = _IngestLane()
    app.teardown_appcontext(close_db)


class _IngestLane:
    """The lock and the connection of :func:`ingest_db`."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.db: Database | None = None
        self.path: str | None = None
