"""Bearer tokens and roles: a reviewer reviews, an editor also ingests, an admin also manages users.

A missing or unknown token is a 401 (with ``WWW-Authenticate: Bearer``); a known token whose
role is too low is a 403. Tokens are made by ``checker user add`` (or ``POST /api/v1/users``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from flask import g, request
from flask_smorest import abort

from checker.api.db import get_db
from checker.store import users
from checker.store.users import User

SECURITY = [{"bearerAuth": []}]
SECURITY_SCHEME = {"type": "http", "scheme": "bearer"}


def current_user() -> User:
    """The user of the request's token; 401 when the token is missing or unknown."""
    if "user" in g:
        return g.user
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        _unauthorized("Send an API token in the header Authorization: Bearer <token>.")
    user = users.by_token(get_db(), token)
    if user is None:
        _unauthorized("The API token is not valid.")
    g.user = user
    return user


def require_role(role: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """View decorator: the token's user must have ``role`` (or a higher one), else 401/403."""

    def decorator(view: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            user = current_user()
            if not user.can(role):
                abort(403, message=f"This needs the {role} role; {user.name} is a {user.role}.")
            return view(*args, **kwargs)

        return wrapper

    return decorator


def _unauthorized(message: str) -> None:
    abort(401, message=message, headers={"WWW-Authenticate": "Bearer"})
