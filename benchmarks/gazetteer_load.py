"""How fast the shipped gazetteer loads and answers: prints a table.

Run: ``python benchmarks/gazetteer_load.py [--repeat N]``. Load time is measured in fresh
interpreters (the module caches the loaded data), lookups on a mix of names, and
find_place_names on a news-like text.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker import geo  # noqa: E402

NAMES = [
    "Shenzhen",
    "Santa Clara, California",
    "NAIROBI",
    "Dalian",
    "California",
    "China",
    "U.S.",
    "Paris, Texas",
    "Liaoning province",
    "Xyzzyville",
    "São Paulo",
    "Washington, D.C.",
]

TEXT = (
    "SANTA CLARA, California — Executives from Shenzhen and Dalian, in Liaoning province, "
    "met investors at the Santa Clara Convention Center on Tuesday, said Scott Armanini, a "
    "Silicon Valley-based venture capitalist who was reading the news from the Bay Area. "
    "Delegations came from Tokyo, Seoul, South Korea, NAIROBI and the U.S. state of Texas; "
    "others flew in from Mobile, Ala., Reading, England, and São Paulo. "
) * 20

LOAD_SNIPPET = (
    "import time; t = time.perf_counter(); from checker import geo; geo.load_gazetteer(); "
    "print(time.perf_counter() - t)"
)


def _load_times(repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, "-c", LOAD_SNIPPET],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        times.append(float(out.stdout.strip()))
    return times


def main() -> None:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    loads = _load_times(args.repeat)
    g = geo.load_gazetteer()

    # lookups that miss the lru cache: normalise-and-index each time
    rounds = 2000
    t = time.perf_counter()
    for i in range(rounds):
        for name in NAMES:
            geo._lookup_key.__wrapped__(geo.normalize_name(name + " " * (i % 2)))
    uncached = rounds * len(NAMES) / (time.perf_counter() - t)
    t = time.perf_counter()
    for _ in range(rounds):
        for name in NAMES:
            geo.lookup(name)
    cached = rounds * len(NAMES) / (time.perf_counter() - t)

    t = time.perf_counter()
    runs = 5
    for _ in range(runs):
        found = geo.find_place_names(TEXT)
    elapsed = (time.perf_counter() - t) / runs

    t = time.perf_counter()
    for _ in range(200):
        geo.venue_place("Shenzhen Bay Center")
    venues = 200 / (time.perf_counter() - t)

    size = geo.DATA_PATH.stat().st_size
    rows = [
        ("file", f"{geo.DATA_PATH.relative_to(ROOT)}"),
        ("file size", f"{size / 1e6:.2f} MB gzipped"),
        ("places / names", f"{len(g)} / {len(g.index)}"),
        (
            f"load time (fresh process, n={len(loads)})",
            f"median {statistics.median(loads) * 1000:.0f} ms, max {max(loads) * 1000:.0f} ms",
        ),
        ("lookup, uncached", f"{uncached:,.0f} /s"),
        ("lookup, cached", f"{cached:,.0f} /s"),
        (
            "find_place_names",
            f"{len(TEXT) / elapsed / 1e6:.2f} M chars/s ({len(found)} names in "
            f"{len(TEXT):,} chars, {elapsed * 1000:.1f} ms)",
        ),
        ("venue_place (cached lookups)", f"{venues:,.0f} /s"),
    ]
    width = max(len(k) for k, _ in rows)
    print(f"{'measure':<{width}} | value")
    print(f"{'-' * width}-|-{'-' * 40}")
    for key, value in rows:
        print(f"{key:<{width}} | {value}")


if __name__ == "__main__":
    main()
