"""Sign-off invalidation, diff/accept, carry-forward, send-by dates, rounds, progress per round."""

from __future__ import annotations

from datetime import date

import pytest

from pdr_desktop.cli import main
from pdr_desktop.drafts import write_draft
from pdr_desktop.forms import Role
from pdr_desktop.review import progress
from pdr_desktop.review.carry_forward import carry_forward, next_period
from pdr_desktop.review.diff import accept_changes, diff_drafts
from pdr_desktop.review.signing import sign, signature_status
from pdr_desktop.review.workflow import SendByState, complete_round, send_by, send_by_status, set_meeting


def test_signature_invalidated_by_change_and_not_by_other_signature(form, sample_draft):
    sign(form, sample_draft, Role.PRACTITIONER, "Siobhán", "2026-07-20")
    sign(form, sample_draft, Role.MANAGER, "Tomáš", "2026-07-21")
    assert signature_status(form, sample_draft, Role.PRACTITIONER).valid
    sample_draft.answers["wider.self"] = "changed"
    status = signature_status(form, sample_draft, Role.PRACTITIONER)
    assert not status.valid and status.changed_fields == ["wider.self"]


def test_diff_and_accept_only_other_sides_fields(form, sample_draft):
    theirs = sample_draft.clone()
    theirs.answers["standards.s1.manager"] = {"answer": "no", "comment": "Needs evidence"}
    theirs.answers["wider.self"] = "manager rewrote this"
    changes = diff_drafts(form, sample_draft, theirs)
    assert {c.field_id for c in changes} == {"standards.s1.manager", "wider.self"}
    merged = accept_changes(form, sample_draft, theirs, Role.MANAGER)
    assert merged.answers["standards.s1.manager"]["answer"] == "no"
    assert merged.answers["wider.self"] == sample_draft.answers["wider.self"]
    with pytest.raises(ValueError):
        accept_changes(form, sample_draft, theirs, Role.MANAGER, ["wider.self"])


def test_carry_forward_only_unfinished(form, sample_draft):
    new = carry_forward(form, sample_draft)
    rows = new.answers["objectives.items"]
    old_open = [r for r in sample_draft.answers["objectives.items"] if not r["achieved"]]
    assert 0 < len(old_open) < len(sample_draft.answers["objectives.items"])  # both kinds present
    assert [r["objective"] for r in rows] == [r["objective"] for r in old_open]
    assert all("2025–2026" in r["carried_from"] and r["progress"] == {} for r in rows)
    assert new.answers["details.period_covered"] == "September 2026 to August 2027"
    assert new.signatures == {} and new.review.completed_rounds == []
    assert "practitioner" in new.meta["reference"]["comments"]
    assert next_period("no years") is None and next_period("2025/26") == "2026/27"


def test_send_by_and_complete_round(form, sample_draft):
    draft = sample_draft.clone()
    draft.review.current_round, draft.review.completed_rounds = "initial", []
    set_meeting(form, draft, "initial", "2025-10-08")
    assert send_by(form, draft) == date(2025, 10, 1)
    assert send_by_status(form, draft, date(2025, 9, 1)).state is SendByState.OK
    assert send_by_status(form, draft, date(2025, 10, 2)).state is SendByState.PASSED
    draft.answers.pop("comments.manager.initial.comment")
    assert not complete_round(form, draft, Role.MANAGER).completed
    assert complete_round(form, draft, Role.PRACTITIONER).next_round == "six_month"


def test_progress_kept_per_round(form, sample_draft):
    progress.set_progress(form, sample_draft, 0, "six_month", 4, "half way")
    progress.set_progress(form, sample_draft, 0, "final", 9)
    row = sample_draft.answers["objectives.items"][0]
    assert [e.scale for e in progress.series(form, row)] == [4, 9]
    assert progress.scale_bar(6) == "■■■■■■□□□□ 6/10"
    with pytest.raises(ValueError):
        progress.set_progress(form, sample_draft, 0, "final", 11)


def test_cli_diff_exit_codes(tmp_path, sample_draft, capsys):
    a, b = tmp_path / "a.pdr", tmp_path / "b.pdr"
    write_draft(sample_draft, a, backup=False)
    write_draft(sample_draft, b, backup=False)
    assert main(["diff", str(a), str(b)]) == 0
    sample_draft.answers["wider.self"] = "new words"
    write_draft(sample_draft, b, backup=False)
    assert main(["diff", str(a), str(b)]) == 1
    assert "new words" in capsys.readouterr().out
    assert main(["diff", str(a), str(tmp_path / "missing.pdr")]) == 2
    out = tmp_path / "next.pdr"
    assert main(["carry-forward", str(a), "-o", str(out)]) == 0
    assert main(["carry-forward", str(a), "-o", str(out)]) == 2
