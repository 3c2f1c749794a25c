"""Tools → Check catalogue: the report of a check (or of a repair) in the interface language.

The catalogue's ``CheckReport`` holds codes (a problem's severity, the kinds of record it went
through) and :class:`~catalog.messages.Message` sentences (what is wrong, what it needs); this
words them for :class:`~gui.dialogs.report_dialog.ReportDialog`: a summary line and one row a
problem.
"""

from __future__ import annotations

from gui.catalog_text import catalog_text
from gui.i18n import QT_TRANSLATE_NOOP, grouped, listed, translate
from gui.panels.status import count_text

SEVERITIES = {"error": QT_TRANSLATE_NOOP("CheckReport", "error"), "warning": QT_TRANSLATE_NOOP("CheckReport", "warning")}
HEADERS = (QT_TRANSLATE_NOOP("CheckReport", "Severity"), QT_TRANSLATE_NOOP("CheckReport", "Problem"), QT_TRANSLATE_NOOP("CheckReport", "Record"))


def checked_text(what: str, n: int) -> str:
    """``n`` of what the check went through (a key of ``CheckReport.checked``): "1,204
    quotes", "3 index entries"; a key this window does not know is written as it is."""
    if what in ("documents", "quotes"):
        return count_text(what, n)
    one = n == 1
    if what == "index entries":
        text = translate("CheckReport", "%n index entry", None, n) if one else translate("CheckReport", "%n index entries", None, n)
    elif what == "revisions":
        text = translate("CheckReport", "%n revision", None, n) if one else translate("CheckReport", "%n revisions", None, n)
    else:
        return f"{n:,} {what}"
    return grouped(text, n)


def summary_text(report, repair: bool, intro: str = "") -> str:
    """The report's first line: ``intro`` (what came before the check, or ''), how many
    problems were found (or repaired, after ``repair``), how many repairing cannot fix, and
    what was checked."""
    n = len(report.problems)
    if not n:
        state = translate("CheckReport", "No problems found.")
    elif repair:
        repaired = sum(p.repaired for p in report.problems)
        if n == 1:
            state = translate("CheckReport", "{repaired} of %n problem repaired.", None, n)
        else:
            state = translate("CheckReport", "{repaired} of %n problems repaired.", None, n)
        state = grouped(state, n).format(repaired=f"{repaired:,}")
    else:
        state = grouped(translate("CheckReport", "%n problem found.", None, n) if n == 1 else translate("CheckReport", "%n problems found.", None, n), n)
    beyond = len(report.beyond_repair)
    if beyond == 1:
        state += " " + translate("CheckReport", "Repair cannot fix %n of them: it says what it needs.", None, beyond)
    elif beyond:
        state += " " + grouped(translate("CheckReport", "Repair cannot fix %n of them: each says what it needs.", None, beyond), beyond)
    checked = listed(checked_text(what, count) for what, count in report.checked.items())
    state += " " + translate("CheckReport", "Checked {checked}.").format(checked=checked)
    return f"{intro} {state}".strip()


def problem_rows(report) -> list[tuple[str, str, str]]:
    """(severity, problem, record) for each problem: what is wrong, then "(repaired)" or
    what it needs."""
    rows = []
    for problem in report.problems:
        what = catalog_text(problem.what)
        if problem.repaired:
            what = translate("CheckReport", "{problem} (repaired)").format(problem=what)
        elif problem.needs:
            what = translate("CheckReport", "{problem}. {needs}").format(problem=what, needs=catalog_text(problem.needs))
        severity = translate("CheckReport", SEVERITIES[problem.severity]) if problem.severity in SEVERITIES else problem.severity
        rows.append((severity, what, problem.record))
    return rows


def headers() -> list[str]:
    """The report's column titles."""
    return [translate("CheckReport", title) for title in HEADERS]
