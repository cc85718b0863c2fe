"""Stored quotes: insert an article's quotes, list them with filters and full-text search."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

from sqlite_utils import Database

from checker.model import Quote
from checker.store.db import insert_rows, next_ids

_COLUMNS = (
    'id, article_id, local_id, person_id, speaker_name, speaker_title, text, kind, start, "end", '
    "confidence, status"
)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class StoredQuote:
    """A quote as stored: its row id, article, speaker (person id and name) and review status."""

    id: int
    article_id: int
    local_id: str
    person_id: int | None
    speaker_name: str | None
    speaker_title: str | None
    text: str
    kind: str
    start: int
    end: int
    confidence: float
    status: str | None

    def to_dict(self) -> dict[str, Any]:
        """The quote as JSON-ready dictionary."""
        return asdict(self)


def insert_many(
    db: Database,
    article_id: int,
    rows: Iterable[tuple[Quote, int | None]],
    *,
    ids: list[int] | None = None,
) -> list[int]:
    """Store an article's quotes (each with its person id) in one statement; their row ids.

    Call inside the write transaction: the ids are given explicitly, from the largest
    stored id on, which nobody else can take while the transaction holds the write lock.
    The document frequencies and the pair index are left to the caller. ``ids`` may hold
    the ids already taken with :func:`checker.store.db.next_ids` in the same transaction.
    """
    rows = list(rows)
    if not rows:
        return []
    if ids is None:
        ids = next_ids(db, "quotes", len(rows))
    insert_rows(  # one statement: one full-text segment for the article (see insert_rows)
        db,
        "INSERT INTO quotes (id, article_id, local_id, person_id, speaker_name, speaker_title, "
        'text, kind, start, "end", confidence) VALUES',
        [
            (
                row_id,
                article_id,
                quote.id,
                person_id,
                quote.speaker.name if quote.speaker else None,
                quote.speaker.title if quote.speaker else None,
                quote.text,
                quote.kind,
                quote.start,
                quote.end,
                quote.confidence,
            )
            for row_id, (quote, person_id) in zip(ids, rows, strict=True)
        ],
    )
    return ids


def get(db: Database, quote_id: int) -> StoredQuote | None:
    """The stored quote with ``quote_id``, or None."""
    row = db.execute(f"SELECT {_COLUMNS} FROM quotes WHERE id = ?", [quote_id]).fetchone()
    return StoredQuote(*row) if row else None


# Full-text searches count matches up to COUNT_CAP, and rank by bm25 up to RANK_LIMIT
# matches (newest first beyond): both keep a search of a million quotes well under 50 ms.
COUNT_CAP = 10_000
RANK_LIMIT = 2_000


def count_capped(
    db: Database, source: str, clause: str, params: list[Any], *, capped: bool
) -> tuple[int, bool]:
    """How many rows match (at most COUNT_CAP when ``capped``) and whether that is exact."""
    if not capped:
        return db.execute(f"SELECT count(*) FROM {source} {clause}", params).fetchone()[0], True
    n = db.execute(
        f"SELECT count(*) FROM (SELECT 1 FROM {source} {clause} LIMIT {COUNT_CAP + 1})", params
    ).fetchone()[0]
    return min(n, COUNT_CAP), n <= COUNT_CAP


def fts_query(q: str) -> str | None:
    """A safe FTS5 query for user text: every word must occur (quoted, so no syntax leaks)."""
    words = _WORD.findall(q)
    if not words:
        return None
    return " ".join(f'"{w}"' for w in words[:32])


def search_page(
    db: Database,
    table: str,
    columns: str,
    *,
    q: str | None,
    where: list[str],
    params: list[Any],
    status: str | None,
    article_id: int | None,
    limit: int,
    offset: int,
) -> tuple[list[tuple], int, bool]:
    """One page of ``table`` rows (quotes or claims) under the shared filters and search.

    ``where``/``params`` carry the table's own filters. With ``q`` the rows come from the
    table's FTS5 index, best match first; past RANK_LIMIT matches, newest first.
    """
    where, params = list(where), list(params)
    source, order = table, f"{table}.id DESC"
    if q is not None:
        match = fts_query(q)
        if match is None:
            return [], 0, True
        source = f"{table}_fts JOIN {table} ON {table}.id = {table}_fts.rowid"
        where.insert(0, f"{table}_fts MATCH ?")
        params.insert(0, match)
        order = f"{table}_fts.rank, {table}.id"
    if status:
        if status == "unreviewed":
            where.append(f"{table}.status IS NULL")
        else:
            where.append(f"{table}.status = ?")
            params.append(status)
    if article_id is not None:
        where.append(f"{table}.article_id = ?")
        params.append(article_id)
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    if q is not None and len(where) == 1:
        # Only the words filter: count in the index alone, without a row look-up per match
        # (10,000 of them for "hillary clinton" in a million quotes: 10 ms against 1.6).
        count_source, count_clause = f"{table}_fts", f"WHERE {table}_fts MATCH ?"
    else:
        count_source, count_clause = source, clause
    total, exact = count_capped(db, count_source, count_clause, params, capped=q is not None)
    if q is not None and total > RANK_LIMIT:
        # bm25 over this many matches would be slow: newest first. Ordered by the index's
        # rowid (the row's id), FTS5 hands the matches over newest first and the LIMIT stops
        # it; ordered by the row's id, SQLite sorted every match (120 ms for "trump").
        order = f"{table}_fts.rowid DESC"
    cols = ", ".join(f"{table}.{c.strip()}" for c in columns.split(","))
    rows = db.execute(
        f"SELECT {cols} FROM {source} {clause} ORDER BY {order} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return rows, total, exact


def search(
    db: Database,
    *,
    q: str | None = None,
    speaker: str | None = None,
    person_id: int | None = None,
    status: str | None = None,
    article_id: int | None = None,
    limit: int = 20,
    offset: int = 0,
) -> tuple[list[StoredQuote], int, bool]:
    """One page of stored quotes matching every filter, how many match, whether exactly.

    ``q`` is full-text (every word, stemmed; best bm25 first), ``speaker`` a name (matched on
    the person's identity, so word order does not matter), ``status`` ``verified``,
    ``disputed`` or ``unreviewed``. Without ``q`` the newest come first. With ``q`` the
    count stops at COUNT_CAP and more than RANK_LIMIT matches come newest first.
    """
    from checker.store.people import name_key

    where: list[str] = []
    params: list[Any] = []
    if speaker:
        where.append("quotes.person_id IN (SELECT id FROM people WHERE name_key = ?)")
        params.append(name_key(speaker))
    if person_id is not None:
        where.append("quotes.person_id = ?")
        params.append(person_id)
    rows, total, exact = search_page(
        db,
        "quotes",
        _COLUMNS,
        q=q,
        where=where,
        params=params,
        status=status,
        article_id=article_id,
        limit=limit,
        offset=offset,
    )
    return [StoredQuote(*r) for r in rows], total, exact


def set_status(db: Database, quote_id: int, status: str) -> None:
    """Record the latest review status on the quote (the history stays in reviews)."""
    db.execute("UPDATE quotes SET status = ? WHERE id = ?", [status, quote_id])
