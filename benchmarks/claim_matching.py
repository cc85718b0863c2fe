"""Score the service's claim matcher on CLEF CheckThat! 2020 task 2 (tweets -> verified claims).

Each verified claim is stored as a fact-check article (its headline as the title, the
claim as its one claim) through the service's own ingest
(``checker.store.articles.store_article``) in a throw-away SQLite database, and each tweet
is matched with ``checker.store.claim_matching.rank_claims``: FTS5 bm25 candidates over the
claim and its headline, then a rerank by a weighted sum of lexical, date and media features.
Prints MAP@1, MAP@3, MAP@5 and, as the last line, ``MAP@5 <x>``. ``--weights
month=2,media=0.5`` overrides weights of ``MatchWeights`` (to measure a change; the
defaults are reproduced on train by ``benchmarks/claim_matching_tune.py``).

    .venv/bin/python benchmarks/claim_matching.py \\
        --claims ../shared/eval/checkthat2020/verified_claims.docs.tsv \\
        --queries ../shared/eval/checkthat2020/dev/tweets.queries.tsv \\
        --qrels ../shared/eval/checkthat2020/dev/tweet-vclaim-pairs.qrels
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checker.model import Analysis, Claim  # noqa: E402
from checker.store import open_db  # noqa: E402
from checker.store.articles import store_article  # noqa: E402
from checker.store.claim_matching import MatchWeights, rank_claims  # noqa: E402

csv.field_size_limit(10**7)

# Verified claim id -> the id of the earlier verified claim with the same text, whose stored
# row it shares (filled by :func:`build_archive`): a judged match with either is found.
SAME_CLAIM: dict[str, str] = {}


def read_tsv(path: Path) -> list[tuple[str, str]]:
    """(id, first text column) of a CheckThat! TSV with a header row."""
    return [(r[0], r[1]) for r in read_rows(path)]


def read_rows(path: Path) -> list[list[str]]:
    """The rows of a CheckThat! TSV with a header row (id first, then text columns)."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    return [r for r in rows[1:] if len(r) >= 2]


def read_qrels(path: Path) -> dict[str, set[str]]:
    """query id -> ids of its relevant verified claims."""
    out: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 4 and parts[3] != "0":
            out.setdefault(parts[0], set()).add(parts[2])
    return out


def stored_ids(relevant: set[str]) -> set[str]:
    """The ids of the stored claims standing for ``relevant`` (see :data:`SAME_CLAIM`)."""
    return {SAME_CLAIM.get(cid, cid) for cid in relevant}


def build_archive(claims: list[list[str]], db_path: Path):
    """Store each verified claim as a fact-check article; returns (db, row id -> claim id).

    The article's title is the fact-check's headline, which the service keeps with each
    claim as its searchable context; the claim is the verified claim's text. A few verified
    claims repeat an earlier one under another id (the same text but a trailing space); the
    service stores an article's text once, so the stored row stands for both and
    :data:`SAME_CLAIM` maps the later id to the earlier one.
    """
    db = open_db(db_path)
    row_to_claim = {}
    SAME_CLAIM.clear()
    for cid, vclaim, *rest in claims:
        title = rest[0] if rest else None
        claim = Claim(id=cid, text=vclaim, start=0, end=len(vclaim), kind="vclaim")
        analysis = Analysis(source=title, published=None, claims=(claim,), text=vclaim)
        stored = store_article(
            db,
            analysis,
            text=vclaim,
            title=title,
            url=f"checkthat2020:vclaim/{cid}",
            cross_checks=False,
        )
        row = stored.body["claims"][0]["stored_id"]
        if stored.created:
            row_to_claim[row] = cid
        else:
            SAME_CLAIM[cid] = row_to_claim[row]
    return db, row_to_claim


def average_precision(ranked: list[str], relevant: set[str], k: int) -> float:
    """AP@k as CheckThat! 2020 scores it."""
    hits, score = 0, 0.0
    for i, cid in enumerate(ranked[:k], start=1):
        if cid in relevant:
            hits += 1
            score += hits / i
    return score / min(len(relevant), k) if relevant else 0.0


def evaluate(db, row_to_claim, queries, qrels, weights: MatchWeights | None = None) -> dict:
    """MAP@1/3/5 over the queries that have judgements."""
    ks = (1, 3, 5)
    sums = dict.fromkeys(ks, 0.0)
    n = 0
    for qid, text in queries:
        if qid not in qrels:
            continue
        n += 1
        ranked = [row_to_claim[r] for r, _ in rank_claims(db, text, k=5, weights=weights)]
        for k in ks:
            sums[k] += average_precision(ranked, stored_ids(qrels[qid]), k)
    return {k: sums[k] / n for k in ks} | {"n": n}


def parse_weights(spec: str | None) -> MatchWeights:
    """``MatchWeights`` with the ``name=value`` pairs of ``spec`` (comma-separated) changed."""
    if not spec:
        return MatchWeights()
    changes = {}
    for pair in spec.split(","):
        name, _, value = pair.partition("=")
        kind = type(getattr(MatchWeights(), name.strip()))
        changes[name.strip()] = kind(float(value))
    return dataclasses.replace(MatchWeights(), **changes)


def main(argv: list[str] | None = None) -> None:
    """Parse the options, build the archive, score and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=Path, required=True)
    parser.add_argument("--queries", type=Path, required=True)
    parser.add_argument("--qrels", type=Path, required=True)
    parser.add_argument("--weights", help="name=value,... overriding MatchWeights")
    args = parser.parse_args(argv)
    weights = parse_weights(args.weights)
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        db, row_to_claim = build_archive(read_rows(args.claims), Path(tmp) / "claims.db")
        built = time.perf_counter() - t0
        queries = read_tsv(args.queries)
        t0 = time.perf_counter()
        scores = evaluate(db, row_to_claim, queries, read_qrels(args.qrels), weights)
        took = time.perf_counter() - t0
        db.close()
    print("| measure | value |\n| --- | --- |")
    print(f"| verified claims stored | {len(row_to_claim)} ({built:.1f} s) |")
    print(f"| queries scored | {scores['n']} ({1000 * took / max(scores['n'], 1):.1f} ms each) |")
    for k in (1, 3, 5):
        print(f"| MAP@{k} | {scores[k]:.4f} |")
    print(f"MAP@5 {scores[5]:.4f}")


if __name__ == "__main__":
    main()
