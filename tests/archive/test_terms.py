"""Document frequencies: counts that wait in ``terms_pending`` and are folded into ``terms``.

Whatever waits and whatever is folded, a word's frequency must equal a recount of the
stored rows, for the connection that ingested and for any other.
"""

from __future__ import annotations

from collections import Counter

import pytest
from archive_helpers import said

import checker
from checker.store import articles, open_db, terms

STATEMENTS = [
    ("The ferry to the island will run twice a day from the first week of June", "Ann Lee"),
    ("Our hospital treated 1,240 patients for heat stroke during the July heatwave", "Bo Ng"),
    ("The library lost 30% of its budget when the council cut spending in 2021", "Cy Poe"),
    ("Farmers in the valley planted twice as much barley as they did last spring", "Di Roe"),
    ("The new stadium seats 45,000 fans and cost the city $310 million to build", "Ed Fox"),
    ("Teachers in the district will get a 4% raise starting in September", "Flo Kim"),
    ("The harbour dredging project moved 2 million tonnes of silt out to sea", "Gus Oak"),
    ("Our ferry fleet is the oldest in the country and needs new engines soon", "Hal Ash"),
]


def ingest(db, text: str) -> dict:
    return articles.store_article(db, checker.analyze(text), text=text).body


def recount(path) -> dict[str, Counter]:
    """Every word's frequency, recounted from the stored quotes and claims (a new connection)."""
    fresh = open_db(path)
    try:
        quote_counts = terms.word_counts(t for (t,) in fresh.execute("SELECT text FROM quotes"))
        claims = fresh.execute(
            "SELECT c.text, a.title FROM claims c JOIN articles a ON a.id = c.article_id"
        ).fetchall()
        # as claims.terms_text words them: the claim, then its article's title
        claim_counts = terms.word_counts(
            f"{text} {title}" if title else text for text, title in claims
        )
        return {"quote": quote_counts, "claim": claim_counts}
    finally:
        fresh.close()


def frequencies(db, counts: dict[str, Counter]) -> dict[str, dict[str, int]]:
    return {kind: terms.document_frequencies(db, kind, words) for kind, words in counts.items()}


def waiting_rows(db) -> int:
    return db.execute("SELECT count(*) FROM terms_pending").fetchone()[0]


@pytest.fixture
def fold_every_three(monkeypatch):
    monkeypatch.setattr(terms, "FOLD_ARTICLES", 3)


def test_waiting_and_folded_counts_add_up_to_a_recount(tmp_path, fold_every_three):
    path = tmp_path / "a.db"
    db = open_db(path)
    for n, (words, name) in enumerate(STATEMENTS, 1):
        ingest(db, said(words, name))
        assert waiting_rows(db) == n % 3  # the third, sixth ... ingest folds
        expected = recount(path)
        assert frequencies(db, expected) == {k: dict(v) for k, v in expected.items()}
    assert Counter(dict(db.execute("SELECT term, df FROM terms WHERE kind = 'quote'"))) == (
        terms.word_counts(w for w, _ in STATEMENTS[:6])
    )
    assert recount(path)["quote"]["ferry"] == 2


def test_another_connection_sees_the_waiting_counts(tmp_path, fold_every_three):
    path = tmp_path / "a.db"
    first, second = open_db(path), open_db(path)
    ingest(first, said(*STATEMENTS[0]))
    words = terms.content_words(STATEMENTS[7][0])
    assert terms.document_frequencies(second, "quote", words)["ferry"] == 1
    ingest(first, said(*STATEMENTS[7]))  # waiting too: two rows wait
    assert waiting_rows(second) == 2
    assert terms.document_frequencies(second, "quote", words)["ferry"] == 2
    assert terms.document_frequencies(second, "quote", words)["engines"] == 1


def test_a_fold_by_another_connection_is_not_counted_twice(tmp_path, fold_every_three):
    path = tmp_path / "a.db"
    first, second = open_db(path), open_db(path)
    ingest(first, said(*STATEMENTS[0]))
    ingest(first, said(*STATEMENTS[7]))
    words = terms.content_words(STATEMENTS[7][0])
    assert terms.document_frequencies(first, "quote", words)["ferry"] == 2  # both waiting
    ingest(second, said(*STATEMENTS[1]))  # the third: folds the first's two as well
    assert waiting_rows(first) == 0
    assert terms.document_frequencies(first, "quote", words)["ferry"] == 2
    expected = recount(path)
    assert frequencies(first, expected) == {k: dict(v) for k, v in expected.items()}


def test_a_rolled_back_ingest_leaves_nothing_waiting(tmp_path, fold_every_three, monkeypatch):
    path = tmp_path / "a.db"
    db = open_db(path)
    ingest(db, said(*STATEMENTS[0]))
    words = terms.content_words(STATEMENTS[7][0])
    assert terms.document_frequencies(db, "quote", words)["ferry"] == 1

    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(articles.crosscheck, "index_pairs", fail)  # after the counts
    with pytest.raises(RuntimeError):
        ingest(db, said(*STATEMENTS[7]))
    assert waiting_rows(db) == 1
    assert terms.document_frequencies(db, "quote", words)["ferry"] == 1


def test_a_rolled_back_fold_keeps_the_counts_waiting(tmp_path, fold_every_three, monkeypatch):
    path = tmp_path / "a.db"
    db = open_db(path)
    ingest(db, said(*STATEMENTS[0]))
    ingest(db, said(*STATEMENTS[1]))

    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(articles.crosscheck, "index_pairs", fail)
    with pytest.raises(RuntimeError):
        ingest(db, said(*STATEMENTS[7]))  # would have folded
    assert waiting_rows(db) == 2
    assert db.execute("SELECT count(*) FROM terms").fetchone()[0] == 0
    monkeypatch.undo()
    monkeypatch.setattr(terms, "FOLD_ARTICLES", 3)
    ingest(db, said(*STATEMENTS[7]))
    assert waiting_rows(db) == 0
    expected = recount(path)
    assert frequencies(db, expected) == {k: dict(v) for k, v in expected.items()}


@pytest.mark.parametrize(
    "counts",
    [{}, {"ferry": 1}, {"ferry": 3, "island": 1, "o'neill": 2, "naïve": 1}],
)
def test_waiting_counts_read_back_as_written(counts):
    assert terms._decode(terms._encode(Counter(counts))) == Counter(counts)
