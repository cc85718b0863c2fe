"""Stored claims: insert an article's claims, list them with filters and full-text search."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

from sqlite_utils import Database

from checker.jsonio import compact_json_text
from checker.model import Claim
from checker.store.db import insert_rows, next_ids
from checker.store.quotes import search_page

_COLUMNS = 'id, article_id, local_id, text, kind, start, "end", "values", status'


@dataclass(frozen=True, slots=True)
class StoredClaim:
    """A claim as stored, with its parsed values and review status."""

    id: int
    article_id: int
    local_id: str
    text: str
    kind: str | None
    start: int
    end: int
    values: tuple[dict[str, Any], ...]
    status: str | None

    def to_dict(self) -> dict[str, Any]:
        """The claim as a JSON-ready dictionary."""
        out = asdict(self)
        out["values"] = list(self.values)
        return out


def _record(row: tuple) -> StoredClaim:
    *head, values, status = row
    return StoredClaim(*head, tuple(json.loads(values)), status)


def insert_many(
    db: Database,
    article_id: int,
    rows: Iterable[Claim],
    context: str | None = None,
    *,
    ids: list[int] | None = None,
) -> list[int]:
    """Store an article's claims in one statement; their row ids, in order.

    Call inside the write transaction (the ids are given explicitly, as in
    :func:`checker.store.quotes.insert_many`, and ``ids`` likewise); frequencies and pair
    index are the caller's.
    """
    rows = list(rows)
    if not rows:
        return []
    if ids is None:
        ids = next_ids(db, "claims", len(rows))
    insert_rows(  # one statement: one full-text segment (see insert_rows)
        db,
        'INSERT INTO claims (id, article_id, local_id, text, kind, start, "end", "values", '
        "context) VALUES",
        [
            (
                row_id,
                article_id,
                claim.id,
                claim.text,
                claim.kind,
                claim.start,
                claim.end,
                compact_json_text([v.to_dict() for v in claim.values]),
                context,
            )
            for row_id, claim in zip(ids, rows, strict=True)
        ],
    )
    return ids


def terms_text(claim: Claim, context: str | None) -> str:
    """The text whose words a stored claim adds to the document frequencies."""
    return f"{claim.text} {context}" if context else claim.text


def get(db: Database, claim_id: int) -> StoredClaim | None:
    """The stored claim with ``claim_id``, or None."""
    row = db.execute(f"SELECT {_COLUMNS} FROM claims WHERE id = ?", [claim_id]).fetchone()
    return _record(row) if row else None


def search(
    db: Database,
    *,
    q: str | None = None,
    status: str | None = None,
    flag: str | None = None,
    article_id: int | None = None,
    limit: int = 20,
    offset: int = 0,
) -> tuple[list[StoredClaim], int, bool]:
    """One page of stored claims matching every filter, how many match, whether exactly.

    ``flag`` keeps claims that a stored flag of that type is about.
    """
    where: list[str] = []
    params: list[Any] = []
    if flag:
        where.append(
            "claims.id IN (SELECT fi.claim_id FROM flag_items fi JOIN flags f "
            "ON f.id = fi.flag_id WHERE f.type = ?)"
        )
        params.append(flag)
    rows, total, exact = search_page(
        db,
        "claims",
        _COLUMNS,
        q=q,
        where=where,
        params=params,
        status=status,
        article_id=article_id,
        limit=limit,
        offset=offset,
    )
    return [_record(r) for r in rows], total, exact


def set_status(db: Database, claim_id: int, status: str) -> None:
    """Record the latest review status on the claim (the history stays in reviews)."""
    db.execute("UPDATE claims SET status = ? WHERE id = ?", [status, claim_id])
