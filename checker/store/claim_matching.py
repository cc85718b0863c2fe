"""Claim matching: the stored claims that best match a post, a tweet or a new sentence.

An OR query over many of the rarest words finds bm25 candidates (:func:`candidates` of
:mod:`checker.store.crosscheck`); each is described by lexical features, the dates it names
against the post's date and a few traits of the claim and its headline, and the weighted sum
of the features ranks them. ``benchmarks/claim_matching.py`` scores it on CheckThat! 2020;
``benchmarks/claim_matching_tune.py`` reproduces the weights on its train split.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz
from sqlite_utils import Database

from checker.store.crosscheck import candidates, fts_or_query, normalise, numbers
from checker.store.terms import STOPWORDS, content_words, document_frequencies

_URL = re.compile(r"https?://\S+|pic\.twitter\.com/\S+|\bt\.co/\S+|www\.\S+")
_SIGN_OFF_DATE = re.compile(r"\b[A-Z][a-z]+ \d{1,2}, \d{4}\s*$")
_TAG = re.compile(r"[#@](\w+)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")
_SIGN_OFF = re.compile(r"[—–-]+\s*[^—–]*\(@\w+\)\s*$")
_MONTHS = (
    "january february march april may june july august september october november december"
).split()
_MONTH = {m: i for i, m in enumerate(_MONTHS, 1)} | {m[:3]: i for i, m in enumerate(_MONTHS, 1)}
_MONTH["sept"] = 9
# The date a post was published: the sign-off of an embedded tweet ("— Name (@x) May 2, 2019").
_POST_DATE = re.compile(r"\b([A-Z][a-z]+) \d{1,2}, ((?:19|20)\d\d)\W*$")
# A year in a claim, with its month when one is written before it ("in August 2019").
_DATE = re.compile(
    r"\b(?:(" + "|".join(sorted(_MONTH, key=len, reverse=True)) + r")\.?\s+"
    r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)?((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# A post that shows something (a picture link, "video", "watch") ...
_MEDIA_POST = re.compile(r"pic\.twitter\.com|\b(video|photo|picture|image|footage|watch)\b", re.I)
# ... and a claim about what a picture or a video shows.
_MEDIA_CLAIM = re.compile(r"\b(photograph|photo|video|image|picture|footage|meme)s?\b", re.I)
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")
# The words of a tag: split at a capital after a small letter, at digits and underscores.
_TAG_PARTS = re.compile(r"[\d_]+|(?<=[a-z])(?=[A-Z])")
_RUN_ON = 6  # letters of a tag word that may be words run together ("cornflakes")
_STOPWORD_DF = 10_000  # a stop word counts as a very common piece of a tag


def split_tags(db: Database, text: str) -> list[str]:
    """Stored words that the hashtags and handles of ``text`` run together, in order.

    "#cornflakes" gives "corn flakes" and "@georgesoros" "george soros": a tag written
    without capitals hides its words from the search and from every word feature. Only a
    tag word of :data:`_RUN_ON` letters or more that no stored claim has is split, into the
    fewest stored words (of three letters or more) and stop words, the more common pieces
    when two splits have as many; the stop words are left out of the result.
    """
    parts = [
        p.casefold()
        for m in _TAG.finditer(_URL.sub(" ", text))
        for p in _TAG_PARTS.split(m.group(1))
    ]
    parts = [p for p in dict.fromkeys(parts) if len(p) >= _RUN_ON and p.isalpha()]
    pieces = {p[i:j] for p in parts for i in range(len(p)) for j in range(i + 3, len(p) + 1)}
    df = document_frequencies(db, "claim", pieces)
    out: list[str] = []
    for part in parts:
        if df.get(part, 0) == 0:
            out.extend(w for w in _segment(part, df) if w not in STOPWORDS)
    return out


def _segment(word: str, df: dict[str, int]) -> list[str]:
    """The split of ``word`` into the fewest known pieces (see :func:`split_tags`), or []."""
    # best[i]: (pieces, minus the summed log document frequency, the pieces) of word[:i]
    best: list[tuple[int, float, list[str]] | None] = [None] * (len(word) + 1)
    best[0] = (0, 0.0, [])
    for i in range(len(word)):
        start = best[i]
        if start is None:
            continue
        for j in range(i + 2, len(word) + 1):
            piece = word[i:j]
            if piece in STOPWORDS:
                freq = _STOPWORD_DF
            elif df.get(piece, 0) > 0 and len(piece) >= 3:
                freq = df[piece]
            else:
                continue
            split = (start[0] + 1, start[1] - math.log(freq), [*start[2], piece])
            end = best[j]
            if end is None or split[:2] < end[:2]:
                best[j] = split
    found = best[-1]
    return found[2] if found is not None and found[0] >= 2 else []


def clean_query(text: str) -> str:
    """A social-media post made searchable: no links or sign-off date; tags split in words.

    "#DefundTheCBC" and "@realDonaldTrump" keep their text and add their words ("Defund The
    CBC", "real Donald Trump"): who posted and what they tagged often name the claim's
    subject, so the sign-off's name and handle stay.
    """
    text = _URL.sub(" ", text)
    text = _POSSESSIVE.sub("", text)
    text = _SIGN_OFF_DATE.sub(" ", text)
    text = _TAG.sub(lambda m: f"{m.group(1)} {_CAMEL.sub(' ', m.group(1))}", text)
    return " ".join(text.split())


FEATURES = (
    "bm25",  # bm25 over claim and headline, relative to the best candidate's
    "rank",  # 1 / (1 + the bm25 rank)
    "coverage",  # share of the query's idf weight found in the claim or its headline
    "claim_coverage",  # share of the claim's own idf weight found in the query
    "token_set",  # rapidfuzz token_set_ratio, query and claim
    "partial",  # rapidfuzz partial_ratio: the claim as a passage of the query
    "wratio",  # rapidfuzz WRatio, query and claim with its headline
    "chars",  # cosine of character 3-5-gram tf-idf (idf over the candidates), claim
    "chars_title",  # the same with the headline
    "numbers",  # shared figures
    "chars_context",  # character tf-idf cosine with the headline alone
    "chars_body",  # character tf-idf cosine, claim with headline, the post without sign-off
    "words",  # cosine of stemmed-word tf-idf (idf over the archive), claim with headline
    "month",  # the claim names the post's month and year (or the month before or after)
    "year",  # the claim names the post's year
    "other_year",  # the claim names years, none of them the post's (nor a late-autumn one before)
    "media",  # the post shows a picture or video and the claim is about one
    "question",  # the headline is a question ("Did ...?"): a fact-check of one specific claim
    "length",  # log of the claim's word count: longer claims say more that can be matched
    "names",  # share of the post's capitalised words (names, places) found in the claim
    "body_coverage",  # coverage of the post's idf weight without its sign-off (author)
)


@dataclass(frozen=True, slots=True)
class MatchWeights:
    """Weights of the rerank, one per :data:`FEATURES`; fitted on CheckThat! 2020 train.

    A softmax over each tweet's candidates (listwise logistic regression, L2 penalty
    chosen by five-fold cross-validation on train), dev never read:
    ``benchmarks/claim_matching_tune.py`` reproduces them (MAP@5 train 0.9001, five-fold
    0.8974, dev 0.8551).
    """

    bm25: float = 2.51
    rank: float = 2.85
    coverage: float = -2.61
    claim_coverage: float = 1.86
    token_set: float = -1.3
    partial: float = -0.97
    wratio: float = -0.11
    chars: float = -8.81
    chars_title: float = 22.61
    numbers: float = 1.18
    chars_context: float = 1.01
    chars_body: float = 13.49
    words: float = -1.19
    month: float = 2.08
    year: float = 0.7
    other_year: float = -0.52
    media: float = 0.76
    question: float = 1.66
    length: float = 1.79
    names: float = 2.17
    body_coverage: float = 3.02
    candidates: int = 100
    terms: int = 64

    def vector(self) -> tuple[float, ...]:
        """The weights in the order of :data:`FEATURES`."""
        return tuple(getattr(self, f) for f in FEATURES)


def _stem(word: str) -> str:
    # A crude suffix cut, the same on both sides: enough for "vaccines" to meet "vaccine",
    # and "DUI's" to meet "DUIs".
    word = _POSSESSIVE.sub("", word)
    for suffix in ("ings", "ing", "edly", "ed", "es", "s", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def post_date(text: str) -> tuple[int, int] | None:
    """(year, month) of a post's sign-off date ("... (@x) May 2, 2019"), or None."""
    m = _POST_DATE.search(text.strip().strip('"'))
    if not m or m.group(1).lower() not in _MONTH:
        return None
    return int(m.group(2)), _MONTH[m.group(1).lower()]


def date_features(posted: tuple[int, int] | None, text: str) -> tuple[float, float, float]:
    """The ``month``, ``year`` and ``other_year`` features of a claim's ``text``.

    A fact-check usually dates what it checks ("in August 2019"), and a post is about
    something recent: a claim dated the post's month (give or take one, for a post made
    just after the month turned) is more likely the one it repeats, and one whose every
    year is another year less likely. A claim from November or December of the year
    before is not counted as another year.
    """
    if posted is None:
        return 0.0, 0.0, 0.0
    dated = [(int(y), _MONTH[m.lower()] if m else None) for m, y in _DATE.findall(text)]
    if not dated:
        return 0.0, 0.0, 0.0
    year, month = posted
    same_month = any(m is not None and abs(y * 12 + m - year * 12 - month) <= 1 for y, m in dated)
    same_year = any(y == year for y, _ in dated)
    late_before = any(y == year - 1 and m and m >= 11 for y, m in dated)
    return float(same_month), float(same_year), float(not same_year and not late_before)


def _capitalised_stems(text: str) -> set[str]:
    """Stems of the capitalised words of ``text`` (names, places), stop words left out."""
    out = set()
    for m in _CAPITALISED.finditer(text):
        word = m.group().casefold().strip("'’-")
        if word not in STOPWORDS and len(word) > 1:
            out.add(_stem(word))
    return out


def _char_grams(text: str) -> Counter[str]:
    """Character 3- to 5-grams of each word padded with spaces (scikit-learn's char_wb)."""
    grams: Counter[str] = Counter()
    for word in text.split():
        padded = f" {word} "
        n_chars = len(padded)
        for n in (3, 4, 5):
            for i in range(n_chars - n + 1):
                grams[padded[i : i + n]] += 1
    return grams


def _tfidf_cosines(query: Counter[str], docs: list[Counter[str]]) -> list[float]:
    """Cosine of sublinear tf-idf vectors, idf over the query and ``docs``."""
    df: Counter[str] = Counter()
    for d in docs:
        df.update(d.keys())
    df.update(query.keys())
    n = len(docs) + 1

    def vec(c: Counter[str]) -> dict[str, float]:
        v = {g: (1 + math.log(t)) * (math.log(n / df[g]) + 1) for g, t in c.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {g: x / norm for g, x in v.items()}

    q = vec(query)
    out = []
    for d in docs:
        v = vec(d)
        out.append(sum(x * q[g] for g, x in v.items() if g in q))
    return out


def claim_features(
    db: Database, text: str, weights: MatchWeights | None = None
) -> list[tuple[int, tuple[float, ...]]]:
    """Candidates for the claim matcher with their :data:`FEATURES`: ``(claim_id, features)``.

    bm25 finds up to ``weights.candidates`` candidates over the query's words (figures
    included, and the words its tags run together, :func:`split_tags`) in claims and their
    headlines, words never stored first (the stemmer may match them); each is then
    described by lexical features computed in pure Python and rapidfuzz.
    """
    w = weights or MatchWeights()
    query = _searchable(db, text)
    fts = fts_or_query(
        db, "claim", query, w.terms, None, figures=True, common_cap=None, unknown=True
    )
    found = (
        candidates(db, "claim", query, limit=w.candidates, query=fts, ranked=True) if fts else []
    )
    if not found:
        return []
    top = max(c.bm25 for c in found) or 1.0
    contexts = dict(
        db.execute(
            f"SELECT id, context FROM claims WHERE id IN ({','.join('?' * len(found))})",
            [c.id for c in found],
        ).fetchall()
    )
    q_words = content_words(query)
    cand_words = {c.id: content_words(c.text) for c in found}
    df = document_frequencies(db, "claim", [*q_words, *(x for v in cand_words.values() for x in v)])
    total = db.execute("SELECT coalesce(max(id), 0) FROM claims").fetchone()[0]

    def idf_of(words: Iterable[str]) -> dict[str, float]:
        out: dict[str, float] = {}
        for word in words:
            stem = _stem(word)
            out[stem] = max(out.get(stem, 0.0), math.log((total + 1) / (df.get(word, 0) + 0.5)))
        return out

    idf = idf_of(q_words)
    idf_all = idf_of([*q_words, *(x for v in cand_words.values() for x in v)])
    q_stems = set(idf)
    weight = sum(idf.values()) or 1.0
    q_norm = normalise(query)
    q_nums = set(numbers(query))
    texts = [normalise(c.text) for c in found]
    titled = [normalise(f"{c.text} {contexts.get(c.id) or ''}") for c in found]
    q_grams = _char_grams(q_norm)
    chars = _tfidf_cosines(q_grams, [_char_grams(t) for t in texts])
    chars_title = _tfidf_cosines(q_grams, [_char_grams(t) for t in titled])
    chars_context = _tfidf_cosines(
        q_grams, [_char_grams(normalise(contexts.get(c.id) or "")) for c in found]
    )
    body = _SIGN_OFF.sub(" ", _SIGN_OFF_DATE.sub(" ", _URL.sub(" ", text)))
    body = _searchable(db, body)
    chars_body = _tfidf_cosines(_char_grams(normalise(body)), [_char_grams(t) for t in titled])
    q_vec = Counter(_stem(x) for x in q_words)
    posted = post_date(text)
    shows_media = bool(_MEDIA_POST.search(text))
    q_names = _capitalised_stems(query)
    idf_body = idf_of(content_words(body))
    weight_body = sum(idf_body.values()) or 1.0
    out = []
    for i, cand in enumerate(found):
        context = contexts.get(cand.id) or ""
        stems = {_stem(x) for x in cand_words[cand.id]} | {_stem(x) for x in content_words(context)}
        c_idf = idf_of(cand_words[cand.id])
        c_nums = set(numbers(cand.text))
        shared_nums = (
            len(q_nums & c_nums) / math.sqrt(len(q_nums) * len(c_nums))
            if q_nums and c_nums
            else 0.0
        )
        full = f"{cand.text} {context}"
        out.append(
            (
                cand.id,
                (
                    cand.bm25 / top,
                    1 / (1 + i),
                    sum(v for s, v in idf.items() if s in stems) / weight,
                    sum(v for s, v in c_idf.items() if s in q_stems) / (sum(c_idf.values()) or 1.0),
                    fuzz.token_set_ratio(q_norm, texts[i]) / 100,
                    fuzz.partial_ratio(texts[i], q_norm) / 100,
                    fuzz.WRatio(q_norm, titled[i]) / 100,
                    chars[i],
                    chars_title[i],
                    shared_nums,
                    chars_context[i],
                    chars_body[i],
                    _idf_cosine(
                        q_vec,
                        Counter(_stem(x) for x in cand_words[cand.id])
                        + Counter(_stem(x) for x in content_words(context)),
                        idf_all,
                    ),
                    *date_features(posted, full),
                    float(shows_media and bool(_MEDIA_CLAIM.search(full))),
                    float(context.strip().endswith("?")),
                    math.log(1 + len(cand.text.split())) / 4,
                    len(q_names & stems) / len(q_names) if q_names else 0.0,
                    sum(v for s, v in idf_body.items() if s in stems) / weight_body,
                ),
            )
        )
    return out


def _searchable(db: Database, text: str) -> str:
    """:func:`clean_query` of ``text`` with the words its tags run together (:func:`split_tags`)."""
    return " ".join([clean_query(text), *split_tags(db, text)])


def _idf_cosine(a: Counter[str], b: Counter[str], idf: dict[str, float]) -> float:
    """Cosine of two bags of stems weighted by tf-idf (unknown stems weigh the most)."""
    top = max(idf.values(), default=1.0)
    va = {s: (1 + math.log(n)) * idf.get(s, top) for s, n in a.items()}
    vb = {s: (1 + math.log(n)) * idf.get(s, top) for s, n in b.items()}
    dot = sum(x * vb[s] for s, x in va.items() if s in vb)
    norm = math.sqrt(sum(x * x for x in va.values()) * sum(x * x for x in vb.values()))
    return dot / norm if norm else 0.0


def rank_claims(
    db: Database, text: str, k: int = 5, weights: MatchWeights | None = None
) -> list[tuple[int, float]]:
    """The ``k`` stored claims best matching ``text``: ``(claim_id, score)``, best first.

    The candidates of :func:`claim_features`, scored by the weighted sum of their features.
    """
    w = weights or MatchWeights()
    vector = w.vector()
    scored = [
        (cid, sum(a * b for a, b in zip(vector, feats, strict=True)))
        for cid, feats in claim_features(db, text, w)
    ]
    scored.sort(key=lambda s: -s[1])
    return scored[:k]
