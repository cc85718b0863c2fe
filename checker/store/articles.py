"""Stored articles, and ingest: an article and everything found in it, in one transaction."""

from __future__ import annotations

import functools
import hashlib
import json
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from checker.jsonio import compact_json_text
from checker.model import Analysis, Flag
from checker.store import claims, crosscheck, people, quotes, terms
from checker.store.db import next_ids, now, transaction

_QUOTE_MARKS = (("“", '"'), ("”", '"'), ("‘", "'"), ("’", "'"))


@dataclass(frozen=True, slots=True)
class Ingested:
    """The outcome of :func:`store_article`: the article id, whether it is new, its body."""

    id: int
    created: bool
    body: dict[str, Any]


@functools.lru_cache(maxsize=32)
def content_hash(text: str) -> str:
    """sha256 of the normalised text: Unicode NFKC, straight quote marks, single spaces.

    Two submissions that differ only in line wrapping or curly quotes are the same article.
    Cached for the last few texts: one ingest asks for it up to five times (the API's and
    the store's dedupe look-ups, the row, the body).
    """
    norm = unicodedata.normalize("NFKC", text)
    if not norm.isascii():  # str.translate walks every character; most text has no curly marks
        for curly, straight in _QUOTE_MARKS:
            norm = norm.replace(curly, straight)
    # split() and re's \s agree on what whitespace is (str.isspace); the join is 3x faster.
    norm = " ".join(norm.split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def find_existing(db: Database, *, url: str | None, text: str) -> int | None:
    """The id of the stored article with this url or this (normalised) text, else None."""
    # Two probes of two unique indexes: an OR in one query makes SQLite merge and sort.
    row = db.execute(
        "SELECT id FROM articles WHERE content_hash = ?", [content_hash(text)]
    ).fetchone()
    if row is None and url is not None:
        row = db.execute("SELECT id FROM articles WHERE url = ?", [url]).fetchone()
    return row[0] if row else None


def store_article(
    db: Database,
    analysis: Analysis,
    *,
    text: str,
    title: str | None = None,
    url: str | None = None,
    cross_checks: bool = True,
) -> Ingested:
    """Store the article, its people, quotes, claims and flags (with cross-checks): all or nothing.

    Posting the same url or text again returns the stored article and writes nothing. The
    cross-checks compare the article with everything committed before they start; they run
    before the write transaction, so concurrent ingests check in parallel and hold the
    write lock only to re-check for a duplicate and insert. ``cross_checks=False`` skips
    them (bulk loads of an archive that was checked before).
    """
    existing = find_existing(db, url=url, text=text)
    if existing is not None:  # fast path: a repeat takes no write lock
        return Ingested(existing, False, get_body(db, existing))
    cross = crosscheck.check(db, analysis) if cross_checks else []
    with transaction(db):
        existing = find_existing(db, url=url, text=text)
        if existing is not None:  # another writer stored it while we analysed
            return Ingested(existing, False, get_body(db, existing))
        body = _insert(db, analysis, cross, text=text, title=title, url=url)
    return Ingested(body["id"], True, body)


def _insert(
    db: Database,
    analysis: Analysis,
    cross: list[Flag],
    *,
    text: str,
    title: str | None,
    url: str | None,
) -> dict[str, Any]:
    # Every id is given explicitly (the largest stored id on; nobody else can take them while
    # the transaction holds the write lock), so the body is complete before anything that
    # points at the article is written, and the article row, text and analysis JSON together,
    # is written once rather than inserted and then rewritten with its analysis.
    flags = [*analysis.flags, *cross]
    created = now()
    article_id = next_ids(db, "articles", 1)[0]

    person_ids: dict[str, int] = {}
    speakers = []
    titles: list[tuple[int, str]] = []
    for speaker in analysis.speakers:
        person_id = None
        if speaker.kind in ("person", "organisation") and crosscheck.is_person_name(speaker.name):
            person = people.get_or_create(db, speaker.name, speaker.kind)
            person_id = person.id
            person_ids[speaker.name] = person_id
            people.add_aliases(db, person_id, [speaker.name, *speaker.aliases])
            if speaker.title:
                titles.append((person_id, speaker.title))
        speakers.append({**speaker.to_dict(), "person_id": person_id})

    stored_quotes = next_ids(db, "quotes", len(analysis.quotes)) if analysis.quotes else []
    quote_ids = {q.id: row_id for q, row_id in zip(analysis.quotes, stored_quotes, strict=True)}
    quote_dicts = [
        {**q.to_dict(), "stored_id": row_id, "status": None}
        for q, row_id in zip(analysis.quotes, stored_quotes, strict=True)
    ]
    stored_claims = next_ids(db, "claims", len(analysis.claims)) if analysis.claims else []
    claim_ids = {c.id: row_id for c, row_id in zip(analysis.claims, stored_claims, strict=True)}
    claim_dicts = [
        {**c.to_dict(), "stored_id": row_id, "status": None}
        for c, row_id in zip(analysis.claims, stored_claims, strict=True)
    ]

    first_flag = next_ids(db, "flags", 1)[0]
    flag_dicts = []
    flag_rows = []
    items: list[tuple[int, int | None, int | None]] = []
    for flag_id, flag in enumerate(flags, start=first_flag):
        data = flag.to_dict()
        flag_rows.append(
            (flag_id, article_id, flag.type, flag.severity, flag.message, compact_json_text(data))
        )
        data["stored_id"] = flag_id
        items.extend(
            (flag_id, quote_ids[local], None) for local in flag.quote_ids if local in quote_ids
        )
        items.extend(
            (flag_id, None, claim_ids[local]) for local in flag.claim_ids if local in claim_ids
        )
        flag_dicts.append(data)

    body = {
        "id": article_id,
        "title": title,
        "url": url,
        "content_hash": content_hash(text),
        "created_at": created,
        "source": analysis.source,
        "published": analysis.published,
        "quotes": quote_dicts,
        "speakers": speakers,
        "claims": claim_dicts,
        "flags": flag_dicts,
    }
    db.execute(
        "INSERT INTO articles (id, title, url, published, text, content_hash, source, analysis, "
        "n_quotes, n_claims, n_flags, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            article_id,
            title,
            url,
            analysis.published,
            text,
            content_hash(text),
            analysis.source,
            compact_json_text(body),
            len(analysis.quotes),
            len(analysis.claims),
            len(flags),
            created,
        ],
    )
    for person_id, person_title in titles:
        people.add_title(db, person_id, person_title, article_id, analysis.published)

    quotes.insert_many(
        db,
        article_id,
        (
            (q, person_ids.get(q.speaker.name) if q.speaker and q.speaker.name else None)
            for q in analysis.quotes
        ),
        ids=stored_quotes,
    )
    claims.insert_many(db, article_id, analysis.claims, title, ids=stored_claims)

    # The article's words counted once for all its rows, then the pair index ranks each
    # row's words by the frequencies that returns.
    df = terms.record_terms(
        db,
        article_id,
        {
            "quote": terms.word_counts(q.text for q in analysis.quotes),
            "claim": terms.word_counts(claims.terms_text(c, title) for c in analysis.claims),
        },
    )
    quote_rows = zip(stored_quotes, (q.text for q in analysis.quotes), strict=True)
    crosscheck.index_pairs(db, "quote", quote_rows, df["quote"])
    claim_rows = zip(stored_claims, (c.text for c in analysis.claims), strict=True)
    crosscheck.index_pairs(db, "claim", claim_rows, df["claim"])

    if flag_rows:
        db.conn.executemany(
            "INSERT INTO flags (id, article_id, type, severity, message, data) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            flag_rows,
        )
    if items:
        db.conn.executemany(
            "INSERT INTO flag_items (flag_id, quote_id, claim_id) VALUES (?, ?, ?)", items
        )
    return body


def get_body(db: Database, article_id: int, *, with_text: bool = False) -> dict[str, Any] | None:
    """The stored analysis object of an article, with the current review statuses."""
    row = db.execute("SELECT analysis, text FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        return None
    body = json.loads(row[0])
    statuses = dict(
        db.execute("SELECT id, status FROM quotes WHERE article_id = ?", [article_id]).fetchall()
    )
    for quote in body["quotes"]:
        quote["status"] = statuses.get(quote["stored_id"])
    statuses = dict(
        db.execute("SELECT id, status FROM claims WHERE article_id = ?", [article_id]).fetchall()
    )
    for claim in body["claims"]:
        claim["status"] = statuses.get(claim["stored_id"])
    if with_text:
        body["text"] = row[1]
    return body


def count(db: Database) -> int:
    """How many articles are stored."""
    return db.execute("SELECT count(*) FROM articles").fetchone()[0]


def page(db: Database, *, limit: int = 20, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    """One page of stored articles (newest first, without text or analysis) and the total."""
    rows = db.execute(
        "SELECT id, title, url, published, n_quotes, n_claims, n_flags, created_at "
        "FROM articles ORDER BY id DESC LIMIT ? OFFSET ?",
        [limit, offset],
    ).fetchall()
    keys = ("id", "title", "url", "published", "n_quotes", "n_claims", "n_flags", "created_at")
    return [dict(zip(keys, r, strict=True)) for r in rows], count(db)
