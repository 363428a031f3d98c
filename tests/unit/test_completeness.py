"""What is missing depends on who is asking and which round it is."""

from __future__ import annotations

from datetime import date

import pytest

from pdr_desktop.drafts import Draft
from pdr_desktop.forms import Role
from pdr_desktop.review.completeness import Status, missing, section_status, to_do
from pdr_desktop.review.rounds import round_for_date


def test_sample_is_complete_for_everyone(form, sample_draft):
    assert missing(form, sample_draft) == []
    assert {section_status(form, sample_draft, s) for s in form.sections} == {Status.COMPLETED}


def test_practitioner_is_never_told_to_fill_the_managers_column(form):
    draft = Draft.new(form)
    gaps = missing(form, draft, Role.PRACTITIONER, "final")
    assert gaps and all(g.owner is Role.PRACTITIONER for g in gaps)
    assert not any(g.field_id.endswith(".manager") or ".manager." in g.field_id for g in gaps)
    manager_gaps = missing(form, draft, Role.MANAGER, "final")
    assert {g.field_id for g in manager_gaps} >= {
        "standards.s1.manager",
        "wider.manager",
        "signoff.manager",
        "comments.manager.final.comment",
    }
    assert all(g.owner is Role.MANAGER for g in manager_gaps)


def test_comments_are_due_round_by_round(form, sample_draft):
    draft = sample_draft.clone()
    for rnd in ("six_month", "final"):
        draft.answers[f"comments.practitioner.{rnd}.comment"] = ""
    assert missing(form, draft, Role.PRACTITIONER, "initial") == []
    six = [g.field_id for g in missing(form, draft, Role.PRACTITIONER, "six_month")]
    assert six == ["comments.practitioner.six_month.comment"]
    final = [g.field_id for g in missing(form, draft, Role.PRACTITIONER, "final")]
    assert final == ["comments.practitioner.six_month.comment", "comments.practitioner.final.comment"]


def test_objective_rows_report_missing_cells(form):
    draft = Draft.new(form)
    labels = [g.label for g in missing(form, draft, Role.PRACTITIONER, section=form.section("objectives"))]
    assert labels == ["Objectives › Specific Objectives for next year (at least one)"]
    draft.answers["objectives.items"] = [
        {"objective": "Learn MI", "next_steps": "", "by_when": "Ongoing", "by_whom": ""},
        {"objective": "", "next_steps": "", "by_when": "", "by_whom": ""},
    ]
    labels = [g.label for g in missing(form, draft, Role.PRACTITIONER, section=form.section("objectives"))]
    assert labels == ["Objectives › row 1 › Next Steps", "Objectives › row 1 › By Whom"]


def test_section_status_moves_from_not_started_to_completed(form):
    draft = Draft.new(form)
    details = form.section("details")
    assert section_status(form, draft, details, Role.PRACTITIONER) is Status.NOT_STARTED
    draft.answers["details.name"] = "Zoë"
    assert section_status(form, draft, details, Role.PRACTITIONER) is Status.IN_PROGRESS
    draft.answers.update(
        {"details.position": "PA", "details.date_updated": "2026-09-01", "details.period_covered": "2026-27"}
    )
    assert section_status(form, draft, details, Role.PRACTITIONER) is Status.COMPLETED
    assert section_status(form, draft, details, Role.PRACTITIONER) is Status.COMPLETED
    draft.answers["details.position"] = "   "
    assert section_status(form, draft, details, Role.PRACTITIONER) is Status.IN_PROGRESS


def test_progress_counts(form, sample_draft):
    todo = to_do(form, sample_draft, Role.MANAGER, "final")
    assert todo.done == todo.total == 10 + 1 + 12 + 1
    assert (todo.left, todo.percent) == (0, 100)


@pytest.mark.parametrize(
    ("month", "expected"),
    [
        (9, "initial"),
        (10, "initial"),
        (11, "initial"),
        (2, "initial"),
        (3, "six_month"),
        (4, "six_month"),
        (6, "six_month"),
        (7, "final"),
        (8, "final"),
    ],
)
def test_round_from_the_calendar(form, month, expected):
    assert round_for_date(form, date(2026, month, 15)).id == expected
