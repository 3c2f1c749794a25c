"""Percentiles of one run and the spread over repeated runs, formatted for the bench table.

Pure functions over lists of floats; used by :mod:`bench.search_bench` and the measure
modules. A figure of several runs prints as ``median (min–max)``.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass


def percentile(values: Sequence[float], pct: float) -> float:
    """The ``pct`` percentile (0–100) by linear interpolation; NaN for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = (len(ordered) - 1) * pct / 100
    low = math.floor(rank)
    high = math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def latency_summary(seconds: Sequence[float]) -> dict[str, float]:
    """p50, p95 and max of one run's latencies, in milliseconds."""
    ms = [s * 1000 for s in seconds]
    return {
        "p50": percentile(ms, 50),
        "p95": percentile(ms, 95),
        "max": max(ms) if ms else math.nan,
        "n": len(ms),
    }


@dataclass(frozen=True)
class Spread:
    """One figure measured in several runs."""

    median: float
    low: float
    high: float
    runs: int

    @classmethod
    def of(cls, values: Sequence[float | None]) -> Spread:
        present = [v for v in values if v is not None and not math.isnan(v)]
        if not present:
            return cls(math.nan, math.nan, math.nan, 0)
        return cls(statistics.median(present), min(present), max(present), len(present))

    @property
    def missing(self) -> bool:
        return self.runs == 0

    def text(self, digits: int = 1) -> str:
        """``12.3`` for one run, ``12.3 (11.0–14.1)`` for several; ``n/a`` when unmeasured."""
        if self.missing:
            return "n/a"
        if self.runs == 1 or self.low == self.high:
            return _number(self.median, digits)
        return f"{_number(self.median, digits)} ({_number(self.low, digits)}–{_number(self.high, digits)})"


def _number(value: float, digits: int) -> str:
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:.{digits}f}"


def ratio_text(ours: Spread, reference: Spread) -> str:
    """Pressmark ÷ FTS5 of the medians, e.g. ``3.2×``; ``n/a`` when either is missing."""
    if ours.missing or reference.missing or reference.median == 0:
        return "n/a"
    value = ours.median / reference.median
    return f"{value:.2f}×" if value < 10 else f"{value:.0f}×"
