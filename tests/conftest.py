"""Fixtures: the app with a throw-away database, its test client, a live server, ../shared."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from servers import waitress_in_thread
from spanchecks import assert_spans_match

from app import create_app

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture
def app(tmp_path: Path) -> Flask:
    """A fresh app whose DATABASE lives in the test's temporary directory."""
    return create_app({"TESTING": True, "DATABASE": str(tmp_path / "claims.db")})


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """Flask's test client for ``app``."""
    return app.test_client()


@pytest.fixture
def live_server(app: Flask) -> Iterator[str]:
    """``app`` under waitress (as ``checker serve`` runs it) on a free port; yields the base URL."""
    with waitress_in_thread(app, threads=2) as url:
        yield url


@pytest.fixture
def shared() -> Path:
    """../shared beside the repo (contract, examples, evaluation data); skips when absent."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is missing")
    return SHARED


@pytest.fixture
def check_spans() -> Callable[[str, dict[str, Any]], int]:
    """:func:`assert_spans_match`, for tests in any module."""
    return assert_spans_match
