"""The machine check the benchmark tables print: is this machine quiet right now?"""

from __future__ import annotations

import time


def reference_loop_seconds() -> float:
    """CPU seconds of a fixed pure-Python loop: about 0.4 s on a quiet machine here, more
    when other jobs share the core's caches, so a slow table can be told from slow code."""
    start = time.process_time()
    total = 0
    for i in range(10_000_000):
        total += i
    return time.process_time() - start
