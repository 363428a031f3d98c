"""Sign-off: Sign records a fingerprint through review.signing; later changes are shown as a warning."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pdr_desktop.drafts.model import Draft
from pdr_desktop.forms.model import Role
from pdr_desktop.review import signing


def test_sign_records_a_fingerprint_and_shows_it(make_page, form, qtbot, clock):
    draft = Draft.new(form, **{"details.name": "Sam Patel"})
    page = make_page("signoff", draft, Role.PRACTITIONER)
    field = page.editors["signoff.practitioner"]
    assert field.status.text() == "Not signed"
    qtbot.keyClicks(field.name, "Sam Patel")
    with qtbot.waitSignal(page.edited, check_params_cb=lambda fid: fid == "signoff.practitioner"):
        qtbot.mouseClick(field.sign_button, Qt.MouseButton.LeftButton)
    today = clock.today().isoformat()
    assert draft.answers["signoff.practitioner"] == {"name": "Sam Patel", "date": today}
    record = draft.signatures["practitioner"]
    assert record["fingerprint"] == signing.fingerprint(form, draft)
    assert field.status.text().startswith(f"Signed by Sam Patel on {clock.today():%d/%m/%Y}")
    assert record["fingerprint"][:12] in field.status.text()
    assert field.status.property("signed") is True
    assert field.sign_button.text() == "Sign again"


def test_signing_needs_a_name(make_page, form, qtbot):
    draft = Draft.new(form)
    page = make_page("signoff", draft, Role.MANAGER)
    field = page.editors["signoff.manager"]
    qtbot.mouseClick(field.sign_button, Qt.MouseButton.LeftButton)
    assert "manager" not in draft.signatures
    assert "name" in field.status.text().lower()


def test_typed_date_is_used_when_signing(make_page, form, qtbot):
    draft = Draft.new(form)
    page = make_page("signoff", draft, Role.MANAGER)
    field = page.editors["signoff.manager"]
    qtbot.keyClicks(field.name, "Tomas")
    qtbot.keyClicks(field.date.line, "22/07/2026")
    qtbot.mouseClick(field.sign_button, Qt.MouseButton.LeftButton)
    assert draft.signatures["manager"]["date"] == "2026-07-22"


def test_changed_since_signed_is_shown_as_a_warning(make_page, form, qtbot):
    draft = Draft.new(form, **{"details.name": "Sam Patel"})
    signing.sign(form, draft, Role.PRACTITIONER, "Sam Patel", "2026-07-15")
    signoff = make_page("signoff", draft, Role.PRACTITIONER)
    field = signoff.editors["signoff.practitioner"]
    assert field.status.text().startswith("Signed by Sam Patel on 15/07/2026")
    details = make_page("details", draft, Role.PRACTITIONER)
    qtbot.keyClicks(details.editors["details.position"].line, "Team Leader")
    signoff.hide()
    signoff.show()  # coming back to the page refreshes the status
    text = field.status.text()
    assert text.splitlines() == [
        "Changed since you signed on 15/07/2026. Check these answers, then sign again:",
        "•  Details › Position",
    ]
    assert field.status.property("warning") is True


def test_status_updates_when_set_draft_loads_a_signed_draft(make_page, form, sample_draft):
    page = make_page("signoff", Draft.new(form))
    page.set_draft(sample_draft)
    expected = signing.status_text(form, signing.signature_status(form, sample_draft, Role.MANAGER))
    assert page.editors["signoff.manager"].status.text() == expected


def test_a_typed_date_that_is_not_a_date_is_kept_and_signing_waits(make_page, form, qtbot):
    draft = Draft.new(form)
    page = make_page("signoff", draft, Role.PRACTITIONER)
    field = page.editors["signoff.practitioner"]
    qtbot.keyClicks(field.name, "Sam")
    qtbot.keyClicks(field.date.line, "tomorrow")
    qtbot.mouseClick(field.sign_button, Qt.MouseButton.LeftButton)
    assert "practitioner" not in draft.signatures
    assert field.date.line.text() == "tomorrow"
    assert "date" in field.status.text().lower()


def test_the_managers_later_answers_are_calm_news_not_a_warning(make_page, signed_then_completed_by_manager):
    draft = signed_then_completed_by_manager
    page = make_page("signoff", draft, Role.PRACTITIONER)
    field = page.editors["signoff.practitioner"]
    assert field.status.text().startswith("Signed by Siobhán Ó Dálaigh on 20/07/2026")
    assert field.status.property("warning") is False and field.status.property("signed") is True
    assert field.added.isVisible()
    assert field.added.text() == (
        "Added by your manager after you signed: Practice Standards (10 answers), "
        "Wider Contribution and feedback (1 answer), Comments (12 answers)."
    )
    page.set_role(Role.MANAGER)  # the manager reads the practitioner's signature
    assert field.added.text().startswith("Added by you after the practitioner signed: Practice Standards")
    assert not page.editors["signoff.manager"].added.isVisible()  # nothing added after the manager


def test_the_other_persons_changed_signature_says_who_must_sign_again(
    make_page, signed_then_completed_by_manager
):
    draft = signed_then_completed_by_manager
    draft.answers["wider.self"] = "Edited after both signed."
    page = make_page("signoff", draft, Role.PRACTITIONER)
    manager = page.editors["signoff.manager"]
    assert manager.status.text().splitlines() == [
        "Changed since signed by Tomáš Dąbrowski on 21/07/2026:",
        "•  Wider Contribution and feedback › My Self-assessment",
        "They need to sign again.",
    ]
    assert manager.status.property("warning") is True
