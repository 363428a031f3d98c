"""Files → conversations: one `Member` per practitioner's conversation, newest copy first.

The same conversation often sits in a folder more than once: the .pdr the practitioner sent,
the Word copy from the round before, the manager's own working copy. They share a draft id;
the copy edited last counts and the others stay reachable as earlier copies. Last year's
conversation, when this year's was carried forward from it, is kept with it the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pdr_desktop.drafts.model import DRAFT_SUFFIX
from pdr_desktop.team.summary import TeamSummary


@dataclass(frozen=True)
class Member:
    current: TeamSummary
    earlier_copies: tuple[TeamSummary, ...] = ()  # the same conversation, older copies
    earlier_years: tuple[TeamSummary, ...] = ()  # conversations this one was carried forward from

    @property
    def earlier(self) -> tuple[TeamSummary, ...]:
        return self.earlier_copies + self.earlier_years

    @property
    def readable(self) -> bool:
        return self.current.readable


def newness(summary: TeamSummary) -> tuple[str, int, bool, str]:
    """Later is newer: last edited inside the draft, then file time, then the .pdr over an export."""
    return (summary.updated, summary.mtime_ns, summary.path.lower().endswith(DRAFT_SUFFIX), summary.path)


def group_members(summaries: Iterable[TeamSummary]) -> list[Member]:
    """Readable conversations (in the order first seen), then every file that cannot be read."""
    by_draft: dict[str, list[TeamSummary]] = {}
    unreadable: list[Member] = []
    for summary in summaries:
        if summary.team_report:
            continue  # the board report saved beside the forms (see summary.is_team_report)
        if summary.error or not summary.draft_id:
            unreadable.append(Member(summary))
        else:
            by_draft.setdefault(summary.draft_id, []).append(summary)
    copies = {draft_id: sorted(found, key=newness, reverse=True) for draft_id, found in by_draft.items()}
    # Follow "carried forward from" links: last year's conversation joins this year's.
    # The newest conversations claim their past first; a link back to one already shown (a
    # hand-edited loop) is ignored rather than hiding both.
    absorbed: set[str] = set()
    heads: set[str] = set()
    years: dict[str, list[TeamSummary]] = {}
    for draft_id in sorted(copies, key=lambda d: newness(copies[d][0]), reverse=True):
        if draft_id in absorbed:
            continue
        heads.add(draft_id)
        previous, chain = copies[draft_id][0].carried_from, []
        while previous in copies and previous not in absorbed and previous not in heads:
            absorbed.add(previous)
            chain.extend(copies[previous])
            previous = copies[previous][0].carried_from
        years[draft_id] = chain
    members = [
        Member(found[0], tuple(found[1:]), tuple(years[draft_id]))
        for draft_id, found in copies.items()
        if draft_id not in absorbed
    ]
    return members + unreadable
