"""Everything the team view and the board exports show, computed once from the summaries."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from pdr_desktop.team.catalogue import CatalogueChoice, LearningCatalogue
from pdr_desktop.team.members import Member, group_members
from pdr_desktop.team.status import RoundCounts, is_overdue, round_counts
from pdr_desktop.team.summary import TeamSummary
from pdr_desktop.team.training import Matcher, Need, team_needs


@dataclass(frozen=True)
class TeamReport:
    members: list[Member]
    counts: list[RoundCounts]
    needs: list[Need]
    today: date
    catalogue: LearningCatalogue | None = None
    catalogue_error: str = ""
    problems: list[str] = field(default_factory=list)  # folders that could not be read

    @classmethod
    def build(
        cls,
        summaries: Iterable[TeamSummary],
        choice: CatalogueChoice,
        today: date,
        problems: Iterable[str] = (),
        matcher: Matcher | None = None,
    ) -> TeamReport:
        """`matcher`: kept by a caller that builds reports again and again (the team view)."""
        members = group_members(summaries)
        return cls(
            members,
            round_counts(members, today),
            team_needs(members, choice.catalogue, matcher),
            today,
            choice.catalogue,
            choice.error,
            list(problems),
        )

    @property
    def conversations(self) -> list[Member]:
        return [m for m in self.members if m.readable]

    @property
    def unreadable(self) -> list[Member]:
        return [m for m in self.members if not m.readable]

    @property
    def overdue(self) -> list[Member]:
        return [m for m in self.conversations if is_overdue(m.current, self.today)]

    def catalogue_note(self) -> str:
        """Where the themes come from, saying plainly when it is the example."""
        if self.catalogue is None:
            return f"No learning catalogue: {self.catalogue_error}" if self.catalogue_error else ""
        if self.catalogue.example:
            return (
                f"Themes come from an EXAMPLE catalogue, not this council's own: {self.catalogue.title}. "
                "IT can supply the council's catalogue (site setting learning_catalogue)."
            )
        return f"Themes from {self.catalogue.title}."
