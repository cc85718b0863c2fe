"""Users, roles and API tokens. Tokens are stored as sha256 hashes and shown only once."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from sqlite_utils import Database

from checker.store.db import now, transaction

ROLES = ("reviewer", "editor", "admin")
# Each role can do what the roles before it can: an editor reviews, an admin ingests.
ROLE_RANK = {role: rank for rank, role in enumerate(ROLES)}


class UserExists(Exception):
    """A user with that name is already stored."""


@dataclass(frozen=True, slots=True)
class User:
    """A stored user (never with the password hash)."""

    id: int
    name: str
    role: str
    created_at: str

    def can(self, role: str) -> bool:
        """True when this user's role includes ``role``."""
        return ROLE_RANK[self.role] >= ROLE_RANK[role]


def hash_token(token: str) -> str:
    """The sha256 hex digest stored for an API token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create(
    db: Database, name: str, role: str, password_hash: str | None = None
) -> tuple[User, str]:
    """Create a user with a new API token; returns the user and the token (shown once).

    Raises :class:`UserExists` for a taken name and ``ValueError`` for an unknown role.
    """
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}; choose one of {', '.join(ROLES)}")
    token = secrets.token_urlsafe(32)
    created = now()
    with transaction(db):
        if db.execute("SELECT 1 FROM users WHERE name = ?", [name]).fetchone():
            raise UserExists(name)
        cur = db.execute(
            "INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)",
            [name, role, password_hash, created],
        )
        user = User(cur.lastrowid, name, role, created)
        db.execute(
            "INSERT INTO tokens (user_id, token_hash, created_at) VALUES (?, ?, ?)",
            [user.id, hash_token(token), created],
        )
    return user, token


def by_token(db: Database, token: str) -> User | None:
    """The user holding ``token``, or None for an unknown token."""
    row = db.execute(
        "SELECT u.id, u.name, u.role, u.created_at FROM tokens t JOIN users u ON u.id = t.user_id "
        "WHERE t.token_hash = ?",
        [hash_token(token)],
    ).fetchone()
    return User(*row) if row else None


def all_users(db: Database) -> list[User]:
    """Every user, by name."""
    rows = db.execute("SELECT id, name, role, created_at FROM users ORDER BY name").fetchall()
    return [User(*r) for r in rows]
