"""Reviews of stored quotes and claims: every review is kept; the latest sets the status."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlite_utils import Database

from checker.store import claims, quotes
from checker.store.db import now, transaction

STATUSES = ("verified", "disputed")
ITEM_TYPES = ("quote", "claim")


@dataclass(frozen=True, slots=True)
class Review:
    """One reviewer's verdict on a quote or claim, with a note and when it was given."""

    id: int
    item_type: str
    item_id: int
    status: str
    note: str | None
    reviewer: str
    created_at: str

    def to_dict(self) -> dict[str, Any]:
        """The review as a JSON-ready dictionary."""
        return asdict(self)


def add(
    db: Database, item_type: str, item_id: int, status: str, note: str | None, user_id: int
) -> Review | None:
    """Record a review and make its status the item's; None when the item does not exist.

    The review row and the item's status change commit together.
    """
    if item_type not in ITEM_TYPES or status not in STATUSES:
        raise ValueError(f"bad review: {item_type} {status}")
    table = quotes if item_type == "quote" else claims
    with transaction(db):
        if table.get(db, item_id) is None:
            return None
        created = now()
        cur = db.execute(
            "INSERT INTO reviews (item_type, item_id, status, note, user_id, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [item_type, item_id, status, note, user_id, created],
        )
        table.set_status(db, item_id, status)
        review_id = cur.lastrowid
    return get(db, review_id)


def get(db: Database, review_id: int) -> Review | None:
    """The review with ``review_id``, or None."""
    row = db.execute(_SELECT + " WHERE r.id = ?", [review_id]).fetchone()
    return Review(*row) if row else None


def for_item(db: Database, item_type: str, item_id: int) -> list[Review]:
    """Every review of one quote or claim, oldest first."""
    rows = db.execute(
        _SELECT + " WHERE r.item_type = ? AND r.item_id = ? ORDER BY r.id", [item_type, item_id]
    ).fetchall()
    return [Review(*r) for r in rows]


def for_items(db: Database, item_type: str, item_ids: list[int]) -> dict[int, list[Review]]:
    """The reviews of several items at once, keyed by item id (oldest first)."""
    out: dict[int, list[Review]] = {i: [] for i in item_ids}
    if not item_ids:
        return out
    marks = ",".join("?" * len(item_ids))
    rows = db.execute(
        _SELECT + f" WHERE r.item_type = ? AND r.item_id IN ({marks}) ORDER BY r.id",
        [item_type, *item_ids],
    ).fetchall()
    for row in rows:
        review = Review(*row)
        out[review.item_id].append(review)
    return out


_SELECT = (
    "SELECT r.id, r.item_type, r.item_id, r.status, r.note, u.name, r.created_at "
    "FROM reviews r JOIN users u ON u.id = r.user_id"
)


def with_reviews(db: Database, item_type: str, items: list[Any]) -> list[dict[str, Any]]:
    """``items`` (stored quotes or claims) as dictionaries, each with every review of it."""
    found = for_items(db, item_type, [item.id for item in items])
    return [item.to_dict() | {"reviews": [r.to_dict() for r in found[item.id]]} for item in items]
