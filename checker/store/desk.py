"""Read queries for the review desk: the queue, item pages, articles, speakers, sign-in.

The desk's pages read through these functions (and the other ``store`` modules); writes go
through :mod:`checker.store.reviews` and :mod:`checker.store.articles` like the API's do.
The queue is driven from the indexes on ``flag_items`` (quote_id, claim_id) and the primary
keys, and always pages with LIMIT/OFFSET, so it stays fast on a large archive.
"""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from checker.store import reviews
from checker.store.people import name_key
from checker.store.quotes import fts_query
from checker.store.users import User

SEVERITIES = ("high", "medium", "low")
STATUSES = ("unreviewed", "verified", "disputed")
ITEM_TYPES = ("quote", "claim")
_SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}


# -- users -----------------------------------------------------------------------------------


def login_record(db: Database, name: str) -> tuple[User, str | None] | None:
    """The user called ``name`` and their password hash (None when they have no password)."""
    row = db.execute(
        "SELECT id, name, role, created_at, password_hash FROM users WHERE name = ?", [name]
    ).fetchone()
    if row is None:
        return None
    return User(*row[:4]), row[4]


def user_by_id(db: Database, user_id: int) -> User | None:
    """The user with ``user_id``, or None."""
    row = db.execute(
        "SELECT id, name, role, created_at FROM users WHERE id = ?", [user_id]
    ).fetchone()
    return User(*row) if row else None


# -- the queue and search --------------------------------------------------------------------


def _flag_filter(flag: str | None, severity: str | None, column: str) -> tuple[str, list[Any]]:
    """A subquery of the item ids (``column`` of flag_items) that a matching flag is about."""
    where = [f"fi.{column} IS NOT NULL"]
    params: list[Any] = []
    if flag:
        where.append("f.type = ?")
        params.append(flag)
    if severity:
        where.append("f.severity = ?")
        params.append(severity)
    join = " JOIN flags f ON f.id = fi.flag_id" if (flag or severity) else ""
    return (f"SELECT fi.{column} FROM flag_items fi{join} WHERE {' AND '.join(where)}", params)


def _select(
    item_type: str,
    *,
    q: str | None,
    flagged: bool,
    flag: str | None,
    severity: str | None,
    status: str | None,
    person_id: int | None,
    article_id: int | None,
) -> tuple[str, list[Any]] | None:
    """One arm of the queue's UNION: quotes or claims matching the filters; None if none can."""
    table = "quotes" if item_type == "quote" else "claims"
    alias = "i"
    where: list[str] = []
    params: list[Any] = []
    source = f"{table} {alias}"
    rank = "0.0"
    if q is not None:
        match = fts_query(q)
        if match is None:
            return None
        source = f"{table}_fts JOIN {table} {alias} ON {alias}.id = {table}_fts.rowid"
        where.append(f"{table}_fts MATCH ?")
        params.append(match)
        rank = f"{table}_fts.rank"
    if flagged or flag or severity:
        sub, sub_params = _flag_filter(flag, severity, f"{item_type}_id")
        where.append(f"{alias}.id IN ({sub})")
        params.extend(sub_params)
    if status == "unreviewed":
        where.append(f"{alias}.status IS NULL")
    elif status:
        where.append(f"{alias}.status = ?")
        params.append(status)
    if person_id is not None:
        if item_type == "claim":
            return None  # claims have no speaker
        where.append(f"{alias}.person_id = ?")
        params.append(person_id)
    if article_id is not None:
        where.append(f"{alias}.article_id = ?")
        params.append(article_id)
    speaker = f"{alias}.speaker_name" if item_type == "quote" else "NULL"
    person = f"{alias}.person_id" if item_type == "quote" else "NULL"
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    sql = (
        f"SELECT '{item_type}' AS item_type, {alias}.id AS id, {alias}.article_id AS article_id, "
        f"{alias}.text AS text, {alias}.kind AS kind, {alias}.status AS status, "
        f"{speaker} AS speaker_name, {person} AS person_id, {rank} AS rank "
        f"FROM {source} {clause}"
    )
    return sql, params


def items(
    db: Database,
    *,
    q: str | None = None,
    flagged: bool = True,
    item_type: str | None = None,
    flag: str | None = None,
    severity: str | None = None,
    status: str | None = None,
    speaker: str | None = None,
    article_id: int | None = None,
    limit: int = 50,
    offset: int = 0,
) -> tuple[list[dict[str, Any]], int]:
    """A page of quotes and claims matching every filter, and how many match in all.

    The queue (``flagged=True``, no ``q``) lists flagged items, unreviewed first, then newest
    article first. With ``q`` (full text, every word) the best matches come first. Each item
    carries its article's title and date and the flags about it.
    """
    person_id = None
    if speaker:
        row = db.execute("SELECT id FROM people WHERE name_key = ?", [name_key(speaker)]).fetchone()
        if row is None:
            return [], 0
        person_id = row[0]
    arms = []
    params: list[Any] = []
    for kind in ITEM_TYPES:
        if item_type and kind != item_type:
            continue
        arm = _select(
            kind,
            q=q,
            flagged=flagged,
            flag=flag,
            severity=severity,
            status=status,
            person_id=person_id,
            article_id=article_id,
        )
        if arm is not None:
            arms.append(arm[0])
            params.extend(arm[1])
    if not arms:
        return [], 0
    union = " UNION ALL ".join(arms)
    total = db.execute(f"SELECT count(*) FROM ({union})", params).fetchone()[0]
    if q is not None:
        order = "rank, article_id DESC, item_type DESC, id"
    else:
        order = "status IS NOT NULL, article_id DESC, item_type DESC, id"
    rows = db.execute(
        f"SELECT * FROM ({union}) ORDER BY {order} LIMIT ? OFFSET ?", [*params, limit, offset]
    ).fetchall()
    keys = ("item_type", "id", "article_id", "text", "kind", "status", "speaker_name", "person_id")
    found = [dict(zip(keys, r[:8], strict=True)) for r in rows]
    _attach(db, found)
    return found, total


def _attach(db: Database, found: list[dict[str, Any]]) -> None:
    """Add each item's article (title, published) and flags, in two queries per kind."""
    if not found:
        return
    article_ids = sorted({i["article_id"] for i in found})
    marks = ",".join("?" * len(article_ids))
    arts = {
        r[0]: {"id": r[0], "title": r[1], "published": r[2]}
        for r in db.execute(
            f"SELECT id, title, published FROM articles WHERE id IN ({marks})", article_ids
        )
    }
    flags_of: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for kind in ITEM_TYPES:
        ids = [i["id"] for i in found if i["item_type"] == kind]
        if not ids:
            continue
        marks = ",".join("?" * len(ids))
        rows = db.execute(
            f"SELECT fi.{kind}_id, f.id, f.type, f.severity, f.message FROM flag_items fi "
            f"JOIN flags f ON f.id = fi.flag_id WHERE fi.{kind}_id IN ({marks}) ORDER BY f.id",
            ids,
        ).fetchall()
        for item_id, flag_id, ftype, severity, message in rows:
            flags_of.setdefault((kind, item_id), []).append(
                {"id": flag_id, "type": ftype, "severity": severity, "message": message}
            )
    for item in found:
        item["article"] = arts.get(item["article_id"])
        flags = flags_of.get((item["item_type"], item["id"]), [])
        flags.sort(key=lambda f: _SEVERITY_RANK.get(f["severity"], 9))
        item["flags"] = flags
        item["severity"] = flags[0]["severity"] if flags else None


def queue_counts(db: Database) -> dict[str, Any]:
    """How many flagged items are unreviewed, verified and disputed, and flags by type."""
    by_status = dict.fromkeys(STATUSES, 0)
    for kind, table in (("quote", "quotes"), ("claim", "claims")):
        rows = db.execute(
            f"SELECT coalesce(i.status, 'unreviewed'), count(*) FROM {table} i "
            f"WHERE i.id IN (SELECT {kind}_id FROM flag_items WHERE {kind}_id IS NOT NULL) "
            "GROUP BY 1"
        ).fetchall()
        for status, n in rows:
            by_status[status] = by_status.get(status, 0) + n
    by_type = dict(db.execute("SELECT type, count(*) FROM flags GROUP BY type").fetchall())
    return {"status": by_status, "type": by_type, "total": sum(by_status.values())}


def flag_types(db: Database) -> list[str]:
    """The flag types stored so far, for the filter menus."""
    return [r[0] for r in db.execute("SELECT DISTINCT type FROM flags ORDER BY type")]


# -- one item --------------------------------------------------------------------------------


def item(db: Database, item_type: str, item_id: int) -> dict[str, Any] | None:
    """A quote or claim with its article, the flags about it (with evidence and related items
    at their current status), its review history and the words around it."""
    if item_type not in ITEM_TYPES:
        return None
    table = "quotes" if item_type == "quote" else "claims"
    extra = (
        "speaker_name, speaker_title, person_id, NULL"
        if item_type == "quote"
        else 'NULL, NULL, NULL, "values"'
    )
    row = db.execute(
        f'SELECT id, article_id, local_id, text, kind, start, "end", status, {extra} '
        f"FROM {table} WHERE id = ?",
        [item_id],
    ).fetchone()
    if row is None:
        return None
    keys = ("id", "article_id", "local_id", "text", "kind", "start", "end", "status")
    out: dict[str, Any] = dict(zip(keys, row[:8], strict=True))
    out.update(item_type=item_type, speaker_name=row[8], speaker_title=row[9], person_id=row[10])
    out["values"] = json.loads(row[11]) if row[11] else []
    art = db.execute(
        "SELECT id, title, published, text FROM articles WHERE id = ?", [out["article_id"]]
    ).fetchone()
    text = art[3]
    out["article"] = {"id": art[0], "title": art[1], "published": art[2]}
    start, end = out["start"], out["end"]
    out["before"] = _clip_left(text[max(0, start - 240) : start])
    out["after"] = _clip_right(text[end : end + 240])
    flags = []
    for flag_id, data in db.execute(
        f"SELECT f.id, f.data FROM flag_items fi JOIN flags f ON f.id = fi.flag_id "
        f"WHERE fi.{item_type}_id = ? ORDER BY f.id",
        [item_id],
    ):
        flag = json.loads(data)
        flag["id"] = flag_id
        for ev in flag.get("evidence", []):
            ev["before"] = _clip_left(text[max(0, ev["start"] - 80) : ev["start"]])
            ev["after"] = _clip_right(text[ev["end"] : ev["end"] + 80])
        flag["related"] = related_now(db, flag.get("related", []))
        flags.append(flag)
    flags.sort(key=lambda f: _SEVERITY_RANK.get(f["severity"], 9))
    out["flags"] = flags
    out["reviews"] = [r.to_dict() for r in reviews.for_item(db, item_type, item_id)]
    return out


def related_now(db: Database, related: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Related items from other articles with their *current* status and article title."""
    out = []
    for rel in related:
        kind = "quote" if "quote_id" in rel else "claim"
        rid = rel.get("quote_id", rel.get("claim_id"))
        table = "quotes" if kind == "quote" else "claims"
        speaker = "i.speaker_name" if kind == "quote" else "NULL"
        row = db.execute(
            f"SELECT i.status, a.id, a.title, a.published, {speaker} FROM {table} i "
            "JOIN articles a ON a.id = i.article_id WHERE i.id = ?",
            [rid],
        ).fetchone()
        entry = {"item_type": kind, "id": rid, "text": rel.get("text"), "status": rel.get("status")}
        entry["speaker_name"] = None
        if row:
            entry.update(
                status=row[0], article={"id": row[1], "title": row[2], "published": row[3]}
            )
            entry["speaker_name"] = row[4]
        else:
            entry["article"] = {"id": rel.get("article_id"), "title": None, "published": None}
        out.append(entry)
    return out


def _clip_left(s: str) -> str:
    """Context before a span, starting at a word boundary and on the span's paragraph."""
    s = s.rsplit("\n", 1)[-1] if "\n" in s else s
    if " " in s and len(s) > 60:
        s = "…" + s.split(" ", 1)[1]
    return s


def _clip_right(s: str) -> str:
    """Context after a span, ending at a word boundary and on the span's paragraph."""
    s = s.split("\n", 1)[0] if "\n" in s else s
    if " " in s and len(s) > 60:
        s = s.rsplit(" ", 1)[0] + "…"
    return s


# -- articles --------------------------------------------------------------------------------


def article(db: Database, article_id: int) -> dict[str, Any] | None:
    """A stored article: its row, its text and the stored analysis with current statuses."""
    from checker.store.articles import get_body

    row = db.execute(
        "SELECT id, title, url, published, created_at FROM articles WHERE id = ?", [article_id]
    ).fetchone()
    if row is None:
        return None
    body = get_body(db, article_id, with_text=True)
    keys = ("id", "title", "url", "published", "created_at")
    return dict(zip(keys, row, strict=True)) | {"body": body}


def articles_for_filter(db: Database, article_id: int | None) -> dict[str, Any] | None:
    """The id and title of the article a filter names, to show it in the filter bar."""
    if article_id is None:
        return None
    row = db.execute("SELECT id, title FROM articles WHERE id = ?", [article_id]).fetchone()
    return {"id": row[0], "title": row[1]} if row else None


# -- speakers --------------------------------------------------------------------------------


def speakers(
    db: Database, *, q: str | None = None, limit: int = 50, offset: int = 0
) -> tuple[list[dict[str, Any]], int]:
    """People with their latest title and how many quotes (and disputed quotes) they have."""
    where, params = "", []
    if q:
        like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        where = (
            "WHERE p.name LIKE ? ESCAPE '\\' OR p.id IN "
            "(SELECT person_id FROM aliases WHERE alias LIKE ? ESCAPE '\\')"
        )
        params = [like, like]
    total = db.execute(f"SELECT count(*) FROM people p {where}", params).fetchone()[0]
    rows = db.execute(
        "SELECT p.id, p.name, p.kind, "
        "(SELECT count(*) FROM quotes q WHERE q.person_id = p.id), "
        "(SELECT count(*) FROM quotes q WHERE q.person_id = p.id AND q.status = 'disputed'), "
        "(SELECT title FROM person_titles t WHERE t.person_id = p.id "
        " ORDER BY coalesce(t.published, '') DESC, t.id DESC LIMIT 1) "
        f"FROM people p {where} ORDER BY p.name COLLATE NOCASE, p.id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    keys = ("id", "name", "kind", "quotes", "disputed", "title")
    return [dict(zip(keys, r, strict=True)) for r in rows], total
