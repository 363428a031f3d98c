"""`pdr-desktop team FOLDER…`: the manager's team view for HR and IT scripts.

Prints one line per conversation (or, with --anonymise, the counts only) and writes the board
exports asked for. Exit 0, or 1 when a file or folder could not be read (each listed with the
reason on stderr); 2 for a usage problem or an export that could not be written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pdr_desktop import clock
from pdr_desktop.cli.common import EXIT_INCOMPLETE, EXIT_OK, fail, refuse_missing_folder
from pdr_desktop.forms import default_registry
from pdr_desktop.settings import load_settings
from pdr_desktop.team.catalogue import choose_catalogue
from pdr_desktop.team.exports import EXPORT_SUFFIXES, export_report, suffix_problem, tables
from pdr_desktop.team.report import TeamReport
from pdr_desktop.team.scan import scan
from pdr_desktop.team.tables import Table, cell_text

PRINTED = (
    "Practitioner",
    "Round",
    "Stage",
    "Meeting",
    "Send by",
    "Overdue",
    "Left for manager",
    "Signatures",
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "team",
        help="summarise the team's forms in one or more folders; write CSV/XLSX/PDF for the board "
        "(exit 0, 1 if a file could not be read)",
    )
    p.add_argument("folders", nargs="+", metavar="FOLDER", help="folder of received .pdr/.docx/.pdf files")
    for fmt, suffix in EXPORT_SUFFIXES.items():
        p.add_argument(f"--{fmt}", metavar="OUT", type=Path, help=f"write the board report as {suffix}")
    p.add_argument(
        "--anonymise",
        "--anonymize",
        action="store_true",
        help="leave names and free text out: counts per round and per need only",
    )
    p.set_defaults(handler=cmd_team)


def cmd_team(args: argparse.Namespace) -> int:
    outputs = {fmt: getattr(args, fmt) for fmt in EXPORT_SUFFIXES if getattr(args, fmt) is not None}
    for fmt, out in outputs.items():
        if (problem := suffix_problem(out, fmt)) is not None:
            return fail(f"{problem} (nothing was written)")
        if (refused := refuse_missing_folder(out)) is not None:
            return refused
    folders = [Path(f) for f in args.folders]
    registry = default_registry()
    result = scan(folders, registry)
    settings = load_settings()
    choice = choose_catalogue(settings.learning_catalogue)
    if choice.error:
        print(f"note: {choice.error}; training needs are not grouped by theme", file=sys.stderr)
    report = TeamReport.build(result.summaries, choice, clock.current_clock().today(), result.problems)
    for table in tables(report, args.anonymise) if args.anonymise else [_printed(report)]:
        _print_table(table)
    for member in report.members:
        if member.readable and member.earlier and not args.anonymise:
            names = ", ".join(Path(s.path).name for s in member.earlier)
            print(f"{member.current.name}: counts {Path(member.current.path).name}; earlier: {names}")
    for fmt, out in outputs.items():
        try:
            written = export_report(
                report, out, fmt, anonymise=args.anonymise, organisation=settings.organisation
            )
        except OSError as exc:
            written = getattr(exc, "written", [])  # CSV: the files before the one that failed
            for path in written:
                print(f"Wrote {path}")
            rest = "nothing more was written" if written else "nothing was written"
            return fail(f"{getattr(exc, 'failed', out)} cannot be written ({exc.strerror or exc}); {rest}")
        for path in written:
            print(f"Wrote {path}")
    problems = report.problems + [
        f"{m.current.path}: cannot be read: {m.current.error}" for m in report.unreadable
    ]
    for problem in problems:
        print(problem, file=sys.stderr)
    return EXIT_INCOMPLETE if problems else EXIT_OK


def _printed(report: TeamReport) -> Table:
    team = tables(report, anonymise=False)[0]
    keep = [team.headers.index(h) for h in PRINTED]
    rows = [tuple(row[i] for i in keep) for row in team.rows]
    return Table(team.title, PRINTED, rows)


def _print_table(table: Table) -> None:
    rows = [[cell_text(v) for v in row] for row in table.rows]
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(table.headers)]
    print(f"{table.title} ({len(rows)})")
    print("  ".join(h.ljust(w) for h, w in zip(table.headers, widths, strict=True)).rstrip())
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    print()


__all__ = ["register"]
