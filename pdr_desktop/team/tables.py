"""The team as tables: one shape for the `team` command, the CSV, the spreadsheet and the PDF.

Cells keep their type (a date stays a date, a score a number) so the spreadsheet can sort and
filter them; `cell_text` is how every text output writes them. An anonymised report carries
counts only: no names, no free text (someone's own words can name them as surely as a name).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pdr_desktop.dates import to_display
from pdr_desktop.team.catalogue import LearningCatalogue
from pdr_desktop.team.members import Member
from pdr_desktop.team.status import STAGES, RoundCounts, current_stage, days_overdue, is_overdue
from pdr_desktop.team.summary import TeamSummary
from pdr_desktop.team.training import Need, by_theme, need_counts

Cell = str | int | float | date | None


@dataclass(frozen=True)
class Table:
    title: str  # the sheet's name
    headers: tuple[str, ...]
    rows: list[tuple[Cell, ...]]
    widths: tuple[int, ...] = ()  # in characters, for the spreadsheet
    wrapped: frozenset[int] = field(default_factory=frozenset)  # columns of running text


def cell_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return to_display(value.isoformat())
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


def objectives_text(summary: TeamSummary) -> str:
    """ "7 · 1 achieved · average 6.1" (the score is the latest review's, out of 10)."""
    if not summary.objectives:
        return "none yet"
    parts = [str(len(summary.objectives)), f"{summary.achieved} achieved"]
    average = summary.average_score
    if average is not None:
        parts.append(f"average {average:.1f}/10")
    return " · ".join(parts)


def earlier_text(member: Member) -> str:
    names = [Path(s.path).name for s in member.earlier_copies]
    names += [f"{Path(s.path).name} (an earlier year)" for s in member.earlier_years]
    return "; ".join(names)


TEAM_HEADERS = (
    "Practitioner",
    "Position",
    "Period",
    "Round",
    "Stage",
    "Meeting",
    "Send by",
    "Overdue",
    "Left for manager",
    "What is left",
    "Signatures",
    "Objectives",
    "Achieved",
    "Average latest score",
    "File",
    "Earlier copies",
    "Cannot be read because",
)


def team_table(members: Sequence[Member], today: date) -> Table:
    rows: list[tuple[Cell, ...]] = []
    for member in members:
        s = member.current
        if not s.readable:
            cannot = (None, None, None, "Cannot be read", *([None] * 9))
            rows.append((Path(s.path).stem, *cannot, Path(s.path).name, None, s.error))
            continue
        late = days_overdue(s, today)
        rows.append(
            (
                s.name,
                s.position,
                s.period,
                s.round_label,
                current_stage(s).value,
                s.meeting_date,
                s.send_by_date,
                f"Yes, {late} day{'s' if late != 1 else ''}" if is_overdue(s, today) else "No",
                len(s.manager_missing),
                "; ".join(s.manager_missing),
                s.signatures.value,
                len(s.objectives),
                s.achieved,
                round(s.average_score, 1) if s.average_score is not None else None,
                Path(s.path).name,
                earlier_text(member),
                None,
            )
        )
    widths = (24, 26, 26, 20, 24, 12, 12, 14, 10, 50, 22, 11, 10, 12, 40, 40, 50)
    return Table("Team", TEAM_HEADERS, rows, widths, frozenset({9, 15, 16}))


def rounds_table(counts: Sequence[RoundCounts]) -> Table:
    headers = ("Round", *(s.value for s in STAGES), "Overdue", "Total")
    rows: list[tuple[Cell, ...]] = [
        (c.label, *(c.counts[s] for s in STAGES), c.overdue, c.total) for c in counts
    ]
    return Table("Rounds", headers, rows, (22, *([14] * len(STAGES)), 10, 8))


TRAINING_HEADERS = ("Learning row", "Area", "Theme", "Practitioner", "What they did", "What they need next")


def training_table(needs: Sequence[Need], catalogue: LearningCatalogue | None) -> Table:
    """Each need under each theme it matched, row by row in form order (names and words)."""
    rows: list[tuple[Cell, ...]] = []
    order = list(dict.fromkeys(n.row for n in needs))
    for row in order:
        in_row = [n for n in needs if n.row == row]
        for group in by_theme(in_row, catalogue):
            for need in group.needs:
                rows.append((need.row_label, group.area, group.title, need.practitioner, need.did, need.next))
    return Table("Training needs", TRAINING_HEADERS, rows, (30, 22, 34, 24, 60, 60), frozenset({4, 5}))


def training_counts_table(needs: Sequence[Need], catalogue: LearningCatalogue | None) -> Table:
    headers = ("Learning row", "Area", "Theme", "Practitioners")
    rows: list[tuple[Cell, ...]] = [
        (c.row_label, c.area, c.theme, c.practitioners) for c in need_counts(needs, catalogue)
    ]
    return Table("Training needs", headers, rows, (40, 22, 40, 14))


def board_tables(
    members: Sequence[Member],
    counts: Sequence[RoundCounts],
    needs: Sequence[Need],
    catalogue: LearningCatalogue | None,
    today: date,
    anonymise: bool,
) -> list[Table]:
    """The sheets of the board report: the team (unless anonymised), the rounds, the needs."""
    if anonymise:
        return [rounds_table(counts), training_counts_table(needs, catalogue)]
    return [team_table(members, today), rounds_table(counts), training_table(needs, catalogue)]
