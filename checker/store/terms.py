"""Document frequencies: how many stored quotes or claims hold each content word.

The cross-checks search with a statement's rarest words, ranked by these counts. A word's
frequency is its row in ``terms`` plus its counts still waiting in ``terms_pending``:

- An ingest does not update ``terms`` word by word. Its counts wait as one row of
  ``terms_pending``, written in the article's own transaction, so they are exactly as
  durable as the article (a crash keeps both or neither).
- Every :data:`FOLD_ARTICLES`-th ingest folds all waiting counts into ``terms`` in one
  upsert and deletes the waiting rows.

Why: an article's 800 or so words land on most of the table's leaf pages, so updating them
every article rewrote about 125 pages into the write-ahead log each time. Folding sixteen
articles at once rewrites those pages once for all sixteen.

A connection also caches the counts it has read or committed (:class:`TermFrequencies`)
until another connection commits.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable

from sqlite_utils import Database

from checker.jsonio import compact_json_text
from checker.store.db import after_commit

KINDS = ("quote", "claim")
FOLD_ARTICLES = 16  # waiting articles folded into ``terms`` at once
MAX_CACHED_TERMS = 100_000  # a connection's frequency cache starts again past this

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours ourselves out over own same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up
    very was we were what when where which while who whom why will with would you your yours
    yourself yourselves said says say told tell according mr mrs ms dr also one two us
    would could may might must shall can't won't don't it's i'm we're they're that's""".split()
)

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


@functools.lru_cache(maxsize=16_384)
def content_words(text: str) -> tuple[str, ...]:
    """The words of ``text`` that carry meaning (no stop words), lower-case, in order.

    Cached: an ingest asks for one statement's words several times (specific enough?
    document frequencies, the candidate query, then counting the stored words).
    """
    words = [w.casefold() for w in _WORD.findall(text)]  # (no capturing group: whole matches)
    return tuple(w for w in words if w not in STOPWORDS and (len(w) > 1 or w.isdigit()))


def word_counts(texts: Iterable[str]) -> Counter[str]:
    """How many of ``texts`` hold each content word (a word twice in one text counts once)."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(set(content_words(text)))
    return counts


def count_terms(db: Database, kind: str, text: str) -> None:
    """Add one stored quote's or claim's words straight to ``terms`` (a back-fill's way)."""
    _upsert(db, kind, word_counts([text]))


def _upsert(db: Database, kind: str, counts: dict[str, int]) -> dict[str, int]:
    """Add ``counts`` to ``terms``; the words' counts there afterwards."""
    if not counts:
        return {}
    return dict(
        db.execute(
            "INSERT INTO terms (kind, term, df) SELECT ?, key, value FROM json_each(?) WHERE 1 "
            "ON CONFLICT (kind, term) DO UPDATE SET df = df + excluded.df RETURNING term, df",
            [kind, compact_json_text(dict(sorted(counts.items())))],
        ).fetchall()
    )


# Waiting counts are stored as words separated by spaces, a word once for every row that
# holds it: words never contain spaces, and str.split with a Counter reads them back in C.


def _encode(counts: Counter[str]) -> str:
    return " ".join(counts.elements())


def _decode(words: str) -> Counter[str]:
    return Counter(words.split())


class TermFrequencies:
    """The document frequencies one connection has read or committed.

    ``by_kind`` holds ``terms`` rows; ``pending`` the waiting counts per article and
    ``waiting`` their sums per kind. Valid while no other connection commits: SQLite's
    ``PRAGMA data_version`` (per connection) changes exactly then, and the cache is rebuilt,
    keeping the waiting counts of articles that are still waiting. The connection's own
    commits do not change it; :func:`record_terms` adds what it wrote once it is committed.
    One client ingesting looks up almost no frequency twice.
    """

    __slots__ = ("version", "by_kind", "pending", "waiting")

    def __init__(self, version: int) -> None:
        self.version = version
        self.by_kind: dict[str, dict[str, int]] = {}
        self.pending: dict[int, dict[str, Counter[str]]] = {}
        self.waiting: dict[str, Counter[str]] = {kind: Counter() for kind in KINDS}

    def add(self, kind: str, frequencies: dict[str, int]) -> None:
        """Remember committed ``terms`` counts of ``kind`` rows."""
        self.by_kind.setdefault(kind, {}).update(frequencies)

    def add_pending(self, article_id: int, counts: dict[str, Counter[str]]) -> None:
        """Remember an article's committed waiting counts."""
        self.pending[article_id] = counts
        for kind, words in counts.items():
            self.waiting[kind].update(words)

    def folded(self, updated: dict[str, dict[str, int]]) -> None:
        """Forget every waiting count: folded into ``terms``, whose new counts are ``updated``."""
        self.pending.clear()
        self.waiting = {kind: Counter() for kind in KINDS}
        for kind, frequencies in updated.items():
            self.add(kind, frequencies)

    def size(self) -> int:
        """How many frequencies are remembered."""
        return sum(map(len, self.by_kind.values()))


def _load_pending(db: Database, cache: TermFrequencies, known: dict[int, dict]) -> None:
    """Fill ``cache`` with the waiting rows, decoding only those not in ``known``.

    One statement, so one snapshot: a fold committed meanwhile is seen whole or not at all.
    """
    marks = ",".join("?" * len(known))
    rows = db.execute(
        "SELECT article_id, CASE WHEN article_id IN (" + marks + ") THEN NULL "
        "ELSE quote_words END, CASE WHEN article_id IN (" + marks + ") THEN NULL "
        "ELSE claim_words END FROM terms_pending",
        [*known, *known],
    ).fetchall()
    for article_id, quote_words, claim_words in rows:
        if article_id in known:
            cache.add_pending(article_id, known[article_id])
        else:
            cache.add_pending(
                article_id, {"quote": _decode(quote_words), "claim": _decode(claim_words)}
            )


def _term_frequencies(db: Database, *, locked: bool = False) -> TermFrequencies | None:
    """The connection's valid frequency cache (rebuilt if another connection committed).

    None inside a transaction, where reads may see writes not yet committed, unless
    ``locked``: the caller holds the write lock and has written no counts yet, so what it
    reads is committed and nobody else can commit meanwhile.
    """
    if db.conn.in_transaction and not locked:
        return None
    version = db.execute("PRAGMA data_version").fetchone()[0]
    cache = getattr(db, "term_frequencies", None)
    if cache is None or cache.version != version or cache.size() > MAX_CACHED_TERMS:
        known = cache.pending if cache is not None else {}
        cache = TermFrequencies(version)
        _load_pending(db, cache, known)
        db.term_frequencies = cache
    return cache


def _waiting_counts(db: Database, kind: str) -> Counter[str]:
    """All waiting counts of ``kind`` rows, read now (no cache)."""
    counts: Counter[str] = Counter()
    for (words,) in db.execute(f"SELECT {kind}_words FROM terms_pending"):
        counts.update(_decode(words))
    return counts


def document_frequencies(db: Database, kind: str, words: Iterable[str]) -> dict[str, int]:
    """How many stored quotes or claims (``kind``) contain each word (0 for none).

    Words this connection has looked up or written since the last commit by another
    connection come from its :class:`TermFrequencies`; the rest from the ``terms`` table.
    """
    words = list(dict.fromkeys(words))
    if not words:
        return {}
    cache = _term_frequencies(db)
    if cache is None:
        waiting = _waiting_counts(db, kind)
        return {w: n + waiting[w] for w, n in _lookup(db, kind, words).items()}
    return _frequencies(db, cache, kind, words)


def _frequencies(
    db: Database, cache: TermFrequencies, kind: str, words: list[str]
) -> dict[str, int]:
    known = cache.by_kind.get(kind, {})
    missing = [w for w in words if w not in known]
    if missing:
        looked_up = _lookup(db, kind, missing)
        cache.add(kind, looked_up)
        known = cache.by_kind[kind]
    waiting = cache.waiting[kind]
    return {w: known[w] + waiting[w] for w in words}


def _lookup(db: Database, kind: str, words: list[str]) -> dict[str, int]:
    """The ``terms`` counts of ``words`` (0 for a word not there)."""
    marks = ",".join("?" * len(words))
    found = dict(
        db.execute(
            f"SELECT term, df FROM terms WHERE kind = ? AND term IN ({marks})", [kind, *words]
        ).fetchall()
    )
    return {w: found.get(w, 0) for w in words}


def stored_frequencies(db: Database, kind: str) -> dict[str, int]:
    """Every word's frequency in ``kind`` rows, counted and waiting (for back-fills)."""
    df = Counter(dict(db.execute("SELECT term, df FROM terms WHERE kind = ?", [kind]).fetchall()))
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'terms_pending'").fetchone():
        df.update(_waiting_counts(db, kind))
    return dict(df)


def record_terms(
    db: Database, article_id: int, counts: dict[str, Counter[str]]
) -> dict[str, dict[str, int]]:
    """Count a new article's words (``counts`` per kind, from :func:`word_counts`).

    Call inside the article's :func:`~checker.store.db.transaction` (which holds the write
    lock), before anything else there writes counts. The counts wait in ``terms_pending``,
    or, when FOLD_ARTICLES articles are waiting with this one, everything waiting is folded
    into ``terms``. Returns the words' frequencies with this article counted, per kind.
    """
    cache = _term_frequencies(db, locked=True)
    assert cache is not None
    after = {}
    for kind, words in counts.items():
        before = _frequencies(db, cache, kind, list(words))
        after[kind] = {w: before[w] + n for w, n in words.items()}
    if len(cache.pending) + 1 >= FOLD_ARTICLES:
        updated = {}
        for kind in KINDS:
            total = cache.waiting[kind] + counts.get(kind, Counter())
            updated[kind] = _upsert(db, kind, total)
        db.execute("DELETE FROM terms_pending")
        after_commit(db, lambda: cache.folded(updated))
    else:
        db.execute(
            "INSERT INTO terms_pending (article_id, quote_words, claim_words) VALUES (?, ?, ?)",
            [article_id, *(_encode(counts.get(kind, Counter())) for kind in KINDS)],
        )
        after_commit(db, lambda: cache.add_pending(article_id, dict(counts)))
    return after
