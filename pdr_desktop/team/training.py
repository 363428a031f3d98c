"""The training-needs summary: every practitioner's learning rows, grouped by row and by theme.

What a practitioner *needs next* is their "Next Steps & Progress" answer of a learning row; it
is matched against the learning catalogue's keywords to find its themes (courses). A need can
match several courses and is then listed under each; a need that matches none is listed under
"Not in the catalogue", never dropped. Seed 001 asks for this "identified training needs
analysis for staff" and an annual report to the Workforce Development Strategy Board.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from pdr_desktop.team.catalogue import Course, LearningCatalogue, keyword_pattern
from pdr_desktop.team.members import Member
from pdr_desktop.team.summary import TeamSummary

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


_WORD = re.compile(r"\w+")


class Matcher:
    """Keyword patterns compiled once per catalogue, tried only where they could match.

    A keyword can only match a text that contains its first word (or, for a one-word keyword,
    that word with a plural ending), so each text is split into words once and only those
    keywords are tried: a team of 500 is matched against a catalogue of 50 courses in
    milliseconds rather than a second.
    """

    # Answers rarely change between two refreshes of the team view: each text is matched once.
    MEMO_LIMIT = 20_000

    def __init__(self, catalogue: LearningCatalogue | None) -> None:
        self.catalogue = catalogue
        self._memo: dict[str, tuple[Course, ...]] = {}
        self._needs: dict[int, tuple[TeamSummary, list[Need]]] = {}

    @cached_property
    def _by_first_word(self) -> dict[str, list[tuple[int, re.Pattern[str]]]]:
        index: dict[str, list[tuple[int, re.Pattern[str]]]] = {}
        for number, course in enumerate(self.catalogue.courses if self.catalogue else ()):
            for keyword in course.keywords:
                words = _WORD.findall(keyword.casefold())
                if words:
                    index.setdefault(words[0], []).append((number, keyword_pattern(keyword)))
        return index

    def needs(self, summary: TeamSummary) -> list[Need]:
        """A conversation's needs, kept while the same summary comes back (an unchanged file)."""
        found = self._needs.get(id(summary))
        if found is None or found[0] is not summary:
            if len(self._needs) >= self.MEMO_LIMIT:
                self._needs.clear()
            found = (summary, summary_needs(summary, self))
            self._needs[id(summary)] = found  # the summary is kept alive with it: ids stay unique
        return found[1]

    def courses(self, text: str) -> tuple[Course, ...]:
        if self.catalogue is None or not text:
            return ()
        if text not in self._memo:
            if len(self._memo) >= self.MEMO_LIMIT:
                self._memo.clear()
            self._memo[text] = self._match(text)
        return self._memo[text]

    def _match(self, text: str) -> tuple[Course, ...]:
        folded = text.casefold()
        found: set[int] = set()
        for word in set(_WORD.findall(folded)):
            for stem in {
                word,
                word[:-1] if word.endswith("s") else word,
                word[:-2] if word.endswith("es") else word,
            }:
                for number, pattern in self._by_first_word.get(stem, ()):
                    if number not in found and pattern.search(folded):
                        found.add(number)
        courses = self.catalogue.courses if self.catalogue is not None else ()
        return tuple(c for number, c in enumerate(courses) if number in found)


def team_needs(
    members: Iterable[Member], catalogue: LearningCatalogue | None, matcher: Matcher | None = None
) -> list[Need]:
    """Each readable conversation's answered learning rows, in team then form order."""
    if matcher is None or matcher.catalogue is not catalogue:
        matcher = Matcher(catalogue)
    needs = []
    for member in members:
        if member.current.readable:
            needs.extend(matcher.needs(member.current))
    return needs


def summary_needs(summary: TeamSummary, matcher: Matcher) -> list[Need]:
    return [
        Need(
            summary.name,
            summary.path,
            answer.row,
            answer.label,
            answer.did,
            answer.next,
            matcher.courses(answer.next) if answer.next else (),
        )
        for answer in summary.learning
        if answer.did or answer.next
    ]


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
