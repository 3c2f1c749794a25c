"""The bench's table: Pressmark and FTS5 side by side, their ratio, the target and whether it is met.

:func:`summary_rows` turns the per-run results of :mod:`bench.pressmark_measure` and
:mod:`bench.fts5_reference` into rows (median over runs, with min–max); :func:`format_table`
lays them out; :func:`profile_summary` prints the top functions of a profiled phase.
"""

from __future__ import annotations

import math
import pstats
from dataclasses import dataclass
from pathlib import Path

from bench.queries import KINDS
from bench.stats import Spread, latency_summary, ratio_text

IMPORT_MIN_RATE = 500.0  # Reuters stories a second
IMPORT_MIN_SHARE = 1 / 8  # of FTS5's rate
QUERY_P50_MS = 30.0
QUERY_P95_MS = 100.0
QUOTE_MAX_MS = 150.0


@dataclass
class Row:
    measure: str
    pressmark: Spread
    fts5: Spread
    target: str = "-"
    met: bool | None = None
    digits: int = 1

    def cells(self) -> list[str]:
        met = "-" if self.met is None else ("yes" if self.met else "NO")
        return [self.measure, self.pressmark.text(self.digits), self.fts5.text(self.digits),
                ratio_text(self.pressmark, self.fts5), self.target, met]  # fmt: skip


def summary_rows(runs: list[dict]) -> list[Row]:
    """Rows of the table from ``[{"pressmark": result, "fts5": result}, ...]``."""

    def spread(engine: str, pick) -> Spread:
        return Spread.of([pick(run[engine]) for run in runs])

    def both(pick) -> tuple[Spread, Spread]:
        return spread("pressmark", pick), spread("fts5", pick)

    rows = []
    ours, ref = both(lambda r: r["import_rate"])
    need = max(IMPORT_MIN_RATE, ref.median * IMPORT_MIN_SHARE)
    rows.append(Row("bulk import (stories/s)", ours, ref, f"≥{need:.0f} (≥500, ≥1/8 FTS5)",
                    ours.median >= need, digits=0))  # fmt: skip
    rows.append(Row("index on disk (MiB)", *both(lambda r: r["index_mb"])))
    rows.append(Row("db + index on disk (MiB)", *both(lambda r: r["store_mb"])))
    for kind, label in KINDS.items():
        for pct, limit in (("p50", QUERY_P50_MS), ("p95", QUERY_P95_MS)):
            ours, ref = both(lambda r, kind=kind, pct=pct: _query_figure(r, kind, pct))
            rows.append(Row(f"{label} {pct} (ms)", ours, ref, f"≤{limit:.0f}", _met_max(ours, limit)))
    for pct in ("p50", "p95", "max"):
        ours, ref = both(lambda r, pct=pct: latency_summary(r["quote"]["seconds"])[pct])
        failed = any(run["pressmark"]["quote"]["failures"] for run in runs)
        met = None if pct != "max" else (not failed and _met_max(ours, QUOTE_MAX_MS))
        rows.append(Row(f"new quote searchable {pct} (ms)", ours, ref,
                        f"≤{QUOTE_MAX_MS:.0f} every time" if pct == "max" else "-", met))  # fmt: skip
    rows.append(Row("peak RSS, after import (MiB)", *both(lambda r: r["rss_import_mb"]), digits=0))
    rows.append(Row("peak RSS, whole run (MiB)", *both(lambda r: r["rss_peak_mb"]), digits=0))
    return rows


def _query_figure(result: dict, kind: str, pct: str) -> float | None:
    timed = result["queries"].get(kind)
    if timed is None or not timed["seconds"]:
        return None
    return latency_summary(timed["seconds"])[pct]


def _met_max(spread: Spread, limit: float) -> bool | None:
    """A latency target holds only if the worst run meets it."""
    return None if spread.missing else spread.high <= limit


def format_table(rows: list[Row]) -> str:
    header = ["measure", "Pressmark", "FTS5", "ratio P/F", "target", "met?"]
    table = [header] + [row.cells() for row in rows]
    widths = [max(len(line[i]) for line in table) for i in range(len(header))]
    lines = [" | ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)) for line in table]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def agreement_lines(runs: list[dict]) -> list[str]:
    """Per query kind, on how many queries both engines count the same matches (first run)."""
    first = runs[0]
    lines = []
    for kind, label in KINDS.items():
        ours = first["pressmark"]["queries"].get(kind)
        ref = first["fts5"]["queries"].get(kind)
        if ours is None:
            continue
        errors = f", {ours['errors']} failed ({ours['first_error']})" if ours["errors"] else ""
        if ref is None:
            median = sorted(ours["totals"])[len(ours["totals"]) // 2]
            lines.append(f"  {label}: median {median} matches (no FTS5 equivalent){errors}")
            continue
        same = sum(a == b for a, b in zip(ours["totals"], ref["totals"], strict=True))
        lines.append(f"  {label}: same match count on {same}/{len(ours['totals'])} queries{errors}")
    return lines


def profile_summary(path: Path, top: int = 12) -> list[str]:
    """The ``top`` functions by own time in one cProfile file, with their share of the phase."""
    stats = pstats.Stats(str(path))
    total = stats.total_tt or math.nan
    entries = sorted(stats.stats.items(), key=lambda item: item[1][2], reverse=True)[:top]
    lines = [f"{path.stem.removeprefix('profile-')}: {total:.2f} s profiled"]
    for (file, line, name), (_cc, calls, tottime, cumtime, _callers) in entries:
        where = f"{Path(file).parent.name}/{Path(file).name}:{line}" if line else file
        lines.append(f"  {100 * tottime / total:5.1f}% own {cumtime:7.2f}s cum {calls:>9} calls  {name}  {where}")
    return lines
