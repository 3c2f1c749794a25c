"""``pressmark bundle export|import|verify``: thin wrappers over the catalogue's exchange API.

The work is in :class:`catalog.services.exchange.ExchangeService` (``catalog.exchange``); here are only argument handling
and the printed report. A refused bundle raises InvalidBundle, which ``main`` prints as one
line on stderr with exit code 1.
"""

from __future__ import annotations

from typing import TextIO

from catalog import MergeReport
from catalog.cli.render import dump_json

MAX_LISTED = 50  # conflicts and skipped records listed one per line; the rest counted


def cmd_bundle(catalog, args, out: TextIO) -> int:
    as_json = bool(getattr(args, "json", False))

    def progress(done: int, total: int, message: str) -> None:
        if not as_json and getattr(args, "progress", False):
            print(f"[{done}/{total}] {message}", file=out, flush=True)

    if args.action == "export":
        query = " ".join(args.query) if args.query else None
        summary = catalog.exchange.export_bundle(args.out, query=query, progress=progress)
        if as_json:
            dump_json({k: str(v) if k == "path" else v for k, v in vars(summary).items()}, out)
        else:
            print(f"Exported {summary.describe()}", file=out)
        return 0
    if args.action == "verify":
        check = catalog.exchange.verify_bundle(args.file)
        if as_json:
            dump_json({"ok": True, "name": check.name, "label": check.label, "counts": check.counts, "bag_info": check.info}, out)
        else:
            print(check.describe(), file=out)
        return 0
    report = catalog.exchange.import_bundle(args.file, dry_run=args.dry_run, on_conflict=args.on_conflict, progress=progress)
    if as_json:
        dump_json(report.to_json(), out)
    else:
        print(render_report(report), file=out)
    return 0


def render_report(report: MergeReport) -> str:
    """The import report for people: counts per kind, then each conflict and skipped record."""
    head = "Dry run: nothing was changed." if report.dry_run else f"Imported {report.bundle}."
    lines = [head, report.summary()]
    conflicts = report.conflicts
    if conflicts:
        lines.append(f"Conflicts ({len(conflicts)}, policy “{report.policy}”):")
        lines += [f"  {entry.describe()}" for entry in conflicts[:MAX_LISTED]]
        if len(conflicts) > MAX_LISTED:
            lines.append(f"  … and {len(conflicts) - MAX_LISTED} more (--json lists them all)")
        if report.policy == "mine":
            lines.append("  (use --on-conflict theirs to take their versions, or both to keep both)")
    skipped = report.skipped
    if skipped:
        lines.append(f"Not imported ({len(skipped)}):")
        lines += [f"  {entry.describe()}" for entry in skipped[:MAX_LISTED]]
    return "\n".join(lines)
