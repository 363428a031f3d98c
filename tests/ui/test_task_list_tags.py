"""The task list tags the extra entries too: Progress review and Check your answers."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pdr_desktop.drafts.model import Draft
from pdr_desktop.drafts.store import write_draft
from pdr_desktop.review.completeness import missing
from pdr_desktop.review.sample import build_sample
from pdr_desktop.ui.section_list import CHECK_ID, COLOUR_ROLE


def _open(window, draft: Draft, name: str = "d.pdr") -> None:
    path = window.drafts_folder() / name
    write_draft(draft, path)
    assert window.open_path(path)


def test_progress_review_is_not_needed_at_the_initial_conversation(window):
    window.new_draft()
    assert window.draft.review.current_round == "initial"
    tags = window.wizard.section_list
    assert tags.status("progress") == "Not needed yet"
    item = tags.item_for("progress")
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == "Progress review, Not needed yet"


def test_progress_review_tag_follows_the_scaling(window, form, qtbot):
    draft = build_sample(form)
    draft.review.current_round = "six_month"
    draft.review.completed_rounds = ["initial"]
    for row in draft.answers["objectives.items"]:
        row["progress"] = {}
        row["achieved"] = False
    _open(window, draft)
    tags = window.wizard.section_list
    assert tags.status("progress") == "Not started"
    window.review_actions.show_progress()
    rows = window.review_actions.progress_page.objective_widgets()
    rows[0].scale.setValue(4)
    assert tags.status("progress") == "In progress"
    for row in rows[1:]:
        row.achieved.setChecked(True)  # achieved objectives need no scale
    assert tags.status("progress") == "Completed"
    assert tags.item_for("progress").data(COLOUR_ROLE) == "Completed"


def test_check_your_answers_says_how_much_is_left(window, typer):
    window.new_draft()
    tags = window.wizard.section_list
    count = len(missing(window.form, window.draft, window.role, window.draft.review.current_round))
    assert tags.status(CHECK_ID) == f"{count} to do"
    window.focus_field("details.name")
    typer("Ama Mensah")
    assert tags.status(CHECK_ID) == f"{count - 1} to do"
    item = tags.item_for(CHECK_ID)
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == f"Check your answers, {count - 1} to do"


def test_check_your_answers_is_ready_when_nothing_is_left(window, form):
    draft = build_sample(form)
    _open(window, draft)
    left = missing(window.form, window.draft, window.role, window.draft.review.current_round)
    assert left == []
    assert window.wizard.section_list.status(CHECK_ID) == "Ready"
