"""What today makes of each conversation: overdue or not, and the stage of each review round.

Kept apart from the summaries because it changes with the clock and they do not: a window left
open overnight, or a cached summary, is judged again on the new day.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import Enum

from pdr_desktop.team.members import Member
from pdr_desktop.team.summary import TeamSummary


class Stage(str, Enum):
    """Where a round is for one practitioner, in the order the year moves through them."""

    NOT_REACHED = "Not reached yet"
    PRACTITIONER = "Practitioner's part to do"
    MANAGER = "Manager's part to do"
    READY = "Ready to complete"
    COMPLETED = "Completed"


STAGES = tuple(Stage)


def is_overdue(summary: TeamSummary, today: date) -> bool:
    """The send-by date has passed and the practitioner's part of the round is not all there."""
    deadline = summary.send_by_date
    return (
        summary.readable
        and deadline is not None
        and deadline < today
        and summary.round_id not in summary.completed_rounds
        and bool(summary.practitioner_missing)
    )


def days_overdue(summary: TeamSummary, today: date) -> int:
    deadline = summary.send_by_date
    return (today - deadline).days if deadline is not None and is_overdue(summary, today) else 0


def stage(summary: TeamSummary, round_id: str) -> Stage:
    if round_id in summary.completed_rounds:
        return Stage.COMPLETED
    order = {r: index for index, (r, _label) in enumerate(summary.rounds)}
    if round_id not in order or summary.round_id not in order:
        return Stage.NOT_REACHED
    if order[round_id] > order[summary.round_id]:
        return Stage.NOT_REACHED
    if order[round_id] < order[summary.round_id]:
        return Stage.COMPLETED  # moved past it (a round completed before "completed" was recorded)
    if summary.practitioner_missing:
        return Stage.PRACTITIONER
    if summary.manager_missing:
        return Stage.MANAGER
    return Stage.READY


def current_stage(summary: TeamSummary) -> Stage:
    return stage(summary, summary.round_id)


@dataclass(frozen=True)
class RoundCounts:
    round_id: str
    label: str
    counts: dict[Stage, int]
    overdue: int

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def team_rounds(summaries: Iterable[TeamSummary]) -> list[tuple[str, str]]:
    """The rounds of the forms in use, in form order (the same three for the Portsmouth form)."""
    seen: dict[str, str] = {}
    for rounds in dict.fromkeys(s.rounds for s in summaries):  # one form: one set of rounds
        for round_id, label in rounds:
            seen.setdefault(round_id, label)
    return list(seen.items())


def round_counts(members: Iterable[Member], today: date) -> list[RoundCounts]:
    """For each round, how many conversations are at each stage (the chart and the board report)."""
    readable = [m.current for m in members if m.readable]
    out = []
    for round_id, label in team_rounds(readable):
        counts = dict.fromkeys(STAGES, 0)
        overdue = 0
        for summary in readable:
            counts[stage(summary, round_id)] += 1
            if summary.round_id == round_id and is_overdue(summary, today):
                overdue += 1
        out.append(RoundCounts(round_id, label, counts, overdue))
    return out


# One colour per stage for the chart on screen and in the PDF; each has at least 3:1 contrast
# with white (WCAG 1.4.11, graphical objects), and every bar also carries its number in text.
STAGE_COLOURS: dict[Stage, str] = {
    Stage.NOT_REACHED: "#767676",
    Stage.PRACTITIONER: "#B04A00",
    Stage.MANAGER: "#1F5FA8",
    Stage.READY: "#6A3D9A",
    Stage.COMPLETED: "#2E7D32",
}
