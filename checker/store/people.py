"""People (and organisations) across articles: one row per identity, with aliases and titles.

Identity is the *set* of name parts, case-folded and without accents or punctuation, so
"Chee Chyuan Liong" and "Liong Chee Chyuan" (family name first) are one person, while
"Mary Liong" and "Chee Chyuan Liong" stay two people. Nothing merges on a surname alone:
an article's speaker name is already resolved across that article to the full name.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from sqlite_utils import Database

from checker.store.db import now

_PART = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
# Honorifics are not part of who someone is ("Dr. Jane Doe" is Jane Doe).
_HONORIFICS = frozenset("mr mrs ms miss dr prof sir dame rev".split())


@dataclass(frozen=True, slots=True)
class Person:
    """A stored person or organisation."""

    id: int
    name: str
    name_key: str
    kind: str


@functools.lru_cache(maxsize=4096)
def name_key(name: str) -> str:
    """The identity key of ``name``: its parts, folded and sorted ("chee chyuan liong").

    Cached: an ingest asks for each speaker's key several times (the cross-checks once per
    quote, the title checks, storing the person), and Unicode decomposition is not cheap.
    """
    folded = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    parts = [p.replace("’", "'") for p in _PART.findall(folded)]
    parts = [p for p in parts if p not in _HONORIFICS] or parts
    return " ".join(sorted(parts))


def get_or_create(db: Database, name: str, kind: str = "person") -> Person:
    """The stored person with ``name``'s key, created when new. Call inside a transaction."""
    key = name_key(name)
    row = db.execute(
        "SELECT id, name, name_key, kind FROM people WHERE name_key = ?", [key]
    ).fetchone()
    if row:
        return Person(*row)
    cur = db.execute(
        "INSERT INTO people (name, name_key, kind, created_at) VALUES (?, ?, ?, ?)",
        [name, key, kind, now()],
    )
    return Person(cur.lastrowid, name, key, kind)


def add_aliases(db: Database, person_id: int, aliases: list[str] | tuple[str, ...]) -> None:
    """Record the ways an article referred to the person (pronouns are kept out)."""
    for alias in aliases:
        if alias and alias.casefold() not in _PRONOUNS:
            db.execute(
                "INSERT OR IGNORE INTO aliases (person_id, alias) VALUES (?, ?)",
                [person_id, alias],
            )


_PRONOUNS = frozenset("he she they him her them it we i you his hers their".split())


def add_title(
    db: Database, person_id: int, title: str, article_id: int, published: str | None
) -> None:
    """Record the person's title as one article gave it (titles change over time)."""
    db.execute(
        "INSERT INTO person_titles (person_id, title, article_id, published) VALUES (?, ?, ?, ?)",
        [person_id, title, article_id, published],
    )


def titles(db: Database, person_id: int) -> list[dict]:
    """The person's titles over time: ``{title, article_id, published}``, oldest first."""
    rows = db.execute(
        "SELECT title, article_id, published FROM person_titles WHERE person_id = ? "
        "ORDER BY coalesce(published, ''), id",
        [person_id],
    ).fetchall()
    return [{"title": t, "article_id": a, "published": p} for t, a, p in rows]


def aliases(db: Database, person_id: int) -> list[str]:
    """Every alias recorded for the person."""
    rows = db.execute(
        "SELECT alias FROM aliases WHERE person_id = ? ORDER BY id", [person_id]
    ).fetchall()
    return [r[0] for r in rows]


def get(db: Database, person_id: int) -> Person | None:
    """The person with ``person_id``, or None."""
    row = db.execute(
        "SELECT id, name, name_key, kind FROM people WHERE id = ?", [person_id]
    ).fetchone()
    return Person(*row) if row else None


def find_by_key(db: Database, name: str) -> Person | None:
    """The stored person whose identity key equals ``name``'s, or None."""
    row = db.execute(
        "SELECT id, name, name_key, kind FROM people WHERE name_key = ?", [name_key(name)]
    ).fetchone()
    return Person(*row) if row else None


def search(
    db: Database, *, q: str | None = None, limit: int = 20, offset: int = 0
) -> tuple[list[Person], int]:
    """People whose name or alias contains ``q`` (all people without it); a page and the total."""
    where, params = "", []
    if q:
        where = (
            "WHERE p.name LIKE ? ESCAPE '\\' OR p.id IN "
            "(SELECT person_id FROM aliases WHERE alias LIKE ? ESCAPE '\\')"
        )
        like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        params = [like, like]
    total = db.execute(f"SELECT count(*) FROM people p {where}", params).fetchone()[0]
    rows = db.execute(
        f"SELECT p.id, p.name, p.name_key, p.kind FROM people p {where} "
        "ORDER BY p.name, p.id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return [Person(*r) for r in rows], total


def profile(db: Database, person: Person) -> dict:
    """The person with aliases, titles over time and how many quotes are stored for them."""
    quote_count = db.execute(
        "SELECT count(*) FROM quotes WHERE person_id = ?", [person.id]
    ).fetchone()[0]
    return {
        "id": person.id,
        "name": person.name,
        "kind": person.kind,
        "aliases": aliases(db, person.id),
        "titles": titles(db, person.id),
        "quote_count": quote_count,
    }
