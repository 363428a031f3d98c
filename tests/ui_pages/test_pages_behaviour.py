"""Page-level behaviour: current round first, prefill from Details, focus_field, guidance, headings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from pdr_desktop.drafts.model import Draft
from pdr_desktop.forms.model import FieldType, Role
from pdr_desktop.ui.fields.yes_no import yes_no_question

from .conftest import SECTION_IDS, page_y


def test_current_round_comes_first_and_is_marked(make_page, form, sample_draft):
    page = make_page("comments", sample_draft)
    page.set_current_round("six_month")
    assert page.round_order() == ["six_month", "initial", "final"]
    cards = page._round_cards
    assert page_y(cards["six_month"], page) < page_y(cards["initial"], page) < page_y(cards["final"], page)
    assert cards["six_month"].property("current") is True
    assert page._round_tags["six_month"].isVisible()
    assert not page._round_tags["initial"].isVisible()
    page.set_current_round("final")
    assert page.round_order() == ["final", "initial", "six_month"]
    assert not page._round_tags["six_month"].isVisible()


def test_comments_page_starts_with_the_drafts_current_round(make_page, form, sample_draft):
    sample_draft.review.current_round = "final"
    page = make_page("comments", sample_draft)
    assert page.round_order()[0] == "final"


def test_comment_prompt_is_shown(make_page, form, sample_draft):
    page = make_page("comments", sample_draft)
    texts = [label.text() for label in page.findChildren(QLabel)]
    assert "What's gone well in the last year? Hopes for the next year?" in texts


def test_name_and_position_prefill_from_details_once_the_block_is_used(make_page, form, qtbot):
    draft = Draft.new(form, **{"details.name": "Sam Patel", "details.position": "Family Support Worker"})
    page = make_page("comments", draft, Role.PRACTITIONER)
    name = page.editors["comments.practitioner.initial.name"]
    assert name.line.placeholderText() == "Sam Patel"
    assert "comments.practitioner.initial.name" not in draft.answers  # nothing written just by looking
    qtbot.keyClicks(page.editors["comments.practitioner.initial.comment"].edit, "A good year")
    assert draft.answers["comments.practitioner.initial.name"] == "Sam Patel"
    assert draft.answers["comments.practitioner.initial.position"] == "Family Support Worker"
    assert name.line.text() == "Sam Patel"
    name.line.clear()
    qtbot.keyClicks(name.line, "S. Patel")  # still editable
    qtbot.keyClicks(page.editors["comments.practitioner.initial.comment"].edit, "!")
    assert draft.answers["comments.practitioner.initial.name"] == "S. Patel"
    assert "comments.practitioner.six_month.name" not in draft.answers  # other blocks untouched


def test_prefill_hint_follows_details_changed_on_another_page(make_page, form, qtbot):
    draft = Draft.new(form)
    comments = make_page("comments", draft, Role.PRACTITIONER)
    comments.hide()
    details = make_page("details", draft, Role.PRACTITIONER)
    qtbot.keyClicks(details.editors["details.name"].line, "Sam Patel")
    comments.show()
    assert comments.editors["comments.practitioner.final.name"].line.placeholderText() == "Sam Patel"


def test_manager_blocks_do_not_prefill_from_the_practitioners_details(make_page, form, qtbot):
    draft = Draft.new(form, **{"details.name": "Sam Patel"})
    page = make_page("comments", draft, Role.MANAGER)
    qtbot.keyClicks(page.editors["comments.manager.initial.comment"].edit, "Agreed")
    assert "comments.manager.initial.name" not in draft.answers


@pytest.mark.parametrize(
    ("section_id", "field_id", "expected_name"),
    [
        ("standards", "standards.s10.self", "Practice standard 10: My Self-assessment"),
        ("standards", "standards.s4.manager", "Yes"),
        ("standards", "standards.s4.manager.comment", "Comment: Practice standard 4"),
        ("signoff", "signoff.manager.date", "Signed (Manager) date"),
        ("objectives", "objectives.items", "Specific Objectives for next year"),
        ("comments", "comments.manager.final.date", "Manager, Final Review: Date Completed"),
    ],
)
def test_focus_field_scrolls_to_and_focuses_the_field(
    make_page, form, sample_draft, qtbot, section_id, field_id, expected_name
):
    page = make_page(section_id, sample_draft, Role.MANAGER, size=(900, 400))
    assert page.focus_field(field_id)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    focused = QApplication.focusWidget()
    assert focused.accessibleName().startswith(expected_name)
    assert page.viewport().rect().contains(focused.mapTo(page.viewport(), focused.rect().center()))


def test_focus_field_on_an_objective_cell(make_page, form, sample_draft, qtbot):
    page = make_page("objectives", sample_draft)
    assert page.focus_field("objectives.items#3.by_when")
    table = page.editors["objectives.items"]
    current = table.view.currentIndex()
    assert (current.row(), current.column()) == (2, 2)
    qtbot.waitUntil(table.view.hasFocus)
    assert page.focus_field("objectives.items#1")
    assert table.view.currentIndex().row() == 0


def test_focus_field_outside_the_page_is_false(make_page, form, sample_draft):
    page = make_page("details", sample_draft)
    assert not page.focus_field("standards.s1.self")
    assert not page.focus_field("nonsense")


def test_guidance_can_be_hidden_and_shown(make_page, form, sample_draft):
    page = make_page("standards", sample_draft)
    guidance = [label for label in page.findChildren(QLabel) if "I will have met this" in label.text()]
    assert len(guidance) == 30 and all(label.isVisible() for label in guidance)
    page.set_guidance_visible(False)
    assert not any(label.isVisible() for label in guidance)
    page.set_guidance_visible(True)
    assert all(label.isVisible() for label in guidance)


@pytest.mark.parametrize("section_id", SECTION_IDS)
def test_page_starts_with_its_title_and_uses_the_forms_wording(make_page, form, sample_draft, section_id):
    page = make_page(section_id, sample_draft)
    section = form.section(section_id)
    labels = page.findChildren(QLabel)
    title = next(label for label in labels if label.objectName() == "pageTitle")
    assert title.text() == section.title
    assert all(page_y(title, page) <= page_y(e, page) for e in page.editors.values())
    texts = {label.text().replace("&&", "&") for label in labels}
    for group in section.groups:
        assert any(group.label in text for text in texts), group.label
    for paragraph in section.intro:
        assert paragraph in texts
    for fld in section.fields:
        # A yes/no question is shown without the paper form's "Yes / No" beside the buttons.
        wording = yes_no_question(fld.label) if fld.type is FieldType.YESNO else fld.label.rstrip(":")
        assert wording in " ".join(texts) or fld.label in texts, fld.label


def test_commit_is_harmless_when_nothing_is_pending(make_page, form, sample_draft):
    page = make_page("standards", sample_draft)
    before = dict(sample_draft.answers)
    page.commit()
    assert sample_draft.answers == before


def test_a_page_shown_again_picks_up_changes_made_elsewhere(make_page, form, sample_draft, qtbot):
    """Progress scaled on another page must not be overwritten by the objectives table's old copy."""
    from pdr_desktop.review import progress

    page = make_page("objectives", sample_draft)
    table = page.editors["objectives.items"]
    page.hide()
    progress.set_progress(form, sample_draft, 0, "final", 9)
    page.show()
    assert table.model.rows[0]["progress"]["final"]["scale"] == 9
    table.view.setCurrentIndex(table.model.index(1, 3))
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)  # any edit writes the rows back
    assert sample_draft.answers["objectives.items"][0]["progress"]["final"]["scale"] == 9


def test_page_has_the_section_title_as_accessible_name(make_page, form, sample_draft):
    page = make_page("wider", sample_draft)
    assert page.accessibleName() == "Wider Contribution and feedback"


def test_the_managers_boxes_do_not_give_the_practitioners_advice(make_page, form, empty_draft):
    page = make_page("comments", empty_draft, Role.MANAGER)
    manager = page.editors["comments.manager.initial.comment"]
    practitioner = make_page("standards", empty_draft, Role.PRACTITIONER).editors["standards.s1.self"]
    assert manager.edit.placeholderText() == "Write your comments here."
    assert "Examples from your work" in practitioner.edit.placeholderText()
