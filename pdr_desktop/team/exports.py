"""The one entry point for board exports, used by the team view and the `team` command alike."""

from __future__ import annotations

from pathlib import Path

from pdr_desktop import APP_NAME, __version__
from pdr_desktop.dates import long_date
from pdr_desktop.team.report import TeamReport
from pdr_desktop.team.tables import Table, board_tables

EXPORT_SUFFIXES = {"csv": ".csv", "xlsx": ".xlsx", "pdf": ".pdf"}


def tables(report: TeamReport, anonymise: bool) -> list[Table]:
    return board_tables(
        report.members, report.counts, report.needs, report.catalogue, report.today, anonymise
    )


def about(report: TeamReport, anonymise: bool) -> list[tuple[str, str]]:
    rows = [
        ("Team summary as at", long_date(report.today)),
        ("Conversations", str(len(report.conversations))),
        ("Overdue", str(len(report.overdue))),
        ("Files that could not be read", str(len(report.unreadable))),
        ("Names", "left out: counts only (anonymised)" if anonymise else "included"),
        ("Learning themes", report.catalogue_note() or "no catalogue"),
        ("Made by", f"{APP_NAME} {__version__}, on this computer; nothing was sent anywhere"),
    ]
    return rows


def suffix_problem(path: Path, fmt: str) -> str | None:
    """Why `path` cannot take a `fmt` export (a .pdr name would destroy someone's draft)."""
    wanted = EXPORT_SUFFIXES[fmt]
    if Path(path).suffix.lower() != wanted:
        return f"{path} must end in {wanted} for a {fmt.upper()} export"
    return None


def export_report(
    report: TeamReport, path: Path, fmt: str, *, anonymise: bool = False, organisation: str = ""
) -> list[Path]:
    """Write the report as `fmt` ("csv", "xlsx", "pdf"); returns every file written (0600, atomic)."""
    path = Path(path)
    if fmt == "csv":
        from pdr_desktop.team.export_csv import write_csv

        return write_csv(path, tables(report, anonymise))
    if fmt == "xlsx":
        from pdr_desktop.team.export_xlsx import write_xlsx

        return [write_xlsx(path, tables(report, anonymise), about(report, anonymise))]
    if fmt == "pdf":
        from pdr_desktop.team.export_pdf import write_pdf

        return [write_pdf(path, report, organisation)]
    raise ValueError(f"unknown export format “{fmt}”; use one of {', '.join(EXPORT_SUFFIXES)}")
