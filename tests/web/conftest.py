"""Fixtures for the review desk: an app with a known secret key, users, signed-in clients."""

from __future__ import annotations

from pathlib import Path

import pytest
from desk_helpers import PASSWORD, sign_in
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.security import generate_password_hash

from app import create_app
from checker.store import open_db, users


@pytest.fixture
def app(tmp_path: Path) -> Flask:
    """The app on a throw-away database, with its own secret key (overrides tests/conftest)."""
    return create_app(
        {
            "TESTING": True,
            "DATABASE": str(tmp_path / "claims.db"),
            "SECRET_KEY": "desk tests only",
        }
    )


@pytest.fixture
def make_user(app: Flask):
    """Create a user with a password through the store: ``make_user(name, role)``."""

    def make(name: str, role: str, password: str = PASSWORD) -> users.User:
        db = open_db(app.config["DATABASE"])
        try:
            # A cheap hash keeps the tests fast; the CLI's default (scrypt) is tested too.
            hashed = generate_password_hash(password, method="pbkdf2:sha256:1000")
            return users.create(db, name, role, hashed)[0]
        finally:
            db.close()

    return make


@pytest.fixture
def editor(client: FlaskClient, make_user) -> str:
    """``client`` signed in as the editor "ed"; returns its CSRF token."""
    make_user("ed", "editor")
    return sign_in(client, "ed")
