"""Fixtures for the archive: a real SQLite file, users with tokens, and article texts."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from flask import Flask
from servers import waitress_in_thread
from sqlite_utils import Database

from checker.store import open_db, users


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A migrated database in a real file in the test's temporary directory."""
    database = open_db(tmp_path / "archive.db")
    yield database
    database.close()


@pytest.fixture
def tokens(app: Flask) -> dict[str, str]:
    """One API token per role, for users stored in ``app``'s database."""
    database = open_db(app.config["DATABASE"])
    try:
        return {role: users.create(database, role, role)[1] for role in users.ROLES}
    finally:
        database.close()


@pytest.fixture
def auth(tokens: dict[str, str]) -> Callable[[str], dict[str, str]]:
    """``auth("editor")``: the Authorization header of that role's user."""
    return lambda role: {"Authorization": f"Bearer {tokens[role]}"}


@pytest.fixture
def app_db(app: Flask) -> Iterator[Database]:
    """A second connection to ``app``'s database, to look at what requests stored."""
    database = open_db(app.config["DATABASE"])
    yield database
    database.close()


@pytest.fixture
def live_server_threads(app: Flask) -> Iterator[str]:
    """``app`` under waitress with 8 worker threads (as many as the concurrent clients)."""
    with waitress_in_thread(app, threads=8) as url:
        yield url
