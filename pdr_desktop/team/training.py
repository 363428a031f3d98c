"""The training-needs summary: every practitioner's learning rows, grouped by row and by theme.

What a practitioner *needs next* is their "Next Steps & Progress" answer of a learning row; it
is matched against the learning catalogue's keywords to find its themes (courses). A need can
match several courses and is then listed under each; a need that matches none is listed under
"Not in the catalogue", never dropped. Seed 001 asks for this "identified training needs
analysis for staff" and an annual report to the Workforce Development Strategy Board.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from pdr_desktop.team.catalogue import Course, LearningCatalogue, keyword_pattern
from pdr_desktop.team.members import Member

NOT_IN_CATALOGUE = "Not in the catalogue"


@dataclass(frozen=True)
class Need:
    practitioner: str
    path: str  # the file it came from
    row: str  # learning row (group id)
    row_label: str
    did: str
    next: str
    courses: tuple[Course, ...] = ()  # themes found in `next`; () when none matched

    @property
    def is_need(self) -> bool:
        """Whether something is asked for next (a row with only what they did is not a need)."""
        return bool(self.next)


class Matcher:
    """Keyword patterns compiled once per catalogue."""

    def __init__(self, catalogue: LearningCatalogue | None) -> None:
        self.catalogue = catalogue

    @cached_property
    def _patterns(self) -> list[tuple[Course, list]]:
        if self.catalogue is None:
            return []
        return [(c, [keyword_pattern(k) for k in c.keywords]) for c in self.catalogue.courses]

    def courses(self, text: str) -> tuple[Course, ...]:
        folded = text.casefold()
        return tuple(c for c, patterns in self._patterns if any(p.search(folded) for p in patterns))


def team_needs(members: Iterable[Member], catalogue: LearningCatalogue | None) -> list[Need]:
    """Each readable conversation's answered learning rows, in team then form order."""
    matcher = Matcher(catalogue)
    needs = []
    for member in members:
        summary = member.current
        if not summary.readable:
            continue
        for answer in summary.learning:
            if not (answer.did or answer.next):
                continue
            needs.append(
                Need(
                    summary.name,
                    summary.path,
                    answer.row,
                    answer.label,
                    answer.did,
                    answer.next,
                    matcher.courses(answer.next) if answer.next else (),
                )
            )
    return needs


@dataclass(frozen=True)
class Group:
    title: str  # the learning row, or the course ("Domestic Abuse")
    area: str  # the course's area ("Core Training"); "" for rows and the unmatched group
    needs: tuple[Need, ...]

    @property
    def practitioners(self) -> int:
        return len({n.path for n in self.needs})


def by_row(needs: Iterable[Need]) -> list[Group]:
    """Learning rows in form order, each with everyone who wrote in it."""
    groups: dict[str, list[Need]] = {}
    labels: dict[str, str] = {}
    for need in needs:
        groups.setdefault(need.row, []).append(need)
        labels.setdefault(need.row, need.row_label)
    return [Group(labels[row], "", tuple(found)) for row, found in groups.items()]


def by_theme(needs: Iterable[Need], catalogue: LearningCatalogue | None) -> list[Group]:
    """Courses in catalogue order (only those someone needs), then "Not in the catalogue"."""
    wanted = [n for n in needs if n.is_need]
    groups = []
    for course in catalogue.courses if catalogue is not None else ():
        found = tuple(n for n in wanted if course in n.courses)
        if found:
            groups.append(Group(course.title, course.area, found))
    unmatched = tuple(n for n in wanted if not n.courses)
    if unmatched:
        groups.append(Group(NOT_IN_CATALOGUE, "", unmatched))
    return groups


@dataclass(frozen=True)
class NeedCount:
    """One line of the anonymised board report: how many practitioners need this, in this row."""

    row_label: str
    area: str
    theme: str
    practitioners: int


def need_counts(needs: Iterable[Need], catalogue: LearningCatalogue | None) -> list[NeedCount]:
    """Counts per (learning row, theme), names and words left out."""
    wanted = [n for n in needs if n.is_need]
    rows = list(dict.fromkeys((n.row, n.row_label) for n in wanted))
    out = []
    for row, row_label in rows:
        in_row = [n for n in wanted if n.row == row]
        for group in by_theme(in_row, catalogue):
            out.append(NeedCount(row_label, group.area, group.title, group.practitioners))
    return out
