"""Reproduce the claim matcher's weights (``MatchWeights``) on CheckThat! 2020 train.

Builds the archive as ``benchmarks/claim_matching.py`` does and computes the features of
every candidate of every **train** tweet once (the dev split is never read). The weights
are a listwise logistic regression: for each tweet, a softmax over its candidates of the
weighted feature sums, fitted to put the probability on the judged claim, with an L2
penalty on the weights of the standardised features. Newton's method solves it (21
features: the Hessian is small), so the weights do not depend on a learning rate or a
starting point. The penalty is the one of :data:`PENALTIES` with the best five-fold
cross-validated train MAP@5. Prints the cross-validation table, train MAP@5 and, as the
last line, the weights (rounded as ``MatchWeights`` keeps them).

    .venv/bin/python benchmarks/claim_matching_tune.py \\
        --claims ../shared/eval/checkthat2020/verified_claims.docs.tsv \\
        --queries ../shared/eval/checkthat2020/train/tweets.queries.tsv \\
        --qrels ../shared/eval/checkthat2020/train/tweet-vclaim-pairs.qrels
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import math
import random
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

PENALTIES = (0.001, 0.003, 0.01, 0.03, 0.1)  # L2 on the standardised weights, per tweet
FOLDS = 5
DIGITS = 2  # decimals of the weights kept in MatchWeights

# (number of judged claims, is each candidate judged, features of each candidate)
Query = tuple[int, list[bool], list[tuple[float, ...]]]
Vector = list[float]
Matrix = list[list[float]]


def features_of(db, row_to_claim, queries, qrels) -> list[Query]:
    """The candidates of every judged query: how many are judged, which, their features."""
    out = []
    for qid, text in queries:
        if qid in qrels:
            relevant = bench.stored_ids(qrels[qid])
            found = claim_features(db, text, MatchWeights())
            judged = [row_to_claim[r] in relevant for r, _ in found]
            out.append((min(len(relevant), 5), judged, [f for _, f in found]))
    return out


def average_precision(n_relevant: int, judged: list[bool], scores: list[float]) -> float:
    """AP@5 of one query's candidates scored by ``scores``, ties in candidate order.

    The order ``rank_claims`` gives: a stable sort on the score, bm25 order among equals.
    """
    order = sorted(range(len(scores)), key=lambda i: -scores[i])[:5]
    ranked = [i for i in order if judged[i]]
    hits = [order.index(i) + 1 for i in ranked]
    return sum(k / rank for k, rank in enumerate(hits, start=1)) / n_relevant


def map5(data: list[Query], w: Vector) -> float:
    """MAP@5 of the weighted sums ``w`` over ``data``."""
    total = 0.0
    for n_relevant, judged, feats in data:
        scores = [sum(a * b for a, b in zip(w, f, strict=True)) for f in feats]
        total += average_precision(n_relevant, judged, scores)
    return total / len(data)


def standardise(data: list[Query]) -> tuple[Vector, Vector]:
    """Mean and standard deviation of each feature over all candidates of ``data``."""
    n = len(FEATURES)
    count, sums, squares = 0, [0.0] * n, [0.0] * n
    for _, _, feats in data:
        for f in feats:
            count += 1
            for j, x in enumerate(f):
                sums[j] += x
                squares[j] += x * x
    mean = [s / count for s in sums]
    sd = [math.sqrt(max(q / count - m * m, 1e-12)) for q, m in zip(squares, mean, strict=True)]
    return mean, sd


def _objective(
    queries: list[tuple[list[Vector], list[bool]]], w: Vector, penalty: float, hessian: bool
) -> tuple[float, Vector, Matrix]:
    """Mean softmax cross-entropy plus the L2 penalty, with its gradient and Hessian."""
    n = len(w)
    loss, grad, hess = 0.0, [0.0] * n, [[0.0] * n for _ in range(n)]
    for feats, judged in queries:
        scores = [sum(a * b for a, b in zip(w, x, strict=True)) for x in feats]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        right = [i for i, y in enumerate(judged) if y]
        loss += math.log(total) + top - sum(scores[i] for i in right) / len(right)
        probs = [e / total for e in exps]
        # Candidates the softmax gives (almost) nothing add nothing: skip them, most of 100.
        kept = [(x, p) for x, p in zip(feats, probs, strict=True) if p > 1e-9]
        mean = [sum(p * x[j] for x, p in kept) for j in range(n)]
        for j in range(n):
            grad[j] += mean[j] - sum(feats[i][j] for i in right) / len(right)
        if hessian:
            for x, p in kept:
                d = [x[j] - mean[j] for j in range(n)]
                for a in range(n):
                    pa, row = p * d[a], hess[a]
                    for b in range(a, n):
                        row[b] += pa * d[b]
    m = len(queries)
    loss = loss / m + penalty / 2 * sum(x * x for x in w)
    grad = [g / m + penalty * x for g, x in zip(grad, w, strict=True)]
    for a in range(n):
        for b in range(a, n):
            hess[a][b] = hess[a][b] / m + (penalty if a == b else 0.0)
            hess[b][a] = hess[a][b]
    return loss, grad, hess


def _solve(a: Matrix, b: Vector) -> Vector:
    """``x`` with ``a x = b``: Gaussian elimination with partial pivoting."""
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for c in range(n):
        pivot = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[pivot] = m[pivot], m[c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            for k in range(c, n + 1):
                m[r][k] -= f * m[c][k]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][k] * x[k] for k in range(r + 1, n))) / m[r][r]
    return x


def fit(data: list[Query], penalty: float) -> Vector:
    """The weights of the features (unstandardised) that minimise the penalised loss.

    Newton steps with a backtracking line search until the gradient vanishes; tweets
    whose judged claim is not among the candidates teach nothing and are left out.
    """
    mean, sd = standardise(data)
    queries = [
        ([[(x - mu) / s for x, mu, s in zip(f, mean, sd, strict=True)] for f in feats], judged)
        for _, judged, feats in data
        if any(judged)
    ]
    w = [0.0] * len(FEATURES)
    for _ in range(50):
        loss, grad, hess = _objective(queries, w, penalty, hessian=True)
        if math.sqrt(sum(g * g for g in grad)) < 1e-7:
            break
        step = _solve(hess, grad)
        slope = sum(g * s for g, s in zip(grad, step, strict=True))
        t = 1.0
        while True:
            trial = [x - t * s for x, s in zip(w, step, strict=True)]
            if _objective(queries, trial, penalty, hessian=False)[0] <= loss - 1e-4 * t * slope:
                break
            t /= 2
            if t < 1e-8:
                break
        w = trial
    # A feature's mean shifts every candidate of a tweet alike, so only the scale matters.
    return [x / s for x, s in zip(w, sd, strict=True)]


def cross_validate(data: list[Query], penalty: float, folds: int = FOLDS) -> float:
    """MAP@5 of :func:`fit` over ``folds`` folds of ``data`` (a fixed shuffle)."""
    order = list(range(len(data)))
    random.Random(0).shuffle(order)
    total = 0.0
    for k in range(folds):
        held = set(order[k::folds])
        w = fit([q for i, q in enumerate(data) if i not in held], penalty)
        total += map5([data[i] for i in sorted(held)], w) * len(held)
    return total / len(data)


def main(argv: list[str] | None = None) -> None:
    """Build the archive, compute the train features, choose the penalty, print the weights."""
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
    print("| L2 penalty | five-fold MAP@5 |\n| --- | --- |")
    scores = {}
    for penalty in PENALTIES:
        scores[penalty] = cross_validate(data, penalty)
        print(f"| {penalty:g} | {scores[penalty]:.4f} |", flush=True)
    best = max(PENALTIES, key=lambda p: scores[p])
    w = [round(x, DIGITS) for x in fit(data, best)]
    print(f"penalty {best:g}: train MAP@5 {map5(data, w):.4f}")
    fields = {f.name for f in dataclasses.fields(MatchWeights)}
    assert set(FEATURES) <= fields
    print("MatchWeights(" + ", ".join(f"{f}={x:g}" for f, x in zip(FEATURES, w, strict=True)) + ")")


if __name__ == "__main__":
    main()
