"""Fixtures: the app with a throw-away database, its test client, a live server, ../shared."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

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
    from waitress.server import create_server
    from waitress.wasyncore import close_all

    server = create_server(app, host="127.0.0.1", port=0, threads=2)
    thread = threading.Thread(target=server.run, name="live-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}"
    finally:
        # Close every socket from inside the server's own loop (closing them from this
        # thread races with its select()); with nothing left to watch, run() returns.
        server.trigger.pull_trigger(lambda: close_all(server._map))
        thread.join(timeout=10)
        server.task_dispatcher.shutdown()
        assert not thread.is_alive(), "the live server did not stop"


@pytest.fixture
def shared() -> Path:
    """../shared beside the repo (contract, examples, evaluation data); skips when absent."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is missing")
    return SHARED


def spans_in(obj: Any) -> Iterator[dict[str, Any]]:
    """Every ``{"text", "start", "end"}`` object inside an analysis dictionary."""
    if isinstance(obj, dict):
        if {"text", "start", "end"} <= obj.keys():
            yield obj
        for value in obj.values():
            yield from spans_in(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from spans_in(value)


def assert_spans_match(text: str, analysis: dict[str, Any]) -> int:
    """Assert ``text[start:end] == span text`` for every span; returns how many were checked."""
    count = 0
    for span in spans_in(analysis):
        start, end = span["start"], span["end"]
        assert isinstance(start, int) and isinstance(end, int), span
        assert 0 <= start <= end <= len(text), span
        assert text[start:end] == span["text"], span
        count += 1
    return count


@pytest.fixture
def check_spans() -> Callable[[str, dict[str, Any]], int]:
    """:func:`assert_spans_match`, for tests in any module."""
    return assert_spans_match
