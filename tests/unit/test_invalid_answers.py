"""An answer that is there but not valid (a date that is not a date) keeps its section from Completed."""

from __future__ import annotations

import pytest

from pdr_desktop.cli import main
from pdr_desktop.drafts import write_draft
from pdr_desktop.forms import Role
from pdr_desktop.review.completeness import Status, invalid, missing, section_status


@pytest.mark.parametrize(
    ("by_when", "flagged"), [("26", True), ("31/07", True), ("Ongoing", False), ("2026-07-31", False)]
)
def test_a_broken_by_when_is_invalid_and_the_section_in_progress(form, sample_draft, by_when, flagged):
    sample_draft.answers["objectives.items"][1]["by_when"] = by_when
    objectives = form.section("objectives")
    problems = invalid(form, sample_draft, Role.PRACTITIONER, section=objectives)
    if flagged:
        assert [(p.row, p.column, p.target) for p in problems] == [
            (1, "by_when", "objectives.items#2.by_when")
        ]
        assert problems[0].problem == f"“{by_when}” is not a date"
        assert section_status(form, sample_draft, objectives, Role.PRACTITIONER) is Status.IN_PROGRESS
    else:
        assert problems == []
        assert section_status(form, sample_draft, objectives, Role.PRACTITIONER) is Status.COMPLETED
    assert missing(form, sample_draft, Role.PRACTITIONER) == []  # it is there: not "missing"


def test_a_date_field_wants_a_whole_date(form, sample_draft):
    sample_draft.answers["details.date_updated"] = "Ongoing"
    problems = invalid(form, sample_draft, section=form.section("details"))
    assert [p.field_id for p in problems] == ["details.date_updated"]
    assert section_status(form, sample_draft, form.section("details")) is Status.IN_PROGRESS
    assert invalid(form, sample_draft, Role.MANAGER, section=form.section("details")) == []


def test_check_reports_an_invalid_date_and_exits_1(form, sample_draft, tmp_path, capsys):
    path = tmp_path / "a.pdr"
    sample_draft.answers["objectives.items"][0]["by_when"] = "26"
    write_draft(sample_draft, path)
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "Not valid (3):" in out  # the date, and both signatures it disturbed
    assert "row 1 › By When: “26” is not a date" in out
    assert "In progress  Objectives" in out
