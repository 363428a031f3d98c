"""One draft, one role, one round: every view says the same "to do" (completeness.to_do).

QA found the received list at 16, My team and `pdr-desktop team` at 15, Check your answers at 27
and the start page at 25 for the same files: each counted in its own way.
"""

from __future__ import annotations

from datetime import date

import pytest

from pdr_desktop.cli import main
from pdr_desktop.drafts.model import Draft
from pdr_desktop.drafts.store import write_draft
from pdr_desktop.forms.model import FieldType, Role
from pdr_desktop.review import library
from pdr_desktop.review.completeness import invalid, missing, to_do
from pdr_desktop.team.received import summarise_received
from pdr_desktop.team.summary import summarise


def _part_filled(form, sample_draft) -> Draft:
    """The sample with some answers of each person emptied and a date that is not one."""
    draft = Draft.new(form)
    for fld in form.fields.values():
        if fld.id in sample_draft.answers and fld.type is not FieldType.SIGNATURE:
            draft.answers[fld.id] = sample_draft.answers[fld.id]
    for fld in [f for f in form.fields.values() if f.type is FieldType.LONGTEXT][::3]:
        draft.answers.pop(fld.id, None)
    dates = [f for f in form.fields.values() if f.type is FieldType.DATE]
    draft.answers[dates[0].id] = "26"
    return draft


@pytest.fixture(params=["empty", "part_filled"])
def draft(request, form, sample_draft):
    if request.param == "empty":  # QA's empty.pdr
        empty = Draft.new(form)
        empty.set(form.field("details.name"), "Empty Person")
        return empty
    return _part_filled(form, sample_draft)


@pytest.mark.parametrize("role", [Role.MANAGER, Role.PRACTITIONER])
def test_every_view_counts_the_same_for_one_draft_role_and_round(
    tmp_path, registry, form, draft, role, capsys
):
    path = tmp_path / "one.pdr"
    write_draft(draft, path)
    current = draft.review.current_round
    expected = to_do(form, draft, role, current)
    assert expected.left > 0 and expected.total > 0

    # Check your answers and its tag in the task list: the role's missing and invalid answers.
    assert (
        len(missing(form, draft, role, current)) + len(invalid(form, draft, role, current)) == expected.left
    )
    # The start page and Open Recent (a draft with no mode of its own opens in the caller's).
    listed = library.summarise(path, registry, role)
    assert (listed.left, listed.percent, listed.counted_for) == (expected.left, expected.percent, role)
    assert listed.percent < 100
    # The received list (any role) and My team / `pdr-desktop team` (manager's "To do").
    received = summarise_received(path, registry, date(2026, 1, 1), role)
    assert len(received.missing) == expected.left
    if role is Role.MANAGER:
        assert len(summarise(path, registry).manager_missing) == expected.left


def test_pdr_desktop_list_says_how_many_and_whose(tmp_path, registry, form, draft, capsys):
    draft.role = Role.PRACTITIONER.value  # the practitioner's own draft
    write_draft(draft, tmp_path / "one.pdr")
    expected = to_do(form, draft, Role.PRACTITIONER, draft.review.current_round)
    assert main(["list", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert f"{expected.percent}% done, {expected.left} to do (practitioner's part, " in out


def test_the_sign_off_is_to_do_as_completing_the_round_asks(form, sample_draft):
    """An unsigned but otherwise finished draft is not "nothing due" anywhere: the round will
    not complete without the signature."""
    from pdr_desktop.review import signing, workflow

    signing.unsign(sample_draft, Role.MANAGER)
    sample_draft.answers.pop(signing.signature_field(form, Role.MANAGER).id)
    todo = to_do(form, sample_draft, Role.MANAGER, sample_draft.review.current_round)
    assert [m.field_id for m in todo.items] == [signing.signature_field(form, Role.MANAGER).id]
    assert (todo.left, todo.done, todo.total, todo.percent) == (1, 23, 24, 96)
    sample_draft.review.completed_rounds.clear()
    assert not workflow.complete_round(form, sample_draft, Role.MANAGER).completed
