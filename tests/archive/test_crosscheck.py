"""Cross-article flags: each type fires on a positive pair and stays silent on a clean one."""

from __future__ import annotations

from collections import Counter

import pytest
from archive_helpers import BRIDGE, said
from sqlite_utils import Database

import checker
from checker.store import articles, claim_matching, crosscheck, reviews, terms, users

REWORDED = (
    "We are going to build a new bridge over the river by the end of next year, whatever the cost"
)
SPENT = "The city spent {} million dollars on the new bridge across the river last year"
OTHER = "The school board will vote on the new budget for teachers and buses in March"


def ingest(db: Database, text: str, published: str | None = None) -> dict:
    analysis = checker.analyze(text, published=published)
    return articles.store_article(db, analysis, text=text).body


def flag_types(body: dict) -> list[str]:
    return sorted(f["type"] for f in body["flags"] if f.get("related"))


def only(body: dict, flag_type: str) -> dict:
    """The first flag of ``flag_type`` (a quote and its claim may both carry one)."""
    return next(f for f in body["flags"] if f["type"] == flag_type)


def test_misattribution(db):
    first = ingest(db, said(BRIDGE, "Jane Doe"))
    body = ingest(db, said(BRIDGE, "John Smith"))
    assert flag_types(body) == ["misattribution"]
    flag = only(body, "misattribution")
    assert flag["related"] == [
        {
            "article_id": first["id"],
            "quote_id": first["quotes"][0]["stored_id"],
            "text": first["quotes"][0]["text"],
            "status": None,
        }
    ]
    assert flag["quote_ids"] == ["q1"] and flag["severity"] == "high"


def test_misquote(db):
    first = ingest(db, said(BRIDGE, "Jane Doe"))
    body = ingest(db, said(REWORDED, "Jane Doe"))
    assert flag_types(body) == ["misquote"]
    assert only(body, "misquote")["related"][0]["quote_id"] == first["quotes"][0]["stored_id"]


def test_figure_conflict(db):
    first = ingest(db, said(SPENT.format(45), "Jane Doe"))
    body = ingest(db, said(SPENT.format(60), "Jane Doe"))
    # the quote, and the claim when the analysis also finds the sentence check-worthy
    assert set(flag_types(body)) == {"figure_conflict"}
    assert only(body, "figure_conflict")["related"][0]["article_id"] == first["id"]


def test_title_conflict(db):
    ingest(db, said(BRIDGE, "Jane Doe", "the mayor of Springfield"), published="2018-01-01")
    body = ingest(
        db, said(OTHER, "Jane Doe", "the police chief of Shelbyville"), published="2017-01-01"
    )
    assert flag_types(body) == ["title_conflict"]
    flag = only(body, "title_conflict")
    assert flag["related"][0]["text"] == "the mayor of Springfield"
    assert flag["severity"] == "medium"  # an older article with another title: suspicious


@pytest.mark.parametrize(
    ("status", "expected"), [("disputed", ["disputed_repeat"]), ("verified", ["verified_match"])]
)
def test_reviewed_matches_are_reported(db, status, expected):
    first = ingest(db, said(BRIDGE, "Jane Doe"))
    user, _ = users.create(db, "rita", "reviewer")
    reviews.add(db, "quote", first["quotes"][0]["stored_id"], status, None, user.id)
    body = ingest(db, said(BRIDGE, "Jane Doe", tail="She spoke on Monday."))
    assert flag_types(body) == expected
    assert only(body, expected[0])["related"][0]["status"] == status


def test_clean_pairs_are_silent(db):
    ingest(db, said(BRIDGE, "Jane Doe", "the mayor of Springfield"))
    # the same speaker and title saying something else; someone else saying something else
    assert flag_types(ingest(db, said(OTHER, "Jane Doe", "the mayor of Springfield"))) == []
    assert flag_types(ingest(db, said(SPENT.format(45), "John Smith"))) == []
    # the same words by the same speaker again: a repeat, not a misquote
    assert flag_types(ingest(db, said(BRIDGE, "Jane Doe", tail="She said it twice."))) == []


def test_short_or_generic_statements_never_match(db):
    ingest(db, said("We will win", "Jane Doe"))
    assert flag_types(ingest(db, said("We will win", "John Smith"))) == []
    assert not crosscheck.is_specific("We will do what we said we would do")


def test_candidate_query_uses_the_rarest_stored_words(db):
    for i in range(5):
        ingest(
            db, said(f"The river and the bridge matter to everyone in town number {i}", "Ann Lee")
        )
    ingest(db, said("A bridge downstream was closed by the county on Sunday morning", "Bob Roe"))
    query = crosscheck.fts_or_query(db, "quote", BRIDGE + " downstream 2019", budget=None)
    # unknown words ("build") and figures cannot find anything; the rarest come first
    assert query.split(" OR ")[:3] == ['"downstream"', '"matter"', '"river"']
    assert '"build"' not in query and "2019" not in query
    assert crosscheck.fts_or_query(db, "quote", "Nothing here was ever stored before") is None


def test_claim_matcher_ranks_the_matching_claim_first(db):
    from checker.model import Analysis, Claim

    texts = [
        "Unemployment fell to 3.5 percent in September, the lowest in fifty years.",
        "The wall on the southern border will cost 21 billion dollars.",
        "Vaccines do not cause autism, according to every large study.",
    ]
    claims, offset = [], 0
    for i, text in enumerate(texts):
        claims.append(Claim(f"c{i}", text, offset, offset + len(text), "figure"))
        offset += len(text) + 1
    body = articles.store_article(
        db, Analysis(None, None, claims=tuple(claims)), text="\n".join(texts)
    ).body
    ranked = claim_matching.rank_claims(
        db,
        "BREAKING: jobless rate drops to 3.5%, lowest in 50 years! https://t.co/xyz "
        "— Ann (@ann) May 1, 2019",
    )
    assert ranked[0][0] == body["claims"][0]["stored_id"]


def test_pair_search_finds_rows_sharing_two_of_the_three_rarest_words(db):
    ingest(db, said("The river and the bridge matter to everyone in town today", "Ann Lee"))
    shared = ingest(db, said("A bridge downstream was closed because the river flooded", "Bob Roe"))
    ingest(db, said("Nothing downstream was ever closed by the county council", "Cy Poe"))
    text = "Officials said the bridge downstream may stay shut for a month"
    df = terms.document_frequencies(db, "quote", terms.content_words(text))
    found = crosscheck.pair_candidates(db, "quote", text, df=df)
    # "downstream" and "bridge" are two of its three rarest stored words; one each is not enough
    assert [c.id for c in found] == [shared["quotes"][0]["stored_id"]]
    assert crosscheck.pair_candidates(db, "quote", "We will win the vote", df=df) == []


def test_the_pair_index_migration_back_fills_stored_rows(tmp_path):
    from checker.store import db as store_db

    path = tmp_path / "old.db"
    old = store_db.open_db(path)
    first = ingest(old, said(BRIDGE, "Jane Doe"))
    # back to the schema before the pair index: the stored quote has no pair keys
    version = next(
        v
        for v, (_, step) in enumerate(store_db.MIGRATIONS, start=1)
        if getattr(step, "__name__", "") == "_pair_index"
    )
    old.execute("DROP TABLE word_pairs")
    old.execute("DELETE FROM schema_migrations WHERE version >= ?", [version])
    old.close()
    db = store_db.open_db(path)
    stored_id = first["quotes"][0]["stored_id"]
    assert db.execute("SELECT count(*) FROM word_pairs WHERE id = ?", [stored_id]).fetchone()[0]
    body = ingest(db, said(BRIDGE, "John Smith"))
    assert flag_types(body) == ["misattribution"]
    assert only(body, "misattribution")["related"][0]["quote_id"] == stored_id


# -- the connection's cache of document frequencies --------------------------------------------

FLOOD = "The flood closed the old bridge across the river for the whole summer season"


def stored_frequencies(path, kind: str, words) -> dict[str, int]:
    """The frequencies recounted from the stored quotes by a fresh connection."""
    from checker.store import open_db

    assert kind == "quote"
    fresh = open_db(path)
    try:
        counts = Counter()
        for (text,) in fresh.execute("SELECT text FROM quotes"):
            counts.update(set(terms.content_words(text)))
        return {w: counts[w] for w in dict.fromkeys(words)}
    finally:
        fresh.close()


def test_cached_frequencies_follow_this_connections_commits(tmp_path):
    from checker.store import open_db

    path = tmp_path / "a.db"
    db = open_db(path)
    words = terms.content_words(BRIDGE + " " + FLOOD)
    assert set(terms.document_frequencies(db, "quote", words).values()) == {0}
    ingest(db, said(BRIDGE, "Jane Doe"))
    ingest(db, said(FLOOD, "John Smith"))
    cached = terms.document_frequencies(db, "quote", words)
    assert cached == stored_frequencies(path, "quote", words)
    assert cached["bridge"] == 2 and cached["flood"] == 1
    cache = db.term_frequencies  # answered from the cache: counted plus waiting
    assert cache.by_kind["quote"]["bridge"] + cache.waiting["quote"]["bridge"] == 2


def test_another_connections_commit_drops_the_cache(tmp_path):
    from checker.store import open_db

    path = tmp_path / "a.db"
    first, second = open_db(path), open_db(path)
    words = terms.content_words(FLOOD)
    ingest(first, said(BRIDGE, "Jane Doe"))
    assert terms.document_frequencies(first, "quote", words)["bridge"] == 1
    ingest(second, said(FLOOD, "John Smith"))  # first's cache has not seen this
    assert terms.document_frequencies(first, "quote", words)["bridge"] == 2
    assert terms.document_frequencies(first, "quote", words)["flood"] == 1


def test_a_rolled_back_ingest_leaves_no_counts_in_the_cache(tmp_path, monkeypatch):
    from checker.store import open_db

    path = tmp_path / "a.db"
    db = open_db(path)
    ingest(db, said(BRIDGE, "Jane Doe"))
    words = terms.content_words(FLOOD)
    assert terms.document_frequencies(db, "quote", words)["bridge"] == 1

    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(crosscheck, "index_pairs", fail)  # after the counts are written
    with pytest.raises(RuntimeError):
        ingest(db, said(FLOOD, "John Smith"))
    assert terms.document_frequencies(db, "quote", words) == stored_frequencies(
        path, "quote", words
    )
    assert terms.document_frequencies(db, "quote", words)["bridge"] == 1
