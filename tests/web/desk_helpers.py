"""Helpers for the desk tests: paths, the test password, CSRF tokens, signing in."""

from __future__ import annotations

import re
from pathlib import Path

from flask.testing import FlaskClient

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
PASSWORD = "correct horse battery staple"
_CSRF = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')


def csrf_token(html: str) -> str:
    """The CSRF token of the first form in ``html``."""
    match = _CSRF.search(html)
    assert match, "no CSRF token in the page"
    return match.group(1)


def sign_in(client: FlaskClient, name: str, password: str = PASSWORD) -> str:
    """Sign ``client`` in as ``name``; returns a CSRF token valid for the new session."""
    token = csrf_token(client.get("/sign-in").get_data(as_text=True))
    response = client.post(
        "/sign-in",
        data={"csrf_token": token, "username": name, "password": password, "submit": "Sign in"},
    )
    assert response.status_code == 302, response.get_data(as_text=True)
    return csrf_token(client.get("/check").get_data(as_text=True))
