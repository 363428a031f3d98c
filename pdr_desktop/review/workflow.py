"""Review rounds across the year: meeting dates, the send-by date, completing a round.

Seed 000 asks the practitioner to send the form "a minimum of 1 week before the
PDR meeting"; the form definition carries that as `send_days_before_meeting`, so
another council's form can ask for a different notice period.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum

from pdr_desktop.dates import long_date, parse_iso
from pdr_desktop.drafts.model import Draft
from pdr_desktop.forms.model import Field, FormDefinition, Role
from pdr_desktop.review.completeness import Missing, missing

# "Due soon" starts this many days before the send-by date: enough warning to
# finish a section or two, short enough not to nag all year.
DUE_SOON_DAYS = 3


def _check_round(form: FormDefinition, round_id: str) -> None:
    if round_id not in form.round_ids():
        raise ValueError(f"unknown round {round_id!r}; the form's rounds are {', '.join(form.round_ids())}")


def set_meeting(form: FormDefinition, draft: Draft, round_id: str, when: date | str | None) -> None:
    """Record (or with None / "" clear) the PDR meeting date of a round."""
    _check_round(form, round_id)
    if when in (None, ""):
        draft.review.meetings.pop(round_id, None)
        return
    day = when if isinstance(when, date) else parse_iso(when)
    if day is None:
        raise ValueError(f"the meeting date {when!r} is not a date (use YYYY-MM-DD)")
    draft.review.meetings[round_id] = day.isoformat()


def meeting_date(draft: Draft, round_id: str) -> date | None:
    return parse_iso(draft.review.meetings.get(round_id, ""))


def send_by(form: FormDefinition, draft: Draft, round_id: str | None = None) -> date | None:
    """The last day to send the form to the manager: meeting − the form's notice period."""
    meeting = meeting_date(draft, round_id or draft.review.current_round)
    if meeting is None:
        return None
    return meeting - timedelta(days=form.send_days_before_meeting)


class SendByState(str, Enum):
    NO_MEETING = "no meeting date"
    DONE = "round completed"
    OK = "ok"
    DUE_SOON = "due soon"
    PASSED = "passed"


@dataclass(frozen=True)
class SendByStatus:
    state: SendByState
    send_by: date | None
    meeting: date | None
    days_left: int | None  # negative when passed
    message: str

    @property
    def warning(self) -> bool:
        return self.state in (SendByState.DUE_SOON, SendByState.PASSED)


def send_by_status(
    form: FormDefinition, draft: Draft, today: date, round_id: str | None = None
) -> SendByStatus:
    """What to tell the practitioner about sending the form for a round."""
    round_id = round_id or draft.review.current_round
    meeting = meeting_date(draft, round_id)
    deadline = send_by(form, draft, round_id)
    if round_id in draft.review.completed_rounds:
        return SendByStatus(SendByState.DONE, deadline, meeting, None, "This round has been completed.")
    if meeting is None or deadline is None:
        return SendByStatus(
            SendByState.NO_MEETING,
            None,
            None,
            None,
            "Add the date of your PDR meeting to see when to send the form to your manager.",
        )
    days_left = (deadline - today).days
    send_text = f"Send to your manager by {long_date(deadline)}"
    if days_left < 0:
        late = "the meeting date has passed too" if meeting < today else "send it now"
        return SendByStatus(
            SendByState.PASSED,
            deadline,
            meeting,
            days_left,
            f"{send_text}: that date has passed, {late} "
            f"(the meeting is on {long_date(meeting)}, and your manager needs "
            f"at least {form.send_days_before_meeting} days).",
        )
    if days_left <= DUE_SOON_DAYS:
        when = "today" if days_left == 0 else f"in {days_left} day{'s' if days_left != 1 else ''}"
        return SendByStatus(SendByState.DUE_SOON, deadline, meeting, days_left, f"{send_text} ({when}).")
    return SendByStatus(SendByState.OK, deadline, meeting, days_left, f"{send_text}.")


def current_round_fields(form: FormDefinition, draft: Draft, role: Role | None = None) -> list[Field]:
    """The fields that belong to the current round (the comment boxes to highlight)."""
    return [
        f
        for f in form.fields.values()
        if f.round == draft.review.current_round and (role is None or f.owner is role)
    ]


def year_finished(form: FormDefinition, draft: Draft) -> bool:
    return all(r in draft.review.completed_rounds for r in form.round_ids())


def next_round(form: FormDefinition, round_id: str) -> str | None:
    ids = form.round_ids()
    index = ids.index(round_id)
    return ids[index + 1] if index + 1 < len(ids) else None


@dataclass(frozen=True)
class RoundResult:
    completed: bool  # False: refused because something the role owes is missing
    round_id: str
    next_round: str | None = None
    year_finished: bool = False
    missing: list[Missing] = field(default_factory=list)


def complete_round(
    form: FormDefinition, draft: Draft, role: Role | None = None, *, force: bool = False
) -> RoundResult:
    """Mark the current round completed and move to the next one.

    Refuses (and says what is missing) when `role`'s fields due by this round
    are not filled, unless `force`: a round can be closed with gaps on purpose,
    for example when the manager agreed a comment will follow.
    """
    current = draft.review.current_round
    _check_round(form, current)
    if year_finished(form, draft):
        return RoundResult(True, current, None, True)
    gaps = missing(form, draft, role, current)
    if gaps and not force:
        return RoundResult(False, current, missing=gaps)
    if current not in draft.review.completed_rounds:
        draft.review.completed_rounds.append(current)
    following = next_round(form, current)
    if following is not None:
        draft.review.current_round = following
    # The last round stays current once completed: there is nothing after it,
    # and the completed list is what says the year is finished.
    return RoundResult(True, current, following, following is None, gaps)


def reopen_round(form: FormDefinition, draft: Draft, round_id: str) -> None:
    """Undo a completion (a round closed by mistake): it and later rounds become open again."""
    _check_round(form, round_id)
    later = form.round_ids()[form.round_ids().index(round_id) :]
    draft.review.completed_rounds = [r for r in draft.review.completed_rounds if r not in later]
    draft.review.current_round = round_id
