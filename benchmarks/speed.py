"""Speed and memory of checker: prints a markdown table.

    .venv/bin/python benchmarks/speed.py

- articles/second of ``checker attribute`` over the train files once started: the
  command's CPU time over all 840 files less its CPU time on one tiny file (JSON out
  included; CPU time, so other jobs on the machine do not count);
- articles/second of ``checker.analyze`` over ../shared/eval/polnear/train/text/*.txt, in
  this process on one core, after start-up (the texts are read first, one warm-up call);
- start-up: ``python -c "import checker.cli"`` and a full ``checker attribute tiny.txt``
  (best of five runs each, wall clock);
- peak memory (ru_maxrss) of ``checker attribute`` over all the train files.

../shared is found beside the repository; without it the script says so and exits 0.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from machine import reference_loop_seconds  # benchmarks/machine.py, beside this script

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO / ".." / "shared"
TRAIN = SHARED / "eval" / "polnear" / "train" / "text"
RUNS = 5
BATCH_RUNS = 3  # full train-set runs of `checker attribute`; the least CPU time counts


def checker_command() -> list[str]:
    """The installed ``checker`` script beside this Python, else ``python -m checker``."""
    script = Path(sys.executable).parent / "checker"
    return [str(script)] if script.exists() else [sys.executable, "-m", "checker"]


def articles_per_second(texts: list[str]) -> tuple[float, float]:
    """Articles and characters per second of ``checker.analyze`` over ``texts``."""
    import checker
    from checker.cli import tune_gc_for_batch

    checker.analyze(texts[0])  # warm-up: lazy tables, compiled patterns
    tune_gc_for_batch()  # as `checker attribute` does after its first file
    start = time.process_time()  # CPU time of this process: one core, no waiting
    for text in texts:
        checker.analyze(text)
    elapsed = time.process_time() - start
    return len(texts) / elapsed, sum(map(len, texts)) / elapsed


def best_wall_time(command: list[str]) -> float:
    """Fastest of RUNS wall-clock runs of ``command`` (output discarded)."""
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return min(times)


def run_usage(command: list[str]) -> tuple[float, float, float]:
    """Peak resident memory (MiB), wall time (s) and CPU time (s) of one run of ``command``."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # wait4 gives this child's own rusage, not the maximum over every child so far.
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.perf_counter() - start
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command[:3])} ... exited {process.returncode}")
    cpu = usage.ru_utime + usage.ru_stime
    return usage.ru_maxrss / 1024, elapsed, cpu  # ru_maxrss is in KiB on Linux


def main() -> int:
    """Measure and print the table."""
    if not TRAIN.is_dir():
        print(f"speed.py: {TRAIN.resolve()} is missing; nothing to measure (needs ../shared).")
        return 0
    paths = sorted(TRAIN.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    per_second, chars_per_second = articles_per_second(texts)

    cli = checker_command()
    with tempfile.TemporaryDirectory() as tmp:
        tiny = Path(tmp) / "tiny.txt"
        tiny.write_text('"We will win," said Jane Doe.\n', encoding="utf-8")
        import_time = best_wall_time([sys.executable, "-c", "import checker.cli"])
        startup = best_wall_time([*cli, "attribute", str(tiny)])
        startup_cpu = min(run_usage([*cli, "attribute", str(tiny)])[2] for _ in range(RUNS))
    batches = sorted(
        (run_usage([*cli, "attribute", *map(str, paths)]) for _ in range(BATCH_RUNS)),
        key=lambda usage: usage[2],
    )
    rss = max(usage[0] for usage in batches)
    _, batch_time, batch_cpu = batches[0]
    # The measure: the command's own rate once started, on one core (CPU time, so
    # other jobs on the machine count less), JSON output included. Other jobs still slow a
    # run through shared caches, so the least CPU time of the runs is the estimate, as
    # timeit does; the median shows the spread.
    cli_rate = len(paths) / max(batch_cpu - startup_cpu, 1e-9)
    median_rate = len(paths) / max(batches[len(batches) // 2][2] - startup_cpu, 1e-9)
    reference = reference_loop_seconds()

    rows = [
        (
            f"`checker attribute` over {len(paths)} files, once started",
            f"{cli_rate:,.1f} articles/s (best of {BATCH_RUNS}; median {median_rate:,.1f})",
        ),
        ("analyze() throughput in process, one core", f"{per_second:,.1f} articles/s"),
        ("", f"{chars_per_second / 1000:,.0f} k characters/s"),
        ("`python -c 'import checker.cli'`", f"{import_time * 1000:.0f} ms"),
        ("`checker attribute tiny.txt` (start-up)", f"{startup * 1000:.0f} ms"),
        (
            f"`checker attribute` over {len(paths)} train files",
            f"{batch_time:.1f} s wall, {batch_cpu:.1f} s CPU",
        ),
        ("peak memory (ru_maxrss) of those runs", f"{rss:.0f} MiB"),
        ("machine check: 10 M additions in a Python loop", f"{reference:.2f} s"),
    ]
    print(
        f"PolNeAR train: {len(paths)} articles, {sum(map(len, texts)):,} characters; "
        f"best of {RUNS} for start-up; Python {sys.version.split()[0]}"
    )
    print()
    print("| measure | value |")
    print("| --- | --- |")
    for name, value in rows:
        print(f"| {name} | {value} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
