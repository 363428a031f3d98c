""" "Start next year's conversation…" and "Last year's comments"."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from pdr_desktop.drafts.model import Draft
from pdr_desktop.drafts.store import read_draft
from pdr_desktop.review import workflow


def finished(sample_draft, form) -> Draft:
    workflow.complete_round(form, sample_draft, None, force=True)
    assert workflow.year_finished(form, sample_draft)
    return sample_draft


def test_next_year_from_a_finished_year(qtbot, form, sample_draft, tmp_path, make_window, answer_boxes):
    shown, _answers = answer_boxes
    old_path = tmp_path / "drafts" / "siobhan 2025.pdr"
    old_path.parent.mkdir()
    window = make_window(draft=finished(sample_draft, form), path=old_path)
    old_bytes_draft = read_draft(old_path, window.registry)
    assert window.review_actions.next_year.isEnabled()
    assert not window.review_actions.last_year.isEnabled()
    with qtbot.waitSignal(window.draft_loaded):
        window.review_actions.next_year.trigger()
    new_path = window.draft_path
    assert new_path != old_path and new_path.parent == old_path.parent
    assert new_path.name == "Siobhán Ó Dálaigh 2026–2027.pdr"
    on_disk = read_draft(new_path, window.registry)
    rows = on_disk.get(form.rows_field())
    assert len(rows) == 3  # 7 objectives, 4 achieved
    assert all(r["carried_from"].startswith("Carried forward from 2025–2026") for r in rows)
    assert on_disk.text("details.period_covered") == "September 2026 to August 2027"
    assert "3 unfinished objective(s) were carried forward" in shown[-1][1]
    assert "4 achieved" in shown[-1][1]
    # Last year's file is unchanged, and its comments are at hand read-only.
    assert read_draft(old_path, window.registry).answers == old_bytes_draft.answers
    assert window.review_actions.last_year.isEnabled()
    dialog = window.review_actions.show_last_year()
    text = dialog.browser.toPlainText()
    final_comment = sample_draft.text("comments.manager.final.comment")
    assert final_comment.splitlines()[0] in text
    assert "Objectives achieved last year" in text
    assert dialog.browser.isReadOnly()
    # The round bar follows the new draft.
    assert window.review_actions.round_panel.draft is window.draft
    assert "Initial Conversation" in window.review_actions.round_panel.round_label.text()


def test_an_unfinished_year_asks_first(qtbot, form, sample_draft, tmp_path, make_window, answer_boxes):
    shown, answers = answer_boxes
    path = tmp_path / "siobhan.pdr"
    window = make_window(draft=sample_draft, path=path)
    answers.append(QMessageBox.StandardButton.No)
    assert window.review_actions.start_next_year() is None
    assert "Final Review not completed" in shown[-1][1]
    assert window.draft_path == path
    answers.append(QMessageBox.StandardButton.Yes)
    new_path = window.review_actions.start_next_year()
    assert new_path is not None and window.draft_path == new_path


def test_last_year_without_reference_says_so(qtbot, form, make_window, tmp_path):
    window = make_window(draft=Draft.new(form), path=tmp_path / "new.pdr")
    dialog = window.review_actions.show_last_year()
    assert dialog.browser.isHidden()
