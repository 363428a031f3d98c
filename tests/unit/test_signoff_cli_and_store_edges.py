"""Sign-off as the CLI shows it, what a signature covers, and store edge cases found in review."""

from __future__ import annotations

import json
import os
import sys

import pytest

from pdr_desktop.cli import main
from pdr_desktop.drafts import DraftFileError, codec, read_draft, write_draft
from pdr_desktop.drafts.store import make_backup, recovery_path, unique_path
from pdr_desktop.forms.model import Role
from pdr_desktop.review import signing


@pytest.fixture
def signed_file(tmp_path, form, sample_draft):
    path = tmp_path / "siobhan.pdr"
    write_draft(sample_draft, path, backup=False)
    assert main(["sign", str(path), "--role", "practitioner", "--name", "Siobhán Ó Dálaigh"]) == 0
    return path


def test_check_shows_a_signature_changed_since_signing_and_what_changed(signed_file, registry, capsys):
    capsys.readouterr()
    assert main(["check", str(signed_file)]) == 0
    assert "Practitioner's signature: Signed by Siobhán Ó Dálaigh" in capsys.readouterr().out

    draft = read_draft(signed_file, registry)
    draft.answers["details.position"] = "Senior Early Help Practitioner"
    write_draft(draft, signed_file)
    assert main(["check", str(signed_file)]) == 1  # signed content changed: not complete
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert "Practitioner's signature: Changed since signed by Siobhán Ó Dálaigh" in out
    assert any(line.endswith(": Details › Position") for line in lines if "signature" in line)
    assert "  - [Practitioner] Sign-off › Signed (Practitioner): changed since signed – sign again" in lines
    assert "Manager's signature: Changed" in out  # the manager saw the old position when signing


def test_sign_reports_the_other_sides_changed_signature_too(signed_file, registry, capsys):
    draft = read_draft(signed_file, registry)
    draft.answers["wider.manager"] = {"answer": "no", "comment": "Discussed at the meeting"}
    write_draft(draft, signed_file)
    capsys.readouterr()
    assert main(["sign", str(signed_file), "--role", "manager", "--name", "Tomáš Dąbrowski"]) == 0
    out = capsys.readouterr().out
    assert "Practitioner's signature: Changed since signed" in out and "Wider Contribution" in out
    assert "Manager's signature: Signed by Tomáš Dąbrowski" in out


def test_meeting_dates_and_round_state_are_not_signed_content(form, sample_draft):
    """The canonical answers are signed: when the next meeting is, or which round it is, is not."""
    signing.sign(form, sample_draft, Role.PRACTITIONER, "Zoë", "2026-07-20")
    sample_draft.review.meetings["final"] = "2026-08-30"
    sample_draft.review.current_round = "initial"
    sample_draft.role = "manager"
    assert signing.signature_status(form, sample_draft, Role.PRACTITIONER).valid
    sample_draft.answers["comments.manager.final.date"] = "2026-08-30"
    status = signing.signature_status(form, sample_draft, Role.PRACTITIONER)
    assert not status.valid and status.changed_fields == ["comments.manager.final.date"]


def test_backing_up_a_file_that_is_not_utf8_does_not_stop_the_save(tmp_path, registry, sample_draft):
    path = tmp_path / "overwrite-me.pdr"
    path.write_bytes(b"\xff\xfe not a draft \x80")
    write_draft(sample_draft, path)  # backs up the old bytes first
    assert read_draft(path, registry) == sample_draft
    assert make_backup(path).read_bytes() == path.read_bytes()


@pytest.mark.skipif(sys.platform != "linux", reason="only Linux file names may be any bytes")
def test_a_file_name_that_is_not_utf8_still_gets_a_recovery_file(tmp_path):
    name = os.fsdecode(b"caf\xe9.pdr")  # Latin-1 name from an old USB stick
    assert recovery_path(tmp_path / name).name.endswith(".pdr-recovery")


def _first_row(data: dict) -> dict:
    return data["answers"]["objectives.items"][0]


MALFORMED = {
    "signature record as text": (
        lambda d: d.__setitem__("signatures", {"practitioner": "yes"}),
        "“signatures.practitioner” should be an object",
    ),
    "fingerprint as a number": (
        lambda d: d.__setitem__("signatures", {"manager": {"name": "Sam", "fingerprint": 5}}),
        "“signatures.manager.fingerprint” should be text",
    ),
    "achieved as text": (
        lambda d: _first_row(d).__setitem__("achieved", "no"),
        "objectives.items[0].achieved” should be true/false",
    ),
    "progress as a list": (
        lambda d: _first_row(d).__setitem__("progress", []),
        "objectives.items[0].progress” should be an object",
    ),
    "scale as text": (
        lambda d: _first_row(d).__setitem__("progress", {"six_month": {"scale": "ten", "note": ""}}),
        "progress.six_month.scale” should be a whole number or null",
    ),
    "carried_from as a number": (
        lambda d: _first_row(d).__setitem__("carried_from", 2025),
        "objectives.items[0].carried_from” should be text",
    ),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_sign_off_and_objective_state_is_refused_unchanged(tmp_path, registry, sample_draft, case):
    """Accepted before the review, these crashed the exports and the signature status later."""
    change, reason = MALFORMED[case]
    data = codec.draft_to_json(sample_draft)
    change(data)
    path = tmp_path / "odd.pdr"
    path.write_text(json.dumps(data), encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(DraftFileError) as info:
        read_draft(path, registry)
    assert "odd.pdr" in str(info.value) and reason in info.value.reason
    assert path.read_bytes() == before


def test_a_new_file_named_after_a_name_holding_a_lone_surrogate_can_be_created(tmp_path):
    path = unique_path(tmp_path, "Jane \ud800 Doe")
    path.write_bytes(b"{}")  # raised UnicodeEncodeError before: no file system takes a lone surrogate
    assert path.name == "Jane Doe.pdr"
