"""Cross-checks against the archive: find candidates in a pair index, confirm with rapidfuzz.

Candidates are the stored rows sharing two of the three *rarest* content words of the new
statement (document frequencies: :mod:`checker.store.terms`): the cross-checks read
them from ``word_pairs`` (:func:`pair_candidates`), where every stored row is keyed under
the pairs of its own rarest words, so one search reads a few short B-tree ranges however
big the archive grows; :func:`candidates` asks the full-text indexes the same question
(stemmed, and ranked by bm25 when asked). Each candidate is then compared with rapidfuzz
on normalised text. Statements with fewer than :data:`MIN_CONTENT_WORDS` content words
("We will win.") never match on their own: they are too generic to say anything about who
said what.

The claim matcher that ``benchmarks/claim_matching.py`` scores on CheckThat! 2020 lives in
:mod:`checker.store.claim_matching`; it reuses this module's candidate search.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process
from sqlite_utils import Database

from checker.model import Analysis, Flag, Quote, Span
from checker.store.people import name_key
from checker.store.terms import STOPWORDS, content_words, document_frequencies

MIN_CONTENT_WORDS = 5
MIN_CHARS = 30
QUERY_TERMS = 5  # rarest content words per candidate query
CANDIDATES = 8  # candidates confirmed per statement
PAIR_WORDS = 3  # a candidate shares two of the statement's three rarest stored words
POOL = 16  # newest matches compared with rapidfuzz to pick the candidates
MIN_QUERY_TERMS = 2
POSTINGS_BUDGET = 200  # rows one candidate search may score with bm25
COMMON_CAP = 5_000  # a statement whose two rarest words are this common is generic
PAIR_INDEX_WORDS = 4  # a stored statement is indexed under the pairs of its 4 rarest words

SAME_WORDS = 90  # fuzz.ratio of normalised texts: the same words (quote marks, case aside)
CONTAINED = 95  # fuzz.partial_ratio: one is a fragment of the other
SIMILAR = 75  # fuzz.token_set_ratio: the same statement reworded
TITLE_SIMILAR = 70

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_QUOTE_PAIRS = (("“", '"'), ("”", '"'), ("‘", "'"), ("’", "'"), ("«", '"'), ("»", '"'))


@dataclass(frozen=True, slots=True)
class Candidate:
    """A stored quote or claim that the full-text index found for a new statement."""

    kind: str  # "quote" or "claim"
    id: int
    article_id: int
    text: str
    status: str | None
    person_key: str | None  # the stored speaker's identity key (quotes only)
    bm25: float  # higher is better (FTS5's rank negated)

    def related(self) -> dict:
        """The contract's ``related`` entry for this stored row."""
        key = "quote_id" if self.kind == "quote" else "claim_id"
        return {
            "article_id": self.article_id,
            key: self.id,
            "text": self.text,
            "status": self.status,
        }


@functools.lru_cache(maxsize=16_384)
def normalise(text: str) -> str:
    """Case-folded text with straight quote marks and single spaces, for fuzzy comparison."""
    if not text.isascii():  # most text is ASCII: skip the costly steps then
        text = unicodedata.normalize("NFKC", text)
        for curly, straight in _QUOTE_PAIRS:
            text = text.replace(curly, straight)
    text = text.casefold()
    return " ".join(text.split()).strip(" .,;:!?\"'")


def is_specific(text: str) -> bool:
    """True when ``text`` is long and specific enough to match on its own."""
    return len(text) >= MIN_CHARS and len(set(content_words(text))) >= MIN_CONTENT_WORDS


def numbers(text: str) -> Counter[str]:
    """The figures written in ``text`` ("1,200" and "1200" are the same figure)."""
    return Counter(n.replace(",", "") for n in _NUMBER.findall(text))


@functools.lru_cache(maxsize=16_384)
def _without_numbers(text: str) -> str:
    return _NUMBER.sub("#", normalise(text))


@functools.lru_cache(maxsize=16_384)
def _figures(text: str) -> frozenset[tuple[str, int]]:
    """:func:`numbers` as a hashable value, cached: a statement meets many candidates."""
    return frozenset(numbers(text).items())


# -- candidates -----------------------------------------------------------------------------


def fts_or_query(
    db: Database,
    kind: str,
    text: str,
    terms: int = QUERY_TERMS,
    budget: int | None = POSTINGS_BUDGET,
    *,
    figures: bool = False,
    common_cap: int | None = COMMON_CAP,
    unknown: bool = False,
) -> str | None:
    """An FTS5 OR query over the rarest content words of ``text``, or None.

    Only words stored before are asked for, unless ``unknown``: then words no stored row
    has come first, since the index's stemmer may still match them ("koala" finds
    "koalas"). Figures are left out unless ``figures`` (a changed figure is what
    ``figure_conflict`` looks for). The two rarest words are always taken, then more while
    their document frequencies add up to at most ``budget`` postings (no limit when None),
    ``terms`` words at most: bm25 scores every match, so this bounds the cost of one search
    however large the archive grows. When even the two rarest words are in more than
    ``common_cap`` rows the statement is too generic to match on its own.
    """
    words = [w for w in dict.fromkeys(content_words(text)) if figures or not w.isdigit()]
    df = document_frequencies(db, kind, words)
    known = sorted((w for w in words if unknown or df[w] > 0), key=lambda w: (df[w], -len(w)))
    if len(known) < MIN_QUERY_TERMS:
        return None
    if common_cap is not None and df[known[MIN_QUERY_TERMS - 1]] > common_cap:
        return None
    chosen, postings = [], 0
    for word in known[:terms]:
        if len(chosen) >= MIN_QUERY_TERMS and budget is not None and postings + df[word] > budget:
            break
        chosen.append(word)
        postings += df[word]
    return " OR ".join('"' + w.replace('"', "") + '"' for w in chosen)


def fts_pairs_query(
    db: Database,
    kind: str,
    text: str,
    rarest: int = PAIR_WORDS,
    df: dict[str, int] | None = None,
) -> str | None:
    """An FTS5 query for rows sharing at least two of the ``rarest`` rarest stored words.

    ``("a" AND "b") OR ("a" AND "c") OR ("b" AND "c")``: FTS5 intersects the short posting
    lists of rare words cheaply, and only the few rows that share two of them match, which
    every copy, misattribution or figure change of a statement does, and most rewordings.
    None for a generic statement (see :func:`fts_or_query`). ``df`` may hold the document
    frequencies already looked up (:func:`check` does one look-up per article).
    """
    words = [w for w in dict.fromkeys(content_words(text)) if not w.isdigit()]
    if df is None or any(w not in df for w in words):
        df = document_frequencies(db, kind, words)
    known = sorted((w for w in words if df[w] > 0), key=lambda w: (df[w], -len(w)))
    if len(known) < MIN_QUERY_TERMS or df[known[MIN_QUERY_TERMS - 1]] > COMMON_CAP:
        return None
    chosen = ['"' + w.replace('"', "") + '"' for w in known[:rarest]]
    pairs = " OR ".join(f"({a} AND {b})" for a, b in itertools.combinations(chosen, 2))
    return f"text : ({pairs})"  # the statement itself, not a claim's context


def candidates(
    db: Database,
    kind: str,
    text: str,
    *,
    limit: int = CANDIDATES,
    query: str | None = None,
    ranked: bool = False,
    df: dict[str, int] | None = None,
) -> list[Candidate]:
    """Stored quotes or claims (``kind``) like ``text``, most similar first.

    The FTS5 query (``query``, else :func:`fts_pairs_query`) finds rows sharing two rare
    words. With ``ranked`` they are ordered by bm25 (the claim matcher); otherwise the
    newest :data:`POOL` matches are ordered by rapidfuzz similarity instead, because bm25
    costs tens of microseconds per match and a statement copied a hundred times in a
    million-row archive has hundreds of matches.
    """
    query = query or fts_pairs_query(db, kind, text, df=df)
    if query is None:
        return []
    table = "quotes" if kind == "quote" else "claims"
    person = "p.name_key" if kind == "quote" else "NULL"
    people_join = "LEFT JOIN people p ON p.id = r.person_id" if kind == "quote" else ""
    if ranked:
        score, order, pool = "f.rank", "f.rank", limit
    else:
        score, order, pool = "0.0", "f.rowid DESC", POOL
    rows = db.execute(
        f"SELECT r.id, r.article_id, r.text, r.status, {person}, {score} "
        f"FROM {table}_fts f JOIN {table} r ON r.id = f.rowid {people_join} "
        f"WHERE {table}_fts MATCH ? ORDER BY {order} LIMIT ?",
        [query, pool],
    ).fetchall()
    if not ranked:
        rows = _most_similar(text, rows, limit)
    return [Candidate(kind, i, a, t, s, k, -r) for i, a, t, s, k, r in rows[:limit]]


def _most_similar(text: str, rows: list[tuple], limit: int) -> list[tuple]:
    """The ``limit`` rows whose text (the third column) is most like ``text``, most similar
    first; ties keep the rows' order. One rapidfuzz call, on its C fast path
    (``default_process``: lower case, letters and digits)."""
    best = process.extract(
        text, [r[2] for r in rows], scorer=fuzz.ratio, processor=default_process, limit=limit
    )
    return [rows[n] for _, _, n in best]


# -- the pair index: the cross-checks' candidate search ---------------------------------------
#
# FTS5 answers "rows sharing two of these three rare words" by walking posting lists of
# hundreds of rows per word (a statement copied 80 times in a million quotes), about 0.5 to
# 1 ms a search. ``word_pairs`` instead keys every stored statement under the pairs of its
# PAIR_INDEX_WORDS rarest content words, so one pair's key lists exactly the rows sharing
# both words, and a search reads the few newest of three short B-tree ranges.


@functools.lru_cache(maxsize=65_536)
def pair_key(kind: str, a: str, b: str) -> int:
    """The ``word_pairs`` key of the words ``a`` and ``b`` (either order) in ``kind`` rows.

    A 64-bit hash keeps the index small (one integer per entry, not two words); a rare
    collision only adds a candidate, which rapidfuzz then rejects. Cached: an ingest asks
    for most of a statement's pairs twice (its search, then indexing the stored row).
    """
    first, second = (a, b) if a <= b else (b, a)
    digest = hashlib.blake2b(f"{kind}\x1f{first}\x1f{second}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def stored_pair_keys(kind: str, text: str, df: dict[str, int]) -> list[int]:
    """The keys a stored quote or claim is indexed under: pairs of its rarest content words.

    Pairs of two words both in more than COMMON_CAP rows are left out: document frequencies
    only grow, so no later search (:func:`pair_query_keys`) can ask for such a pair.
    """
    words = [w for w in dict.fromkeys(content_words(text)) if not w.isdigit()]
    rarest = sorted(words, key=lambda w: (df.get(w, 0), -len(w)))[:PAIR_INDEX_WORDS]
    return [
        pair_key(kind, a, b)
        for a, b in itertools.combinations(rarest, 2)
        if min(df.get(a, 0), df.get(b, 0)) <= COMMON_CAP
    ]


def index_pairs(
    db: Database, kind: str, rows: Iterable[tuple[int, str]], df: dict[str, int] | None = None
) -> None:
    """Add stored quotes or claims (``(row id, text)``) to ``word_pairs``. In a transaction.

    Call after :func:`~checker.store.terms.record_terms` for the same rows, so their own
    words count; ``df`` may be what it returned (else the frequencies are looked up).
    """
    rows = list(rows)
    if not rows:
        return
    words = [w for _, text in rows for w in content_words(text)]
    if df is None or any(w not in df for w in words):
        df = document_frequencies(db, kind, words)
    db.conn.executemany(
        "INSERT OR IGNORE INTO word_pairs (key, id) VALUES (?, ?)",
        [(key, row_id) for row_id, text in rows for key in stored_pair_keys(kind, text, df)],
    )


def pair_query_keys(
    kind: str, text: str, df: dict[str, int], rarest: int = PAIR_WORDS
) -> list[int] | None:
    """The ``word_pairs`` keys of the pairs of ``text``'s ``rarest`` rarest stored words.

    The same words as :func:`fts_pairs_query` chooses (figures left out, unknown words
    useless), and None for the same generic statements.
    """
    words = [w for w in dict.fromkeys(content_words(text)) if not w.isdigit()]
    known = sorted((w for w in words if df.get(w, 0) > 0), key=lambda w: (df[w], -len(w)))
    if len(known) < MIN_QUERY_TERMS or df[known[MIN_QUERY_TERMS - 1]] > COMMON_CAP:
        return None
    return [pair_key(kind, a, b) for a, b in itertools.combinations(known[:rarest], 2)]


def pair_candidates(
    db: Database, kind: str, text: str, *, df: dict[str, int], limit: int = CANDIDATES
) -> list[Candidate]:
    """Stored quotes or claims sharing two of ``text``'s three rarest words, most similar first.

    The cross-checks' search (the claim matcher ranks FTS5 :func:`candidates` instead): the
    newest :data:`POOL` rows under any of the three pair keys, ordered by rapidfuzz
    similarity. ``df`` holds the document frequencies of ``text``'s words.
    """
    keys = pair_query_keys(kind, text, df)
    if not keys:
        return []
    table = "quotes" if kind == "quote" else "claims"
    person = "p.name_key" if kind == "quote" else "NULL"
    people_join = "LEFT JOIN people p ON p.id = r.person_id" if kind == "quote" else ""
    # The newest POOL of each key, then of their union: bounded however common a pair is.
    newest = " UNION ".join(
        "SELECT id FROM (SELECT id FROM word_pairs WHERE key = ? ORDER BY id DESC LIMIT ?)"
        for _ in keys
    )
    rows = db.execute(
        f"SELECT r.id, r.article_id, r.text, r.status, {person} FROM {table} r {people_join} "
        f"WHERE r.id IN (SELECT id FROM ({newest}) ORDER BY id DESC LIMIT ?)",
        [*itertools.chain.from_iterable((k, POOL) for k in keys), POOL],
    ).fetchall()
    # Records are made only for the few kept (ties in the rows' newest-first order).
    return [Candidate(kind, *row, 0.0) for row in _most_similar(text, rows, limit)]


# -- confirmation: flags for one article ------------------------------------------------------


def check(db: Database, analysis: Analysis) -> list[Flag]:
    """The cross-article flags of ``analysis`` against everything stored so far."""
    flags: list[Flag] = []
    quotes = [q for q in analysis.quotes if is_specific(q.text)]
    claims = [c for c in analysis.claims if is_specific(c.text)]
    # One document-frequency look-up per table for the whole article.
    quote_df = document_frequencies(db, "quote", (w for q in quotes for w in content_words(q.text)))
    claim_df = document_frequencies(db, "claim", (w for c in claims for w in content_words(c.text)))
    for quote in quotes:
        found = pair_candidates(db, "quote", quote.text, df=quote_df)
        flags.extend(_quote_flags(quote, found))
    for claim in claims:
        found = pair_candidates(db, "claim", claim.text, df=claim_df)
        flags.extend(_statement_flags(claim.id, claim.text, claim.start, claim.end, found))
    flags.extend(title_flags(db, analysis))
    return flags


def _quote_flags(quote: Quote, found: list[Candidate]) -> list[Flag]:
    new_key = _speaker_key(quote)
    new_text = normalise(quote.text)
    evidence = (Span(quote.text, quote.start, quote.end),)
    ids = {"quote_ids": (quote.id,)}
    flags: list[Flag] = []
    seen: set[str] = set()

    def add(flag_type: str, severity: str, message: str, cand: Candidate) -> None:
        if flag_type in seen:  # one flag of each type per quote: the best candidate
            return
        seen.add(flag_type)
        flags.append(Flag(flag_type, severity, message, evidence, related=(cand.related(),), **ids))

    for cand in found:
        old_text = normalise(cand.text)
        same = _same_words(new_text, old_text)
        figures = _figure_conflict(quote.text, cand.text)
        similar = same or figures or fuzz.token_set_ratio(new_text, old_text) >= SIMILAR
        if not similar:
            continue
        where = f"stored quote {cand.id} in article {cand.article_id}"
        if cand.status == "disputed":
            add(
                "disputed_repeat",
                "high",
                f"This quote matches {where}, which a reviewer marked disputed.",
                cand,
            )
        if figures:
            add(
                "figure_conflict", "high", f"This quote gives different figures from {where}.", cand
            )
            continue
        if same and new_key and cand.person_key and new_key != cand.person_key:
            add(
                "misattribution",
                "high",
                f"The same words are stored under another speaker ({where}).",
                cand,
            )
        elif not same and new_key and new_key == cand.person_key:
            add(
                "misquote",
                "medium",
                f"The same speaker's words were stored in different wording ({where}).",
                cand,
            )
        elif same and cand.status == "verified":
            add("verified_match", "low", f"This quote matches verified {where}.", cand)
    return flags


def _statement_flags(
    local_id: str, text: str, start: int, end: int, found: list[Candidate]
) -> list[Flag]:
    evidence = (Span(text, start, end),)
    flags: list[Flag] = []
    seen: set[str] = set()
    for cand in found:
        new_text, old_text = normalise(text), normalise(cand.text)
        figures = _figure_conflict(text, cand.text)
        same = _same_words(new_text, old_text)
        if not (figures or same or fuzz.token_set_ratio(new_text, old_text) >= SIMILAR):
            continue
        where = f"stored claim {cand.id} in article {cand.article_id}"
        found_flags = []
        if cand.status == "disputed":
            found_flags.append(
                (
                    "disputed_repeat",
                    "high",
                    f"This claim matches {where}, which a reviewer marked disputed.",
                )
            )
        if figures:
            found_flags.append(
                ("figure_conflict", "high", f"This claim gives different figures from {where}.")
            )
        elif same and cand.status == "verified":
            found_flags.append(("verified_match", "low", f"This claim matches verified {where}."))
        for flag_type, severity, message in found_flags:
            if flag_type not in seen:
                seen.add(flag_type)
                flags.append(
                    Flag(
                        flag_type,
                        severity,
                        message,
                        evidence,
                        claim_ids=(local_id,),
                        related=(cand.related(),),
                    )
                )
    return flags


def _same_words(a: str, b: str) -> bool:
    if fuzz.ratio(a, b) >= SAME_WORDS:
        return True
    # A partial quote of a longer stored statement (or the other way round).
    return min(len(a), len(b)) >= MIN_CHARS and fuzz.partial_ratio(a, b) >= CONTAINED


def _figure_conflict(a: str, b: str) -> bool:
    """The same statement with different figures: equal once numbers are masked, not before."""
    na, nb = _figures(a), _figures(b)
    if not na or not nb or na == nb:
        return False
    return fuzz.ratio(_without_numbers(a), _without_numbers(b)) >= SAME_WORDS


def _speaker_key(quote: Quote) -> str | None:
    name = quote.speaker.name if quote.speaker else None
    return name_key(name) if name and is_person_name(name) else None


def is_person_name(name: str) -> bool:
    """True for a name that can identify someone across articles ("Jane Doe", not "they")."""
    return bool(name) and name[0].isupper() and name.casefold() not in STOPWORDS


def title_flags(db: Database, analysis: Analysis) -> list[Flag]:
    """``title_conflict`` for each speaker whose title differs from every stored title."""
    flags = []
    for speaker in analysis.speakers:
        if not speaker.title or speaker.kind != "person" or not is_person_name(speaker.name):
            continue
        row = db.execute(
            "SELECT id FROM people WHERE name_key = ?", [name_key(speaker.name)]
        ).fetchone()
        if not row:
            continue
        stored = db.execute(
            "SELECT title, article_id, published FROM person_titles WHERE person_id = ? "
            "ORDER BY id DESC LIMIT 50",
            [row[0]],
        ).fetchall()
        if not stored:
            continue
        new = normalise(speaker.title)
        if any(fuzz.token_set_ratio(new, normalise(t)) >= TITLE_SIMILAR for t, *_ in stored):
            continue
        title, article_id, published = stored[0]
        # The person's first quote in that article (only the newest title is reported).
        quote = db.execute(
            "SELECT id, status FROM quotes WHERE article_id = ? AND person_id = ? "
            "ORDER BY id LIMIT 1",
            [article_id, row[0]],
        ).fetchone()
        quote_id, status = quote if quote else (None, None)
        # A later article may simply report a new job: less alarming than a contradiction.
        later = bool(analysis.published and published and analysis.published > published)
        flags.append(
            Flag(
                "title_conflict",
                "low" if later else "medium",
                f"{speaker.name} is called {speaker.title!r} here but {title!r} in "
                f"stored article {article_id}.",
                quote_ids=speaker.quote_ids,
                related=(
                    {
                        "article_id": article_id,
                        "quote_id": quote_id,
                        "text": title,
                        "status": status,
                    },
                ),
            )
        )
    return flags


# -- the claim matcher ---------------------------------------------------------------------
