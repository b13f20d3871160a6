"""Time that grows with the input, not with its square, checked without a limit in seconds.

An input is built at a quarter of its size and at its full size: four times
the input may take about four times the CPU time, never the sixteen a
quadratic step would. CPU time (the best of two runs) rather than wall time,
and a ratio rather than seconds, keep the check true on a busy or slow
machine; the speed targets themselves are measured by `make bench`.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

# Quadratic growth gives 16; linear growth measures 3.5 to 6 here.
MOST_GROWTH = 9.0
# Below this, the quarter-size run is too short for its time to be compared.
SHORTEST = 0.02


# Caches at least this large hold what a notice repeats (unit names, lists, deadlines); the smaller
# ones hold compiled patterns and vocabulary, the same at every size.
DATA_CACHE = 1024


def empty_data_caches() -> None:
    """Empty the package's caches of repeated names, so that no timed run reads its input from a
    cache an earlier run filled: a quarter-size input fits in them, a full one does not."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("policy_cli"):
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if info is not None and (info().maxsize or 0) >= DATA_CACHE:
                value.cache_clear()


def cpu_seconds(run: Callable[[T], object], given: T) -> float:
    best = float("inf")
    for _ in range(2):
        empty_data_caches()
        started = time.process_time()
        run(given)
        best = min(best, time.process_time() - started)
    return best


def assert_linear(make: Callable[[int], T], run: Callable[[T], object], size: int) -> None:
    """`make(n)` builds an input of about n units; `run` is what is timed on it."""
    small = cpu_seconds(run, make(size // 4))
    large = cpu_seconds(run, make(size))
    assert large < MOST_GROWTH * max(small, SHORTEST), f"{small:.3f} s at a quarter, {large:.3f} s in full"
