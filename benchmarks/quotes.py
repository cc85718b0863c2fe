"""Quote and speaker accuracy on PolNeAR, scored by ../shared/eval/score_quotes.py.

Runs exactly what the issue measures, ``checker attribute <split>/text/*.txt > preds``,
then the shared scorer, and prints one markdown table per split beside the targets.
A second table splits the direct view's unmatched predictions by why they are unmatched,
so a drop can be traced to quote kinds the scorer cannot credit.

    python benchmarks/quotes.py                 # dev and train
    python benchmarks/quotes.py --split dev --keep preds.jsonl
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score_quotes.py"
TARGETS = {
    ("direct", "f1"): 0.96,
    ("direct", "speaker_accuracy"): 0.92,
    ("all", "f1"): 0.62,
    ("all", "end_to_end_f1"): 0.55,
}


def run_split(split: str, keep: Path | None) -> dict:
    """Attribute every article of ``split`` with the CLI and score the output."""
    texts = sorted((SHARED / "eval" / "polnear" / split / "text").glob("*.txt"))
    out = keep or Path(tempfile.mkstemp(suffix=".jsonl")[1])
    with out.open("w", encoding="utf-8") as fh:
        subprocess.run(
            [sys.executable, "-m", "checker", "attribute", *map(str, texts)],
            stdout=fh,
            check=True,
            cwd=ROOT,
        )
    gold = SHARED / "eval" / "polnear" / split / "gold"
    res = subprocess.run(
        [sys.executable, str(SCORER), "--gold", str(gold), "--pred", str(out), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    summary = json.loads(res.stdout)
    summary["kinds"] = _kind_counts(out)
    summary["unmatched"] = _unmatched_direct(out, gold)
    if keep is None:
        out.unlink()
    return summary


def _kind_counts(preds: Path) -> dict[str, int]:
    counts: dict[str, int] = {}
    for line in preds.read_text(encoding="utf-8").splitlines():
        for q in json.loads(line)["quotes"]:
            counts[q["kind"]] = counts.get(q["kind"], 0) + 1
    return counts


def _unmatched_direct(preds: Path, gold_dir: Path) -> dict[str, int]:
    """Direct-view predictions the scorer leaves unmatched, by what they are.

    The scorer's direct view counts only spans between the marks " “ ” „ « », and lets
    ``mixed`` records (reported clauses that contain quoted words) compete with the quoted
    words themselves, so those two groups can never match.
    """
    import importlib.util

    spec = importlib.util.spec_from_file_location("score_quotes", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    by_doc = scorer.load_preds(str(preds))
    counts = {"mixed record": 0, "'' or single-quote marks": 0, "other": 0}
    for doc, quotes in by_doc.items():
        gold = json.loads((gold_dir / f"{doc}.json").read_text(encoding="utf-8"))
        text = gold["text"]
        units = [
            ([seg], g["sources"])
            for g in gold["quotes"]
            for c in g["contents"]
            for seg in scorer.quoted_segments(c)
        ]
        cands = [([(q["start"], q["end"])], q) for q in quotes if q["kind"] != "indirect"]
        pairs, _ = scorer.match(units, cands, 0.8, max_len=lambda n: int(n * 1.5) + 10)
        matched = {id(p) for _, p in pairs if p is not None}
        for _, q in cands:
            if id(q) in matched:
                continue
            before = text[max(0, q["start"] - 2) : q["start"]]
            if q["kind"] == "mixed":
                counts["mixed record"] += 1
            elif before.endswith(("''", "'", "‘")) or before.endswith("' "):
                counts["'' or single-quote marks"] += 1
            else:
                counts["other"] += 1
    return counts


def print_table(split: str, s: dict) -> None:
    """One markdown table of the scorer's numbers with the targets beside them."""
    print(f"\n### PolNeAR {split} ({s['articles']} articles)\n")
    print("| view | gold | predicted | P | R | F1 | speaker accuracy | end-to-end F1 |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for view in ("direct", "all"):
        v = s[view]
        cells = []
        for key in ("precision", "recall", "f1", "speaker_accuracy", "end_to_end_f1"):
            target = TARGETS.get((view, key))
            cell = f"{v[key]:.3f}"
            if target is not None:
                cell += f" (target {target})"
            cells.append(cell)
        print(f"| {view} | {v['gold']} | {v['predicted']} | " + " | ".join(cells) + " |")
    kinds = ", ".join(f"{k} {n}" for k, n in sorted(s["kinds"].items()))
    print(f"\npredicted kinds: {kinds}")
    print("\n| direct view: unmatched predictions | count |\n| --- | --- |")
    for reason, n in s["unmatched"].items():
        print(f"| {reason} | {n} |")


def main() -> None:
    """Score the requested splits and print the tables."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--split", choices=("dev", "train"), action="append")
    ap.add_argument("--keep", type=Path, help="keep the predictions of the (last) split here")
    args = ap.parse_args()
    if not SCORER.exists():
        print(f"skipped: {SCORER} not found (../shared must sit beside the repo)")
        return
    for split in args.split or ["dev", "train"]:
        print_table(split, run_split(split, args.keep))


if __name__ == "__main__":
    main()
