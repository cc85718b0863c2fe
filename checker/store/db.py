"""Open the SQLite archive with the pragmas checker needs, and migrate it.

The store is plain SQLite through sqlite-utils. Every connection is opened in autocommit
mode (``isolation_level=None``) so that transactions are explicit: :func:`transaction` runs
``BEGIN IMMEDIATE`` ... ``COMMIT``, and an exception rolls everything back. Writes inside a
transaction use ``db.execute`` rather than sqlite-utils' ``insert``, because the latter
wraps itself in ``with conn:`` and would commit the outer transaction half way.

Migrations are explicit and numbered: :data:`MIGRATIONS` is applied in order and each one is
recorded in ``schema_migrations`` in the same transaction as its DDL.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

MMAP_BYTES = 2 << 30  # SQLite caps it at its build limit (2 GiB by default)
CACHE_KIB = 65_536
BUSY_TIMEOUT_MS = 30_000  # eight writers queueing for one article each wait far less than this
BACKFILL_BATCH = 100_000  # rows read per batch while back-filling an index
# WAL checkpoints run in a background thread (:class:`_Checkpointer`), each gathering the
# commits of CHECKPOINT_DELAY_S; a connection checkpoints in its own COMMIT only when the WAL
# reaches WAL_CHECKPOINT_PAGES anyway (the background thread is behind, or not running).
CHECKPOINT_DELAY_S = 1.0  # (0.5 s: 1.0 ms of checkpoint CPU an ingest, 2 s: 0.6 ms)
CHECKPOINT_IDLE_S = 10.0  # the thread ends after this long without commits
WAL_CHECKPOINT_PAGES = 40_000  # about 160 MB of WAL

log = logging.getLogger(__name__)


def _backfill_terms(db: Database) -> None:
    from checker.store.terms import count_terms

    for kind, table in (("quote", "quotes"), ("claim", "claims")):
        # (claims had no context column yet when this migration was written)
        for (text,) in db.execute(f"SELECT text FROM {table}").fetchall():
            count_terms(db, kind, text)


def _pair_index(db: Database) -> None:
    from checker.store.crosscheck import stored_pair_keys
    from checker.store.terms import stored_frequencies

    # Keyed by (key, id) alone: a key's rows read newest first straight from the B-tree.
    db.execute(
        "CREATE TABLE word_pairs (key INTEGER NOT NULL, id INTEGER NOT NULL, "
        "PRIMARY KEY (key, id)) WITHOUT ROWID"
    )
    for kind, table in (("quote", "quotes"), ("claim", "claims")):
        df = stored_frequencies(db, kind)
        rows = db.execute(f"SELECT id, text FROM {table} ORDER BY id")
        # Sorted batches: B-tree inserts in key order touch each page once per batch.
        while batch := rows.fetchmany(BACKFILL_BATCH):
            entries = sorted(
                (key, row_id) for row_id, text in batch for key in stored_pair_keys(kind, text, df)
            )
            db.conn.executemany("INSERT OR IGNORE INTO word_pairs (key, id) VALUES (?, ?)", entries)


# A migration is SQL (run statement by statement) or a function of the database; each runs
# inside the transaction that records it.
MIGRATIONS: list[tuple[str, str | Callable[[Database], None]]] = [
    (
        "articles, people, quotes, claims, flags, reviews, users",
        """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            title TEXT,
            url TEXT UNIQUE,
            published TEXT,
            text TEXT NOT NULL,
            content_hash TEXT NOT NULL UNIQUE,
            source TEXT,
            analysis TEXT NOT NULL,          -- the analysis object as returned, JSON
            n_quotes INTEGER NOT NULL,       -- written with the quotes, to check completeness
            n_claims INTEGER NOT NULL,
            n_flags INTEGER NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL UNIQUE,   -- the sorted, case-folded name parts
            kind TEXT NOT NULL DEFAULT 'person',
            created_at TEXT NOT NULL
        );
        CREATE TABLE aliases (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES people(id),
            alias TEXT NOT NULL,
            UNIQUE (person_id, alias)
        );
        CREATE TABLE person_titles (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES people(id),
            title TEXT NOT NULL,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            published TEXT
        );
        CREATE INDEX person_titles_person ON person_titles(person_id);
        CREATE TABLE quotes (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            local_id TEXT NOT NULL,
            person_id INTEGER REFERENCES people(id),
            speaker_name TEXT,
            speaker_title TEXT,
            text TEXT NOT NULL,
            kind TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            confidence REAL NOT NULL,
            status TEXT                      -- the latest review's status, NULL if unreviewed
        );
        CREATE INDEX quotes_article ON quotes(article_id);
        CREATE INDEX quotes_person ON quotes(person_id);
        CREATE INDEX quotes_status ON quotes(status);
        CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            local_id TEXT NOT NULL,
            text TEXT NOT NULL,
            kind TEXT,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            "values" TEXT NOT NULL DEFAULT '[]',
            status TEXT
        );
        CREATE INDEX claims_article ON claims(article_id);
        CREATE INDEX claims_status ON claims(status);
        CREATE TABLE flags (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            type TEXT NOT NULL,
            severity TEXT NOT NULL,
            message TEXT NOT NULL,
            data TEXT NOT NULL               -- the flag object, JSON
        );
        CREATE INDEX flags_article ON flags(article_id);
        CREATE INDEX flags_type ON flags(type);
        CREATE TABLE flag_items (            -- which stored claims and quotes a flag is about
            flag_id INTEGER NOT NULL REFERENCES flags(id),
            claim_id INTEGER REFERENCES claims(id),
            quote_id INTEGER REFERENCES quotes(id)
        );
        CREATE INDEX flag_items_claim ON flag_items(claim_id);
        CREATE INDEX flag_items_quote ON flag_items(quote_id);
        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            role TEXT NOT NULL CHECK (role IN ('reviewer', 'editor', 'admin')),
            password_hash TEXT,
            created_at TEXT NOT NULL
        );
        CREATE TABLE tokens (
            id INTEGER PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id),
            token_hash TEXT NOT NULL UNIQUE, -- sha256 of the token; the token itself is shown once
            created_at TEXT NOT NULL
        );
        CREATE TABLE reviews (
            id INTEGER PRIMARY KEY,
            item_type TEXT NOT NULL CHECK (item_type IN ('quote', 'claim')),
            item_id INTEGER NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('verified', 'disputed')),
            note TEXT,
            user_id INTEGER NOT NULL REFERENCES users(id),
            created_at TEXT NOT NULL
        );
        CREATE INDEX reviews_item ON reviews(item_type, item_id);
        """,
    ),
    (
        "full-text indexes on quotes and claims",
        # External-content FTS5 tables: the text lives once, in quotes and claims. Porter
        # stemming lets "rising" find "rise", which helps claim matching; rows are only
        # ever inserted, never edited, so insert triggers are enough.
        """
        CREATE VIRTUAL TABLE quotes_fts USING fts5(
            text, content='quotes', content_rowid='id',
            tokenize='porter unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
            INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
        END;
        CREATE VIRTUAL TABLE claims_fts USING fts5(
            text, content='claims', content_rowid='id',
            tokenize='porter unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER claims_ai AFTER INSERT ON claims BEGIN
            INSERT INTO claims_fts(rowid, text) VALUES (new.id, new.text);
        END;
        """,
    ),
    (
        "document frequencies of content words, for choosing rare words to search with",
        # fts5vocab counts a term's documents by walking its whole posting list, which is
        # slow for common words in a big archive; this table answers in one index probe.
        """
        CREATE TABLE terms (
            kind TEXT NOT NULL,              -- 'quote' or 'claim'
            term TEXT NOT NULL,
            df INTEGER NOT NULL,
            PRIMARY KEY (kind, term)
        ) WITHOUT ROWID;
        """,
    ),
    ("document frequencies of the rows stored before the terms table", _backfill_terms),
    (
        "claims carry their article's title as context, searchable with the claim",
        # A claim is found by the words around it as well: a fact-check's headline names
        # what its claim is about ("Did 122 Prisoners Released ... Return to the Battlefield?").
        """
        ALTER TABLE claims ADD COLUMN context TEXT;
        UPDATE claims SET context =
            (SELECT title FROM articles WHERE articles.id = claims.article_id);
        DROP TRIGGER claims_ai;
        DROP TABLE claims_fts;
        CREATE VIRTUAL TABLE claims_fts USING fts5(
            text, context, content='claims', content_rowid='id',
            tokenize='porter unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER claims_ai AFTER INSERT ON claims BEGIN
            INSERT INTO claims_fts(rowid, text, context) VALUES (new.id, new.text, new.context);
        END;
        INSERT INTO claims_fts(claims_fts) VALUES ('rebuild');
        """,
    ),
    (
        "pair index of rare content words for the cross-checks, back-filled",
        # word_pairs lists the rows sharing two rare words (checker.store.crosscheck): one
        # B-tree range per pair instead of intersecting FTS5 posting lists. Rows are
        # written by the store, not a trigger: the keys need Python's word splitting.
        _pair_index,
    ),
    (
        "document frequencies waiting to be folded into terms, one row per article",
        # checker.store.terms: an ingest's counts wait here and every few ingests fold them
        # into terms at once. IF NOT EXISTS: a test re-runs the migrations before this one.
        """
        CREATE TABLE IF NOT EXISTS terms_pending (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id),
            quote_words TEXT NOT NULL,     -- content words, once for each quote holding it
            claim_words TEXT NOT NULL      -- the same for the article's claims
        );
        """,
    ),
]


def open_db(path: str | Path, *, migrate_now: bool = True) -> Database:
    """Open (creating if needed) the database at ``path`` with WAL, a busy timeout and FKs.

    ``":memory:"`` gives an in-memory database. Pending migrations are applied unless
    ``migrate_now`` is false.
    """
    conn = sqlite3.connect(
        str(path),
        timeout=BUSY_TIMEOUT_MS / 1000,
        isolation_level=None,  # explicit transactions only; see the module docstring
        check_same_thread=False,
    )
    configure(conn)
    db = Database(conn)
    # The file as SQLite resolved it ("" in memory): where the background checkpoints go.
    db.checkpoint_path = conn.execute("PRAGMA database_list").fetchone()[2] or None
    if migrate_now:
        migrate(db)
    return db


def configure(conn: sqlite3.Connection) -> None:
    """Apply the per-connection pragmas."""
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    # WAL: readers never block the one writer; NORMAL sync is durable across a process crash
    # (kill -9), which is the failure the service must survive.
    # Reads through a memory map share the operating system's page cache across
    # connections (each request opens its own), and a bigger per-connection cache helps the
    # many small index probes of one ingest.
    conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode == "wal":
        conn.execute("PRAGMA synchronous = NORMAL")
        # An ingest rewrites a few hundred pages, many of them the same hot pages (document
        # frequencies, index interiors) as the article before: checkpointing every 1,000
        # pages (the default) copied those into the database again every few articles.
        # On a million quotes COMMIT took 7.6 ms an article so, 4.3 ms with 10,000. Now
        # checkpoints run beside the requests (see transaction), and this is the backstop.
        conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")


@contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``; any exception rolls the whole block back.

    IMMEDIATE takes the write lock at the start (waiting up to the busy timeout), so two
    writers never both read, then fail to upgrade with "database is locked". After the
    COMMIT the actions given to :func:`after_commit` run (a rollback drops them), and the
    database file's background checkpointer is told there is new WAL to copy.
    """
    db.execute("BEGIN IMMEDIATE")
    db.after_commit_actions = []
    try:
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
        actions = db.after_commit_actions
    finally:
        db.after_commit_actions = None
    for action in actions:
        action()
    path = getattr(db, "checkpoint_path", None)
    if path is not None:
        _Checkpointer.nudge(path)


def after_commit(db: Database, action: Callable[[], None]) -> bool:
    """Run ``action`` once the open :func:`transaction` on ``db`` commits; never if it rolls back.

    For what must only be believed once it is committed (a cache of committed values).
    Returns False, and will not run ``action``, when no :func:`transaction` is open.
    """
    actions = getattr(db, "after_commit_actions", None)
    if actions is None:
        return False
    actions.append(action)
    return True


class _Checkpointer(threading.Thread):
    """Copies a database file's WAL back into it beside the requests: one thread per file.

    A WAL checkpoint writes thousands of pages into the database and fsyncs it: 80 to 140 ms
    on a million quotes, taken by whichever COMMIT crossed the autocheckpoint threshold, so
    one ingest in 25 waited for it. Here a daemon thread does it instead: woken by a COMMIT,
    it waits CHECKPOINT_DELAY_S for more, then runs ``PRAGMA wal_checkpoint(PASSIVE)`` on a
    connection of its own (PASSIVE never blocks readers or the writer and never waits). A
    checkpoint only copies committed pages, so durability is what WAL with synchronous=NORMAL
    gives either way; a crash in the middle is recovered by SQLite like any other. The thread
    ends after CHECKPOINT_IDLE_S without commits and the next COMMIT starts a new one.
    """

    _threads: dict[str, _Checkpointer] = {}
    _lock = threading.Lock()

    def __init__(self, path: str) -> None:
        super().__init__(name=f"checker-checkpoint {path}", daemon=True)
        self.path = path
        self.pending = threading.Event()

    @classmethod
    def nudge(cls, path: str) -> None:
        """There are new commits in ``path``'s WAL: checkpoint them soon."""
        with cls._lock:  # the thread ends under this lock, so a nudge never reaches a dead one
            thread = cls._threads.get(path)
            if thread is None:
                thread = cls._threads[path] = cls(path)
                thread.start()
            thread.pending.set()

    @classmethod
    def forget_all(cls) -> None:
        """In a forked child: the parent's threads (and its lock, maybe held) are not here."""
        cls._threads = {}
        cls._lock = threading.Lock()

    def run(self) -> None:
        while True:
            if not self.pending.wait(CHECKPOINT_IDLE_S):
                with self._lock:
                    if not self.pending.is_set():
                        del self._threads[self.path]
                        return
            time.sleep(CHECKPOINT_DELAY_S)
            self.pending.clear()
            checkpoint(self.path)


os.register_at_fork(after_in_child=_Checkpointer.forget_all)


def checkpoint(path: str) -> tuple[int, int, int] | None:
    """``PRAGMA wal_checkpoint(PASSIVE)`` on the database file ``path``: (busy, log, copied).

    Opens the file read-write without ever creating it (it may be gone: a test's temporary
    database), and logs rather than raises: a checkpoint left out is only done later.
    """
    uri = f"file:{urllib.parse.quote(path)}?mode=rw"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            return conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        log.warning("WAL checkpoint of %s failed: %s", path, exc)
        return None


def schema_version(db: Database) -> int:
    """The number of the last migration applied (0 for a new database)."""
    if "schema_migrations" not in db.table_names():
        return 0
    row = db.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return row[0] or 0


def migrate(db: Database) -> int:
    """Apply the pending :data:`MIGRATIONS` in order; returns the schema version reached.

    Each migration and its ``schema_migrations`` row commit together, so a crash leaves the
    database at a whole version. Concurrent callers serialise on ``BEGIN IMMEDIATE``.
    """
    db.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    for version, (name, sql) in enumerate(MIGRATIONS, start=1):
        with transaction(db):
            done = db.execute(
                "SELECT 1 FROM schema_migrations WHERE version = ?", [version]
            ).fetchone()
            if done:
                continue
            if callable(sql):
                sql(db)
            else:
                for statement in _statements(sql):
                    db.execute(statement)
            db.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                [version, name, now()],
            )
    return schema_version(db)


def now() -> str:
    """The current UTC time as ISO 8601 with seconds and a Z."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _statements(sql: str) -> Iterator[str]:
    """Split a migration into statements; ``sqlite3.complete_statement`` keeps triggers whole."""
    buffer = ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                yield buffer.strip()
            buffer = ""
    if buffer.strip():
        yield buffer.strip()


def optimize_fts(db: Database) -> None:
    """Merge each full-text index into one segment (FTS5 ``optimize``).

    Every ingest adds a small segment to ``quotes_fts`` and ``claims_fts``; FTS5's automerge
    keeps their number bounded but not small, and a candidate search probes every segment.
    Merging them all roughly halves the cross-checks' search time on a million quotes
    (``benchmarks/ingest.py --optimize``); it takes seconds there and is safe to run at any
    time (it takes the write lock), e.g. after a bulk load or nightly.
    """
    for table in ("quotes_fts", "claims_fts"):
        db.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")
    db.conn.commit()


def insert_rows(db: Database, insert: str, rows: list[tuple]) -> None:
    """Run ``insert`` (``"INSERT INTO t (a, b) VALUES"``) for ``rows`` in one statement.

    One multi-row statement, not ``executemany``, for tables with a full-text index fed by
    a trigger: inside a transaction every statement opens a savepoint, and FTS5 writes its
    pending terms out as a new index segment at each savepoint, so ``executemany`` wrote
    one segment per row and FTS5 merged them again at once (0.7 ms of a 19-quote article).
    Now an article's quotes make one segment. The rows, and what a search finds, are the
    same. Rows beyond SQLite's limit of bound parameters go in further statements.
    """
    if not rows:
        return
    width = len(rows[0])
    per_statement = max(1, db.conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // width)
    one = "(" + ", ".join("?" * width) + ")"
    for start in range(0, len(rows), per_statement):
        chunk = rows[start : start + per_statement]
        db.conn.execute(
            f"{insert} {', '.join([one] * len(chunk))}", [v for row in chunk for v in row]
        )


def next_ids(db: Database, table: str, count: int) -> list[int]:
    """The next ``count`` row ids of ``table``, to insert with explicit ids.

    Call inside the write transaction: nobody else can take them while it holds the lock.
    """
    first = db.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]
    return list(range(first, first + count))
