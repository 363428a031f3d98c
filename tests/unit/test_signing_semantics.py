"""A signature is disturbed only by changes to what the signer wrote or saw when signing.

The other person's later answers in their own, then-empty boxes are "added after you signed",
never "changed since signed" (the manager completing their part used to turn the
practitioner's signature into a 16-field warning).
"""

from __future__ import annotations

import copy
import hashlib

import pytest

from pdr_desktop.cli import main
from pdr_desktop.drafts import write_draft
from pdr_desktop.drafts.model import empty_value
from pdr_desktop.forms import Role
from pdr_desktop.review import diff, signing
from pdr_desktop.review.completeness import Status, invalid, section_status


def _manager_fields(form):
    return [f for f in form.fields.values() if f.owner is Role.MANAGER and f.type.value != "signature"]


@pytest.fixture
def practitioner_signed(form, sample_draft):
    """The practitioner's part done and signed; every manager box still empty."""
    draft = sample_draft.clone()
    draft.signatures.clear()
    for fld in form.fields.values():
        if fld.owner is Role.MANAGER:
            draft.set(fld, empty_value(fld))
    signing.sign(form, draft, Role.PRACTITIONER, "Siobhán Ó Dálaigh", "2026-07-20")
    return draft


@pytest.fixture
def manager_completed(form, practitioner_signed, sample_draft):
    """…then the manager fills in all of their part and signs."""
    draft = practitioner_signed.clone()
    for fld in _manager_fields(form):
        draft.set(fld, sample_draft.get(fld))
    signing.sign(form, draft, Role.MANAGER, "Tomáš Dąbrowski", "2026-07-21")
    return draft


def test_the_managers_later_answers_leave_the_practitioners_signature_valid(form, manager_completed):
    status = signing.signature_status(form, manager_completed, Role.PRACTITIONER)
    assert status.valid and status.changed_fields == []
    assert sorted(status.added_fields) == sorted(f.id for f in _manager_fields(form))
    assert len(status.added_fields) == 23  # ten assessments, the wider one, twelve comment boxes
    assert signing.added_summary(form, status) == [  # one line per section, not one per field
        "Practice Standards (10 answers)",
        "Wider Contribution and feedback (1 answer)",
        "Comments (12 answers)",
    ]
    assert signing.added_by(status) is Role.MANAGER
    assert signing.signature_status(form, manager_completed, Role.MANAGER).valid


def test_the_signers_own_answer_edited_after_signing_is_a_change(form, manager_completed):
    manager_completed.answers["standards.s3.self"] = "Rewritten after signing."
    status = signing.signature_status(form, manager_completed, Role.PRACTITIONER)
    assert not status.valid and status.changed_fields == ["standards.s3.self"]
    assert signing.changed_places(form, status) == [
        "Practice Standards › 3. Impact chronologies, genograms and sociograms will sup… › My Self-assessment"
    ]
    # The manager saw the old words when signing: their signature is disturbed too.
    assert signing.signature_status(form, manager_completed, Role.MANAGER).changed_fields == [
        "standards.s3.self"
    ]


def test_an_own_box_filled_after_signing_is_a_change(form, practitioner_signed):
    practitioner_signed.answers["wider.feedback"] = ""
    signing.sign(form, practitioner_signed, Role.PRACTITIONER, "Siobhán Ó Dálaigh", "2026-07-20")
    practitioner_signed.answers["wider.feedback"] = "Added after signing"
    status = signing.signature_status(form, practitioner_signed, Role.PRACTITIONER)
    assert not status.valid and status.changed_fields == ["wider.feedback"]


def test_a_managers_answer_the_practitioner_saw_when_signing_is_covered(form, practitioner_signed):
    practitioner_signed.answers["comments.manager.initial.comment"] = "Agreed at the meeting."
    signing.sign(form, practitioner_signed, Role.PRACTITIONER, "Siobhán Ó Dálaigh", "2026-07-20")
    practitioner_signed.answers["comments.manager.initial.comment"] = "Changed later."
    status = signing.signature_status(form, practitioner_signed, Role.PRACTITIONER)
    assert status.changed_fields == ["comments.manager.initial.comment"]


def test_accepting_the_managers_returned_copy_keeps_both_signatures(
    form, practitioner_signed, manager_completed
):
    mine = practitioner_signed
    merged = diff.accept_changes(form, mine, manager_completed, Role.MANAGER)
    for role in Role:
        assert signing.signature_status(form, merged, role).valid, role


def _old_record(form, draft, role):
    """What a signature recorded before "covers" existed (the same fingerprint and snapshot)."""
    record = draft.signatures[role.value]
    record.pop("covers")
    assert (
        record["fingerprint"]
        == hashlib.sha256(signing.canonical_json(record["snapshot"]).encode("utf-8")).hexdigest()
    )
    return record


def test_an_older_record_with_its_snapshot_is_read_the_new_way(form, practitioner_signed, sample_draft):
    _old_record(form, practitioner_signed, Role.PRACTITIONER)
    for fld in _manager_fields(form):
        practitioner_signed.set(fld, sample_draft.get(fld))
    status = signing.signature_status(form, practitioner_signed, Role.PRACTITIONER)
    assert status.valid and len(status.added_fields) == 23
    practitioner_signed.answers["wider.self"] = "changed"
    status = signing.signature_status(form, practitioner_signed, Role.PRACTITIONER)
    assert not status.valid and status.changed_fields == ["wider.self"]


@pytest.mark.parametrize("damage", ["no snapshot", "snapshot edited"])
def test_an_older_record_that_cannot_be_trusted_is_read_the_old_way(form, practitioner_signed, damage):
    record = _old_record(form, practitioner_signed, Role.PRACTITIONER)
    if damage == "no snapshot":
        record.pop("snapshot")
    else:
        record["snapshot"] = copy.deepcopy(record["snapshot"]) | {"wider.self": "not what was signed"}
    status = signing.signature_status(form, practitioner_signed, Role.PRACTITIONER)
    assert status.valid and status.changed_fields == []  # the fingerprint still matches the answers
    practitioner_signed.answers["comments.manager.initial.comment"] = "The manager's later answer"
    # The old way: the whole form against the fingerprint, so anything at all disturbs it.
    assert not signing.signature_status(form, practitioner_signed, Role.PRACTITIONER).valid


def test_a_changed_signature_keeps_sign_off_from_completed(form, manager_completed):
    signoff = form.section("signoff")
    assert section_status(form, manager_completed, signoff, Role.PRACTITIONER) is Status.COMPLETED
    manager_completed.answers["details.position"] = "Senior Practitioner"
    assert section_status(form, manager_completed, signoff, Role.PRACTITIONER) is Status.IN_PROGRESS
    problems = invalid(form, manager_completed, Role.PRACTITIONER, section=signoff)
    assert [(p.field_id, p.problem) for p in problems] == [
        ("signoff.practitioner", "changed since signed – sign again")
    ]


def test_check_after_the_manager_completed_and_after_an_own_edit(form, manager_completed, tmp_path, capsys):
    path = tmp_path / "returned.pdr"
    write_draft(manager_completed, path)
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Practitioner's signature: Signed by Siobhán Ó Dálaigh" in out
    assert "Changed since signed" not in out
    assert "Added by the manager after this signature: Practice Standards (10 answers)" in out

    manager_completed.answers["wider.self"] = "The practitioner's own answer, edited."
    write_draft(manager_completed, path)
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "Practitioner's signature: Changed since signed by Siobhán Ó Dálaigh" in out
    assert "Wider Contribution and feedback › My Self-assessment" in out
