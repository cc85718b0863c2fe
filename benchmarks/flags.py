"""In-article flags over real news: how often each check fires, and what the checks cost.

    .venv/bin/python benchmarks/flags.py [--dump high-flags.md] [--split dev --split train]

Runs ``checker.analyze`` over ../shared/eval/polnear/{dev,train}/text/*.txt (the publication
date comes from the file name, ``outlet_YYYY-MM-DD_slug.txt``) and prints markdown tables:
flags per type per 100 articles by severity, and the analysis time with and without the
checks (the checks are timed on their own over each finished analysis, so the overhead is
``checks / (analyze - checks)``). ``--dump`` writes every ``high`` flag with the text around
its evidence, for a human to read. The texts are research data: read from ../shared, never
copied. Without ../shared the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
POLNEAR = SHARED / "eval" / "polnear"
TYPES = (
    "location_mismatch",
    "date_mismatch",
    "currency_mismatch",
    "arithmetic_mismatch",
    "name_variant",
    "unattributed_quote",
)
SEVERITIES = ("low", "medium", "high")
_DATE_IN_NAME = re.compile(r"_(\d{4}-\d{2}-\d{2})_")


def published_of(path: Path) -> dt.date | None:
    """The publication date in a PolNeAR file name, else None."""
    m = _DATE_IN_NAME.search(path.name)
    return dt.date.fromisoformat(m.group(1)) if m else None


def context(text: str, start: int, end: int, width: int = 160) -> str:
    """The evidence in its surroundings, marked with [[ ]], on one line."""
    before = text[max(0, start - width) : start]
    after = text[end : end + width]
    return " ".join(f"…{before}[[{text[start:end]}]]{after}…".split())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", action="append", choices=("dev", "train"))
    parser.add_argument("--dump", type=Path, help="write every high flag with context here")
    parser.add_argument(
        "--dump-severity",
        action="append",
        choices=SEVERITIES,
        help="severities to dump (default: high; repeat for more)",
    )
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    args = parser.parse_args(argv)
    splits = args.split or ["dev", "train"]
    dump_severities = set(args.dump_severity or ["high"])
    paths = [p for s in splits for p in sorted((POLNEAR / s / "text").glob("*.txt"))]
    if not paths:
        print(f"no articles under {POLNEAR}; nothing to measure")
        return 0
    if args.limit:
        paths = paths[: args.limit]

    from checker import geo

    start = time.perf_counter()
    geo.load_gazetteer()  # the first load in this process: decompress and parse
    gazetteer_load = time.perf_counter() - start

    import checker
    from checker.checks import run_checks

    texts = [(p, p.read_text(encoding="utf-8")) for p in paths]
    checker.analyze(texts[0][1], published=published_of(texts[0][0]))  # warm-up
    counts: Counter[tuple[str, str]] = Counter()
    articles_with: Counter[str] = Counter()
    total_time = 0.0
    checks_time = 0.0
    dump: list[str] = []
    for path, text in texts:
        pub = published_of(path)
        t0 = time.perf_counter()
        analysis = checker.analyze(text, published=pub, source=path.name)
        total_time += time.perf_counter() - t0
        t0 = time.perf_counter()
        run_checks(text, analysis, published=pub)
        checks_time += time.perf_counter() - t0
        seen_types = set()
        for flag in analysis.flags:
            counts[(flag.type, flag.severity)] += 1
            seen_types.add(flag.type)
            if flag.severity in dump_severities:
                lines = [
                    f"### {path.parent.parent.name}/{path.stem} — {flag.type} ({flag.severity})",
                    "",
                ]
                lines.append(f"- message: {flag.message}")
                for e in flag.evidence:
                    lines.append(
                        f"- evidence `{e.text}` ({e.start}–{e.end}): "
                        f"{context(text, e.start, e.end)}"
                    )
                lines.append("")
                dump.append("\n".join(lines))
        articles_with.update(seen_types)

    n = len(texts)
    print(f"{n} articles ({', '.join(splits)}); flags per 100 articles\n")
    print("| type | low | medium | high | all | articles with one |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for t in TYPES:
        row = [counts[(t, s)] * 100 / n for s in SEVERITIES]
        print(
            f"| {t} | {row[0]:.1f} | {row[1]:.1f} | {row[2]:.1f} | {sum(row):.1f} "
            f"| {articles_with[t]} |"
        )
    per_sev = [sum(counts[(t, s)] for t in TYPES) for s in SEVERITIES]
    print(
        f"| **all** | {per_sev[0] * 100 / n:.1f} | {per_sev[1] * 100 / n:.1f} "
        f"| {per_sev[2] * 100 / n:.1f} | {sum(per_sev) * 100 / n:.1f} | |"
    )
    print(f"\nhigh flags in total: {per_sev[2]} ({per_sev[2] * 50 / n:.2f} per 50 articles)\n")
    without = total_time - checks_time
    print("| timing | seconds | ms/article |")
    print("| --- | ---: | ---: |")
    print(f"| analyze without checks | {without:.2f} | {without * 1000 / n:.1f} |")
    print(f"| checks alone | {checks_time:.2f} | {checks_time * 1000 / n:.1f} |")
    print(f"| analyze with checks | {total_time:.2f} | {total_time * 1000 / n:.1f} |")
    print(
        f"\nchecks add {checks_time * 100 / without:.1f}% to analysis time; "
        f"gazetteer load {gazetteer_load:.3f} s"
    )
    if args.dump:
        args.dump.write_text(
            f"# {', '.join(sorted(dump_severities))} flags over {n} PolNeAR articles\n\n"
            + "\n".join(dump),
            encoding="utf-8",
        )
        print(f"\n{len(dump)} flags written to {args.dump}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
