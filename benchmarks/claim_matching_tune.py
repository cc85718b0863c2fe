"""Reproduce the claim matcher's weights (``MatchWeights``) by coordinate ascent on train.

Builds the CheckThat! 2020 archive as ``benchmarks/claim_matching.py`` does, computes the
features of every candidate of every **train** tweet once, then raises train MAP@5 one
weight at a time over a fixed grid (the dev split is never read). The first stage keeps the
weights of the earlier features (:data:`START`, found the same way before) and tunes only
the date, media, headline, length, name and sign-off-free coverage features; the second
tunes all of them. Prints each accepted step and, as the last line, the weights.

    .venv/bin/python benchmarks/claim_matching_tune.py \\
        --claims ../shared/eval/checkthat2020/verified_claims.docs.tsv \\
        --queries ../shared/eval/checkthat2020/train/tweets.queries.tsv \\
        --qrels ../shared/eval/checkthat2020/train/tweet-vclaim-pairs.qrels
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checker.store.claim_matching import FEATURES, MatchWeights, claim_features  # noqa: E402

_spec = importlib.util.spec_from_file_location(
    "claim_matching_benchmark", Path(__file__).with_name("claim_matching.py")
)
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)

# The weights of the 13 earlier features before this tuning (coordinate ascent on train).
START = {
    "bm25": 1.0,
    "rank": 1.0,
    "coverage": 3.0,
    "claim_coverage": 0.0,
    "token_set": 0.0,
    "partial": 0.5,
    "wratio": 0.0,
    "chars": 0.0,
    "chars_title": 8.0,
    "numbers": 0.25,
    "chars_context": 1.0,
    "chars_body": 12.0,
    "words": 4.0,
}
GRID = (0, 0.1, 0.25, 0.5, 1, 2, 3, 4, 6, 8, 12, 16, 24, -0.25, -0.5, -1, -2, -4)

Query = tuple[set[str], list[tuple[str, tuple[float, ...]]]]


def features_of(db, row_to_claim, queries, qrels) -> list[Query]:
    """(relevant claim ids, [(claim id, features)]) of every judged query."""
    out = []
    for qid, text in queries:
        if qid in qrels:
            found = claim_features(db, text, MatchWeights())
            relevant = bench.stored_ids(qrels[qid])
            out.append((relevant, [(row_to_claim[r], f) for r, f in found]))
    return out


def map5(data: list[Query], scored: list[list[tuple[str, float]]]) -> float:
    """MAP@5 of per-query (claim id, score) lists."""
    total = 0.0
    for (relevant, _), cands in zip(data, scored, strict=True):
        ranked = [c for c, _ in sorted(cands, key=lambda x: -x[1])[:5]]
        total += bench.average_precision(ranked, relevant, 5)
    return total / len(data)


def ascend(data: list[Query], w: list[float], free: list[int], rounds: int) -> float:
    """Coordinate ascent on MAP@5 over the weights ``free`` (in place); returns the best."""
    best = map5(data, [[(c, _dot(w, f)) for c, f in cands] for _, cands in data])
    for _ in range(rounds):
        improved = False
        for j in free:
            # The score without feature j, so each grid value costs one add per candidate.
            rest = [[(c, _dot(w, f) - w[j] * f[j], f[j]) for c, f in cands] for _, cands in data]
            for g in GRID:
                if g == w[j]:
                    continue
                m = map5(data, [[(c, r + g * x) for c, r, x in q] for q in rest])
                if m > best + 1e-9:
                    best, w[j], improved = m, g, True
                    print(f"  {FEATURES[j]} = {g}: MAP@5 {best:.4f}", flush=True)
        if not improved:
            break
    return best


def _dot(w: list[float], f: tuple[float, ...]) -> float:
    return sum(a * b for a, b in zip(w, f, strict=True))


def main(argv: list[str] | None = None) -> None:
    """Build the archive, compute the train features, tune and print the weights."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=Path, required=True)
    parser.add_argument("--queries", type=Path, required=True)
    parser.add_argument("--qrels", type=Path, required=True)
    args = parser.parse_args(argv)
    if "dev" in args.queries.parts or "dev" in args.qrels.parts:
        parser.error("tune on train only; dev is for checking the result")
    with tempfile.TemporaryDirectory() as tmp:
        db, row_to_claim = bench.build_archive(
            bench.read_rows(args.claims), Path(tmp) / "claims.db"
        )
        data = features_of(
            db, row_to_claim, bench.read_tsv(args.queries), bench.read_qrels(args.qrels)
        )
        db.close()
    w = [START.get(f, 0.0) for f in FEATURES]
    new = [j for j, f in enumerate(FEATURES) if f not in START]
    print(f"start: MAP@5 {map5(data, [[(c, _dot(w, f)) for c, f in q] for _, q in data]):.4f}")
    print("stage 1: the new features")
    ascend(data, w, new, rounds=3)
    print("stage 2: all features")
    best = ascend(data, w, list(range(len(FEATURES))), rounds=2)
    print(f"train MAP@5 {best:.4f}")
    fields = {f.name for f in dataclasses.fields(MatchWeights)}
    assert set(FEATURES) <= fields
    print("MatchWeights(" + ", ".join(f"{f}={x:g}" for f, x in zip(FEATURES, w, strict=True)) + ")")


if __name__ == "__main__":
    main()
