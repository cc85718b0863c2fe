"""The store: migrations and pragmas, round trip, all-or-nothing ingest, dedupe, identity."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from archive_helpers import BRIDGE, said
from sqlite_utils import Database

import checker
from checker.model import Analysis, Quote, QuoteSpeaker, Speaker
from checker.store import articles, crosscheck, open_db, people, quotes, reviews, users
from checker.store import db as store_db
from checker.store.articles import content_hash, store_article


def ingest(db: Database, text: str, **kwargs) -> articles.Ingested:
    return store_article(db, checker.analyze(text), text=text, **kwargs)


def table_counts(db: Database) -> dict[str, int]:
    names = ["articles", "people", "aliases", "person_titles", "quotes", "claims", "flags"]
    names += ["word_pairs"]
    return {n: db.execute(f"SELECT count(*) FROM {n}").fetchone()[0] for n in names}


def test_migrations_are_numbered_recorded_and_idempotent(tmp_path):
    db = open_db(tmp_path / "a.db")
    rows = db.execute("SELECT version, name FROM schema_migrations ORDER BY version").fetchall()
    assert [r[0] for r in rows] == list(range(1, len(store_db.MIGRATIONS) + 1))
    assert store_db.migrate(db) == len(store_db.MIGRATIONS)  # a second run applies nothing
    assert len(db.execute("SELECT * FROM schema_migrations").fetchall()) == len(rows)
    assert {
        "articles",
        "people",
        "aliases",
        "quotes",
        "claims",
        "flags",
        "reviews",
        "users",
        "tokens",
        "quotes_fts",
        "claims_fts",
    } <= set(db.table_names())


def test_pragmas(db):
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == store_db.BUSY_TIMEOUT_MS
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == store_db.WAL_CHECKPOINT_PAGES


def test_wal_checkpoints_run_in_the_background(tmp_path, monkeypatch):
    monkeypatch.setattr(store_db, "CHECKPOINT_DELAY_S", 0.01)
    monkeypatch.setattr(store_db, "CHECKPOINT_IDLE_S", 0.2)
    path = str(tmp_path / "a.db")
    done = []
    real = store_db.checkpoint
    # (other tests' checkpointer threads may still be about: only this file's count)
    monkeypatch.setattr(
        store_db, "checkpoint", lambda p: done.append(real(p)) if p == path else real(p)
    )
    db = open_db(path)
    assert db.checkpoint_path == path
    ingest(db, said(BRIDGE, "Jane Doe"))
    for _ in range(200):  # the thread checkpoints, then ends when no commit follows
        if done and path not in store_db._Checkpointer._threads:
            break
        threading.Event().wait(0.02)
    busy, frames, copied = done[-1]
    assert (busy, copied) == (0, frames) and frames > 0
    assert path not in store_db._Checkpointer._threads
    db.close()


def test_a_checkpoint_never_creates_a_database(tmp_path):
    assert store_db.checkpoint(str(tmp_path / "gone.db")) is None
    assert not (tmp_path / "gone.db").exists()


def test_in_memory_database_works_too():
    db = Database(memory=True)
    store_db.migrate(db)
    text = said(BRIDGE, "Jane Doe")
    assert ingest(db, text).created


def test_round_trip(db):
    text = said(BRIDGE, "Jane Doe", "the mayor of Springfield")
    stored = ingest(db, text, title="Bridge", url="https://example.org/bridge")
    assert stored.created
    body = articles.get_body(db, stored.id, with_text=True)
    assert body["text"] == text and body["title"] == "Bridge"
    assert body["content_hash"] == content_hash(text)
    (quote,) = body["quotes"]
    row = quotes.get(db, quote["stored_id"])
    assert row.text == quote["text"] == text[row.start : row.end]
    assert row.speaker_name == "Jane Doe" and row.article_id == stored.id
    person = people.get(db, row.person_id)
    assert person.name == "Jane Doe"
    assert people.titles(db, person.id)[0]["title"] == "the mayor of Springfield"
    n = db.execute("SELECT n_quotes FROM articles WHERE id = ?", [stored.id]).fetchone()[0]
    assert n == 1


def test_a_failure_mid_ingest_stores_nothing(db, monkeypatch):
    ingest(db, said("Something specific about taxes and schools and roads", "Ann Lee"))
    before = table_counts(db)
    text = said(BRIDGE, "Jane Doe", "the mayor") + " " + said(BRIDGE + " again", "Bob Roe")
    calls = []

    def failing_index(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:  # after the article, people, quotes and their pair keys
            raise RuntimeError("disk on fire")
        return real_index(*args, **kwargs)

    real_index = crosscheck.index_pairs
    monkeypatch.setattr(crosscheck, "index_pairs", failing_index)
    with pytest.raises(RuntimeError):
        ingest(db, text)
    assert len(calls) == 2
    assert table_counts(db) == before
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    monkeypatch.undo()
    assert ingest(db, text).created  # and it can be stored afterwards


@pytest.mark.parametrize("how", ["url", "text", "reflowed text"])
def test_dedupe_by_url_and_text(db, how):
    text = said(BRIDGE, "Jane Doe")
    first = ingest(db, text, url="https://example.org/a")
    before = table_counts(db)
    if how == "url":
        again = ingest(
            db, said("Another thing entirely, said slowly", "Bob Roe"), url="https://example.org/a"
        )
    elif how == "text":
        again = ingest(db, text)
    else:
        again = ingest(db, "  " + text.replace(" ", "\n", 3).replace('"', "“", 1) + "\n")
    assert (again.id, again.created) == (first.id, False)
    assert again.body["quotes"] == first.body["quotes"]
    assert table_counts(db) == before


def test_name_key_is_the_set_of_name_parts():
    key = people.name_key
    assert (
        key("Chee Chyuan Liong")
        == key("Liong Chee Chyuan")
        == key("liong  chee-chyuan".replace("-", " "))
    )
    assert key("Chee Chyuan Liong") != key("Mei Ling Liong")
    assert key("José Álvarez") == key("Jose Alvarez")
    assert key("Dr. Jane Doe") == key("Jane Doe")


def quote_by(text: str, name: str) -> Analysis:
    """An analysis of one quote by ``name`` (built directly: the names here are the point)."""
    start = 1
    quote = Quote("q1", text, start, start + len(text), "direct", speaker=QuoteSpeaker(name))
    return Analysis(
        None,
        None,
        quotes=(quote,),
        speakers=(Speaker(name, quote_ids=("q1",)),),
        text=f'"{text}," said {name}.',
    )


def test_one_person_across_articles(db):
    a = store_article(
        db,
        quote_by("Trade talks went well this week in Kuala Lumpur", "Chee Chyuan Liong"),
        text="article one",
    )
    b = store_article(
        db,
        quote_by("Exports rose again despite the tariffs and the floods", "Liong Chee Chyuan"),
        text="article two",
    )
    c = store_article(
        db,
        quote_by("The harbour will reopen on Monday after the storm", "Mei Ling Liong"),
        text="article three",
    )
    ids = [x.body["speakers"][0]["person_id"] for x in (a, b, c)]
    assert ids[0] == ids[1] != ids[2]
    assert set(people.aliases(db, ids[0])) == {"Chee Chyuan Liong", "Liong Chee Chyuan"}
    found, total, _ = quotes.search(db, speaker="Liong Chee Chyuan")
    assert total == 2 and {q.person_id for q in found} == {ids[0]}


def test_reviews_keep_history_and_set_status(db):
    stored = ingest(db, said(BRIDGE, "Jane Doe"))
    qid = stored.body["quotes"][0]["stored_id"]
    user, _ = users.create(db, "rita", "reviewer")
    reviews.add(db, "quote", qid, "disputed", "not on tape", user.id)
    reviews.add(db, "quote", qid, "verified", "found it", user.id)
    history = reviews.for_item(db, "quote", qid)
    assert [(r.status, r.note, r.reviewer) for r in history] == [
        ("disputed", "not on tape", "rita"),
        ("verified", "found it", "rita"),
    ]
    assert quotes.get(db, qid).status == "verified"
    assert reviews.add(db, "quote", 999, "verified", None, user.id) is None


def test_tokens_are_stored_hashed(db):
    user, token = users.create(db, "ed", "editor")
    stored = db.execute("SELECT token_hash FROM tokens").fetchone()[0]
    assert token not in stored and stored == users.hash_token(token)
    assert users.by_token(db, token) == user
    assert users.by_token(db, token + "x") is None
    with pytest.raises(users.UserExists):
        users.create(db, "ed", "admin")


def test_transaction_rolls_back(db):
    with pytest.raises(sqlite3.IntegrityError), store_db.transaction(db):
        db.execute("INSERT INTO users (name, role, created_at) VALUES ('a', 'admin', 'now')")
        db.execute("INSERT INTO users (name, role, created_at) VALUES ('a', 'admin', 'now')")
    assert db.execute("SELECT count(*) FROM users").fetchone()[0] == 0


def test_quotes_and_claims_go_in_by_one_statement_each_all_searchable(db):
    """insert_rows stores every row as given, and the full-text indexes find each one."""
    lines = [
        said(f"Bridge number {i} opens in {2000 + i} for {i}.5 million dollars", f"Jo Roe{i}")
        for i in range(7)
    ]
    text = " ".join(lines)
    stored = ingest(db, text, title="Bridges").body
    assert len(stored["quotes"]) == 7 and stored["claims"]
    confidence = {q.id: q.confidence for q in checker.analyze(text).quotes}
    for quote in stored["quotes"]:
        row = quotes.get(db, quote["stored_id"])
        assert (row.text, row.start, row.end, row.kind, row.confidence) == (
            quote["text"],
            quote["start"],
            quote["end"],
            quote["kind"],
            confidence[quote["id"]],
        )
        found, _, _ = quotes.search(db, q=quote["text"])
        assert quote["stored_id"] in [f.id for f in found]
    claims_found = db.execute(
        "SELECT rowid FROM claims_fts WHERE claims_fts MATCH 'bridge' ORDER BY rowid"
    ).fetchall()
    assert [r[0] for r in claims_found] == [c["stored_id"] for c in stored["claims"]]
    for table in ("quotes_fts", "claims_fts"):
        db.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")


def test_insert_rows_splits_past_the_limit_of_bound_parameters(db):
    db.execute("CREATE TABLE t (a, b, c)")
    rows = [(i, f"r{i}", i / 3) for i in range(5)]
    old = db.conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 7)  # two rows a statement
    try:
        store_db.insert_rows(db, "INSERT INTO t (a, b, c) VALUES", rows)
        store_db.insert_rows(db, "INSERT INTO t (a, b, c) VALUES", [])
    finally:
        db.conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, old)
    assert db.execute("SELECT a, b, c FROM t ORDER BY rowid").fetchall() == rows


def test_a_big_full_text_search_reads_its_page_in_index_order(db, monkeypatch):
    for topic in ("harbour", "railway", "library"):
        ingest(
            db, said(f"The new {topic} will open in spring and bring many jobs to the town", "A")
        )
    monkeypatch.setattr(quotes, "RANK_LIMIT", 1)  # three matches are "many": newest first
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    try:
        rows, total, exact = quotes.search(db, q="jobs town")
    finally:
        db.conn.set_trace_callback(None)
    assert total == 3 and exact and [r.id for r in rows] == [3, 2, 1]
    count = next(s for s in statements if "count(*)" in s)
    assert "JOIN" not in count  # counted in the index alone, no row look-ups
    page = next(s for s in statements if "ORDER BY" in s and "MATCH" in s)
    plan = " ".join(r[3] for r in db.execute(f"EXPLAIN QUERY PLAN {page}").fetchall())
    assert "TEMP B-TREE" not in plan  # FTS5 hands the matches over newest first, no sort
